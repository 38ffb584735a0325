"""Edits of an event's programme: days, items, speakers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.records import AgendaItemRecord, DayRecord

DAY_FIELDS = ("title", "slot_start", "slot_end", "notes", "day_date")
ITEM_FIELDS = ("title", "kind", "duration_minutes", "anchor", "description", "room")

Speakers = tuple[tuple[int, int | None], ...]
"""An item's speakers in order: (participation id, speaking minutes or None)."""


@dataclass(frozen=True, kw_only=True)
class AddDay(Edit):
    event_id: int
    day: DayRecord


@dataclass(frozen=True, kw_only=True)
class SetDayFields(Edit):
    day_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class AddAgendaItem(Edit):
    """``row`` None appends; otherwise the item goes before the one at that row."""

    day_id: int
    item: AgendaItemRecord
    row: int | None = None


@dataclass(frozen=True, kw_only=True)
class RemoveAgendaItems(Edit):
    day_id: int
    item_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class MoveAgendaItems(Edit):
    """The day's items in a new order: ``before`` is the order the user saw (item ids)."""

    day_id: int
    before: tuple[int, ...]
    after: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class SetItemFields(Edit):
    item_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class SetSpeakers(Edit):
    item_id: int
    before: Speakers
    after: Speakers
    chair: Change = (None, None)  # participation ids
