"""The people directory part of the store facade (mixed into ``Store``).

People exist once and take part in many events, so most of this is about keeping that true:
duplicates are found before they are made, and two records of one person can be merged keeping
all their participations. Writes go through edits (``store/edits/people.py``), so a merge and a
delete are undone exactly by ``Store.undo``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextlib import AbstractContextManager
from itertools import compress
from operator import eq, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload, undefer

from roundtable.domain.edits.people import AddPerson, DeletePerson, EditPerson, MergePeople
from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole
from roundtable.domain.name_match import email_key, name_key
from roundtable.domain.records import (
    ParticipationRow,
    PersonEvent,
    PersonRecord,
    PersonSnapshot,
    PersonSummary,
)
from roundtable.errors import NotFoundError
from roundtable.store import mapping
from roundtable.store import models as m

if TYPE_CHECKING:
    from roundtable.domain.edits import Edit
    from roundtable.store.recorder import Applied


class DirectoryRow(NamedTuple):
    """One person as the People list shows them (no uid, bio or photo). Its field names are
    ``PersonSummary``'s, so ``full_name`` and the other name helpers take it as it is."""

    id: int
    honorific: str
    given_name: str
    family_name: str
    name_order: NameOrder
    native_name: str
    country: str
    email: str
    affiliations: str  # "Kyushu University / Hokkaido University"
    event_count: int
    patronymic: str


DirectoryTuple = tuple[int, str, str, str, bool, str, str, str, str]
"""One person in ``Directory.people``."""


class Directory(NamedTuple):
    """Everyone, as the People list needs them, in the shape the database hands them over:
    building a record per person would cost more than the query at 50,000 people, and the
    list looks at most people only through the filter's folded texts. ``row(i)`` gives one
    person as a ``DirectoryRow``."""

    people: list[DirectoryTuple]
    """(id, honorific, given_name, family_name, family name first?, native_name, country,
    email, patronymic), by id. The name order comes as a flag: a stored text would be one more
    string per person."""
    affiliations: dict[int, str]
    """Organisation names by person id, joined with " / " in the person's order."""
    event_counts: dict[int, int]
    """How many events each person takes part in (missing: none)."""

    def row(self, index: int) -> DirectoryRow:
        person = self.people[index]
        person_id = person[0]
        order = NameOrder.FAMILY_FIRST if person[4] else NameOrder.GIVEN_FIRST
        return DirectoryRow(
            person_id, person[1], person[2], person[3], order, person[5], person[6], person[7],
            self.affiliations.get(person_id, ""), self.event_counts.get(person_id, 0), person[8],
        )  # fmt: skip


class PeopleMixin:
    apply: Callable[[Edit], Applied]
    _read: Callable[[], AbstractContextManager[Session]]  # Store's: one read-only session

    # -- reading ----------------------------------------------------------------------------

    def list_people(self) -> list[PersonSummary]:
        """Every person with affiliations and event counts, in three queries (not 3 x N)."""
        with self._read() as s:
            people = s.execute(
                select(
                    m.Person.id, m.Person.uid, m.Person.honorific, m.Person.given_name,
                    m.Person.family_name, m.Person.name_order, m.Person.native_name,
                    m.Person.country, m.Person.email, m.Person.photo.is_not(None),
                    m.Person.patronymic,
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
                name_order=mapping.enum_or(NameOrder, r[5], NameOrder.GIVEN_FIRST),
                native_name=r[6],
                country=r[7],
                email=r[8],
                affiliations=" / ".join(affiliations.get(r[0], [])),
                event_count=counts.get(r[0], 0),
                has_photo=bool(r[9]),
                patronymic=r[10],
            )  # fmt: skip
            for r in people
        ]

    def list_directory(self) -> Directory:
        """Every person as the People list shows them, read through the driver's own cursor:
        SQLAlchemy's result rows would cost twice the query itself at 50,000 people, and the
        list must open in a fraction of a second. The statements are SQLAlchemy's, compiled for
        the database in use, their one constant written in."""
        people = select(
            m.Person.id, m.Person.honorific, m.Person.given_name, m.Person.family_name,
            m.Person.name_order == NameOrder.FAMILY_FIRST.value, m.Person.native_name,
            m.Person.country, m.Person.email, m.Person.patronymic,
        ).order_by(m.Person.id)  # fmt: skip
        # Organisation ids, then their names: cheaper than the join, and each name is then
        # one string however many people it is shown for.
        affiliations = select(m.Affiliation.person_id, m.Affiliation.organisation_id).order_by(
            m.Affiliation.person_id, m.Affiliation.sort_order
        )
        organisations = select(m.Organisation.id, m.Organisation.name)
        counts = select(m.Participation.person_id, func.count()).group_by(m.Participation.person_id)
        with self._read() as s:
            connection = s.connection()
            cursor = connection.connection.cursor()
            try:

                def rows(statement) -> list[Any]:
                    literal = {"literal_binds": True}
                    sql = str(statement.compile(dialect=connection.dialect, compile_kwargs=literal))
                    try:
                        cursor.execute(sql)
                        return list(cursor.fetchall())
                    except connection.dialect.loaded_dbapi.Error as exc:
                        # As SQLAlchemy would raise it, so the store reports it as for any read.
                        raise OperationalError(sql, None, exc) from exc

                names = dict(rows(organisations))
                joined = _joined(rows(affiliations), names)
                return Directory(rows(people), joined, dict(rows(counts)))
            finally:
                cursor.close()

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
        return {r[0]: (r[1], r[2]) for r in rows if r[1] is not None}  # None: not selected

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
                role=mapping.enum_or(ParticipantRole, r[5], ParticipantRole.PARTICIPANT),
                delegation=r[6] or "",
                attendance=mapping.enum_or(Attendance, r[7], Attendance.INVITED),
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
        """Add a person (no id), or change a stored one to match ``record``: only the fields,
        affiliations and photo that differ from what is stored now are written."""
        if record.id is None:
            return self.get_person(self.apply(AddPerson(person=record)).result)
        edit = EditPerson.between(self.get_person(record.id), record)
        if edit is not None:
            self.apply(edit)
        return self.get_person(record.id)

    def delete_person(self, person_id: int) -> None:
        """Remove someone from the directory; refused while they take part in an event."""
        self.apply(DeletePerson(person_id=person_id))

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

    def merge_people(self, keep_id: int, other_id: int) -> PersonRecord:
        """Fold ``other`` into ``keep`` (``MergePeople``), in one transaction."""
        self.apply(MergePeople(keep_id=keep_id, other_id=other_id))
        return self.get_person(keep_id)


def _joined(rows: list[tuple[int, int]], names: dict[int, str]) -> dict[int, str]:
    """(person id, organisation id) rows, by person and in each person's order, as one text
    per person. Most people have one: those are mapped in C (``dict``, ``map``), and only the
    runs of people with several are joined in Python."""
    ids = list(map(itemgetter(0), rows))
    organisations = list(map(names.__getitem__, map(itemgetter(1), rows)))
    joined = dict(zip(ids, organisations, strict=True))
    if len(joined) < len(rows):
        for person_id in set(compress(ids[1:], map(eq, ids[1:], ids))):
            start, end = bisect_left(ids, person_id), bisect_right(ids, person_id)
            joined[person_id] = " / ".join(organisations[start:end])
    return joined


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
