"""The people directory as a flat table, and the filter that narrows it as the user types.

Built from ``PersonSummary`` rows only (three queries for the whole directory), so 5,000 people
load in well under a second; a person's full record is read when they are selected. Everything
a view asks for thousands of times (display text, the folded search text, sort keys) is worked
out once per row when the list is set, so ``data()`` is a tuple lookup.

Sorting happens in this model, in Python, on those precomputed keys: a QSortFilterProxyModel
would call back into Python for every comparison (about 120,000 calls for 5,000 rows). The
filter proxy forwards ``sort()`` here and only filters.

Filtering works out the matching people in one Python pass over the folded texts (``str``'s
``in``, no call per row), and a narrowed filter (one more letter typed) searches only the
previous matches; Qt's per-row question then is one set lookup. ``flags()`` is Qt's own (the
default for a table is exactly "enabled, selectable, no children"), so it never reaches Python.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from roundtable.domain.names import full_name
from roundtable.domain.records import PersonSummary
from roundtable.gui.common.signals import emit
from roundtable.wording import QT_TR_NOOP, tr

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person's id (int)."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's ``PersonSummary``."""
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Folded text (case and accents removed) the filter matches against."""
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 4
"""The column's sort key (a tuple), as ``sort()`` uses it."""

COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Own-script name"), QT_TR_NOOP("Affiliations"),
           QT_TR_NOOP("Country"), QT_TR_NOOP("Email"), QT_TR_NOOP("Events"))  # fmt: skip
"""The column headers in English; ``headerData`` translates them."""
(
    COLUMN_NAME,
    COLUMN_NATIVE,
    COLUMN_AFFILIATIONS,
    COLUMN_COUNTRY,
    COLUMN_EMAIL,
    COLUMN_EVENTS,
) = range(len(COLUMNS))

