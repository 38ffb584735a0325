"""The dialog for creating and editing an event, one tab per kind of information.

It works on a copy of the record and returns a new one; saving is left to an undo command, so
the dialog validates everything the store would refuse before it closes. Participants pass
through unchanged. A new event comes with one programme day per date, its slot the event's
times, so the Agenda tab is ready to fill; an existing event's days are edited on that tab and
only move along here when the event's start date moves (the store refuses more from here).

Dates and times are typed into plain line edits read by a forgiving parser rather than into
QDateEdit/QTimeEdit: their per-section typing turned "Wed 14 Apr 2027" into 14 Dec and ignored
"14" typed into the minutes of "09:00". A field selects all of its text when clicked into, so
what is typed replaces it, and what it understood is shown beside it (the weekday) at once.
"""

from __future__ import annotations

import copy
import re
from datetime import date, time, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRegularExpression,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from roundtable.domain.enums import EventKind, EventStatus
from roundtable.domain.records import DayRecord, EventRecord, SeriesRecord, VenueRecord
from roundtable.domain.slugs import slugify
from roundtable.domain.validation import validate_event
from roundtable.errors import UserError
from roundtable.gui.event_attachments_page import AttachmentsPage
from roundtable.gui.event_organisations_page import OrganisationsPage, duplicate_roles
from roundtable.gui.palette_colours import css, current_palette, readable
from roundtable.gui.signals import emit
from roundtable.gui.timezones import TimeZoneCombo, system_zone

TAB_EVENT, TAB_WHEN_WHERE, TAB_ORGANISATIONS, TAB_TEXTS, TAB_ATTACHMENTS = range(5)

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_NEW_DAYS = 31
"""A new event longer than this gets no programme days made for it: more is likelier a typo
in a year than a real programme, and hundreds of empty days would be a chore to remove."""

MUTED = "color: palette(placeholder-text);"
PROBLEM_RED = "#b3261e"  # the app's colour for what needs fixing (as the plan dialog's)
TIME_STEP = 15  # minutes added or taken by Up and Down in a time field


def new_event_record(series: SeriesRecord | None = None, round_number: int | None = None):
    """A blank event for today in this computer's time zone, optionally the next round."""
    today = date.today()
    return EventRecord(
        title="",
        start_date=today,
        end_date=today,
        timezone=system_zone(),
        series=series,
        round_number=round_number,
    )


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> time | None:
    return time(value.hour(), value.minute()) if value.isValid() else None


def _qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else QTime()


def problem_style() -> str:
    """The style of a line saying what needs fixing: the app's red, made readable on this
    palette's window colour (a dark theme gets a lighter red)."""
    window = current_palette().color(QPalette.ColorRole.Window)
    return f"color: {css(readable(PROBLEM_RED, window))};"


def _sentence(message: str) -> str:
    text = message.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


# -- reading typed dates and times ----------------------------------------------------------------


def date_text(value: date) -> str:
    """ "14 Apr 2027": how a date field shows a date, and a form it reads back. The weekday is
    shown beside the field rather than in it, so there is nothing in the text to contradict."""
    return f"{value.day} {MONTH_NAMES[value.month - 1][:3]} {value.year}"


def _words(english: tuple[str, ...], local: list[str]) -> dict[str, int]:
    """Words for months or weekdays, numbered from 1: English in full and in three letters,
    then the system language's (``local``, in the same order, repeated per form), so a date
    copied from a local invitation reads too."""
    words: dict[str, int] = {}
    for number, name in enumerate(english, start=1):
        words[name.casefold()] = number
        words[name[:3].casefold()] = number
    for index, name in enumerate(local):
        key = name.casefold().strip(".")
        if key and not key.isdigit():
            words.setdefault(key, index % len(english) + 1)
    return words


