"""Each undo command: redo, undo, redo leaves the store exactly right and re-uses the same ids."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import pytest
from gui_samples import standalone, trilateral
from PySide6.QtGui import QUndoStack

from roundtable.domain.edits import Batch
from roundtable.domain.edits.event import CreateEvent
from roundtable.domain.records import AttachmentRecord, EventRecord
from roundtable.gui.common.undo import Changed, CommandContext
from roundtable.gui.events.event_commands import (
    CreateEventCommand,
    DeleteEventCommand,
    DuplicateEventCommand,
    EditEventCommand,
    ImportBundleCommand,
    LoadDemoCommand,
)
from roundtable.services.edits.event import duplicate_record


@dataclass
class Recorder:
    changed: list[Changed] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    news: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def context(store, recorder) -> CommandContext:
    return CommandContext(
        store,
        changed=recorder.changed.append,
        failed=lambda attempt, message: recorder.failures.append((attempt, message)),
        informed=lambda title, message: recorder.news.append((title, message)),
    )


@pytest.fixture
def stack():
    return QUndoStack()


def everything(store) -> dict[int, EventRecord]:
    return {e.id: store.get_event(e.id, with_attachment_data=True) for e in store.list_events()}


def test_create_undo_redo_keeps_the_same_event(store, context, stack, recorder):
    stack.push(CreateEventCommand(context, trilateral(1)))
    assert stack.undoText() == "New event “U.S.-Japan-Russia Trilateral: round 1”"
    created = everything(store)
    (event_id,) = created
    assert [c.select for c in recorder.changed] == [event_id]
    stack.undo()
    assert everything(store) == {}
    assert recorder.changed[-1].select is None and recorder.changed[-1].deleted == {event_id}
    stack.redo()
    assert everything(store) == created  # same id, uid, slug and child ids
    assert recorder.changed[-1].select == event_id


def test_edit_undo_redo_restores_both_versions_with_attachments(store, context, stack):
    old = store.get_event(store.save_event(trilateral(2)).id, with_attachment_data=True)
    new = copy.deepcopy(old)
    new.title = "Trilateral, renamed"
    new.attachments = [AttachmentRecord(filename="photo.jpg", data=b"\xff\xd8jpeg")]
    new.days[0].title = "A new topic"
    stack.push(EditEventCommand(context, old, new))
    assert stack.undoText() == "Edit event “Trilateral, renamed”"
    edited = everything(store)
    assert edited[old.id].title == "Trilateral, renamed"
    assert [a.filename for a in edited[old.id].attachments] == ["photo.jpg"]
    assert edited[old.id].days[0].id == old.days[0].id

    stack.undo()
    assert everything(store) == {old.id: old}  # the removed flyer is back, with its bytes
    stack.redo()
    assert everything(store) == edited
    stack.undo()
    stack.redo()
    assert everything(store) == edited


def test_edit_refused_by_the_store_is_reported_and_dropped(store, context, stack, recorder):
    taken = store.save_event(standalone()).slug
    old = store.get_event(store.save_event(trilateral(1)).id, with_attachment_data=True)
    before = everything(store)
    new = copy.deepcopy(old)
    new.slug = taken
    stack.push(EditEventCommand(context, old, new))
    assert stack.count() == 0
    assert everything(store) == before
    assert recorder.failures and taken in recorder.failures[0][1]
    assert recorder.failures[0][0].startswith("Edit event")


def test_delete_undo_brings_the_event_back_with_the_same_id(store, context, stack, recorder):
    event = store.save_event(trilateral(2))
    other = store.save_event(standalone())
    before = everything(store)
    stack.push(DeleteEventCommand(context, event.id))
    assert stack.undoText() == f"Delete event “{event.title}”"
    assert set(everything(store)) == {other.id}
    stack.undo()
    assert everything(store) == before
    assert recorder.changed[-1].select == event.id
    stack.redo()
    assert set(everything(store)) == {other.id}


def test_duplicate_makes_a_copy_sharing_people_and_undo_removes_it(store, context, stack):
    source = store.save_event(trilateral(2))
    people = store.count_people()
    stack.push(DuplicateEventCommand(context, source.id))
    copies = [e for e in everything(store).values() if e.id != source.id]
    assert len(copies) == 1
    duplicate = copies[0]
    assert duplicate.title == f"{source.title} (copy)"
    assert duplicate.slug != source.slug and duplicate.uid != source.uid
    assert duplicate.participants[0].person.id == source.participants[0].person.id
    assert duplicate.attachments[0].data == b"%PDF-1.4 flyer"
    assert store.count_people() == people
    stack.undo()
    assert set(everything(store)) == {source.id}
    stack.redo()
    assert everything(store)[duplicate.id] == duplicate


def test_duplicate_record_clears_the_events_own_ids_only():
    source = trilateral(1)
    source.id, source.uid, source.slug = 7, "uid-7", "round-1"
    source.organisations[0].id = 3
    source.organisations[0].organisation.id = 11
    clone = duplicate_record(source)
    assert (clone.id, clone.uid, clone.slug) == (None, None, "")
    assert clone.organisations[0].id is None
    assert clone.organisations[0].organisation.id == 11
    assert source.organisations[0].id == 3  # the source is untouched


def test_load_demo_with_a_loader_undo_redo(store, context, stack, recorder):
    def build(_store):
        return Batch(edits=(CreateEvent(record=trilateral(1)), CreateEvent(record=standalone())))

    stack.push(LoadDemoCommand(context, build))
    loaded = everything(store)
    assert len(loaded) == 2
    stack.undo()
    assert everything(store) == {}
    stack.redo()
    assert everything(store) == loaded


def test_load_demo_twice_changes_nothing_and_says_so(store, context, stack, recorder):
    stack.push(LoadDemoCommand(context, lambda _store: None))
    assert stack.count() == 0
    assert recorder.news and "already" in recorder.news[0][1]
    assert recorder.failures == []


def test_real_demo_loads_and_unloads(store, context, stack, recorder):
    pytest.importorskip("roundtable.services.demo")
    stack.push(LoadDemoCommand(context))
    loaded = everything(store)
    assert loaded
    stack.undo()
    assert everything(store) == {}
    stack.redo()
    assert everything(store) == loaded
    stack.push(LoadDemoCommand(context))  # already there: nothing to undo
    assert stack.count() == 1


def test_import_as_new_and_replace_can_be_undone(store, context, stack):
    bundles = pytest.importorskip("roundtable.services.bundle")
    original = store.save_event(trilateral(2))
    before = everything(store)
    bundle = bundles.export_bundle(store, original.id)
    assert bundles.existing_event_for(store, bundle) == original.id

    stack.push(ImportBundleCommand(context, bundle, bundles.ImportMode.AS_NEW))
    after_import = everything(store)
    assert len(after_import) == 2
    stack.undo()
    assert everything(store) == before
    stack.redo()
    assert everything(store) == after_import
    stack.undo()

    changed = copy.deepcopy(bundle)
    changed["event"]["title"] = "Replaced title"
    stack.push(ImportBundleCommand(context, changed, bundles.ImportMode.REPLACE, original.id))
    assert stack.undoText() == "Import event “Replaced title”"
    replaced = everything(store)
    assert [e.title for e in replaced.values()] == ["Replaced title"]
    stack.undo()
    assert everything(store) == before
    stack.redo()
    assert everything(store) == replaced


def test_load_demo_that_fails_half_way_leaves_nothing_behind(store, context, stack, recorder):
    clashing = standalone()
    clashing.title = ""  # refused when the second example is written

    def build(_store):
        return Batch(edits=(CreateEvent(record=trilateral(1)), CreateEvent(record=clashing)))

    stack.push(LoadDemoCommand(context, build))
    assert stack.count() == 0
    assert everything(store) == {}
    assert recorder.failures == [("Load example events", "the event needs a title")]


def test_the_dialogs_edit_is_one_line_of_history_named_for_it(store, context, stack):
    old = store.get_event(store.save_event(trilateral(2)).id)
    new = copy.deepcopy(old)
    new.title, new.programme = "Trilateral, renamed", "Track II"
    stack.push(EditEventCommand(context, old, new))
    changes = store.event_log(old.id).changes
    assert [c.summary for c in changes[1:]] == ["Edit event “Trilateral, renamed”"]
    assert changes[-1].author == store.author
    stack.undo()
    assert store.event_log(old.id).changes[-1].summary == "Undo: Edit event “Trilateral, renamed”"
