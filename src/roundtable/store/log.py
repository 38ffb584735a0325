"""The event log part of the store facade (mixed into ``Store``): journal entries, their earlier
texts, and the change history that ``save_event`` writes by itself.

Entries are written on their own, never through ``save_event``, so undoing an edit of the event
(which saves an older copy of it) cannot take back an entry. Editing an entry keeps the text it
replaces as a revision. Times are aware UTC in records and naive UTC in the database.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, overload

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from roundtable.domain.edits.log import AddLogEntry, EditLogEntry
from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord, LogRevision, check_times
from roundtable.errors import NotFoundError, UserError
from roundtable.store import models as m
from roundtable.store.mapping import enum_or
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.domain.edits import Edit
    from roundtable.store.recorder import Applied


AUTHOR_ENV = "ROUNDTABLE_AUTHOR"


def default_author() -> str:
    """Who the change history says made a change when nobody set a name: $ROUNDTABLE_AUTHOR
    (a script's, or a shared machine's), else the account's full name where the system keeps
    one, else the login name ("" when there is none, as in some containers).

    The full name is what colleagues know someone by; a login name ("root", "jdoe") is what
    dozens of changes were recorded as before anyone was asked. On POSIX it is the first
    comma-separated part of the account's GECOS field ("&" there stands for the login name,
    capitalised); on Windows the display name (GetUserNameExW, NameDisplay). Any failure of
    either lookup falls back to the login name quietly: a name is a courtesy, not a must.
    """
    if os.environ.get(AUTHOR_ENV, "").strip():
        return os.environ[AUTHOR_ENV].strip()
    try:
        login = getpass.getuser()
    except Exception:  # no login name (some containers): say nothing rather than fail
        login = ""

    def posix_full_name() -> str:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos or ""
        return gecos.split(",")[0].replace("&", login.capitalize())

    def windows_full_name() -> str:
        import ctypes

        name_display = 3  # EXTENDED_NAME_FORMAT's NameDisplay
        get_name = ctypes.windll.secur32.GetUserNameExW  # type: ignore[attr-defined]
        size = ctypes.c_ulong(0)
        get_name(name_display, None, ctypes.byref(size))  # asks for the size needed
        buffer = ctypes.create_unicode_buffer(size.value + 1)
        return buffer.value if get_name(name_display, buffer, ctypes.byref(size)) else ""

    try:
        full = windows_full_name() if os.name == "nt" else posix_full_name()
    except Exception:  # no such account entry, no secur32: the login name will do
        full = ""
    return " ".join(full.split()) or login


@overload
def to_db(value: datetime) -> datetime: ...
@overload
def to_db(value: datetime | None) -> datetime | None: ...
def to_db(value: datetime | None) -> datetime | None:
    """Aware → naive UTC; a naive value is taken to be UTC already."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


