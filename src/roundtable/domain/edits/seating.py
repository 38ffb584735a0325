"""Edits of an event's seating plans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.seating import SeatingPlanRecord

PLAN_FIELDS = ("name", "shape", "seat_count", "seats_per_side", "head_seat", "rows", "day_date",
               "notes")  # fmt: skip
"""What the plan dialog edits. Seats past a smaller seat count go, with whoever sat there."""


@dataclass(frozen=True)
class SeatState:
    """What a seat holds: an occupant, a lock, a label. The default is an empty seat."""

    participation_id: int | None = None
    locked: bool = False
    label: str = ""


@dataclass(frozen=True, kw_only=True)
class AddPlan(Edit):
    event_id: int
    plan: SeatingPlanRecord


@dataclass(frozen=True, kw_only=True)
class SetPlanFields(Edit):
    plan_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class RemovePlan(Edit):
    plan_id: int


@dataclass(frozen=True, kw_only=True)
class SetSeats(Edit):
    """Seat number → (what it held as the user saw it, what it holds now)."""

    plan_id: int
    seats: Mapping[int, tuple[SeatState, SeatState]] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class AddPairRule(Edit):
    plan_id: int
    first: int  # participation ids
    second: int
    together: bool = True


@dataclass(frozen=True, kw_only=True)
class RemovePairRule(Edit):
    rule_id: int
