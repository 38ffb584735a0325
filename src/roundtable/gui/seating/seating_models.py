"""The Seating tab's lists: who has no seat yet, what the plan breaks, and the plan's pair rules.

Like the agenda and participants models they only show records; a drop on the unseated list
does not change anything here but asks for a change (``unseat_requested``), which the view turns
into an undo command. The drag payload (who, and from which seat) is shared with the table
drawing, so a person can go from the list to a seat, from seat to seat and back again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from roundtable.domain.enums import Attendance
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord
from roundtable.gui.common.signals import emit
from roundtable.services.auto_seating import Violation
from roundtable.wording import QT_TR_NOOP, tr

MIME_TYPE = "application/x-roundtable-seat-person"

PARTICIPATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The participation id of the row (unseated list)."""
DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 2
NATIVE_NAME_ROLE = Qt.ItemDataRole.UserRole + 3
SEATS_ROLE = Qt.ItemDataRole.UserRole + 4
"""The seat numbers a violation is about (violations list)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 5
PENALTY_ROLE = Qt.ItemDataRole.UserRole + 6
TOGETHER_ROLE = Qt.ItemDataRole.UserRole + 7
"""True for keep-together, False for keep-apart (pair rules list)."""

# Light fills that keep black text readable; the same order in the drawing, the list and the
# legend, so "the green ones" means one delegation everywhere.
DELEGATION_FILLS = ("#cfe3f7", "#f7d9c4", "#d5ecd0", "#e7d7f2", "#f6eeb4", "#d2eeee", "#f3d0dc")
NO_DELEGATION_FILL = "#eef0f3"

KIND_LABELS = {
    "head": QT_TR_NOOP("Head"),
    "host": QT_TR_NOOP("Host"),
    "guest": QT_TR_NOOP("Guest of honour"),
    "together": QT_TR_NOOP("Keep together"),
    "apart": QT_TR_NOOP("Keep apart"),
    "unseated": QT_TR_NOOP("No seat"),
    "delegation": QT_TR_NOOP("Delegation"),
    "cohesion": QT_TR_NOOP("Delegation side"),
    "precedence": QT_TR_NOOP("Precedence"),
    "declined": QT_TR_NOOP("Declined"),
    "unknown": QT_TR_NOOP("Not a participant"),
    "duplicate": QT_TR_NOOP("Two seats"),
}
"""The kinds of rule a violation breaks, as its tooltip names them (marked here, translated
where shown: this table is read at import)."""


@dataclass(frozen=True)
class SeatDrag:
    """What is being dragged: a participant, and the seat they leave (None: from the list)."""

    participation_id: int
    from_seat: int | None = None


def drag_mime(drag: SeatDrag) -> QMimeData:
    data = QMimeData()
    payload = {"participation_id": drag.participation_id, "from_seat": drag.from_seat}
    data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
    data.setText(str(drag.participation_id))
    return data


def read_drag(data: QMimeData | None) -> SeatDrag | None:
    """The payload of ``data``, or None when it is not a person from this tab."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        pid = payload["participation_id"]
        seat = payload.get("from_seat")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(pid, int) or not (seat is None or isinstance(seat, int)):
        return None
    return SeatDrag(pid, seat)


def delegation_names(event: EventRecord | None) -> list[str]:
    """The event's delegations in its own order, then any a participant names that it lacks."""
    if event is None:
        return []
    names = [d.name for d in event.delegations if d.name.strip()]
    for person in event.participants:
        name = person.delegation.strip()
        if name and name not in names:
            names.append(name)
    return names


def delegation_colours(event: EventRecord | None) -> dict[str, QColor]:
    return {
        name: QColor(DELEGATION_FILLS[i % len(DELEGATION_FILLS)])
        for i, name in enumerate(delegation_names(event))
    }


def display_name(person: ParticipationRecord) -> str:
    return full_name(person.person) or person.person.native_name or tr("(no name)")


def seatable(event: EventRecord | None) -> list[ParticipationRecord]:
    """The participants who can have a seat (not those who declined), by precedence."""
    if event is None:
        return []
    people = [p for p in event.participants if p.id is not None]
    people.sort(key=lambda p: p.precedence)
    return [p for p in people if p.attendance is not Attendance.DECLINED]


_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


