"""The one way into the database.

``Store`` owns the Engine and opens a short Session per operation, so every user action is one
transaction and nothing outside this module ever holds a Session. It speaks in detached records
(``roundtable.domain.records``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker, undefer

from roundtable.domain.enums import EventKind, EventStatus
from roundtable.domain.log import EventLog
from roundtable.domain.records import (
    EventRecord,
    EventSummary,
    OrganisationRecord,
    PersonRecord,
    SeriesRecord,
)
from roundtable.domain.slugs import slugify
from roundtable.domain.validation import validate_event
from roundtable.errors import (
    ConflictError,
    DatabaseError,
    NotFoundError,
    ReadOnlyError,
    UnusableDatabaseError,
    UserError,
)
from roundtable.services.change_summary import describe as describe_changes
from roundtable.services.seating_geometry import plan_geometry
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.store.backups import BackupInfo, backup_due, good_backups, make_backup
from roundtable.store.database import (
    create_configured_engine,
    describe,
    resolve_database,
    sqlite_file,
)
from roundtable.store.log import LogMixin, default_author
from roundtable.store.migrate import ensure_schema
from roundtable.store.people import PeopleMixin
from roundtable.store.sqlite_files import inspect_file

Row = TypeVar("Row", bound=m.Base)


def explain_write_failure(error: BaseException | None) -> str:
    """The driver's error in words a user can act on."""
    text = str(error)
    lowered = text.lower()
    if "disk is full" in lowered or "disk full" in lowered:
        return "the disk is full (free some space and try again)"
    if "readonly" in lowered or "read-only" in lowered:
        return "the database file or its folder is read-only"
    if "locked" in lowered or "busy" in lowered:
        return "another program is using the database (try again in a moment)"
    if "disk i/o error" in lowered:
        return "the disk reported an error (is it full, removed or failing?)"
    return text


