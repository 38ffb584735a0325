"""The timer's colours under a dark and a light desktop palette: every text it shows, the warning
amber and the overtime red included, contrasts with its background by WCAG's 4.5 or more, in
every state of the countdown; and the colours follow a change of the desktop's theme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from roundtable.domain.clock import SetClock
from roundtable.gui.common.palette_colours import TEXT_CONTRAST, contrast, readable
from roundtable.gui.log.timer_window import AMBER, BACKGROUND, RED, TimerWindow, open_timer
from roundtable.services.demo import load_demo

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
Role = QPalette.ColorRole
DARK_WINDOW = QColor("#353535")


def dark_palette() -> QPalette:
    """A desktop's dark theme, as Fusion's dark recipes make it: its link blue and placeholder
    grey, like the plain red, are too faint on its grey to read as they are."""
    palette = QPalette()
    for role, colour in {
        Role.Window: DARK_WINDOW, Role.WindowText: QColor("#eeeeee"),
        Role.Base: QColor("#252525"), Role.AlternateBase: QColor("#303030"),
        Role.Text: QColor("#eeeeee"), Role.Button: QColor("#353535"),
        Role.ButtonText: QColor("#eeeeee"), Role.Highlight: QColor("#2a82da"),
        Role.HighlightedText: QColor("black"), Role.PlaceholderText: QColor("#7f7f7f"),
        Role.Link: QColor("#2a82da"), Role.ToolTipBase: QColor("#252525"),
        Role.ToolTipText: QColor("#eeeeee"),
    }.items():  # fmt: skip
        palette.setColor(role, colour)
    return palette


def light_palette() -> QPalette:
    palette = QPalette(QColor("#efefef"))  # derived from a light button colour
    palette.setColor(Role.Window, QColor("white"))
    palette.setColor(Role.WindowText, QColor("black"))
    return palette


@pytest.fixture
def app_palette(qapp) -> Iterator:
    """Sets the application's palette for the test, and puts the one it had back after."""
    before = QPalette(QApplication.palette())
    yield QApplication.setPalette
    QApplication.setPalette(before)


def open_on_dc(qtbot, store, settings) -> tuple[TimerWindow, SetClock]:
    clock = SetClock(datetime(2018, 2, 26, 15, 33, tzinfo=UTC))
    store.clock = clock
    load_demo(store)
    window = open_timer(None, store, settings, store.resolve_event(DC))
    assert window is not None
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return window, clock


def shown(window: TimerWindow) -> dict[str, QColor]:
    """Every colour text is drawn in, by what it is."""
    colours = {
        "countdown": window.countdown.colour(),
        "item": window.item_text.colour(),
        "speaker": window.speaker_text.colour(),
        "status": window.status_text.colour(),
        "next": window.next_text.colour(),
    }
    for number, label in enumerate(window.dim_labels):
        colours[f"label {number} ({label.text()[:12]})"] = label.palette().color(Role.WindowText)
    return colours


def check_readable(window: TimerWindow) -> None:
    background = window.palette().color(Role.Window)
    for name, colour in shown(window).items():
        ratio = contrast(colour, background)
        assert ratio >= TEXT_CONTRAST, f"{name} {colour.name()} on {background.name()}: {ratio:.2f}"
    palette = window.palette()
    assert contrast(palette.color(Role.ButtonText), palette.color(Role.Button)) >= 4.5


def run_through_the_states(qtbot, window: TimerWindow, clock: SetClock) -> set[str]:
    """Ready, running, warning, overtime and paused, each checked; the countdown's colours."""
    seen = {window.countdown.colour().name()}
    check_readable(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for minutes, state in ((3, "normal"), (5.5, "warning"), (3, "overtime")):
        clock.advance(minutes)
        window.refresh()
        assert window.display_state() == state
        assert window.countdown.colour() == window.colours.for_state(state)
        seen.add(window.countdown.colour().name())
        check_readable(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.status_text.colour() == window.colours.paused
    check_readable(window)
    return seen


def test_amber_and_red_on_light_and_dark_backgrounds():
    assert readable(AMBER, BACKGROUND) == AMBER  # bright enough on the stage as it is
    assert readable(RED, BACKGROUND) == RED
    for background in (QColor("white"), QColor("#efefef"), DARK_WINDOW, BACKGROUND):
        for colour in (AMBER, RED):
            made = readable(colour, background)
            assert contrast(made, background) >= TEXT_CONTRAST
            assert made.hue() == pytest.approx(colour.hue(), abs=4)  # still amber, still red
    on_white = readable(AMBER, QColor("white"))
    assert on_white.lightness() < AMBER.lightness()  # darkened on light, lightened on dark
    assert readable(RED, DARK_WINDOW).lightness() > RED.lightness()


def test_a_dark_desktop_palette_is_kept_and_every_text_is_readable(
    qtbot, store, settings, app_palette
):
    app_palette(dark_palette())
    window, clock = open_on_dc(qtbot, store, settings)
    background = window.palette().color(Role.Window)
    assert background == DARK_WINDOW  # the desktop's own dark theme
    assert contrast(RED, background) < TEXT_CONTRAST  # as it was: too faint here
    countdown_colours = run_through_the_states(qtbot, window, clock)
    assert len(countdown_colours) == 3  # normal, amber and red stay three colours


def test_a_light_desktop_palette_gets_the_dark_stage(qtbot, store, settings, app_palette):
    app_palette(light_palette())
    window, clock = open_on_dc(qtbot, store, settings)
    assert window.palette().color(Role.Window) == BACKGROUND
    assert window.colours.warning == AMBER and window.colours.overtime == RED
    assert len(run_through_the_states(qtbot, window, clock)) == 3


def test_the_colours_follow_a_change_of_theme(qtbot, store, settings, app_palette):
    app_palette(light_palette())
    window, _clock = open_on_dc(qtbot, store, settings)
    assert window.palette().color(Role.Window) == BACKGROUND
    app_palette(dark_palette())
    qtbot.waitUntil(lambda: window.palette().color(Role.Window) == DARK_WINDOW)
    assert window.colours.background == DARK_WINDOW
    assert window.countdown.colour() == window.colours.normal
    check_readable(window)
