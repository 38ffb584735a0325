"""Filter-as-you-type over the events tree.

Every word typed must occur somewhere in an event's title, short name, series, programme, venue,
city, country or year, in any case, so "trilateral 2019" narrows as a user expects. A series
shows while any of its events match (recursive filtering), and never on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from roundtable.gui.events.events_model import SEARCH_TEXT_ROLE


class EventsFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_TEXT_ROLE)
        self.setFilterKeyColumn(0)

    @property
    def filter_text(self) -> str:
        return " ".join(self._terms)

    def set_filter_text(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._terms:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms = terms
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        text = index.data(SEARCH_TEXT_ROLE) or ""
        return bool(text) and all(term in text for term in self._terms)
