"""The moderator's live timer: a window to run a session by, readable across the room.

The current agenda item and speaker in very large type, a countdown of the speaker's (or the
item's) time that turns amber at two minutes and red at zero, then counts the overtime up with a
"+", and what comes next. It is driven from the keyboard, so the moderator never has to find a
button: Space starts, pauses and resumes; Right/Left move between speakers; Down/Up (or
PageDown/PageUp, what a presentation clicker sends) between items; + gives a minute more; F11
goes full screen on the chosen screen (a second monitor facing the panel), Esc comes back, and
Esc or Ctrl+W out of full screen closes the window. "Finish" asks first: it cannot be undone.

Everything that decides a number is ``services.session_timer``; this window asks it again four
times a second through a QTimer. The clock is the store's (``store.clock``), so a test sets a
fake one and calls ``refresh()`` instead of waiting. Each timing entry is written to the log the
moment it is produced, so closing the app (or a crash) loses at most the stretch still running,
and closing the window mid-item asks whether to record that one as ended now.

The window gets the store, the settings and the event in its constructor and announces what it
wrote through ``entries_written``; it knows nothing of the main window. One event has one timer:
``open_timer`` brings the open one forward rather than start a second, independent clock.

Its colours come from its palette (``stage_palette``: the desktop's own if it is dark, else the
stage's dark one) and every text colour, the warning amber and overtime red included, is made
readable on its background (``palette_colours.readable``, contrast 4.5 or more).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.messages import paragraphs
from roundtable.gui.common.palette_colours import is_dark, readable
from roundtable.gui.common.signals import emit
from roundtable.gui.help import context_help
from roundtable.gui.log.timer_display import FittedText
from roundtable.services.agenda_timing import format_clock
from roundtable.services.session_timer import (
    FINISHED,
    OVERTIME,
    PAUSED,
    READY,
    RUNNING,
    WARNING,
    SessionTimer,
    countdown_text,
    day_title,
    days_with_items,
    duration_text,
)
from roundtable.wording import QT_TR_NOOP, tr

TICK_MS = 250
SCREEN_KEY = "timer/screen"

BACKGROUND = QColor("#15171a")
FOREGROUND = QColor("#f2f2f2")
DIM = QColor("#9aa0a6")
PAUSED_COLOUR = QColor("#7fb3ff")
AMBER = QColor("#ffb300")
"""The countdown's warning colour (two minutes or less), made readable on the background."""
RED = QColor("#ff4d4d")
"""The countdown's overtime colour, made readable on the background."""

HELP = QT_TR_NOOP(
    "Space start / pause · ← → speaker · ↑ ↓ item · + one minute more · F11 full screen · "
    "Esc leave full screen, or close"
)
"""In English; shown through ``tr()``."""

Role = QPalette.ColorRole


