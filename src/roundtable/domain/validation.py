"""Checks a record must pass before it is written, phrased for the person who typed it.

Besides the rules of the model (an event ends after it starts), every number and text keeps to
``domain.limits``, so whatever a dialog, a bundle or an imported list hands the store, it can
be stored, shown and printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roundtable.domain import limits
from roundtable.domain.records import (
    AgendaItemRecord,
    EventRecord,
    OrganisationRecord,
    PersonRecord,
)
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.slugs import is_valid_slug
from roundtable.errors import UserError

# (record attribute, column) where they differ; texts are checked against their column.
_EVENT_TEXTS = ("slug", "title", "subtitle", "short_title", "programme", "description",
                "summary", "notes", "timezone")  # fmt: skip
_PERSON_TEXTS = ("honorific", "given_name", "family_name", "native_name", "country", "email",
                 "phone", "website", "bio", "notes")  # fmt: skip
_ORGANISATION_TEXTS = ("name", "short_name", "country", "website", "notes")


def _words(name: str) -> str:
    return name.replace("_", " ")


def check_text(value: str, table: str, column: str, what: str) -> None:
    """UserError unless ``value`` fits ``table.column`` (``limits.text_length``)."""
    problem = limits.text_problem(value, limits.text_length(table, column))
    if problem:
        raise UserError(f"{what} {problem}")


def check_number(value: int, low: int, high: int, what: str, unit: str = "") -> None:
    problem = limits.range_problem(value, low, high, unit)
    if problem:
        raise UserError(f"{what} {problem}")


def check_date(value: date | None, what: str) -> None:
    problem = limits.year_problem(value.year) if value is not None else None
    if problem:
        raise UserError(f"{what} {problem}")


def _check_texts(record: object, table: str, names: Iterable[str], owner: str) -> None:
    for name in names:
        check_text(getattr(record, name), table, name, f"the {_words(name)} of {owner}")


def person_label(person: PersonRecord) -> str:
    name = " ".join(p for p in (person.given_name, person.family_name) if p.strip())
    shown = name or person.native_name or "a person"
    return shown if limits.text_problem(shown, 80) is None else "a person"


def validate_organisation(org: OrganisationRecord) -> None:
    owner = "an organisation" if limits.text_problem(org.name, 80) else f"“{org.name}”"
    _check_texts(org, "organisation", _ORGANISATION_TEXTS, owner)


def validate_person(person: PersonRecord) -> None:
    """Every text of a person (and their affiliations) fits what the store keeps."""
    owner = person_label(person)
    _check_texts(person, "person", _PERSON_TEXTS, owner)
    for affiliation in person.affiliations:
        check_text(affiliation.position, "affiliation", "position", f"a position of {owner}")
        validate_organisation(affiliation.organisation)
    if person.photo and len(person.photo) > limits.MAX_ATTACHMENT_BYTES:
        raise UserError(f"the photo of {owner} is larger than 50 MB")


def validate_item(item: AgendaItemRecord) -> None:
    """An agenda item's numbers and texts (its times are the day's business)."""
    label = item.title if limits.text_problem(item.title, 80) is None else "an agenda item"
    check_text(item.title, "agenda_item", "title", "the title of an agenda item")
    check_text(item.room, "agenda_item", "room", f"the room of “{label}”")
    check_text(item.description, "agenda_item", "description", f"the description of “{label}”")
    check_number(item.duration_minutes, 0, limits.MAX_DURATION_MINUTES,
                 f"the duration of “{label}”", "minutes")  # fmt: skip
    for speaker in item.speakers:
        if speaker.speaking_minutes is not None:
            check_number(speaker.speaking_minutes, 0, limits.MAX_DURATION_MINUTES,
                         f"a speaking time in “{label}”", "minutes")  # fmt: skip


def _validate_limits(event: EventRecord) -> None:
    """The numbers, dates and texts of a whole event, its people and organisations."""
    _check_texts(event, "event", _EVENT_TEXTS, "the event")
    for name, value in vars(event.venue).items():
        check_text(value, "event", f"venue_{name}", f"the venue's {_words(name)}")
    check_date(event.start_date, "the event's start")
    check_date(event.end_date, "the event's end")
    if event.round_number is not None and event.round_number > limits.MAX_ROUND_NUMBER:
        check_number(event.round_number, 1, limits.MAX_ROUND_NUMBER, "the round number")
    if event.series is not None:
        _check_texts(event.series, "series", ("name", "short_name", "description"), "the series")
    for o in event.organisations:
        validate_organisation(o.organisation)
    for d in event.delegations:
        _check_texts(d, "delegation", ("name", "country"), "a delegation")
        if d.organisation is not None:
            validate_organisation(d.organisation)
    for p in event.participants:
        validate_person(p.person)
        check_number(p.precedence, 0, limits.MAX_PRECEDENCE,
                     f"the precedence of {person_label(p.person)}")  # fmt: skip
        check_text(p.notes, "participation", "notes", f"the notes on {person_label(p.person)}")
    for day in event.days:
        check_date(day.day_date, "a day of the programme")
        check_text(day.title, "event_day", "title", f"the title of the day {day.day_date}")
        check_text(day.notes, "event_day", "notes", f"the notes of the day {day.day_date}")
        if len(day.items) > limits.MAX_ITEMS_PER_DAY:
            raise UserError(f"the day {day.day_date} has {len(day.items):,} agenda items; a day "
                            f"holds at most {limits.MAX_ITEMS_PER_DAY:,}")  # fmt: skip
        for item in day.items:
            validate_item(item)
    for a in event.attachments:
        _check_texts(a, "attachment", ("filename", "mime_type", "caption"), "an attachment")
        size = len(a.data) if a.data is not None else a.size
        if size > limits.MAX_ATTACHMENT_BYTES:
            raise UserError(f"the attachment {a.filename} is larger than 50 MB")


def valid_timezone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def validate_event(event: EventRecord) -> None:
    """UserError, phrased for people, at the first thing in ``event`` that may not be stored;
    the checks run in a fixed order so the same record always gets the same message."""
    _validate_limits(event)
    if not event.title.strip():
        raise UserError("the event needs a title")
    _validate_when(event)
    _validate_slug_and_series(event)
    _validate_delegations(event)
    _validate_participants_and_hosts(event)
    _validate_days(event)
    _validate_attachments(event)
    _validate_plans(event)


def _validate_when(event: EventRecord) -> None:
    """The event ends after it starts, and its time zone is one the zone database knows."""
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


def _validate_slug_and_series(event: EventRecord) -> None:
    if event.slug and not is_valid_slug(event.slug):
        raise UserError(f"the short name {event.slug!r} may use only a-z, 0-9 and single hyphens")
    if event.round_number is not None:
        if event.series is None:
            raise UserError("a round number needs a series")
        if event.round_number < 1:
            raise UserError("round numbers start at 1")
    if event.series is not None and not event.series.name.strip():
        raise UserError("the series needs a name")


def _validate_delegations(event: EventRecord) -> None:
    names = [d.name.strip() for d in event.delegations]
    if any(not n for n in names):
        raise UserError("every delegation needs a name")
    if len(set(names)) != len(names):
        raise UserError("two delegations have the same name")


def _validate_participants_and_hosts(event: EventRecord) -> None:
    """No person is listed twice, and every host organisation has a name."""
    seen: set[int | str] = set()
    for p in event.participants:
        key = p.person.id or p.person.uid or id(p.person)
        if key in seen:
            raise UserError(f"{p.person.given_name} {p.person.family_name} is listed twice")
        seen.add(key)
    for o in event.organisations:
        if not o.organisation.name.strip():
            raise UserError("every organisation needs a name")


def _validate_days(event: EventRecord) -> None:
    for d in event.days:
        if not event.start_date <= d.day_date <= event.end_date:
            raise UserError(f"the day {d.day_date} is outside the event's dates")


def _validate_attachments(event: EventRecord) -> None:
    for a in event.attachments:
        if not a.filename.strip():
            raise UserError("every attachment needs a file name")
        if a.id is None and a.data is None:
            raise UserError(f"the attachment {a.filename} has no content")


def _validate_plans(event: EventRecord) -> None:
    """Each plan on its own (``validate_plan``), then no two plans with the same name."""
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
    _validate_plan_limits(plan)
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


def _validate_plan_limits(plan: SeatingPlanRecord) -> None:
    name = plan.name.strip()
    check_text(plan.name, "seating_plan", "name", "the name of a seating plan")
    check_text(plan.notes, "seating_plan", "notes", f"the notes of “{name}”")
    if plan.day_date is not None:
        check_date(plan.day_date, f"the day of “{name}”")
    top = limits.MAX_SEATS
    check_number(plan.seat_count, 1, top, f"the seats of “{name}”")
    check_number(plan.head_seat, 1, top, f"the head seat of “{name}”")
    for value, what in ((plan.seats_per_side, "seats per side"), (plan.rows, "rows")):
        if value is not None:
            check_number(value, 0, top, f"the {what} of “{name}”")
    for seat in plan.seats:
        check_number(seat.number, 1, top, f"a seat number of “{name}”")
        check_text(seat.label, "seat", "label", f"a seat's name in “{name}”")
