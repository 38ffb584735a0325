"""The Log tab in the window: the demo's log, quick entry, the entry dialog, edits that keep the
earlier text, undo/redo of every change, no deletion, filters and search, the details pane,
Ctrl+J from anywhere, the timer (F5) and planned against actual, printing, read-only windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from roundtable.domain.enums import Attendance, ChangeArea, LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.gui.common import preferences_dialog
from roundtable.gui.common.preferences_dialog import ASKED_KEY, NAME_KEY
from roundtable.gui.events import event_editor
from roundtable.gui.log import log_entry_dialog
from roundtable.gui.log.log_model import ROW_CHANGE, ROW_ENTRY, SHOW_CHANGES, SHOW_JOURNAL
from roundtable.gui.log.log_view import NO_DELETE, NO_EDIT_CHANGE, PAGE_PLANNED, LogView
from roundtable.gui.shell.main_window import EVENT_TAB_KEY, TAB_LOG, MainWindow
from roundtable.services.demo import load_demo

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
NOW = datetime(2017, 3, 16, 11, 0, tzinfo=UTC)  # 14:00 in Moscow, on the second day


@pytest.fixture(autouse=True)
def named(settings):
    """A name is set, so no test meets the first-entry question unless it asks for it."""
    settings.setValue(NAME_KEY, "Jane Organiser")


@pytest.fixture
def round2(store) -> int:
    store.clock = lambda: NOW
    load_demo(store)
    return store.resolve_event(ROUND_2)


@pytest.fixture
def dc(store, round2) -> int:
    return store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018")


def open_tab(window, event_id) -> LogView:
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_LOG)
    view = window.log_view
    assert view is not None and view.isVisible()
    return view


@pytest.fixture
def tab(window, round2) -> LogView:
    return open_tab(window, round2)


class DialogFake:
    """Stands in for ``get_log_entry``: records what it was asked, answers with ``answer``."""

    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.answer = None  # a callable (event, entry) -> LogEntryRecord | None

    def __call__(self, parent, event, entry=None, **kwargs):
        self.calls.append(dict(event=event, entry=entry, **kwargs))
        record = self.answer(event, entry) if self.answer else None
        return record, record is not None


@pytest.fixture
def entry_dialog(monkeypatch) -> DialogFake:
    fake = DialogFake()
    monkeypatch.setattr(log_entry_dialog, "get_log_entry", fake)
    return fake


def texts(view) -> list[str]:
    return [row.text for row in view.visible_rows()]


def messages(view) -> list[str]:
    found: list[str] = []
    view.message.connect(found.append)
    return found


def entry_row(view, text_start: str):
    return next(r for r in view.model.rows if r.entry and r.entry.text.startswith(text_start))


# -- the tab --------------------------------------------------------------------------------


def test_the_tab_is_built_when_first_shown_and_shows_the_demo_log(window, round2, store):
    assert window.event_tabs.tabText(TAB_LOG) == "&Log"
    window.reload()
    window.select_event(round2)
    assert window.log_view is None
    view = open_tab(window, round2)
    stored = store.event_log(round2)
    assert len(view.visible_rows()) == len(stored.entries) + len(stored.changes) > 10
    assert view.count_label.text().startswith(f"{len(stored.entries)} entries")
    assert view.visible_rows()[0].time_text.startswith("Wed 15 Mar 09:")  # Moscow time
    assert view.pages.tabText(0) == "&Journal"


def test_view_menu_goes_to_the_log_tab_from_people(window, round2):
    window.reload()
    window.select_event(round2)
    window.set_mode("people")
    assert window.log_action.shortcut().toString() == "Ctrl+4"
    window.log_action.trigger()
    assert window.mode == "events" and window.event_tabs.currentIndex() == TAB_LOG
    assert window.log_view.current_event.id == round2


def test_the_last_tab_comes_back(qtbot, store, round2, settings):
    settings.setValue(EVENT_TAB_KEY, TAB_LOG)
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.event_tabs.currentIndex() == TAB_LOG)
    assert main.log_view is not None


# -- adding ---------------------------------------------------------------------------------


def test_quick_entry_with_ctrl_return_is_one_undo_step(qtbot, tab, store, round2, window):
    before = len(store.event_log(round2).entries)
    tab.quick_category.setCurrentIndex(tab.quick_category.findData(LogCategory.DECISION.value))
    qtbot.keyClicks(tab.quick_edit, "Coffee break moved to 15:30")
    qtbot.keyClick(tab.quick_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entries = store.event_log(round2).entries
    assert len(entries) == before + 1
    added = next(e for e in entries if e.text == "Coffee break moved to 15:30")
    assert (added.at, added.category, added.author) == (NOW, LogCategory.DECISION,
                                                        "Jane Organiser")  # fmt: skip
    assert window.undo_stack.undoText() == "Add log entry “Coffee break moved to 15:30”"
    assert tab.quick_edit.text() == "" and tab.quick_category.currentIndex() == 0
    assert tab.current_row().entry.id == added.id


def test_return_in_the_quick_line_adds_and_never_edits_the_event(qtbot, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(event_editor, "get_event", lambda *a: asked.append(a) or (None, False))
    qtbot.keyClicks(tab.quick_edit, "Interpreters arrived")
    qtbot.keyClick(tab.quick_edit, Qt.Key.Key_Return)
    assert asked == []
    assert "Interpreters arrived" in texts(tab)


def test_an_empty_quick_line_adds_nothing(qtbot, tab, window):
    qtbot.keyClick(tab.quick_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not window.undo_stack.canUndo() and not tab.quick_add_button.isEnabled()


def test_undo_removes_an_added_entry_and_redo_brings_it_back_with_its_id(tab, store, round2,
                                                                         window):  # fmt: skip
    tab.quick_edit.setText("Photographer in the room")
    entry_id = tab.add_quick_entry()
    window.undo_stack.undo()
    assert "Photographer in the room" not in texts(tab)
    assert all(e.id != entry_id for e in store.event_log(round2).entries)
    window.undo_stack.redo()
    again = store.log_entry(entry_id)
    assert again.text == "Photographer in the room" and again.at == NOW
    assert "Photographer in the room" in texts(tab)


def test_the_dialog_starts_from_the_quick_line_and_links_item_and_people(
    tab, store, round2, entry_dialog
):
    event = store.get_event(round2)
    item = event.days[1].items[2]
    kortunov = event.participants[1].person.id
    entry_dialog.answer = lambda ev, _entry: LogEntryRecord(
        at=NOW - timedelta(minutes=20), text="Kortunov proposes a working group",
        category=LogCategory.ACTION_ITEM, agenda_item_id=item.id, person_ids=[kortunov],
    )  # fmt: skip
    tab.quick_edit.setText("Kortunov proposes")
    tab.quick_category.setCurrentIndex(tab.quick_category.findData(LogCategory.ACTION_ITEM.value))
    tab.add_button.click()
    (call,) = entry_dialog.calls
    assert call["event"].id == round2 and call["entry"] is None and call["now"] == NOW
    assert call["text"] == "Kortunov proposes" and call["category"] is LogCategory.ACTION_ITEM
    row = tab.current_row()
    assert row.text == "Kortunov proposes a working group"
    assert row.item_title == item.title and row.people == ("Andrey Kortunov",)
    assert row.time_text == "Thu 16 Mar 13:40" and tab.quick_edit.text() == ""


def test_a_cancelled_dialog_adds_nothing(tab, window, entry_dialog):
    tab.quick_edit.setText("keep me")
    assert tab.add_entry() is None
    assert not window.undo_stack.canUndo() and tab.quick_edit.text() == "keep me"


def test_an_entry_hidden_by_the_filters_is_added_and_said_so(tab, store, round2):
    said = messages(tab)
    tab.set_filters(show=SHOW_CHANGES)
    tab.quick_edit.setText("Hidden by the filter")
    entry_id = tab.add_quick_entry()
    assert store.log_entry(entry_id).text == "Hidden by the filter"
    assert said == ["Entry added; the filters hide it."]


# -- editing, never deleting ----------------------------------------------------------------


def test_editing_keeps_the_earlier_text_and_undo_puts_it_back(tab, store, window, entry_dialog):
    row = entry_row(tab, "First day closed")
    tab.select_key(row.key)
    entry_dialog.answer = lambda _ev, entry: LogEntryRecord(**{
        **entry.__dict__, "text": "First day closed; reconvene at 09:30", "category":
        LogCategory.DECISION})  # fmt: skip
    assert tab.edit_button.isEnabled()
    tab.edit_button.click()
    assert entry_dialog.calls[0]["entry"].id == row.entry.id
    edited = store.log_entry(row.entry.id)
    assert edited.text == "First day closed; reconvene at 09:30"
    assert [r.text for r in edited.revisions] == [row.entry.text]
    assert edited.revisions[0].replaced_by == "Jane Organiser"
    assert window.undo_stack.undoText().startswith("Edit log entry “First day closed; rec")
    assert tab.current_row().entry.id == row.entry.id and tab.current_row().edited
    assert "Earlier versions (1)" in tab.details.toPlainText() + tab.details.toHtml()
    window.undo_stack.undo()
    assert store.log_entry(row.entry.id) == row.entry
    window.undo_stack.redo()
    assert [r.text for r in store.log_entry(row.entry.id).revisions] == [row.entry.text]


def test_an_unchanged_edit_pushes_nothing(tab, window, entry_dialog):
    tab.select_key(entry_row(tab, "First day closed").key)
    entry_dialog.answer = lambda _ev, entry: entry
    assert not tab.edit_entry()
    assert not window.undo_stack.canUndo()


def test_return_and_double_click_edit_the_selected_entry(qtbot, tab, entry_dialog):
    tab.select_key(entry_row(tab, "First day closed").key)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(entry_dialog.calls) == 1
    tab.table.doubleClicked.emit(tab.table.currentIndex())
    assert len(entry_dialog.calls) == 2


def test_delete_deletes_neither_the_entry_nor_the_event(qtbot, tab, store, round2, dialogs):
    said = messages(tab)
    row = entry_row(tab, "First day closed")
    tab.select_key(row.key)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert said == [NO_DELETE]
    assert dialogs.kinds() == []  # the window's "Delete event?" was not asked
    assert store.log_entry(row.entry.id) == row.entry


def test_the_earlier_versions_of_the_demo_entry_are_in_the_details(tab):
    row = entry_row(tab, "Participants noted")
    assert row.edited and row.shown_category == "Note (edited)"
    tab.select_key(row.key)
    details = tab.details.toPlainText()
    assert "Earlier versions (1)" in details
    assert "Putin-Abe meeting: progress, obstacles remain." in details
    assert "by NCAFP rapporteur" in details and "Written" in details


# -- the change history ---------------------------------------------------------------------


@pytest.fixture
def changed(store, round2, window) -> int:
    """Round 2 with two recorded changes: an attendance and an agenda duration."""
    event = store.get_event(round2)
    event.participants[0].attendance = Attendance.CONFIRMED
    store.save_event(event)
    event = store.get_event(round2)
    event.days[0].items[1].duration_minutes = 140
    store.save_event(event)
    return round2


def test_changes_are_interleaved_read_only_and_filtered_apart(tab, changed, window,
                                                              entry_dialog):  # fmt: skip
    window.reload()
    created, *changes = [r for r in tab.visible_rows() if r.kind == ROW_CHANGE]
    assert created.text.startswith("Created the event")  # an example's history starts so
    assert [r.category_text for r in changes] == ["Participants change", "Agenda change"]
    assert changes[0].author == "Jane Organiser"
    said = messages(tab)
    tab.select_key(changes[1].key)
    assert not tab.edit_button.isEnabled() and "cannot be edited" in tab.hint_label.text()
    assert not tab.edit_entry() and entry_dialog.calls == [] and said == [NO_EDIT_CHANGE]
    assert "140" in tab.details.toPlainText()

    tab.set_filters(show=SHOW_CHANGES)
    assert {r.kind for r in tab.visible_rows()} == {ROW_CHANGE}
    assert not tab.category_combo.isEnabled() and tab.area_combo.isEnabled()
    assert tab.current_row().key == changes[1].key, "the selection survives filtering"
    tab.set_filters(show=SHOW_CHANGES, area=ChangeArea.AGENDA)
    assert [r.category_text for r in tab.visible_rows()] == ["Agenda change"]
    tab.set_filters(show=SHOW_JOURNAL, category=LogCategory.DECISION)
    assert [r.category_text for r in tab.visible_rows()] == ["Decision"]
    assert tab.count_label.text() == f"1 of {len(tab.model.rows)} shown"


def test_search_narrows_as_you_type(qtbot, tab):
    qtbot.keyClicks(tab.search_edit, "kortunov")
    found = tab.visible_rows()
    assert found and all("kortunov" in (r.text + " ".join(r.people)).casefold() for r in found)
    qtbot.keyClicks(tab.search_edit, " opened")
    assert [r.text[:8] for r in tab.visible_rows()] == ["Japanese"]
    tab.search_edit.clear()
    assert len(tab.visible_rows()) == len(tab.model.rows)


def test_the_item_title_is_searched_too(tab):
    tab.set_filters(search="korean peninsula")
    assert tab.visible_rows() and all("Korean" in r.item_title for r in tab.visible_rows())


# -- from anywhere: Ctrl+J, the name --------------------------------------------------------


def test_ctrl_j_adds_an_entry_from_the_people_directory(window, round2, store, entry_dialog):
    window.reload()
    window.select_event(round2)
    window.set_mode("people")
    entry_dialog.answer = lambda _ev, _entry: LogEntryRecord(at=NOW, text="Noted from People")
    assert window.log_entry_action.shortcut().toString() == "Ctrl+J"
    assert window.log_entry_action.isEnabled()
    window.log_entry_action.trigger()
    assert entry_dialog.calls[0]["event"].id == round2
    assert window.mode == "people"
    assert any(e.text == "Noted from People" for e in store.event_log(round2).entries)
    assert window.undo_stack.undoText() == "Add log entry “Noted from People”"


def test_ctrl_j_on_the_log_tab_selects_the_new_entry(tab, window, entry_dialog):
    entry_dialog.answer = lambda _ev, _entry: LogEntryRecord(at=NOW, text="Selected after")
    entry_id = window.add_log_entry()
    assert tab.current_row().key == (ROW_ENTRY, entry_id)


def test_ctrl_j_needs_a_selected_event(window, entry_dialog):
    window.reload()
    assert window.selected_event_id() is None
    assert not window.log_entry_action.isEnabled()
    assert window.add_log_entry() is None and entry_dialog.calls == []


def test_the_first_entry_asks_for_the_name_once(tab, store, settings, monkeypatch):
    settings.remove(NAME_KEY)
    monkeypatch.setattr(preferences_dialog, "full_name_known", lambda: False)  # a login name
    asked = []

    def answer(_parent, settings_):
        asked.append(True)
        preferences_dialog.save_preferences(settings_, preferences_dialog.Preferences("Sam Ro"))
        return "Sam Ro"

    monkeypatch.setattr(preferences_dialog, "ask_name_once", answer)
    tab.quick_edit.setText("First")
    first = tab.add_quick_entry()
    tab.quick_edit.setText("Second")
    tab.add_quick_entry()
    assert asked == [True]
    assert store.log_entry(first).author == "Sam Ro" and store.author == "Sam Ro"


def test_skipping_the_name_is_remembered(tab, store, settings, monkeypatch):
    settings.remove(NAME_KEY)
    monkeypatch.setattr(preferences_dialog, "full_name_known", lambda: False)  # a login name
    before = store.author
    asked = []

    def skip(_parent, settings_):
        asked.append(True)
        settings_.setValue(ASKED_KEY, True)
        return ""

    monkeypatch.setattr(preferences_dialog, "ask_name_once", skip)
    for text in ("One", "Two"):
        tab.quick_edit.setText(text)
        tab.add_quick_entry()
    assert asked == [True] and store.author == before


# -- the timer and planned against actual ---------------------------------------------------


class FakeTimer(QObject):
    entries_written = Signal(int)


@pytest.fixture
def timer(monkeypatch):
    from roundtable.gui.log import timer_window

    opened: list[tuple] = []
    fake = FakeTimer()

    def open_timer(parent, store, settings, event_id):
        opened.append((parent, store, settings, event_id))
        return fake

    monkeypatch.setattr(timer_window, "open_timer", open_timer)
    fake.opened = opened
    return fake


def time_item(store, event_id, item_index=0, minutes=25) -> None:
    """What the timer does: a timing entry for one agenda item, written to the store."""
    event = store.get_event(event_id)
    item = event.days[0].items[item_index]
    start = datetime(2018, 2, 26, 15, 30, tzinfo=UTC)
    store.add_log_entry(event_id, LogEntryRecord(
        at=start, ends_at=start + timedelta(minutes=minutes), text=f"{item.title} timed",
        category=LogCategory.TIMING, span=LogSpan.ITEM, agenda_item_id=item.id))  # fmt: skip


def test_f5_runs_the_session_and_the_log_follows_what_the_timer_writes(
    window, dc, store, timer, settings
):
    view = open_tab(window, dc)
    view.pages.setCurrentIndex(PAGE_PLANNED)
    assert view.planned_view is not None and view.planned_view.is_empty()
    assert window.run_session_action.shortcut().toString() == "F5"
    window.run_session_action.trigger()
    assert timer.opened == [(window, store, settings, dc)]
    time_item(store, dc)
    from roundtable.gui.common.signals import emit

    emit(timer.entries_written, dc)
    assert any(r.text.endswith("timed") for r in view.model.rows)
    assert not view.planned_view.is_empty()
    assert view.planned_view.report.timed[0].actual_seconds == 25 * 60


def test_the_run_session_button_opens_the_timer_on_the_shown_event(tab, round2, timer):
    assert tab.run_button.isVisibleTo(tab)
    tab.run_button.click()
    assert [o[3] for o in timer.opened] == [round2]


def test_planned_vs_actual_is_refreshed_when_the_log_changes(tab, store, round2, window):
    tab.pages.setCurrentIndex(PAGE_PLANNED)
    report = tab.planned_view.report
    assert report is not None and report.timed
    opening = report.items()[0]
    assert opening.actual_seconds == 32 * 60
    event = store.get_event(round2)
    entry = next(e for e in store.event_log(round2).entries
                 if e.span is LogSpan.ITEM and e.agenda_item_id == opening.item_id)  # fmt: skip
    entry.ends_at = entry.at + timedelta(minutes=40)
    from roundtable.gui.log.log_commands import EditLogEntryCommand

    window.undo_stack.push(EditLogEntryCommand(window._context, event.id,
                                               store.log_entry(entry.id), entry))  # fmt: skip
    assert tab.planned_view.report.items()[0].actual_seconds == 40 * 60
    window.undo_stack.undo()
    assert tab.planned_view.report.items()[0].actual_seconds == 32 * 60


def test_the_timer_written_later_shows_when_the_tab_is_next_shown(window, dc, store, timer):
    view = open_tab(window, dc)
    window.event_tabs.setCurrentIndex(0)
    window.run_session()
    time_item(store, dc)
    from roundtable.gui.common.signals import emit

    emit(timer.entries_written, dc)
    assert not any(r.text.endswith("timed") for r in view.model.rows)  # not shown: not read
    window.event_tabs.setCurrentIndex(TAB_LOG)
    assert any(r.text.endswith("timed") for r in view.model.rows)


# -- printing, read-only --------------------------------------------------------------------


def test_print_log_opens_the_print_dialog_on_the_log_kind(tab, round2, monkeypatch):
    from roundtable.gui.printing import printables

    assert tab.print_log_button.isVisibleTo(tab)
    asked = []
    monkeypatch.setattr(printables, "print_event",
                        lambda *args: asked.append(args) or "Saved log.pdf")  # fmt: skip
    said = messages(tab)
    assert tab.print_log() == "Saved log.pdf"
    assert asked[0][3:] == (round2, "log") and said == ["Saved log.pdf"]


def test_a_read_only_window_shows_the_log_and_changes_nothing(qtbot, db_path, store, round2,
                                                              settings, entry_dialog):  # fmt: skip
    from roundtable.store.facade import Store

    reader = Store.open(str(db_path), read_only=True)
    main = MainWindow(reader, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    view = open_tab(main, round2)
    assert len(view.visible_rows()) > 10
    view.select_key(entry_row(view, "First day closed").key)
    for button in (view.add_button, view.quick_add_button, view.edit_button, view.run_button,
                   view.minutes.save_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert view.quick_edit.isReadOnly() and view.minutes.editor.isReadOnly()
    assert not main.log_entry_action.isEnabled() and not main.run_session_action.isEnabled()
    assert main.add_log_entry() is None and not view.edit_entry() and view.add_entry() is None
    assert entry_dialog.calls == [] and view.print_log_button.isEnabled()
    assert view.hint_label.text().startswith("Read-only")
    reader.close()


def test_f5_opens_the_real_timer_whose_writes_reach_the_log(qtbot, tab, window, store, round2):
    from roundtable.gui.common.signals import emit
    from roundtable.gui.log.timer_window import TimerWindow

    timer = window.run_session()
    assert isinstance(timer, TimerWindow)
    qtbot.addWidget(timer)
    store.add_log_entry(round2, LogEntryRecord(at=NOW, text="Written by the timer"))
    emit(timer.entries_written, round2)
    assert "Written by the timer" in texts(tab)
    timer.close()
