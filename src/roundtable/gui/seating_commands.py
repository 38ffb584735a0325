"""Changes to an event's seating plans, as undoable commands with names.

Plans belong to the event aggregate, so, as for participants and the agenda, every change is an
edit of the whole event (``EditEventCommand``: save the new record, undo by saving the old one)
under a name that says what happened ("Seat “Ha” at seat 3", "Lock seat 1", "Auto-seat “Main
table”"). The builders below make the new record from a fresh copy and find the plan by its id,
so a change built on a record loaded a moment ago cannot land on another plan. Nothing edits a
record in place. The first redo keeps the saved snapshot, so a redo after an undo restores the
same plan, seat and rule ids.

A change the plan itself forbids (seating someone on a locked seat) raises ``SeatingRefusedError``
with a sentence for the status bar; the view then pushes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping

from roundtable.domain.enums import Attendance
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.gui.event_commands import CommandContext, EditEventCommand, quoted
from roundtable.gui.participant_commands import short_name
from roundtable.services.auto_seating import apply_assignments

PLAN_FIELDS = ("name", "shape", "seat_count", "seats_per_side", "head_seat", "rows", "day_date",
               "notes")  # fmt: skip
"""What the plan dialog edits; seats and pair rules are changed by the other builders."""


class SeatingRefusedError(ValueError):
    """A change the plan does not allow as it stands; the message says why, as a sentence."""


# -- finding things -----------------------------------------------------------------------------


def find_plan(event: EventRecord, plan_id: int | None) -> SeatingPlanRecord:
    for plan in event.seating_plans:
        if plan.id == plan_id:
            return plan
    raise ValueError(f"no seating plan {plan_id} in this event")


def participant(event: EventRecord, participation_id: int) -> ParticipationRecord:
    for person in event.participants:
        if person.id == participation_id:
            return person
    raise ValueError(f"no participation {participation_id} in this event")


def person_name(event: EventRecord, participation_id: int | None) -> str:
    """How a command names a participant: “Ha” (the family name), quoted."""
    if participation_id is None:
        return "nobody"
    try:
        return quoted(short_name(participant(event, participation_id).person), 40)
    except ValueError:
        return "someone"


def seat_of(plan: SeatingPlanRecord, participation_id: int) -> int | None:
    for seat in plan.seats:
        if seat.participation_id == participation_id:
            return seat.number
    return None


def _seat_record(plan: SeatingPlanRecord, number: int) -> SeatRecord:
    """The plan's own record of seat ``number``, added to the plan if it had none."""
    if not 1 <= number <= plan.seat_count:
        raise ValueError(f"“{plan.name}” has seats 1 to {plan.seat_count}, not seat {number}")
    for seat in plan.seats:
        if seat.number == number:
            return seat
    seat = SeatRecord(number=number)
    plan.seats.append(seat)
    plan.seats.sort(key=lambda s: s.number)
    return seat


def _copy_with_plan(
    event: EventRecord, plan_id: int | None
) -> tuple[EventRecord, SeatingPlanRecord]:
    new = copy.deepcopy(event)
    return new, find_plan(new, plan_id)


# -- plans --------------------------------------------------------------------------------------


def with_plan_added(event: EventRecord, plan: SeatingPlanRecord) -> EventRecord:
    new = copy.deepcopy(event)
    added = copy.deepcopy(plan)
    added.id = None
    new.seating_plans.append(added)
    return new


def with_plan_settings(
    event: EventRecord, plan_id: int | None, settings: SeatingPlanRecord
) -> EventRecord:
    """The plan with ``settings``'s name, layout, day and notes. Seats past a smaller seat
    count go, with whoever sat there; the seats and rules that remain keep their ids."""
    new, plan = _copy_with_plan(event, plan_id)
    for field in PLAN_FIELDS:
        setattr(plan, field, copy.deepcopy(getattr(settings, field)))
    plan.seats = [s for s in plan.seats if s.number <= plan.seat_count]
    return new


def with_plan_removed(event: EventRecord, plan_id: int | None) -> EventRecord:
    new = copy.deepcopy(event)
    find_plan(new, plan_id)
    new.seating_plans = [p for p in new.seating_plans if p.id != plan_id]
    return new


# -- seats --------------------------------------------------------------------------------------


def with_person_seated(
    event: EventRecord, plan_id: int | None, participation_id: int, number: int
) -> EventRecord:
    """``participation_id`` at seat ``number``. Someone already seated moves, and whoever sat
    at ``number`` takes their old seat (a swap); someone from the unseated list takes the seat,
    and its occupant becomes unseated. Locked seats refuse, whichever end they are."""
    person = participant(event, participation_id)
    if person.attendance is Attendance.DECLINED:
        raise SeatingRefusedError(f"{short_name(person.person)} has declined and cannot be seated.")
    new, plan = _copy_with_plan(event, plan_id)
    target = _seat_record(plan, number)
    if target.locked:
        raise SeatingRefusedError(f"Seat {number} is locked; unlock it first.")
    source_number = seat_of(plan, participation_id)
    if source_number == number:
        return new
    source = plan.seat(source_number) if source_number is not None else None
    if source is not None and source.locked:
        raise SeatingRefusedError(
            f"{short_name(person.person)} is in locked seat {source_number}; unlock it first."
        )
    occupant = target.participation_id
    target.participation_id = participation_id
    if source is not None:
        source.participation_id = occupant
    return new


