"""Handlers for an event's seating plans: plans, seats and pair rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

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
from roundtable.domain.enums import Attendance, ChangeArea, TableShape
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import plan_geometry
from roundtable.domain.validation import validate_plan
from roundtable.errors import ConflictError, UserError
from roundtable.store.edits.common import (
    check_participants,
    event_row,
    next_order,
    participant_name,
    plain,
    plan_event,
)
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.recorder import TABLES, StaleError
from roundtable.wording import tr


def _day_id(context: EditContext, event_id: int, day_date) -> int | None:
    if day_date is None:
        return None
    rows = context.tx.find("event_day", event_id=event_id, day_date=day_date)
    if not rows:
        raise UserError(
            tr("{day_date} is not a day of the event's programme").format(day_date=day_date)
        )
    return rows[0]["id"]


def _check_plan(
    context: EditContext, event_id: int, plan: SeatingPlanRecord, plan_id: int | None
) -> None:
    """The plan's own rules (name, seats, shape) and a name no other plan of the event has."""
    days = {r["day_date"] for r in context.tx.find("event_day", event_id=event_id)}
    validate_plan(plan, days)
    try:
        plan_geometry(plan)
    except UserError as exc:
        raise UserError(
            tr("seating plan “{plan}”: {problem}").format(plan=plan.name.strip(), problem=exc)
        ) from None
    name = plan.name.strip().casefold()
    for other in context.tx.find("seating_plan", event_id=event_id):
        if other["id"] != plan_id and other["name"].strip().casefold() == name:
            raise ConflictError(
                tr("the event already has a seating plan called “{plan}”").format(plan=plan.name)
            )


def _plan_record(context: EditContext, row: dict[str, Any]) -> SeatingPlanRecord:
    day = context.tx.get("event_day", row["day_id"])
    return SeatingPlanRecord(
        id=row["id"],
        name=row["name"],
        shape=TableShape(row["shape"]),
        seat_count=row["seat_count"],
        seats_per_side=row["seats_per_side"],
        head_seat=row["head_seat"],
        rows=row["rows"],
        notes=row["notes"],
        day_date=day["day_date"] if day else None,
    )


@handles(AddPlan)
def add_plan(context: EditContext, edit: AddPlan) -> int:
    event_row(context, edit.event_id)
    plan = edit.plan
    _check_plan(context, edit.event_id, plan, None)
    check_participants(context, edit.event_id, [s.participation_id for s in plan.seats])
    tx = context.tx
    plan_id = tx.insert(
        "seating_plan",
        event_id=edit.event_id,
        name=plan.name.strip(),
        shape=plain(plan.shape),
        seat_count=plan.seat_count,
        seats_per_side=plan.seats_per_side,
        head_seat=plan.head_seat,
        rows=plan.rows,
        notes=plan.notes,
        day_id=_day_id(context, edit.event_id, plan.day_date),
        sort_order=next_order(context, "seating_plan", "sort_order", event_id=edit.event_id),
    )
    for seat in plan.seats:
        if seat.participation_id or seat.locked or seat.label.strip():
            tx.insert(
                "seat",
                plan_id=plan_id,
                number=seat.number,
                participation_id=seat.participation_id,
                locked=seat.locked,
                label=seat.label.strip(),
            )
    for order, rule in enumerate(plan.pair_rules):
        _insert_rule(
            context,
            edit.event_id,
            plan_id,
            rule.first_participation_id,
            rule.second_participation_id,
            rule.together,
            order,
        )
    if edit.text:
        tx.note(edit.event_id, ChangeArea.SEATING, edit.text)
    return plan_id


@handles(SetPlanFields)
def set_plan_fields(context: EditContext, edit: SetPlanFields) -> None:
    row, event_id = plan_event(context, edit.plan_id)
    tx = context.tx
    plan = _plan_record(context, row)
    expect: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for field, (old, new) in edit.changes.items():
        if field not in PLAN_FIELDS:
            raise ValueError(f"cannot set {field!r} of a seating plan")
        if getattr(plan, field) != old:
            raise StaleError(
                tr(
                    "the seating plan “{plan}” was changed meanwhile (by another window or user); "
                    "nothing was changed"
                ).format(plan=row["name"])
            )
        setattr(plan, field, new)
        if field == "day_date":
            expect["day_id"] = row["day_id"]
            values["day_id"] = _day_id(context, event_id, new)
        else:
            expect[field] = plain(old)
            values[field] = new.strip() if field == "name" else plain(new)
    _check_plan(context, event_id, plan, edit.plan_id)
    # Seats past a smaller count go, with whoever sat there.
    for seat in tx.find("seat", plan_id=edit.plan_id):
        if seat["number"] > plan.seat_count:
            tx.delete("seat", seat["id"])
    tx.update(
        "seating_plan",
        edit.plan_id,
        expect=expect,
        what=tr("“{title}”").format(title=row["name"]),
        **values,
    )
    if edit.text:
        tx.note(event_id, ChangeArea.SEATING, edit.text)