_ROOT = QModelIndex()
# Plain ints: data() runs thousands of times while a view lays out (see events_model).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_PERSON_ID = int(PERSON_ID_ROLE)
_SUMMARY = int(SUMMARY_ROLE)
_SEARCH_TEXT = int(SEARCH_TEXT_ROLE)
_SORT_KEY = int(SORT_KEY_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLUMNS = len(COLUMNS)


def fold(text: str) -> str:
    """``text`` for matching: case folded, accents dropped from Latin, Greek and Cyrillic
    letters ("José" → "jose", "Ёлкин" → "елкин", "Άννα" → "αννα"), full-width forms made
    ordinary. Marks on other scripts stay: a Japanese voicing mark changes the sound, so
    "が" must not match "か"."""
    if text.isascii():
        return text.lower()  # the common case, and ten times faster
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and out and _accented_script(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _accented_script(char: str) -> bool:
    point = ord(char)
    return point < 0x0530 or 0x1E00 <= point <= 0x1FFF


def display_name(person: PersonSummary) -> str:
    """ "Ambassador Toyohisa Kozuki": honorific, then the name in the person's own order."""
    return full_name(person, honorific=True) or person.native_name


def search_text(person: PersonSummary) -> str:
    parts = (
        person.honorific, person.given_name, person.family_name, person.patronymic,
        person.native_name, person.affiliations, person.email, person.country,
    )  # fmt: skip
    return fold(" ".join(p for p in parts if p))


class _Row:
    """One person with everything the view and the filter need, worked out once."""

    __slots__ = ("display", "keys", "search", "summary")

    def __init__(self, person: PersonSummary) -> None:
        self.summary = person
        name = display_name(person)
        self.display = (
            name,
            person.native_name,
            person.affiliations,
            person.country,
            person.email,
            str(person.event_count) if person.event_count else "",
        )
        self.search = search_text(person)
        family = fold(person.family_name or person.given_name)
        given = fold(person.given_name if person.family_name else "")
        name_key = (family, given, person.id)
        # An empty text sorts last in either order (None marks it; see PeopleModel._sorted).
        self.keys = (
            name_key,
            (fold(person.native_name) or None, *name_key),
            (fold(person.affiliations) or None, *name_key),
            (fold(person.country) or None, *name_key),
            (fold(person.email) or None, *name_key),
            (person.event_count, *name_key),
        )


class PeopleModel(QAbstractTableModel):
    """Read-only table of people; ``set_people`` replaces the content, ``sort`` reorders it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._ids: list[int] = []
        self._searchable: list[tuple[str, int]] = []
        self._sort_column = COLUMN_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- content ----------------------------------------------------------------------------

    def set_people(self, people: Iterable[PersonSummary]) -> None:
        rows = [_Row(p) for p in people]
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._ids = [r.summary.id for r in self._rows]
        self._searchable = [(r.search, r.summary.id) for r in rows]
        self.endResetModel()

    def person_count(self) -> int:
        return len(self._rows)

    def summary_at(self, row: int) -> PersonSummary:
        return self._rows[row].summary

    def search_text_at(self, row: int) -> str:
        """For the filter proxy, which asks for every row on each keystroke."""
        return self._rows[row].search

    def person_id_at(self, row: int) -> int:
        return self._ids[row]

    @property
    def ids(self) -> list[int]:
        """Each row's person id, in row order (the filter proxy reads it for every row)."""
        return self._ids

    def searchable(self) -> list[tuple[str, int]]:
        """(folded search text, person id) for everyone, worked out when the list was set."""
        return self._searchable

    def summaries(self) -> list[PersonSummary]:
        return [r.summary for r in self._rows]

    def row_of(self, person_id: int) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def index_of_person(self, person_id: int, column: int = 0) -> QModelIndex:
        row = self.row_of(person_id)
        return self.index(row, column) if row >= 0 else QModelIndex()

    # -- sorting ----------------------------------------------------------------------------

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        filled = [r for r in rows if r.keys[column][0] is not None]
        empty = [r for r in rows if r.keys[column][0] is None]
        filled.sort(key=lambda r: r.keys[column], reverse=reverse)
        empty.sort(key=lambda r: r.keys[COLUMN_NAME])
        return filled + empty

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        emit(self.layoutAboutToBeChanged)
        old = self._rows
        self._sort_column, self._sort_order = column, order
        self._rows = self._sorted(old)
        self._ids = [r.summary.id for r in self._rows]
        # Selections and the current row follow their people, not their row numbers.
        persistent = self.persistentIndexList()
        if persistent:
            new_row = {id(item): row for row, item in enumerate(self._rows)}
            moved = [
                self.index(new_row[id(old[index.row()])], index.column()) for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        emit(self.layoutChanged)

    # -- structure --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        """One Python call instead of Qt's default, which asks rowCount() and columnCount()
        (two calls into Python) for every index a view or the filter makes."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return row.display[column]
        if role == _TOOLTIP:
            if column in (COLUMN_NAME, COLUMN_NATIVE, COLUMN_AFFILIATIONS):
                lines = [row.display[COLUMN_NAME]]
                if row.summary.native_name:
                    lines.append(row.summary.native_name)
                if row.summary.affiliations:
                    lines.append(row.summary.affiliations)
                return "\n".join(lines)
            return row.display[column] or None
        if role == _ALIGNMENT and column == COLUMN_EVENTS:
            return _RIGHT
        if role == _PERSON_ID:
            return row.summary.id
        if role == _SUMMARY:
            return row.summary
        if role == _SEARCH_TEXT:
            return row.search
        if role == _SORT_KEY:
            return row.keys[column]
        return None


class PeopleFilterModel(QSortFilterProxyModel):
    """Every word typed must occur in a person's name, own-script name, affiliations, email or
    country, ignoring case and accents ("jose" finds José, "кортунов" finds Кортунов).

    People in ``excluded`` never show (the picker hides who is already in the event). Sorting
    is the source model's (see the module docstring); this proxy keeps its order.

    The people shown are worked out in one pass whenever the filter or the directory changes
    (``_accepted``, a set of ids; None when everyone shows), so ``filterAcceptsRow`` is a set
    lookup. Typing one more letter narrows: only the previous matches are searched again.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._excluded: frozenset[int] = frozenset()
        self._source: PeopleModel | None = None
        self._ids: list[int] = []
        self._matches: list[tuple[str, int]] | None = None  # None: no terms, everyone
        self._accepted: set[int] | frozenset[int] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self._source
        if old is not None:
            old.modelReset.disconnect(self._source_reset)
            old.layoutChanged.disconnect(self._source_reordered)
        self._source = model if isinstance(model, PeopleModel) else None
        if self._source is not None:
            # Connected before Qt's own handlers, so the matches are fresh when Qt asks.
            self._source.modelReset.connect(self._source_reset)
            self._source.layoutChanged.connect(self._source_reordered)
            self._ids = self._source.ids
        self._matches = None
        self._accepted = self._compute(self._terms, None)
        super().setSourceModel(model)

    def _source_reset(self) -> None:
        if self._source is not None:
            self._ids = self._source.ids
        self._accepted = self._compute(self._terms, None)

    def _source_reordered(self, *_args) -> None:
        if self._source is not None:
            self._ids = self._source.ids

    @property
    def filter_text(self) -> str:
        return " ".join(self._terms)

    def set_filter_text(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            old = self._terms
            # Every old word is inside a new one: the new matches are among the old ones.
            narrower = bool(old) and all(any(o in t for t in terms) for o in old)
            accepted = self._compute(terms, self._matches if narrower else None)
            shown = self.rowCount()
            kept = len(self._ids) if accepted is None else len(accepted)
            if shown - kept > kept:
                # Most rows go: Qt would remove them interval by interval, each one telling the
                # view and the selection. Rebuilding the (smaller) result at once is cheaper;
                # the selection follows its people either way.
                self._set(terms=terms, accepted=accepted)
                self.invalidate()
            else:
                self._refilter(lambda: self._set(terms=terms, accepted=accepted))

    def set_excluded(self, person_ids: Iterable[int]) -> None:
        excluded = frozenset(person_ids)
        if excluded != self._excluded:
            self._excluded = excluded
            accepted = self._compute(self._terms, self._matches)
            self._refilter(lambda: self._set(terms=self._terms, accepted=accepted))

    def _set(self, terms: list[str], accepted) -> None:
        self._terms = terms
        self._accepted = accepted

    def _compute(
        self, terms: list[str], within: list[tuple[str, int]] | None
    ) -> set[int] | frozenset[int] | None:
        """The ids to show for ``terms`` (searching only ``within`` if given); sets
        ``_matches`` for the next, narrower filter."""
        if not terms:
            self._matches = None
            if not self._excluded:
                return None
            return set(self._ids).difference(self._excluded)
        pool = within
        if pool is None:
            pool = self._source.searchable() if self._source is not None else []
        for term in terms:
            pool = [pair for pair in pool if term in pair[0]]
        self._matches = pool
        accepted = {pair[1] for pair in pool}
        if self._excluded:
            accepted.difference_update(self._excluded)
        return accepted

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        accepted = self._accepted
        return accepted is None or self._ids[source_row] in accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def person_id(self, row: int) -> int | None:
        index = self.index(row, 0)
        return index.data(PERSON_ID_ROLE) if index.isValid() else None

    def index_of_person(self, person_id: int) -> QModelIndex:
        if self._source is None:
            return QModelIndex()
        return self.mapFromSource(self._source.index_of_person(person_id))
