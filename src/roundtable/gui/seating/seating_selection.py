"""What is selected in the Seating tab, and what that allows: the enabled state of each button
and, when one is disabled, the reason its tooltip gives instead.

Kept apart from the widgets so the rules read as plain logic (and so ``SeatingView`` only puts
the answers on its buttons): every selection change asks again, so nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.wording import QT_TR_NOOP, tr

SELECT_SEAT_FIRST = QT_TR_NOOP(
    "Select a seat in the drawing first (click it, or use the arrow keys)"
)
READ_ONLY = QT_TR_NOOP("This window is read-only")
"""Marked only: the reasons below and the view translate them where they are given."""


@dataclass(frozen=True)
class SeatSelection:
    """The tab's state as the buttons see it: whether the window may change anything, the
    plan shown, the seat selected in the drawing and the person selected in the Unseated list."""

    writable: bool
    has_event: bool
    plan: SeatingPlanRecord | None
    seat: int | None
    person: int | None

    @property
    def has_plan(self) -> bool:
        return self.plan is not None

    @property
    def editable(self) -> bool:
        return self.writable and self.has_plan

    @property
    def record(self) -> SeatRecord | None:
        if self.plan is None or self.seat is None:
            return None
        return self.plan.seat(self.seat)

    @property
    def occupied(self) -> bool:
        record = self.record
        return record is not None and record.participation_id is not None

    @property
    def locked(self) -> bool:
        record = self.record
        return record is not None and record.locked

    # -- why a button is disabled ------------------------------------------------------------

    def no_plan_reason(self) -> str:
        return tr("Create a seating plan first") if self.has_event else tr("Select an event first")

    def plan_reason(self) -> str:
        """Why Edit, Delete and Auto-seat are disabled."""
        return tr(READ_ONLY) if self.has_plan else self.no_plan_reason()

    def unless_writable(self, reason: str) -> str:
        """``reason`` (translated already), unless the window is read-only: then that is the
        reason."""
        return reason if self.writable else tr(READ_ONLY)

    def seat_reason(self) -> str:
        """Why Unseat and Move are disabled (and Seat, when no seat or a locked one is the
        cause)."""
        if not self.writable:
            return tr(READ_ONLY)
        if self.seat is None:
            return tr(SELECT_SEAT_FIRST)
        if self.locked:
            return tr("Seat {number} is locked; unlock it first").format(number=self.seat)
        return tr("Seat {number} is empty").format(number=self.seat)

    def seat_person_reason(self) -> str:
        if self.seat is None or self.locked or not self.writable:
            return self.seat_reason()
        return tr("Select someone in the Unseated list first")

    # -- what is allowed ---------------------------------------------------------------------

    def can_clear(self) -> bool:
        """An unlocked seat is taken: Clear has something to empty."""
        plan = self.plan
        clearable = plan is not None and any(
            s.participation_id is not None and not s.locked for s in plan.seats
        )
        return self.editable and clearable

    def can_seat_person(self) -> bool:
        return (
            self.editable and self.seat is not None and self.person is not None and not self.locked
        )

    def can_change_occupant(self) -> bool:
        """Unseat and Move: a taken seat that is not locked."""
        return self.editable and self.occupied and not self.locked

    def can_change_seat(self) -> bool:
        """Lock and Label: any seat."""
        return self.editable and self.seat is not None


def seat_text(selection: SeatSelection, person_name: str) -> str:
    """The line under the drawing about the selected seat; ``person_name`` is its occupant's."""
    plan, seat, record = selection.plan, selection.seat, selection.record
    if seat is None or plan is None:
        return tr("Click a seat, or use the arrow keys in the drawing.") if plan is not None else ""
    if selection.occupied:
        parts = [tr("<b>Seat {number}</b>: {name}").format(number=seat, name=person_name)]
    else:
        parts = [tr("<b>Seat {number}</b>").format(number=seat)]
    if record is not None and record.label:
        parts.append(tr("kept for {label}").format(label=record.label))
    if selection.locked:
        parts.append(tr("locked", "seat"))
    if seat == plan.head_seat:
        parts.append(tr("head", "seat"))
    return " · ".join(parts)


def unseated_note(selection: SeatSelection, declined: int) -> str:
    """The hint under the Unseated list: how to seat someone, and who is not listed."""
    notes = []
    if selection.has_plan and selection.writable:
        notes.append(tr("Drag a name onto a seat, or select it and a seat and press Return."))
    if declined:
        notes.append(tr("%n declined and are not listed.", "", declined))
    return " ".join(notes)
