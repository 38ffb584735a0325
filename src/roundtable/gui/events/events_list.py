"""The events list as a reader sees it: each event's whole title, wrapped, with its dates, round
and status on a quieter line below.

Titles of policy events are long ("Russia in the US-Japan Alliance? Beyond Chinese and North
Korean Challenges"); in columns beside Round, Dates and Status they were cut to "Russia in t…
Challenges" at every window size. One column of two-part rows reads at a laptop's width and
leaves the filter, the keys and the model's columns as they were (the other columns are hidden,
not gone: they still sort, filter and answer tests).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from roundtable.gui.events.events_model import COLUMN_TITLE, COLUMNS, DETAILS_ROLE

PADDING = 4  # above, below and between the title and its details
HEIGHTS_KEPT = 20_000  # measured rows remembered, ten thousand events at two widths


class EventsDelegate(QStyledItemDelegate):
    """Paints a row as its wrapped title and, below it, its details in the muted colour."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Heights by (text, width, font, has details): the view asks again for every row it
        # lays out after each keystroke of the filter, and measuring wrapped text is costly.
        self._heights: dict[tuple[str, int, str, bool], int] = {}

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self._view.rootIsDecorated():
            depth += 1
        return max(self._view.viewport().width() - depth * self._view.indentation() - 8, 40)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(index)
        details = bool(index.data(DETAILS_ROLE))
        key = (opt.text, width, opt.font.key(), details)
        height = self._heights.get(key)
        if height is None:
            title = QFontMetrics(opt.font).boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), opt.text
            )
            height = title.height() + 2 * PADDING
            if details:
                height += QFontMetrics(option.font).lineSpacing() + PADDING // 2
            if len(self._heights) > HEIGHTS_KEPT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else self._view.style()
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(4, PADDING, -4, -PADDING)
        painter.save()
        painter.setFont(opt.font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(palette.color(role) if selected or foreground is None else foreground)
        drawn = painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        details = index.data(DETAILS_ROLE)
        if details:
            painter.setFont(option.font)
            muted = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(muted))
            below = QRect(rect.left(), drawn.bottom() + PADDING // 2, rect.width(),
                          QFontMetrics(option.font).lineSpacing())  # fmt: skip
            elided = QFontMetrics(option.font).elidedText(
                details, Qt.TextElideMode.ElideRight, below.width()
            )
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()


class EventsTree(QTreeView):
    """One visible column of wrapped rows; rows are measured again when the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegateForColumn(COLUMN_TITLE, EventsDelegate(self))
        self.setUniformRowHeights(False)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self._measured_width = -1

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        for column in range(len(COLUMNS)):
            self.setColumnHidden(column, column != COLUMN_TITLE)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._measured_width:
            self._measured_width = self.viewport().width()
            self.doItemsLayout()  # titles wrap differently at another width
