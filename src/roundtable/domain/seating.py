"""Seating plans as detached records, like the rest of ``records.py``.

Kept apart from ``records.py`` because seating is its own corner of the model and the file is
already long. Seats refer to participants by participation id (ids are per database); for bundles
a seat or rule can carry the participant's person uid instead, as agenda speakers do. A record
with ``id=None`` is new; the store keeps ids so undo and redo re-use the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from roundtable.domain.enums import TableShape


@dataclass
class SeatRecord:
    """One seat of a plan, by its number (1 = first seat of the layout's walk round the table).

    A locked seat keeps its occupant (or stays empty) whatever auto seating does. A label names
    a seat for someone other than a participant ("Press", "Interpreter"); auto seating leaves an
    unlocked labelled seat empty for them.
    """

    number: int
    participation_id: int | None = None
    locked: bool = False
    label: str = ""
    id: int | None = None
    person_uid: str | None = None  # instead of participation_id, in bundles


@dataclass
class PairRule:
    """Two participants who must sit side by side (``together``) or must not (apart)."""

    first_participation_id: int | None
    second_participation_id: int | None
    together: bool = True
    id: int | None = None
    first_person_uid: str | None = None  # as SeatRecord.person_uid
    second_person_uid: str | None = None


@dataclass
class SeatingPlanRecord:
    """One seating plan of an event (an event may have one per day, or per session).

    ``seats_per_side`` is for the shapes with sides (rectangles, boardroom, hollow square,
    U-shape; for a classroom it is the seats per row); ``None`` lets the layout share the seats
    out evenly. ``rows`` is for classroom layouts only. ``seats`` need only list the seats that
    have something on them: a missing number is an empty, unlocked, unnamed seat.
    """

    name: str
    shape: TableShape = TableShape.ROUND
    seat_count: int = 10
    seats_per_side: int | None = None
    head_seat: int = 1
    rows: int | None = None
    seats: list[SeatRecord] = field(default_factory=list)
    pair_rules: list[PairRule] = field(default_factory=list)
    day_date: date | None = None  # the event day it is for, if any
    notes: str = ""
    id: int | None = None

    def seat(self, number: int) -> SeatRecord:
        """The record of seat ``number``, a fresh empty one if the plan does not list it."""
        for seat in self.seats:
            if seat.number == number:
                return seat
        return SeatRecord(number=number)

    def occupants(self) -> dict[int, int]:
        """Seat number → participation id, for the seats that have someone in them."""
        return {s.number: s.participation_id for s in self.seats if s.participation_id is not None}
