"""An arrival at the door: the person marked attended and the time written to the log."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.domain.edits.base import Edit
from roundtable.domain.enums import Attendance
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import PersonRecord


@dataclass(frozen=True, kw_only=True)
class RecordArrival(Edit):
    """Someone expected (``participation_id``, whose attendance was ``attendance_seen``) or a
    walk-in (``walk_in``, a person new to the directory, added as a participant) is marked
    attended, and ``entry`` ("Arrived: …") is written to the event's log about them.

    One edit rather than a ``Batch`` of the two it does, because a walk-in's log entry must
    name the person by an id that only exists once the person has been created, inside the
    same transaction; and one edit is one undo step that takes back both.
    """

    event_id: int
    entry: LogEntryRecord
    participation_id: int | None = None
    attendance_seen: Attendance = Attendance.INVITED
    walk_in: PersonRecord | None = None
