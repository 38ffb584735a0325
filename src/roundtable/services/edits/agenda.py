"""Edits of the programme, built from the day the Agenda tab shows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time, timedelta
from typing import Any

from roundtable.domain.edits import Batch
from roundtable.domain.edits.agenda import (
    AddAgendaItem,
    AddDay,
    MoveAgendaItems,
    RemoveAgendaItems,
    SetDayFields,
    SetItemFields,
    SetSpeakers,
)
from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.programme_days import day_slot
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
)
from roundtable.services.edits.text import date_label, quoted
from roundtable.wording import tr

DURATION, KIND, TITLE, ANCHOR = "duration_minutes", "kind", "title", "anchor"
FIELDS = (DURATION, KIND, TITLE, ANCHOR)


def day_label(day: DayRecord) -> str:
    """How an edit names a day: "Monday 26 February 2018"."""
    return date_label(day.day_date)


def item_name(item: AgendaItemRecord) -> str:
    return quoted(item.title or item.kind.label, 40)


def _item(day: DayRecord, row: int) -> AgendaItemRecord:
    if not 0 <= row < len(day.items) or day.items[row].id is None:
        raise ValueError(f"no item {row} on this day")
    return day.items[row]


# Edits name stored rows by id; the Agenda tab only shows a day read back from the store.
def _day_id(day: DayRecord) -> int:
    if day.id is None:
        raise ValueError(f"the day {day.day_date} is not saved")
    return day.id


def _item_id(item: AgendaItemRecord) -> int:
    if item.id is None:
        raise ValueError(f"the item {item_name(item)} is not saved")
    return item.id


def _speaker_id(speaker: AgendaSpeakerRecord) -> int:
    if speaker.participation_id is None:
        raise ValueError("a speaker of a saved item has no participation id")
    return speaker.participation_id


def _checked_value(field: str, value: Any) -> Any:
    if field not in FIELDS:
        raise ValueError(f"cannot set {field!r} of an agenda item")
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
    elif value is not None and not isinstance(value, time):
        raise ValueError("an anchor is a time or None")
    return value


def value_edit(day: DayRecord, row: int, field: str, value: Any) -> SetItemFields | None:
    """One cell of one item; None when the value is what it already is."""
    item = _item(day, row)
    value = _checked_value(field, value)
    if getattr(item, field) == value:
        return None
    return SetItemFields(
        item_id=_item_id(item),
        changes={field: (getattr(item, field), value)},
        text=value_text(item, field, value),
    )


def order_edit(
    day: DayRecord, order: Sequence[int], moving: Sequence[int], step: int = 0
) -> MoveAgendaItems | None:
    """The items in the order of ``order`` (the rows they are shown at now); ``moving`` are
    the rows the user moved (dragged, or moved up or down), for the edit's name."""
    if sorted(order) != list(range(len(day.items))):
        raise ValueError("the new order must list every item once")
    if list(order) == list(range(len(day.items))):
        return None
    before = tuple(_item_id(i) for i in day.items)
    after = tuple(before[r] for r in order)
    items = [_item(day, r) for r in moving] or [day.items[order[0]]]
    return MoveAgendaItems(
        day_id=_day_id(day),
        before=before,
        after=after,
        text=move_text(items, step),
    )


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


def add_item_edit(day: DayRecord, item: AgendaItemRecord, row: int | None = None) -> AddAgendaItem:
    return AddAgendaItem(day_id=_day_id(day), item=item, row=row, text=add_text(item))


def remove_edit(day: DayRecord, rows: Sequence[int]) -> RemoveAgendaItems:
    items = [_item(day, r) for r in sorted(set(rows))]
    return RemoveAgendaItems(
        day_id=_day_id(day), item_ids=tuple(_item_id(i) for i in items), text=remove_text(items)
    )


def durations_edit(day: DayRecord, durations: Sequence[int], text: str = "") -> Batch | None:
    """Every item's duration (Fit to slot); None when nothing changes."""
    if len(durations) != len(day.items):
        raise ValueError("one duration per item")
    changes = tuple(
        SetItemFields(
            item_id=_item_id(item), changes={DURATION: (item.duration_minutes, int(minutes))}
        )
        for item, minutes in zip(day.items, durations, strict=True)
        if item.duration_minutes != int(minutes)
    )
    return Batch(edits=changes, text=text or fit_text(day)) if changes else None


