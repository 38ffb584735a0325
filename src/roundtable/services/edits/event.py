"""Edits of events as a whole: what the event dialog changed, duplicates, deletion."""

from __future__ import annotations

import copy
from typing import Any, Protocol

from roundtable.domain.edits import Batch, Edit
from roundtable.domain.edits.agenda import SetDayFields
from roundtable.domain.edits.event import (
    CreateEvent,
    DeleteEvent,
    MoveDays,
    SetAttachments,
    SetDelegations,
    SetEventFields,
    SetEventOrganisations,
)
from roundtable.domain.records import EventRecord, SeriesRecord
from roundtable.services.edits.text import quoted
from roundtable.wording import tr

FIELDS = (
    "slug",
    "title",
    "subtitle",
    "short_title",
    "programme",
    "kind",
    "status",
    "description",
    "summary",
    "notes",
    "round_number",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "timezone",
    "attribution",
    "house_rules",
    "rsvp",
)
VENUE = ("name", "room", "street", "city", "region", "postcode", "country")
DAY_FIELDS = ("title", "slot_start", "slot_end", "notes")


def _series_key(series: SeriesRecord | None) -> Any:
    if series is None:
        return None
    return (series.id, series.name.strip(), series.short_name, series.description)


def _plain(value: Any) -> Any:
    """A comparable form of a list item that ignores attachment bytes already stored."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {
            k: _plain(v)
            for k, v in vars(value).items()
            if not (k in ("data", "size") and getattr(value, "id", None) is not None)
        }
    return value


def event_edit(old: EventRecord, new: EventRecord, text: str = "") -> Edit | None:
    """What the event dialog changed, from the event as it opened to what it returns; None
    when nothing changed. Only what differs is in the edit, with the values the dialog
    started from as preconditions, so a change made elsewhere meanwhile to anything else
    (a participant added, the agenda) is left alone, and one to the same field is refused.

    The dialog edits the event's own fields and lists and moves its days: participants, agenda
    items and seating plans are not compared (the dialog may not even have them loaded)."""
    if old.id is None or new.id != old.id:
        raise ValueError("an edit needs the same, saved event before and after")
    event_id = old.id
    edits: list[Edit] = []
    moves, day_edits = _day_changes(old, new)
    if moves:
        edits.append(MoveDays(event_id=event_id, dates=moves))
    changes: dict[str, tuple[Any, Any]] = {
        name: (getattr(old, name), getattr(new, name))
        for name in FIELDS
        if getattr(old, name) != getattr(new, name)
    }
    for name in VENUE:
        before, after = getattr(old.venue, name), getattr(new.venue, name)
        if before != after:
            changes["venue_" + name] = (before, after)
    if _series_key(old.series) != _series_key(new.series):
        changes["series"] = (old.series, new.series)
    if changes:
        edits.append(SetEventFields(event_id=event_id, changes=changes))
    for kind, name in (
        (SetEventOrganisations, "organisations"),
        (SetDelegations, "delegations"),
        (SetAttachments, "attachments"),
    ):
        if _plain(getattr(old, name)) != _plain(getattr(new, name)):
            edits.append(
                kind(
                    event_id=event_id,
                    before=tuple(getattr(old, name)),
                    after=tuple(getattr(new, name)),
                )
            )
    edits += day_edits
    if not edits:
        return None
    return Batch(
        edits=tuple(edits),
        text=text or tr("Edit event {title}").format(title=quoted(new.title or old.title)),
    )


def _day_changes(old: EventRecord, new: EventRecord) -> tuple[dict, list[Edit]]:
    before = {d.id: d for d in old.days}
    if {d.id for d in new.days} != set(before):
        raise ValueError("the event dialog does not add or remove days")
    moves = {}
    edits: list[Edit] = []
    for day in new.days:
        was = before[day.id]
        if day.day_date != was.day_date:
            moves[day.id] = (was.day_date, day.day_date)
        changes = {
            f: (getattr(was, f), getattr(day, f))
            for f in DAY_FIELDS
            if getattr(was, f) != getattr(day, f)
        }
        if changes:
            assert day.id is not None
            edits.append(SetDayFields(day_id=day.id, changes=changes))
    return moves, edits


def create_edit(record: EventRecord, text: str = "") -> CreateEvent:
    return CreateEvent(
        record=record, text=text or tr("New event {title}").format(title=quoted(record.title))
    )


def delete_edit(event: EventRecord) -> DeleteEvent:
    """RefusedError if the event changed after ``event`` was read (the user confirmed that one)."""
    assert event.id is not None
    return DeleteEvent(
        event_id=event.id,
        revision=event.revision,
        text=tr("Delete event {title}").format(title=quoted(event.title)),
    )


class _StoredRow(Protocol):
    """A record of the event's own rows: its id is cleared so the copy is saved anew."""

    id: int | None


def duplicate_record(source: EventRecord) -> EventRecord:
    """A new event with the same content: the event and its own rows lose their ids, while the
    people, organisations and series it refers to stay shared."""
    clone = copy.deepcopy(source)
    clone.id = None
    clone.uid = None
    clone.slug = ""
    clone.revision = 0
    clone.title = tr("{title} (copy)").format(title=source.title)  # the user's language
    uid_of = {p.id: p.person.uid for p in source.participants}
    own_rows: list[_StoredRow] = [
        *clone.organisations,
        *clone.delegations,
        *clone.participants,
        *clone.days,
    ]
    for item in own_rows:
        item.id = None
    for attachment in clone.attachments:
        attachment.id = None
    for day in clone.days:
        for agenda_item in day.items:
            # The copy's participants get new ids: point at them through their people.
            agenda_item.id = None
            agenda_item.chair_person_uid = uid_of.get(agenda_item.chair_participation_id)
            agenda_item.chair_participation_id = None
            for speaker in agenda_item.speakers:
                speaker.id = None
                speaker.person_uid = uid_of.get(speaker.participation_id)
                speaker.participation_id = None
    for plan in clone.seating_plans:
        plan.id = None
        for seat in plan.seats:
            seat.id = None
            seat.person_uid = uid_of.get(seat.participation_id)
            seat.participation_id = None
        for rule in plan.pair_rules:
            rule.id = None
            rule.first_person_uid = uid_of.get(rule.first_participation_id)
            rule.second_person_uid = uid_of.get(rule.second_participation_id)
            rule.first_participation_id = rule.second_participation_id = None
    return clone


def duplicate_edit(source: EventRecord) -> CreateEvent:
    return CreateEvent(
        record=duplicate_record(source),
        text=tr("Duplicate event {title}").format(title=quoted(source.title)),
    )
