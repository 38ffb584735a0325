"""Edits of the people directory, built from what the person editor shows and returns."""

from __future__ import annotations

from roundtable.domain.edits.people import (
    PERSON_FIELD_NAMES,
    AddPerson,
    DeletePerson,
    EditPerson,
    MergePeople,
)
from roundtable.domain.records import PersonRecord
from roundtable.services.edits.text import quoted
from roundtable.services.names import full_name


def person_label(person: PersonRecord) -> str:
    """The name an edit uses: "Andrey Kortunov", or the own-script name alone."""
    return full_name(person) or person.native_name.strip() or "person"


def _affiliation_key(person: PersonRecord) -> list:
    return [(a.organisation.id, a.organisation.name, a.position) for a in person.affiliations]


def person_edit(before: PersonRecord, after: PersonRecord) -> EditPerson | None:
    """What the editor changed: fields, affiliations (as a whole), the photo (``after.photo``
    None leaves it, b"" removes it); None when nothing did."""
    if before.id is None or after.id != before.id:
        raise ValueError("an edit needs the same, saved person before and after")
    changes = {
        f: (getattr(before, f), getattr(after, f))
        for f in PERSON_FIELD_NAMES
        if getattr(before, f) != getattr(after, f)
    }
    affiliations = None
    if _affiliation_key(before) != _affiliation_key(after):
        affiliations = (tuple(before.affiliations), tuple(after.affiliations))
    photo = None
    if after.photo is not None and (after.photo or before.has_photo):
        photo = (after.photo, after.photo_mime)
    if not changes and affiliations is None and photo is None:
        return None
    return EditPerson(
        person_id=before.id,
        changes=changes,
        affiliations=affiliations,
        photo=photo,
        had_photo=before.has_photo,
        text=f"Edit person {quoted(person_label(after))}",
    )


def add_person_edit(person: PersonRecord) -> AddPerson:
    return AddPerson(person=person, text=f"Add person {quoted(person_label(person))}")


def delete_person_edit(person: PersonRecord) -> DeletePerson:
    assert person.id is not None
    return DeletePerson(person_id=person.id, text=f"Delete person {quoted(person_label(person))}")


def merge_edit(keep: PersonRecord, other: PersonRecord) -> MergePeople:
    assert keep.id is not None and other.id is not None
    return MergePeople(
        keep_id=keep.id,
        other_id=other.id,
        text=f"Merge {quoted(person_label(other))} into {quoted(person_label(keep))}",
    )
