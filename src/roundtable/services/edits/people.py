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
from roundtable.wording import tr


def person_label(person: PersonRecord) -> str:
    """The name an edit uses: "Andrey Kortunov", or the own-script name alone."""
    return full_name(person) or person.native_name.strip() or tr("person")


def person_edit(before: PersonRecord, after: PersonRecord) -> EditPerson | None:
    """What the editor changed (``EditPerson.between``), named for the undo menu."""
    text = tr("Edit person {name}").format(name=quoted(person_label(after)))
    return EditPerson.between(before, after, text)


def add_person_edit(person: PersonRecord) -> AddPerson:
    return AddPerson(
        person=person, text=tr("Add person {name}").format(name=quoted(person_label(person)))
    )


def delete_person_edit(person: PersonRecord) -> DeletePerson:
    assert person.id is not None
    return DeletePerson(
        person_id=person.id,
        text=tr("Delete person {name}").format(name=quoted(person_label(person))),
    )


def merge_edit(keep: PersonRecord, other: PersonRecord) -> MergePeople:
    assert keep.id is not None and other.id is not None
    return MergePeople(
        keep_id=keep.id,
        other_id=other.id,
        text=tr("Merge {merged} into {kept}").format(
            merged=quoted(person_label(other)), kept=quoted(person_label(keep))
        ),
    )
