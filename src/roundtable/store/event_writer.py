"""Writing a whole event record through the ORM: creating an event, and the legacy whole-record
save (``Store.save_event``).

Edits of an event that exists go through ``store/edits`` and change only what they name; this
is for the cases where a whole record is the input: a new event (the editor's, a duplicate, a
bundle's, the examples') and a save of a record read at the event's current revision. Child
rows are matched by id, so unchanged rows keep their ids, and a record whose ids are free is
created with those ids: a deleted event brought back by undo keeps everything that pointed at it.
People and organisations are looked up by id, then uid, and created only when neither matches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtable.domain.file_names import safe_file_name
from roundtable.domain.records import EventRecord, OrganisationRecord, PersonRecord, SeriesRecord
from roundtable.domain.slugs import slugify
from roundtable.domain.validation import validate_event
from roundtable.errors import ConflictError, UserError
from roundtable.services.seating_geometry import plan_geometry
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.store.value_limits import check_values

Row = TypeVar("Row", bound=m.Base)


def check_record(record: EventRecord) -> None:
    """What a whole record must pass before it is written (UserError, phrased for people)."""
    validate_event(record)
    for plan in record.seating_plans:
        try:
            plan_geometry(plan)
        except UserError as exc:
            raise UserError(f"seating plan “{plan.name.strip()}”: {exc}") from None


def write_event(s: Session, record: EventRecord) -> tuple[int, EventRecord | None]:
    """Make the event's rows match ``record``; returns its id and, for an existing event, the
    record as it was. The caller has checked the record (``check_record``)."""
    row = event_row(s, record)
    old = mapping.event_record(row, False) if sa_inspect(row).persistent else None
    with s.no_autoflush:
        row.slug = unique_slug(s, row.id, record)
    mapping.copy_event_fields(row, record)
    row.series = series_row(s, record.series) if record.series else None
    sync_children(s, row, record)
    check_pending(s)
    s.flush()
    return row.id, old


def check_pending(s: Session) -> None:
    """Every row the flush will write keeps to the limits the store's edits keep to
    (``value_limits``): the whole-record path must not be a way round them."""
    for item in [*s.new, *s.dirty]:
        state = sa_inspect(item)
        loaded = state.dict
        values = {
            attr.columns[0].name: loaded[attr.key]
            for attr in state.mapper.column_attrs
            if attr.key in loaded
        }
        check_values(item.__table__.name, values)


def event_row(s: Session, record: EventRecord) -> m.Event:
    if record.id is not None:
        row = s.get(m.Event, record.id)
        if row is not None:
            return row
    if record.uid and s.scalar(select(m.Event.id).where(m.Event.uid == record.uid)):
        raise ConflictError(f"an event with uid {record.uid} already exists")
    row = m.Event(id=record.id, uid=record.uid or m.new_uid())
    s.add(row)
    return row


def slug_owner(s: Session, slug: str, except_event: int | None) -> int | None:
    query = select(m.Event.id).where(m.Event.slug == slug)
    if except_event is not None:
        query = query.where(m.Event.id != except_event)
    return s.scalar(query)


def unique_slug(s: Session, event_id: int | None, record: EventRecord) -> str:
    """The record's own slug if free (else a clear error); a fresh one if it has none."""
    if record.slug:
        owner = slug_owner(s, record.slug, event_id)
        if owner is not None:
            raise ConflictError(f"the short name {record.slug!r} is used by event {owner}")
        return record.slug
    base = slugify(f"{record.title} {record.start_date.year}")
    slug, n = base, 1
    while slug_owner(s, slug, event_id) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def series_row(s: Session, rec: SeriesRecord) -> m.Series:
    row = s.get(m.Series, rec.id) if rec.id else None
    if row is None and rec.uid:
        row = s.scalar(select(m.Series).where(m.Series.uid == rec.uid))
    if row is None:
        row = s.scalar(select(m.Series).where(m.Series.name == rec.name.strip()))
    if row is None:
        row = m.Series(uid=rec.uid or m.new_uid(), name=rec.name.strip())
        s.add(row)
    row.name = rec.name.strip()
    row.short_name = rec.short_name
    row.description = rec.description
    return row


