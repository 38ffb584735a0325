"""Checks a record must pass before it is written, phrased for the person who typed it.

Besides the rules of the model (an event ends after it starts), every number and text keeps to
``domain.limits``, so whatever a dialog, a bundle or an imported list hands the store, it can
be stored, shown and printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roundtable.domain import limits
from roundtable.domain.local_dates import number
from roundtable.domain.photo_crop import is_valid_crop
from roundtable.domain.records import (
    AgendaItemRecord,
    EventRecord,
    OrganisationRecord,
    PersonRecord,
)
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.slugs import is_valid_slug
from roundtable.errors import UserError
from roundtable.wording import tr

# (record attribute, column) where they differ; texts are checked against their column.
_EVENT_TEXTS = ("slug", "title", "subtitle", "short_title", "programme", "description",
                "summary", "notes", "timezone", "house_rules", "rsvp")  # fmt: skip
_PERSON_TEXTS = ("honorific", "given_name", "family_name", "patronymic", "native_name",
                 "country", "email", "phone", "website", "bio", "notes",
                 "pronunciation")  # fmt: skip
_ORGANISATION_TEXTS = ("name", "short_name", "country", "website", "notes")


def _words(name: str) -> str:
    """A column's name as a message calls it ("given name"), in the current language."""
    words = {
        "slug": tr("slug", "field"),
        "title": tr("title", "field"),
        "subtitle": tr("subtitle", "field"),
        "short_title": tr("short title", "field"),
        "programme": tr("programme", "field"),
        "description": tr("description", "field"),
        "summary": tr("summary", "field"),
        "notes": tr("notes", "field"),
        "timezone": tr("timezone", "field"),
        "honorific": tr("honorific", "field"),
        "given_name": tr("given name", "field"),
        "family_name": tr("family name", "field"),
        "patronymic": tr("patronymic", "field"),
        "native_name": tr("native name", "field"),
        "country": tr("country", "field"),
        "email": tr("email", "field"),
        "phone": tr("phone", "field"),
        "website": tr("website", "field"),
        "bio": tr("bio", "field"),
        "pronunciation": tr("pronunciation", "field"),
        "house_rules": tr("house rules", "field"),
        "rsvp": tr("RSVP line", "field"),
        "name": tr("name", "field"),
        "short_name": tr("short name", "field"),
        "filename": tr("filename", "field"),
        "mime_type": tr("mime type", "field"),
        "caption": tr("caption", "field"),
        "room": tr("room", "field"),
        "street": tr("street", "field"),
        "city": tr("city", "field"),
        "region": tr("region", "field"),
        "postcode": tr("postcode", "field"),
    }
    return words.get(name) or name.replace("_", " ")


def _quoted(name: str) -> str:
    """A name as a message quotes it (“Ha”; a translation may use its own quotation marks)."""
    return tr("“{title}”").format(title=name)


Words = str | Callable[[], str]
"""What a check names: the words, or a function giving them, called only when the check fails
(a big event checks thousands of values on each save; looking up words for each would show)."""


def _problem(what: Words, problem: str) -> str:
    """One message from what is wrong and why ("the title of the event is longer than …")."""
    return tr("{what} {problem}").format(what=what if isinstance(what, str) else what(),
                                         problem=problem)  # fmt: skip


def check_text(value: str, table: str, column: str, what: Words) -> None:
    """UserError unless ``value`` fits ``table.column`` (``limits.text_length``)."""
    problem = limits.text_problem(value, limits.text_length(table, column))
    if problem:
        raise UserError(_problem(what, problem))


def check_number(value: int, low: int, high: int, what: Words, unit: str = "") -> None:
    problem = limits.range_problem(value, low, high, unit)
    if problem:
        raise UserError(_problem(what, problem))


def check_date(value: date | None, what: Words) -> None:
    problem = limits.year_problem(value.year) if value is not None else None
    if problem:
        raise UserError(_problem(what, problem))


