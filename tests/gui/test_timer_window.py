"""The moderator's timer window, driven from the keyboard with a fake clock: what it shows, what
it writes to the log, closing mid-item, days, screens and the size of its type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gui_samples import standalone
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from roundtable.domain.clock import SetClock
from roundtable.domain.enums import LogSpan
from roundtable.errors import UserError
from roundtable.gui.log.timer_window import (
    TICK_MS,
    TimerWindow,
    open_timer,
)
from roundtable.services.demo import load_demo
from roundtable.services.session_timer import PAUSED, READY, RUNNING

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TRILATERAL = "us-japan-russia-trilateral-round-2-2017"


@pytest.fixture
def clock(store) -> SetClock:
    fake = SetClock(datetime(2018, 2, 26, 15, 33, tzinfo=UTC))
    store.clock = fake
    return fake


@pytest.fixture
def timer(qtbot, store, settings, clock):
    """The timer on the Washington roundtable, shown, with the fake clock."""
    load_demo(store)
    window = open_timer(None, store, settings, store.resolve_event(DC))
    assert window is not None
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test still reads it
    qtbot.waitExposed(window)
    return window


def press(qtbot, window: TimerWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key)


def timings(store, window: TimerWindow):
    return [
        e for e in store.event_log(window.event_record.id).entries if e.span is not LogSpan.NONE
    ]


def test_no_agenda_no_timer(qtbot, store, settings, dialogs):
    empty = store.save_event(standalone())
    assert open_timer(None, store, settings, empty.id) is None
    assert dialogs.kinds() == ["information"]
    assert "has no agenda to run" in dialogs.texts("information")[0]
    assert "Agenda tab" in dialogs.texts("information")[0]


def test_a_session_run_from_the_keyboard(qtbot, store, timer, clock):
    written: list[int] = []
    timer.entries_written.connect(written.append)
    assert timer.session.phase == READY
    assert timer.item_text.text() == "Opening remarks"
    assert timer.speaker_text.text() == "Guadalupe Correa Cabrera"
    assert timer.tick.isActive() and timer.tick.interval() == TICK_MS
    assert "Space" in timer.status_text.text()
    assert timer.start_button.text() == "Start"

    press(qtbot, timer, Qt.Key.Key_Space)
    assert timer.session.phase == RUNNING and timer.start_button.text() == "Pause"
    # The opening speaker has the whole 10 minutes (no set time, nobody else).
    clock.advance(3)
    timer.refresh()
    assert timer.countdown.text() == "7:00" and timer.display_state() == "normal"
    colours = timer.colours
    assert timer.countdown.colour() == colours.normal
    clock.advance(5, 30)
    timer.refresh()
    assert timer.countdown.text() == "1:30" and timer.display_state() == "warning"
    assert timer.countdown.colour() == colours.warning
    assert timer.countdown.colour() != colours.normal  # it does change colour
    clock.advance(3)
    timer.refresh()
    assert timer.countdown.text() == "+1:30" and timer.display_state() == "overtime"
    assert timer.status_text.text() == "Speaker 1 of 1 · item 1:30 over its 10:00"
    assert timer.countdown.colour() == colours.overtime
    assert timer.countdown.colour() not in (colours.warning, colours.normal)

    press(qtbot, timer, Qt.Key.Key_Right)  # the turn ends: written at once
    entries = timings(store, timer)
    assert [e.text for e in entries] == [
        "Guadalupe Correa Cabrera spoke 11:30 on “Opening remarks” (allowed 10:00)"
    ]
    assert written == [timer.event_record.id]
    assert timer.speaker_text.text() == "Discussion"
    press(qtbot, timer, Qt.Key.Key_Down)
    assert timer.item_text.text().startswith("Russia in the US-Japan Alliance?")
    assert timer.speaker_text.text() == "Yong-Chool Ha"
    assert timer.next_text.text() == "Next: Matthew Rojansky"
    assert timings(store, timer)[-1].text == "“Opening remarks” ran 11:30 (planned 10:00)"
    assert timer.countdown.text() == "12:00"  # a fifth of the hour

    # Pause: the stretch so far is written; the paused time does not count.
    clock.advance(4)
    press(qtbot, timer, Qt.Key.Key_Space)
    assert timer.session.phase == PAUSED and timer.start_button.text() == "Resume"
    assert "Paused" in timer.status_text.text()
    clock.advance(10)
    timer.refresh()
    assert timer.countdown.text() == "8:00"
    press(qtbot, timer, Qt.Key.Key_Space)
    press(qtbot, timer, Qt.Key.Key_Plus)  # one minute more for Ha
    timer.refresh()
    assert timer.countdown.text() == "9:00"

    # Page Down / Page Up, what a presentation clicker sends, move between items.
    clock.advance(2)
    press(qtbot, timer, Qt.Key.Key_PageDown)
    assert timer.item_text.text() == "Q&A" and timer.speaker_text.text() == "Chair: Edward Boyle"
    assert timer.next_text.text() == "Last item"
    assert not timer.next_item_button.isEnabled()
    press(qtbot, timer, Qt.Key.Key_PageUp)
    assert timer.speaker_text.text() == "Yong-Chool Ha"  # where the discussion was left
    press(qtbot, timer, Qt.Key.Key_Up)
    assert timer.item_text.text() == "Opening remarks"
    timer.finish_button.click()
    assert "over" in timer.status_text.text()
    assert not timer.start_button.isEnabled()
    texts = [e.text for e in timings(store, timer)]
    title = timer.session.items[1].title
    assert f"Yong-Chool Ha spoke 4:00 on “{title}” before a pause (allowed 12:00)" in texts
    assert any(t.startswith("Yong-Chool Ha spoke 2:00 more") and "extended by 1 min" in t
               for t in texts)  # fmt: skip
    # One signal for each write: Right, Down, the pause, Page Down (the moves back and the
    # finish came within a second of the last move, so they had nothing to write).
    assert len(written) == 4


def test_buttons_do_what_the_keys_do(qtbot, store, timer, clock):
    timer.start_button.click()
    clock.advance(1)
    timer.next_speaker_button.click()
    timer.next_item_button.click()
    timer.next_speaker_button.click()
    assert timer.speaker_text.text() == "Matthew Rojansky"
    timer.previous_speaker_button.click()
    assert timer.speaker_text.text() == "Yong-Chool Ha"
    timer.extend_button.click()
    timer.refresh()
    assert timer.countdown.text() == "13:00"
    timer.previous_item_button.click()
    assert timer.item_text.text() == "Opening remarks"
    assert len(timings(store, timer)) == 2  # the quick presses left no empty entries


def test_closing_mid_item(qtbot, store, settings, clock, dialogs):
    load_demo(store)
    event_id = store.resolve_event(DC)
    event_record = store.get_event(event_id)

    def running() -> TimerWindow:
        window = TimerWindow(store, settings, event_record)
        qtbot.addWidget(window)
        window.show()
        press(qtbot, window, Qt.Key.Key_Space)
        clock.advance(2)
        return window

    window = running()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible() and window.tick.isActive()
    assert "“Opening remarks” is still running" in dialogs.texts("question")[0]
    assert timings(store, window) == []

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.close()
    assert not window.tick.isActive()
    assert [e.span for e in timings(store, window)] == [LogSpan.SPEAKER, LogSpan.ITEM]

    window = running()
    dialogs.answer = QMessageBox.StandardButton.No
    assert window.close()
    assert len(timings(store, window)) == 2  # nothing more written

    # Not running (before the start, or paused): no question.
    asked = len(dialogs.texts("question"))
    window = TimerWindow(store, settings, event_record)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert len(dialogs.texts("question")) == asked


def test_a_refused_write_is_kept_and_tried_again(qtbot, store, timer, clock, dialogs, monkeypatch):
    real_add = store.add_log_entry
    refusals = [UserError("could not save to test.sqlite3: disk full")]

    def add(event_id, entry):
        if refusals:
            raise refusals.pop()
        return real_add(event_id, entry)

    monkeypatch.setattr(store, "add_log_entry", add)
    press(qtbot, timer, Qt.Key.Key_Space)
    clock.advance(5)
    press(qtbot, timer, Qt.Key.Key_Right)
    assert len(timer.unsaved) == 1 and dialogs.kinds() == ["warning"]
    assert "disk full" in dialogs.texts("warning")[0]
    clock.advance(1)
    press(qtbot, timer, Qt.Key.Key_Down)
    assert timer.unsaved == [] and len(timings(store, timer)) == 2
    assert dialogs.kinds() == ["warning"]  # said once


def test_choosing_the_day(qtbot, store, settings, clock):
    load_demo(store)
    window = open_timer(None, store, settings, store.resolve_event(TRILATERAL))
    assert window is not None
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert window.day_choice.count() == 2 and window.day_choice.isEnabled()
    assert window.item_text.text() == "Opening remarks"
    assert window.choose_day(1)
    assert window.item_text.text().startswith("U.S.-Russia relations over Ukraine")
    assert window.speaker_text.text() == ""  # no speakers, no chair
    assert window.countdown.text() == "1:30:00"
    assert "16 March 2017" in window.heading.text()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.day_choice.isEnabled() and not window.choose_day(0)
    assert window.session.day_index == 1


def test_screens_and_full_screen(qtbot, timer, settings):
    assert timer.screen_choice.count() == len(QGuiApplication.screens())
    assert timer.chosen_screen() in QGuiApplication.screens()
    press(qtbot, timer, Qt.Key.Key_F11)
    assert timer.windowState() & Qt.WindowState.WindowFullScreen
    assert settings.value("timer/screen") == timer.chosen_screen().name()
    press(qtbot, timer, Qt.Key.Key_Escape)
    assert not timer.windowState() & Qt.WindowState.WindowFullScreen
    assert timer.isVisible()  # Esc only leaves full screen
    timer.full_screen_button.click()
    assert timer.windowState() & Qt.WindowState.WindowFullScreen
    timer.full_screen_button.click()
    assert not timer.windowState() & Qt.WindowState.WindowFullScreen


def test_the_type_grows_with_the_window(qtbot, timer):
    timer.resize(640, 420)
    qtbot.waitUntil(lambda: timer.countdown.height() < 200)
    small = (timer.countdown.pixel_size(), timer.item_text.pixel_size())
    timer.resize(1400, 950)
    qtbot.waitUntil(lambda: timer.countdown.height() > 250)
    large = (timer.countdown.pixel_size(), timer.item_text.pixel_size())
    assert large[0] > small[0] * 1.5 and large[1] > small[1]
    assert large[0] > 150  # readable from the back of the room
    # A long title wraps and still fits its rectangle.
    press(qtbot, timer, Qt.Key.Key_Down)
    title = timer.item_text
    assert title.text().startswith("Russia in the US-Japan")
    assert title.pixel_size() >= 24


def test_buttons_never_take_the_keys(timer):
    for button in (timer.start_button, timer.next_item_button, timer.extend_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
