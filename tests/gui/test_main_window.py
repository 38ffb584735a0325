"""The main window as a user drives it: actions, selection, empty state, undo, layout memory."""

from __future__ import annotations

import copy
import json

import pytest
from gui_samples import standalone, trilateral
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from roundtable import __version__
from roundtable.gui.common.signals import emit
from roundtable.gui.events import bundle_dialogs, event_editor
from roundtable.gui.shell.main_window import MainWindow


def editor_returns(monkeypatch, make):
    """Answer the event editor with ``make(record)`` (None: Cancel); records what it got."""
    seen = []

    def fake(parent, store, record=None):
        seen.append(copy.deepcopy(record))
        result = make(copy.deepcopy(record))
        return (result, result is not None)

    monkeypatch.setattr(event_editor, "get_event", fake)
    return seen


def new_titled(title):
    def make(record):
        record.title = title
        return record

    return make


def test_empty_state_shows_until_there_is_an_event(window, monkeypatch):
    assert window.central.currentWidget() is window.empty_state
    editor_returns(monkeypatch, new_titled("Arctic briefing"))
    window.empty_state.new_button.click()
    assert window.central.currentWidget() is window.splitter
    assert window.counts_label.text() == "1 event · 0 people"
    window.undo_action.trigger()
    assert window.central.currentWidget() is window.empty_state
    window.redo_action.trigger()
    assert window.central.currentWidget() is window.splitter


def test_load_examples_from_the_empty_state(window, store):
    pytest.importorskip("roundtable.services.demo")
    window.empty_state.load_button.click()
    assert window.central.currentWidget() is window.splitter
    assert store.count_events() > 0
    assert window.selected_event_id() is not None
    assert window.undo_stack.undoText() == "Load example events"


def test_actions_follow_the_selection(window, store, populated):
    window.reload()
    event_actions = [window.edit_action, window.duplicate_action, window.delete_action,
                     window.export_action]  # fmt: skip
    window.tree.selectionModel().clearSelection()
    assert not any(a.isEnabled() for a in event_actions)
    window.select_event(populated[1])
    assert all(a.isEnabled() for a in event_actions)
    window._select_index(window.proxy.index(0, 0))  # a series row
    assert not any(a.isEnabled() for a in event_actions)
    assert "U.S.-Japan-Russia Trilateral" in window.overview.toPlainText()
    assert window.new_action.isEnabled() and window.import_action.isEnabled()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_selecting_an_event_shows_it(window, store, populated):
    window.reload()
    window.select_event(populated[1])
    text = window.overview.toPlainText()
    assert "U.S.-Japan-Russia Trilateral: round 2" in text
    assert "Andrey Kortunov — Андрей Кортунов, Director General" in text
    assert window.overview.current_event.id == populated[1]


def test_new_event_is_created_selected_and_undoable(window, store, monkeypatch):
    editor_returns(monkeypatch, new_titled("Arctic briefing"))
    window.new_action.trigger()
    (summary,) = store.list_events()
    assert window.selected_event_id() == summary.id
    assert window.undo_action.text() == "&Undo New event “Arctic briefing”"
    window.undo_action.trigger()
    assert store.count_events() == 0
    window.redo_action.trigger()
    assert [e.id for e in store.list_events()] == [summary.id]


def test_cancelled_editor_changes_nothing(window, store, populated, monkeypatch):
    window.reload(select=populated[0])
    editor_returns(monkeypatch, lambda record: None)
    window.new_action.trigger()
    window.edit_action.trigger()
    assert window.undo_stack.count() == 0


def test_new_event_with_a_series_row_selected_is_its_next_round(window, populated, monkeypatch):
    window.reload()
    window._select_index(window.proxy.index(0, 0))
    seen = editor_returns(monkeypatch, lambda record: None)
    window.new_action.trigger()
    assert seen[0].series.name == "U.S.-Japan-Russia Trilateral"
    assert seen[0].round_number == 3


