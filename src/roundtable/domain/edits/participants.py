"""Edits of an event's participant list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.records import ParticipationRecord

PARTICIPANT_FIELDS = ("role", "delegation", "attendance", "notes", "precedence", "card_name")
"""What ``SetParticipantFields`` may change; ``delegation`` is the delegation's name ("" for
none), created in the event if new; ``card_name`` what the name card prints ("" for the name)."""


@dataclass(frozen=True, kw_only=True)
class AddParticipants(Edit):
    """Append people to the event, after everyone there now, in this order. A person without
    an id is new to the directory and is created. ``skip_present`` passes over people already
    in the event (an import checked before they were added); otherwise they are refused."""

    event_id: int
    entries: tuple[ParticipationRecord, ...]
    skip_present: bool = False


@dataclass(frozen=True, kw_only=True)
class RemoveParticipants(Edit):
    """They leave the event, and with them their turns as speakers, their chairs, their seats
    (which stay, empty) and their seating rules."""

    event_id: int
    participation_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class SetParticipantFields(Edit):
    participation_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class ReorderParticipants(Edit):
    """New precedences: participation id → (precedence seen, new precedence)."""

    event_id: int
    precedences: Mapping[int, Change] = field(default_factory=dict)
