"""A bar of one day's agenda against its slot: the slot as a band, each item as a block coloured
by kind (titled where the title fits), anchored items outlined, and overrun past the slot end in
red. Painted from a ``DaySchedule``; it holds nothing else."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roundtable.gui.agenda.agenda_model import kind_colour
from roundtable.gui.common.palette_colours import on, readable
from roundtable.services.agenda_timing import DaySchedule, format_clock

OVERRUN = QColor("#d32f2f")
SLOT = QColor("#3c78c8")  # the slot's band: this blue, faint over the background
SLOT_OPACITY = 0.16


class TimelineBar(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._schedule: DaySchedule | None = None
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Timeline of the day")

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
            return "No agenda items"
        day = s.day_start.date()
        text = f"{format_clock(s.day_start, day)}–{format_clock(s.day_end, day)}"
        if s.slot_start is not None and s.slot_end is not None:
            slot = f"{format_clock(s.slot_start, day)}–{format_clock(s.slot_end, day)}"
            text += f" in the slot {slot}"
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
        palette = self.palette()
        margin = 6
        width = self.width() - 2 * margin
        bar_top, bar_height = 6.0, self.height() - 26.0
        span = self._range()
        s = self._schedule
        if s is None or span is None or width <= 0:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No agenda items to show")
            painter.end()
            return
        first, last = span
        total = (last - first).total_seconds()

        def x_of(moment: datetime) -> float:
            return margin + width * (moment - first).total_seconds() / total

        day = s.day_start.date() if s.items else first.date()
        # The slot as a band.
        if s.slot_start is not None or s.slot_end is not None:
            left = x_of(s.slot_start or s.day_start)
            right = x_of(s.slot_end or last)
            band = QColor(SLOT)
            band.setAlphaF(SLOT_OPACITY)  # over the palette's background, light or dark
            painter.fillRect(QRectF(left, bar_top - 3, right - left, bar_height + 6), band)
        metrics = QFontMetrics(painter.font())
        for timed in s.items:
            left, right = x_of(timed.start), x_of(timed.end)
            rect = QRectF(left, bar_top, max(right - left, 1.0), bar_height)
            colour = kind_colour(timed.item.kind)
            painter.fillRect(rect, colour)
            if s.slot_end is not None and timed.end > s.slot_end:
                start_red = x_of(max(timed.start, s.slot_end))
                painter.fillRect(QRectF(start_red, bar_top, right - start_red, bar_height), OVERRUN)
            ink = on(colour)  # white or black, whichever reads on the block's colour
            painter.setPen(QPen(palette.color(palette.ColorRole.Base), 1))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if timed.anchored:
                painter.setPen(QPen(ink, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            title = timed.item.title
            if rect.width() > 24:
                text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(rect.width() - 6))
                if text and text != "…":
                    painter.setPen(ink)
                    painter.drawText(
                        rect.adjusted(3, 0, -3, 0),
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                        text,
                    )
        # Slot edges and clock labels.
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        label_top = bar_top + bar_height + 4
        marks = [(s.slot_start or s.day_start, Qt.AlignmentFlag.AlignLeft)]
        if s.slot_end is not None:
            marks.append((s.slot_end, Qt.AlignmentFlag.AlignRight))
        if s.slot_end is None or s.day_end > s.slot_end:
            marks.append((s.day_end, Qt.AlignmentFlag.AlignRight))
        for moment, align in marks:
            x = x_of(moment)
            painter.drawLine(int(x), int(bar_top - 3), int(x), int(bar_top + bar_height + 3))
            text = format_clock(moment, day)
            box_width = metrics.horizontalAdvance(text) + 4
            left = x if align == Qt.AlignmentFlag.AlignLeft else x - box_width
            left = min(max(left, 0), self.width() - box_width)
            late = s.slot_end is not None and moment > s.slot_end
            colour = readable(OVERRUN, palette.color(palette.ColorRole.Window)) if late else None
            if colour is not None:
                painter.setPen(colour)
            painter.drawText(QRectF(left, label_top, box_width, 16), int(align), text)
            painter.setPen(palette.color(palette.ColorRole.WindowText))
        painter.end()
