"""One event's participants as a table, in precedence order, for the Participants tab.

The model never changes the event itself: an edit in a cell (``setData``) or a drop of dragged
rows (``dropMimeData``) is turned into a request signal, the view pushes an undo command, and
the command's reload hands the saved event back through ``set_event``. ``set_event`` updates
in place when the same participants come back (values changed, or the same people in a new
order), so the selection and an open editor survive every change the user makes here.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import affiliation_text, full_name
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.gui.common.choice_delegate import CHOICES_ROLE, FREE_TEXT_ROLE
from roundtable.gui.common.signals import emit
from roundtable.services.edits.participants import (
    ATTENDANCE,
    CARD_NAME,
    DELEGATION,
    ROLE,
    ordered,
)
from roundtable.wording import QT_TR_NOOP, tr

PARTICIPATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The participation's id (int)."""
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The person's id (int)."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The row's ``ParticipationRecord``."""
CARD_PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 4
"""The name a card prints when its "Name on card" is empty (greyed in the empty cell)."""
# CHOICES_ROLE and FREE_TEXT_ROLE (choice_delegate) give the role, delegation and attendance
# cells their combo boxes; only the delegation takes a typed value (a new delegation's name).

MIME_TYPE = "application/x-roundtable-participations"

COLUMNS = ("#", QT_TR_NOOP("Name"), QT_TR_NOOP("Own-script name"), QT_TR_NOOP("Role"),
           QT_TR_NOOP("Delegation"), QT_TR_NOOP("Attendance"),
           QT_TR_NOOP("Affiliation"), QT_TR_NOOP("Name on card"))  # fmt: skip
"""The column headers in English ("#" is not a word); ``headerData`` translates them."""
(
    COLUMN_POSITION,
    COLUMN_NAME,
    COLUMN_NATIVE,
    COLUMN_ROLE,
    COLUMN_DELEGATION,
    COLUMN_ATTENDANCE,
    COLUMN_AFFILIATION,
    COLUMN_CARD_NAME,
) = range(len(COLUMNS))
EDITABLE_COLUMNS = {
    COLUMN_ROLE: ROLE,
    COLUMN_DELEGATION: DELEGATION,
    COLUMN_ATTENDANCE: ATTENDANCE,
    COLUMN_CARD_NAME: CARD_NAME,
}
NO_DELEGATION = "—"

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_PARTICIPATION_ID = int(PARTICIPATION_ID_ROLE)
_PERSON_ID = int(PERSON_ID_ROLE)
_RECORD = int(RECORD_ROLE)
_CARD_PLACEHOLDER = int(CARD_PLACEHOLDER_ROLE)
_CHOICES = int(CHOICES_ROLE)
_FREE_TEXT = int(FREE_TEXT_ROLE)


@dataclass(frozen=True)
class Counts:
    """How many participants there are by role, delegation and attendance, in display order."""

    total: int
    roles: list[tuple[ParticipantRole, int]]
    delegations: list[tuple[str, int]]  # "" for those in no delegation, last
    attendance: list[tuple[Attendance, int]]


def count_participants(event: EventRecord | None) -> Counts:
    people = event.participants if event else []
    roles = Counter(p.role for p in people)
    attendance = Counter(p.attendance for p in people)
    delegations = Counter(p.delegation for p in people)
    names = [d.name for d in event.delegations] if event else []
    names += sorted(n for n in delegations if n and n not in names)
    by_delegation = [(n, delegations[n]) for n in names if delegations[n]]
    if delegations[""]:
        by_delegation.append(("", delegations[""]))
    return Counts(
        total=len(people),
        roles=[(r, roles[r]) for r in ParticipantRole if roles[r]],
        delegations=by_delegation,
        attendance=[(a, attendance[a]) for a in Attendance if attendance[a]],
    )


class ParticipantsModel(QAbstractTableModel):
    value_change_requested = Signal(int, str, object)
    """(participation id, "role" | "delegation" | "attendance" | "card_name", new value) from a
    cell edit."""
    order_change_requested = Signal(list, list)
    """(every participation id in the new order, the ids that were moved) from a drop."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._event: EventRecord | None = None
        self._rows: list[ParticipationRecord] = []
        self._display: list[tuple[str, ...]] = []
        self._editable = True
        self._delegation_choices: list[tuple[str, str]] = [(NO_DELEGATION, "")]
        self._role_choices = [(r.label, r) for r in ParticipantRole]
        self._attendance_choices = [(a.label, a) for a in Attendance]
        self._muted = QColor(128, 128, 128)

    # -- content ----------------------------------------------------------------------------

    @property
    def current_event(self) -> EventRecord | None:
        """Not ``event``: a QObject subclass must not hide QObject.event()."""
        return self._event

    def set_editable(self, editable: bool) -> None:
        """Read-only sessions: no cell editors, no dragging."""
        if editable != self._editable:
            self._editable = editable
            if self._rows:
                last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                emit(self.dataChanged, self.index(0, 0), last)

    def keep_event(self, event: EventRecord) -> None:
        """The same event, changed in what the list does not show: nothing to redraw."""
        self._event = event

    def set_event(self, event: EventRecord | None) -> None:
        rows = ordered(event.participants) if event else []
        old_ids = [p.id for p in self._rows]
        new_ids = [p.id for p in rows]
        same_event = self._event is not None and event is not None and self._event.id == event.id
        self._event = event
        self._delegation_choices = [(NO_DELEGATION, "")] + [
            (d.name, d.name) for d in (event.delegations if event else [])
        ]
        if same_event and new_ids == old_ids and None not in new_ids:
            self._update_in_place(rows)
        elif same_event and Counter(new_ids) == Counter(old_ids) and None not in new_ids:
            self._reorder(rows)
        elif same_event and None not in new_ids and _same_order(old_ids, new_ids):
            self._insert_and_remove(rows)
        else:
            self.beginResetModel()
            self._rows = rows
            self._display = [self._display_row(p) for p in rows]
            self.endResetModel()

    def _update_in_place(self, rows: list[ParticipationRecord]) -> None:
        """The same people in the same order: only the rows that look different are told, so
        the selection, the current cell and the scroll stay."""
        display = [self._display_row(p) for p in rows]
        changed = [r for r, (a, b) in enumerate(zip(self._display, display, strict=True)) if a != b]
        self._rows, self._display = rows, display
        for row in changed:
            emit(self.dataChanged, self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _insert_and_remove(self, rows: list[ParticipationRecord]) -> None:
        """People added or gone (here or elsewhere), the others in the same order: rows are
        inserted and removed one by one, so the selection stays on the same people."""
        new_ids = {p.id for p in rows}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row], self._display[row]
                self.endRemoveRows()
        for row, person in enumerate(rows):
            if row >= len(self._rows) or self._rows[row].id != person.id:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, person)
                self._display.insert(row, self._display_row(person))
                self.endInsertRows()
        self._update_in_place(rows)

    def _reorder(self, rows: list[ParticipationRecord]) -> None:
        """Same people in a new order: selection and current row follow the people."""
        emit(self.layoutAboutToBeChanged)
        old_row = {p.id: r for r, p in enumerate(self._rows)}
        new_row = {p.id: r for r, p in enumerate(rows)}
        by_old = {r: pid for pid, r in old_row.items()}
        self._rows = rows
        self._display = [self._display_row(p) for p in rows]
        persistent = self.persistentIndexList()
        if persistent:
            moved = [
                self.index(new_row[by_old[index.row()]], index.column()) for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        emit(self.layoutChanged)

    @staticmethod
    def _display_row(p: ParticipationRecord) -> tuple[str, ...]:
        person = p.person
        return (
            "",  # the position, from the row number
            full_name(person) or person.native_name,  # honorific in the tooltip
            person.native_name,
            p.role.label,
            p.delegation or NO_DELEGATION,
            p.attendance.label,
            affiliation_text(person, positions=True),
            p.card_name,  # "" prints the name
        )

    def participation(self, row: int) -> ParticipationRecord:
        return self._rows[row]

    def participation_ids(self) -> list[int]:
        return [p.id for p in self._rows if p.id is not None]

    def person_ids(self) -> set[int]:
        return {p.person.id for p in self._rows if p.person.id is not None}

    def row_of(self, participation_id: int) -> int:
        for row, p in enumerate(self._rows):
            if p.id == participation_id:
                return row
        return -1

    def counts(self) -> Counts:
        return count_participants(self._event)

    # -- structure --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never "on" a participant.
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() in EDITABLE_COLUMNS:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == _DISPLAY:
            return tr(COLUMNS[section]) if section != COLUMN_POSITION else COLUMNS[section]
        if role == _TOOLTIP and section == COLUMN_POSITION:
            return tr("Order of precedence: drag rows, or use Alt+Up and Alt+Down")
        if role == _TOOLTIP and section == COLUMN_CARD_NAME:
            return tr("Printed on the name card instead of the name; empty prints the name")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        p = self._rows[row]
        if role == _DISPLAY:
            if column == COLUMN_CARD_NAME and not p.card_name:
                return printed_name(p.person, Output.CARD)  # greyed: what the card prints
            return str(row + 1) if column == COLUMN_POSITION else self._display[row][column]
        if role == _EDIT:
            if column == COLUMN_ROLE:
                return p.role
            if column == COLUMN_DELEGATION:
                return p.delegation
            if column == COLUMN_ATTENDANCE:
                return p.attendance
            if column == COLUMN_CARD_NAME:
                return p.card_name
            return self._display[row][column] if column != COLUMN_POSITION else row + 1
        if role == _TOOLTIP:
            if column in (COLUMN_NAME, COLUMN_NATIVE, COLUMN_AFFILIATION):
                name = full_name(p.person, honorific=True)
                return "\n".join(t for t in (name, p.person.native_name,
                                             self._display[row][COLUMN_AFFILIATION])
                                 if t)  # fmt: skip
            if column == COLUMN_CARD_NAME:
                return tr(
                    "What the name card prints instead of the name, e.g. “Amb. Kozuki”; "
                    "empty prints the name"
                )
            return None
        if role == _ALIGNMENT and column == COLUMN_POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _FONT and column == COLUMN_CARD_NAME and not p.card_name:
            font = QFont()
            font.setItalic(True)
            return font
        if role == _FOREGROUND and (
            p.attendance is Attendance.DECLINED
            or (column == COLUMN_DELEGATION and not p.delegation)
            or (column == COLUMN_CARD_NAME and not p.card_name)
        ):
            return self._muted  # those who declined read as absent
        if role == _PARTICIPATION_ID:
            return p.id
        if role == _PERSON_ID:
            return p.person.id
        if role == _RECORD:
            return p
        if role == _CARD_PLACEHOLDER:
            return printed_name(p.person, Output.CARD) if column == COLUMN_CARD_NAME else None
        if role == _CHOICES:
            if column == COLUMN_ROLE:
                return self._role_choices
            if column == COLUMN_DELEGATION:
                return self._delegation_choices
            if column == COLUMN_ATTENDANCE:
                return self._attendance_choices
            return None
        if role == _FREE_TEXT:
            return column == COLUMN_DELEGATION
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = _EDIT) -> bool:
        """Asks for the change (``value_change_requested``); the command's reload shows it."""
        if not index.isValid() or role != _EDIT or not self._editable:
            return False
        field = EDITABLE_COLUMNS.get(index.column())
        if field is None:
            return False
        p = self._rows[index.row()]
        try:
            if field == ROLE:
                value = ParticipantRole(value)
            elif field == ATTENDANCE:
                value = Attendance(value)
            else:
                value = " ".join(str(value or "").split())
                if field == DELEGATION and value == NO_DELEGATION:
                    value = ""
        except ValueError:
            return False
        if value == getattr(p, field) or p.id is None:
            return False
        emit(self.value_change_requested, p.id, field, value)
        return True

    # -- drag and drop ----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._rows[r].id for r in rows if self._rows[r].id is not None]
        data = QMimeData()
        payload = {"event": self._event.id if self._event else None, "participations": ids}
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def _dropped_ids(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(MIME_TYPE) or self._event is None:
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        if payload.get("event") != self._event.id:
            return None  # rows from another event's table
        ids = [i for i in payload.get("participations", []) if isinstance(i, int)]
        known = set(self.participation_ids())
        return [i for i in ids if i in known] or None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return (
            self._editable
            and action == Qt.DropAction.MoveAction
            and self._dropped_ids(data) is not None
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropping rows before ``row`` asks for the new order; nothing moves until the command
        has saved it."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moving = self._dropped_ids(data)
        assert moving is not None
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        ids = [p.id for p in self._rows]
        chosen = set(moving)
        position = sum(1 for pid in ids[:row] if pid not in chosen)
        rest = [pid for pid in ids if pid not in chosen]
        block = [pid for pid in ids if pid in chosen]  # in their current order
        order = rest[:position] + block + rest[position:]
        if order == ids:
            return False
        emit(self.order_change_requested, order, block)
        return True


def _same_order(old_ids: list, new_ids: list) -> bool:
    """Whether the people in both lists come in the same order in each."""
    old_set, new_set = set(old_ids), set(new_ids)
    return [i for i in old_ids if i in new_set] == [i for i in new_ids if i in old_set]
