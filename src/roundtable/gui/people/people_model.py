"""The people directory as a flat table, and the filter that narrows it as the user types.

Built from a ``Directory`` (``Store.list_directory``: only what the list shows, as the
database hands it over), so 50,000 people load in a fraction of a second and cost a few
megabytes; a person's full record, bio and photo are read when they are selected. ``data()`` is
asked only for the cells on screen (the People view is a ``QTableView``, which never walks every
row), so display texts are worked out there and nothing per person is kept beyond the database's own
tuple and, once someone filters, one folded search text.

Sorting happens in ``PeopleModel``, in Python, in one ``list.sort`` with keys folded once per
distinct text: a QSortFilterProxyModel would call back into Python for every comparison.

``PeopleFilterModel`` is not a Qt proxy either: it holds the list of people shown (positions in
the directory, in its order) and tells the view with one layout change a keystroke. A Qt
proxy asks Python whether to accept each row, 50,000 calls a keystroke; here the matching
people are found in one pass over the folded texts (``str``'s ``in``), and a narrowed filter
(one more letter typed) searches only the previous matches. Selections follow their people
through each change (``changePersistentIndexList``). ``flags()`` is Qt's own (the default for
a table is exactly "enabled, selectable, no children"), so it never reaches Python.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Final, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roundtable.domain.enums import NameOrder
from roundtable.domain.names import full_name
from roundtable.domain.records import PersonSummary
from roundtable.gui.common.signals import emit
from roundtable.store.people import Directory, DirectoryRow
from roundtable.wording import QT_TR_NOOP, tr

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person's id (int)."""
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Folded text (case and accents removed) the filter matches against."""

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
# Plain ints: data() runs for every cell a view paints (see events_model).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_PERSON_ID = int(PERSON_ID_ROLE)
_SEARCH_TEXT = int(SEARCH_TEXT_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLUMNS = len(COLUMNS)
_ANSWERED = frozenset((_TOOLTIP, _ALIGNMENT, _PERSON_ID, _SEARCH_TEXT))
"""The roles besides the display text that ``data()`` answers; a view asks for about seven
per cell it paints, so the others are turned away before anything else is looked at."""
# Positions in a ``Directory.people`` tuple.
_ID: Final = 0
_HONORIFIC: Final = 1
_GIVEN: Final = 2
_FAMILY: Final = 3
_NATIVE: Final = 5
_COUNTRY: Final = 6
_EMAIL: Final = 7
_PATRONYMIC: Final = 8
_FIELD: dict[int, int] = {COLUMN_NATIVE: _NATIVE, COLUMN_COUNTRY: _COUNTRY, COLUMN_EMAIL: _EMAIL}
"""The ``Directory.people`` field each plain-text column shows."""


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


class _Folded(dict[str, str]):
    """``fold`` with a memory: ``folded[text]``. Names, countries and organisations repeat
    across thousands of people, and folding non-Latin text is the slow part of a load."""

    def __missing__(self, text: str) -> str:
        folded = self[text] = fold(text)
        return folded


def display_name(person: PersonSummary | DirectoryRow) -> str:
    """ "Ambassador Toyohisa Kozuki": honorific, then the name in the person's own order."""
    return full_name(person, honorific=True) or person.native_name


def directory_of(people: Iterable[PersonSummary]) -> Directory:
    """``people`` as a ``Directory``, for callers holding ``PersonSummary`` records (the
    person picker)."""
    people = sorted(people, key=lambda p: p.id)
    return Directory(
        [
            (p.id, p.honorific, p.given_name, p.family_name,
             p.name_order is NameOrder.FAMILY_FIRST, p.native_name,
             p.country, p.email, p.patronymic)
            for p in people
        ],
        {p.id: p.affiliations for p in people if p.affiliations},
        {p.id: p.event_count for p in people if p.event_count},
    )  # fmt: skip


def search_text(person: PersonSummary) -> str:
    """The folded words the filter looks in for ``person``."""
    directory = directory_of([person])
    return _fold_slice(directory, 0, 1, _Folded(), {})[0]


