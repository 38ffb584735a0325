"""The events list as a two-level tree: series, then their events by round and date.

Built from ``EventSummary`` rows only, so a database with hundreds of events lists in
milliseconds; the full event is loaded when one is selected. Events without a series sit under
a "Standalone events" node at the end, so every top-level row is a group and reads the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from roundtable.domain.enums import EventStatus
from roundtable.domain.local_dates import date_range
from roundtable.domain.records import EventSummary
from roundtable.services.dates import year_span
from roundtable.wording import QT_TR_NOOP, tr

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The event's id (int) on event rows; None on group rows."""
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""``NODE_SERIES``, ``NODE_STANDALONE`` or ``NODE_EVENT``."""
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Case-folded text the filter matches; empty on groups so they show only through their events."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 4
"""The row's ``EventSummary`` on event rows; the group's summaries (a list) on group rows."""
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 5
"""A stable key for the group a row belongs to, to keep groups collapsed across reloads."""
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 6
"""The row's second line: "Round 2 · 15–16 Mar 2017 · Held", or a group's years and count."""

NODE_SERIES = "series"
NODE_STANDALONE = "standalone"
NODE_EVENT = "event"

STANDALONE_KEY = "standalone"
STANDALONE_TITLE = QT_TR_NOOP("Standalone events")
"""In English; shown through ``tr()`` (the group is built when the list is filled)."""

COLUMNS = (QT_TR_NOOP("Event"), QT_TR_NOOP("Round"), QT_TR_NOOP("Dates"), QT_TR_NOOP("Status"))
"""The column headers in English; ``headerData`` translates them."""
COLUMN_TITLE, COLUMN_ROUND, COLUMN_DATES, COLUMN_STATUS = range(len(COLUMNS))

_ROOT = QModelIndex()
# Plain ints: data() runs thousands of times while a view lays out, and comparing ints is
# markedly cheaper than comparing enum members in PySide6.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_EVENT_ID = int(EVENT_ID_ROLE)
_NODE_KIND = int(NODE_KIND_ROLE)
_SEARCH_TEXT = int(SEARCH_TEXT_ROLE)
_SUMMARY = int(SUMMARY_ROLE)
_GROUP_KEY = int(GROUP_KEY_ROLE)
_DETAILS = int(DETAILS_ROLE)
_TOP = 0  # internalId of top-level (group) indexes; event rows carry their group's row + 1


@dataclass
class _Group:
    key: str
    title: str
    kind: str
    events: list[EventSummary] = field(default_factory=list)


def _event_sort_key(event: EventSummary) -> tuple[int, date, str]:
    """Rounds in order first; unnumbered events after them, by date."""
    round_number = event.round_number if event.round_number is not None else 1_000_000
    return (round_number, event.start_date, event.title.casefold())


def group_key_for(event: EventSummary) -> str:
    return f"series:{event.series_id}" if event.series_id is not None else STANDALONE_KEY


def search_text(event: EventSummary) -> str:
    parts = (
        event.title, event.slug, event.series_name, event.programme, event.venue_name,
        event.venue_city, event.venue_country, str(event.start_date.year),
    )  # fmt: skip
    return " ".join(p for p in parts if p).casefold()


def build_groups(events: list[EventSummary]) -> list[_Group]:
    series: dict[int, _Group] = {}
    standalone = _Group(STANDALONE_KEY, tr(STANDALONE_TITLE), NODE_STANDALONE)
    for event in events:
        if event.series_id is None:
            standalone.events.append(event)
            continue
        group = series.get(event.series_id)
        if group is None:
            group = _Group(group_key_for(event), event.series_name, NODE_SERIES)
            series[event.series_id] = group
        group.events.append(event)
    groups = sorted(series.values(), key=lambda g: g.title.casefold())
    if standalone.events:
        groups.append(standalone)
    for group in groups:
        group.events.sort(key=_event_sort_key)
    return groups


class EventsModel(QAbstractItemModel):
    """Read-only tree of event summaries; ``set_events`` replaces the whole content."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._search: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._muted = QColor(128, 128, 128)

    # -- content ----------------------------------------------------------------------------

    def set_events(self, events: list[EventSummary]) -> None:
        self.beginResetModel()
        self._groups = build_groups(events)
        self._search = {e.id: search_text(e) for e in events}
        self.endResetModel()

    def event_count(self) -> int:
        return len(self._search)

    def index_of_event(self, event_id: int) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for row, event in enumerate(group.events):
                if event.id == event_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def index_of_group(self, key: str) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(row, 0, _TOP)
        return QModelIndex()

    def summary(self, event_id: int) -> EventSummary | None:
        index = self.index_of_event(event_id)
        return index.data(SUMMARY_ROLE) if index.isValid() else None

    # -- structure --------------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _TOP)
        group_row = parent.row()
        if (
            parent.internalId() != _TOP
            or parent.column() != 0
            or row >= len(self._groups[group_row].events)
        ):
            return QModelIndex()
        return self.createIndex(row, column, group_row + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: QModelIndex | QPersistentModelIndex, /) -> QModelIndex: ...
    def parent(
        self, index: QModelIndex | QPersistentModelIndex | None = None
    ) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent(), which this override would otherwise hide
            return super().parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._groups[parent.row()].events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return None

    # -- data -------------------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        event = self._groups[index.internalId() - 1].events[index.row()]
        return self._event_data(event, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int):
        if role == _DISPLAY:
            if column == COLUMN_TITLE:
                return group.title
            if column == COLUMN_DATES:
                return year_span([e.start_date.year for e in group.events])
            return None
        if role == _TOOLTIP:
            return tr("{group}: %n events", "", len(group.events)).format(group=group.title)
        if role == _FONT and column == COLUMN_TITLE:
            return self._bold
        if role == _EVENT_ID:
            return None
        if role == _NODE_KIND:
            return group.kind
        if role == _SEARCH_TEXT:
            return ""
        if role == _SUMMARY:
            return list(group.events)
        if role == _GROUP_KEY:
            return group.key
        if role == _DETAILS and column == COLUMN_TITLE:
            years = year_span([e.start_date.year for e in group.events])
            return tr("{years} · %n events", "", len(group.events)).format(years=years)
        return None

    def _event_data(self, event: EventSummary, column: int, role: int):
        if role == _DISPLAY:
            if column == COLUMN_TITLE:
                return event.title
            if column == COLUMN_ROUND:
                return str(event.round_number) if event.round_number is not None else ""
            if column == COLUMN_DATES:
                return date_range(event.start_date, event.end_date, short_month=True)
            if column == COLUMN_STATUS:
                return event.status.label
            return None
        if role == _TOOLTIP:
            lines = [event.title]
            if event.programme:
                lines.append(event.programme)
            if event.venue_display:
                lines.append(event.venue_display)
            lines.append(
                tr("{status} · short name: {slug}").format(status=event.status.label,
                                                           slug=event.slug)
            )  # fmt: skip
            return "\n".join(lines)
        if role == _FOREGROUND and event.status is EventStatus.CANCELLED:
            return self._muted
        if role == _ALIGNMENT and column == COLUMN_ROUND:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _EVENT_ID:
            return event.id
        if role == _DETAILS and column == COLUMN_TITLE:
            parts = (
                [tr("Round {number}").format(number=event.round_number)]
                if event.round_number is not None
                else []
            )
            parts += [date_range(event.start_date, event.end_date, short_month=True),
                      event.status.label]  # fmt: skip
            return " · ".join(parts)
        if role == _NODE_KIND:
            return NODE_EVENT
        if role == _SEARCH_TEXT:
            return self._search.get(event.id, "")
        if role == _SUMMARY:
            return event
        if role == _GROUP_KEY:
            return group_key_for(event)
        return None
