"""Fields for a date and a time of day that read what is typed as a whole (``typed_dates``).

They keep the parts of QDateEdit's and QTimeEdit's interface the app uses (``date()``,
``setDate()``, ``time()``, ``setTime()`` and a changed signal), so a dialog swaps one for the
other; what differs is that a click selects the whole text, so typing replaces it, and a
date shows its weekday beside it, pointing out one typed that does not match.

A date is shown in the interface's language with its month in words ("14 Apr 2027",
"2027年4月14日", "14 апр. 2027 г."), which no reader takes for another day, and the calendar
follows the locale the app set (``QLocale`` default); times are 24-hour in every language.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from roundtable.domain.local_dates import clock, weekday
from roundtable.gui.common.palette_colours import problem_style
from roundtable.gui.common.signals import emit
from roundtable.gui.common.typed_dates import (
    EXAMPLE_DATE,
    date_text,
    day_first,
    parse_date,
    parse_time,
    weekday_typed,
)
from roundtable.wording import tr

MUTED = "color: palette(placeholder-text);"
TIME_STEP = 15  # minutes added or taken by Up and Down in a time field


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time | None:
    return time(value.hour(), value.minute()) if value.isValid() else None


def qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else QTime()


_A_MONDAY = date(2024, 1, 1)


def _not_that_day(real: str, typed: str) -> str:
    """The weekday of the date, pointing out the one typed with it that does not match."""
    return tr("{weekday}, not {typed_weekday}").format(weekday=real, typed_weekday=typed)


def _date_width(widget: QWidget) -> int:
    """As wide as the longest text the field gets in this language: a weekday typed before
    the widest month's 28th (as "Wed 30 Sep 2027"), with room for the cursor."""
    weekdays = [weekday(_A_MONDAY + timedelta(days=d), short=True) + " " for d in range(7)]
    dates = [date_text(date(2027, month, 28)) + "__" for month in range(1, 13)]
    return _widest(widget, weekdays) + _widest(widget, dates)


def _weekday_samples() -> list[str]:
    days = [weekday(_A_MONDAY + timedelta(days=d)) for d in range(7)]
    return [_not_that_day(a, b) + "_" for a in days for b in days if a != b]


def _widest(widget: QWidget, texts: list[str]) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(text) for text in texts)


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
        example = date_text(EXAMPLE_DATE)
        self.edit.setPlaceholderText(tr("e.g. {date}").format(date=example))
        self.edit.setToolTip(
            tr(
                "Type a date such as {date}, 14 April, 14/4/2027 or 2027-04-14; Up and Down "
                "move it by a day, Alt+Down opens a calendar"
            ).format(date=example)
        )
        self.edit.setFixedWidth(_date_width(self.edit) + 16)
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
        self.calendar_button.setToolTip(tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)

        self.weekday_label = QLabel(self)
        self.weekday_label.setFixedWidth(_widest(self.weekday_label, _weekday_samples()))
        # As wide as its parts, so a time field beside it sits next to the weekday.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
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
        return qdate(typed if typed is not None else self._value)

    def setDate(self, value: QDate) -> None:
        if value.isValid():
            self._wrong_weekday = None
            self._set(pydate(value))

    def problem(self, subject: str = "") -> str:
        """Why the text is not a date; "" when it is one. With ``subject``, the field's name
        as a sentence starts with it ("The end date"), a whole sentence: "The end date “31 Apr”
        is not a date: …". Without, the bare predicate the event dialog still prefixes itself
        (English only: ask with a subject to have it translated whole)."""
        if self._typed() is not None:
            return ""
        text = self.edit.text().strip()
        example = date_text(EXAMPLE_DATE)
        if subject:
            if not text:
                return tr("{subject} is empty: type a date such as {example}").format(
                    subject=subject, example=example
                )
            return tr("{subject} “{text}” is not a date: type it like {example}").format(
                subject=subject, text=text, example=example
            )
        if not text:
            return tr("is empty: type a date such as {example}").format(example=example)
        return tr("“{text}” is not a date: type it like {example}").format(
            text=text, example=example
        )

    def commit(self) -> None:
        """Take what is typed, if it is a date, and show it in the field's own form; a weekday
        typed with it that does not match stays pointed out until the date is changed."""
        typed = self._typed()
        if typed is not None:
            named = weekday_typed(self.edit.text())
            self._wrong_weekday = named if named not in (None, typed.isoweekday()) else None
            self._set(typed)
        self._show_weekday(finished=True)

    def _typed(self) -> dt.date | None:
        return parse_date(self.edit.text(), self._value, day_first())

    def _set(self, value: dt.date) -> None:
        changed = value != self._value
        self._value = value
        if self.edit.text() != date_text(value):
            self.edit.setText(date_text(value))
        self._show_weekday(finished=True)
        if changed:
            emit(self.date_changed, qdate(value))

    def _edited(self) -> None:
        self._wrong_weekday = None
        self._show_weekday(finished=False)

    def _show_weekday(self, finished: bool) -> None:
        """The weekday of the date typed, as it is typed; "not a date" once typing is over."""
        typed = self._typed()
        if typed is None:
            self.weekday_label.setText(tr("not a date") if finished else "")
            self.weekday_label.setStyleSheet(problem_style())
            return
        real = weekday(typed)
        named = weekday_typed(self.edit.text()) or self._wrong_weekday
        if named is not None and named != typed.isoweekday():
            wrong = weekday(_A_MONDAY + timedelta(days=named - 1))
            self.weekday_label.setText(_not_that_day(real, wrong))
            self.weekday_label.setStyleSheet(problem_style())
        else:
            self.weekday_label.setText(real)
            self.weekday_label.setStyleSheet(MUTED)

    # -- calendar and keys --------------------------------------------------------------------

    def show_calendar(self) -> None:
        self.commit()
        self.calendar.setSelectedDate(qdate(self._value))
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
        self.setPlaceholderText(tr("hh:mm"))
        self.setToolTip(
            tr(
                "Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; "
                "Up and Down change it by %n minutes",
                "",
                TIME_STEP,
            )
        )
        # As wide as the longest time typed, never squeezed by a neighbour that stretches.
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00 pm__") + 16)
        self.editingFinished.connect(self.commit)

    def time(self) -> QTime:
        if not self.text().strip():
            return QTime()
        typed = parse_time(self.text())
        return qtime(typed if typed is not None else self._value)

    def setTime(self, value: QTime) -> None:
        self._set(pytime(value))

    def problem(self, subject: str = "") -> str:
        """Why the text is not a time, as a sentence ("" when it is one or empty); with
        ``subject`` (the field's name: "The start time") a sentence that names the field."""
        text = self.text().strip()
        if not text or parse_time(text) is not None:
            return ""
        if subject:
            return tr(
                "{subject} “{text}” is not a time: type it like 14:30, or leave it empty"
            ).format(subject=subject, text=text)
        return tr("“{text}” is not a time: type it like 14:30, or leave it empty").format(text=text)

    def commit(self) -> None:
        text = self.text().strip()
        if not text:
            self._set(None)
            return
        typed = parse_time(text)
        if typed is not None:
            self._set(typed)

    def _set(self, value: dt.time | None) -> None:
        changed = value != self._value
        self._value = value
        shown = clock(value) if value is not None else ""
        if self.text() != shown:
            self.setText(shown)
        if changed:
            emit(self.time_changed, qtime(value))

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