def organisation_row(
    s: Session, rec: OrganisationRecord, *, update: bool = False
) -> m.Organisation:
    """The row for ``rec``; with ``update``, an organisation named by id takes its fields.

    The event editor corrects an organisation's name or country this way, in the same
    transaction (and the same undo step) as the event; an imported bundle names
    organisations by uid only and so never overwrites the local directory.
    """
    # One new record object used in two places (host and affiliation) is one organisation.
    cached = s.info.setdefault("new_rows", {}).get(id(rec))
    if cached is not None:
        return cached
    row = s.get(m.Organisation, rec.id) if rec.id else None
    updated = s.info.setdefault("updated_organisations", set())
    if row is not None and update and row.id not in updated:
        updated.add(row.id)  # the event's own link comes first and wins over stale copies
        if not rec.name.strip():
            raise UserError("the organisation needs a name")
        mapping.copy_fields(row, rec, mapping.ORGANISATION_FIELDS)
    if row is None and rec.uid:
        row = s.scalar(select(m.Organisation).where(m.Organisation.uid == rec.uid))
    if row is None:
        row = m.Organisation(uid=rec.uid or m.new_uid())
        mapping.copy_fields(row, rec, mapping.ORGANISATION_FIELDS)
        s.add(row)
    s.info["new_rows"][id(rec)] = row
    return row


def person_row(s: Session, rec: PersonRecord) -> m.Person:
    cached = s.info.setdefault("new_rows", {}).get(id(rec))
    if cached is not None:
        return cached
    row = s.get(m.Person, rec.id) if rec.id else None
    if row is None and rec.uid:
        row = s.scalar(select(m.Person).where(m.Person.uid == rec.uid))
    if row is None:
        row = m.Person(uid=rec.uid or m.new_uid())
        mapping.copy_fields(row, rec, mapping.PERSON_FIELDS)
        if rec.photo:
            row.photo, row.photo_mime = rec.photo, rec.photo_mime
        row.affiliations = [
            m.Affiliation(
                organisation=organisation_row(s, a.organisation),
                position=a.position,
                sort_order=i,
            )
            for i, a in enumerate(rec.affiliations)
        ]
        s.add(row)
    s.info["new_rows"][id(rec)] = row
    return row


