"""The list of people, as the People view and the participant picker show it.

A table, not a tree: a QTreeView lays out every row (a call into Python each) whenever the
filter changes; a table with fixed row heights asks only for the rows on screen, so a keystroke
costs the same at 50,000 people as at 500. Column widths come from the font, never
ResizeToContents, which would measure every row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from roundtable.gui.people.people_model import (
    COLUMN_AFFILIATIONS,
    COLUMN_COUNTRY,
    COLUMN_EMAIL,
    COLUMN_EVENTS,
    COLUMN_NAME,
    COLUMN_NATIVE,
)
from roundtable.wording import tr


class PeopleTable(QTableView):
    """Rows of people, several selectable, sorted by name; Home and End go to the first and
    last person, as in a list, rather than to the first and last column."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in the other lists
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        for column, sample in (
            (COLUMN_NAME, "Ambassador Toyohisa Kozuki"),
            (COLUMN_NATIVE, "Андрей Кортунов"),
            (COLUMN_COUNTRY, "South Korea"),
            (COLUMN_EMAIL, "name@example.org"),
            (COLUMN_EVENTS, tr("Events")),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(COLUMN_AFFILIATIONS, QHeaderView.ResizeMode.Stretch)

    def moveCursor(self, action, modifiers):
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