class UnseatedModel(QAbstractListModel):
    """The plan's seatable participants who have no seat in it, by precedence.

    Dragging a row carries the person; dropping a seated person here asks to unseat them.
    """

    unseat_requested = Signal(int)
    """(seat number) from a person dragged here off a seat."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipationRecord] = []
        self._colours: dict[str, QColor] = {}
        self._editable = True
        self._declined = 0

    @property
    def declined_count(self) -> int:
        """Participants who declined: not listed, as they are never seated."""
        return self._declined

    def set_editable(self, editable: bool) -> None:
        if editable != self._editable:
            self._editable = editable
            if self._rows:
                emit(self.dataChanged, self.index(0), self.index(len(self._rows) - 1))

    def set_plan(self, event: EventRecord | None, plan: SeatingPlanRecord | None) -> None:
        """Show who ``plan`` leaves without a seat; rows that stay keep their selection."""
        seated = set(plan.occupants().values()) if plan is not None else set()
        rows = [p for p in seatable(event) if p.id not in seated] if plan is not None else []
        self._colours = delegation_colours(event)
        self._declined = (
            sum(1 for p in event.participants if p.attendance is Attendance.DECLINED)
            if event is not None and plan is not None
            else 0
        )
        self._update_rows(rows)

    def _update_rows(self, rows: list[ParticipationRecord]) -> None:
        old_ids = [p.id for p in self._rows]
        new_ids = [p.id for p in rows]
        old_set, new_set = set(old_ids), set(new_ids)
        if [pid for pid in old_ids if pid in new_set] != [pid for pid in new_ids if pid in old_set]:
            self.beginResetModel()  # the same people in another order
            self._rows = list(rows)
            self.endResetModel()
            return
        for row in reversed(range(len(old_ids))):
            if old_ids[row] not in new_set:
                self.beginRemoveRows(_ROOT, row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, person in enumerate(rows):
            if row >= len(self._rows) or self._rows[row].id != person.id:
                self.beginInsertRows(_ROOT, row, row)
                self._rows.insert(row, person)
                self.endInsertRows()
        old_rows, self._rows = self._rows, list(rows)  # fresh records for the same ids
        # Only the rows that look different: every row told changed makes the list lay itself
        # out and paint afresh, on each seat moved.
        for row, (before, after) in enumerate(zip(old_rows, self._rows, strict=True)):
            if before != after:
                emit(self.dataChanged, self.index(row), self.index(row))

    def participation(self, row: int) -> ParticipationRecord:
        return self._rows[row]

    def participation_ids(self) -> list[int]:
        return [p.id for p in self._rows if p.id is not None]

    def row_of(self, participation_id: int) -> int:
        return next((r for r, p in enumerate(self._rows) if p.id == participation_id), -1)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        role = int(role)
        if role == _DISPLAY:
            native = person.person.native_name.strip()
            name = display_name(person)
            return f"{name} ({native})" if native and native != name else name
        if role == _TOOLTIP:
            parts = [full_name(person.person, honorific=True) or display_name(person),
                     tr(person.role.label)]  # fmt: skip
            if person.delegation:
                parts.append(person.delegation)
            parts.append(tr(person.attendance.label))
            return " · ".join(parts)
        if role == _DECORATION:
            return self._colours.get(person.delegation.strip(), QColor(NO_DELEGATION_FILL))
        if role == int(PARTICIPATION_ID_ROLE):
            return person.id
        if role == int(DELEGATION_ROLE):
            return person.delegation
        if role == int(NATIVE_NAME_ROLE):
            return person.person.native_name
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    # PySide6's stub says mimeData never returns None, but Qt documents a null return ("nothing
    # to drag") and QAbstractItemView::startDrag checks for it; None is how that is said here.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return None
        person = self._rows[rows[0]]
        return drag_mime(SeatDrag(person.id)) if person.id is not None else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        drag = read_drag(data)
        return self._editable and drag is not None and drag.from_seat is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A person dragged off a seat: ask for them to be unseated (nothing changes here)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        drag = read_drag(data)
        assert drag is not None and drag.from_seat is not None
        emit(self.unseat_requested, drag.from_seat)
        return True


class ViolationsModel(QAbstractListModel):
    """What the plan as it stands breaks (``auto_seating.check``), heaviest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Violation] = []

    def set_violations(self, violations: Sequence[Violation]) -> None:
        rows = sorted(violations, key=lambda v: -v.penalty)
        if rows == self._rows:
            return  # as shown: keep the selection and the list as it is
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def violation(self, row: int) -> Violation:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        violation = self._rows[index.row()]
        role = int(role)
        if role == _DISPLAY:
            return violation.message
        if role == _TOOLTIP:
            kind = (
                tr(KIND_LABELS[violation.kind]) if violation.kind in KIND_LABELS else violation.kind
            )
            seats = ", ".join(str(s) for s in violation.seats) or tr("none", "no seats")
            return tr("{rule} · costs {penalty} · seats {seats}").format(
                rule=kind, penalty=f"{violation.penalty:g}", seats=seats
            )
        if role == int(SEATS_ROLE):
            return list(violation.seats)
        if role == int(KIND_ROLE):
            return violation.kind
        if role == int(PENALTY_ROLE):
            return violation.penalty
        return None


class PairRulesModel(QAbstractListModel):
    """The plan's keep-together and keep-apart rules, as sentences."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PairRule] = []
        self._names: dict[int, str] = {}

    def set_plan(self, event: EventRecord | None, plan: SeatingPlanRecord | None) -> None:
        rows = list(plan.pair_rules) if plan is not None else []
        names = {p.id: display_name(p) for p in (event.participants if event else [])
                 if p.id is not None}  # fmt: skip
        if rows == self._rows and names == self._names:
            return  # as shown: keep the selection and the list as it is
        self.beginResetModel()
        self._rows = rows
        self._names = names
        self.endResetModel()

    def rule(self, row: int) -> PairRule:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def _name(self, participation_id: int | None) -> str:
        someone = tr("someone")
        return self._names.get(participation_id, someone) if participation_id else someone

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rule = self._rows[index.row()]
        role = int(role)
        if role in (_DISPLAY, _TOOLTIP):
            first = self._name(rule.first_participation_id)
            second = self._name(rule.second_participation_id)
            if rule.together:
                return tr("Keep {first} and {second} together").format(first=first, second=second)
            return tr("Keep {first} and {second} apart").format(first=first, second=second)
        if role == int(TOGETHER_ROLE):
            return rule.together
        if role == int(PARTICIPATION_ID_ROLE):
            return (rule.first_participation_id, rule.second_participation_id)
        return None
