"""Edits of seating plans, built from the plan the Seating tab shows.

Seats change as ``SetSeats``: each seat touched, with what it held as the user saw it and what
it holds now, so a swap is two seats, and someone else's change to a third seat never clashes
with it.
"""

from __future__ import annotations

from collections.abc import Mapping

from roundtable.domain.edits.seating import (
    PLAN_FIELDS,
    AddPairRule,
    AddPlan,
    RemovePairRule,
    RemovePlan,
    SeatState,
    SetPlanFields,
    SetSeats,
)
from roundtable.domain.enums import Attendance
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord
from roundtable.services.edits import RefusedError
from roundtable.services.edits.text import quoted, short_name
from roundtable.wording import tr

# -- finding things -----------------------------------------------------------------------------


def participant(event: EventRecord, participation_id: int) -> ParticipationRecord:
    for person in event.participants:
        if person.id == participation_id:
            return person
    raise ValueError(f"no participation {participation_id} in this event")


def person_name(event: EventRecord, participation_id: int | None) -> str:
    """How an edit names a participant: “Ha” (the family name), quoted."""
    if participation_id is None:
        return tr("nobody")
    try:
        return quoted(short_name(participant(event, participation_id).person), 40)
    except ValueError:
        return tr("someone")


def seat_of(plan: SeatingPlanRecord, participation_id: int) -> int | None:
    for seat in plan.seats:
        if seat.participation_id == participation_id:
            return seat.number
    return None


def state(plan: SeatingPlanRecord, number: int) -> SeatState:
    seat = plan.seat(number)
    return SeatState(seat.participation_id, seat.locked, seat.label)


def _in_range(plan: SeatingPlanRecord, number: int) -> None:
    if not 1 <= number <= plan.seat_count:
        raise ValueError(f"“{plan.name}” has seats 1 to {plan.seat_count}, not seat {number}")


def _seats(plan: SeatingPlanRecord, text: str, changes: Mapping[int, SeatState]) -> SetSeats:
    assert plan.id is not None
    return SetSeats(
        plan_id=plan.id,
        seats={n: (state(plan, n), new) for n, new in changes.items() if state(plan, n) != new},
        text=text,
    )


# -- plans --------------------------------------------------------------------------------------


def add_plan_edit(event: EventRecord, plan: SeatingPlanRecord) -> AddPlan:
    assert event.id is not None
    return AddPlan(event_id=event.id, plan=plan, text=new_plan_text(plan))


def plan_settings_edit(
    plan: SeatingPlanRecord, settings: SeatingPlanRecord
) -> SetPlanFields | None:
    """The plan with ``settings``'s name, layout, day and notes (seats past a smaller count
    go, with whoever sat there)."""
    assert plan.id is not None
    changes = {
        f: (getattr(plan, f), getattr(settings, f))
        for f in PLAN_FIELDS
        if getattr(plan, f) != getattr(settings, f)
    }
    if not changes:
        return None
    return SetPlanFields(plan_id=plan.id, changes=changes, text=edit_plan_text(settings))


def remove_plan_edit(plan: SeatingPlanRecord) -> RemovePlan:
    assert plan.id is not None
    return RemovePlan(plan_id=plan.id, text=delete_plan_text(plan))


# -- seats --------------------------------------------------------------------------------------


def seat_person_edit(
    event: EventRecord, plan: SeatingPlanRecord, participation_id: int, number: int
) -> SetSeats | None:
    """``participation_id`` at seat ``number``. Someone already seated moves, and whoever sat
    at ``number`` takes their old seat (a swap); someone from the unseated list takes the seat,
    and its occupant becomes unseated. Locked seats refuse, whichever end they are. None when
    they sit there already."""
    person = participant(event, participation_id)
    if person.attendance is Attendance.DECLINED:
        raise RefusedError(
            tr("{name} has declined and cannot be seated.").format(name=short_name(person.person))
        )
    _in_range(plan, number)
    target = state(plan, number)
    if target.locked:
        raise RefusedError(tr("Seat {seat} is locked; unlock it first.").format(seat=number))
    source_number = seat_of(plan, participation_id)
    if source_number == number:
        return None
    text = seat_text(event, plan, participation_id, number)
    changes = {number: SeatState(participation_id, target.locked, target.label)}
    if source_number is not None:
        source = state(plan, source_number)
        if source.locked:
            raise RefusedError(
                tr("{name} is in locked seat {seat}; unlock it first.").format(
                    name=short_name(person.person), seat=source_number
                )
            )
        changes[source_number] = SeatState(target.participation_id, source.locked, source.label)
    return _seats(plan, text, changes)


def unseat_edit(event: EventRecord, plan: SeatingPlanRecord, number: int) -> SetSeats | None:
    _in_range(plan, number)
    seat = state(plan, number)
    if seat.participation_id is None:
        return None
    if seat.locked:
        raise RefusedError(tr("Seat {seat} is locked; unlock it first.").format(seat=number))
    return _seats(
        plan, unseat_text(event, plan, number), {number: SeatState(None, seat.locked, seat.label)}
    )


def lock_edit(plan: SeatingPlanRecord, number: int, locked: bool) -> SetSeats | None:
    _in_range(plan, number)
    seat = state(plan, number)
    if seat.locked == locked:
        return None
    return _seats(
        plan,
        lock_text(number, locked),
        {number: SeatState(seat.participation_id, locked, seat.label)},
    )