def test_edit_pushes_only_real_changes(window, store, populated, monkeypatch):
    window.reload(select=populated[2])
    seen = editor_returns(monkeypatch, lambda record: record)
    window.edit_action.trigger()
    assert window.undo_stack.count() == 0
    assert seen[0].id == populated[2]
    editor_returns(monkeypatch, new_titled("Russia and the Alliance"))
    emit(window.tree.doubleClicked, window.tree.currentIndex())
    assert store.get_event(populated[2]).title == "Russia and the Alliance"
    assert window.selected_event_id() == populated[2]
    assert "Russia and the Alliance" in window.overview.toPlainText()
    window.undo_action.trigger()
    assert store.get_event(populated[2]).title == "Russia in the US-Japan Alliance?"


def test_delete_asks_naming_the_event_and_can_be_undone(window, store, populated, dialogs):
    window.reload(select=populated[0])
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.delete_action.trigger()
    assert store.count_events() == 3
    assert "“U.S.-Japan-Russia Trilateral: round 1”" in dialogs.texts("question")[0]
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.delete_action.trigger()
    assert store.count_events() == 2
    assert window.selected_event_id() == populated[1]  # the next one in the list
    window.undo_action.trigger()
    assert store.count_events() == 3
    assert window.selected_event_id() == populated[0]


def test_deleting_the_last_event_brings_back_the_empty_state(window, store, dialogs):
    event = store.save_event(standalone())
    window.reload(select=event.id)
    window.delete_action.trigger()
    assert window.central.currentWidget() is window.empty_state
    assert not window.delete_action.isEnabled()


def test_duplicate_selects_the_copy(window, store, populated):
    window.reload(select=populated[2])
    window.duplicate_action.trigger()
    copy_id = window.selected_event_id()
    assert copy_id not in populated
    assert store.get_event(copy_id).title == "Russia in the US-Japan Alliance? (copy)"


def test_a_failing_command_is_reported_not_raised(window, store, populated, dialogs):
    window.reload(select=populated[2])
    store.delete_event(populated[2])  # gone behind the window's back
    window.duplicate_action.trigger()
    assert dialogs.kinds() == ["warning"]
    assert "No event with id" in dialogs.texts("warning")[0]
    assert window.undo_stack.count() == 0
    assert window.selected_event_id() != populated[2]


def test_filter_narrows_and_selects_a_visible_event(window, populated):
    window.reload(select=populated[2])
    window.filter_edit.setText("round 2 2018")
    assert window.visible_event_ids() == [populated[1]]
    assert window.selected_event_id() == populated[1]
    window.filter_edit.setText("no such event")
    assert window.visible_event_ids() == []
    assert window.selected_event_id() is None
    assert not window.edit_action.isEnabled()
    window.filter_edit.clear()
    assert window.visible_event_ids() == populated


