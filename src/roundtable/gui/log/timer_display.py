"""Text that fills its space: the timer's item, speaker and countdown, readable from the back of
the room whatever the size of the window or the screen it is on.

A QLabel keeps its font size when its window grows, and a style sheet cannot size a font by the
window. ``FittedText`` instead picks, each time it is painted, the largest pixel size at which the
text (word-wrapped, at most ``max_lines`` lines) fits its rectangle, up to ``max_pixel_size``.
The countdown measures a fixed template ("+00:00") rather than its own text, so it does not
jump in size every time a digit changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_PIXEL_SIZE = 8


class FittedText(QWidget):
    """One piece of text drawn as large as its rectangle allows (see the module docstring)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bold: bool = False,
        max_lines: int = 2,
        template: str = "",
        max_pixel_size: int = 400,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("white")
        self._bold = bold
        self._max_lines = max_lines
        self._template = template
        self._max_pixel_size = max_pixel_size
        self._alignment = alignment
        self._fitted: tuple[tuple, int] | None = None  # (what it was fitted for, pixel size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(40, 16)

    def sizeHint(self) -> QSize:
        return QSize(400, 60)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def colour(self) -> QColor:
        return QColor(self._colour)

    def set_colour(self, colour: QColor | str) -> None:
        colour = QColor(colour)
        if colour != self._colour:
            self._colour = colour
            self.update()

    def _font(self, pixel_size: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setBold(self._bold)
        return font

    def _flags(self) -> int:
        wrap = Qt.TextFlag.TextWordWrap if self._max_lines > 1 else 0
        return int(self._alignment) | int(wrap)

    def _fits(self, text: str, pixel_size: int, area: QRect) -> bool:
        metrics = QFontMetrics(self._font(pixel_size))
        if self._max_lines <= 1:
            return (
                metrics.horizontalAdvance(text) <= area.width()
                and metrics.height() <= area.height()
            )
        bounds = metrics.boundingRect(
            QRect(0, 0, area.width(), 1 << 20), self._flags(), text
        )  # fmt: skip
        lines = round(bounds.height() / max(metrics.lineSpacing(), 1))
        return (
            bounds.width() <= area.width()
            and bounds.height() <= area.height()
            and lines <= self._max_lines
        )

    def pixel_size(self) -> int:
        """The size the text is drawn at in the widget's current rectangle (for tests too)."""
        text = self._template or self._text or "M"
        area = self.contentsRect()
        key = (text, area.width(), area.height(), self._max_lines, self._max_pixel_size)
        if self._fitted is not None and self._fitted[0] == key:
            return self._fitted[1]
        low, high = MIN_PIXEL_SIZE, max(min(self._max_pixel_size, area.height()), MIN_PIXEL_SIZE)
        while low < high:  # the largest size that fits
            middle = (low + high + 1) // 2
            if self._fits(text, middle, area):
                low = middle
            else:
                high = middle - 1
        self._fitted = (key, low)
        return low

    def paintEvent(self, _event) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self._font(self.pixel_size())
        painter.setFont(font)
        painter.setPen(self._colour)
        area = self.contentsRect()
        text = self._text
        if self._max_lines <= 1:
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, self._flags(), text)
        painter.end()
