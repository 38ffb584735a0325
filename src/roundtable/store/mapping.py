"""Copying between ORM rows and detached records, in both directions."""

from __future__ import annotations

from roundtable.domain.enums import (
    AgendaItemKind,
    AttachmentKind,
    Attendance,
    Attribution,
    EventKind,
    EventStatus,
    NameOrder,
    OrganisationKind,
    OrganisationRole,
    ParticipantRole,
    TableShape,
)
from roundtable.domain.records import (
    AffiliationRecord,
    AgendaItemRecord,
    AgendaSpeakerRecord,
    AttachmentRecord,
    DayRecord,
    DelegationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.store import models as m

ORGANISATION_FIELDS = ("name", "short_name", "kind", "country", "website", "notes")
PERSON_FIELDS = (
    "honorific", "given_name", "family_name", "patronymic", "name_order", "native_name",
    "country", "email", "phone", "website", "bio", "notes", "photo_crop", "pronunciation",
)  # fmt: skip
EVENT_FIELDS = (
    "slug", "title", "subtitle", "short_title", "programme", "kind", "status", "description",
    "summary", "notes", "round_number", "start_date", "end_date", "start_time", "end_time",
    "timezone", "attribution", "house_rules", "rsvp",
)  # fmt: skip
VENUE_FIELDS = ("name", "room", "street", "city", "region", "postcode", "country")


def enum_or(enum_type, value, default):
    """The stored string as ``enum_type``, or ``default`` for a value it does not know."""
    try:
        return enum_type(value)
    except ValueError:
        return default  # a value written by a newer app: show something sensible, keep the row


def organisation_record(row: m.Organisation, *, has_logo: bool = False) -> OrganisationRecord:
    return OrganisationRecord(
        id=row.id,
        uid=row.uid,
        name=row.name,
        short_name=row.short_name,
        kind=enum_or(OrganisationKind, row.kind, OrganisationKind.OTHER),
        country=row.country,
        website=row.website,
        notes=row.notes,
        has_logo=has_logo,
        logo_mime=row.logo_mime,
    )


def copy_logo(row: m.Organisation, rec: OrganisationRecord) -> None:
    """The record's logo onto the row, as a person's photo: None leaves the stored one alone
    (lists never load the bytes), b"" removes it."""
    if rec.logo is not None:
        row.logo = rec.logo or None
        row.logo_mime = rec.logo_mime if rec.logo else ""


def person_record(row: m.Person, *, has_photo: bool = False, photo: bytes | None = None):
    values = {f: getattr(row, f) for f in PERSON_FIELDS}
    values["name_order"] = enum_or(NameOrder, row.name_order, NameOrder.GIVEN_FIRST)
    return PersonRecord(
        id=row.id,
        uid=row.uid,
        has_photo=has_photo or bool(photo),
        photo=photo,
        photo_mime=row.photo_mime,
        affiliations=[
            AffiliationRecord(organisation_record(a.organisation), a.position)
            for a in row.affiliations
        ],
        **values,
    )


def series_record(row: m.Series) -> SeriesRecord:
    return SeriesRecord(
        id=row.id,
        uid=row.uid,
        name=row.name,
        short_name=row.short_name,
        description=row.description,
    )


def event_record(row: m.Event, with_data: bool) -> EventRecord:
    values = {f: getattr(row, f) for f in EVENT_FIELDS}
    values["kind"] = enum_or(EventKind, row.kind, EventKind.OTHER)
    values["status"] = enum_or(EventStatus, row.status, EventStatus.DRAFT)
    values["attribution"] = enum_or(Attribution, row.attribution, Attribution.ON_RECORD)
    return EventRecord(
        id=row.id,
        uid=row.uid,
        series=series_record(row.series) if row.series else None,
        venue=VenueRecord(**{f: getattr(row, "venue_" + f) for f in VENUE_FIELDS}),
        organisations=[
            EventOrganisationRecord(
                id=eo.id,
                organisation=organisation_record(eo.organisation),
                role=enum_or(OrganisationRole, eo.role, OrganisationRole.PARTNER),
            )
            for eo in row.organisations
        ],
        delegations=[
            DelegationRecord(
                id=d.id,
                name=d.name,
                country=d.country,
                organisation=organisation_record(d.organisation) if d.organisation else None,
            )
            for d in row.delegations
        ],
        participants=[
            ParticipationRecord(
                id=p.id,
                person=person_record(p.person),
                role=enum_or(ParticipantRole, p.role, ParticipantRole.PARTICIPANT),
                delegation=p.delegation.name if p.delegation else "",
                precedence=p.precedence,
                attendance=enum_or(Attendance, p.attendance, Attendance.INVITED),
                notes=p.notes,
                card_name=p.card_name,
            )
            for p in row.participations
        ],
        days=[
            DayRecord(
                id=d.id,
                day_date=d.day_date,
                title=d.title,
                slot_start=d.slot_start,
                slot_end=d.slot_end,
                notes=d.notes,
                items=[agenda_item_record(i) for i in d.items],
            )
            for d in row.days
        ],
        attachments=[
            AttachmentRecord(
                id=a.id,
                filename=a.filename,
                kind=enum_or(AttachmentKind, a.kind, AttachmentKind.DOCUMENT),
                mime_type=a.mime_type,
                caption=a.caption,
                size=a.size,
                data=a.data if with_data else None,
            )
            for a in row.attachments
        ],
        seating_plans=[seating_plan_record(plan) for plan in row.seating_plans],
        **values,
    )


def agenda_item_record(row: m.AgendaItem) -> AgendaItemRecord:
    return AgendaItemRecord(
        id=row.id,
        title=row.title,
        duration_minutes=row.duration_minutes,
        kind=enum_or(AgendaItemKind, row.kind, AgendaItemKind.OTHER),
        description=row.description,
        anchor=row.anchor,
        room=row.room,
        chair_participation_id=row.chair_participation_id,
        speakers=[
            AgendaSpeakerRecord(
                id=s.id, participation_id=s.participation_id, speaking_minutes=s.speaking_minutes
            )
            for s in row.speakers
        ],
    )


def seating_plan_record(row: m.SeatingPlan) -> SeatingPlanRecord:
    return SeatingPlanRecord(
        id=row.id,
        name=row.name,
        shape=enum_or(TableShape, row.shape, TableShape.ROUND),
        seat_count=row.seat_count,
        seats_per_side=row.seats_per_side,
        head_seat=row.head_seat,
        rows=row.rows,
        day_date=row.day.day_date if row.day else None,
        notes=row.notes,
        seats=[
            SeatRecord(
                id=seat.id,
                number=seat.number,
                participation_id=seat.participation_id,
                locked=seat.locked,
                label=seat.label,
            )
            for seat in row.seats
        ],
        pair_rules=[
            PairRule(
                id=rule.id,
                first_participation_id=rule.first_participation_id,
                second_participation_id=rule.second_participation_id,
                together=rule.together,
            )
            for rule in row.pair_rules
        ],
    )


def copy_fields(row: object, record: object, fields: tuple[str, ...]) -> None:
    for name in fields:
        value = getattr(record, name)
        setattr(row, name, value.value if hasattr(value, "value") else value)


def copy_event_fields(row: m.Event, record: EventRecord) -> None:
    copy_fields(row, record, tuple(f for f in EVENT_FIELDS if f != "slug"))
    for name in VENUE_FIELDS:
        setattr(row, "venue_" + name, getattr(record.venue, name))
