"""Edits of events as a whole and of their own fields and lists (the event dialog)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.log import EventLog
from roundtable.domain.records import (
    AttachmentRecord,
    DelegationRecord,
    EventOrganisationRecord,
    EventRecord,
)

EVENT_FIELD_NAMES = (
    "slug", "title", "subtitle", "short_title", "programme", "kind", "status", "description",
    "summary", "notes", "round_number", "start_date", "end_date", "start_time", "end_time",
    "timezone", "series", "attribution", "house_rules", "rsvp",
    "venue_name", "venue_room", "venue_street", "venue_city", "venue_region", "venue_postcode",
    "venue_country",
)  # fmt: skip
"""What ``SetEventFields`` may change. ``series`` takes a SeriesRecord (or None), matched by
its id, else by its name; ``venue_*`` are the venue's fields."""


@dataclass(frozen=True, kw_only=True)
class CreateEvent(Edit):
    """A new event with everything in the record (its people matched by id, then uid).
    ``log`` gives it a whole log (a bundle's)."""

    record: EventRecord
    log: EventLog | None = None


@dataclass(frozen=True, kw_only=True)
class DeleteEvent(Edit):
    """With ``revision``, refused if the event changed since it was read at that revision."""

    event_id: int
    revision: int | None = None


@dataclass(frozen=True, kw_only=True)
class SetEventFields(Edit):
    event_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class SetEventOrganisations(Edit):
    """Who hosts and partners, in order. An organisation with an id takes the fields it has
    in ``after`` (the dialog corrects names there); one without is created."""

    event_id: int
    before: tuple[EventOrganisationRecord, ...]
    after: tuple[EventOrganisationRecord, ...]


@dataclass(frozen=True, kw_only=True)
class SetDelegations(Edit):
    event_id: int
    before: tuple[DelegationRecord, ...]
    after: tuple[DelegationRecord, ...]


@dataclass(frozen=True, kw_only=True)
class SetAttachments(Edit):
    """Attachments by id; a new one (no id) carries its data."""

    event_id: int
    before: tuple[AttachmentRecord, ...]
    after: tuple[AttachmentRecord, ...]


@dataclass(frozen=True, kw_only=True)
class MoveDays(Edit):
    """Programme days to new dates (they move with the event's start): day id → dates."""

    event_id: int
    dates: Mapping[int, Change] = field(default_factory=dict)