class DateTimeField(QWidget):
    """A moment: a :class:`DateField` and a :class:`TimeField` side by side, for a log entry's
    time. Like QDateTimeEdit it has ``dateTime()`` and ``setDateTime()``, and ``date_time_changed``.

    The seconds of the moment set are kept while the date and the minute shown are left as
    they were, so opening an entry and saving it unchanged does not move it; a time typed
    anew is to the minute. An empty time field is no moment: ``problem()`` says so.
    """

    date_time_changed = Signal(QDateTime)
    edited = Signal()
    """Any key typed into either field: for a dialog that checks the text as it is typed."""

    def __init__(self, value: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = QDateTime(value)
        self.date_field = DateField(self)
        self.time_field = TimeField(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.date_field)
        layout.addWidget(self.time_field)
        layout.addStretch(1)
        self.setFocusProxy(self.date_field)
        self.setDateTime(value)
        self.date_field.date_changed.connect(self._changed)
        self.time_field.time_changed.connect(self._changed)
        self.date_field.edit.textChanged.connect(self._edited)
        self.time_field.textChanged.connect(self._edited)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_field.edit.setAccessibleName(tr("{field}, date").format(field=name))
        self.time_field.setAccessibleName(tr("{field}, time of day").format(field=name))

    def dateTime(self) -> QDateTime:
        day, clock = self.date_field.date(), self.time_field.time()
        if not clock.isValid():
            return QDateTime(self._value)
        shown = self._value.time()
        if day == self._value.date() and (clock.hour(), clock.minute()) == (
            shown.hour(),
            shown.minute(),
        ):
            return QDateTime(self._value)
        return QDateTime(day, clock)

    def setDateTime(self, value: QDateTime) -> None:
        self._value = QDateTime(value)
        self.date_field.setDate(value.date())
        self.time_field.setTime(value.time())
        emit(self.date_time_changed, QDateTime(value))

    def problem(self) -> str:
        """Why the fields are not a moment, as a sentence; "" when they are one."""
        wrong_date = self.date_field.problem(subject=tr("The date"))
        if wrong_date:
            return wrong_date
        if not self.time_field.text().strip():
            return tr("The time is empty: type one such as 14:30")
        return self.time_field.problem()

    def _changed(self, *_args: object) -> None:
        emit(self.date_time_changed, self.dateTime())

    def _edited(self, *_args: object) -> None:
        emit(self.edited)
