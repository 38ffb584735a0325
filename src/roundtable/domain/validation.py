"""Checks a record must pass before it is written, phrased for the person who typed it."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roundtable.domain.records import EventRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.slugs import is_valid_slug
from roundtable.errors import UserError


def valid_timezone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def validate_event(event: EventRecord) -> None:
    if not event.title.strip():
        raise UserError("the event needs a title")
    if event.end_date < event.start_date:
        raise UserError(f"the event ends ({event.end_date}) before it starts ({event.start_date})")
    if (
        event.start_date == event.end_date
        and event.start_time is not None
        and event.end_time is not None
        and event.end_time <= event.start_time
    ):
        raise UserError(
            f"the event ends at {event.end_time:%H:%M}, not after it starts at "
            f"{event.start_time:%H:%M}"
        )
    if event.end_time is not None and event.start_time is None:
        raise UserError("an end time needs a start time")
    if not valid_timezone(event.timezone):
        raise UserError(f"unknown time zone {event.timezone!r} (use a name like Europe/Moscow)")
    if event.slug and not is_valid_slug(event.slug):
        raise UserError(f"the short name {event.slug!r} may use only a-z, 0-9 and single hyphens")
    if event.round_number is not None:
        if event.series is None:
            raise UserError("a round number needs a series")
        if event.round_number < 1:
            raise UserError("round numbers start at 1")
    if event.series is not None and not event.series.name.strip():
        raise UserError("the series needs a name")
    names = [d.name.strip() for d in event.delegations]
    if any(not n for n in names):
        raise UserError("every delegation needs a name")
    if len(set(names)) != len(names):
        raise UserError("two delegations have the same name")
    seen: set[int | str] = set()
    for p in event.participants:
        key = p.person.id or p.person.uid or id(p.person)
        if key in seen:
            raise UserError(f"{p.person.given_name} {p.person.family_name} is listed twice")
        seen.add(key)
    for o in event.organisations:
        if not o.organisation.name.strip():
            raise UserError("every organisation needs a name")
    for d in event.days:
        if not event.start_date <= d.day_date <= event.end_date:
            raise UserError(f"the day {d.day_date} is outside the event's dates")
    for a in event.attachments:
        if not a.filename.strip():
            raise UserError("every attachment needs a file name")
        if a.id is None and a.data is None:
            raise UserError(f"the attachment {a.filename} has no content")
    for plan in event.seating_plans:
        validate_plan(plan, {d.day_date for d in event.days})
    names = [plan.name.strip().casefold() for plan in event.seating_plans]
    if len(set(names)) != len(names):
        raise UserError("two seating plans have the same name")


def validate_plan(plan: SeatingPlanRecord, day_dates: set[date]) -> None:
    """What a plan must satisfy whatever its shape (the geometry checks the shape's own rules)."""
    name = plan.name.strip()
    if not name:
        raise UserError("every seating plan needs a name")
    if plan.day_date is not None and plan.day_date not in day_dates:
        raise UserError(f"seating plan “{name}” is for {plan.day_date}, which is not a day of "
                        "the event")  # fmt: skip
    numbers: set[int] = set()
    seated: set[int | str] = set()
    for seat in plan.seats:
        if not 1 <= seat.number <= plan.seat_count:
            raise UserError(
                f"seating plan “{name}” has seats 1 to {plan.seat_count}, not seat {seat.number}"
            )
        if seat.number in numbers:
            raise UserError(f"seating plan “{name}” lists seat {seat.number} twice")
        numbers.add(seat.number)
        who = seat.participation_id or seat.person_uid
        if who is not None:
            if who in seated:
                raise UserError(f"seating plan “{name}” seats the same participant twice")
            seated.add(who)
    for rule in plan.pair_rules:
        first = rule.first_participation_id or rule.first_person_uid
        second = rule.second_participation_id or rule.second_person_uid
        if first is None or second is None:
            raise UserError(f"a seating rule of “{name}” needs two participants")
        if first == second:
            raise UserError(f"a seating rule of “{name}” pairs a participant with themselves")
