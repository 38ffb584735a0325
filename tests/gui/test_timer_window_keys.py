"""The timer window's ways out and its one-per-event rule: the Close button, Esc and Ctrl+W (out
of full screen first), a second F5 on an event whose timer is open, and Finish only once the
moderator confirms it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.domain.clock import SetClock
from roundtable.domain.enums import LogSpan
from roundtable.gui.common.signals import emit
from roundtable.gui.log import log_view
from roundtable.gui.log.timer_window import TimerWindow, open_timer
from roundtable.services.demo import load_demo
from roundtable.services.session_timer import FINISHED, RUNNING

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TRILATERAL = "us-japan-russia-trilateral-round-2-2017"
FULL_SCREEN = Qt.WindowState.WindowFullScreen


@pytest.fixture
def clock(store) -> SetClock:
    fake = SetClock(datetime(2018, 2, 26, 15, 33, tzinfo=UTC))
    store.clock = fake
    return fake


@pytest.fixture
def dc(store, clock) -> int:
    load_demo(store)
    return store.resolve_event(DC)


def opened(qtbot, store, settings, event_id: int) -> TimerWindow:
    window = open_timer(None, store, settings, event_id)
    assert window is not None
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test still reads it
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def timer(qtbot, store, settings, dc) -> TimerWindow:
    return opened(qtbot, store, settings, dc)


def timers_shown() -> list[TimerWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, TimerWindow) and w.isVisible()]  # fmt: skip


def timings(store, window: TimerWindow):
    entries = store.event_log(window.event_record.id).entries
    return [e for e in entries if e.span is not LogSpan.NONE]


def test_the_close_button_closes_and_leaves_the_keys_alone(timer):
    assert timer.close_button.text() == "Close"
    assert timer.close_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "Esc" in timer.close_button.toolTip() and "Ctrl+W" in timer.close_button.toolTip()
    timer.close_button.click()
    assert not timer.isVisible() and not timer.tick.isActive()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],  # fmt: skip
    ids=["Esc", "Ctrl+W"],
)
def test_esc_and_ctrl_w_leave_full_screen_first_then_close(qtbot, timer, key, modifier):
    qtbot.keyClick(timer, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(timer.windowState() & FULL_SCREEN))
    qtbot.keyClick(timer, key, modifier)
    qtbot.waitUntil(lambda: not timer.windowState() & FULL_SCREEN)
    assert timer.isVisible()  # the room must not see the desktop by one press too many
    qtbot.keyClick(timer, key, modifier)
    assert not timer.isVisible()


def test_esc_on_a_running_session_asks_like_any_close(qtbot, store, timer, clock, dialogs):
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(2)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(timer, Qt.Key.Key_Escape)
    assert timer.isVisible() and "is still running" in dialogs.texts("question")[0]
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(timer, Qt.Key.Key_Escape)
    assert not timer.isVisible() and len(timings(store, timer)) == 2


def test_a_second_request_brings_the_open_timer_forward(qtbot, store, settings, timer, dc):
    timer.showMinimized()
    qtbot.waitUntil(timer.isMinimized)
    again = open_timer(None, store, settings, dc)
    assert again is timer and not timer.isMinimized()
    assert timers_shown() == [timer]
    # Another event has a timer of its own.
    other = opened(qtbot, store, settings, store.resolve_event(TRILATERAL))
    assert other is not timer and len(timers_shown()) == 2
    # Once closed, the event's timer opens afresh.
    timer.close()
    fresh = opened(qtbot, store, settings, dc)
    assert fresh is not timer and fresh.isVisible()


def test_f5_twice_from_the_window_gives_one_timer_that_reports_once(qtbot, window, store, dc):
    window.reload()
    window.select_event(dc)
    first = window.run_session()
    assert isinstance(first, TimerWindow)
    qtbot.addWidget(first)
    window.run_session_action.trigger()
    assert timers_shown() == [first]
    assert first.receivers(SIGNAL("entries_written(int)")) == 1  # the Log tab follows once
    written: list[bool] = []
    same = log_view.run_session(window, store, window._settings, dc, lambda: written.append(True))
    assert same is first
    emit(first.entries_written, dc)
    assert written == [], "the window's own connection is the only one made"
    fresh_calls: list[bool] = []
    first.close()
    second = log_view.run_session(window, store, window._settings, dc,
                                  lambda: fresh_calls.append(True))  # fmt: skip
    qtbot.addWidget(second)
    emit(second.entries_written, dc)
    assert fresh_calls == [True]


def test_finish_asks_first_and_cancel_changes_nothing(qtbot, store, timer, clock, dialogs):
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(3)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    timer.finish_button.click()
    assert timer.session.phase == RUNNING and timings(store, timer) == []
    assert timer.finish_button.isEnabled() and timer.start_button.text() == "Pause"
    asked = dialogs.texts("question")
    assert len(asked) == 1 and "End the session now?" in asked[0]
    assert "“Opening remarks” is recorded as ended now" in asked[0]
    dialogs.answer = QMessageBox.StandardButton.Yes
    timer.finish_button.click()
    assert timer.session.phase == FINISHED
    assert [e.span for e in timings(store, timer)] == [LogSpan.SPEAKER, LogSpan.ITEM]
    assert not timer.finish_button.isEnabled()


def test_finishing_a_paused_session_says_nothing_more_is_recorded(qtbot, timer, clock, dialogs):
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(1)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert timer.finish()
    assert "up to the pause is in the log already" in dialogs.texts("question")[0]
    assert not timer.finish(), "nothing to finish twice"
    assert len(dialogs.texts("question")) == 1
