"""The one way into the database.

``Store`` owns the Engine and opens a short Session per operation, so every user action is one
transaction and nothing outside this module ever holds a Session. It speaks in detached records
(``roundtable.domain.records``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from roundtable.domain.change_summary import describe as describe_changes
from roundtable.domain.edits import Edit
from roundtable.domain.enums import EventKind, EventStatus
from roundtable.domain.log import EventLog
from roundtable.domain.parts import RECORD_PARTS, Part, change_area, format_parts, parse_parts
from roundtable.domain.records import (
    EventRecord,
    EventSummary,
    OrganisationRecord,
    SeriesRecord,
)
from roundtable.errors import (
    ConflictError,
    DatabaseError,
    NotFoundError,
    ReadOnlyError,
    UnusableDatabaseError,
    UserError,
)
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.store.backups import BackupInfo, backup_due, good_backups, make_backup
from roundtable.store.database import (
    WRITE_OPTION,
    Create,
    create_configured_engine,
    describe,
    prepare_location,
    resolve_database,
    sqlite_file,
)
from roundtable.store.database_hold import DatabaseHold
from roundtable.store.edits import EditContext, run_edit
from roundtable.store.event_reader import read_event, refreshed
from roundtable.store.event_writer import check_record, slug_owner, write_event
from roundtable.store.file_access import why_not_writable
from roundtable.store.log import LogMixin, default_author, to_db
from roundtable.store.migrate import ensure_schema
from roundtable.store.migration_backup import backup_before_migration
from roundtable.store.people import PeopleMixin
from roundtable.store.readiness import ReadinessMixin
from roundtable.store.recorder import TABLES, Applied, StaleError, Tx, inverse, stamp
from roundtable.store.sqlite_files import inspect_file
from roundtable.wording import tr

FEED_KEPT = 10_000
"""Revisions of the change feed kept (``Store.prune_feed``)."""


@dataclass(frozen=True)
class FeedEntry:
    """What one write by someone else touched: an event (None: anything) and its parts."""

    revision: int
    event_id: int | None
    parts: frozenset[Part]


class _NothingDone(Exception):  # noqa: N818 - control flow: roll back an edit that changed nothing
    def __init__(self, result: Any) -> None:
        super().__init__()
        self.result = result


def explain_write_failure(error: BaseException | None) -> str:
    """The driver's error in words a user can act on."""
    text = str(error)
    lowered = text.lower()
    if "disk is full" in lowered or "disk full" in lowered:
        return tr("the disk is full (free some space and try again)")
    if "readonly" in lowered or "read-only" in lowered:
        return tr("the database file or its folder is read-only")
    if "locked" in lowered or "busy" in lowered:
        return tr("another program is using the database (try again in a moment)")
    if "disk i/o error" in lowered:
        return tr("the disk reported an error (is it full, removed or failing?)")
    return text


