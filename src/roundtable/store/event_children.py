"""Making an event's child rows match a whole record: hosts, delegations, participants, days
with their agenda, attachments and seating plans (``event_writer.write_event`` calls this).

Child rows are matched by id, so unchanged rows keep their ids, and a child whose id is free
is created with that id: a deleted event brought back by undo keeps everything that pointed at
it. The order is the one the database needs: rows that are going away go first, so a re-added
(event, person) or (event, organisation, role) does not collide with its own old row on insert;
participants are written before the agenda and seating that point at them, and each of those
is checked to name participants only. People and organisations are looked up by id, then uid,
and created only when neither matches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtable.domain.file_names import safe_file_name
from roundtable.domain.records import (
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
)
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.errors import UserError
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.wording import tr


class _ChildRow(Protocol):
    """What ``ChildWriter.sync`` needs of a child model: its id, and made by keyword."""

    id: int

    def __init__(self, **kw: Any) -> None: ...


Row = TypeVar("Row", bound=_ChildRow)

Participant = Callable[[int | None, str | None], "m.Participation | None"]
"""Finds the participation a record names by id or, for one not yet written, by person uid."""


def sync_children(s: Session, row: m.Event, rec: EventRecord) -> None:
    """Make ``row``'s children match ``rec``; UserError when the record lists a person twice
    or its agenda or seating names someone who is not among its participants."""
    drop_leaving_children(row, rec)
    if row.id is not None:
        s.flush()
    writer = ChildWriter(s, row)
    writer.write_hosts_and_delegations(rec)
    refuse_people_listed_twice(rec)
    writer.write_participations(rec)
    check_agenda_names_participants(rec, writer.participant)
    writer.write_days_and_attachments(rec)
    check_seating_names_participants(rec, writer.participant)
    writer.write_seating_plans(rec)


def drop_leaving_children(row: m.Event, rec: EventRecord) -> None:
    """Drop the rows the record no longer has, and every link to a participant who is leaving."""
    for attr, items in (("organisations", rec.organisations),
                        ("delegations", rec.delegations),
                        ("participations", rec.participants), ("days", rec.days),
                        ("attachments", rec.attachments),
                        ("seating_plans", rec.seating_plans)):  # fmt: skip
        wanted = {item.id for item in items if item.id is not None}
        setattr(row, attr, [c for c in getattr(row, attr) if c.id in wanted])
    staying = {p.id for p in rec.participants if p.id is not None}
    unlink_leaving_from_agenda(row, staying)
    unlink_leaving_from_seating(row, staying)


def unlink_leaving_from_agenda(row: m.Event, staying: set[int]) -> None:
    for day in row.days:
        for agenda_item in day.items:
            agenda_item.speakers = [
                sp for sp in agenda_item.speakers if sp.participation_id in staying
            ]
            if agenda_item.chair_participation_id not in staying:
                agenda_item.chair = None


def unlink_leaving_from_seating(row: m.Event, staying: set[int]) -> None:
    for plan in row.seating_plans:
        plan.pair_rules = [
            rule
            for rule in plan.pair_rules
            if {rule.first_participation_id, rule.second_participation_id} <= staying
        ]
        for seat in plan.seats:
            if seat.participation_id is not None and seat.participation_id not in staying:
                seat.participation = None


def refuse_people_listed_twice(rec: EventRecord) -> None:
    people = [p.person.id or p.person.uid for p in rec.participants if p.person.id or p.person.uid]
    if len(set(people)) != len(people):
        raise UserError(tr("a person is listed twice among the participants"))


def check_agenda_names_participants(rec: EventRecord, participant: Participant) -> None:
    """Every speaker and chair of the record's agenda is one of its participants."""
    for day in rec.days:
        for agenda_item in day.items:
            wanted = [(s.participation_id, s.person_uid) for s in agenda_item.speakers]
            if agenda_item.chair_participation_id or agenda_item.chair_person_uid:
                wanted.append((agenda_item.chair_participation_id, agenda_item.chair_person_uid))
            if any(participant(pid, uid) is None for pid, uid in wanted):
                raise UserError(
                    tr(
                        "“{item}” names a speaker or chair who is not a participant of this event"
                    ).format(item=agenda_item.title)
                )


