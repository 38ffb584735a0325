"""The event log as detached records: journal entries with their earlier texts, and the change
history the store writes by itself.

The log is not part of the event aggregate (``EventRecord``): saving an older copy of an event,
which is how undo works, must never take back entries written since. Times are aware datetimes
in UTC; views show them in the event's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan
from roundtable.errors import UserError
from roundtable.wording import tr


@dataclass
class LogRevision:
    """An earlier text of an entry, kept when the entry was edited: entries are never lost."""

    text: str
    replaced_at: datetime  # when this text was replaced by the next one
    replaced_by: str = ""  # who replaced it
    id: int | None = None


@dataclass
class LogEntryRecord:
    """One journal entry. A timing entry with ``span`` ITEM or SPEAKER times an agenda item or
    one speaker's turn: ``at`` is its actual start and ``ends_at`` its actual end."""

    at: datetime
    text: str
    category: LogCategory = LogCategory.NOTE
    author: str = ""
    agenda_item_id: int | None = None
    person_ids: list[int] = field(default_factory=list)  # people the entry is about
    span: LogSpan = LogSpan.NONE
    ends_at: datetime | None = None
    revisions: list[LogRevision] = field(default_factory=list)  # oldest first
    created_at: datetime | None = None  # set by the store
    id: int | None = None
    uid: str | None = None
    # Instead of local ids, in bundles: the item as (day date, position) and people by uid.
    agenda_item_ref: tuple[date, int] | None = None
    person_uids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChangeRecord:
    """One saved change to an event, described for people ("Added Ha as Participant")."""

    at: datetime
    author: str
    area: ChangeArea
    summary: str
    id: int | None = None


@dataclass
class EventLog:
    """All of an event's log: what undoing an event's deletion, or a bundle, puts back."""

    entries: list[LogEntryRecord] = field(default_factory=list)
    changes: list[ChangeRecord] = field(default_factory=list)


def check_times(entry: LogEntryRecord) -> None:
    """An entry's time, end and span must agree (UserError, phrased for the person typing)."""
    if entry.at is None:
        raise UserError(tr("a log entry needs a time"))
    if entry.ends_at is not None and entry.ends_at < entry.at:
        raise UserError(tr("a log entry cannot end before it starts"))
    if entry.span is not LogSpan.NONE and entry.ends_at is None:
        raise UserError(tr("a timed entry needs its end time"))
    if len(set(entry.person_ids)) != len(entry.person_ids):
        raise UserError(tr("a log entry names the same person twice"))