def sync_children(s: Session, row: m.Event, rec: EventRecord) -> None:
    def keep(model: type[Row], wanted_id: int | None, current: Sequence[Row]) -> Row:
        """The existing child with that id, or a new one re-using the id if it is free."""
        for child in current:
            if wanted_id is not None and child.id == wanted_id:
                return child
        free = wanted_id is not None and s.get(model, wanted_id) is None
        return model(id=wanted_id if free else None)

    def sync(model: type[Row], current: Sequence[Row], items: Sequence[Any],
             fill: Callable[[Row, Any, int], None]) -> list[Row]:  # fmt: skip
        rows = []
        for index, item in enumerate(items):
            child = keep(model, item.id, current)
            fill(child, item, index)
            rows.append(child)
        return rows

    def fill_org(child: m.EventOrganisation, item, i: int) -> None:
        child.organisation = organisation_row(s, item.organisation, update=True)
        child.role = item.role.value
        child.sort_order = i

    def fill_delegation(child: m.Delegation, item, i: int) -> None:
        child.name = item.name.strip()
        child.country = item.country
        child.organisation = (
            organisation_row(s, item.organisation, update=True) if item.organisation else None
        )
        child.sort_order = i

    # Drop the rows that are going away first, so a re-added (event, person) or
    # (event, organisation, role) does not collide with its own old row on insert.
    for attr, items in (("organisations", rec.organisations),
                        ("delegations", rec.delegations),
                        ("participations", rec.participants), ("days", rec.days),
                        ("attachments", rec.attachments),
                        ("seating_plans", rec.seating_plans)):  # fmt: skip
        wanted = {item.id for item in items if item.id is not None}
        setattr(row, attr, [c for c in getattr(row, attr) if c.id in wanted])
    staying = {p.id for p in rec.participants if p.id is not None}
    for day in row.days:
        for agenda_item in day.items:
            agenda_item.speakers = [
                sp for sp in agenda_item.speakers if sp.participation_id in staying
            ]
            if agenda_item.chair_participation_id not in staying:
                agenda_item.chair = None
    for plan in row.seating_plans:
        plan.pair_rules = [
            rule
            for rule in plan.pair_rules
            if {rule.first_participation_id, rule.second_participation_id} <= staying
        ]
        for seat in plan.seats:
            if seat.participation_id is not None and seat.participation_id not in staying:
                seat.participation = None
    if row.id is not None:
        s.flush()

    row.organisations = sync(m.EventOrganisation, row.organisations, rec.organisations,
                             fill_org)  # fmt: skip
    row.delegations = sync(m.Delegation, row.delegations, rec.delegations, fill_delegation)
    delegations = {d.name: d for d in row.delegations}

    def fill_participation(child: m.Participation, item, i: int) -> None:
        child.person = person_row(s, item.person)
        name = item.delegation.strip()
        if name and name not in delegations:
            delegations[name] = m.Delegation(name=name, sort_order=len(delegations))
            row.delegations.append(delegations[name])
        child.delegation = delegations.get(name) if name else None
        child.role = item.role.value
        child.precedence = item.precedence
        child.attendance = item.attendance.value
        child.notes = item.notes

    def participant(participation_id: int | None, person_uid: str | None):
        if participation_id is not None:
            return participations.get(participation_id)
        return by_person_uid.get(person_uid) if person_uid else None

    def fill_speaker(child: m.AgendaSpeaker, item, i: int) -> None:
        child.participation = participant(item.participation_id, item.person_uid)
        child.speaking_minutes = item.speaking_minutes
        child.position = i

    def fill_agenda_item(child: m.AgendaItem, item, i: int) -> None:
        child.position = i
        child.kind = item.kind.value
        child.title = item.title.strip()
        child.description = item.description
        child.duration_minutes = item.duration_minutes
        child.anchor = item.anchor
        child.room = item.room
        child.chair = participant(item.chair_participation_id, item.chair_person_uid)
        child.speakers = sync(m.AgendaSpeaker, child.speakers, item.speakers, fill_speaker)

    def fill_day(child: m.EventDay, item, _i: int) -> None:
        child.day_date = item.day_date
        child.title = item.title
        child.slot_start = item.slot_start
        child.slot_end = item.slot_end
        child.notes = item.notes
        child.items = sync(m.AgendaItem, child.items, item.items, fill_agenda_item)

    def fill_attachment(child: m.Attachment, item, i: int) -> None:
        child.kind = item.kind.value
        child.filename = safe_file_name(item.filename)  # a base name, whatever came in
        child.mime_type = item.mime_type
        child.caption = item.caption
        if item.data is not None:
            child.data = item.data
            child.size = len(item.data)
        child.sort_order = i

    people = [p.person.id or p.person.uid for p in rec.participants if p.person.id or p.person.uid]
    if len(set(people)) != len(people):
        raise UserError("a person is listed twice among the participants")
    row.participations = sync(m.Participation, row.participations, rec.participants,
                              fill_participation)  # fmt: skip
    participations = {p.id: p for p in row.participations if p.id is not None}
    by_person_uid = {p.person.uid: p for p in row.participations}
    for day in rec.days:
        for agenda_item in day.items:
            wanted = [(s.participation_id, s.person_uid) for s in agenda_item.speakers]
            if agenda_item.chair_participation_id or agenda_item.chair_person_uid:
                wanted.append((agenda_item.chair_participation_id, agenda_item.chair_person_uid))
            if any(participant(pid, uid) is None for pid, uid in wanted):
                raise UserError(
                    f"“{agenda_item.title}” names a speaker or chair who is not a "
                    "participant of this event"
                )
    row.days = sync(m.EventDay, row.days, rec.days, fill_day)
    row.attachments = sync(m.Attachment, row.attachments, rec.attachments, fill_attachment)

    days_by_date = {d.day_date: d for d in row.days}

    def fill_seat(child: m.Seat, item, _i: int) -> None:
        child.number = item.number
        child.participation = participant(item.participation_id, item.person_uid)
        child.locked = item.locked
        child.label = item.label.strip()

    def fill_rule(child: m.SeatPairRule, item, i: int) -> None:
        child.first = participant(item.first_participation_id, item.first_person_uid)
        child.second = participant(item.second_participation_id, item.second_person_uid)
        child.together = item.together
        child.sort_order = i

    def fill_plan(child: m.SeatingPlan, item, i: int) -> None:
        child.name = item.name.strip()
        child.shape = item.shape.value
        child.seat_count = item.seat_count
        child.seats_per_side = item.seats_per_side
        child.head_seat = item.head_seat
        child.rows = item.rows
        child.day = days_by_date.get(item.day_date) if item.day_date else None
        child.notes = item.notes
        child.sort_order = i
        # A seat with nothing on it is not stored: an empty seat is the default.
        used = [x for x in item.seats if x.participation_id or x.person_uid or x.locked
                or x.label.strip()]  # fmt: skip
        child.seats = sync(m.Seat, child.seats, used, fill_seat)
        child.pair_rules = sync(m.SeatPairRule, child.pair_rules, item.pair_rules, fill_rule)

    for plan in rec.seating_plans:
        for seat in plan.seats:
            if (seat.participation_id or seat.person_uid) and participant(
                seat.participation_id, seat.person_uid
            ) is None:
                raise UserError(
                    f"seat {seat.number} of “{plan.name}” holds someone who is not a "
                    "participant of this event"
                )
        for rule in plan.pair_rules:
            ends = ((rule.first_participation_id, rule.first_person_uid),
                    (rule.second_participation_id, rule.second_person_uid))  # fmt: skip
            if any(participant(pid, uid) is None for pid, uid in ends):
                raise UserError(
                    f"a seating rule of “{plan.name}” names someone who is not a "
                    "participant of this event"
                )
    row.seating_plans = sync(m.SeatingPlan, row.seating_plans, rec.seating_plans, fill_plan)
