"""The agenda table: one day's items with their computed start and end.

Times come from ``services.agenda_timing.schedule_day`` and are recomputed whenever the view
hands the model a new event. Cell edits and drops do not change the model: they ask for a change
(``value_change_requested``, ``order_change_requested``), and the view turns that into an undo
command; the reload after the command shows the result.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, time
from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.names import full_name
from roundtable.domain.records import AgendaItemRecord, DayRecord, EventRecord
from roundtable.gui.common.choice_delegate import CHOICES_ROLE
from roundtable.gui.common.palette_colours import PROBLEM, current_palette, readable
from roundtable.gui.common.signals import emit
from roundtable.gui.common.typed_dates import parse_time
from roundtable.services.agenda_timing import DaySchedule, TimedItem, format_clock, schedule_day
from roundtable.services.edits.agenda import ANCHOR, DURATION, KIND, TITLE
from roundtable.wording import QT_TR_NOOP, tr

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The AgendaItemRecord of the row."""
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (QT_TR_NOOP("Start"), QT_TR_NOOP("End"), QT_TR_NOOP("Duration (min)"),
           QT_TR_NOOP("Kind"), QT_TR_NOOP("Title"), QT_TR_NOOP("Speakers"),
           QT_TR_NOOP("Anchor"))  # fmt: skip
"""The column headers in English; ``headerData`` translates them."""
(
    COLUMN_START,
    COLUMN_END,
    COLUMN_DURATION,
    COLUMN_KIND,
    COLUMN_TITLE,
    COLUMN_SPEAKERS,
    COLUMN_ANCHOR,
) = range(len(COLUMNS))
EDITABLE_COLUMNS = {
    COLUMN_DURATION: DURATION,
    COLUMN_KIND: KIND,
    COLUMN_TITLE: TITLE,
    COLUMN_ANCHOR: ANCHOR,
}
MIME_TYPE = "application/x-roundtable-agenda-rows"

KIND_COLOURS: dict[AgendaItemKind, str] = {
    AgendaItemKind.OPENING_REMARKS: "#7b61c9",
    AgendaItemKind.SESSION: "#3c78c8",
    AgendaItemKind.ROUNDTABLE_DISCUSSION: "#2a9d8f",
    AgendaItemKind.KEYNOTE: "#c9533b",
    AgendaItemKind.QA: "#d89a2b",
    AgendaItemKind.BREAK: "#9aa3ab",
    AgendaItemKind.LUNCH: "#7fa35a",
    AgendaItemKind.CLOSING: "#6a4c93",
    AgendaItemKind.OTHER: "#8d6e63",
}