def _check_texts(record: object, table: str, names: Iterable[str], owner: str) -> None:
    for name in names:
        value = getattr(record, name)
        if limits.text_problem(value, limits.text_length(table, name)):  # words only if needed
            what = tr("the {field} of {owner}").format(field=_words(name), owner=owner)
            check_text(value, table, name, what)


def person_label(person: PersonRecord) -> str:
    name = " ".join(p for p in (person.given_name, person.family_name) if p.strip())
    shown = name or person.native_name or tr("a person")
    return shown if limits.text_problem(shown, 80) is None else tr("a person")


def validate_organisation(org: OrganisationRecord) -> None:
    owner = tr("an organisation") if limits.text_problem(org.name, 80) else _quoted(org.name)
    _check_texts(org, "organisation", _ORGANISATION_TEXTS, owner)


def validate_person(person: PersonRecord) -> None:
    """Every text of a person (and their affiliations) fits what the store keeps."""
    owner = person_label(person)
    _check_texts(person, "person", _PERSON_TEXTS, owner)
    for affiliation in person.affiliations:
        check_text(affiliation.position, "affiliation", "position",
                   lambda: tr("a position of {person}").format(person=owner))  # fmt: skip
        validate_organisation(affiliation.organisation)
    if person.photo and len(person.photo) > limits.MAX_ATTACHMENT_BYTES:
        raise UserError(tr("the photo of {person} is larger than 50 MB").format(person=owner))
    check_photo_crop(
        person.photo_crop, lambda: tr("the photo crop of {person}").format(person=owner)
    )


def check_photo_crop(value: str, what: Words) -> None:
    """UserError unless ``value`` is "" or a crop inside the picture ("x,y,w,h", 0…1)."""
    check_text(value, "person", "photo_crop", what)
    if not is_valid_crop(value):
        raise UserError(_problem(what, tr("is not four fractions “x,y,w,h” inside the picture")))


def check_card_name(value: str, who: Words) -> None:
    """UserError unless the name on someone's card fits its column."""
    check_text(value, "participation", "card_name",
               lambda: tr("the name on the card of {person}").format(
                   person=who if isinstance(who, str) else who()))  # fmt: skip


def validate_item(item: AgendaItemRecord) -> None:
    """An agenda item's numbers and texts (its times are the day's business)."""
    label = item.title if limits.text_problem(item.title, 80) is None else tr("an agenda item")
    # (the words below are looked up only if a check fails: an agenda has many items)
    check_text(item.title, "agenda_item", "title", lambda: tr("the title of an agenda item"))
    check_text(item.room, "agenda_item", "room",
               lambda: tr("the room of “{item}”").format(item=label))  # fmt: skip
    check_text(item.description, "agenda_item", "description",
               lambda: tr("the description of “{item}”").format(item=label))  # fmt: skip
    check_number(item.duration_minutes, 0, limits.MAX_DURATION_MINUTES,
                 lambda: tr("the duration of “{item}”").format(item=label), "minutes")  # fmt: skip
    for speaker in item.speakers:
        if speaker.speaking_minutes is not None:
            check_number(speaker.speaking_minutes, 0, limits.MAX_DURATION_MINUTES,
                         lambda: tr("a speaking time in “{item}”").format(item=label),
                         "minutes")  # fmt: skip