def speakers_edit(
    event: EventRecord,
    day: DayRecord,
    row: int,
    speakers: Sequence[tuple[int, int | None]],
    chair: int | None,
) -> SetSpeakers | None:
    """The item's speakers (participation id, speaking minutes or None) and chair."""
    item = _item(day, row)
    known = {p.id for p in event.participants}
    for participation_id in [*(pid for pid, _m in speakers), chair]:
        if participation_id is not None and participation_id not in known:
            raise ValueError(  # shown: the list changed since the dialog read it
                tr("no participation {participation} in this event").format(
                    participation=participation_id
                )
            )
    before = tuple((_speaker_id(s), s.speaking_minutes) for s in item.speakers)
    after = tuple((pid, minutes) for pid, minutes in speakers)
    if (before, item.chair_participation_id) == (after, chair):
        return None
    return SetSpeakers(
        item_id=_item_id(item),
        before=before,
        after=after,
        chair=(item.chair_participation_id, chair),
        text=speakers_text(item),
    )


def next_day(event: EventRecord) -> DayRecord | None:
    """The first date of the event without a programme day, its slot from the event's times
    as a new event's days get theirs (``day_slot``); None when every date has one."""
    taken = {d.day_date for d in event.days}
    current = event.start_date
    while current <= event.end_date:
        if current not in taken:
            slot_start, slot_end = day_slot(
                current, event.start_date, event.end_date, event.start_time, event.end_time
            )
            return DayRecord(current, slot_start=slot_start, slot_end=slot_end)
        current += timedelta(days=1)
    return None


def day_edit(event: EventRecord, day: DayRecord) -> AddDay:
    assert event.id is not None
    return AddDay(event_id=event.id, day=day, text=day_text(day))


def slot_edit(day: DayRecord, start: time | None, end: time | None) -> SetDayFields | None:
    if (day.slot_start, day.slot_end) == (start, end):
        return None
    return SetDayFields(
        day_id=_day_id(day),
        changes={"slot_start": (day.slot_start, start), "slot_end": (day.slot_end, end)},
        text=slot_text(day, start, end),
    )


# -- texts --------------------------------------------------------------------------------------


def _clock(value: time | None) -> str:
    return tr("none", "no time") if value is None else f"{value:%H:%M}"


def value_text(item: AgendaItemRecord, field: str, value) -> str:
    name = item_name(item)
    if field == DURATION:
        return tr("Set duration of {item} to {minutes} min").format(item=name, minutes=int(value))
    if field == KIND:
        return tr("Set kind of {item} to {kind}").format(
            item=name, kind=AgendaItemKind(value).label
        )
    if field == TITLE:
        return tr("Rename {item} to {title}").format(item=name, title=quoted(str(value), 40))
    return tr("Set anchor of {item} to {time}").format(item=name, time=_clock(value))


def move_text(items: Sequence[AgendaItemRecord], step: int = 0) -> str:
    if len(items) == 1:
        name = item_name(items[0])
        if step < 0:
            return tr("Move {item} up").format(item=name)
        if step > 0:
            return tr("Move {item} down").format(item=name)
        return tr("Move {item}").format(item=name)
    if step < 0:
        return tr("Move %n items up", "", len(items))
    if step > 0:
        return tr("Move %n items down", "", len(items))
    return tr("Move %n items", "", len(items))


def add_text(item: AgendaItemRecord) -> str:
    return tr("Add {item}").format(item=item_name(item))


def remove_text(items: Sequence[AgendaItemRecord]) -> str:
    if len(items) == 1:
        return tr("Remove {item}").format(item=item_name(items[0]))
    return tr("Remove %n items", "", len(items))


def fit_text(day: DayRecord) -> str:
    return tr("Fit “{day}” to its slot").format(day=day_label(day))


def speakers_text(item: AgendaItemRecord) -> str:
    return tr("Set speakers of {item}").format(item=item_name(item))


def day_text(day: DayRecord) -> str:
    return tr("Add day “{day}”").format(day=day_label(day))


def slot_text(day: DayRecord, start: time | None, end: time | None) -> str:
    return tr("Set slot of “{day}” to {start}–{end}").format(
        day=day_label(day), start=_clock(start), end=_clock(end)
    )