def label_edit(plan: SeatingPlanRecord, number: int, label: str) -> SetSeats | None:
    _in_range(plan, number)
    seat = state(plan, number)
    label = " ".join(label.split())
    if seat.label == label:
        return None
    return _seats(
        plan,
        label_text(number, label),
        {number: SeatState(seat.participation_id, seat.locked, label)},
    )


def assignments_edit(
    plan: SeatingPlanRecord, assignments: Mapping[int, int], text: str
) -> SetSeats | None:
    """The plan seated as ``assignments`` says (seat → participation id): every other seat is
    emptied; locks and labels stay."""
    changes = {}
    for number in range(1, plan.seat_count + 1):
        seat = state(plan, number)
        changes[number] = SeatState(assignments.get(number), seat.locked, seat.label)
    edit = _seats(plan, text, changes)
    return edit if edit.seats else None


def locked_assignments(plan: SeatingPlanRecord) -> dict[int, int]:
    """Who sits in the locked seats: what "Clear unlocked seats" leaves."""
    return {
        s.number: s.participation_id
        for s in plan.seats
        if s.locked and s.participation_id is not None
    }


def clear_edit(plan: SeatingPlanRecord) -> SetSeats | None:
    return assignments_edit(plan, locked_assignments(plan), clear_text(plan))


# -- pair rules ---------------------------------------------------------------------------------


def add_rule_edit(
    event: EventRecord, plan: SeatingPlanRecord, first: int, second: int, together: bool
) -> AddPairRule:
    participant(event, first)
    participant(event, second)
    if first == second:
        raise RefusedError(tr("A rule needs two different people."))
    for rule in plan.pair_rules:
        if {rule.first_participation_id, rule.second_participation_id} == {first, second}:
            raise RefusedError(
                tr("{first} and {second} already have a rule; remove it first.").format(
                    first=person_name(event, first), second=person_name(event, second)
                )
            )
    assert plan.id is not None
    return AddPairRule(
        plan_id=plan.id,
        first=first,
        second=second,
        together=together,
        text=pair_rule_text(event, first, second, together),
    )


def remove_rule_edit(event: EventRecord, plan: SeatingPlanRecord, index: int) -> RemovePairRule:
    if not 0 <= index < len(plan.pair_rules) or plan.pair_rules[index].id is None:
        raise ValueError(f"no rule {index} in “{plan.name}”")
    rule = plan.pair_rules[index]
    return RemovePairRule(rule_id=rule.id, text=remove_rule_text(event, rule))  # type: ignore[arg-type]


# -- texts --------------------------------------------------------------------------------------


def plan_name(plan: SeatingPlanRecord) -> str:
    return quoted(plan.name, 40)


def new_plan_text(plan: SeatingPlanRecord) -> str:
    return tr("New seating plan {plan}").format(plan=plan_name(plan))


def edit_plan_text(plan: SeatingPlanRecord) -> str:
    return tr("Edit seating plan {plan}").format(plan=plan_name(plan))


def delete_plan_text(plan: SeatingPlanRecord) -> str:
    return tr("Delete seating plan {plan}").format(plan=plan_name(plan))


def seat_text(
    event: EventRecord, plan: SeatingPlanRecord, participation_id: int, number: int
) -> str:
    """ "Seat “Ha” at seat 3", "Move “Ha” to seat 5" or "Swap “Ha” and “Boyle”"."""
    who = person_name(event, participation_id)
    source = seat_of(plan, participation_id)
    occupant = plan.seat(number).participation_id
    if source is None:
        return tr("Seat {name} at seat {seat}").format(name=who, seat=number)
    if occupant is None:
        return tr("Move {name} to seat {seat}").format(name=who, seat=number)
    return tr("Swap {first} and {second}").format(first=who, second=person_name(event, occupant))


def unseat_text(event: EventRecord, plan: SeatingPlanRecord, number: int) -> str:
    return tr("Unseat {name}").format(name=person_name(event, plan.seat(number).participation_id))


def lock_text(number: int, locked: bool) -> str:
    if locked:
        return tr("Lock seat {seat}").format(seat=number)
    return tr("Unlock seat {seat}").format(seat=number)


def label_text(number: int, label: str) -> str:
    label = " ".join(label.split())
    if label:
        return tr("Label seat {seat} {label}").format(seat=number, label=quoted(label, 30))
    return tr("Clear label of seat {seat}").format(seat=number)


def auto_seat_text(plan: SeatingPlanRecord) -> str:
    return tr("Auto-seat {plan}").format(plan=plan_name(plan))


def clear_text(plan: SeatingPlanRecord) -> str:
    return tr("Clear unlocked seats of {plan}").format(plan=plan_name(plan))


def pair_rule_text(event: EventRecord, first: int, second: int, together: bool) -> str:
    first_name, second_name = person_name(event, first), person_name(event, second)
    if together:
        return tr("Keep {first} and {second} together").format(first=first_name, second=second_name)
    return tr("Keep {first} and {second} apart").format(first=first_name, second=second_name)


def remove_rule_text(event: EventRecord, rule: PairRule) -> str:
    first = person_name(event, rule.first_participation_id)
    second = person_name(event, rule.second_participation_id)
    return tr("Remove rule for {first} and {second}").format(first=first, second=second)
