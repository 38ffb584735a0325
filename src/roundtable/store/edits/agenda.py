"""Handlers for an event's programme: days, items and speakers."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from roundtable.domain import local_dates
from roundtable.domain.edits.agenda import (
    DAY_FIELDS,
    ITEM_FIELDS,
    AddAgendaItem,
    AddDay,
    MoveAgendaItems,
    RemoveAgendaItems,
    SetDayFields,
    SetItemFields,
    SetSpeakers,
)
from roundtable.domain.enums import AgendaItemKind, ChangeArea
from roundtable.domain.records import AgendaItemRecord
from roundtable.errors import ConflictError, UserError
from roundtable.store.edits.common import (
    check_participants,
    day_event,
    event_row,
    item_event,
    plain,
)
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.recorder import StaleError
from roundtable.wording import tr


def _item_value(field: str, value: Any) -> Any:
    """The value as stored, checked as the agenda's cells check it."""
    if field == "duration_minutes":
        minutes = int(value)
        if minutes < 0:
            raise UserError(tr("a duration cannot be negative"))
        return minutes
    if field == "kind":
        return AgendaItemKind(value).value
    if field == "title":
        title = " ".join(str(value or "").split())
        if not title:
            raise UserError(tr("an agenda item needs a title"))
        return title
    if field == "anchor" and value is not None and not isinstance(value, time):
        raise UserError(tr("an anchor is a clock time, or none"))
    return value


def _day_label(day: date) -> str:
    """ "Monday 26 February 2018", in the language of the message it goes into."""
    return local_dates.day_heading(day)


def _quoted(title: str) -> str:
    """An item's title in the language's quotation marks (as ``services.edits.text.quoted``)."""
    return tr("“{title}”").format(title=title)


@handles(AddDay)
def add_day(context: EditContext, edit: AddDay) -> int:
    event = event_row(context, edit.event_id)
    day = edit.day
    if not event["start_date"] <= day.day_date <= event["end_date"]:
        raise UserError(
            tr("the day {day} is outside the event's dates").format(day=_day_label(day.day_date))
        )
    if context.tx.find("event_day", event_id=edit.event_id, day_date=day.day_date):
        raise ConflictError(
            tr("the programme already has a day {day}").format(day=_day_label(day.day_date))
        )
    day_id = context.tx.insert(
        "event_day",
        event_id=edit.event_id,
        day_date=day.day_date,
        title=day.title,
        slot_start=day.slot_start,
        slot_end=day.slot_end,
        notes=day.notes,
    )
    for position, item in enumerate(day.items):
        _insert_item(context, edit.event_id, day_id, item, position)
    if edit.text:
        context.tx.note(edit.event_id, ChangeArea.AGENDA, edit.text)
    return day_id


@handles(SetDayFields)
def set_day_fields(context: EditContext, edit: SetDayFields) -> None:
    day, event_id = day_event(context, edit.day_id)
    for field in edit.changes:
        if field not in DAY_FIELDS:
            raise ValueError(f"cannot set {field!r} of a day")
    context.tx.update(
        "event_day",
        edit.day_id,
        what=_day_label(day["day_date"]),
        expect={f: old for f, (old, _new) in edit.changes.items()},
        **{f: new for f, (_old, new) in edit.changes.items()},
    )
    if edit.text:
        context.tx.note(event_id, ChangeArea.AGENDA, edit.text)


def _insert_item(
    context: EditContext, event_id: int, day_id: int, item: AgendaItemRecord, position: int
) -> int:
    people = [item.chair_participation_id, *(s.participation_id for s in item.speakers)]
    check_participants(context, event_id, people)
    item_id = context.tx.insert(
        "agenda_item",
        day_id=day_id,
        position=position,
        kind=plain(item.kind),
        title=_item_value("title", item.title),
        description=item.description,
        duration_minutes=_item_value("duration_minutes", item.duration_minutes),
        anchor=item.anchor,
        room=item.room,
        chair_participation_id=item.chair_participation_id,
    )
    for order, speaker in enumerate(item.speakers):
        context.tx.insert(
            "agenda_speaker",
            item_id=item_id,
            participation_id=speaker.participation_id,
            speaking_minutes=speaker.speaking_minutes,
            position=order,
        )
    return item_id