def _validate_limits(event: EventRecord) -> None:
    """The numbers, dates and texts of a whole event, its people and organisations."""
    _check_texts(event, "event", _EVENT_TEXTS, tr("the event"))
    for name, value in vars(event.venue).items():
        check_text(value, "event", f"venue_{name}",
                   tr("the venue's {field}").format(field=_words(name)))  # fmt: skip
    check_date(event.start_date, tr("the event's start"))
    check_date(event.end_date, tr("the event's end"))
    if event.round_number is not None and event.round_number > limits.MAX_ROUND_NUMBER:
        check_number(event.round_number, 1, limits.MAX_ROUND_NUMBER, tr("the round number"))
    if event.series is not None:
        series_texts = ("name", "short_name", "description")
        _check_texts(event.series, "series", series_texts, tr("the series"))
    for o in event.organisations:
        validate_organisation(o.organisation)
    for d in event.delegations:
        _check_texts(d, "delegation", ("name", "country"), tr("a delegation"))
        if d.organisation is not None:
            validate_organisation(d.organisation)
    for p in event.participants:
        validate_person(p.person)
        who = person_label(p.person)
        check_number(p.precedence, 0, limits.MAX_PRECEDENCE,
                     tr("the precedence of {person}").format(person=who))  # fmt: skip
        check_text(p.notes, "participation", "notes",
                   tr("the notes on {person}").format(person=who))  # fmt: skip
        check_card_name(p.card_name, who)
    for day in event.days:
        check_date(day.day_date, tr("a day of the programme"))
        check_text(day.title, "event_day", "title",
                   tr("the title of the day {day}").format(day=day.day_date))  # fmt: skip
        check_text(day.notes, "event_day", "notes",
                   tr("the notes of the day {day}").format(day=day.day_date))  # fmt: skip
        if len(day.items) > limits.MAX_ITEMS_PER_DAY:
            raise UserError(
                tr("the day {day} has {count} agenda items; a day holds at most {most}").format(
                    day=day.day_date, count=number(len(day.items)),
                    most=number(limits.MAX_ITEMS_PER_DAY),
                )
            )  # fmt: skip
        for item in day.items:
            validate_item(item)
    for a in event.attachments:
        _check_texts(a, "attachment", ("filename", "mime_type", "caption"), tr("an attachment"))
        size = len(a.data) if a.data is not None else a.size
        if size > limits.MAX_ATTACHMENT_BYTES:
            raise UserError(
                tr("the attachment {file} is larger than 50 MB").format(file=a.filename)
            )


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
        raise UserError(tr("the event needs a title"))
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
        raise UserError(
            tr("the event ends ({end}) before it starts ({start})").format(
                end=event.end_date, start=event.start_date
            )
        )
    if (
        event.start_date == event.end_date
        and event.start_time is not None
        and event.end_time is not None
        and event.end_time <= event.start_time
    ):
        raise UserError(
            tr("the event ends at {end}, not after it starts at {start}").format(
                end=f"{event.end_time:%H:%M}", start=f"{event.start_time:%H:%M}"
            )
        )
    if event.end_time is not None and event.start_time is None:
        raise UserError(tr("an end time needs a start time"))
    if not valid_timezone(event.timezone):
        raise UserError(
            tr("unknown time zone {zone} (use a name like Europe/Moscow)").format(
                zone=repr(event.timezone)
            )
        )


def _validate_slug_and_series(event: EventRecord) -> None:
    if event.slug and not is_valid_slug(event.slug):
        raise UserError(
            tr("the short name {slug} may use only a-z, 0-9 and single hyphens").format(
                slug=repr(event.slug)
            )
        )
    if event.round_number is not None:
        if event.series is None:
            raise UserError(tr("a round number needs a series"))
        if event.round_number < 1:
            raise UserError(tr("round numbers start at 1"))
    if event.series is not None and not event.series.name.strip():
        raise UserError(tr("the series needs a name"))


def _validate_delegations(event: EventRecord) -> None:
    names = [d.name.strip() for d in event.delegations]
    if any(not n for n in names):
        raise UserError(tr("every delegation needs a name"))
    if len(set(names)) != len(names):
        raise UserError(tr("two delegations have the same name"))


def _validate_participants_and_hosts(event: EventRecord) -> None:
    """No person is listed twice, and every host organisation has a name."""
    seen: set[int | str] = set()
    for p in event.participants:
        key = p.person.id or p.person.uid or id(p.person)
        if key in seen:
            raise UserError(
                tr("{given} {family} is listed twice").format(
                    given=p.person.given_name, family=p.person.family_name
                )
            )
        seen.add(key)
    for o in event.organisations:
        if not o.organisation.name.strip():
            raise UserError(tr("every organisation needs a name"))