@overload
def from_db(value: datetime) -> datetime: ...
@overload
def from_db(value: datetime | None) -> datetime | None: ...
def from_db(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


def entry_record(row: m.LogEntry) -> LogEntryRecord:
    return LogEntryRecord(
        id=row.id,
        uid=row.uid,
        at=from_db(row.at),
        ends_at=from_db(row.ends_at),
        text=row.text,
        category=enum_or(LogCategory, row.category, LogCategory.NOTE),
        span=enum_or(LogSpan, row.span, LogSpan.NONE),
        author=row.author,
        agenda_item_id=row.agenda_item_id,
        person_ids=[p.person_id for p in row.people],
        revisions=[
            LogRevision(r.text, from_db(r.replaced_at), r.replaced_by, id=r.id)
            for r in row.revisions
        ],
        created_at=from_db(row.created_at),
    )


def change_record(row: m.EventChange) -> ChangeRecord:
    return ChangeRecord(
        id=row.id,
        at=from_db(row.at),
        author=row.author,
        area=enum_or(ChangeArea, row.area, ChangeArea.EVENT),
        summary=row.summary,
    )


class LogMixin:
    apply: Callable[[Edit], Applied]
    _read: Callable[[], AbstractContextManager[Session]]  # Store's: one read-only session
    author: str = ""
    clock: Callable[[], datetime]

    def now(self) -> datetime:
        return self.clock()

    # -- reading ----------------------------------------------------------------------------

    def event_log(self, event_id: int) -> EventLog:
        """Every entry (by time, then as written) and every recorded change (oldest first)."""
        with self._read() as s:
            if s.get(m.Event, event_id) is None:
                raise NotFoundError(tr("no event with id {event_id}").format(event_id=event_id))
            entries = s.scalars(
                select(m.LogEntry)
                .where(m.LogEntry.event_id == event_id)
                .order_by(m.LogEntry.at, m.LogEntry.id)
                .options(selectinload(m.LogEntry.people), selectinload(m.LogEntry.revisions))
            ).all()
            changes = s.scalars(
                select(m.EventChange)
                .where(m.EventChange.event_id == event_id)
                .order_by(m.EventChange.at, m.EventChange.id)
            ).all()
            return EventLog([entry_record(r) for r in entries], [change_record(c) for c in changes])

    def log_entry(self, entry_id: int) -> LogEntryRecord:
        with self._read() as s:
            row = s.get(m.LogEntry, entry_id)
            if row is None:
                raise NotFoundError(tr("no log entry with id {entry_id}").format(entry_id=entry_id))
            return entry_record(row)

    # -- writing ----------------------------------------------------------------------------

    def add_log_entry(self, event_id: int, entry: LogEntryRecord) -> LogEntryRecord:
        """Write a new entry (``AddLogEntry``); the moderator's timer writes its timings so."""
        return self.log_entry(self.apply(AddLogEntry(event_id=event_id, entry=entry)).result)

    def edit_log_entry(self, entry: LogEntryRecord) -> LogEntryRecord:
        """Change an entry to ``entry`` from what is stored now; if its text changes, the text
        it had is kept as a revision (``EditLogEntry``)."""
        if entry.id is None:
            raise UserError(tr("only a saved log entry can be edited"))
        self.apply(EditLogEntry(before=self.log_entry(entry.id), after=entry))
        return self.log_entry(entry.id)

    # -- inside other transactions ------------------------------------------------------------

    def _new_entry_row(self, s: Session, event_id: int, entry: LogEntryRecord) -> m.LogEntry:
        free = entry.id is not None and s.get(m.LogEntry, entry.id) is None
        uid_free = entry.uid and s.scalar(
            select(m.LogEntry.id).where(m.LogEntry.uid == entry.uid)
        ) is None  # fmt: skip
        row = m.LogEntry(
            id=entry.id if free else None,
            uid=entry.uid if uid_free else None,
            event_id=event_id,
            author=entry.author if entry.author else self.author,
            created_at=to_db(entry.created_at or self.now()),
        )
        with s.no_autoflush:
            self._fill_entry(s, row, entry, clean_text(entry.text))
        s.add(row)
        row.revisions = [
            m.LogRevisionRow(
                id=r.id if r.id is not None and s.get(m.LogRevisionRow, r.id) is None else None,
                text=r.text,
                replaced_at=to_db(r.replaced_at),
                replaced_by=r.replaced_by,
            )
            for r in entry.revisions
        ]
        return row

    def _fill_entry(self, s: Session, row: m.LogEntry, entry: LogEntryRecord, text: str) -> None:
        check_times(entry)
        event_id = row.event_id
        if entry.agenda_item_id is not None:
            owner = s.scalar(
                select(m.EventDay.event_id)
                .join(m.AgendaItem, m.AgendaItem.day_id == m.EventDay.id)
                .where(m.AgendaItem.id == entry.agenda_item_id)
            )
            if owner != event_id:
                raise UserError(tr("the log entry points at an agenda item of another event"))
        for person_id in entry.person_ids:
            if s.get(m.Person, person_id) is None:
                raise UserError(tr("the log entry names a person who is not in the directory"))
        row.text = text
        row.at = to_db(entry.at)
        row.ends_at = to_db(entry.ends_at)
        row.category = entry.category.value
        row.span = entry.span.value
        row.agenda_item_id = entry.agenda_item_id
        current = {p.person_id: p for p in row.people}
        row.people = [
            current.get(pid) or m.LogEntryPerson(person_id=pid) for pid in entry.person_ids
        ]
        for position, link in enumerate(row.people):
            link.position = position

    def _record_changes(
        self, s: Session, event_id: int, changes: list[tuple[ChangeArea, str]]
    ) -> None:
        at = to_db(self.now())
        for area, summary in changes:
            s.add(m.EventChange(event_id=event_id, at=at, author=self.author, area=area.value,
                                summary=summary))  # fmt: skip

    def _replace_log(self, s: Session, event_id: int, log: EventLog) -> None:
        """Make the event's log exactly ``log`` (a bundle's, or a deleted event's coming back)."""
        for row in s.scalars(select(m.LogEntry).where(m.LogEntry.event_id == event_id)):
            s.delete(row)
        for old in s.scalars(select(m.EventChange).where(m.EventChange.event_id == event_id)):
            s.delete(old)
        s.flush()
        items = {
            (day.day_date, position): item.id
            for day in s.scalars(select(m.EventDay).where(m.EventDay.event_id == event_id))
            for position, item in enumerate(day.items)
        }
        for entry in log.entries:
            if entry.agenda_item_id is None and entry.agenda_item_ref is not None:
                entry = replace(entry, agenda_item_id=items.get(entry.agenda_item_ref))
            if entry.person_uids and not entry.person_ids:
                ids = [s.scalar(select(m.Person.id).where(m.Person.uid == uid))
                       for uid in entry.person_uids]  # fmt: skip
                entry = replace(entry, person_ids=[i for i in ids if i is not None])
            self._new_entry_row(s, event_id, entry)
        for change in log.changes:
            free = change.id is not None and s.get(m.EventChange, change.id) is None
            s.add(m.EventChange(id=change.id if free else None, event_id=event_id,
                                at=to_db(change.at), author=change.author,
                                area=change.area.value, summary=change.summary))  # fmt: skip


def clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise UserError(tr("a log entry needs some text"))
    return text