def stage_palette(palette: QPalette) -> QPalette:
    """Light text on dark, controls included: a bright window would glare in a dim room, and
    white buttons under the clock would draw the eye away from it. A dark ``palette`` (the
    desktop's dark theme) is kept as it is; a light one gets the stage's dark colours."""
    palette = QPalette(palette)
    if is_dark(palette):
        return palette
    colours = {
        Role.Window: BACKGROUND,
        Role.WindowText: FOREGROUND,
        Role.Base: QColor("#202327"),
        Role.AlternateBase: QColor("#26292e"),
        Role.Text: FOREGROUND,
        Role.Button: QColor("#2b2f35"),
        Role.ButtonText: FOREGROUND,
        Role.Highlight: QColor("#3c78c8"),
        Role.HighlightedText: QColor("white"),
        Role.ToolTipBase: QColor("#2b2f35"),
        Role.ToolTipText: FOREGROUND,
        Role.PlaceholderText: DIM,
        Role.Link: PAUSED_COLOUR,
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#5c6167"))
    return palette


@dataclass(frozen=True)
class StageColours:
    """The colours the timer's texts are drawn in, from its palette, each readable on the
    window's background (``readable``): the countdown's three states, the quiet lines (the
    palette's placeholder colour) and the pause (its link colour)."""

    background: QColor
    normal: QColor
    warning: QColor
    overtime: QColor
    dim: QColor
    paused: QColor

    @classmethod
    def of(cls, palette: QPalette) -> StageColours:
        background = palette.color(Role.Window)

        def text(colour: QColor) -> QColor:
            return readable(colour, background)

        return cls(
            background=QColor(background),
            normal=text(palette.color(Role.WindowText)),
            warning=text(AMBER),
            overtime=text(RED),
            dim=text(palette.color(Role.PlaceholderText)),
            paused=text(palette.color(Role.Link)),
        )

    def for_state(self, state: str) -> QColor:
        """The countdown's colour in ``state`` ("normal", "warning" or "overtime")."""
        return {WARNING: self.warning, OVERTIME: self.overtime}.get(state, self.normal)


def screen_label(screen: QScreen) -> str:
    """ "HDMI-1 — 1920×1080", so two monitors of one make can be told apart."""
    size = screen.geometry().size()
    name = screen.name() or screen.model() or tr("Screen")
    return f"{name} — {size.width()}×{size.height()}"


class TimerWindow(QWidget):
    """The timer for one event (see the module docstring)."""

    entries_written = Signal(int)
    """The event's id, after timing entries were written to its log."""

    def __init__(
        self,
        store,
        settings: QSettings,
        event_record: EventRecord,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._store = store
        self._settings = settings
        self._event_record = event_record
        self._clock = clock or (lambda: store.clock())
        self._zone = _zone(event_record.timezone)
        self.unsaved: list[LogEntryRecord] = []  # entries the store refused, tried again later
        self._warned_unsaved = False
        self.session = SessionTimer(event_record, clock=self._clock)

        self.setWindowTitle(tr("Timer — {title}").format(title=event_record.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setPalette(stage_palette(self.palette()))
        self.colours = StageColours.of(self.palette())

        self._build()
        context_help.add_help_key(self, context_help.TIMER)
        self._apply_colours()
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh)
        self.tick.start()
        self.resize(1100, 720)
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.wall_clock = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.wall_clock)

        self.item_text = FittedText(bold=True, max_lines=3, max_pixel_size=96)
        self.speaker_text = FittedText(max_lines=1, max_pixel_size=110)
        self.countdown = FittedText(bold=True, max_lines=1, template="+00:00", max_pixel_size=600)
        self.status_text = FittedText(max_lines=1, max_pixel_size=44)
        self.next_text = FittedText(max_lines=1, max_pixel_size=40)
        self.item_text.setAccessibleDescription(tr("Current agenda item"))
        self.speaker_text.setAccessibleDescription(tr("Current speaker"))
        self.countdown.setAccessibleDescription(tr("Time left"))

        self.day_choice = QComboBox()
        for index in days_with_items(self._event_record):
            self.day_choice.addItem(day_title(self._event_record, index), index)
        self.day_choice.setToolTip(tr("The day to run; chosen before the start"))
        # Day titles can be a paragraph long: the combo must not widen the window for them.
        self.day_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.day_choice.setMinimumContentsLength(24)
        self.day_choice.currentIndexChanged.connect(self._day_chosen)
        self.screen_choice = QComboBox()
        self.screen_choice.setToolTip(tr("The screen the timer goes full screen on (F11)"))
        self._fill_screens()
        self.full_screen_button = QPushButton(tr("Full screen"))
        self.full_screen_button.setToolTip(tr("Full screen on the chosen screen (F11; Esc leaves)"))
        self.full_screen_button.clicked.connect(self.toggle_full_screen)

        day_label, screen_caption = QLabel(tr("Day")), QLabel(tr("Full screen on"))
        setup = QHBoxLayout()
        setup.addWidget(day_label)
        setup.addWidget(self.day_choice, 1)
        setup.addSpacing(16)
        setup.addWidget(screen_caption)
        setup.addWidget(self.screen_choice)
        setup.addWidget(self.full_screen_button)

        def button(text: str, tip: str, slot) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(slot)
            return made

        self.previous_item_button = button(
            tr("▲ Previous item"),
            tr("Previous item (Up, Page Up)"),
            lambda: self._do(self.session.previous_item),
        )
        self.previous_speaker_button = button(
            tr("◀ Previous speaker"),
            tr("Previous speaker (Left)"),
            lambda: self._do(self.session.previous_speaker),
        )
        self.start_button = button(
            tr("Start", "timer button"),
            tr("Start, pause, resume (Space)"),
            lambda: self._do(self.session.toggle),
        )
        self.next_speaker_button = button(
            tr("Next speaker ▶"),
            tr("Next speaker (Right)"),
            lambda: self._do(self.session.next_speaker),
        )
        self.next_item_button = button(
            tr("Next item ▼"),
            tr("Next item (Down, Page Down)"),
            lambda: self._do(self.session.next_item),
        )
        self.extend_button = button(
            tr("+1 min"), tr("One minute more for the speaker, or the item (+)"), self.extend
        )
        self.finish_button = button(
            tr("Finish"),
            tr("End the session, after asking: the running item is recorded"),
            self.finish,
        )
        self.close_button = button(
            tr("Close"), tr("Close the timer (Esc, Ctrl+W); a running item asks first"), self.close
        )
        self.start_button.setMinimumWidth(110)
        controls = QHBoxLayout()
        for widget in (
            self.previous_item_button,
            self.previous_speaker_button,
            self.start_button,
            self.next_speaker_button,
            self.next_item_button,
        ):
            controls.addWidget(widget)  # fmt: skip
        controls.addStretch(1)
        controls.addWidget(self.extend_button)
        controls.addWidget(self.finish_button)
        controls.addSpacing(16)
        controls.addWidget(self.close_button)
        self.help_text = QLabel(tr(HELP))
        self.help_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dim_labels = [self.heading, self.wall_clock, day_label, screen_caption, self.help_text]

        # Keys belong to the window: a focused button would take Space for itself.
        for control in (self.day_choice, self.screen_choice, self.full_screen_button,
                        self.previous_item_button, self.previous_speaker_button,
                        self.start_button, self.next_speaker_button, self.next_item_button,
                        self.extend_button, self.finish_button, self.close_button):  # fmt: skip
            control.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.item_text, 26)
        layout.addWidget(self.speaker_text, 16)
        layout.addWidget(self.countdown, 44)
        layout.addWidget(self.status_text, 7)
        layout.addWidget(self.next_text, 7)
        layout.addSpacing(8)
        layout.addLayout(setup)
        layout.addLayout(controls)
        layout.addWidget(self.help_text)

    def _fill_screens(self) -> None:
        """Every screen, the saved one (or else a screen other than this window's: the second
        monitor) chosen."""
        screens = QGuiApplication.screens()
        self.screen_choice.clear()
        for screen in screens:
            self.screen_choice.addItem(screen_label(screen), screen.name())
        saved = str(self._settings.value(SCREEN_KEY, "") or "")
        index = self.screen_choice.findData(saved) if saved else -1
        if index < 0 and len(screens) > 1:
            own = self.screen()
            index = next((i for i, s in enumerate(screens) if s is not own), 0)
        self.screen_choice.setCurrentIndex(max(index, 0))
        self.screen_choice.setEnabled(len(screens) > 1)

    def _apply_colours(self) -> None:
        """Colour the quiet texts from ``self.colours`` (the clock's own colour is set on every
        refresh, by its state)."""
        for label in self.dim_labels:
            palette = label.palette()
            palette.setColor(Role.WindowText, self.colours.dim)
            label.setPalette(palette)
        self.next_text.set_colour(self.colours.dim)
        self.item_text.set_colour(self.colours.normal)
        self.speaker_text.set_colour(self.colours.normal)

    def event(self, event: QEvent) -> bool:
        """The desktop's theme changed (light to dark, say): the colours follow it. (Qt hands
        this change to ``event`` alone, not to ``changeEvent``.)"""
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(stage_palette(QApplication.palette()))
            self.colours = StageColours.of(self.palette())
            self._apply_colours()
            self.refresh()
        return handled

    # -- what it shows ----------------------------------------------------------------------------

    @property
    def event_record(self) -> EventRecord:
        return self._event_record

    def runs(self, store, event_id: int) -> bool:
        """Whether this is the timer on ``event_id`` of ``store``."""
        return self._store is store and self._event_record.id == event_id

    def chosen_screen(self) -> QScreen | None:
        name = self.screen_choice.currentData()
        screens = QGuiApplication.screens()
        return next((s for s in screens if s.name() == name), screens[0] if screens else None)

    def refresh(self) -> None:
        """Read the session again (the QTimer calls this four times a second)."""
        session = self.session
        now = self._clock()
        day = day_title(self._event_record, session.day_index)
        self.heading.setText(f"{self._event_record.title} · {day}")
        local = now.astimezone(self._zone)
        self.wall_clock.setText(f"{local:%H:%M}")
        self.item_text.set_text(session.item.title)
        self.speaker_text.set_text(self._speaker_line())
        remaining = session.remaining()
        state = session.state()
        self.countdown.set_text(countdown_text(remaining))
        self.countdown.set_colour(self.colours.for_state(state))
        self.status_text.set_text(self._status_line())
        paused = session.phase == PAUSED
        self.status_text.set_colour(self.colours.paused if paused else self.colours.dim)
        self.next_text.set_text(self._next_line())
        self._update_buttons()

    def display_state(self) -> str:
        """ "normal", "warning" or "overtime": what the countdown's colour says."""
        return self.session.state()

    def _speaker_line(self) -> str:
        session = self.session
        if session.speaker is not None:
            return session.speaker_name()
        if session.item.speakers:
            return tr("Discussion")  # after the last speaker
        chair = session.chair_name()
        return tr("Chair: {name}").format(name=chair) if chair else ""

    def _status_line(self) -> str:
        session = self.session
        if session.phase == READY:
            return tr("Ready — press Space to start")
        if session.phase == FINISHED:
            return tr("The session is over — its timings are in the log")
        parts = []
        if session.phase == PAUSED:
            parts.append(tr("Paused — Space resumes"))
        more = session.extended_minutes()
        if session.speaker_index is not None:
            count, number = len(session.item.speakers), session.speaker_index + 1
            if more:
                parts.append(tr("Speaker {number} of %n, {minutes} min more", "", count).format(
                    number=number, minutes=more))  # fmt: skip
            else:
                parts.append(tr("Speaker {number} of %n", "", count).format(number=number))
            left = session.item_remaining()
            item_time = duration_text(session.item_allowance())
            if left.total_seconds() < 0:
                parts.append(tr("item {over} over its {allowance}").format(
                    over=countdown_text(left)[1:], allowance=item_time))  # fmt: skip
            else:
                parts.append(tr("item {left} left of {allowance}").format(
                    left=countdown_text(left), allowance=item_time))  # fmt: skip
        else:
            elapsed = duration_text(session.item_elapsed())
            allowance = duration_text(session.item_allowance())
            if more:
                parts.append(tr("{elapsed} of {allowance}, {minutes} min more").format(
                    elapsed=elapsed, allowance=allowance, minutes=more))  # fmt: skip
            else:
                parts.append(tr("{elapsed} of {allowance}").format(
                    elapsed=elapsed, allowance=allowance))  # fmt: skip
        return " · ".join(parts)

    def _next_line(self) -> str:
        session = self.session
        kind, name = session.up_next()
        if kind == "speaker":
            return tr("Next: {name}").format(name=name)
        if kind == "item":
            planned = session.planned_start(session.item_index + 1)
            if planned:
                return tr("Next item: {name} (planned {time})").format(
                    name=name, time=format_clock(planned, session.day.day_date)
                )
            return tr("Next item: {name}").format(name=name)
        return tr("Last item")

    def _update_buttons(self) -> None:
        session = self.session
        done = session.finished
        names = {READY: tr("Start", "timer button"), RUNNING: tr("Pause"), PAUSED: tr("Resume")}
        self.start_button.setText(names.get(session.phase, tr("Finished")))
        self.start_button.setEnabled(not done)
        self.previous_item_button.setEnabled(session.can_previous_item())
        self.next_item_button.setEnabled(session.can_next_item())
        self.previous_speaker_button.setEnabled(session.can_previous_speaker())
        self.next_speaker_button.setEnabled(session.can_next_speaker())
        self.extend_button.setEnabled(not done)
        self.finish_button.setEnabled(session.phase in (RUNNING, PAUSED))
        self.day_choice.setEnabled(session.phase == READY and self.day_choice.count() > 1)

    # -- doing ----------------------------------------------------------------------------------

    def _do(self, operation: Callable[[], list[LogEntryRecord]]) -> None:
        self.write(operation())
        self.refresh()

    def extend(self) -> None:
        self.session.extend()
        self.refresh()

    def finish(self) -> bool:
        """End the session, once the moderator confirms: the running item and turn are
        recorded as ended now, and the timer cannot be started again. Cancel changes nothing.
        Returns whether the session ended."""
        session = self.session
        if session.phase not in (RUNNING, PAUSED):
            return False
        if session.phase == RUNNING:
            question = tr(
                "End the session now?\n\n“{title}” is recorded as ended now; the timer cannot "
                "be started again."
            ).format(title=session.item.title)
        else:
            question = tr(
                "End the session now?\n\nEverything up to the pause is in the log already; the "
                "timer cannot be started again."
            )
        answer = QMessageBox.question(
            self,
            tr("Finish the session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._do(session.finish)
        return True

    def _day_chosen(self, _index: int) -> None:
        day_index = self.day_choice.currentData()
        if day_index is None or self.session.phase != READY:
            return
        if day_index != self.session.day_index:
            self.session = SessionTimer(self._event_record, day_index, clock=self._clock)
            self.refresh()

    def choose_day(self, day_index: int) -> bool:
        """Run day ``day_index`` (of ``event.days``) instead; only before the start."""
        position = self.day_choice.findData(day_index)
        if position < 0 or self.session.phase != READY:
            return False
        self.day_choice.setCurrentIndex(position)
        return self.session.day_index == day_index

    def write(self, records: list[LogEntryRecord]) -> None:
        """Write entries to the log now (and any the store refused before); a refusal is said
        once and the entries are kept, to be tried again with the next ones."""
        waiting = self.unsaved + list(records)
        if not waiting:
            return
        self.unsaved = []
        written = 0
        for number, record in enumerate(waiting):
            try:
                self._store.add_log_entry(self._event_record.id, record)
            except UserError as exc:
                self.unsaved = waiting[number:]
                if not self._warned_unsaved:
                    self._warned_unsaved = True
                    QMessageBox.warning(
                        self,
                        tr("Timings not recorded"),
                        paragraphs(exc)
                        + "\n\n"
                        + tr("The timer goes on and tries again with the next item or speaker."),
                    )
                break
            written += 1
        if written:
            emit(self.entries_written, self._event_record.id)

    # -- keys and screens -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        actions: dict[int, Callable[[], list[LogEntryRecord]]] = {  # Qt.Key is an IntEnum
            Qt.Key.Key_Space: self.session.toggle,
            Qt.Key.Key_Right: self.session.next_speaker,
            Qt.Key.Key_Left: self.session.previous_speaker,
            Qt.Key.Key_Down: self.session.next_item,
            Qt.Key.Key_PageDown: self.session.next_item,
            Qt.Key.Key_Up: self.session.previous_item,
            Qt.Key.Key_PageUp: self.session.previous_item,
        }
        if key in actions and not event.isAutoRepeat():
            self._do(actions[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.extend()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close):
            self.step_back()
        else:
            super().keyPressEvent(event)

    def step_back(self) -> None:
        """Esc and Ctrl+W: out of full screen first (the room should not see the desktop by
        one press too many), else close the window."""
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.close()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """Full screen on the chosen screen (remembered for the next session)."""
        screen = self.chosen_screen()
        if screen is not None:
            self._settings.setValue(SCREEN_KEY, screen.name())
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()
        self.full_screen_button.setText(tr("Leave full screen"))

    def leave_full_screen(self) -> None:
        self.showNormal()
        self.full_screen_button.setText(tr("Full screen"))

    # -- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Mid-item, ask whether the running item ends now (recorded) or is left unrecorded."""
        if self.session.phase == RUNNING:
            title = self.session.item.title
            answer = QMessageBox.question(
                self,
                tr("Close the timer"),
                tr(
                    "“{title}” is still running.\n\nRecord it as ended now? (No closes without "
                    "recording the time since the last change of item, speaker or pause.)"
                ).format(title=title),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Yes:
                self.write(self.session.finish())
        elif self.session.phase == PAUSED:
            self.session.finish()  # everything up to the pause is recorded already
        self.tick.stop()
        super().closeEvent(event)


def _zone(name: str):
    try:
        return ZoneInfo(name)
    except Exception:  # an unknown zone: UTC rather than no clock at all
        return ZoneInfo("UTC")


def open_timer_on(store, event_id: int) -> TimerWindow | None:
    """The timer window open (shown) on ``event_id`` of ``store``, if there is one."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, TimerWindow) and widget.isVisible() and widget.runs(store, event_id):
            return widget
    return None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` in front with the keyboard, out of the task bar if it was minimised."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    window.setFocus()


def open_timer(
    parent: QWidget | None, store, settings: QSettings, event_id: int
) -> TimerWindow | None:
    """Open the timer on ``event_id`` and show it; None (after saying why) when the event has
    no agenda to run. If a timer is open on the event already, that one comes to the front: a
    second, independent clock would record every item twice."""
    existing = open_timer_on(store, event_id)
    if existing is not None:
        bring_forward(existing)
        return existing
    try:
        event_record = store.get_event(event_id)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Run the session"), paragraphs(exc))
        return None
    if not days_with_items(event_record):
        QMessageBox.information(
            parent,
            tr("Run the session"),
            tr(
                "“{title}” has no agenda to run.\n\nAdd its items in the Agenda tab first; the "
                "timer takes them one by one."
            ).format(title=event_record.title),
        )
        return None
    window = TimerWindow(store, settings, event_record, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    bring_forward(window)
    return window
