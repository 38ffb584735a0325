"""A row of widgets that wraps onto more lines when it is narrow.

The Seating tab's rows of buttons set the whole window's minimum width when laid out in one
line (over 1,100 px, wider than a laptop screen at 125 %); wrapped, the minimum is the widest
button. Items keep their size hints and are placed left to right; a stretch item (``add_stretch``)
takes the rest of its line, so what follows it sits at the right end, as in a box layout, while
everything fits on one line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


def group(*widgets: QWidget) -> QWidget:
    """Widgets that wrap together, as one item of a flow (zoom out, fit, zoom in)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- building -------------------------------------------------------------------------------

    def add_stretch(self) -> None:
        """Room that pushes what follows to the right end of the line (while on one line)."""
        self._stretches.add(len(self._items))
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def add_spacing(self, width: int) -> None:
        self.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._stretches = {i - (i > index) for i in self._stretches if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = sum(self._width(item) for item in self._visible())
        width += self._spacing * max(len(self._visible()) - 1, 0)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest single item: narrower than that, nothing can be shown whole."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not _is_hidden(i)]

    def _width(self, item: QLayoutItem) -> int:
        return 0 if self._is_stretch(item) else item.sizeHint().width()

    def _is_stretch(self, item: QLayoutItem) -> bool:
        return self._items.index(item) in self._stretches

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            if not lines[-1] and item.spacerItem() is not None:
                continue  # room between groups means nothing at the start of a line
            needed = self._width(item) + (self._spacing if lines[-1] else 0)
            if lines[-1] and used + needed > width and not self._is_stretch(item):
                lines.append([])
                used = 0
                if item.spacerItem() is not None:
                    continue
                needed = self._width(item)
            lines[-1].append(item)
            used += needed
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        y = inner.y()
        for line in self._lines(inner.width()):
            height = max((item.sizeHint().height() for item in line), default=0)
            used = sum(self._width(i) for i in line) + self._spacing * max(len(line) - 1, 0)
            stretches = [i for i in line if self._is_stretch(i)]
            extra = max(inner.width() - used, 0) // len(stretches) if stretches else 0
            x = inner.x()
            for item in line:
                width = extra if self._is_stretch(item) else self._width(item)
                if move:
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - inner.y() + margins.top() + margins.bottom()


def _is_hidden(item: QLayoutItem) -> bool:
    """Whether ``item`` is a widget that is hidden (a spacer or a layout never is)."""
    widget = item.widget()
    return widget is not None and widget.isHidden()
