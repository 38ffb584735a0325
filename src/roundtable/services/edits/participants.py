"""Edits of the participant list, built from the list the Participants tab shows."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from roundtable.domain.edits.participants import (
    AddParticipants,
    RemoveParticipants,
    ReorderParticipants,
    SetParticipantFields,
)
from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.domain.validation import check_card_name
from roundtable.services.edits.text import quoted, short_name
from roundtable.wording import tr

ROLE, DELEGATION, ATTENDANCE, CARD_NAME = "role", "delegation", "attendance", "card_name"
FIELDS = (ROLE, DELEGATION, ATTENDANCE, CARD_NAME)


def ordered(participants: Iterable[ParticipationRecord]) -> list[ParticipationRecord]:
    """By precedence; equal precedences keep their order (a stable sort)."""
    return sorted(participants, key=lambda p: p.precedence)


def _event_id(event: EventRecord) -> int:
    if event.id is None:
        raise ValueError("the event is not saved")
    return event.id


def _participant(event: EventRecord, participation_id: int) -> ParticipationRecord:
    for participation in event.participants:
        if participation.id == participation_id:
            return participation
    raise ValueError(f"no participation {participation_id} in this event")


def add_edit(
    event: EventRecord,
    people: Sequence[PersonRecord],
    role: ParticipantRole = ParticipantRole.PARTICIPANT,
    delegation: str = "",
    attendance: Attendance = Attendance.INVITED,
) -> AddParticipants:
    """``people`` at the end of the order; those without an id are new to the directory."""
    return AddParticipants(
        event_id=_event_id(event),
        entries=tuple(
            ParticipationRecord(
                person=copy.deepcopy(person),
                role=role,
                delegation=delegation,
                attendance=attendance,
            )
            for person in people
        ),
        text=add_text(event, people),
    )


def remove_edit(event: EventRecord, participation_ids: Iterable[int]) -> RemoveParticipants:
    """They leave, and with them their turns as speakers, chairs, seats and seating rules."""
    gone = [_participant(event, pid) for pid in participation_ids]
    return RemoveParticipants(
        event_id=_event_id(event),
        participation_ids=tuple(p.id for p in gone if p.id is not None),
        text=remove_text(event, [p.person for p in gone]),
    )


def order_edit(
    event: EventRecord, participation_ids: Sequence[int], moving: Iterable[int] = (), step: int = 0
) -> ReorderParticipants | None:
    """The participants in the given order, precedence renumbered 1, 2, 3…; None when the
    order is the one shown."""
    by_id = {p.id: p for p in event.participants}
    if set(by_id) != set(participation_ids) or len(participation_ids) != len(by_id):
        raise ValueError("the new order must list every participant once")
    changes = {
        pid: (by_id[pid].precedence, position)
        for position, pid in enumerate(participation_ids, start=1)
        if by_id[pid].precedence != position
    }
    if not changes:
        return None
    people = [by_id[pid].person for pid in moving if pid in by_id]
    return ReorderParticipants(
        event_id=_event_id(event),
        precedences=changes,
        text=move_text(people or [by_id[participation_ids[0]].person], step),
    )


def value_edit(
    event: EventRecord, participation_id: int, field: str, value: Any
) -> SetParticipantFields | None:
    """A cell of the list: role, delegation, attendance or the name on the card; None when it
    does not change."""
    if field not in FIELDS:
        raise ValueError(f"cannot set {field!r} of a participant")
    participation = _participant(event, participation_id)
    if field in (DELEGATION, CARD_NAME):
        value = " ".join(str(value or "").split())
    if field == CARD_NAME:
        check_card_name(value, lambda: short_name(participation.person))
    old = getattr(participation, field)
    if old == value:
        return None
    return SetParticipantFields(
        participation_id=participation_id,
        changes={field: (old, value)},
        text=value_text(participation.person, field, value),
    )


def moved(ids: Sequence[int], moving: Iterable[int], step: int) -> list[int]:
    """``ids`` with the ``moving`` ones one place up (step -1) or down (+1), as a block where
    they are together; unchanged when the block is already at that end."""
    chosen = set(moving)
    order = list(ids)
    positions = [i for i, pid in enumerate(order) if pid in chosen]
    if not positions:
        return order
    if step < 0 and positions[0] == 0 or step > 0 and positions[-1] == len(order) - 1:
        return order
    for i in positions if step < 0 else reversed(positions):
        order[i], order[i + step] = order[i + step], order[i]
    return order


# -- texts --------------------------------------------------------------------------------------


def _one_name(people: Sequence[PersonRecord]) -> str:
    """The one person's name, or "" for several people (or one without a name): the texts
    then count them."""
    if len(people) != 1:
        return ""
    return full_name(people[0]) or people[0].native_name


def add_text(event: EventRecord, people: Sequence[PersonRecord]) -> str:
    title = quoted(event.title, 40)
    if name := _one_name(people):
        return tr("Add {name} to {event}").format(name=name, event=title)
    return tr("Add %n participants to {event}", "", len(people)).format(event=title)


def remove_text(event: EventRecord, people: Sequence[PersonRecord]) -> str:
    title = quoted(event.title, 40)
    if name := _one_name(people):
        return tr("Remove {name} from {event}").format(name=name, event=title)
    return tr("Remove %n participants from {event}", "", len(people)).format(event=title)


def move_text(people: Sequence[PersonRecord], step: int = 0) -> str:
    if len(people) == 1:
        name = short_name(people[0])
        if step < 0:
            return tr("Move {name} up").format(name=name)
        if step > 0:
            return tr("Move {name} down").format(name=name)
        return tr("Move {name}").format(name=name)
    if step < 0:
        return tr("Move %n participants up", "", len(people))
    if step > 0:
        return tr("Move %n participants down", "", len(people))
    return tr("Move %n participants", "", len(people))


def value_text(person: PersonRecord, field: str, value) -> str:
    if field == CARD_NAME:
        if not value:
            return tr("Print the name of {name} on the card").format(name=short_name(person))
        return tr("Set name on card of {name} to {value}").format(
            name=short_name(person), value=quoted(value, 40)
        )
    if field == DELEGATION:
        shown = value or tr("none", "no delegation")
    else:
        shown = value.label if hasattr(value, "label") else str(value)
    name = short_name(person)
    if field == ROLE:
        return tr("Set role of {name} to {value}").format(name=name, value=shown)
    if field == DELEGATION:
        return tr("Set delegation of {name} to {value}").format(name=name, value=shown)
    if field == ATTENDANCE:
        return tr("Set attendance of {name} to {value}").format(name=name, value=shown)
    return tr("Set {field} of {name} to {value}").format(field=field, name=name, value=shown)
