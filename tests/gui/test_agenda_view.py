"""The Agenda tab: the model's contract, cell edits, reordering, fit to slot, speakers, warnings,
read-only sessions and the undo/redo of every command."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSpinBox

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.records import AgendaItemRecord, DayRecord
from roundtable.gui.agenda import agenda_view
from roundtable.gui.agenda.agenda_model import (
    COLUMN_ANCHOR,
    COLUMN_DURATION,
    COLUMN_END,
    COLUMN_KIND,
    COLUMN_SPEAKERS,
    COLUMN_START,
    COLUMN_TITLE,
    AgendaModel,
)
from roundtable.gui.shell.main_window import TAB_AGENDA
from roundtable.services.demo import load_demo

DC_TITLE = "Russia in the US-Japan Alliance? Beyond Chinese and North Korean Challenges"


@pytest.fixture
def demo(store):
    ids = load_demo(store)
    by_title = {store.get_event(i).title: i for i in ids}
    return by_title


@pytest.fixture
def dc_id(demo):
    return demo[DC_TITLE]


def open_tab(window, event_id):
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_AGENDA)
    view = window.agenda_view
    assert view is not None and view.isVisible()
    return view


@pytest.fixture
def tab(window, dc_id):
    return open_tab(window, dc_id)


def titles(store, event_id, day=0) -> list[str]:
    return [i.title for i in store.get_event(event_id).days[day].items]


def column(view, col) -> list[str]:
    model = view.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_follows_the_qt_contract(qtmodeltester, store, dc_id):
    model = AgendaModel()
    model.set_day(store.get_event(dc_id), 0)
    qtmodeltester.check(model, force_py=True)
    model.set_day(None, 0)
    qtmodeltester.check(model, force_py=True)


def test_the_tab_shows_times_kinds_and_speakers(tab):
    assert column(tab, COLUMN_START) == ["10:30", "10:40", "11:40"]
    assert column(tab, COLUMN_END) == ["10:40", "11:40", "12:00"]
    assert column(tab, COLUMN_KIND)[2] == "Q&A"
    assert tab.model.index(0, COLUMN_KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Rojansky" in column(tab, COLUMN_SPEAKERS)[1]
    assert tab.day_combo.currentText() == "Monday 26 February 2018"
    assert tab.slot_start_edit.text() == "10:30" and tab.slot_end_edit.text() == "12:00"
    assert tab.timeline.schedule is not None and len(tab.timeline.schedule.items) == 3


def test_inline_duration_edit_retimes_later_rows(tab, store, dc_id, window, qtbot):
    index = tab.model.index(0, COLUMN_DURATION)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.findChild(QSpinBox)
    assert editor is not None
    editor.setValue(25)
    tab.table.commitData(editor)
    assert window.undo_stack.undoText() == "Set duration of “Opening remarks” to 25 min"
    assert column(tab, COLUMN_START) == ["10:30", "10:55", "11:55"]
    assert column(tab, COLUMN_END)[-1] == "12:15"
    assert any("12:00" in tab.warnings_list.item(i).text() or "overrun" in
               tab.warnings_list.item(i).text().lower()
               for i in range(tab.warnings_list.count()))  # fmt: skip
    window.undo_stack.undo()
    assert column(tab, COLUMN_END)[-1] == "12:00"
    assert store.get_event(dc_id).days[0].items[0].duration_minutes == 10


def test_reorder_by_drop_is_one_command(tab, store, dc_id, window):
    before = titles(store, dc_id)
    ids = [i.id for i in store.get_event(dc_id).days[0].items]
    data = tab.model.mimeData([tab.model.index(2, 0)])
    assert tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(store, dc_id) == [before[2], before[0], before[1]]
    assert window.undo_stack.undoText() == "Move “Q&A”"
    assert column(tab, COLUMN_TITLE)[0] == "Q&A"
    assert tab.selected_rows() == [0]
    window.undo_stack.undo()
    assert titles(store, dc_id) == before
    window.undo_stack.redo()
    assert [i.id for i in store.get_event(dc_id).days[0].items] == [ids[2], ids[0], ids[1]]


def test_a_drop_onto_itself_or_from_elsewhere_is_ignored(tab):
    data = tab.model.mimeData([tab.model.index(0, 0)])
    assert not tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    other = AgendaModel()
    other.set_day(None, 0)
    assert not tab.model.canDropMimeData(
        other.mimeData([]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )


def test_buttons_and_alt_arrows_move_the_selection(tab, store, dc_id, window, qtbot):
    tab.select_rows([2])
    tab.up_button.click()
    assert titles(store, dc_id)[1] == "Q&A"
    assert window.undo_stack.undoText() == "Move “Q&A” up"
    assert tab.selected_rows() == [1]
    tab.table.setFocus()
    tab.down_action.trigger()
    assert titles(store, dc_id)[2] == "Q&A"
    assert window.undo_stack.undoText() == "Move “Q&A” down"
    tab.select_rows([0])
    assert not tab.up_button.isEnabled()


def test_fit_to_slot_on_the_dc_day_is_one_command(tab, store, dc_id, window):
    tab.model.setData(tab.model.index(2, COLUMN_DURATION), 50)
    assert column(tab, COLUMN_END)[-1] == "12:30"
    assert tab.timeline.schedule.overrun_minutes == 30
    count = window.undo_stack.count()
    tab.fit_button.click()
    assert window.undo_stack.count() == count + 1
    assert window.undo_stack.undoText() == "Fit “Monday 26 February 2018” to its slot"
    assert column(tab, COLUMN_END)[-1] == "12:00"
    assert sum(i.duration_minutes for i in store.get_event(dc_id).days[0].items) == 90
    window.undo_stack.undo()
    assert column(tab, COLUMN_END)[-1] == "12:30"
    window.undo_stack.redo()
    assert column(tab, COLUMN_END)[-1] == "12:00"


def test_fit_to_slot_reports_what_it_cannot_do(window, store, dialogs):
    from gui_samples import standalone

    event = standalone()
    event.days = [DayRecord(event.start_date, items=[AgendaItemRecord("Talk", 30)])]
    event_id = store.save_event(event).id
    view = open_tab(window, event_id)
    count = window.undo_stack.count()
    view.fit_to_slot()
    assert dialogs.kinds() == ["warning"]
    assert window.undo_stack.count() == count


def test_speakers_picker_result_is_applied(tab, store, dc_id, window, monkeypatch):
    seen = []

    def pick(parent, event, item):
        seen.append(item.title)
        return [(2, 5), (3, None)], 7

    monkeypatch.setattr(agenda_view, "pick_speakers", pick)
    tab.select_rows([2])
    tab.speakers_button.click()
    assert seen == ["Q&A"]
    item = store.get_event(dc_id).days[0].items[2]
    assert [(s.participation_id, s.speaking_minutes) for s in item.speakers] == [(2, 5), (3, None)]
    assert item.chair_participation_id == 7
    assert window.undo_stack.undoText() == "Set speakers of “Q&A”"
    assert "Ha (5 min)" in column(tab, COLUMN_SPEAKERS)[2]
    assert "5 min" in tab.totals_label.text()
    window.undo_stack.undo()
    assert store.get_event(dc_id).days[0].items[2].speakers == []


def test_speakers_dialog_returns_the_choice(qtbot, store, dc_id):
    event = store.get_event(dc_id)
    dialog = agenda_view.SpeakersDialog(None, event, event.days[0].items[1])
    qtbot.addWidget(dialog)
    assert dialog.checks[1].isChecked() and not dialog.checks[0].isChecked()
    dialog.checks[0].setChecked(True)
    dialog.spins[0].setValue(10)
    speakers, chair = dialog.result_value()
    assert speakers[0] == (1, 10) and chair == 7


def test_warnings_are_shown(tab):
    tab.model.setData(tab.model.index(1, COLUMN_DURATION), 30)
    texts = [tab.warnings_list.item(i).text() for i in range(tab.warnings_list.count())]
    assert any("unused" in t.lower() or "ends" in t.lower() for t in texts), texts


def test_anchor_and_kind_and_title_cells(tab, store, dc_id, window):
    model = tab.model
    assert model.setData(model.index(2, COLUMN_ANCHOR), "11:45")
    assert store.get_event(dc_id).days[0].items[2].anchor == time(11, 45)
    assert window.undo_stack.undoText() == "Set anchor of “Q&A” to 11:45"
    assert column(tab, COLUMN_START)[2].endswith("11:45")
    assert not model.setData(model.index(2, COLUMN_ANCHOR), "noon")
    assert model.setData(model.index(2, COLUMN_KIND), AgendaItemKind.CLOSING)
    assert window.undo_stack.undoText() == "Set kind of “Q&A” to Closing"
    assert model.setData(model.index(2, COLUMN_TITLE), "Discussion")
    assert window.undo_stack.undoText() == "Rename “Q&A” to “Discussion”"
    assert not model.setData(model.index(2, COLUMN_TITLE), "Discussion")  # unchanged


def test_add_and_remove_items(tab, store, dc_id, window, dialogs):
    tab.select_rows([0])
    tab.add_button.click()
    assert titles(store, dc_id)[1] == "New session"
    assert window.undo_stack.undoText() == "Add “New session”"
    tab.select_rows([1])
    tab.remove_button.click()
    assert dialogs.kinds() == ["question"]
    assert "New session" not in titles(store, dc_id)
    assert window.undo_stack.undoText() == "Remove “New session”"
    window.undo_stack.undo()
    assert titles(store, dc_id)[1] == "New session"


def test_an_event_without_days_offers_to_add_one(window, store):
    from gui_samples import standalone

    event = standalone(start_time=time(14, 0), end_time=time(15, 30))
    event.days = []
    event_id = store.save_event(event).id
    view = open_tab(window, event_id)
    assert view.stack.currentWidget() is view.no_days
    view.add_day_button.click()
    stored = store.get_event(event_id)
    assert [d.day_date for d in stored.days] == [stored.start_date]
    day = stored.days[0]
    assert (day.slot_start, day.slot_end) == (time(14, 0), time(15, 30)), "the event's times"
    assert view.stack.currentWidget() is view.content
    window.undo_stack.undo()
    assert store.get_event(event_id).days == []
    assert view.stack.currentWidget() is view.no_days


def test_multi_day_event_selects_days_with_their_topic(window, demo):
    event_id = demo["U.S.-Japan-Russia Trilateral: Second Round"]
    view = open_tab(window, event_id)
    assert view.day_combo.count() == 2
    assert view.topic_label.text().startswith("Russia-Japan relations")
    view.day_combo.setCurrentIndex(1)
    assert view.model.rowCount() == 3
    assert view.topic_label.text().startswith("U.S.-Russia relations")


def test_slot_edit_is_a_command(tab, store, dc_id, window):
    tab.slot_end_edit.setText("12:30")
    tab._slot_edited()
    assert store.get_event(dc_id).days[0].slot_end == time(12, 30)
    assert window.undo_stack.undoText() == "Set slot of “Monday 26 February 2018” to 10:30–12:30"
    window.undo_stack.undo()
    assert tab.slot_end_edit.text() == "12:00"


def test_every_command_redo_undo_redo_keeps_ids(tab, store, dc_id, window, monkeypatch,
                                                 dialogs):  # fmt: skip
    monkeypatch.setattr(agenda_view, "pick_speakers", lambda *_a: ([(2, 5)], None))
    original = store.get_event(dc_id)
    steps = [
        lambda: tab.model.setData(tab.model.index(2, COLUMN_DURATION), 50),
        lambda: tab.fit_button.click(),
        lambda: (tab.select_rows([2]), tab.up_button.click()),
        lambda: (tab.select_rows([1]), tab.speakers_button.click()),
        lambda: tab.add_button.click(),
        lambda: (tab.select_rows([0]), tab.remove_button.click()),
        lambda: tab.set_slot(time(10, 0), time(12, 0)),
    ]
    for step in steps:
        start = window.undo_stack.index()
        step()
        assert window.undo_stack.index() == start + 1
        after = store.get_event(dc_id)
        window.undo_stack.undo()
        window.undo_stack.redo()
        assert store.get_event(dc_id) == after
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert store.get_event(dc_id) == original


def test_read_only_disables_editing(qtbot, db_path, store, dc_id, settings):
    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.store.facade import Store

    reader = Store.open(str(db_path), read_only=True)
    main = MainWindow(reader, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.select_event(dc_id)
    qtbot.waitUntil(lambda: main.overview.current_event is not None)
    main.event_tabs.setCurrentIndex(TAB_AGENDA)
    view = main.agenda_view
    view.select_rows([1])
    for button in (view.add_button, view.remove_button, view.up_button, view.down_button,
                   view.speakers_button, view.fit_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    model = view.model
    assert not model.flags(model.index(1, COLUMN_DURATION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(1, COLUMN_DURATION), 5)
    assert not view.table.dragEnabled()
    assert view.slot_end_edit.isReadOnly()
    reader.close()