def _month_words() -> dict[str, int]:
    locale, forms = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    local = [locale.monthName(m, f) for f in forms for m in range(1, 13)]
    local += [locale.standaloneMonthName(m, f) for f in forms for m in range(1, 13)]
    return {**_words(MONTH_NAMES, local), "sept": 9}


def _weekday_words() -> dict[str, int]:
    locale, forms = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    local = [locale.dayName(d, f) for f in forms for d in range(1, 8)]  # Qt's 1 is Monday too
    return {**_words(WEEKDAY_NAMES, local), "tues": 2, "thur": 4, "thurs": 4}


def day_first() -> bool:
    """Whether this computer writes the day before the month ("14/4" rather than "4/14"), for
    numeric dates that could be read either way."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return not 0 <= form.find("M") < form.find("d")


_FILLERS = {"st", "nd", "rd", "th", "of"}  # "the 14th of April"


def _tokens(text: str) -> list[str]:
    return re.findall(r"\d+|[^\W\d_]+", text.casefold())


def _day(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1000 <= year <= 9999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(digits: str | None, reference: date) -> int | None:
    if digits is None:
        return reference.year
    if len(digits) <= 2:
        return 2000 + int(digits)
    return int(digits) if len(digits) == 4 else None


def parse_date(text: str, reference: date, day_first: bool = True) -> date | None:
    """The date ``text`` means, as people type one; None if it is not one.

    Reads "14 Apr 2027", "Wed 14 April 2027", "April 14, 2027", "14th of April", "14/4/2027",
    "14.04.27", "2027-04-14" and "20270414". A weekday is allowed and ignored (the field shows
    the real one beside the date); a missing year is ``reference``'s, and a lone day number is
    that day of ``reference``'s month. Numbers alone are day first when ``day_first`` (see
    :func:`day_first`), unless only the other order makes a date.
    """
    months, weekdays = _month_words(), _weekday_words()
    month: int | None = None
    numbers: list[str] = []
    for token in _tokens(text):
        if token.isdigit():
            numbers.append(token)
        elif token in _FILLERS or token in weekdays:
            continue
        elif token in months and month is None:
            month = months[token]
        else:
            return None
    if month is not None:
        if len(numbers) == 1:
            return _day(reference.year, month, int(numbers[0]))
        if len(numbers) != 2:
            return None
        first, second = numbers
        if len(first) > 2 >= len(second):  # "2027 Apr 14"
            first, second = second, first
        return _day(_year(second, reference), month, int(first))
    if len(numbers) == 1:
        digits = numbers[0]
        if len(digits) == 8:
            return _day(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _day(reference.year, reference.month, int(digits)) if len(digits) <= 2 else None
    if len(numbers) == 3 and len(numbers[0]) == 4:
        return _day(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    if len(numbers) not in (2, 3):
        return None
    year = _year(numbers[2] if len(numbers) == 3 else None, reference)
    a, b = int(numbers[0]), int(numbers[1])
    orders = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]
    for day, month_number in orders:
        found = _day(year, month_number, day)
        if found is not None:
            return found
    return None


def weekday_typed(text: str) -> int | None:
    """The weekday named in ``text`` (1 = Monday), if any: to point out one that does not
    match the date, as the date and the weekday cannot both be right."""
    weekdays = _weekday_words()
    return next((weekdays[t] for t in _tokens(text) if t in weekdays), None)


_MERIDIEM = re.compile(r"\s*([ap])\.?\s*(?:m\.?)?\s*$")
_CLOCK = re.compile(r"(\d{1,2})(?:\s*[:.h]\s*(\d{2})?|\s+(\d{2})|(\d{2}))?")


def parse_time(text: str) -> time | None:
    """The time of day ``text`` means; None if it is not one (or is empty).

    Reads "14:30", "14.30", "14h30", "14 30", "1430", "930", "14" (14:00) and "2:30 pm";
    hours beyond 23 and minutes beyond 59 are not times.
    """
    rest = text.strip().casefold()
    half = _MERIDIEM.search(rest)
    if half is not None and half.start() > 0:
        rest = rest[: half.start()].strip()
    found = _CLOCK.fullmatch(rest)
    if found is None:
        return None
    hours = int(found.group(1))
    minutes = int(found.group(2) or found.group(3) or found.group(4) or 0)
    if half is not None and half.start() > 0:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half.group(1) == "p" else 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def programme_days(
    start: date, end: date, start_time: time | None, end_time: time | None
) -> list[DayRecord]:
    """The days a new event starts with: one per date from ``start`` to ``end``.

    With both times, and the end after the start, every day's slot runs from the start time to
    the end time (the hours of a multi-day meeting). Otherwise the first day's slot starts at
    the start time and the last day's ends at the end time, as far as they are given. None for
    an event that ends before it starts or lasts more than ``MAX_NEW_DAYS``.
    """
    count = (end - start).days + 1
    if not 1 <= count <= MAX_NEW_DAYS:
        return []
    daily = start_time is not None and end_time is not None and end_time > start_time
    days = []
    for index in range(count):
        first, last = index == 0, index == count - 1
        days.append(
            DayRecord(
                day_date=start + timedelta(days=index),
                slot_start=start_time if daily or first else None,
                slot_end=end_time if daily or last else None,
            )
        )
    return days


def days_hint(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    """What :func:`programme_days` will make, in a sentence under the dates of a new event."""
    days = programme_days(start, end, start_time, end_time)
    if not days:
        if (end - start).days + 1 > MAX_NEW_DAYS:
            return (
                f"No programme days are made for an event of more than {MAX_NEW_DAYS} days; "
                "add them on its Agenda tab."
            )
        return ""
    first, last = days[0], days[-1]
    if len(days) == 1:
        counted = "one programme day"
    else:
        counted = f"{len(days)} programme days, one for each date"
    if first.slot_start is not None and first.slot_end is not None:
        each = " each" if len(days) > 1 else ""
        times = f", {first.slot_start:%H:%M}–{first.slot_end:%H:%M}{each}"
    elif first.slot_start is not None and last.slot_end is not None:
        times = f", from {first.slot_start:%H:%M} on the first to {last.slot_end:%H:%M} on the last"
    elif first.slot_start is not None:
        times = f", {'the first ' if len(days) > 1 else ''}from {first.slot_start:%H:%M}"
    else:
        times = ""
    return f"The new event gets {counted}{times}, ready for its agenda."


# -- date and time fields -------------------------------------------------------------------------


class RetypedLineEdit(QLineEdit):
    """Selects all of its text at the first click after it gets the focus, as a line edit does
    when tabbed into: a date or a time is retyped whole far more often than edited a character
    at a time, and typing into the middle of "09:00" was what made "14" come out wrong. Later
    clicks, or a click after typing, place the cursor as usual; a drag selects as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fresh = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fresh = False
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._fresh and not self.hasSelectedText():
            self.selectAll()
        self._fresh = False


