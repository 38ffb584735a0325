"""Edits of the people directory, built from what the person editor shows and returns."""

from __future__ import annotations

from roundtable.domain.edits.people import (
    AddPerson,
    DeletePerson,
    EditPerson,
    MergePeople,
)
from roundtable.domain.names import full_name
from roundtable.domain.records import PersonRecord
from roundtable.services.edits.text import quoted


def person_label(person: PersonRecord) -> str:
    """The name an edit uses: "Andrey Kortunov", or the own-script name alone."""
    return full_name(person) or person.native_name.strip() or "person"


def person_edit(before: PersonRecord, after: PersonRecord) -> EditPerson | None:
    """What the editor changed (``EditPerson.between``), named for the undo menu."""
    return EditPerson.between(before, after, f"Edit person {quoted(person_label(after))}")


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