def _fold_slice(
    directory: Directory, start: int, end: int, folded: _Folded, kept: dict[str, str]
) -> list[str]:
    """The folded words of ``directory.people[start:end]``. Most people's texts are all
    ASCII, folded whole by ``lower()``; the others field by field, each distinct text once.

    Meanwhile each of those people's tuples is rebuilt with one shared copy (``kept``) of the
    texts that repeat across people (honorifics, names, countries): the database hands every
    row its own copies, and sharing them makes the directory about a third smaller."""
    people, affiliations = directory.people, directory.affiliations
    keep = kept.setdefault
    texts: list[str] = []
    add = texts.append
    for i in range(start, end):
        p = people[i]
        honorific, given, family = keep(p[1], p[1]), keep(p[2], p[2]), keep(p[3], p[3])
        native, country = keep(p[5], p[5]), keep(p[6], p[6])
        people[i] = (p[0], honorific, given, family, p[4], native, country, p[7], p[8])
        parts = (honorific, given, family, p[_PATRONYMIC], native,
                 affiliations.get(p[_ID], ""), p[_EMAIL], country)  # fmt: skip
        text = " ".join(filter(None, parts))
        add(text.lower() if text.isascii() else " ".join([folded[t] for t in parts if t]))
    return texts


class PeopleModel(QAbstractTableModel):
    """Read-only table of everyone; ``set_directory`` (or ``set_people``) replaces the content,
    ``sort`` reorders it.

    People are kept in the directory's order (a person's *slot*); ``_order`` lists the slots in
    the order shown and ``_rank`` is each slot's place in it, which ``PeopleFilterModel``
    reads."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._directory = Directory([], {}, {})
        self._ids: list[int] = []
        self._by_name: list[int] = []  # the name order: every sort's tie-breaker
        self._order: list[int] = []
        self._rank: list[int] = []
        self._search: list[str] | None = None  # see search_texts
        self._folding: list[str] = []  # the first people's, folded ahead
        self._folded = _Folded()
        self._kept: dict[str, str] = {}  # one copy of each repeated text (see _fold_slice)
        self._sort_column = COLUMN_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- content ----------------------------------------------------------------------------

    def set_people(self, people: Iterable[PersonSummary]) -> None:
        self.set_directory(directory_of(people))

    def set_directory(self, directory: Directory) -> None:
        people = directory.people
        folded = _Folded()
        # Family name, then given name ("\0" sorts before any letter), then id: the people
        # come by id and the sort is stable. One text compares several times faster than a
        # tuple.
        keys = [
            f"{folded[p[_FAMILY]]}\0{folded[p[_GIVEN]]}" if p[_FAMILY] else folded[p[_GIVEN]]
            for p in people
        ]
        self.beginResetModel()
        self._directory = directory
        self._ids = [p[_ID] for p in people]
        self._search, self._folding, self._folded, self._kept = None, [], _Folded(), {}
        self._by_name = sorted(range(len(people)), key=keys.__getitem__)
        self._order, self._rank = self._sorted()
        self.endResetModel()

    def person_count(self) -> int:
        return len(self._ids)

    def person_at(self, row: int) -> DirectoryRow:
        return self._directory.row(self._order[row])

    def search_text_at(self, row: int) -> str:
        return self.search_texts()[self._order[row]]

    def person_id_at(self, row: int) -> int:
        return self._ids[self._order[row]]

    def search_texts(self) -> list[str]:
        """Each slot's folded search text. Not worked out when the list is set, so the list
        opens without paying for it: ``fold_ahead`` does it while the user looks, and the
        first filter finishes whatever is left."""
        if self._search is None:
            self.fold_ahead(len(self._ids))
        assert self._search is not None
        return self._search

    def fold_ahead(self, count: int) -> bool:
        """Work out the search texts of the next ``count`` people; True once everyone's are.
        The view calls it in slices of a few milliseconds while the user is idle."""
        if self._search is not None:
            return True
        done, total = self._folding, len(self._ids)
        end = min(len(done) + count, total)
        done += _fold_slice(self._directory, len(done), end, self._folded, self._kept)
        if end < total:
            return False
        self._search, self._folding, self._folded, self._kept = done, [], _Folded(), {}
        return True

    def slot_of(self, person_id: int) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def row_of(self, person_id: int) -> int:
        slot = self.slot_of(person_id)
        return self._rank[slot] if slot >= 0 else -1

    # -- sorting ----------------------------------------------------------------------------

    def _sorted(self) -> tuple[list[int], list[int]]:
        """The slots in the chosen order, and each slot's rank in it. An empty text sorts
        last in either order, by name; ties go by name (descending too: Python's sort is
        stable, so sorting people already in name order, or in reverse name order when
        descending, keeps ties that way, and the keys are single texts or numbers)."""
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        by_name = self._by_name[::-1] if reverse else self._by_name
        if column == COLUMN_NAME:
            order = list(by_name)
        elif column == COLUMN_EVENTS:
            counts = self._directory.event_counts
            keys: list = [counts.get(i, 0) for i in self._ids]
            order = sorted(by_name, key=keys.__getitem__, reverse=reverse)
        else:
            if column == COLUMN_AFFILIATIONS:
                texts = list(map(self._directory.affiliations.get, self._ids, repeat("")))
            else:
                texts = list(map(itemgetter(_FIELD[column]), self._directory.people))
            keys = list(map(_Folded().__getitem__, texts))
            filled = [s for s in by_name if texts[s]]
            filled.sort(key=keys.__getitem__, reverse=reverse)
            empty = [s for s in self._by_name if not texts[s]]
            order = filled + empty
        rank = [0] * len(order)
        for position, slot in enumerate(order):
            rank[slot] = position
        return order, rank

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        emit(self.layoutAboutToBeChanged)
        old = self._order
        self._sort_column, self._sort_order = column, order
        self._order, self._rank = self._sorted()
        # Selections and the current row follow their people, not their row numbers.
        persistent = self.persistentIndexList()
        if persistent:
            rank = self._rank
            moved = [self.index(rank[old[i.row()]], i.column()) for i in persistent]
            self.changePersistentIndexList(persistent, moved)
        emit(self.layoutChanged)

    # -- structure --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        """One Python call instead of Qt's default, which asks rowCount() and columnCount()
        (two calls into Python) for every index a view makes."""
        if parent.isValid() or not (0 <= row < len(self._order) and 0 <= column < _COLUMNS):
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
        if role == _DISPLAY:
            if index.isValid():
                return self.text(self._order[index.row()], index.column())
        elif role in _ANSWERED and index.isValid():
            return self.slot_data(self._order[index.row()], index.column(), role)
        return None

    def slot_data(self, slot: int, column: int, role: int):
        """``data()`` for the person in ``slot`` for a role other than the display text (the
        filter model's rows ask this too)."""
        if role == _TOOLTIP:
            if column in (COLUMN_NAME, COLUMN_NATIVE, COLUMN_AFFILIATIONS):
                row = self._directory.row(slot)
                lines = [display_name(row)]
                if row.native_name:
                    lines.append(row.native_name)
                if row.affiliations:
                    lines.append(row.affiliations)
                return "\n".join(lines)
            return self.text(slot, column) or None
        if role == _ALIGNMENT and column == COLUMN_EVENTS:
            return _RIGHT
        if role == _PERSON_ID:
            return self._ids[slot]
        if role == _SEARCH_TEXT:
            return self.search_texts()[slot]
        return None

    def text(self, slot: int, column: int) -> str:
        """What the person in ``slot`` shows in ``column``."""
        if column == COLUMN_NAME:
            return display_name(self._directory.row(slot))
        if column == COLUMN_AFFILIATIONS:
            return self._directory.affiliations.get(self._ids[slot], "")
        if column == COLUMN_EVENTS:
            count = self._directory.event_counts.get(self._ids[slot], 0)
            return str(count) if count else ""
        return cast(str, self._directory.people[slot][_FIELD[column]])


class PeopleFilterModel(QAbstractTableModel):
    """The people of a ``PeopleModel`` whose texts hold every word typed, in its order: each
    word must occur in a person's name, own-script name, affiliations, email or country,
    ignoring case and accents ("jose" finds José, "кортунов" finds Кортунов).

    People in ``excluded`` never show (the picker hides who is already in the event). Sorting
    is the source model's; this model follows it.

    ``_shown`` holds the slots shown (see ``PeopleModel``), None when everyone shows. Typing
    one more letter narrows: only the people shown are searched again.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._excluded: frozenset[int] = frozenset()
        self._shown: list[int] | None = None
        self._old_rows: list[int] = []  # the slots shown before a sort of the source
        self._source = PeopleModel(self)  # empty until setSourceModel
        for signal, slot in self._connections(self._source):
            signal.connect(slot)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, PeopleModel):
            raise TypeError("PeopleFilterModel shows a PeopleModel")
        self.beginResetModel()
        old = self._source
        for signal, slot in self._connections(old):
            signal.disconnect(slot)
        self._source = model
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._shown = self._compute(self._terms, None)
        self.endResetModel()

    def _connections(self, model: PeopleModel):
        return (
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._source_reordering),
            (model.layoutChanged, self._source_reordered),
        )

    def _source_reset(self) -> None:
        self._shown = self._compute(self._terms, None)
        self.endResetModel()

    def _source_reordering(self, *_args) -> None:
        self._old_rows = self._rows()
        emit(self.layoutAboutToBeChanged)

    def _source_reordered(self, *_args) -> None:
        if self._shown is not None:
            self._shown = sorted(self._shown, key=self._source._rank.__getitem__)
        self._move_persistent(self._old_rows)
        self._old_rows = []
        emit(self.layoutChanged)

    def _rows(self) -> list[int]:
        return self._source._order if self._shown is None else self._shown

    @property
    def filter_text(self) -> str:
        return " ".join(self._terms)

    def set_filter_text(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            old = self._terms
            # Every old word is inside a new one: the new matches are among the old ones.
            narrower = bool(old) and all(any(o in t for t in terms) for o in old)
            self._show(terms, self._compute(terms, self._shown if narrower else None))

    def set_excluded(self, person_ids: Iterable[int]) -> None:
        excluded = frozenset(person_ids)
        if excluded != self._excluded:
            self._excluded = excluded
            self._show(self._terms, self._compute(self._terms, None))

    def _show(self, terms: list[str], shown: list[int] | None) -> None:
        """One layout change to ``shown``: the view repaints once, selections follow. None
        when the same people still show (one more letter of a name already found)."""
        if shown == self._shown:
            self._terms = terms
            return
        emit(self.layoutAboutToBeChanged)
        old = self._rows()
        self._terms, self._shown = terms, shown
        self._move_persistent(old)
        emit(self.layoutChanged)

    def _move_persistent(self, old: list[int]) -> None:
        """Point the view's indexes (selection, current row) at their people's new rows,
        found by bisection in the rows shown (they are in the source's order)."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        rows, rank = self._rows(), self._source._rank
        moved = []
        for index in persistent:
            slot = old[index.row()]
            row = bisect_left(rows, rank[slot], key=rank.__getitem__)
            found = row < len(rows) and rows[row] == slot
            moved.append(self.index(row, index.column()) if found else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    def _compute(self, terms: list[str], within: list[int] | None) -> list[int] | None:
        """The slots to show for ``terms``, in the source's order (searching only ``within``
        if given); None for everyone."""
        source = self._source
        if not terms and not self._excluded:
            return None
        pool = source._order if within is None else within
        if terms:
            # Loops in C (map, compress): about half the time of a comprehension.
            search, rest = source.search_texts(), terms
            if within is None:
                # Everyone: read the texts in their own order (memory read in sequence),
                # then keep the people who match in the order shown.
                found = list(map(contains, search, repeat(terms[0])))
                pool, rest = list(compress(pool, map(found.__getitem__, pool))), terms[1:]
            for term in rest:
                pool = list(compress(pool, map(contains, map(search.__getitem__, pool),
                                               repeat(term))))  # fmt: skip
        if self._excluded and within is None:
            ids, excluded = source._ids, self._excluded
            pool = [slot for slot in pool if ids[slot] not in excluded]
        return pool

    # -- structure --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        """One Python call, as in ``PeopleModel.index``."""
        if parent.isValid() or not (0 <= row < len(self._rows()) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        return PeopleModel.headerData(self, section, orientation, role)  # type: ignore[arg-type]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if role == _DISPLAY:
            if index.isValid():
                rows = self._source._order if self._shown is None else self._shown
                return self._source.text(rows[index.row()], index.column())
        elif role in _ANSWERED and index.isValid():
            rows = self._source._order if self._shown is None else self._shown
            return self._source.slot_data(rows[index.row()], index.column(), role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def person_id(self, row: int) -> int | None:
        rows = self._rows()
        return self._source._ids[rows[row]] if 0 <= row < len(rows) else None

    def index_of_person(self, person_id: int) -> QModelIndex:
        slot = self._source.slot_of(person_id)
        if slot < 0:
            return QModelIndex()
        rows, rank = self._rows(), self._source._rank
        row = bisect_left(rows, rank[slot], key=rank.__getitem__)
        return self.index(row, 0) if row < len(rows) and rows[row] == slot else QModelIndex()
