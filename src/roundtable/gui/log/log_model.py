"""The Log tab's one list: an event's journal entries and its change history, interleaved by time.

Entries and changes live apart in the store (entries are written by people, changes by
``save_event``), but the question a user asks of a log is "what happened, and when", so the
table shows both in one time line and the filter proxy takes them apart again: journal only,
changes only, a category, an area, or text typed in the search box.

Times are shown in the event's time zone (a Moscow meeting reads in Moscow time wherever the
laptop is), with the day when the event, or its log, covers more than one day. Rows are plain
``LogRow`` values built once per load, so filtering and painting never touch the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan
from roundtable.domain.local_dates import clock, day_heading, short_date_time
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord
from roundtable.services.session_timer import duration_text
from roundtable.wording import QT_TR_NOOP, tr

COLUMN_TIME, COLUMN_CATEGORY, COLUMN_TEXT, COLUMN_ITEM, COLUMN_PEOPLE, COLUMN_AUTHOR = range(6)
HEADERS = (QT_TR_NOOP("Time"), QT_TR_NOOP("Category"), QT_TR_NOOP("Text"),
           QT_TR_NOOP("Agenda item"), QT_TR_NOOP("People"), QT_TR_NOOP("Author"))  # fmt: skip
"""The column headers in English; ``headerData`` translates them."""

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LogRow
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # ROW_ENTRY or ROW_CHANGE
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # (kind, id): what the view re-selects after a reload
# Qt hands a StrEnum back as a plain string, so these are the enums' values ("decision"):
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4  # the LogCategory's value, None on a change
AREA_ROLE = Qt.ItemDataRole.UserRole + 5  # the ChangeArea's value, None on an entry
AT_ROLE = Qt.ItemDataRole.UserRole + 6  # the aware UTC time the row is sorted by

ROW_ENTRY, ROW_CHANGE = "entry", "change"
SHOW_BOTH, SHOW_JOURNAL, SHOW_CHANGES = "both", "journal", "changes"

EDITED_MARK = QT_TR_NOOP("(edited)")
"""In English; shown through ``tr()``."""


def change_text(area: ChangeArea) -> str:
    """A change's category in the list: "Agenda change" (a whole phrase per area, as the
    words go in another order in other languages)."""
    texts = {
        ChangeArea.EVENT: tr("Event change"),
        ChangeArea.PARTICIPANTS: tr("Participants change"),
        ChangeArea.AGENDA: tr("Agenda change"),
        ChangeArea.SEATING: tr("Seating change"),
    }
    return texts.get(area, area.label)


def changes_text(area: ChangeArea) -> str:
    """The filter's choice for one area: "Agenda changes"."""
    texts = {
        ChangeArea.EVENT: tr("Event changes"),
        ChangeArea.PARTICIPANTS: tr("Participants changes"),
        ChangeArea.AGENDA: tr("Agenda changes"),
        ChangeArea.SEATING: tr("Seating changes"),
    }
    return texts.get(area, area.label)


def event_zone(event: EventRecord | None) -> tzinfo:
    """The event's zone; UTC for no event or a name this system does not know."""
    try:
        return ZoneInfo(event.timezone) if event is not None and event.timezone else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def person_names(event: EventRecord | None) -> dict[int, str]:
    """Person id → name for the event's participants: entries name people, not participations."""
    names: dict[int, str] = {}
    for participation in event.participants if event is not None else []:
        person = participation.person
        if person.id is not None:
            names[person.id] = (
                full_name(person)
                or person.native_name
                or tr("Person {number}").format(number=person.id)
            )
    return names


def item_titles(event: EventRecord | None) -> dict[int, str]:
    return {
        item.id: item.title
        for day in (event.days if event is not None else [])
        for item in day.items
        if item.id is not None
    }


def format_time(at: datetime, zone: tzinfo, with_day: bool) -> str:
    """ "Wed 15 Mar 09:04", or "09:04" when the log is all on one day."""
    local = at.astimezone(zone)
    return short_date_time(local) if with_day else clock(local.time())


def format_full_time(at: datetime, zone: tzinfo) -> str:
    """ "Wednesday 15 March 2017, 09:04 (Europe/Moscow)": for tooltips and the details pane."""
    local = at.astimezone(zone)
    return tr("{day}, {time} ({zone})").format(
        day=day_heading(local.date()), time=clock(local.time()), zone=zone
    )


@dataclass(frozen=True)
class LogRow:
    """One line of the list, with everything shown or searched already worked out."""

    kind: str
    at: datetime
    time_text: str
    category_text: str
    text: str  # the full text (an entry's) or summary (a change's)
    item_title: str
    people: tuple[str, ...]
    author: str
    entry: LogEntryRecord | None = None
    change: ChangeRecord | None = None

    @property
    def key(self) -> tuple[str, int | None]:
        record = self.entry if self.entry is not None else self.change
        return (self.kind, record.id if record is not None else None)

    @property
    def edited(self) -> bool:
        return self.entry is not None and bool(self.entry.revisions)

    @property
    def length_text(self) -> str:
        """How long a timed entry lasted ("11:40"), as the timer's text and the log's exports
        say it; "" for an entry without an end, and for a change."""
        if self.entry is None or self.entry.ends_at is None:
            return ""
        return duration_text(self.entry.ends_at - self.entry.at)

    @property
    def shown_text(self) -> str:
        line = first_line(self.text)
        return line + ("…" if line != self.text.strip() else "")

    @property
    def shown_category(self) -> str:
        """The category, marked when the entry was edited: the mark goes here, not after the
        text, where a long first line would hide it."""
        if not self.edited:
            return self.category_text
        return f"{self.category_text} {tr(EDITED_MARK)}"

    def matches(self, needle: str) -> bool:
        """Case-insensitive search in the text, the people and the agenda item."""
        hay = " ".join((self.text, self.item_title, *self.people)).casefold()
        return all(word in hay for word in needle.casefold().split())


