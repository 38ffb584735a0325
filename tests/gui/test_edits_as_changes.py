"""The window applies edits as changes: an inline edit and the event dialog never undo each
other, Return in a cell editor only commits it, and what another process writes shows up in the
open window, keeping the selection."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.edits.participants import AddParticipants
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.gui.agenda.agenda_model import COLUMN_TITLE
from roundtable.gui.events import event_editor
from roundtable.gui.shell.main_window import TAB_AGENDA, TAB_PARTICIPANTS
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

DC = "dc-policy-forum-russia-us-japan-alliance-2018"


@pytest.fixture
def dc_id(store) -> int:
    load_demo(store)
    return store.resolve_event(DC)


@pytest.fixture
def dialogs_opened(monkeypatch) -> list:
    """The event dialog, as the user would leave it: unchanged unless a test says otherwise."""
    opened: list = []

    def unchanged(_parent, _store, record):
        opened.append(record)
        return copy.deepcopy(record), True

    monkeypatch.setattr(event_editor, "get_event", unchanged)
    return opened


def show(window, event_id) -> None:
    window.reload()  # the examples were loaded after the window opened
    assert window.select_event(event_id)


def agenda(window, event_id):
    show(window, event_id)
    window.event_tabs.setCurrentIndex(TAB_AGENDA)
    return window.agenda_view


def rename_in_the_cell(qtbot, view, row: int, title: str) -> None:
    """Double-click a title, type, press Return: as a user does. The delegate commits on the
    next turn of the event loop, so wait for the rename to land."""
    index = view.model.index(row, COLUMN_TITLE)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, title)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.day.items[row].title == title)


def test_return_in_a_cell_editor_only_commits_the_edit(qtbot, window, store, dc_id,
                                                       dialogs_opened):  # fmt: skip
    view = agenda(window, dc_id)
    rename_in_the_cell(qtbot, view, 0, "Welcome")
    assert dialogs_opened == [], "Return did not open the Edit event dialog"
    assert store.get_event(dc_id).days[0].items[0].title == "Welcome"
    assert window.undo_stack.undoText() == "Rename “Opening remarks” to “Welcome”"


def test_saving_the_event_dialog_unchanged_keeps_the_inline_edit_and_the_seating(
    qtbot, window, store, dc_id, dialogs_opened
):
    view = agenda(window, dc_id)
    plan = store.get_event(dc_id).seating_plans[0]
    rename_in_the_cell(qtbot, view, 0, "Welcome")
    count = window.undo_stack.count()
    window.edit_event()  # F2, then OK without touching anything
    assert len(dialogs_opened) == 1
    assert window.undo_stack.count() == count, "nothing changed, nothing to undo"
    after = store.get_event(dc_id)
    assert after.days[0].items[0].title == "Welcome"
    assert after.seating_plans == [plan]


def test_a_dialog_opened_before_an_inline_edit_keeps_it(qtbot, window, store, dc_id, monkeypatch):
    view = agenda(window, dc_id)
    plan = store.get_event(dc_id).seating_plans[0]

    def while_open(_parent, _store, record):
        rename_in_the_cell(qtbot, view, 0, "Welcome")  # done while the dialog is open
        edited = copy.deepcopy(record)
        edited.subtitle = "A policy roundtable"
        return edited, True

    monkeypatch.setattr(event_editor, "get_event", while_open)
    window.edit_event()
    after = store.get_event(dc_id)
    assert after.subtitle == "A policy roundtable"
    assert after.days[0].items[0].title == "Welcome", "the older copy did not put it back"
    assert after.seating_plans == [plan], "and deleted no seats"
    window.undo_stack.undo()  # the dialog's change only
    after = store.get_event(dc_id)
    assert after.subtitle != "A policy roundtable" and after.days[0].items[0].title == "Welcome"


@pytest.fixture
def other_process(store):
    """A second Store on the same file, as the command line or a second window would be."""
    other = Store.open(store.url, daily_backup=False)
    other.author = "The command line"
    yield other
    other.close()


def test_a_participant_added_elsewhere_shows_up_keeping_the_selection(
    qtbot, window, store, dc_id, other_process
):
    show(window, dc_id)
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    view = window.participants_view
    count = view.model.rowCount()
    view.table.selectRow(2)
    selected = view.selected_ids()
    other_process.apply(
        AddParticipants(
            event_id=dc_id,
            entries=(ParticipationRecord(PersonRecord(given_name="Late", family_name="Comer")),),
        )
    )
    with qtbot.waitSignal(window.change_watch.changed):
        window.change_watch.poll()
    assert view.model.rowCount() == count + 1
    assert view.selected_ids() == selected
    assert "Late Comer" in [view.model.participation(r).person.given_name + " Comer"
                            for r in range(view.model.rowCount())]  # fmt: skip


def test_a_title_changed_elsewhere_shows_in_the_list(qtbot, window, store, dc_id, other_process):
    show(window, dc_id)
    title = store.get_event(dc_id).title
    other_process.apply(
        SetEventFields(event_id=dc_id, changes={"title": (title, "Renamed elsewhere")})
    )
    with qtbot.waitSignal(window.change_watch.changed):
        window.change_watch.poll()
    assert window.selected_event_id() == dc_id
    assert window.overview.current_event.title == "Renamed elsewhere"
    assert window.model.summary(dc_id).title == "Renamed elsewhere"


def test_a_change_elsewhere_waits_until_the_cell_edit_is_done(
    qtbot, window, store, dc_id, other_process
):
    view = agenda(window, dc_id)
    title = store.get_event(dc_id).title
    index = view.model.index(1, COLUMN_TITLE)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, " (typing)")
    other_process.apply(SetEventFields(event_id=dc_id, changes={"title": (title, "Elsewhere")}))
    window.change_watch.poll()
    assert QApplication.focusWidget() is editor, "the editor stays open, with what is typed"
    assert window.overview.current_event.title == title
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.overview.current_event.title == "Elsewhere")
    assert store.get_event(dc_id).days[0].items[1].title.endswith("(typing)")


def test_nothing_written_elsewhere_is_no_news(window, store, dc_id):
    show(window, dc_id)
    assert window.change_watch.poll() is None