def with_seat_emptied(event: EventRecord, plan_id: int | None, number: int) -> EventRecord:
    new, plan = _copy_with_plan(event, plan_id)
    seat = _seat_record(plan, number)
    if seat.locked and seat.participation_id is not None:
        raise SeatingRefusedError(f"Seat {number} is locked; unlock it first.")
    seat.participation_id = None
    return new


def with_seat_locked(
    event: EventRecord, plan_id: int | None, number: int, locked: bool
) -> EventRecord:
    new, plan = _copy_with_plan(event, plan_id)
    _seat_record(plan, number).locked = locked
    return new


def with_seat_label(
    event: EventRecord, plan_id: int | None, number: int, label: str
) -> EventRecord:
    new, plan = _copy_with_plan(event, plan_id)
    _seat_record(plan, number).label = " ".join(label.split())
    return new


def with_assignments(
    event: EventRecord, plan_id: int | None, assignments: Mapping[int, int]
) -> EventRecord:
    """The plan seated as ``assignments`` says (seat → participation id); seats keep their
    ids, locks and labels (``auto_seating.apply_assignments``)."""
    new = copy.deepcopy(event)
    plan = find_plan(new, plan_id)
    index = new.seating_plans.index(plan)
    new.seating_plans[index] = apply_assignments(plan, dict(assignments))
    return new


def locked_assignments(plan: SeatingPlanRecord) -> dict[int, int]:
    """Who sits in the locked seats: what "Clear unlocked seats" leaves."""
    return {
        s.number: s.participation_id
        for s in plan.seats
        if s.locked and s.participation_id is not None
    }


def with_unlocked_cleared(event: EventRecord, plan_id: int | None) -> EventRecord:
    return with_assignments(event, plan_id, locked_assignments(find_plan(event, plan_id)))


# -- pair rules ---------------------------------------------------------------------------------


def with_pair_rule_added(
    event: EventRecord, plan_id: int | None, first: int, second: int, together: bool
) -> EventRecord:
    participant(event, first)
    participant(event, second)
    if first == second:
        raise SeatingRefusedError("A rule needs two different people.")
    new, plan = _copy_with_plan(event, plan_id)
    for rule in plan.pair_rules:
        if {rule.first_participation_id, rule.second_participation_id} == {first, second}:
            raise SeatingRefusedError(
                f"{person_name(event, first)} and {person_name(event, second)} already have a "
                "rule; remove it first."
            )
    plan.pair_rules.append(PairRule(first, second, together))
    return new


def with_pair_rule_removed(event: EventRecord, plan_id: int | None, index: int) -> EventRecord:
    new, plan = _copy_with_plan(event, plan_id)
    if not 0 <= index < len(plan.pair_rules):
        raise ValueError(f"no rule {index} in “{plan.name}”")
    del plan.pair_rules[index]
    return new


# -- texts --------------------------------------------------------------------------------------


def plan_name(plan: SeatingPlanRecord) -> str:
    return quoted(plan.name, 40)


def new_plan_text(plan: SeatingPlanRecord) -> str:
    return f"New seating plan {plan_name(plan)}"


def edit_plan_text(plan: SeatingPlanRecord) -> str:
    return f"Edit seating plan {plan_name(plan)}"


def delete_plan_text(plan: SeatingPlanRecord) -> str:
    return f"Delete seating plan {plan_name(plan)}"


def seat_text(
    event: EventRecord, plan: SeatingPlanRecord, participation_id: int, number: int
) -> str:
    """ "Seat “Ha” at seat 3", "Move “Ha” to seat 5" or "Swap “Ha” and “Boyle”"."""
    who = person_name(event, participation_id)
    source = seat_of(plan, participation_id)
    occupant = plan.seat(number).participation_id
    if source is None:
        return f"Seat {who} at seat {number}"
    if occupant is None:
        return f"Move {who} to seat {number}"
    return f"Swap {who} and {person_name(event, occupant)}"


def unseat_text(event: EventRecord, plan: SeatingPlanRecord, number: int) -> str:
    return f"Unseat {person_name(event, plan.seat(number).participation_id)}"


def lock_text(number: int, locked: bool) -> str:
    return f"{'Lock' if locked else 'Unlock'} seat {number}"


def label_text(number: int, label: str) -> str:
    label = " ".join(label.split())
    return f"Label seat {number} {quoted(label, 30)}" if label else f"Clear label of seat {number}"


def auto_seat_text(plan: SeatingPlanRecord) -> str:
    return f"Auto-seat {plan_name(plan)}"


def clear_text(plan: SeatingPlanRecord) -> str:
    return f"Clear unlocked seats of {plan_name(plan)}"


def pair_rule_text(event: EventRecord, first: int, second: int, together: bool) -> str:
    how = "together" if together else "apart"
    return f"Keep {person_name(event, first)} and {person_name(event, second)} {how}"


def remove_rule_text(event: EventRecord, rule: PairRule) -> str:
    first = person_name(event, rule.first_participation_id)
    second = person_name(event, rule.second_participation_id)
    return f"Remove rule for {first} and {second}"


class SeatingCommand(EditEventCommand):
    """An edit of the event's seating plans under a specific name."""

    def __init__(
        self, context: CommandContext, old: EventRecord, new: EventRecord, text: str
    ) -> None:
        super().__init__(context, old, new)
        self.setText(text)
