"""Changes to an event's programme (days and agenda items), as undoable commands with names.

Days and items belong to the event aggregate, so, as for participants, every change is an edit
of the whole event (``EditEventCommand``: save the new record, undo by saving the old one) under
a name that says what happened ("Set duration of “Q&A” to 25 min", "Move “Q&A” up"). The
builders below make the new record from a fresh copy; nothing edits a record in place. The
first redo keeps the saved snapshot, so a redo after an undo restores the same ids.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import time

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
)
from roundtable.gui.event_commands import CommandContext, EditEventCommand, quoted

DURATION, KIND, TITLE, ANCHOR = "duration_minutes", "kind", "title", "anchor"
FIELDS = (DURATION, KIND, TITLE, ANCHOR)


def day_label(day: DayRecord) -> str:
    """How a command names a day: "Monday 26 February 2018"."""
    return f"{day.day_date:%A} {day.day_date.day} {day.day_date:%B %Y}"


def item_name(item: AgendaItemRecord) -> str:
    return quoted(item.title or item.kind.label, 40)


# -- building the new record ----------------------------------------------------------------


def _day(new: EventRecord, day_index: int) -> DayRecord:
    if not 0 <= day_index < len(new.days):
        raise ValueError(f"no day {day_index} in this event")
    return new.days[day_index]


def with_item_value(event: EventRecord, day_index: int, row: int, field: str, value) -> EventRecord:
    if field not in FIELDS:
        raise ValueError(f"cannot set {field!r} of an agenda item")
    new = copy.deepcopy(event)
    item = _day(new, day_index).items[row]
    if field == DURATION:
        value = int(value)
        if value < 0:
            raise ValueError("a duration cannot be negative")
    elif field == KIND:
        value = AgendaItemKind(value)
    elif field == TITLE:
        value = " ".join(str(value or "").split())
        if not value:
            raise ValueError("an agenda item needs a title")
    elif field == ANCHOR and value is not None and not isinstance(value, time):
        raise ValueError("an anchor is a time or None")
    setattr(item, field, value)
    return new


def with_item_order(event: EventRecord, day_index: int, order: Sequence[int]) -> EventRecord:
    """``event`` with the day's items in the order of ``order`` (old row numbers)."""
    new = copy.deepcopy(event)
    day = _day(new, day_index)
    if sorted(order) != list(range(len(day.items))):
        raise ValueError("the new order must list every item once")
    day.items = [day.items[i] for i in order]
    return new


def with_item_added(
    event: EventRecord, day_index: int, item: AgendaItemRecord, row: int | None = None
) -> EventRecord:
    new = copy.deepcopy(event)
    items = _day(new, day_index).items
    items.insert(len(items) if row is None else row, copy.deepcopy(item))
    return new


def with_items_removed(event: EventRecord, day_index: int, rows: Sequence[int]) -> EventRecord:
    gone = set(rows)
    new = copy.deepcopy(event)
    day = _day(new, day_index)
    day.items = [item for i, item in enumerate(day.items) if i not in gone]
    return new


def with_durations(event: EventRecord, day_index: int, durations: Sequence[int]) -> EventRecord:
    new = copy.deepcopy(event)
    day = _day(new, day_index)
    if len(durations) != len(day.items):
        raise ValueError("one duration per item")
    for item, minutes in zip(day.items, durations, strict=True):
        item.duration_minutes = int(minutes)
    return new


def with_speakers(
    event: EventRecord,
    day_index: int,
    row: int,
    speakers: Sequence[tuple[int, int | None]],
    chair: int | None,
) -> EventRecord:
    """The item's speakers (participation id, speaking minutes or None) and chair. Speakers
    already on the item keep their row ids."""
    known = {p.id for p in event.participants}
    if chair is not None and chair not in known:
        raise ValueError(f"no participation {chair} in this event")
    new = copy.deepcopy(event)
    item = _day(new, day_index).items[row]
    existing = {s.participation_id: s for s in item.speakers}
    result: list[AgendaSpeakerRecord] = []
    for participation_id, minutes in speakers:
        if participation_id not in known:
            raise ValueError(f"no participation {participation_id} in this event")
        speaker = existing.get(participation_id) or AgendaSpeakerRecord(participation_id)
        speaker.speaking_minutes = minutes
        result.append(speaker)
    item.speakers = result
    item.chair_participation_id = chair
    return new


def with_day_added(event: EventRecord, day: DayRecord) -> EventRecord:
    new = copy.deepcopy(event)
    new.days.append(copy.deepcopy(day))
    new.days.sort(key=lambda d: d.day_date)
    return new


def with_slot(
    event: EventRecord, day_index: int, start: time | None, end: time | None
) -> EventRecord:
    new = copy.deepcopy(event)
    day = _day(new, day_index)
    day.slot_start, day.slot_end = start, end
    return new


def moved_rows(count: int, rows: Sequence[int], step: int) -> list[int]:
    """The order (old row numbers) with ``rows`` one place up (-1) or down (+1) as a block;
    unchanged when the block is already at that end."""
    order = list(range(count))
    chosen = sorted(set(rows))
    if not chosen or step < 0 and chosen[0] == 0 or step > 0 and chosen[-1] == count - 1:
        return order
    for i in chosen if step < 0 else reversed(chosen):
        order[i], order[i + step] = order[i + step], order[i]
    return order


# -- texts --------------------------------------------------------------------------------------


def _clock(value: time | None) -> str:
    return "none" if value is None else f"{value:%H:%M}"


def value_text(item: AgendaItemRecord, field: str, value) -> str:
    name = item_name(item)
    if field == DURATION:
        return f"Set duration of {name} to {int(value)} min"
    if field == KIND:
        return f"Set kind of {name} to {AgendaItemKind(value).label}"
    if field == TITLE:
        return f"Rename {name} to {quoted(str(value), 40)}"
    return f"Set anchor of {name} to {_clock(value)}"


def move_text(items: Sequence[AgendaItemRecord], step: int = 0) -> str:
    who = item_name(items[0]) if len(items) == 1 else f"{len(items)} items"
    direction = {-1: " up", 1: " down"}.get(step, "")
    return f"Move {who}{direction}"


def add_text(item: AgendaItemRecord) -> str:
    return f"Add {item_name(item)}"


def remove_text(items: Sequence[AgendaItemRecord]) -> str:
    return f"Remove {item_name(items[0]) if len(items) == 1 else f'{len(items)} items'}"


def fit_text(day: DayRecord) -> str:
    return f"Fit “{day_label(day)}” to its slot"


def speakers_text(item: AgendaItemRecord) -> str:
    return f"Set speakers of {item_name(item)}"


def day_text(day: DayRecord) -> str:
    return f"Add day “{day_label(day)}”"


def slot_text(day: DayRecord, start: time | None, end: time | None) -> str:
    return f"Set slot of “{day_label(day)}” to {_clock(start)}–{_clock(end)}"


class AgendaCommand(EditEventCommand):
    """An edit of the event's programme under a specific name."""

    def __init__(
        self, context: CommandContext, old: EventRecord, new: EventRecord, text: str
    ) -> None:
        super().__init__(context, old, new)
        self.setText(text)
