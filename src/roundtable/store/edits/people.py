"""Handlers for the people directory: add, edit, delete and merge people."""

from __future__ import annotations

from typing import Any

from roundtable.domain.edits.people import (
    PERSON_FIELD_NAMES,
    AddPerson,
    DeletePerson,
    EditPerson,
    MergePeople,
)
from roundtable.errors import ConflictError, UserError
from roundtable.store.edits.common import (
    create_person,
    person_name,
    plain,
    set_affiliations,
)
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.recorder import StaleError
from roundtable.wording import tr


@handles(AddPerson)
def add_person(context: EditContext, edit: AddPerson) -> int:
    if edit.person.id is not None:
        raise ValueError("a new person has no id yet")
    return create_person(context, edit.person)


@handles(EditPerson)
def edit_person(context: EditContext, edit: EditPerson) -> None:
    tx = context.tx
    row = tx.need("person", edit.person_id, "this person")
    name = person_name(row)
    expect: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for field, (old, new) in edit.changes.items():
        if field not in PERSON_FIELD_NAMES:
            raise ValueError(f"cannot set {field!r} of a person")
        expect[field] = plain(old)
        values[field] = plain(new)
    given = values.get("given_name", row["given_name"])
    family = values.get("family_name", row["family_name"])
    if not (str(given).strip() or str(family).strip()):
        raise UserError(tr("a person needs a given name or a family name"))
    if edit.photo is not None:
        if (row["photo"] is not None) != edit.had_photo:
            raise StaleError(
                tr(
                    "the photo of {name} was changed meanwhile (by another window or "
                    "user); nothing was changed"
                ).format(name=name)
            )
        data, mime = edit.photo
        values.update(photo=data or None, photo_mime=mime if data else "")
    tx.update("person", edit.person_id, expect=expect, what=name, **values)
    if edit.affiliations is not None:
        before, after = edit.affiliations
        current = tx.find("affiliation", person_id=edit.person_id, order_by=("sort_order", "id"))
        if [(r["organisation_id"], r["position"]) for r in current] != [
            (a.organisation.id, a.position) for a in before
        ]:
            raise StaleError(
                tr(
                    "the affiliations of {name} were changed meanwhile (by another "
                    "window or user); nothing was changed"
                ).format(name=name)
            )
        set_affiliations(context, edit.person_id, after)


@handles(DeletePerson)
def delete_person(context: EditContext, edit: DeletePerson) -> None:
    tx = context.tx
    row = tx.need("person", edit.person_id, "this person")
    events = tx.find("participation", person_id=edit.person_id)
    if events:
        raise ConflictError(
            tr(
                "{name} takes part in %n events; remove them from those events first, or "
                "merge them into another person",
                "",
                len(events),
            ).format(name=person_name(row))
        )
    tx.delete("person", edit.person_id, what=person_name(row))


@handles(MergePeople)
def merge_people(context: EditContext, edit: MergePeople) -> None:
    """Every participation of ``other`` moves to ``keep`` (where both took part in one event,
    ``keep``'s stays and ``other``'s goes with its turns and seats), their log entries follow,
    ``keep``'s empty fields are filled from ``other``, affiliations are joined, and ``other``
    goes. Every row is recorded, so undo puts both people back exactly."""
    if edit.keep_id == edit.other_id:
        raise UserError(tr("choose two different people to merge"))
    tx = context.tx
    keep = tx.need("person", edit.keep_id, "the person to keep")
    other = tx.need("person", edit.other_id, "the person to merge")
    keep_events = {r["event_id"] for r in tx.find("participation", person_id=edit.keep_id)}
    for row in tx.find("participation", person_id=edit.other_id):
        if row["event_id"] in keep_events:
            tx.delete("participation", row["id"])
        else:
            tx.update("participation", row["id"], person_id=edit.keep_id)
    keep_entries = {r["entry_id"] for r in tx.find("log_entry_person", person_id=edit.keep_id)}
    for link in tx.find("log_entry_person", person_id=edit.other_id):
        if link["entry_id"] in keep_entries:
            tx.delete("log_entry_person", link["id"])
        else:
            tx.update("log_entry_person", link["id"], person_id=edit.keep_id)
    filled = {
        f: other[f]
        for f in PERSON_FIELD_NAMES
        if f not in ("name_order", "photo_crop") and not keep[f] and other[f]
    }
    if keep["photo"] is None and other["photo"] is not None:
        # The crop belongs to the photo: it moves with it, never onto keep's own photo.
        filled.update(
            photo=other["photo"], photo_mime=other["photo_mime"], photo_crop=other["photo_crop"]
        )
    if filled:
        tx.update("person", edit.keep_id, **filled)
    known = {
        (r["organisation_id"], r["position"])
        for r in tx.find("affiliation", person_id=edit.keep_id)
    }
    order = len(known)
    for affiliation in tx.find("affiliation", person_id=edit.other_id, order_by=("sort_order",)):
        key = (affiliation["organisation_id"], affiliation["position"])
        if key not in known:
            known.add(key)
            tx.insert(
                "affiliation",
                person_id=edit.keep_id,
                organisation_id=affiliation["organisation_id"],
                position=affiliation["position"],
                sort_order=order,
            )
            order += 1
    tx.delete("person", edit.other_id, what=person_name(other))
