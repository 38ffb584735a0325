"""What a new user tripped over in the window's layout: titles that could not be read, a window
that would not get narrower than the screen, a seating drawing that jumped, clipped texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from roundtable.domain.names import full_name
from roundtable.gui.agenda.agenda_model import COLUMN_KIND
from roundtable.gui.events.events_model import COLUMN_TITLE, DETAILS_ROLE
from roundtable.gui.participants.participants_model import COLUMN_NAME
from roundtable.gui.shell.main_window import (
    TAB_AGENDA,
    TAB_LOG,
    TAB_OVERVIEW,
    TAB_PARTICIPANTS,
    TAB_SEATING,
)
from roundtable.services.demo import load_demo

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TABS = (TAB_OVERVIEW, TAB_PARTICIPANTS, TAB_AGENDA, TAB_SEATING, TAB_LOG)


@pytest.fixture
def dc_id(window, store) -> int:
    load_demo(store)
    window.reload()
    event_id = store.resolve_event(DC)
    assert window.select_event(event_id)
    return event_id


def settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_every_title_in_the_list_is_shown_whole(window, dc_id, size):
    window.resize(*size)
    settle()
    tree = window.tree
    assert [c for c in range(4) if not tree.isColumnHidden(c)] == [COLUMN_TITLE]
    delegate = tree.itemDelegateForColumn(COLUMN_TITLE)
    for group in range(window.proxy.rowCount()):
        parent = window.proxy.index(group, 0)
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, 0, parent)
            title = index.data()
            hint = delegate.sizeHint(QStyleOptionViewItem(), index)
            needed = QFontMetrics(tree.font()).boundingRect(
                QRect(0, 0, hint.width(), 10_000), int(Qt.TextFlag.TextWordWrap), title
            )
            assert hint.height() >= needed.height(), f"{title} has room for every line"
            assert tree.visualRect(index).height() == hint.height()
            assert index.data(DETAILS_ROLE), "dates and status on the line below"


def test_no_tab_makes_the_window_wider_than_a_laptop(window, dc_id):
    window.resize(1280, 800)
    for tab in TABS:
        window.event_tabs.setCurrentIndex(tab)
        settle()
        assert window.minimumSizeHint().width() < 1000, f"tab {tab}"
    window.resize(980, 700)
    settle()
    assert window.width() <= 1000
    assert window.splitter.sizes()[0] >= 240, "the list keeps room for its titles"


def test_the_seating_drawing_stays_put_when_seats_are_chosen_and_changed(window, dc_id):
    window.resize(1280, 800)
    window.event_tabs.setCurrentIndex(TAB_SEATING)
    settle()
    view = window.seating_view
    before = (view.splitter.sizes(), view.canvas.zoom, view.canvas.size())
    for number in (1, 3, 5, 7):
        view.select_seat(number)
        settle()
        assert (view.splitter.sizes(), view.canvas.zoom, view.canvas.size()) == before
    plan = view.current_plan
    view.seat_person(plan.seat(3).participation_id, 6)
    window.undo_stack.undo()
    window.undo_stack.redo()
    settle()
    assert (view.splitter.sizes(), view.canvas.zoom, view.canvas.size()) == before


def test_the_plan_summary_is_shown_whole(window, dc_id):
    window.resize(1280, 800)
    window.event_tabs.setCurrentIndex(TAB_SEATING)
    settle()
    info = window.seating_view.plan_info
    assert "Monday 26 February 2018" in info.text()
    assert info.width() >= info.fontMetrics().horizontalAdvance(info.text())


def test_names_are_not_cut_while_an_empty_delegation_column_takes_room(window, store, dc_id):
    window.resize(1280, 800)
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    settle()
    view = window.participants_view
    widest = max(
        view.table.fontMetrics().horizontalAdvance(full_name(p.person))
        for p in store.get_event(dc_id).participants
    )
    assert view.table.columnWidth(COLUMN_NAME) > widest


def test_the_kind_mark_is_the_same_on_a_selected_row(window, dc_id):
    window.event_tabs.setCurrentIndex(TAB_AGENDA)
    settle()
    icon = window.agenda_view.model.index(0, COLUMN_KIND).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    normal = icon.pixmap(12, 12, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(12, 12, QIcon.Mode.Selected).toImage()
    assert normal == selected, "not tinted into the selection's colour"


def test_the_speaking_minutes_heading_is_whole(qtbot, window, store, dc_id):
    from roundtable.gui.agenda.agenda_view import SpeakersDialog

    event = store.get_event(dc_id)
    dialog = SpeakersDialog(None, event, event.days[0].items[1])
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(1) > header.fontMetrics().horizontalAdvance("Speaking minutes")


def test_the_seating_and_log_keys_say_why_on_an_empty_database(window):
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.show_seating()
    window.show_log()
    assert [m for m in said if m] == [
        "There are no events yet: create one (Ctrl+N) or load the examples to see its "
        "seating plans.",
        "There are no events yet: create one (Ctrl+N) or load the examples to see its log.",
    ]