@handles(AddAgendaItem)
def add_item(context: EditContext, edit: AddAgendaItem) -> int:
    _day, event_id = day_event(context, edit.day_id)
    tx = context.tx
    items = tx.find("agenda_item", day_id=edit.day_id, order_by=("position", "id"))
    if edit.row is None or edit.row >= len(items):
        position = (items[-1]["position"] + 1) if items else 0
    else:
        position = items[max(edit.row, 0)]["position"]
        for row in reversed(items[max(edit.row, 0) :]):
            tx.update("agenda_item", row["id"], position=row["position"] + 1)
    item_id = _insert_item(context, event_id, edit.day_id, edit.item, position)
    if edit.text:
        tx.note(event_id, ChangeArea.AGENDA, edit.text)
    return item_id


@handles(RemoveAgendaItems)
def remove_items(context: EditContext, edit: RemoveAgendaItems) -> None:
    _day, event_id = day_event(context, edit.day_id)
    for item_id in edit.item_ids:
        row = context.tx.get("agenda_item", item_id)
        if row is None:
            continue  # removed meanwhile: what was asked is done
        if row["day_id"] != edit.day_id:
            raise ValueError(f"item {item_id} is not on day {edit.day_id}")
        context.tx.delete("agenda_item", item_id, what=_quoted(row["title"]))
    if edit.text:
        context.tx.note(event_id, ChangeArea.AGENDA, edit.text)


@handles(MoveAgendaItems)
def move_items(context: EditContext, edit: MoveAgendaItems) -> None:
    """The items the user saw take the same places (positions) among themselves in the new
    order; items someone else added meanwhile keep theirs."""
    _day, event_id = day_event(context, edit.day_id)
    if sorted(edit.before) != sorted(edit.after):
        raise ValueError("the new order must list the same items")
    tx = context.tx
    current = tx.find("agenda_item", day_id=edit.day_id, order_by=("position", "id"))
    seen = set(edit.before)
    shown = [r for r in current if r["id"] in seen]
    if [r["id"] for r in shown] != list(edit.before):
        raise StaleError(
            tr(
                "the items of this day were changed meanwhile (by another window or user); "
                "nothing was moved"
            )
        )
    positions = sorted(r["position"] for r in shown)
    if len(set(positions)) != len(positions):  # ties (an old database): number them afresh
        positions = list(range(positions[0], positions[0] + len(positions)))
    for item_id, position in zip(edit.after, positions, strict=True):
        tx.update("agenda_item", item_id, position=position)
    if edit.text:
        tx.note(event_id, ChangeArea.AGENDA, edit.text)


@handles(SetItemFields)
def set_item_fields(context: EditContext, edit: SetItemFields) -> None:
    item, event_id = item_event(context, edit.item_id)
    expect: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for field, (old, new) in edit.changes.items():
        if field not in ITEM_FIELDS:
            raise ValueError(f"cannot set {field!r} of an agenda item")
        expect[field] = plain(old)
        values[field] = _item_value(field, new)
    context.tx.update(
        "agenda_item", edit.item_id, expect=expect, what=_quoted(item["title"]), **values
    )
    if edit.text:
        context.tx.note(event_id, ChangeArea.AGENDA, edit.text)


@handles(SetSpeakers)
def set_speakers(context: EditContext, edit: SetSpeakers) -> None:
    item, event_id = item_event(context, edit.item_id)
    tx = context.tx
    current = tx.find("agenda_speaker", item_id=edit.item_id, order_by=("position", "id"))
    if [(r["participation_id"], r["speaking_minutes"]) for r in current] != list(edit.before):
        raise StaleError(
            tr(
                "the speakers of “{title}” were changed meanwhile (by another window or user); "
                "nothing was changed"
            ).format(title=item["title"])
        )
    wanted = [pid for pid, _minutes in edit.after]
    if len(set(wanted)) != len(wanted):
        raise UserError(tr("a speaker is listed twice"))
    old_chair, new_chair = edit.chair
    check_participants(context, event_id, [*wanted, new_chair])
    by_person = {r["participation_id"]: r for r in current}
    for leaving in current:
        if leaving["participation_id"] not in wanted:
            tx.delete("agenda_speaker", leaving["id"])
    for order, (participation_id, minutes) in enumerate(edit.after):
        if minutes is not None and minutes < 0:
            raise UserError(tr("speaking minutes cannot be negative"))
        row = by_person.get(participation_id)
        if row is None:
            tx.insert(
                "agenda_speaker",
                item_id=edit.item_id,
                participation_id=participation_id,
                speaking_minutes=minutes,
                position=order,
            )
        else:
            tx.update("agenda_speaker", row["id"], speaking_minutes=minutes, position=order)
    tx.update(
        "agenda_item",
        edit.item_id,
        expect={"chair_participation_id": old_chair},
        chair_participation_id=new_chair,
        what=_quoted(item["title"]),
    )
    if edit.text:
        tx.note(event_id, ChangeArea.AGENDA, edit.text)
