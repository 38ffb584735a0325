"""Handlers for an event's participant list."""

from __future__ import annotations

from typing import Any

from roundtable.domain.edits.participants import (
    PARTICIPANT_FIELDS,
    AddParticipants,
    RemoveParticipants,
    ReorderParticipants,
    SetParticipantFields,
)
from roundtable.domain.enums import ChangeArea
from roundtable.errors import ConflictError
from roundtable.store.edits.common import (
    create_person,
    event_row,
    next_order,
    person_name,
    plain,
)
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.recorder import StaleError
from roundtable.wording import tr


def delegation_id(context: EditContext, event_id: int, name: str) -> int | None:
    """The event's delegation called ``name`` (ignoring case and spacing), created if new."""
    name = " ".join(name.split())
    if not name:
        return None
    tx = context.tx
    for row in tx.find("delegation", event_id=event_id):
        if row["name"].casefold() == name.casefold():
            return row["id"]
    return tx.insert(
        "delegation",
        event_id=event_id,
        name=name,
        sort_order=next_order(context, "delegation", "sort_order", event_id=event_id),
    )


@handles(AddParticipants)
def add_participants(context: EditContext, edit: AddParticipants) -> list[int]:
    event_row(context, edit.event_id)
    tx = context.tx
    present = {r["person_id"] for r in tx.find("participation", event_id=edit.event_id)}
    precedence = tx.largest("participation", "precedence", event_id=edit.event_id) or 0
    added = []
    for entry in edit.entries:
        person = entry.person
        row: dict[str, Any] | None
        if person.id is not None:
            row = tx.need("person", person.id, tr("someone in this list"))
            person_id = person.id
        else:
            person_id = create_person(context, person)
            row = tx.get("person", person_id)
        if person_id in present:
            if edit.skip_present:
                continue
            raise ConflictError(
                tr("{name} already takes part in this event").format(name=person_name(row))
            )
        present.add(person_id)
        precedence += 1
        added.append(
            tx.insert(
                "participation",
                event_id=edit.event_id,
                person_id=person_id,
                role=plain(entry.role),
                delegation_id=delegation_id(context, edit.event_id, entry.delegation),
                precedence=precedence,
                attendance=plain(entry.attendance),
                notes=entry.notes,
                card_name=entry.card_name,
            )
        )
    if added and edit.text:
        tx.note(edit.event_id, ChangeArea.PARTICIPANTS, edit.text)
    return added


@handles(RemoveParticipants)
def remove_participants(context: EditContext, edit: RemoveParticipants) -> None:
    event_row(context, edit.event_id)
    tx = context.tx
    for participation_id in edit.participation_ids:
        row = tx.get("participation", participation_id)
        if row is None:
            continue  # someone removed them already: what was asked is done
        if row["event_id"] != edit.event_id:
            raise ValueError(f"participation {participation_id} is not in this event")
        tx.delete("participation", participation_id)
    if edit.text:
        tx.note(edit.event_id, ChangeArea.PARTICIPANTS, edit.text)


@handles(SetParticipantFields)
def set_participant_fields(context: EditContext, edit: SetParticipantFields) -> None:
    tx = context.tx
    row = tx.need("participation", edit.participation_id, tr("that participant"))
    name = person_name(tx.get("person", row["person_id"]))
    expect: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for field, (old, new) in edit.changes.items():
        if field not in PARTICIPANT_FIELDS:
            raise ValueError(f"cannot set {field!r} of a participant")
        if field == "delegation":
            current = tx.get("delegation", row["delegation_id"])
            if (current["name"] if current else "") != " ".join(str(old or "").split()):
                raise StaleError(
                    tr(
                        "the delegation of {name} was changed meanwhile (by another window or "
                        "user); nothing was changed"
                    ).format(name=name)
                )
            values["delegation_id"] = delegation_id(context, row["event_id"], str(new or ""))
        else:
            expect[field] = plain(old)
            values[field] = plain(new)
    tx.update("participation", edit.participation_id, expect=expect, what=name, **values)
    if edit.text:
        tx.note(row["event_id"], ChangeArea.PARTICIPANTS, edit.text)


@handles(ReorderParticipants)
def reorder_participants(context: EditContext, edit: ReorderParticipants) -> None:
    event_row(context, edit.event_id)
    tx = context.tx
    for participation_id, (old, new) in edit.precedences.items():
        row = tx.need("participation", participation_id, tr("someone in the list"))
        if row["event_id"] != edit.event_id:
            raise ValueError(f"participation {participation_id} is not in this event")
        tx.update(
            "participation",
            participation_id,
            expect={"precedence": old},
            precedence=new,
            what=person_name(tx.get("person", row["person_id"])),
        )
    if edit.text:
        tx.note(edit.event_id, ChangeArea.PARTICIPANTS, edit.text)
