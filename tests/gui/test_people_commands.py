"""People commands: redo, undo, redo leaves the store exactly as it was at each step, with the
same ids, photos, affiliations and participations."""

from __future__ import annotations

import copy

import pytest
from gui_samples import standalone, trilateral
from people_samples import directory, jpeg_bytes, person, state
from PySide6.QtGui import QUndoStack

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import AffiliationRecord, OrganisationRecord, ParticipationRecord
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.people.people_commands import (
    AddPersonCommand,
    DeletePersonCommand,
    EditPersonCommand,
    MergePeopleCommand,
)


@pytest.fixture
def recorded():
    return {"changed": [], "failed": []}


@pytest.fixture
def context(store, recorded):
    return CommandContext(
        store,
        changed=lambda changed: recorded["changed"].append(changed.person),
        failed=lambda attempt, message: recorded["failed"].append((attempt, message)),
    )


@pytest.fixture
def stack():
    return QUndoStack()


def test_add_person_undo_redo_keeps_id_uid_and_photo(store, context, stack, recorded):
    before = state(store)
    photo = jpeg_bytes()
    kamo = OrganisationRecord(name="Kamo Institute")
    new = person("Haruka", "Morita", native_name="森田遥", photo=photo, photo_mime="image/jpeg",
                 affiliations=[AffiliationRecord(kamo)])  # fmt: skip
    stack.push(AddPersonCommand(context, new))
    assert stack.undoText() == "Add person “Haruka Morita”"
    after = state(store)
    (added,) = [p for p in store.list_people()]
    snapshot = store.person_snapshot(added.id)
    assert snapshot.person.photo == photo and snapshot.person.native_name == "森田遥"
    assert recorded["changed"] == [added.id]

    stack.undo()
    people, events, _orgs = state(store)
    assert (people, events) == before[:2]
    stack.redo()
    assert state(store) == after
    assert store.person_snapshot(added.id).person.uid == snapshot.person.uid


def test_edit_person_undo_puts_back_fields_photo_and_affiliations(store, context, stack):
    ids = directory(store)
    store.save_event(trilateral(2))  # Kortunov (a second record) takes part in it
    kortunov = store.get_person(ids["Kortunov"])
    original = store.person_snapshot(ids["Kortunov"])
    before = state(store)
    edited = copy.deepcopy(kortunov)
    edited.given_name = "Andrei"
    edited.bio = "First paragraph.\n\nSecond paragraph."
    edited.photo, edited.photo_mime = jpeg_bytes(colour="#aa3333"), "image/jpeg"
    edited.affiliations.append(
        AffiliationRecord(OrganisationRecord(name="New Institute"), "Fellow")
    )
    stack.push(EditPersonCommand(context, store.get_person(edited.id), edited))
    assert stack.undoText() == "Edit person “Andrei Kortunov”"
    after = state(store)
    changed = store.person_snapshot(ids["Kortunov"])
    assert changed.person.given_name == "Andrei" and changed.person.photo == edited.photo
    assert [a.organisation.name for a in changed.person.affiliations][-1] == "New Institute"

    stack.undo()
    assert store.person_snapshot(ids["Kortunov"]) == original
    people, events, _orgs = state(store)
    assert (people, events) == before[:2]  # the new organisation itself stays (see report)
    stack.redo()
    assert state(store) == after


def test_removing_a_photo_is_undone_with_the_photo(store, context, stack):
    saved = store.save_person(
        person("Eleni", "Papadaki", photo=jpeg_bytes(), photo_mime="image/jpeg")
    )
    before = store.person_snapshot(saved.id)
    edited = store.get_person(saved.id)
    edited.photo = b""
    stack.push(EditPersonCommand(context, store.get_person(edited.id), edited))
    assert not store.get_person(saved.id).has_photo
    stack.undo()
    assert store.person_snapshot(saved.id) == before


def test_delete_person_undo_restores_exactly(store, context, stack):
    ids = directory(store)
    before = state(store)
    stack.push(DeletePersonCommand(context, ids["Álvarez"]))
    assert stack.undoText() == "Delete person “José Álvarez”"
    assert ids["Álvarez"] not in {p.id for p in store.list_people()}
    stack.undo()
    assert state(store) == before
    stack.redo()
    stack.undo()
    assert state(store) == before


def test_deleting_someone_in_an_event_is_refused_and_dropped(store, context, stack, recorded):
    event = store.save_event(trilateral(2))
    person_id = event.participants[0].person.id
    before = state(store)
    stack.push(DeletePersonCommand(context, person_id))
    assert recorded["failed"] and "takes part in 1 event" in recorded["failed"][0][1]
    assert stack.count() == 0  # obsolete: nothing to undo
    assert state(store) == before


def test_merge_moves_participations_and_undo_restores_both(store, context, stack):
    first = store.save_event(trilateral(1))
    second = store.save_event(trilateral(2))  # a second record of Kortunov
    alone = store.save_event(standalone())
    k1 = first.participants[0].person.id
    k2 = second.participants[0].person.id
    assert k1 != k2
    # Both records also take part in the standalone event: the kept one's part stays.
    event = store.get_event(alone.id)
    event.participants = [
        ParticipationRecord(store.get_person(k1), ParticipantRole.CHAIR, precedence=1),
        ParticipationRecord(store.get_person(k2), ParticipantRole.PARTICIPANT, precedence=2,
                            attendance=Attendance.DECLINED),
    ]  # fmt: skip
    store.save_event(event)
    edited = store.get_person(k2)
    edited.email, edited.photo, edited.photo_mime = "ak@example.org", jpeg_bytes(), "image/jpeg"
    store.save_person(edited)
    before = state(store)

    stack.push(MergePeopleCommand(context, k1, k2))
    assert stack.undoText() == "Merge “Andrey Kortunov” into “Andrey Kortunov”"
    merged = store.get_person(k1)
    assert merged.email == "ak@example.org" and merged.has_photo
    assert k2 not in {p.id for p in store.list_people()}
    assert {e.event_id for e in store.person_events(k1)} == {first.id, second.id, alone.id}
    assert [p.role for p in store.get_event(alone.id).participants] == [ParticipantRole.CHAIR]
    after = state(store)

    stack.undo()
    assert state(store) == before
    stack.redo()
    assert state(store) == after
    stack.undo()
    assert state(store) == before