class Store(PeopleMixin, LogMixin, ReadinessMixin):
    """A Roundtable database, opened and migrated."""

    def __init__(self, url: str, engine: Engine, *, read_only: bool = False) -> None:
        self.url = url
        self.name = describe(url)
        self.engine = engine
        self.read_only = read_only
        self.path = sqlite_file(url)  # None for a server database
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self.origin = m.new_uid()  # marks what this Store writes in the change feed
        self.author = default_author()  # the GUI sets the name from its preferences
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests set a fake one
        self.hold: DatabaseHold | None = None  # set by open: writers' lock, protected files

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        read_only: bool = False,
        daily_backup: bool = True,
        create: Create = "file",
    ) -> Store:
        """Open ``db`` (path, URL, or None for $ROUNDTABLE_DB / the default) and migrate it.

        An existing SQLite file is checked first and refused, untouched, if it is empty,
        damaged, half-made, foreign or from a newer app (UnusableDatabaseError lists its good
        backups). A file that cannot be written here (a read-only folder) is opened read-only;
        ``why_not_writable(store.path)`` says why. A missing file is made as ``create`` allows
        (``prepare_location``). The file is backed up before a migration (once per content,
        however often it fails) and, with ``daily_backup``, once a day.
        """
        url = resolve_database(db)
        path = sqlite_file(url)
        why_read_only = ""
        if path is not None:
            prepare_location(path, "never" if read_only else create)
            report = inspect_file(path) if path.exists() else None
            if report is not None and not report.can_open:
                raise UnusableDatabaseError(
                    str(path), report.problem, good_backups(path), cause=report.cause
                )
            why_read_only = why_not_writable(path) if report is not None else ""
            read_only = read_only or bool(why_read_only)
        # A writer holds the writers' lock shared until close, so a restore never replaces
        # the file under it (store/writer_lock.py); released below if the open fails.
        hold = DatabaseHold.take(path, write=not read_only)
        try:
            engine = create_configured_engine(url, read_only=read_only)
        except BaseException:
            hold.release()
            raise
        before_upgrade = None
        if path is not None:
            before_upgrade = lambda: backup_before_migration(path)  # noqa: E731
        try:
            ensure_schema(engine, describe(url), read_only=read_only, why_read_only=why_read_only,
                          before_upgrade=before_upgrade)  # fmt: skip
        except BaseException:
            engine.dispose()
            hold.release()
            raise
        store = cls(url, engine, read_only=read_only)
        store.hold = hold
        if daily_backup:
            # Once a day with the backup for a file; a server has no backup of ours.
            prune = store.path is None or backup_due(store.path)
            store.backup_if_due()
            if prune:
                store.prune_feed()
        return store

    def close(self) -> None:
        """Close every connection, then let go of the file (a restore may replace it now)."""
        self.engine.dispose()
        if self.hold is not None:
            self.hold.release()

    # -- backups --------------------------------------------------------------------------

    def backup_now(self, target: Path | None = None) -> BackupInfo:
        if self.path is None:
            raise UserError(
                tr("{database} is a database server; back it up with its own tools").format(
                    database=self.name
                )
            )
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
            raise DatabaseError(
                tr("cannot read {database}: {reason}").format(database=self.name, reason=exc.orig)
            ) from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: all of it is committed, or none of it.

        Its first statement raises the database revision (``StoreState``): on PostgreSQL that
        row lock queues writers one behind the other, so what a write checks is what it changes,
        and revisions follow the order of commits. SQLite's write lock does the same.
        """
        if self.read_only:
            raise ReadOnlyError(
                tr(
                    "{database} is open read-only, so nothing can be changed; nothing was saved"
                ).format(database=self.name)
            )
        try:
            with self._write_sessions.begin() as session:
                session.info["revision"] = self._next_revision(session)
                yield session
                if not session.info.get("fed"):
                    self._feed(session, [], set(Part))  # a write that did not say what it did
        except IntegrityError as exc:
            raise ConflictError(
                tr("the change clashes with existing data ({reason})").format(reason=exc.orig)
            ) from exc
        except (OperationalError, SADatabaseError) as exc:
            raise DatabaseError(
                tr(
                    "could not save to {database}: {reason}; the change was not saved, and "
                    "everything saved before it is safe"
                ).format(database=self.name, reason=explain_write_failure(exc.orig))
            ) from exc

    @staticmethod
    def _next_revision(session: Session) -> int:
        state = TABLES["store_state"]
        revision = session.execute(
            state.update().where(state.c.id == 1).values(revision=state.c.revision + 1)
            .returning(state.c.revision)
        ).scalar()  # fmt: skip
        if revision is None:  # a database made before the row existed cannot be: migration 0006
            session.execute(state.insert().values(id=1, revision=1))
            revision = 1
        return revision

    def _feed(self, session: Session, event_ids: Iterable[int], parts: Iterable[Part]) -> None:
        """Tell other windows what this write touched (``change_feed``); a write with no event
        says so with one row for all."""
        feed = TABLES["change_feed"]
        text = format_parts(set(parts))
        at = to_db(self.now())
        rows: list[dict[str, int | None]] = [{"event_id": e} for e in sorted(set(event_ids))]
        if not rows:
            rows = [{"event_id": None}]
        session.execute(
            feed.insert(),
            [dict(r, revision=session.info["revision"], parts=text, origin=self.origin, at=at)
             for r in rows],
        )  # fmt: skip
        session.info["fed"] = True

    # -- edits: changes applied to what is stored now --------------------------------------------

    def apply(self, edit: Edit) -> Applied:
        """Apply ``edit`` in one transaction to the database as it is now (``store/edits``).

        Refused with a UserError, nothing written, where the edit is not allowed or rests on
        something changed since it was built (StaleError). An edit that changes nothing writes
        nothing and returns an Applied whose ``empty`` is true.
        """
        return self._record(lambda context: run_edit(context, edit), edit.text)

    def undo(self, applied: Applied) -> Applied:
        """Apply the inverse of ``applied`` to the database as it is now: what others changed
        since stays; where they changed the same thing, StaleError and nothing written."""
        ops = inverse(applied.ops)
        return self._record(lambda context: context.tx.replay(ops), f"Undo: {applied.text}",
                            notes_for=applied)  # fmt: skip

    def redo(self, undone: Applied) -> Applied:
        """Apply again what ``undone`` (the result of ``undo``) took back."""
        ops = inverse(undone.ops)
        text = undone.text.removeprefix("Undo: ")
        return self._record(lambda context: context.tx.replay(ops), text, notes_for=undone)

    def _record(
        self, step: Callable[[EditContext], Any], text: str, *, notes_for: Applied | None = None
    ) -> Applied:
        try:
            with self._write() as s:
                tx = Tx(s.connection())
                context = EditContext(tx, s, self, self.author, to_db(self.now()))
                result = step(context)
                context.run_checks()
                if not tx.ops and not tx.notes:
                    raise _NothingDone(result)
                if notes_for is not None:
                    for event_id in sorted(notes_for.events):
                        tx.note(event_id, change_area(notes_for.parts), text)
                revision = s.info["revision"]
                stamp(tx, revision, self.origin, self.author, context.now)
                s.info["fed"] = True
        except _NothingDone as nothing:
            return Applied((), frozenset(), frozenset(), self.revision(), text,
                           result=nothing.result)  # fmt: skip
        return Applied(
            ops=tuple(tx.ops),
            events=frozenset(tx.events),
            parts=tx.parts,
            revision=revision,
            text=text,
            created=tx.created_events(),
            deleted=tx.deleted_events(),
            people=frozenset(tx.people),
            result=result,
        )

    # -- noticing other writers -----------------------------------------------------------------

    def revision(self) -> int:
        """The database's revision now: it rises with every write, from any process."""
        with self._read() as s:
            return s.scalar(select(m.StoreState.revision).where(m.StoreState.id == 1)) or 0

    def changes_since(self, revision: int) -> tuple[int, list[FeedEntry]]:
        """What other Stores (windows, the command line, other users) wrote after ``revision``,
        and the revision now. Entries written through this Store are left out."""
        feed = m.ChangeFeed
        with self._read() as s:
            now = s.scalar(select(m.StoreState.revision).where(m.StoreState.id == 1)) or 0
            if now == revision:
                return now, []
            oldest = s.scalar(select(func.min(feed.revision)))
            if oldest is not None and oldest > revision + 1:
                # Pruned past what the caller saw: it cannot know what changed, so everything.
                return now, [FeedEntry(now, None, frozenset(Part))]
            rows = s.execute(
                select(feed.revision, feed.event_id, feed.parts)
                .where(feed.revision > revision, feed.revision <= now, feed.origin != self.origin)
                .order_by(feed.revision, feed.id)
            ).all()
        return now, [FeedEntry(r[0], r[1], parse_parts(r[2])) for r in rows]

    def prune_feed(self, keep: int = FEED_KEPT) -> None:
        """Forget all but the last ``keep`` revisions of the change feed (a window that slept
        longer than that reloads everything, which it learns from ``changes_since``). Not a
        change of anyone's data, so it raises no revision; a failure is left for next time."""
        if self.read_only:
            return
        feed = TABLES["change_feed"]
        try:
            with self._write_sessions.begin() as s:
                now = s.scalar(select(m.StoreState.revision).where(m.StoreState.id == 1)) or 0
                s.execute(feed.delete().where(feed.c.revision < now - keep))
        except (OperationalError, SADatabaseError):
            pass

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
                status=mapping.enum_or(EventStatus, r[8], EventStatus.DRAFT),
                kind=mapping.enum_or(EventKind, r[9], EventKind.OTHER),
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
            raise NotFoundError(tr("no event with id or slug {text}").format(text=repr(text)))
        return found

    def find_event_by_uid(self, uid: str) -> int | None:
        with self._read() as s:
            return s.scalar(select(m.Event.id).where(m.Event.uid == uid))

    def get_event(
        self,
        event_id: int,
        *,
        with_attachment_data: bool = False,
        parts: Iterable[Part] = RECORD_PARTS,
    ) -> EventRecord:
        """The event as stored now; only ``parts`` are filled in (all of them by default)."""
        with self._read() as s:
            return read_event(
                s.connection(), event_id, parts, with_attachment_data=with_attachment_data
            )

    def refresh_event(self, record: EventRecord, parts: Iterable[Part]) -> EventRecord:
        """``record`` with ``parts`` read again: what a window does after a change."""
        with self._read() as s:
            return refreshed(s.connection(), record, parts)

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._read() as s:
            data = s.scalar(select(m.Attachment.data).where(m.Attachment.id == attachment_id))
        if data is None:
            raise NotFoundError(
                tr("no attachment with id {attachment_id}").format(attachment_id=attachment_id)
            )
        return data

    def slug_in_use(self, slug: str, except_event: int | None = None) -> bool:
        with self._read() as s:
            return slug_owner(s, slug, except_event) is not None

    def save_event(self, record: EventRecord, *, log: EventLog | None = None) -> EventRecord:
        """Create an event, or replace an existing one with ``record`` as a whole.

        Replacing needs a record read at the event's current revision: one read before some
        other change (another window, the command line, a second user) is refused with a
        StaleError, so a whole-record save never deletes what was added since it was read.
        The app's own edits do not come here: they change only what they name (``apply``).

        What changed is written to the event's change history (domain/change_summary.py).
        ``log``, when given, becomes the event's whole log in the same transaction (a bundle's
        log) and no change line is added.
        """
        if record.id is None or not self._event_exists(record.id):
            from roundtable.domain.edits.event import CreateEvent

            created = self.apply(CreateEvent(record=record, log=log))
            return self.get_event(created.result)
        check_record(record)
        with self._write() as s:
            stored = s.scalar(select(m.Event.revision).where(m.Event.id == record.id))
            if stored != record.revision:
                raise StaleError(
                    tr(
                        "“{title}” was changed after this copy of it was read (by another window, "
                        "the command line or another user); nothing was saved. Read it again and "
                        "redo the change."
                    ).format(title=record.title)
                )
            event_id, old = write_event(s, record)
            if log is not None:
                self._replace_log(s, event_id, log)
            else:
                self._record_changes(s, event_id, describe_changes(old, record))
            self._feed(s, [event_id], set(Part))
        return self.get_event(event_id)

    def _event_exists(self, event_id: int) -> bool:
        with self._read() as s:
            return s.get(m.Event, event_id) is not None

    def delete_event(self, event_id: int, *, revision: int | None = None) -> Applied:
        """Delete the event with everything it owns, its log included; with ``revision``,
        refused if it changed since it was read at that revision. Undo (``undo``) brings it all
        back with the same ids."""
        from roundtable.domain.edits.event import DeleteEvent

        return self.apply(DeleteEvent(event_id=event_id, revision=revision))

    # -- directory ----------------------------------------------------------------------

    def list_series(self) -> list[SeriesRecord]:
        with self._read() as s:
            rows = s.scalars(select(m.Series).order_by(m.Series.name)).all()
            return [mapping.series_record(r) for r in rows]

    def list_organisations(self) -> list[OrganisationRecord]:
        with self._read() as s:
            rows = s.execute(
                select(m.Organisation, m.Organisation.logo.is_not(None)).order_by(
                    m.Organisation.name
                )
            ).all()
            return [mapping.organisation_record(r, has_logo=bool(logo)) for r, logo in rows]

    def save_organisation(self, record: OrganisationRecord) -> OrganisationRecord:
        if not record.name.strip():
            raise UserError(tr("the organisation needs a name"))
        with self._write() as s:
            row = s.get(m.Organisation, record.id) if record.id else None
            if row is None:
                row = m.Organisation(id=record.id, uid=record.uid or m.new_uid())
                s.add(row)
            mapping.copy_fields(row, record, mapping.ORGANISATION_FIELDS)
            mapping.copy_logo(row, record)
            s.flush()
            return mapping.organisation_record(row, has_logo=row.logo is not None)

    def organisation_logos(self, organisation_ids: list[int]) -> dict[int, tuple[bytes, str]]:
        """Logo bytes and MIME type of those of ``organisation_ids`` that have one (the flyer
        reads them in one query; lists never load them)."""
        if not organisation_ids:
            return {}
        with self._read() as s:
            rows = s.execute(
                select(m.Organisation.id, m.Organisation.logo, m.Organisation.logo_mime).where(
                    m.Organisation.id.in_(organisation_ids), m.Organisation.logo.is_not(None)
                )
            ).all()
        return {r[0]: (r[1], r[2]) for r in rows if r[1] is not None}

    def count_people(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count(m.Person.id))) or 0