def build_rows(
    event: EventRecord | None, log: EventLog | None, extra_names: Mapping[int, str] | None = None
) -> list[LogRow]:
    """Entries and changes in one time line; on a tie an entry comes before a change (it was
    usually written first: "agreed to drop the lunch" then the agenda edit that did it)."""
    if event is None or log is None:
        return []
    zone = event_zone(event)
    names = {**(extra_names or {}), **person_names(event)}
    items = item_titles(event)
    days = {e.at.astimezone(zone).date() for e in log.entries}
    days |= {c.at.astimezone(zone).date() for c in log.changes}
    with_day = event.start_date != event.end_date or len(days) > 1

    def entry_time(entry: LogEntryRecord) -> str:
        start = format_time(entry.at, zone, with_day)
        if entry.ends_at is None:
            return start
        return f"{start}–{clock(entry.ends_at.astimezone(zone).time())}"

    someone = tr("someone not in this event")
    rows = [
        LogRow(
            ROW_ENTRY,
            entry.at,
            entry_time(entry),
            entry.category.label,
            entry.text,
            items.get(entry.agenda_item_id, "") if entry.agenda_item_id is not None else "",
            tuple(names.get(pid, someone) for pid in entry.person_ids),
            entry.author,
            entry=entry,
        )
        for entry in log.entries
    ]
    rows += [
        LogRow(
            ROW_CHANGE,
            change.at,
            format_time(change.at, zone, with_day),
            change_text(change.area),
            change.summary,
            "",
            (),
            change.author,
            change=change,
        )
        for change in log.changes
    ]
    order = {ROW_ENTRY: 0, ROW_CHANGE: 1}
    rows.sort(key=lambda r: (r.at, order[r.kind], r.key[1] or 0))
    return rows


class LogModel(QAbstractTableModel):
    """Read-only rows; every change to the log is a command, after which the view reloads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_log(
        self,
        event: EventRecord | None,
        log: EventLog | None,
        extra_names: Mapping[int, str] | None = None,
    ) -> None:
        self.set_rows(build_rows(event, log, extra_names))

    def row_at(self, row: int) -> LogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, int | None]) -> int:
        """The row showing ``key`` ((kind, id)); -1 if none does."""
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    @property
    def rows(self) -> list[LogRow]:
        return list(self._rows)

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return tr(HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ROW_ROLE:
            return row
        if role == KIND_ROLE:
            return row.kind
        if role == KEY_ROLE:
            return row.key
        if role == CATEGORY_ROLE:
            return row.entry.category.value if row.entry is not None else None
        if role == AREA_ROLE:
            return row.change.area.value if row.change is not None else None
        if role == AT_ROLE:
            return row.at
        if row.kind == ROW_CHANGE:
            # The history is the app's record, not the user's words: set apart, quietly.
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _display(row: LogRow, column: int) -> str | None:
        if column == COLUMN_TIME:
            return row.time_text
        if column == COLUMN_CATEGORY:
            return row.shown_category
        if column == COLUMN_TEXT:
            return row.shown_text
        if column == COLUMN_ITEM:
            return row.item_title
        if column == COLUMN_PEOPLE:
            return ", ".join(row.people)
        if column == COLUMN_AUTHOR:
            return row.author
        return None

    @staticmethod
    def _tooltip(row: LogRow, column: int) -> str | None:
        if column in (COLUMN_TEXT, COLUMN_CATEGORY) and row.edited and row.entry is not None:
            count = len(row.entry.revisions)
            note = tr("Edited; %n earlier versions below the list.", "", count)
            return f"{row.text}\n\n{note}" if column == COLUMN_TEXT else note
        if column == COLUMN_TEXT:
            return row.text
        if column == COLUMN_TIME and row.length_text:
            assert row.entry is not None
            if row.entry.span is not LogSpan.NONE:
                return tr("{length} long; timed by the session timer").format(
                    length=row.length_text
                )
            return tr("{length} long").format(length=row.length_text)
        if column in (COLUMN_ITEM, COLUMN_PEOPLE):
            return LogModel._display(row, column) or None
        return None


class LogFilterModel(QSortFilterProxyModel):
    """Journal, changes or both; one category of entries; one area of changes; words to find.

    The category narrows the journal and the area the history, each leaving the other alone,
    so "Decisions, with what was changed around them" is one choice of each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = SHOW_BOTH
        self._category: LogCategory | None = None
        self._area: ChangeArea | None = None
        self._search = ""

    @property
    def show(self) -> str:
        return self._show

    def set_show(self, show: str) -> None:
        self._refilter("_show", show if show in (SHOW_JOURNAL, SHOW_CHANGES) else SHOW_BOTH)

    def set_category(self, category: LogCategory | None) -> None:
        self._refilter("_category", category)

    def set_area(self, area: ChangeArea | None) -> None:
        self._refilter("_area", area)

    def set_search(self, text: str) -> None:
        self._refilter("_search", text.strip())

    @property
    def filtering(self) -> bool:
        return (self._show, self._category, self._area, self._search) != (SHOW_BOTH, None, None, "")

    def _refilter(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,  # noqa: ARG002
    ) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, LogModel) else None
        if row is None:
            return False
        if row.entry is not None:
            if self._show == SHOW_CHANGES:
                return False
            if self._category is not None and row.entry.category is not self._category:
                return False
        else:
            if self._show == SHOW_JOURNAL:
                return False
            area = row.change.area if row.change is not None else None
            if self._area is not None and area is not self._area:
                return False
        return not self._search or row.matches(self._search)