def kind_colour(kind: AgendaItemKind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#888888"))


SWATCH = 12  # the kind's colour mark, in pixels
LATE = PROBLEM  # times past the slot's end


@cache
def kind_swatch(kind: AgendaItemKind) -> QIcon:
    """The kind's colour as a small square with a light rim, the same when its row is selected:
    a bare colour is tinted with the selection's and disappears into it."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(kind_colour(kind))
    painter = QPainter(pixmap)
    painter.setPen(QColor(255, 255, 255, 200))
    painter.drawRect(0, 0, SWATCH - 1, SWATCH - 1)
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def parse_clock(text: str) -> time | None:
    """A typed start, end or slot time, read as the event dialog reads one ("9:05", "0905",
    "14", "2:30 pm"; see ``typed_dates.parse_time``); "" → None; anything else raises
    ValueError, for the cell or field to refuse with a message."""
    text = str(text or "").strip()
    if not text:
        return None
    found = parse_time(text)
    if found is None:
        raise ValueError(f"not a time: {text!r}")
    return found


_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


CELL_PADDING = 18  # the style's margins either side of a cell's text, with room to spare
KIND_MARK = 20  # the kind's colour mark before its name


def column_widths(metrics: QFontMetrics) -> dict[int, int]:
    """Widths for the short columns, from the font: each fits its header and its widest value
    ("⚓ 00:00", the longest kind's name). Title stretches and Speakers is the user's to size."""

    def fit(*texts: str) -> int:
        return max(metrics.horizontalAdvance(t) for t in texts) + CELL_PADDING

    return {
        COLUMN_START: fit(tr(COLUMNS[COLUMN_START]), "⚓ 00:00"),
        COLUMN_END: fit(tr(COLUMNS[COLUMN_END]), "00:00"),
        COLUMN_DURATION: fit(tr(COLUMNS[COLUMN_DURATION]), "999"),
        COLUMN_KIND: fit(tr(COLUMNS[COLUMN_KIND]), *(k.label for k in AgendaItemKind)) + KIND_MARK,
        COLUMN_ANCHOR: fit(tr(COLUMNS[COLUMN_ANCHOR]), "00:00"),
    }


class AgendaModel(QAbstractTableModel):
    value_change_requested = Signal(int, str, object)
    """(row, "duration_minutes" | "kind" | "title" | "anchor", new value) from a cell edit."""
    order_change_requested = Signal(list, list)
    """(old row numbers in the new order, the rows that were moved) from a drop."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._event: EventRecord | None = None
        self._day: DayRecord | None = None
        self._schedule: DaySchedule | None = None
        self._names: dict[int, str] = {}
        self._editable = True
        self._kind_choices = [(k.label, k) for k in AgendaItemKind]
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ----------------------------------------------------------------------------

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    @property
    def day(self) -> DayRecord | None:
        return self._day

    @property
    def schedule(self) -> DaySchedule | None:
        return self._schedule

    def set_editable(self, editable: bool) -> None:
        if editable != self._editable:
            self._editable = editable
            if self.rowCount():
                last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
                emit(self.dataChanged, self.index(0, 0), last)

    def set_day(self, event: EventRecord | None, day_index: int) -> bool:
        """Show day ``day_index`` of ``event`` (nothing when there is no such day).

        The same day with the same items in the same order (a value edited, here or elsewhere)
        is updated in place, which keeps the selection, the current cell and the scroll; True
        then. Anything else resets the table."""
        day = None
        if event is not None and 0 <= day_index < len(event.days):
            day = event.days[day_index]
        same = (
            day is not None
            and self._day is not None
            and day.id == self._day.id
            and [i.id for i in day.items] == [i.id for i in self._day.items]
        )
        if not same:
            self.beginResetModel()
        self._event = event
        self._day = day
        self._names = {
            p.id: full_name(p.person) or p.person.native_name
            for p in (event.participants if event else [])
            if p.id is not None
        }
        self._schedule = None
        if day is not None:
            try:
                self._schedule = schedule_day(day, event.timezone if event else "UTC")
            except Exception:  # an unknown zone: show the items untimed
                self._schedule = None
        if not same:
            self.endResetModel()
        elif self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            emit(self.dataChanged, self.index(0, 0), last)
        return same

    def item(self, row: int) -> AgendaItemRecord:
        assert self._day is not None
        return self._day.items[row]

    def participant_name(self, participation_id: int | None) -> str:
        return self._names.get(participation_id, "?") if participation_id is not None else ""

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self._day is None:
            return 0
        return len(self._day.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() in EDITABLE_COLUMNS:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if 0 <= section < len(COLUMNS):
                return tr(COLUMNS[section])
            return None
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return str(section + 1)
        return None

    def _speakers_text(self, item: AgendaItemRecord) -> str:
        names = []
        for speaker in item.speakers:
            name = self.participant_name(speaker.participation_id)
            if speaker.speaking_minutes is not None:
                name = tr("{name} ({minutes} min)").format(
                    name=name, minutes=speaker.speaking_minutes
                )
            names.append(name)
        return ", ".join(names)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        """One answer per role (``_ROLES``): asked for each cell on each paint, so the role is
        looked up once instead of tried in turn."""
        if not index.isValid() or self._day is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._day.items):
            return None
        answer = _ROLES.get(role)
        if answer is None:
            return None
        timed = self._schedule.items[row] if self._schedule else None
        return answer(self, self._day.items[row], timed, index.column())

    # The answers for ``data``, each given the row's item, its times (None when the day has no
    # schedule) and the column.

    def _item(self, item: AgendaItemRecord, _timed: TimedItem | None, _column: int):
        return item

    def _item_id(self, item: AgendaItemRecord, _timed: TimedItem | None, _column: int):
        return item.id

    def _kind(self, item: AgendaItemRecord, _timed: TimedItem | None, _column: int):
        return item.kind

    def _choices(self, _item: AgendaItemRecord, _timed: TimedItem | None, column: int):
        return self._kind_choices if column == COLUMN_KIND else None

    def _display(self, item: AgendaItemRecord, timed: TimedItem | None, column: int):
        if column == COLUMN_START:
            return self._start_text(timed)
        if column == COLUMN_END:
            return self._clock_text(timed.end) if timed else ""
        if column == COLUMN_DURATION:
            return str(item.duration_minutes)
        if column == COLUMN_KIND:
            return item.kind.label
        if column == COLUMN_TITLE:
            return item.title
        if column == COLUMN_SPEAKERS:
            return self._speakers_text(item)
        if column == COLUMN_ANCHOR:
            return _anchor_text(item)
        return None

    def _edit(self, item: AgendaItemRecord, timed: TimedItem | None, column: int):
        if column == COLUMN_DURATION:
            return item.duration_minutes
        if column == COLUMN_KIND:
            return item.kind
        if column == COLUMN_TITLE:
            return item.title
        if column == COLUMN_ANCHOR:
            return _anchor_text(item)
        return self._display(item, timed, column)

    def _decoration(self, item: AgendaItemRecord, _timed: TimedItem | None, column: int):
        return kind_swatch(item.kind) if column == COLUMN_KIND else None

    def _alignment(self, _item: AgendaItemRecord, _timed: TimedItem | None, column: int):
        if column in (COLUMN_START, COLUMN_END, COLUMN_DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _font(self, _item: AgendaItemRecord, timed: TimedItem | None, column: int):
        if column == COLUMN_START and timed is not None and timed.anchored:
            return self._bold
        return None

    def _foreground(self, _item: AgendaItemRecord, timed: TimedItem | None, column: int):
        """Start and end past the slot's end are drawn in the problem colour."""
        if timed is None or column not in (COLUMN_START, COLUMN_END):
            return None
        slot_end = self._schedule.slot_end if self._schedule is not None else None
        if slot_end is not None and timed.end > slot_end:
            return readable(LATE, current_palette().color(QPalette.ColorRole.Base))
        return None

    def _tooltip(self, item: AgendaItemRecord, timed: TimedItem | None, column: int):
        if column == COLUMN_START and timed is not None and timed.anchored:
            return tr("Anchored: starts at this clock time whatever comes before it")
        if column == COLUMN_SPEAKERS:
            chair = self.participant_name(item.chair_participation_id)
            return tr("Chair: {name}").format(name=chair) if chair else None
        if column == COLUMN_TITLE and item.description:
            return item.description
        return None

    def _start_text(self, timed: TimedItem | None) -> str:
        if timed is None:
            return ""
        text = self._clock_text(timed.start)
        return f"⚓ {text}" if timed.anchored else text

    def _clock_text(self, moment: datetime) -> str:
        assert self._day is not None
        return format_clock(moment, self._day.day_date)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = _EDIT) -> bool:
        """Asks for the change (``value_change_requested``); the command's reload shows it."""
        if not index.isValid() or role != _EDIT or not self._editable or self._day is None:
            return False
        field = EDITABLE_COLUMNS.get(index.column())
        if field is None:
            return False
        item = self._day.items[index.row()]
        try:
            if field == DURATION:
                value = int(value)
                if value < 0:
                    return False
            elif field == KIND:
                value = AgendaItemKind(value)
            elif field == TITLE:
                value = " ".join(str(value or "").split())
                if not value:
                    return False
            else:
                value = parse_clock(value) if not isinstance(value, time) else value
        except (TypeError, ValueError):
            return False
        if value == getattr(item, field):
            return False
        emit(self.value_change_requested, index.row(), field, value)
        return True

    # -- drag and drop ----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def _key(self) -> list:
        return [self._event.id if self._event else None, self._day.id if self._day else None]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        payload = {"day": self._key(), "rows": rows}
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(MIME_TYPE) or self._day is None:
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        if payload.get("day") != self._key():
            return None
        count = len(self._day.items)
        rows = [r for r in payload.get("rows", []) if isinstance(r, int) and 0 <= r < count]
        return rows or None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return (
            self._editable
            and action == Qt.DropAction.MoveAction
            and self._dropped_rows(data) is not None
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = self._dropped_rows(data)
        assert moving is not None and self._day is not None
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._day.items)
        rows = list(range(len(self._day.items)))
        chosen = set(moving)
        position = sum(1 for r in rows[:row] if r not in chosen)
        rest = [r for r in rows if r not in chosen]
        block = [r for r in rows if r in chosen]
        order = rest[:position] + block + rest[position:]
        if order == rows:
            return False
        emit(self.order_change_requested, order, block)
        return True


def _anchor_text(item: AgendaItemRecord) -> str:
    return "" if item.anchor is None else f"{item.anchor:%H:%M}"


_ROLES: dict[int, Callable[[AgendaModel, AgendaItemRecord, TimedItem | None, int], object]] = {
    int(ITEM_ROLE): AgendaModel._item,
    int(ITEM_ID_ROLE): AgendaModel._item_id,
    int(KIND_ROLE): AgendaModel._kind,
    int(CHOICES_ROLE): AgendaModel._choices,
    _DISPLAY: AgendaModel._display,
    _EDIT: AgendaModel._edit,
    _DECORATION: AgendaModel._decoration,
    _ALIGNMENT: AgendaModel._alignment,
    _FONT: AgendaModel._font,
    _FOREGROUND: AgendaModel._foreground,
    _TOOLTIP: AgendaModel._tooltip,
}
"""What ``AgendaModel.data`` answers for each role; any other role is None."""