class DateField(QWidget):
    """A date, typed as people write one (see :func:`parse_date`) or picked from a calendar
    (the button, or Alt+Down), with its weekday beside it; Up and Down move it a day.

    Like QDateEdit it has ``date()`` and ``setDate()``, and ``date_changed``; the signal is sent
    when a typed date is finished (Return, or leaving the field), not at every key, so nothing
    follows a half-typed date. ``date()`` reads what is typed so far when it is a date, else
    the last good one; ``problem()`` says what is wrong with the text.
    """

    date_changed = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = date.today()
        self._wrong_weekday: int | None = None
        # Children made with their parent, so the focus chain runs field, then next field:
        # reparented later, they would come after it and Tab would stick in the field.
        self.edit = RetypedLineEdit(self)
        self.edit.setPlaceholderText("e.g. 14 Apr 2027")
        self.edit.setToolTip(
            "Type a date such as 14 Apr 2027, 14 April, 14/4/2027 or 2027-04-14; Up and Down "
            "move it by a day, Alt+Down opens a calendar"
        )
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Wed 30 Sep 2027_"))
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)

        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar_menu = QMenu(self)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip("Pick the date from a calendar (Alt+Down)")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)

        self.weekday_label = QLabel(self)
        self.weekday_label.setMinimumWidth(
            self.weekday_label.fontMetrics().horizontalAdvance("Wednesday, not Wednesday")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addSpacing(8)
        layout.addWidget(self.weekday_label)
        self.setFocusProxy(self.edit)
        self.edit.setText(date_text(self._value))
        self._show_weekday(finished=True)

    # -- value --------------------------------------------------------------------------------

    def date(self) -> QDate:
        typed = self._typed()
        return _qdate(typed if typed is not None else self._value)

    def setDate(self, value: QDate) -> None:
        if value.isValid():
            self._wrong_weekday = None
            self._set(_pydate(value))

    def problem(self) -> str:
        """Why the text is not a date, as a sentence; "" when it is one."""
        if self._typed() is not None:
            return ""
        text = self.edit.text().strip()
        if not text:
            return "is empty: type a date such as 14 Apr 2027"
        return f"“{text}” is not a date: type it like 14 Apr 2027"

    def commit(self) -> None:
        """Take what is typed, if it is a date, and show it in the field's own form; a weekday
        typed with it that does not match stays pointed out until the date is changed."""
        typed = self._typed()
        if typed is not None:
            named = weekday_typed(self.edit.text())
            self._wrong_weekday = named if named not in (None, typed.isoweekday()) else None
            self._set(typed)
        self._show_weekday(finished=True)

    def _typed(self) -> date | None:
        return parse_date(self.edit.text(), self._value, day_first())

    def _set(self, value: date) -> None:
        changed = value != self._value
        self._value = value
        if self.edit.text() != date_text(value):
            self.edit.setText(date_text(value))
        self._show_weekday(finished=True)
        if changed:
            emit(self.date_changed, _qdate(value))

    def _edited(self) -> None:
        self._wrong_weekday = None
        self._show_weekday(finished=False)

    def _show_weekday(self, finished: bool) -> None:
        """The weekday of the date typed, as it is typed; "not a date" once typing is over."""
        typed = self._typed()
        if typed is None:
            self.weekday_label.setText("not a date" if finished else "")
            self.weekday_label.setStyleSheet(problem_style())
            return
        weekday = WEEKDAY_NAMES[typed.weekday()]
        named = weekday_typed(self.edit.text()) or self._wrong_weekday
        if named is not None and named != typed.isoweekday():
            self.weekday_label.setText(f"{weekday}, not {WEEKDAY_NAMES[named - 1]}")
            self.weekday_label.setStyleSheet(problem_style())
        else:
            self.weekday_label.setText(weekday)
            self.weekday_label.setStyleSheet(MUTED)

    # -- calendar and keys --------------------------------------------------------------------

    def show_calendar(self) -> None:
        self.commit()
        self.calendar.setSelectedDate(_qdate(self._value))
        self.calendar_menu.popup(self.edit.mapToGlobal(QPoint(0, self.edit.height())))

    def _picked(self, value: QDate) -> None:
        self.calendar_menu.hide()
        self.setDate(value)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
                self.show_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.commit()
                step = 1 if key == Qt.Key.Key_Up else -1
                self._set(self._value + timedelta(days=step))
                self.edit.selectAll()
                return True
        return super().eventFilter(watched, event)


class TimeField(RetypedLineEdit):
    """A time of day typed as people write one (see :func:`parse_time`), or nothing: an empty
    field is "no time". Up and Down move it by a quarter of an hour.

    Like QTimeEdit it has ``time()``, ``setTime()`` and ``time_changed``, with a null QTime for
    "no time"; the signal is sent when the typing is finished, and the text then takes the
    field's own form ("1430" becomes "14:30").
    """

    time_changed = Signal(QTime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: time | None = None
        self.setPlaceholderText("hh:mm")
        self.setToolTip(
            "Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; "
            f"Up and Down change it by {TIME_STEP} minutes"
        )
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 pm__") + 16)
        self.editingFinished.connect(self.commit)

    def time(self) -> QTime:
        if not self.text().strip():
            return QTime()
        typed = parse_time(self.text())
        return _qtime(typed if typed is not None else self._value)

    def setTime(self, value: QTime) -> None:
        self._set(_pytime(value))

    def problem(self) -> str:
        text = self.text().strip()
        if not text or parse_time(text) is not None:
            return ""
        return f"“{text}” is not a time: type it like 14:30, or leave it empty"

    def commit(self) -> None:
        text = self.text().strip()
        if not text:
            self._set(None)
            return
        typed = parse_time(text)
        if typed is not None:
            self._set(typed)

    def _set(self, value: time | None) -> None:
        changed = value != self._value
        self._value = value
        shown = f"{value:%H:%M}" if value is not None else ""
        if self.text() != shown:
            self.setText(shown)
        if changed:
            emit(self.time_changed, _qtime(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.commit()
            step = TIME_STEP if event.key() == Qt.Key.Key_Up else -TIME_STEP
            start = self._value or time(9, 0)
            minutes = (start.hour * 60 + start.minute + step) % (24 * 60)
            self._set(time(minutes // 60, minutes % 60))
            self.selectAll()
            return
        super().keyPressEvent(event)


class EventEditorDialog(QDialog):
    def __init__(self, parent: QWidget | None, store, record: EventRecord | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._original = copy.deepcopy(record) if record is not None else new_event_record()
        self._series = store.list_series()
        is_new = self._original.id is None
        self.setWindowTitle("New event" if is_new else f"Edit event — {self._original.title}")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._event_page(), "&Event")
        self.tabs.addTab(self._when_where_page(), "&Date && venue")
        self.organisations_page = OrganisationsPage(
            store.list_organisations(), self._original.organisations, self._original.delegations
        )
        self.tabs.addTab(self.organisations_page, "&Organisations")
        self.tabs.addTab(self._texts_page(), "Te&xts")
        self.attachments_page = AttachmentsPage(store, self._original.attachments)
        self.tabs.addTab(self.attachments_page, "Attach&ments")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            "Create event" if is_new else "Save changes"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(780, 620)
        self._load(self._original)
        self.title_edit.setFocus()

    # -- pages ------------------------------------------------------------------------------

    def _event_page(self) -> QWidget:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Required, e.g. Trilateral Dialogue on Northeast Asia")
        self.subtitle_edit = QLineEdit()
        self.short_title_edit = QLineEdit()
        self.short_title_edit.setPlaceholderText("For badges and tight spaces")
        self.programme_edit = QLineEdit()
        self.programme_edit.setPlaceholderText("e.g. DC Policy Forum")
        programmes = sorted({e.programme for e in self._store.list_events() if e.programme})
        if programmes:
            completer = QCompleter(programmes, self.programme_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.programme_edit.setCompleter(completer)

        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(kind.label, kind)
        self.status_combo = QComboBox()
        for status in EventStatus:
            self.status_combo.addItem(status.label, status)

        self.series_combo = QComboBox()
        self.series_combo.setEditable(True)
        self.series_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series_combo.addItem("")
        for series in self._series:
            self.series_combo.addItem(series.name, series)
        self.series_combo.lineEdit().setPlaceholderText("None — pick one or type a new name")
        self.series_combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.series_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.series_combo.editTextChanged.connect(self._series_changed)
        self.round_spin = QSpinBox()
        self.round_spin.setRange(0, 999)
        self.round_spin.setSpecialValueText("—")
        self.round_spin.setMinimumWidth(70)
        self.series_hint = QLabel()
        self.series_hint.setStyleSheet("color: palette(placeholder-text);")
        series_row = QHBoxLayout()
        series_row.addWidget(self.series_combo, 1)
        round_label = QLabel("&Round:")
        round_label.setBuddy(self.round_spin)
        series_row.addWidget(round_label)
        series_row.addWidget(self.round_spin)

        self.slug_edit = QLineEdit()
        self.slug_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[a-z0-9-]{0,88}"), self.slug_edit)
        )
        self.title_edit.textChanged.connect(self._update_slug_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title:", self.title_edit)
        form.addRow("S&ubtitle:", self.subtitle_edit)
        form.addRow("Short tit&le:", self.short_title_edit)
        form.addRow("&Programme / forum:", self.programme_edit)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow("&Status:", self.status_combo)
        form.addRow(self._buddy("Se&ries:", self.series_combo), series_row)
        form.addRow("", self.series_hint)
        form.addRow("S&hort name:", self.slug_edit)
        slug_hint = QLabel(
            "How the command line refers to this event. Leave it empty to have one made "
            "from the title."
        )
        slug_hint.setWordWrap(True)
        slug_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", slug_hint)
        page = QWidget()
        page.setLayout(form)
        return page

    def _when_where_page(self) -> QWidget:
        self.start_date_edit = DateField()
        self.end_date_edit = DateField()
        self.start_date_edit.date_changed.connect(self._start_date_changed)
        self.start_date_edit.date_changed.connect(self._update_slug_hint)
        self._last_start = self.start_date_edit.date()
        self.start_time_edit = TimeField()
        self.end_time_edit = TimeField()
        self.start_time_edit.setAccessibleName("Start time")
        self.end_time_edit.setAccessibleName("End time")
        for field in (self.start_date_edit, self.end_date_edit):
            field.date_changed.connect(self._update_when_hint)
            field.edit.editingFinished.connect(self._update_when_hint)
        for field in (self.start_time_edit, self.end_time_edit):
            field.time_changed.connect(self._update_when_hint)
            field.editingFinished.connect(self._update_when_hint)
        self.when_hint = QLabel()
        self.when_hint.setWordWrap(True)
        self.when_hint.setObjectName("when_hint")

        self.timezone_combo = TimeZoneCombo()
        self.timezone_combo.setMinimumWidth(260)

        when = QFormLayout()
        when.addRow(
            self._buddy("&Starts:", self.start_date_edit),
            self._date_row(self.start_date_edit, "&at", self.start_time_edit),
        )
        when.addRow(
            self._buddy("&Ends:", self.end_date_edit),
            self._date_row(self.end_date_edit, "at", self.end_time_edit),
        )
        when.addRow("Time &zone:", self.timezone_combo)
        when.addRow("", self.when_hint)
        when_box = QGroupBox("When")
        when_box.setLayout(when)

        self.venue_edits: dict[str, QLineEdit] = {}
        venue = QFormLayout()
        venue.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, placeholder in (
            ("name", "&Venue:", "e.g. Hotel Baltschug Kempinski"),
            ("room", "R&oom:", "e.g. Conference room B"),
            ("street", "Stree&t:", ""),
            ("city", "&City:", ""),
            ("region", "Re&gion:", "State, province or prefecture"),
            ("postcode", "Post&code:", ""),
            ("country", "Cou&ntry:", ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            self.venue_edits[name] = edit
            venue.addRow(label, edit)
        venue_box = QGroupBox("Venue")
        venue_box.setLayout(venue)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(when_box)
        layout.addWidget(venue_box)
        layout.addStretch(1)
        return page

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @classmethod
    def _date_row(cls, date_field: DateField, at: str, time_field: TimeField) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(date_field)
        row.addSpacing(12)
        row.addWidget(cls._buddy(at, time_field))
        row.addWidget(time_field)
        row.addStretch(1)
        return row

    def _texts_page(self) -> QWidget:
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText("What the event is about, as for an invitation")
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText("What happened, for the event log")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Internal notes")
        page = QWidget()
        layout = QVBoxLayout(page)
        for label_text, edit, stretch in (
            ("Descri&ption:", self.description_edit, 3),
            ("S&ummary:", self.summary_edit, 2),
            ("Note&s:", self.notes_edit, 1),
        ):
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setTabChangesFocus(True)
            layout.addWidget(label)
            layout.addWidget(edit, stretch)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _start_date_changed(self, new_start: QDate) -> None:
        """Move the end date along, so the event keeps its length."""
        shift = self._last_start.daysTo(new_start)
        self._last_start = new_start
        if shift:
            self.end_date_edit.setDate(self.end_date_edit.date().addDays(shift))

    def _series_changed(self, text: str) -> None:
        name = text.strip()
        self.round_spin.setEnabled(bool(name))
        if name and self._series_named(name) is None:
            self.series_hint.setText(f"A new series “{name}” will be created.")
            self.series_hint.show()
        else:
            self.series_hint.clear()
            self.series_hint.hide()

    def _series_named(self, name: str) -> SeriesRecord | None:
        key = name.strip().casefold()
        for series in self._series:
            if series.name.strip().casefold() == key:
                return series
        return None

    def _fields(self) -> list[tuple[str, DateField | TimeField]]:
        return [
            ("start date", self.start_date_edit),
            ("end date", self.end_date_edit),
            ("start time", self.start_time_edit),
            ("end time", self.end_time_edit),
        ]

    def _field_problem(self) -> tuple[str, QWidget | None]:
        """The first date or time field whose text is not a date or time, in a sentence."""
        for name, field in self._fields():
            problem = field.problem()
            if problem:
                return _sentence(f"The {name} {problem}"), field
        return "", None

    def _update_when_hint(self) -> None:
        """Under the dates: what is wrong with them, else what days a new event will get."""
        problem, _field = self._field_problem()
        if problem:
            self.when_hint.setText(problem)
            self.when_hint.setStyleSheet(problem_style())
            return
        self.when_hint.setStyleSheet(MUTED)
        if self._original.id is not None:
            self.when_hint.setText(
                "Programme days move with the start date; add or remove them on the "
                "event's Agenda tab."
            )
            return
        if self._original.days:
            self.when_hint.setText("")
            return
        self.when_hint.setText(
            days_hint(
                _pydate(self.start_date_edit.date()),
                _pydate(self.end_date_edit.date()),
                _pytime(self.start_time_edit.time()),
                _pytime(self.end_time_edit.time()),
            )
        )

    def _update_slug_hint(self) -> None:
        title = self.title_edit.text().strip()
        year = self.start_date_edit.date().year()
        self.slug_edit.setPlaceholderText(
            f"Automatic: {slugify(f'{title} {year}')}" if title else "Made from the title"
        )

    # -- record in and out ------------------------------------------------------------------

    def _load(self, record: EventRecord) -> None:
        self.title_edit.setText(record.title)
        self.subtitle_edit.setText(record.subtitle)
        self.short_title_edit.setText(record.short_title)
        self.programme_edit.setText(record.programme)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
        self.series_combo.setEditText(record.series.name if record.series else "")
        self._series_changed(self.series_combo.currentText())
        self.round_spin.setValue(record.round_number or 0)
        self.slug_edit.setText(record.slug)

        self.start_date_edit.setDate(_qdate(record.start_date))
        self._last_start = self.start_date_edit.date()
        self.end_date_edit.setDate(_qdate(record.end_date))
        self.start_time_edit.setTime(_qtime(record.start_time))
        self.end_time_edit.setTime(_qtime(record.end_time))
        self.timezone_combo.set_zone(record.timezone)
        for name, edit in self.venue_edits.items():
            edit.setText(getattr(record.venue, name))

        self.description_edit.setPlainText(record.description)
        self.summary_edit.setPlainText(record.summary)
        self.notes_edit.setPlainText(record.notes)
        self._update_slug_hint()
        self._update_when_hint()

    def _series_record(self) -> SeriesRecord | None:
        name = self.series_combo.currentText().strip()
        if not name:
            return None
        existing = self._series_named(name)
        return copy.deepcopy(existing) if existing else SeriesRecord(name=name)

    def record(self) -> EventRecord:
        """The event as the dialog shows it now; ids of the original are kept. A new event
        without days gets one per date (see :func:`programme_days`)."""
        original = self._original
        series = self._series_record()
        start, end = _pydate(self.start_date_edit.date()), _pydate(self.end_date_edit.date())
        start_time = _pytime(self.start_time_edit.time())
        end_time = _pytime(self.end_time_edit.time())
        if original.id is None and not original.days:
            days = programme_days(start, end, start_time, end_time)
        else:
            days = self._moved_days(start)
        return EventRecord(
            id=original.id,
            uid=original.uid,
            revision=original.revision,
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            short_title=self.short_title_edit.text().strip(),
            programme=self.programme_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            series=series,
            round_number=(self.round_spin.value() or None) if series else None,
            slug=self.slug_edit.text().strip(),
            start_date=start,
            end_date=end,
            start_time=start_time,
            end_time=end_time,
            timezone=self.timezone_combo.zone(),
            venue=VenueRecord(**{k: e.text().strip() for k, e in self.venue_edits.items()}),
            organisations=self.organisations_page.organisations(),
            delegations=self.organisations_page.delegations(),
            participants=copy.deepcopy(original.participants),
            days=days,
            attachments=self.attachments_page.attachments(),
        )

    def _moved_days(self, start: date) -> list[DayRecord]:
        """Programme days move with the start date, so rescheduling keeps the programme."""
        shift = start - self._original.start_date
        days = copy.deepcopy(self._original.days)
        for day in days:
            day.day_date += shift
        return days

    def problem(self, record: EventRecord) -> tuple[str, QWidget | None]:
        """What stops ``record`` from being saved, and where to fix it; ("", None) if nothing."""
        typed, field = self._field_problem()
        if typed:
            return typed, field
        try:
            validate_event(record)
        except UserError as exc:
            return _sentence(str(exc)), self._widget_for(str(exc))
        if record.slug and self._store.slug_in_use(record.slug, record.id):
            return (
                f"The short name “{record.slug}” is already used by another event. Choose "
                "another one, or leave it empty to have one made.",
                self.slug_edit,
            )
        duplicate = duplicate_roles(record.organisations)
        if duplicate:
            return duplicate, self.organisations_page.table
        return "", None

    def _widget_for(self, message: str) -> QWidget | None:
        text = message.casefold()
        for words, widget in (
            (("title",), self.title_edit),
            (("time zone",), self.timezone_combo),
            (("short name",), self.slug_edit),
            (("round", "series"), self.series_combo),
            (("delegation",), self.organisations_page.delegation_table),
            (("organisation",), self.organisations_page.table),
            (("attachment",), self.attachments_page.table),
            (("start time",), self.start_time_edit),  # "an end time needs a start time"
            (("end time", "ends at"), self.end_time_edit),
            (("ends", "outside the event"), self.end_date_edit),
        ):
            if any(w in text for w in words):
                return widget
        return None

    def accept(self) -> None:
        for _name, field in self._fields():
            field.commit()  # a date typed and not yet left counts, as it is shown
        message, widget = self.problem(self.record())
        if message:
            QMessageBox.warning(self, self.windowTitle(), message)
            if widget is not None:
                self._reveal(widget)
            return
        super().accept()

    def _reveal(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus()


def get_event(
    parent: QWidget | None, store, record: EventRecord | None = None
) -> tuple[EventRecord | None, bool]:
    """Let the user edit ``record`` (or a new event); (record, True) on OK, (None, False) else."""
    dialog = EventEditorDialog(parent, store, record)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)