def _validate_days(event: EventRecord) -> None:
    for d in event.days:
        if not event.start_date <= d.day_date <= event.end_date:
            raise UserError(tr("the day {day} is outside the event's dates").format(day=d.day_date))


def _validate_attachments(event: EventRecord) -> None:
    for a in event.attachments:
        if not a.filename.strip():
            raise UserError(tr("every attachment needs a file name"))
        if a.id is None and a.data is None:
            raise UserError(tr("the attachment {file} has no content").format(file=a.filename))


def _validate_plans(event: EventRecord) -> None:
    """Each plan on its own (``validate_plan``), then no two plans with the same name."""
    for plan in event.seating_plans:
        validate_plan(plan, {d.day_date for d in event.days})
    names = [plan.name.strip().casefold() for plan in event.seating_plans]
    if len(set(names)) != len(names):
        raise UserError(tr("two seating plans have the same name"))


def validate_plan(plan: SeatingPlanRecord, day_dates: set[date]) -> None:
    """What a plan must satisfy whatever its shape (the geometry checks the shape's own rules)."""
    name = plan.name.strip()
    if not name:
        raise UserError(tr("every seating plan needs a name"))
    _validate_plan_limits(plan)
    if plan.day_date is not None and plan.day_date not in day_dates:
        raise UserError(
            tr("seating plan “{plan}” is for {day}, which is not a day of the event").format(
                plan=name, day=plan.day_date
            )
        )
    numbers: set[int] = set()
    seated: set[int | str] = set()
    for seat in plan.seats:
        if not 1 <= seat.number <= plan.seat_count:
            raise UserError(
                tr("seating plan “{plan}” has seats 1 to {last}, not seat {seat}").format(
                    plan=name, last=plan.seat_count, seat=seat.number
                )
            )
        if seat.number in numbers:
            raise UserError(
                tr("seating plan “{plan}” lists seat {seat} twice").format(
                    plan=name, seat=seat.number
                )
            )
        numbers.add(seat.number)
        who = seat.participation_id or seat.person_uid
        if who is not None:
            if who in seated:
                raise UserError(
                    tr("seating plan “{plan}” seats the same participant twice").format(plan=name)
                )
            seated.add(who)
    for rule in plan.pair_rules:
        first = rule.first_participation_id or rule.first_person_uid
        second = rule.second_participation_id or rule.second_person_uid
        if first is None or second is None:
            raise UserError(
                tr("a seating rule of “{plan}” needs two participants").format(plan=name)
            )
        if first == second:
            raise UserError(
                tr("a seating rule of “{plan}” pairs a participant with themselves").format(
                    plan=name
                )
            )


def _validate_plan_limits(plan: SeatingPlanRecord) -> None:
    name = plan.name.strip()
    check_text(plan.name, "seating_plan", "name", tr("the name of a seating plan"))
    check_text(plan.notes, "seating_plan", "notes", tr("the notes of “{plan}”").format(plan=name))
    if plan.day_date is not None:
        check_date(plan.day_date, tr("the day of “{plan}”").format(plan=name))
    top = limits.MAX_SEATS
    check_number(plan.seat_count, 1, top, tr("the seats of “{plan}”").format(plan=name))
    check_number(plan.head_seat, 1, top, tr("the head seat of “{plan}”").format(plan=name))
    if plan.seats_per_side is not None:
        what = tr("the seats per side of “{plan}”").format(plan=name)
        check_number(plan.seats_per_side, 0, top, what)
    if plan.rows is not None:
        check_number(plan.rows, 0, top, tr("the rows of “{plan}”").format(plan=name))
    for seat in plan.seats:
        check_number(seat.number, 1, top,
                     lambda: tr("a seat number of “{plan}”").format(plan=name))  # fmt: skip
        check_text(seat.label, "seat", "label",
                   lambda: tr("a seat's name in “{plan}”").format(plan=name))  # fmt: skip
