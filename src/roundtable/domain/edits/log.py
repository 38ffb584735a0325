"""Edits of an event's journal."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.edits.base import Edit
from roundtable.domain.log import LogEntryRecord


@dataclass(frozen=True, kw_only=True)
class AddLogEntry(Edit):
    event_id: int
    entry: LogEntryRecord


@dataclass(frozen=True, kw_only=True)
class EditLogEntry(Edit):
    """The entry as the user saw it and as they left it; the replaced text is kept."""

    before: LogEntryRecord
    after: LogEntryRecord