class Store(PeopleMixin, LogMixin):
    """A Roundtable database, opened and migrated."""

    def __init__(self, url: str, engine: Engine, *, read_only: bool = False) -> None:
        self.url = url
        self.name = describe(url)
        self.engine = engine
        self.read_only = read_only
        self.path = sqlite_file(url)  # None for a server database
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.author = default_author()  # the GUI sets the name from its preferences
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests set a fake one

    @classmethod
    def open(
        cls, db: str | None = None, *, read_only: bool = False, daily_backup: bool = True
    ) -> Store:
        """Open ``db`` (path, URL, or None for $ROUNDTABLE_DB / the default) and migrate it.

        An existing SQLite file is checked first and refused, untouched, if it is empty,
        damaged, foreign or from a newer app (UnusableDatabaseError lists its good backups).
        It is backed up before any migration and, with ``daily_backup``, once a day.
        """
        url = resolve_database(db)
        path = sqlite_file(url)
        if path is not None and path.exists():
            report = inspect_file(path)
            if not report.ok:
                raise UnusableDatabaseError(str(path), report.problem, good_backups(path))
        elif path is not None and read_only:
            raise DatabaseError(f"{path} does not exist")
        engine = create_configured_engine(url, read_only=read_only)
        before_upgrade = None
        if path is not None:
            before_upgrade = lambda: make_backup(path, "pre-migration")  # noqa: E731
        try:
            ensure_schema(engine, describe(url), read_only=read_only, before_upgrade=before_upgrade)
        except BaseException:
            engine.dispose()
            raise
        store = cls(url, engine, read_only=read_only)
        if daily_backup:
            store.backup_if_due()
        return store

    def close(self) -> None:
        self.engine.dispose()

    # -- backups --------------------------------------------------------------------------

    def backup_now(self, target: Path | None = None) -> BackupInfo:
        if self.path is None:
            raise UserError(f"{self.name} is a database server; back it up with its own tools")
        return make_backup(self.path, "manual", target)

    def backup_if_due(self) -> BackupInfo | None:
        """The once-a-day automatic backup. A failure is reported on stderr, never fatal:
        the user can still work, and the next open tries again."""
        if self.path is None or self.read_only or not backup_due(self.path):
            return None
        try:
            return make_backup(self.path, "daily")
        except UserError as exc:
            print(f"roundtable: warning: automatic backup failed: {exc}", file=sys.stderr)
            return None

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            raise DatabaseError(f"cannot read {self.name}: {exc.orig}") from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: all of it is committed, or none of it."""
        if self.read_only:
            raise ReadOnlyError(
                f"{self.name} is open read-only, so nothing can be changed; nothing was saved"
            )
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as exc:
            raise ConflictError(f"the change clashes with existing data ({exc.orig})") from exc
        except (OperationalError, SADatabaseError) as exc:
            raise DatabaseError(
                f"could not save to {self.name}: {explain_write_failure(exc.orig)}; "
                "the change was not saved, and everything saved before it is safe"
            ) from exc

    # -- events -----------------------------------------------------------------------------

    def list_events(self) -> list[EventSummary]:
        query = (
            select(
                m.Event.id,
                m.Event.slug,
                m.Event.title,
                m.Event.start_date,
                m.Event.end_date,
                m.Event.start_time,
                m.Event.end_time,
                m.Event.timezone,
                m.Event.status,
                m.Event.kind,
                m.Event.series_id,
                m.Series.name,
                m.Event.round_number,
                m.Event.programme,
                m.Event.venue_name,
                m.Event.venue_city,
                m.Event.venue_country,
            )  # fmt: skip
            .outerjoin(m.Series, m.Series.id == m.Event.series_id)
            .order_by(m.Event.start_date, m.Event.id)
        )
        with self._read() as s:
            rows = s.execute(query).all()
        return [
            EventSummary(
                id=r[0],
                slug=r[1],
                title=r[2],
                start_date=r[3],
                end_date=r[4],
                start_time=r[5],
                end_time=r[6],
                timezone=r[7],
                status=mapping._enum(EventStatus, r[8], EventStatus.DRAFT),
                kind=mapping._enum(EventKind, r[9], EventKind.OTHER),
                series_id=r[10],
                series_name=r[11] or "",
                round_number=r[12],
                programme=r[13],
                venue_name=r[14],
                venue_city=r[15],
                venue_country=r[16],
            )  # fmt: skip
            for r in rows
        ]

    def count_events(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count(m.Event.id))) or 0

    def resolve_event(self, ref: str | int) -> int:
        """An event id from what a user typed: its number, its slug or its uid."""
        text = str(ref).strip()
        with self._read() as s:
            if text.isdigit() and s.get(m.Event, int(text)) is not None:
                return int(text)
            found = s.scalar(
                select(m.Event.id).where((m.Event.slug == text) | (m.Event.uid == text))
            )
        if found is None:
            raise NotFoundError(f"no event with id or slug {text!r}")
        return found

    def find_event_by_uid(self, uid: str) -> int | None:
        with self._read() as s:
            return s.scalar(select(m.Event.id).where(m.Event.uid == uid))

    def get_event(self, event_id: int, *, with_attachment_data: bool = False) -> EventRecord:
        options = [
            selectinload(m.Event.series),
            selectinload(m.Event.organisations).selectinload(m.EventOrganisation.organisation),
            selectinload(m.Event.delegations).selectinload(m.Delegation.organisation),
            selectinload(m.Event.participations)
            .selectinload(m.Participation.person)
            .selectinload(m.Person.affiliations)
            .selectinload(m.Affiliation.organisation),
            selectinload(m.Event.participations).selectinload(m.Participation.delegation),
            selectinload(m.Event.days)
            .selectinload(m.EventDay.items)
            .selectinload(m.AgendaItem.speakers),
            selectinload(m.Event.attachments),
            selectinload(m.Event.seating_plans).selectinload(m.SeatingPlan.seats),
            selectinload(m.Event.seating_plans).selectinload(m.SeatingPlan.pair_rules),
            selectinload(m.Event.seating_plans).selectinload(m.SeatingPlan.day),
        ]
        if with_attachment_data:
            options.append(selectinload(m.Event.attachments).options(undefer(m.Attachment.data)))
        with self._read() as s:
            row = s.get(m.Event, event_id, options=options)
            if row is None:
                raise NotFoundError(f"no event with id {event_id}")
            record = mapping.event_record(row, with_attachment_data)
            with_photos = set(
                s.scalars(
                    select(m.Person.id).where(
                        m.Person.id.in_([p.person.id for p in record.participants]),
                        m.Person.photo.is_not(None),
                    )
                )
            )
        for participant in record.participants:
            participant.person.has_photo = participant.person.id in with_photos
        return record

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._read() as s:
            data = s.scalar(select(m.Attachment.data).where(m.Attachment.id == attachment_id))
        if data is None:
            raise NotFoundError(f"no attachment with id {attachment_id}")
        return data

    def slug_in_use(self, slug: str, except_event: int | None = None) -> bool:
        with self._read() as s:
            return self._slug_owner(s, slug, except_event) is not None

    def save_event(self, record: EventRecord, *, log: EventLog | None = None) -> EventRecord:
        """Create or update an event with all it owns, in one transaction.

        Child rows are matched by id, so unchanged rows keep their ids (later features point at
        them). A record whose id no longer exists is re-created with that id: this is how an
        undone delete comes back exactly as it was. People and organisations are looked up by
        id, then uid, and created only when neither matches. People are not modified here; an
        organisation linked to the event (or a delegation) by id takes the record's fields.

        What changed is written to the event's change history (services/change_summary.py).
        ``log``, when given, becomes the event's whole log in the same transaction (a bundle's
        log, or a deleted event's coming back with it) and no change line is added.
        """
        validate_event(record)
        for plan in record.seating_plans:
            try:
                plan_geometry(plan)
            except UserError as exc:
                raise UserError(f"seating plan “{plan.name.strip()}”: {exc}") from None
        with self._write() as s:
            row = self._event_row(s, record)
            old = mapping.event_record(row, False) if sa_inspect(row).persistent else None
            with s.no_autoflush:
                row.slug = self._unique_slug(s, row.id, record)
            mapping.copy_event_fields(row, record)
            row.series = self._series_row(s, record.series) if record.series else None
            self._sync_children(s, row, record)
            s.flush()
            event_id = row.id
            if log is not None:
                # The given log is the whole truth (a bundle's history, or a deleted event's
                # coming back), so this save adds no line of its own.
                self._replace_log(s, event_id, log)
            else:
                self._record_changes(s, event_id, describe_changes(old, record))
        return self.get_event(event_id)

    def _event_row(self, s: Session, record: EventRecord) -> m.Event:
        if record.id is not None:
            row = s.get(m.Event, record.id)
            if row is not None:
                return row
        if record.uid and s.scalar(select(m.Event.id).where(m.Event.uid == record.uid)):
            raise ConflictError(f"an event with uid {record.uid} already exists")
        row = m.Event(id=record.id, uid=record.uid or m.new_uid())
        s.add(row)
        return row

    def _slug_owner(self, s: Session, slug: str, except_event: int | None) -> int | None:
        query = select(m.Event.id).where(m.Event.slug == slug)
        if except_event is not None:
            query = query.where(m.Event.id != except_event)
        return s.scalar(query)

    def _unique_slug(self, s: Session, event_id: int | None, record: EventRecord) -> str:
        """The record's own slug if free (else a clear error); a fresh one if it has none."""
        if record.slug:
            owner = self._slug_owner(s, record.slug, event_id)
            if owner is not None:
                raise ConflictError(f"the short name {record.slug!r} is used by event {owner}")
            return record.slug
        base = slugify(f"{record.title} {record.start_date.year}")
        slug, n = base, 1
        while self._slug_owner(s, slug, event_id) is not None:
            n += 1
            slug = f"{base}-{n}"
        return slug

    def _series_row(self, s: Session, rec: SeriesRecord) -> m.Series:
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

    def _organisation_row(
        self, s: Session, rec: OrganisationRecord, *, update: bool = False
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

    def _person_row(self, s: Session, rec: PersonRecord) -> m.Person:
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
                    organisation=self._organisation_row(s, a.organisation),
                    position=a.position,
                    sort_order=i,
                )
                for i, a in enumerate(rec.affiliations)
            ]
            s.add(row)
        s.info["new_rows"][id(rec)] = row
        return row

    def _sync_children(self, s: Session, row: m.Event, rec: EventRecord) -> None:
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
            child.organisation = self._organisation_row(s, item.organisation, update=True)
            child.role = item.role.value
            child.sort_order = i

        def fill_delegation(child: m.Delegation, item, i: int) -> None:
            child.name = item.name.strip()
            child.country = item.country
            child.organisation = (
                self._organisation_row(s, item.organisation, update=True)
                if item.organisation
                else None
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
            child.person = self._person_row(s, item.person)
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
            child.filename = item.filename.strip()
            child.mime_type = item.mime_type
            child.caption = item.caption
            if item.data is not None:
                child.data = item.data
                child.size = len(item.data)
            child.sort_order = i

        people = [
            p.person.id or p.person.uid for p in rec.participants if p.person.id or p.person.uid
        ]
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
                    wanted.append(
                        (agenda_item.chair_participation_id, agenda_item.chair_person_uid)
                    )
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

    def delete_event(self, event_id: int) -> None:
        with self._write() as s:
            if s.get(m.Event, event_id) is None:
                raise NotFoundError(f"no event with id {event_id}")
            s.execute(delete(m.Event).where(m.Event.id == event_id))

    # -- directory ----------------------------------------------------------------------

    def list_series(self) -> list[SeriesRecord]:
        with self._read() as s:
            rows = s.scalars(select(m.Series).order_by(m.Series.name)).all()
            return [mapping.series_record(r) for r in rows]

    def list_organisations(self) -> list[OrganisationRecord]:
        with self._read() as s:
            rows = s.scalars(select(m.Organisation).order_by(m.Organisation.name)).all()
            return [mapping.organisation_record(r) for r in rows]

    def save_organisation(self, record: OrganisationRecord) -> OrganisationRecord:
        if not record.name.strip():
            raise UserError("the organisation needs a name")
        with self._write() as s:
            row = s.get(m.Organisation, record.id) if record.id else None
            if row is None:
                row = m.Organisation(id=record.id, uid=record.uid or m.new_uid())
                s.add(row)
            mapping.copy_fields(row, record, mapping.ORGANISATION_FIELDS)
            s.flush()
            return mapping.organisation_record(row)

    def count_people(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count(m.Person.id))) or 0