def check_seating_names_participants(rec: EventRecord, participant: Participant) -> None:
    """Everyone seated, and both ends of every pair rule, is one of the record's participants."""
    for plan in rec.seating_plans:
        for seat in plan.seats:
            if (seat.participation_id or seat.person_uid) and participant(
                seat.participation_id, seat.person_uid
            ) is None:
                raise UserError(
                    tr(
                        "seat {number} of “{plan}” holds someone who is not a participant of this "
                        "event"
                    ).format(number=seat.number, plan=plan.name)
                )
        for rule in plan.pair_rules:
            ends = ((rule.first_participation_id, rule.first_person_uid),
                    (rule.second_participation_id, rule.second_person_uid))  # fmt: skip
            if any(participant(pid, uid) is None for pid, uid in ends):
                raise UserError(
                    tr(
                        "a seating rule of “{plan}” names someone who is not a participant of "
                        "this event"
                    ).format(plan=plan.name)
                )


class ChildWriter:
    """Writes one event's children in one session, one kind at a time.

    It remembers what later kinds point at: the delegations by name (a participant may name a
    new one), the participations by id and by person uid (a new participant has no id yet, so
    the agenda and the seats of a new record name them by uid), and the days by date.
    """

    def __init__(self, s: Session, row: m.Event) -> None:
        self.s = s
        self.row = row
        self.delegations: dict[str, m.Delegation] = {}
        self.participations: dict[int, m.Participation] = {}
        self.by_person_uid: dict[str, m.Participation] = {}
        self.days_by_date: dict[date, m.EventDay] = {}

    # -- the parts, in the order sync_children writes them

    def write_hosts_and_delegations(self, rec: EventRecord) -> None:
        row = self.row
        row.organisations = self.sync(
            m.EventOrganisation, row.organisations, rec.organisations, self.fill_host
        )
        row.delegations = self.sync(
            m.Delegation, row.delegations, rec.delegations, self.fill_delegation
        )
        self.delegations = {d.name: d for d in row.delegations}

    def write_participations(self, rec: EventRecord) -> None:
        row = self.row
        row.participations = self.sync(
            m.Participation, row.participations, rec.participants, self.fill_participation
        )
        self.participations = {p.id: p for p in row.participations if p.id is not None}
        self.by_person_uid = {p.person.uid: p for p in row.participations}

    def write_days_and_attachments(self, rec: EventRecord) -> None:
        row = self.row
        row.days = self.sync(m.EventDay, row.days, rec.days, self.fill_day)
        row.attachments = self.sync(
            m.Attachment, row.attachments, rec.attachments, self.fill_attachment
        )
        self.days_by_date = {d.day_date: d for d in row.days}

    def write_seating_plans(self, rec: EventRecord) -> None:
        row = self.row
        row.seating_plans = self.sync(
            m.SeatingPlan, row.seating_plans, rec.seating_plans, self.fill_plan
        )

    # -- matching rows to items

    def keep(self, model: type[Row], wanted_id: int | None, current: Sequence[Row]) -> Row:
        """The existing child with that id, or a new one re-using the id if it is free."""
        for child in current:
            if wanted_id is not None and child.id == wanted_id:
                return child
        free = wanted_id is not None and self.s.get(model, wanted_id) is None
        return model(id=wanted_id if free else None)

    def sync(
        self,
        model: type[Row],
        current: Sequence[Row],
        items: Sequence[Any],
        fill: Callable[[Any, Any, int], None],
    ) -> list[Row]:
        """One row per item, in the items' order, each filled from its item and its index."""
        rows = []
        for index, item in enumerate(items):
            child = self.keep(model, item.id, current)
            fill(child, item, index)
            rows.append(child)
        return rows

    def participant(
        self, participation_id: int | None, person_uid: str | None
    ) -> m.Participation | None:
        """The participation an agenda item or a seat names: by id, or by the person's uid."""
        if participation_id is not None:
            return self.participations.get(participation_id)
        return self.by_person_uid.get(person_uid) if person_uid else None

    def named_participant(
        self, participation_id: int | None, person_uid: str | None
    ) -> m.Participation:
        """``participant`` for a speaker or either end of a pair rule, which always names one:
        ``check_agenda_names_participants`` and ``check_seating_names_participants`` refused
        the record before it got here otherwise."""
        participation = self.participant(participation_id, person_uid)
        assert participation is not None
        return participation

    # -- filling one row from its item

    def fill_host(self, child: m.EventOrganisation, item: EventOrganisationRecord, i: int) -> None:
        child.organisation = organisation_row(self.s, item.organisation, update=True)
        child.role = item.role.value
        child.sort_order = i

    def fill_delegation(self, child: m.Delegation, item: DelegationRecord, i: int) -> None:
        child.name = item.name.strip()
        child.country = item.country
        child.organisation = (
            organisation_row(self.s, item.organisation, update=True) if item.organisation else None
        )
        child.sort_order = i

    def fill_participation(
        self, child: m.Participation, item: ParticipationRecord, _i: int
    ) -> None:
        child.person = person_row(self.s, item.person)
        delegations = self.delegations
        name = item.delegation.strip()
        if name and name not in delegations:
            delegations[name] = m.Delegation(name=name, sort_order=len(delegations))
            self.row.delegations.append(delegations[name])
        child.delegation = delegations.get(name) if name else None
        child.role = item.role.value
        child.precedence = item.precedence
        child.attendance = item.attendance.value
        child.notes = item.notes
        child.card_name = item.card_name

    def fill_day(self, child: m.EventDay, item: DayRecord, _i: int) -> None:
        child.day_date = item.day_date
        child.title = item.title
        child.slot_start = item.slot_start
        child.slot_end = item.slot_end
        child.notes = item.notes
        child.items = self.sync(m.AgendaItem, child.items, item.items, self.fill_agenda_item)

    def fill_agenda_item(self, child: m.AgendaItem, item: AgendaItemRecord, i: int) -> None:
        child.position = i
        child.kind = item.kind.value
        child.title = item.title.strip()
        child.description = item.description
        child.duration_minutes = item.duration_minutes
        child.anchor = item.anchor
        child.room = item.room
        child.chair = self.participant(item.chair_participation_id, item.chair_person_uid)
        child.speakers = self.sync(
            m.AgendaSpeaker, child.speakers, item.speakers, self.fill_speaker
        )

    def fill_speaker(self, child: m.AgendaSpeaker, item: AgendaSpeakerRecord, i: int) -> None:
        child.participation = self.named_participant(item.participation_id, item.person_uid)
        child.speaking_minutes = item.speaking_minutes
        child.position = i

    def fill_attachment(self, child: m.Attachment, item: AttachmentRecord, i: int) -> None:
        child.kind = item.kind.value
        child.filename = safe_file_name(item.filename)  # a base name, whatever came in
        child.mime_type = item.mime_type
        child.caption = item.caption
        if item.data is not None:
            child.data = item.data
            child.size = len(item.data)
        child.sort_order = i

    def fill_plan(self, child: m.SeatingPlan, item: SeatingPlanRecord, i: int) -> None:
        child.name = item.name.strip()
        child.shape = item.shape.value
        child.seat_count = item.seat_count
        child.seats_per_side = item.seats_per_side
        child.head_seat = item.head_seat
        child.rows = item.rows
        child.day = self.days_by_date.get(item.day_date) if item.day_date else None
        child.notes = item.notes
        child.sort_order = i
        # A seat with nothing on it is not stored: an empty seat is the default.
        used = [x for x in item.seats if x.participation_id or x.person_uid or x.locked
                or x.label.strip()]  # fmt: skip
        child.seats = self.sync(m.Seat, child.seats, used, self.fill_seat)
        child.pair_rules = self.sync(m.SeatPairRule, child.pair_rules, item.pair_rules,
                                     self.fill_rule)  # fmt: skip

    def fill_seat(self, child: m.Seat, item: SeatRecord, _i: int) -> None:
        child.number = item.number
        child.participation = self.participant(item.participation_id, item.person_uid)
        child.locked = item.locked
        child.label = item.label.strip()

    def fill_rule(self, child: m.SeatPairRule, item: PairRule, i: int) -> None:
        child.first = self.named_participant(item.first_participation_id, item.first_person_uid)
        child.second = self.named_participant(item.second_participation_id, item.second_person_uid)
        child.together = item.together
        child.sort_order = i


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
            raise UserError(tr("the organisation needs a name"))
        mapping.copy_fields(row, rec, mapping.ORGANISATION_FIELDS)
        mapping.copy_logo(row, rec)
    if row is None and rec.uid:
        row = s.scalar(select(m.Organisation).where(m.Organisation.uid == rec.uid))
    if row is None:
        row = m.Organisation(uid=rec.uid or m.new_uid())
        mapping.copy_fields(row, rec, mapping.ORGANISATION_FIELDS)
        mapping.copy_logo(row, rec)
        s.add(row)
    s.info["new_rows"][id(rec)] = row
    return row


def person_row(s: Session, rec: PersonRecord) -> m.Person:
    """The person's row by id, then uid; a new one (with its affiliations) when neither matches."""
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