def test_find_focuses_the_filter(window, populated, qtbot):
    window.reload()
    window.activateWindow()
    window.tree.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(window.filter_edit.hasFocus, timeout=2000)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_menus_and_shortcuts(window):
    menus = {a.text(): [x.text() for x in a.menu().actions() if x.text()]
             for a in window.menuBar().actions()}  # fmt: skip
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert "&Import event bundle…" in menus["&File"]
    assert "Load e&xample events" in menus["&File"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert window.duplicate_action.shortcut().toString() == "Ctrl+D"
    assert QKeySequence("F2") in window.edit_action.shortcuts()
    assert QKeySequence("F2") in window.edit_action.shortcuts()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.windowTitle() == "Roundtable — test.sqlite3"


def test_about_names_version_and_database(window, store, dialogs):
    window.about_action.trigger()
    (text,) = dialogs.texts("about")
    assert __version__ in text and store.name in text


def test_geometry_splitter_and_groups_are_remembered(qtbot, store, settings, populated):
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    first.tree.collapse(first.proxy.index(0, 0))
    first.select_event(populated[2])
    first.close()

    reopened = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    second = MainWindow(store, reopened)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.splitter.sizes() == sizes
    assert not second.tree.isExpanded(second.proxy.index(0, 0))
    assert second.tree.isExpanded(second.proxy.index(1, 0))
    assert second.selected_event_id() == populated[2]


def test_export_and_import_a_bundle(window, store, populated, dialogs, tmp_path, monkeypatch):
    pytest.importorskip("roundtable.services.bundle")
    window.reload(select=populated[1])
    target = tmp_path / "out"
    dialogs.save_path = str(target)
    window.export_action.trigger()
    written = tmp_path / "out.roundtable.json"
    assert json.loads(written.read_text())["event"]["title"].endswith("round 2")
    assert dialogs.calls[0][2].endswith(f"{store.get_event(populated[1]).slug}.roundtable.json")

    asked = []
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_to_import", lambda *a: str(written))
    monkeypatch.setattr(
        bundle_dialogs, "ask_import_mode", lambda parent, title: asked.append(title) or None
    )
    window.import_action.trigger()  # it is already here: the user cancels
    assert asked == ["U.S.-Japan-Russia Trilateral: round 2"]
    assert store.count_events() == 3

    monkeypatch.setattr(bundle_dialogs, "ask_import_mode", lambda parent, title: "as_new")
    window.import_action.trigger()
    assert store.count_events() == 4
    assert window.selected_event_id() not in populated
    window.undo_action.trigger()
    assert store.count_events() == 3


def test_a_bad_bundle_is_explained_and_nothing_changes(window, store, populated, dialogs,
                                                       tmp_path, monkeypatch):  # fmt: skip
    pytest.importorskip("roundtable.services.bundle")
    bad = tmp_path / "bad.roundtable.json"
    bad.write_text('{"format": "something else"}')
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_to_import", lambda *a: str(bad))
    window.import_action.trigger()
    assert dialogs.kinds() == ["warning"]
    assert "Nothing was imported" in dialogs.texts("warning")[0]
    assert window.undo_stack.count() == 0


def test_attachment_saved_from_the_overview(window, store, populated, dialogs, tmp_path):
    window.reload(select=populated[0])
    attachment = window.overview.current_event.attachments[0]
    dialogs.save_path = str(tmp_path / "flyer-copy.pdf")
    emit(window.overview.anchorClicked, f"attachment:{attachment.id}")
    assert (tmp_path / "flyer-copy.pdf").read_bytes() == b"%PDF-1.4 flyer"
    assert "flyer-copy.pdf" in window.statusBar().currentMessage()


def test_status_bar_shows_database_and_counts(window, store, populated):
    window.reload()
    assert window.database_label.text() == store.name
    assert window.counts_label.text() == f"3 events · {store.count_people()} people"
    store.save_event(trilateral(3))
    window.reload()
    assert window.counts_label.text().startswith("4 events")


def test_keyboard_in_the_filter_box(window, populated, monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    window.reload()
    seen = editor_returns(monkeypatch, lambda record: None)
    window.activateWindow()
    window.focus_filter()
    qtbot.waitUntil(window.filter_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(window.filter_edit, "alliance")
    assert window.visible_event_ids() == [populated[2]]
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert seen == []  # Return in the filter box goes to the list, it does not open the editor
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert seen[0].id == populated[2]
    window.focus_filter()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.visible_event_ids() == populated


def test_find_is_disabled_while_there_are_no_events(window):
    assert not window.find_action.isEnabled()
    assert window.new_action.isEnabled() and window.load_examples_action.isEnabled()


def test_the_event_typing_selects_is_shown_when_typing_pauses(window, populated, qtbot):
    window.reload(select=populated[2])
    qtbot.waitUntil(lambda: window.overview.current_event is not None, timeout=2000)
    assert window.overview.current_event.id == populated[2]
    qtbot.keyClicks(window.filter_edit, "round 2 2018")
    assert window.selected_event_id() == populated[1]  # the list follows every keystroke
    qtbot.waitUntil(lambda: window.overview.current_event.id == populated[1], timeout=2000)
