"""The people directory part of the store facade (mixed into ``Store``).

People exist once and take part in many events, so most of this is about keeping that true:
duplicates are found before they are made, two records of one person can be merged keeping all
their participations, and both a merge and a delete can be undone exactly.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import selectinload, undefer

from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole
from roundtable.domain.records import (
    ParticipationRow,
    PersonEvent,
    PersonRecord,
    PersonSnapshot,
    PersonSummary,
)
from roundtable.errors import ConflictError, NotFoundError, UserError
from roundtable.services.name_match import email_key, name_key
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.store.event_writer import organisation_row


class PeopleMixin:
    # -- reading ----------------------------------------------------------------------------

    def list_people(self) -> list[PersonSummary]:
        """Every person with affiliations and event counts, in three queries (not 3 x N)."""
        with self._read() as s:
            people = s.execute(
                select(
                    m.Person.id, m.Person.uid, m.Person.honorific, m.Person.given_name,
                    m.Person.family_name, m.Person.name_order, m.Person.native_name,
                    m.Person.country, m.Person.email, m.Person.photo.is_not(None),
                ).order_by(m.Person.family_name, m.Person.given_name, m.Person.id)
            ).all()  # fmt: skip
            affiliations: dict[int, list[str]] = {}
            for person_id, name in s.execute(
                select(m.Affiliation.person_id, m.Organisation.name)
                .join(m.Organisation, m.Organisation.id == m.Affiliation.organisation_id)
                .order_by(m.Affiliation.person_id, m.Affiliation.sort_order)
            ):
                affiliations.setdefault(person_id, []).append(name)
            counts = dict(
                s.execute(
                    select(m.Participation.person_id, func.count()).group_by(
                        m.Participation.person_id
                    )
                ).all()
            )
        return [
            PersonSummary(
                id=r[0],
                uid=r[1],
                honorific=r[2],
                given_name=r[3],
                family_name=r[4],
                name_order=mapping._enum(NameOrder, r[5], NameOrder.GIVEN_FIRST),
                native_name=r[6],
                country=r[7],
                email=r[8],
                affiliations=" / ".join(affiliations.get(r[0], [])),
                event_count=counts.get(r[0], 0),
                has_photo=bool(r[9]),
            )  # fmt: skip
            for r in people
        ]

    def get_person(self, person_id: int, *, with_photo: bool = False) -> PersonRecord:
        options = [selectinload(m.Person.affiliations).selectinload(m.Affiliation.organisation)]
        if with_photo:
            options.append(undefer(m.Person.photo))
        with self._read() as s:
            row = s.get(m.Person, person_id, options=options)
            if row is None:
                raise NotFoundError(f"no person with id {person_id}")
            has_photo = s.scalar(
                select(m.Person.photo.is_not(None)).where(m.Person.id == person_id)
            )
            return mapping.person_record(
                row, has_photo=bool(has_photo), photo=row.photo if with_photo else None
            )

    def person_photos(self, person_ids: list[int]) -> dict[int, tuple[bytes, str]]:
        """Photo bytes and MIME type of those of ``person_ids`` that have one."""
        if not person_ids:
            return {}
        with self._read() as s:
            rows = s.execute(
                select(m.Person.id, m.Person.photo, m.Person.photo_mime).where(
                    m.Person.id.in_(person_ids), m.Person.photo.is_not(None)
                )
            ).all()
        return {r[0]: (r[1], r[2]) for r in rows}

    def person_events(self, person_id: int) -> list[PersonEvent]:
        with self._read() as s:
            rows = s.execute(
                select(
                    m.Event.id, m.Event.title, m.Event.start_date, m.Series.name,
                    m.Event.round_number, m.Participation.role, m.Delegation.name,
                    m.Participation.attendance,
                )
                .join(m.Participation, m.Participation.event_id == m.Event.id)
                .outerjoin(m.Series, m.Series.id == m.Event.series_id)
                .outerjoin(m.Delegation, m.Delegation.id == m.Participation.delegation_id)
                .where(m.Participation.person_id == person_id)
                .order_by(m.Event.start_date.desc(), m.Event.id)
            ).all()  # fmt: skip
        return [
            PersonEvent(
                event_id=r[0],
                title=r[1],
                start_date=r[2],
                series_name=r[3] or "",
                round_number=r[4],
                role=mapping._enum(ParticipantRole, r[5], ParticipantRole.PARTICIPANT),
                delegation=r[6] or "",
                attendance=mapping._enum(Attendance, r[7], Attendance.INVITED),
            )  # fmt: skip
            for r in rows
        ]

    def find_duplicates(
        self, person: PersonRecord, people: list[PersonSummary] | None = None
    ) -> list[PersonSummary]:
        """People who are likely ``person`` already: same name (ignoring case, accents and
        order) or same email. Pass ``people`` to reuse a list already loaded."""
        key = name_key(person.given_name, person.family_name)
        email = email_key(person.email)
        found = []
        for other in self.list_people() if people is None else people:
            if person.id is not None and other.id == person.id:
                continue
            same_name = bool(key) and name_key(other.given_name, other.family_name) == key
            same_email = bool(email) and email_key(other.email) == email
            if same_name or same_email:
                found.append(other)
        return found

    # -- writing ----------------------------------------------------------------------------

    def save_person(self, record: PersonRecord) -> PersonRecord:
        """Create or update a person with their affiliations (and photo, if given)."""
        with self._write() as s:
            person_id = self._write_person(s, record)
        return self.get_person(person_id)

    def _write_person(self, s, record: PersonRecord) -> int:
        if not (record.given_name.strip() or record.family_name.strip()):
            raise UserError("a person needs a given name or a family name")
        row = s.get(m.Person, record.id) if record.id is not None else None
        if row is None:
            row = m.Person(id=record.id, uid=record.uid or m.new_uid())
            s.add(row)
        mapping.copy_fields(row, record, mapping.PERSON_FIELDS)
        row.affiliations = [
            m.Affiliation(
                organisation=organisation_row(s, a.organisation),
                position=a.position,
                sort_order=i,
            )
            for i, a in enumerate(record.affiliations)
        ]
        if record.photo is not None:
            row.photo = record.photo or None
            row.photo_mime = record.photo_mime if record.photo else ""
        s.flush()
        return row.id

    def delete_person(self, person_id: int) -> None:
        """Remove someone from the directory; refused while they take part in an event."""
        with self._write() as s:
            if s.get(m.Person, person_id) is None:
                raise NotFoundError(f"no person with id {person_id}")
            events = s.scalar(select(func.count()).where(m.Participation.person_id == person_id))
            if events:
                raise ConflictError(
                    f"this person takes part in {events} event(s); remove them from those "
                    "events first, or merge them into another person"
                )
            s.execute(delete(m.Person).where(m.Person.id == person_id))

    def person_snapshot(self, person_id: int) -> PersonSnapshot:
        person = self.get_person(person_id, with_photo=True)
        with self._read() as s:
            rows = s.scalars(
                select(m.Participation).where(m.Participation.person_id == person_id)
            ).all()
            participations = [_participation_row(s, r) for r in rows]
            links = [
                (link.entry_id, link.position)
                for link in s.scalars(
                    select(m.LogEntryPerson).where(m.LogEntryPerson.person_id == person_id)
                )
            ]
        return PersonSnapshot(person, participations, links)

    def restore_person(self, snapshot: PersonSnapshot) -> None:
        """Put a person back exactly as snapshotted: same id, fields, photo, participations,
        and what pointed at those participations (agenda roles, seats, seating rules)."""
        # No photo in the snapshot means none: remove one added since (without touching the
        # caller's snapshot, which an undo command keeps for the next redo/undo).
        person = replace(snapshot.person, photo=snapshot.person.photo or b"")
        with self._write() as s:
            self._write_person(s, person)
            for p in snapshot.participations:
                row = s.get(m.Participation, p.id)
                if row is None:
                    clash = s.scalar(
                        select(m.Participation).where(
                            m.Participation.event_id == p.event_id,
                            m.Participation.person_id == person.id,
                        )
                    )
                    if clash is not None:
                        s.delete(clash)
                        s.flush()
                    row = m.Participation(id=p.id)
                    s.add(row)
                row.event_id, row.person_id = p.event_id, person.id
                row.role, row.delegation_id, row.precedence = p.role, p.delegation_id, p.precedence
                row.attendance, row.notes = p.attendance, p.notes
            s.flush()
            for p in snapshot.participations:
                _restore_references(s, p)
            _restore_log_links(s, person.id, snapshot.log_links)

    def merge_people(self, keep_id: int, other_id: int) -> PersonRecord:
        """Fold ``other`` into ``keep``: every participation moves over (where both took part
        in one event, ``keep``'s stays), empty fields of ``keep`` are filled from ``other``,
        affiliations are joined, and ``other`` is removed. One transaction."""
        if keep_id == other_id:
            raise UserError("choose two different people to merge")
        keep = self.get_person(keep_id, with_photo=True)
        other = self.get_person(other_id, with_photo=True)
        for name in mapping.PERSON_FIELDS:
            if name != "name_order" and not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        known = {(a.organisation.id, a.position) for a in keep.affiliations}
        keep.affiliations += [
            a for a in other.affiliations if (a.organisation.id, a.position) not in known
        ]
        if keep.photo is None and other.photo is not None:
            keep.photo, keep.photo_mime = other.photo, other.photo_mime
        with self._write() as s:
            both = select(m.Participation.event_id).where(m.Participation.person_id == keep_id)
            s.execute(
                delete(m.Participation).where(
                    m.Participation.person_id == other_id, m.Participation.event_id.in_(both)
                )
            )
            s.execute(
                update(m.Participation)
                .where(m.Participation.person_id == other_id)
                .values(person_id=keep_id)
            )
            # Log entries about the duplicate are about the kept person now.
            s.execute(
                delete(m.LogEntryPerson).where(
                    m.LogEntryPerson.person_id == other_id,
                    m.LogEntryPerson.entry_id.in_(
                        select(m.LogEntryPerson.entry_id).where(
                            m.LogEntryPerson.person_id == keep_id
                        )
                    ),
                )
            )
            s.execute(
                update(m.LogEntryPerson)
                .where(m.LogEntryPerson.person_id == other_id)
                .values(person_id=keep_id)
            )
            s.execute(delete(m.Person).where(m.Person.id == other_id))
            s.flush()
            self._write_person(s, keep)
        return self.get_person(keep_id)


def _participation_row(s, row: m.Participation) -> ParticipationRow:
    pid = row.id
    return ParticipationRow(
        pid, row.event_id, row.role, row.delegation_id, row.precedence, row.attendance,
        row.notes,
        speakers=[
            (sp.id, sp.item_id, sp.speaking_minutes, sp.position)
            for sp in s.scalars(
                select(m.AgendaSpeaker).where(m.AgendaSpeaker.participation_id == pid)
            )
        ],
        chaired_items=list(
            s.scalars(select(m.AgendaItem.id).where(m.AgendaItem.chair_participation_id == pid))
        ),
        seats=[
            (seat.id, seat.plan_id, seat.number, seat.locked, seat.label)
            for seat in s.scalars(select(m.Seat).where(m.Seat.participation_id == pid))
        ],
        pair_rules=[
            (r.id, r.plan_id, r.first_participation_id, r.second_participation_id, r.together,
             r.sort_order)
            for r in s.scalars(
                select(m.SeatPairRule).where(
                    (m.SeatPairRule.first_participation_id == pid)
                    | (m.SeatPairRule.second_participation_id == pid)
                )
            )
        ],
    )  # fmt: skip


def _restore_references(s, p: ParticipationRow) -> None:
    """Re-create what a merge deleted or emptied along with ``p``, where it still fits."""
    for sp_id, item_id, minutes, position in p.speakers:
        if s.get(m.AgendaSpeaker, sp_id) is None and s.get(m.AgendaItem, item_id) is not None:
            s.add(m.AgendaSpeaker(id=sp_id, item_id=item_id, participation_id=p.id,
                                  speaking_minutes=minutes, position=position))  # fmt: skip
    for item_id in p.chaired_items:
        item = s.get(m.AgendaItem, item_id)
        if item is not None and item.chair_participation_id is None:
            item.chair_participation_id = p.id
    for seat_id, plan_id, number, locked, label in p.seats:
        seat = s.get(m.Seat, seat_id)
        if seat is not None and seat.participation_id is None:
            seat.participation_id = p.id
        elif seat is None and s.get(m.SeatingPlan, plan_id) is not None:
            s.add(m.Seat(id=seat_id, plan_id=plan_id, number=number, participation_id=p.id,
                         locked=locked, label=label))  # fmt: skip
    for rule_id, plan_id, first, second, together, order in p.pair_rules:
        ends_exist = all(s.get(m.Participation, pid) is not None for pid in (first, second))
        if (
            s.get(m.SeatPairRule, rule_id) is None
            and ends_exist
            and s.get(m.SeatingPlan, plan_id) is not None
        ):
            s.add(m.SeatPairRule(id=rule_id, plan_id=plan_id, first_participation_id=first,
                                 second_participation_id=second, together=together,
                                 sort_order=order))  # fmt: skip


def _restore_log_links(s, person_id: int, links: list[tuple[int, int]]) -> None:
    """Make the person's log links exactly ``links`` (entries that still exist)."""
    wanted = dict(links)
    for link in s.scalars(select(m.LogEntryPerson).where(m.LogEntryPerson.person_id == person_id)):
        if link.entry_id not in wanted:
            s.delete(link)
        else:
            link.position = wanted.pop(link.entry_id)
    for entry_id, position in wanted.items():
        if s.get(m.LogEntry, entry_id) is not None:
            s.add(m.LogEntryPerson(entry_id=entry_id, person_id=person_id, position=position))
