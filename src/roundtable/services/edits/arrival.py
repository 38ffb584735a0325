"""Arrivals at the door, as edits: someone expected marked attended, or a walk-in added, each
with the "Arrived: …" line in the log at the moment it happened (``domain.edits.arrival``)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from roundtable.domain.collation import JAPANESE, KOREAN, script_group
from roundtable.domain.edits.arrival import RecordArrival
from roundtable.domain.enums import LogCategory
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.services.participant_import import split_full_name
from roundtable.wording import tr

ARRIVAL_CATEGORY = LogCategory.LOGISTICS
"""Arrivals are the day's logistics, kept apart from the notes of the discussion (which the
minutes are written from)."""


def _entry(person: PersonRecord, at: datetime | None) -> LogEntryRecord:
    name = printed_name(person, Output.LOG)
    return LogEntryRecord(
        at=at or datetime.now(UTC),
        text=tr("Arrived: {name}").format(name=name),
        category=ARRIVAL_CATEGORY,
    )


def _event_id(event: EventRecord) -> int:
    if event.id is None:
        raise ValueError("the event is not saved")
    return event.id


def arrival_edit(
    event: EventRecord, participation: ParticipationRecord, at: datetime | None = None
) -> RecordArrival:
    """``participation`` marked attended now (or ``at``, aware), with its log line."""
    if participation.id is None:
        raise ValueError("the participant is not saved")
    name = printed_name(participation.person, Output.LOG)
    return RecordArrival(
        event_id=_event_id(event),
        participation_id=participation.id,
        attendance_seen=participation.attendance,
        entry=_entry(participation.person, at),
        text=tr("Mark {name} arrived").format(name=name),
    )


def walk_in_person(typed: str) -> PersonRecord:
    """The name typed at the door as a new person, split as the import splits a full name
    ("Kortunov, Andrey", "Dr. Jane Doe", "上月豊久")."""
    parts = split_full_name(typed)
    if not parts.native and script_group(typed) in (JAPANESE, KOREAN):
        # In its own script, family name first, as the import keeps an East Asian name.
        parts.native = "".join(f"{parts.family}{parts.given}".split())
    return PersonRecord(
        given_name=parts.given,
        family_name=parts.family,
        honorific=parts.honorific,
        patronymic=parts.patronymic,
        native_name=parts.native,
        name_order=parts.order,
    )


def walk_in_edit(
    event: EventRecord, person: PersonRecord, at: datetime | None = None
) -> RecordArrival:
    """``person`` (new to the directory) added to the event as attended, with the log line."""
    name = printed_name(person, Output.LOG)
    return RecordArrival(
        event_id=_event_id(event),
        walk_in=copy.deepcopy(person),
        entry=_entry(person, at),
        text=tr("Add walk-in {name}").format(name=name),
    )
