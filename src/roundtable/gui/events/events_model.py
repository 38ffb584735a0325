"""The events list as a two-level tree: series, then their events by round and date.

Built from ``EventSummary`` rows only, so a database with hundreds of events lists in
milliseconds; the full event is loaded when one is selected. Events without a series sit under
a "Standalone events" node at the end, so every top-level row is a group and reads the same way.

The tree is a ``QStandardItemModel`` whose items hold every role, set once when the list is
filled: a tree view lays out by asking for each row's index, parent and child count, five to
ten times a row, and a Python model answered each of those in Python (19,000 calls for one
``setCurrentIndex`` at 2,000 events, most of the first paint). Here the view, the filter
(``EventsFilterModel``, matching ``SEARCH_TEXT_ROLE`` in C++) and the selection never call
Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

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
"""The column headers in English, translated when the model is made."""
COLUMN_TITLE, COLUMN_ROUND, COLUMN_DATES, COLUMN_STATUS = range(len(COLUMNS))

_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_EVENT_ID = int(EVENT_ID_ROLE)
_NODE_KIND = int(NODE_KIND_ROLE)
_SEARCH_TEXT = int(SEARCH_TEXT_ROLE)
_SUMMARY = int(SUMMARY_ROLE)
_GROUP_KEY = int(GROUP_KEY_ROLE)
_DETAILS = int(DETAILS_ROLE)


class _Words:
    """The texts every event row repeats, translated once per fill, not once per row."""

    def __init__(self) -> None:
        self.statuses = {status: status.label for status in EventStatus}
        self.round = tr("Round {number}")
        self.tooltip = tr("{status} · short name: {slug}")


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


class EventsModel(QStandardItemModel):
    """Read-only tree of event summaries; ``set_events`` replaces the whole content.

    The roles are on each row's first column (the other columns hold their text only); a
    group's ``SUMMARY_ROLE`` is the list of its events, all of them whatever the filter shows.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._by_id: dict[int, EventSummary] = {}
        self._group_rows: dict[str, int] = {}
        self._event_rows: dict[int, tuple[int, int]] = {}  # event id -> (group row, row)
        self._notes: dict[int, str] = {}  # event id -> what set_note added to its details
        self._bold = QFont()
        self._bold.setBold(True)
        self._muted = QColor(128, 128, 128)
        prototype = QStandardItem()  # the items set_events fills are clones of it: read-only
        prototype.setFlags(_READ_ONLY)
        self.setItemPrototype(prototype)
        self.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])

    # -- content ----------------------------------------------------------------------------

    def set_events(self, events: list[EventSummary]) -> None:
        """One reset, the rows filled with signals blocked, so the filter and the view see the
        reset only. Filled through the model (``setItemData``), never through ``QStandardItem``
        objects: PySide6 6.12's ``QStandardItem.setData`` and ``appendRow`` drop a reference to
        None at each call, which crashes Python after a few thousand."""
        groups = build_groups(events)
        self._by_id = {e.id: e for e in events}
        self._group_rows = {group.key: row for row, group in enumerate(groups)}
        self._event_rows = {}
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self.setRowCount(len(groups))
            words = _Words()
            for row, group in enumerate(groups):
                self._fill_group(row, group, words)
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _fill_group(self, row: int, group: _Group, words: _Words) -> None:
        count = len(group.events)
        years = year_span([e.start_date.year for e in group.events])
        parent = self.index(row, COLUMN_TITLE)
        self.setItemData(parent, {
            _DISPLAY: group.title,
            _FONT: self._bold,
            _TOOLTIP: tr("{group}: %n events", "", count).format(group=group.title),
            _NODE_KIND: group.kind,
            _SEARCH_TEXT: "",
            _SUMMARY: group.events,
            _GROUP_KEY: group.key,
            _DETAILS: tr("{years} · %n events", "", count).format(years=years),
        })  # fmt: skip
        self.setData(self.index(row, COLUMN_DATES), years)
        self.insertColumns(0, len(COLUMNS), parent)
        self.insertRows(0, count, parent)
        for child, event in enumerate(group.events):
            self._fill_event(parent, child, event, group.key, words)
            self._event_rows[event.id] = (row, child)

    def _fill_event(
        self, parent: QModelIndex, row: int, event: EventSummary, key: str, words: _Words
    ) -> None:
        dates = date_range(event.start_date, event.end_date, short_month=True)
        status = words.statuses[event.status]
        number = event.round_number
        lines = [event.title]
        if event.programme:
            lines.append(event.programme)
        if event.venue_display:
            lines.append(event.venue_display)
        lines.append(words.tooltip.format(status=status, slug=event.slug))
        details = [dates, status] if number is None else [
            words.round.format(number=number), dates, status]  # fmt: skip
        first: dict[int, object] = {
            _DISPLAY: event.title,
            _TOOLTIP: "\n".join(lines),
            _EVENT_ID: event.id,
            _NODE_KIND: NODE_EVENT,
            _SEARCH_TEXT: search_text(event),
            _SUMMARY: event,
            _GROUP_KEY: key,
            _DETAILS: self._with_note(" · ".join(details), event.id),
        }
        cells: list[dict[int, object]] = [
            first,
            {_DISPLAY: "" if number is None else str(number), _ALIGNMENT: _CENTER},
            {_DISPLAY: dates},
            {_DISPLAY: status},
        ]
        cancelled = event.status is EventStatus.CANCELLED
        for column, roles in enumerate(cells):
            if cancelled:
                roles[_FOREGROUND] = self._muted
            self.setItemData(self.index(row, column, parent), roles)

    def set_note(self, event_id: int, note: str) -> None:
        """Add ``note`` to the event's second line ("… · Held · 2 to fix"), or take it away
        (""); kept across reloads of the list."""
        if self._notes.get(event_id, "") == note:
            return
        index = self.index_of_event(event_id)
        base = str(index.data(_DETAILS) or "") if index.isValid() else ""
        old = self._notes.get(event_id, "")
        if old and base.endswith(f" · {old}"):
            base = base[: -len(f" · {old}")]
        if note:
            self._notes[event_id] = note
        else:
            self._notes.pop(event_id, None)
        if index.isValid():
            self.setData(index, self._with_note(base, event_id), _DETAILS)

    def _with_note(self, details: str, event_id: int) -> str:
        note = self._notes.get(event_id)
        return f"{details} · {note}" if note else details

    def event_count(self) -> int:
        """Every event listed, shown or filtered out."""
        return len(self._by_id)

    def index_of_event(self, event_id: int) -> QModelIndex:
        """The event's row (first column); invalid if it is not listed."""
        place = self._event_rows.get(event_id)
        if place is None:
            return QModelIndex()
        return self.index(place[1], COLUMN_TITLE, self.index(place[0], COLUMN_TITLE))

    def index_of_group(self, key: str) -> QModelIndex:
        row = self._group_rows.get(key)
        return QModelIndex() if row is None else self.index(row, COLUMN_TITLE)

    def summary(self, event_id: int) -> EventSummary | None:
        """Any listed event's summary, shown or filtered out."""
        return self._by_id.get(event_id)
