"""The Log tab's Minutes page: the event's summary saved as one named undo step, never lost when
moving to another event (asked) or closing the window (saved), kept across reloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from roundtable.gui.common.preferences_dialog import NAME_KEY
from roundtable.gui.events import event_editor
from roundtable.gui.log.log_view import PAGE_MINUTES
from roundtable.gui.shell.main_window import TAB_LOG, TAB_OVERVIEW, MainWindow
from roundtable.services.demo import load_demo

ROUND_1 = "us-japan-russia-trilateral-round-1-2016"
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


@pytest.fixture(autouse=True)
def named(settings):
    settings.setValue(NAME_KEY, "Jane Organiser")


@pytest.fixture
def rounds(store) -> tuple[int, int]:
    load_demo(store)
    return store.resolve_event(ROUND_1), store.resolve_event(ROUND_2)


def open_minutes(window, event_id):
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_LOG)
    view = window.log_view
    view.pages.setCurrentIndex(PAGE_MINUTES)
    assert view.minutes.isVisible()
    return view.minutes


@pytest.fixture
def minutes(window, rounds):
    return open_minutes(window, rounds[1])


def test_the_page_shows_the_events_summary(minutes, store, rounds):
    summary = store.get_event(rounds[1]).summary
    assert (
        summary.startswith("Participants from the three")
        and minutes.editor.toPlainText() == summary
    )
    assert not minutes.save_button.isEnabled() and not minutes.is_dirty()


def test_saving_is_one_named_undo_step(qtbot, minutes, window, store, rounds):
    before = store.get_event(rounds[1]).summary
    minutes.editor.setPlainText(before + "\n\nAddendum: next round in Tokyo.")
    assert minutes.save_button.isEnabled() and minutes.state_label.text() == "Not saved yet"
    count = window.undo_stack.count()
    minutes.save_button.click()
    assert store.get_event(rounds[1]).summary.endswith("next round in Tokyo.")
    assert window.undo_stack.count() == count + 1
    assert window.undo_stack.undoText() == (
        "Save minutes of “U.S.-Japan-Russia Trilateral: Second Round”"
    )
    assert not minutes.is_dirty() and minutes.state_label.text() == ""
    window.undo_stack.undo()
    assert store.get_event(rounds[1]).summary == before
    assert minutes.editor.toPlainText() == before
    window.undo_stack.redo()
    assert minutes.editor.toPlainText().endswith("next round in Tokyo.")


def test_ctrl_s_saves_and_return_types_a_new_line(
    qtbot, window, minutes, store, rounds, monkeypatch
):
    asked = []
    monkeypatch.setattr(event_editor, "get_event", lambda *a: asked.append(a) or (None, False))
    with qtbot.waitActive(window):
        window.activateWindow()  # shortcuts of a part of the window need it active
    minutes.editor.setFocus()
    minutes.editor.moveCursor(minutes.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(minutes.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(minutes.editor, "Done.")
    assert asked == [] and minutes.editor.toPlainText().endswith("\nDone.")
    qtbot.keyClick(minutes.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.get_event(rounds[1]).summary.endswith("\nDone.")


def test_trailing_blank_lines_are_no_change(minutes):
    minutes.editor.setPlainText(minutes.editor.toPlainText() + "\n\n   \n")
    assert not minutes.is_dirty() and not minutes.save()


def test_a_reload_after_another_change_keeps_what_is_typed(minutes, window, store, rounds):
    minutes.editor.setPlainText("Typing, not saved")
    event = store.get_event(rounds[1])
    event.notes = "changed elsewhere"
    store.save_event(event)
    window.reload()
    assert minutes.editor.toPlainText() == "Typing, not saved" and minutes.is_dirty()


def test_moving_to_another_event_asks_and_saves(qtbot, minutes, window, store, rounds, dialogs):
    first, second = rounds
    minutes.editor.setPlainText("Saved on the way out")
    dialogs.answer = QMessageBox.StandardButton.Save
    window.select_event(first)
    assert dialogs.kinds() == ["question"] and "Second Round" in dialogs.texts("question")[0]
    qtbot.waitUntil(lambda: store.get_event(second).summary == "Saved on the way out")
    assert window.selected_event_id() == first, "saving does not pull the user back"
    assert minutes.editor.toPlainText() == store.get_event(first).summary
    window.undo_stack.undo()
    assert store.get_event(second).summary.startswith("Participants from the three")


def test_moving_to_another_event_can_discard(qtbot, minutes, window, store, rounds, dialogs):
    first, second = rounds
    count = window.undo_stack.count()
    minutes.editor.setPlainText("Thrown away")
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.select_event(first)
    window.select_event(second)
    assert dialogs.kinds() == ["question"]
    assert store.get_event(second).summary.startswith("Participants from the three")
    assert window.undo_stack.count() == count
    assert minutes.editor.toPlainText().startswith("Participants from the three")


def test_typed_minutes_are_asked_about_when_the_tab_is_not_showing(
    qtbot, minutes, window, store, rounds, dialogs
):
    minutes.editor.setPlainText("Typed, then looked at the overview")
    window.event_tabs.setCurrentIndex(TAB_OVERVIEW)
    window.select_event(rounds[0])
    assert dialogs.kinds() == ["question"]
    qtbot.waitUntil(lambda: store.get_event(rounds[1]).summary.startswith("Typed, then"))


def test_closing_the_window_saves_unsaved_minutes(qtbot, store, rounds, settings, dialogs):
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.show()
    minutes = open_minutes(main, rounds[1])
    minutes.editor.setPlainText("Written just before closing")
    main.close()
    assert store.get_event(rounds[1]).summary == "Written just before closing"
    assert dialogs.kinds() == []


def test_print_minutes_saves_first_and_prints_the_minutes_kind(minutes, store, rounds,
                                                               monkeypatch):  # fmt: skip
    from roundtable.gui.printing import printables

    assert minutes.print_button.isVisibleTo(minutes)
    asked = []
    monkeypatch.setattr(printables, "print_event",
                        lambda *args: asked.append((args, store.get_event(rounds[1]).summary))
                        or None)  # fmt: skip
    minutes.editor.setPlainText("Print me")
    minutes.print_button.click()
    ((args, summary_then),) = asked
    assert args[3:] == (rounds[1], "minutes") and summary_then == "Print me"


def test_no_event_no_minutes(qtbot, window, minutes):
    minutes.show_event(None)
    assert not minutes.editor.isEnabled() and not minutes.save_button.isEnabled()
    assert not minutes.print_button.isEnabled()


def test_tab_moves_on_and_ctrl_tab_types_a_tab(qtbot, minutes, window):
    """Tab in the minutes leaves them, as in every other box; Ctrl+Tab types the tab (and does
    not switch the Log tab's pages, as it would in a tab widget)."""
    editor = minutes.editor
    pages = window.log_view.pages
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    before = editor.toPlainText()
    assert editor.tabChangesFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert editor.toPlainText() == before
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert editor.toPlainText() == before
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    page = pages.currentIndex()
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "\t" + before
    assert editor.hasFocus() and pages.currentIndex() == page
    assert minutes.is_dirty()


def test_the_page_calls_them_minutes(minutes):
    assert "summary" not in minutes.hint_label.text().lower()
    assert "Ctrl+Tab" in minutes.hint_label.text()
