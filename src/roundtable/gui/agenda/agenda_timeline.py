"""A bar of one day's agenda against its slot: the slot as a band, each item as a block coloured
by kind (titled where the title fits), anchored items outlined, and overrun past the slot end in
red. Painted from a ``DaySchedule``; it holds nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roundtable.gui.agenda.agenda_model import kind_colour
from roundtable.gui.common.palette_colours import on, readable
from roundtable.services.agenda_timing import DaySchedule, TimedItem, format_clock
from roundtable.wording import tr

OVERRUN = QColor("#d32f2f")
SLOT = QColor("#3c78c8")  # the slot's band: this blue, faint over the background
SLOT_OPACITY = 0.16


class TimelineBar(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._schedule: DaySchedule | None = None
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Timeline of the day"))

    def sizeHint(self) -> QSize:
        return QSize(600, 64)

    @property
    def schedule(self) -> DaySchedule | None:
        return self._schedule

    def set_schedule(self, schedule: DaySchedule | None) -> None:
        self._schedule = schedule
        self.setToolTip(self._summary())
        self.update()

    def _summary(self) -> str:
        s = self._schedule
        if s is None or not s.items:
            return tr("No agenda items")
        day = s.day_start.date()
        text = f"{format_clock(s.day_start, day)}–{format_clock(s.day_end, day)}"
        if s.slot_start is not None and s.slot_end is not None:
            slot = f"{format_clock(s.slot_start, day)}–{format_clock(s.slot_end, day)}"
            return tr("{times} in the slot {slot}").format(times=text, slot=slot)
        return text

    def _range(self) -> tuple[datetime, datetime] | None:
        s = self._schedule
        if s is None:
            return None
        points = [s.day_start, s.day_end]
        points += [p for p in (s.slot_start, s.slot_end) if p is not None]
        first, last = min(points), max(points)
        if last <= first:
            return None
        return first, last

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 6
        width = self.width() - 2 * margin
        span = self._range()
        s = self._schedule
        if s is None or span is None or width <= 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No agenda items to show")
            )
            painter.end()
            return
        first, last = span
        bar = _Bar(margin, width, first, (last - first).total_seconds(), 6.0, self.height() - 26.0)
        self._paint_slot(painter, s, bar, last)
        metrics = QFontMetrics(painter.font())
        for timed in s.items:
            self._paint_item(painter, timed, s.slot_end, bar, metrics)
        day = s.day_start.date() if s.items else first.date()
        self._paint_marks(painter, s, bar, metrics, day)
        painter.end()

    @staticmethod
    def _paint_slot(painter: QPainter, s: DaySchedule, bar: _Bar, last: datetime) -> None:
        """The slot as a faint band behind the items."""
        if s.slot_start is None and s.slot_end is None:
            return
        left = bar.x(s.slot_start or s.day_start)
        right = bar.x(s.slot_end or last)
        band = QColor(SLOT)
        band.setAlphaF(SLOT_OPACITY)  # over the palette's background, light or dark
        painter.fillRect(QRectF(left, bar.top - 3, right - left, bar.height + 6), band)

    def _paint_item(
        self,
        painter: QPainter,
        timed: TimedItem,
        slot_end: datetime | None,
        bar: _Bar,
        metrics: QFontMetrics,
    ) -> None:
        """One item's block in its kind's colour, red past the slot's end, outlined when
        anchored and titled where the title fits."""
        left, right = bar.x(timed.start), bar.x(timed.end)
        rect = QRectF(left, bar.top, max(right - left, 1.0), bar.height)
        colour = kind_colour(timed.item.kind)
        painter.fillRect(rect, colour)
        if slot_end is not None and timed.end > slot_end:
            start_red = bar.x(max(timed.start, slot_end))
            painter.fillRect(QRectF(start_red, bar.top, right - start_red, bar.height), OVERRUN)
        ink = on(colour)  # white or black, whichever reads on the block's colour
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if timed.anchored:
            painter.setPen(QPen(ink, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if rect.width() > 24:
            text = metrics.elidedText(
                timed.item.title, Qt.TextElideMode.ElideRight, int(rect.width() - 6)
            )
            if text and text != "…":
                painter.setPen(ink)
                painter.drawText(
                    rect.adjusted(3, 0, -3, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    text,
                )

    def _paint_marks(
        self, painter: QPainter, s: DaySchedule, bar: _Bar, metrics: QFontMetrics, day: date
    ) -> None:
        """The slot's edges (and the day's end past it) as lines with their clock times, a time
        past the slot's end in red."""
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        label_top = bar.top + bar.height + 4
        marks = [(s.slot_start or s.day_start, Qt.AlignmentFlag.AlignLeft)]
        if s.slot_end is not None:
            marks.append((s.slot_end, Qt.AlignmentFlag.AlignRight))
        if s.slot_end is None or s.day_end > s.slot_end:
            marks.append((s.day_end, Qt.AlignmentFlag.AlignRight))
        for moment, align in marks:
            x = bar.x(moment)
            painter.drawLine(int(x), int(bar.top - 3), int(x), int(bar.top + bar.height + 3))
            text = format_clock(moment, day)
            box_width = metrics.horizontalAdvance(text) + 4
            left = x if align == Qt.AlignmentFlag.AlignLeft else x - box_width
            left = min(max(left, 0), self.width() - box_width)
            if s.slot_end is not None and moment > s.slot_end:
                background = self.palette().color(QPalette.ColorRole.Window)
                painter.setPen(readable(OVERRUN, background))
            painter.drawText(QRectF(left, label_top, box_width, 16), int(align), text)
            painter.setPen(text_colour)


@dataclass(frozen=True)
class _Bar:
    """Where the bar is drawn: ``left`` and ``width`` across, from the moment ``first`` over
    ``seconds``; ``top`` and ``height`` down."""

    left: float
    width: float
    first: datetime
    seconds: float
    top: float
    height: float

    def x(self, moment: datetime) -> float:
        return self.left + self.width * (moment - self.first).total_seconds() / self.seconds