@handles(RemovePlan)
def remove_plan(context: EditContext, edit: RemovePlan) -> None:
    row = context.tx.get("seating_plan", edit.plan_id)
    if row is None:
        return  # removed meanwhile: what was asked is done
    context.tx.delete("seating_plan", edit.plan_id, what=tr("“{title}”").format(title=row["name"]))
    if edit.text:
        context.tx.note(row["event_id"], ChangeArea.SEATING, edit.text)


def _state(row: dict[str, Any] | None) -> SeatState:
    if row is None:
        return SeatState()
    return SeatState(row["participation_id"], bool(row["locked"]), row["label"])


@handles(SetSeats)
def set_seats(context: EditContext, edit: SetSeats) -> None:
    plan, event_id = plan_event(context, edit.plan_id)
    tx = context.tx
    rows = {r["number"]: r for r in tx.find("seat", plan_id=edit.plan_id, number=list(edit.seats))}
    for number, (seen, wanted) in sorted(edit.seats.items()):
        if not 1 <= number <= plan["seat_count"]:
            raise UserError(
                tr("“{plan}” has seats 1 to {last}, not seat {number}").format(
                    plan=plan["name"], last=plan["seat_count"], number=number
                )
            )
        row = rows.get(number)
        if _state(row) != seen:
            raise StaleError(
                tr(
                    "seat {number} of “{plan}” was changed meanwhile (by another window or user); "
                    "nothing was changed"
                ).format(number=number, plan=plan["name"])
            )
        if wanted.participation_id is not None and wanted.participation_id != seen.participation_id:
            check_participants(context, event_id, [wanted.participation_id])
            who = tx.get("participation", wanted.participation_id)
            if who is not None and who["attendance"] == Attendance.DECLINED.value:
                raise UserError(
                    tr("{name} has declined and cannot be seated").format(
                        name=participant_name(context, wanted.participation_id)
                    )
                )
        label = " ".join(wanted.label.split())
        if wanted.participation_id is None and not wanted.locked and not label:
            if row is not None:
                tx.delete("seat", row["id"])  # an empty seat is not stored
        elif row is None:
            tx.insert(
                "seat",
                plan_id=edit.plan_id,
                number=number,
                participation_id=wanted.participation_id,
                locked=wanted.locked,
                label=label,
            )
        else:
            tx.update(
                "seat",
                row["id"],
                participation_id=wanted.participation_id,
                locked=wanted.locked,
                label=label,
            )
    seat = TABLES["seat"]
    twice = tx.connection.execute(
        select(seat.c.participation_id)
        .where(seat.c.plan_id == edit.plan_id, seat.c.participation_id.is_not(None))
        .group_by(seat.c.participation_id)
        .having(func.count() > 1)
    ).scalar()
    if twice is not None:
        raise StaleError(
            tr(
                "{name} would sit twice in “{plan}” (the plan was changed meanwhile by another "
                "window or user); nothing was changed"
            ).format(name=participant_name(context, twice), plan=plan["name"])
        )
    if edit.text:
        tx.note(event_id, ChangeArea.SEATING, edit.text)


def _insert_rule(
    context: EditContext,
    event_id: int,
    plan_id: int,
    first: int | None,
    second: int | None,
    together: bool,
    order: int,
) -> int:
    if first is None or second is None:
        raise UserError(tr("a seating rule needs two participants"))
    if first == second:
        raise UserError(tr("a seating rule needs two different people"))
    check_participants(context, event_id, [first, second])
    for rule in context.tx.find("seat_pair_rule", plan_id=plan_id):
        if {rule["first_participation_id"], rule["second_participation_id"]} == {first, second}:
            raise ConflictError(
                tr("{first} and {second} already have a rule; remove it first").format(
                    first=participant_name(context, first), second=participant_name(context, second)
                )
            )
    return context.tx.insert(
        "seat_pair_rule",
        plan_id=plan_id,
        first_participation_id=first,
        second_participation_id=second,
        together=together,
        sort_order=order,
    )


@handles(AddPairRule)
def add_pair_rule(context: EditContext, edit: AddPairRule) -> int:
    _plan, event_id = plan_event(context, edit.plan_id)
    order = next_order(context, "seat_pair_rule", "sort_order", plan_id=edit.plan_id)
    rule_id = _insert_rule(
        context, event_id, edit.plan_id, edit.first, edit.second, edit.together, order
    )
    if edit.text:
        context.tx.note(event_id, ChangeArea.SEATING, edit.text)
    return rule_id


@handles(RemovePairRule)
def remove_pair_rule(context: EditContext, edit: RemovePairRule) -> None:
    rule = context.tx.get("seat_pair_rule", edit.rule_id)
    if rule is None:
        return  # removed meanwhile
    _plan, event_id = plan_event(context, rule["plan_id"])
    context.tx.delete("seat_pair_rule", edit.rule_id)
    if edit.text:
        context.tx.note(event_id, ChangeArea.SEATING, edit.text)
