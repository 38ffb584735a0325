"""The event log in the store: entries kept apart from undo, edits keep the earlier text, and
every saved change to an event lands in its history."""

import copy
from datetime import UTC, datetime, timedelta

import pytest

from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.edits.log import EditLogEntry
from roundtable.domain.edits.people import MergePeople
from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.errors import UserError
from roundtable.services.demo import load_demo

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well

T0 = datetime(2017, 3, 15, 7, 0, tzinfo=UTC)


@pytest.fixture
def round2(store):
    ticks = iter(T0 + timedelta(minutes=n) for n in range(10_000))
    store.clock = lambda: next(ticks)
    store.author = "Jane Organiser"
    load_demo(store)
    return store.get_event(store.resolve_event("us-japan-russia-trilateral-round-2-2017"))


def test_an_entry_round_trips_with_item_and_people(store, round2):
    item = round2.days[0].items[0]
    kozuki = round2.participants[0].person.id
    entry = store.add_log_entry(round2.id, LogEntryRecord(
        at=T0, text="  Ambassador Kozuki opens.  ", category=LogCategory.NOTE,
        agenda_item_id=item.id, person_ids=[kozuki]))  # fmt: skip
    assert entry.text == "Ambassador Kozuki opens." and entry.author == "Jane Organiser"
    assert entry.agenda_item_id == item.id and entry.person_ids == [kozuki]
    assert entry.at == T0 and entry.created_at is not None and entry.uid
    assert entry in store.event_log(round2.id).entries


def test_editing_keeps_the_earlier_text_and_undo_restores_exactly(store, round2):
    before = store.add_log_entry(round2.id, LogEntryRecord(at=T0, text="Decided: meet in 2018"))
    after = copy.deepcopy(before)
    after.text = "Decided: meet again in 2018"
    after.category = LogCategory.DECISION
    applied = store.apply(EditLogEntry(before=before, after=after))
    edited = store.log_entry(before.id)
    assert [r.text for r in edited.revisions] == ["Decided: meet in 2018"]
    assert edited.revisions[0].replaced_by == "Jane Organiser"
    store.undo(applied)
    assert store.log_entry(before.id) == before


def test_undoing_an_event_edit_never_takes_back_an_entry(store, round2):
    title = SetEventFields(
        event_id=round2.id, changes={"title": (round2.title, "Second Round (edited)")}
    )
    applied = store.apply(title)
    store.add_log_entry(round2.id, LogEntryRecord(at=T0, text="Written after the edit"))
    store.undo(applied)
    assert "Written after the edit" in [e.text for e in store.event_log(round2.id).entries]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (dict(text="  "), "needs some text"),
        (dict(ends_at=T0 - timedelta(minutes=1)), "cannot end before it starts"),
        (dict(span=LogSpan.ITEM), "needs its end time"),
        (dict(person_ids=[99999]), "not in the directory"),
        (dict(agenda_item_id=99999), "another event"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(store, round2, change, message):
    before = store.event_log(round2.id)
    fields = dict(at=T0, text="x") | change
    with pytest.raises(UserError, match=message):
        store.add_log_entry(round2.id, LogEntryRecord(**fields))
    assert store.event_log(round2.id) == before


def test_changes_are_recorded_by_area_with_author_and_time(store, round2):
    before = len(store.event_log(round2.id).changes)
    round2.participants[0].attendance = round2.participants[0].attendance.__class__("confirmed")
    round2.days[0].items[0].duration_minutes = 25
    round2.seating_plans[0].seat(2).participation_id = None
    store.save_event(round2)
    changes = store.event_log(round2.id).changes[before:]
    assert [c.area for c in changes] == [ChangeArea.PARTICIPANTS, ChangeArea.AGENDA,
                                         ChangeArea.SEATING]  # fmt: skip
    assert "Toyohisa Kozuki: attendance Attended → Confirmed" in changes[0].summary
    assert "“Opening remarks”: 30 → 25 min" in changes[1].summary
    assert "unseated Andrey Kortunov" in changes[2].summary
    assert {c.author for c in changes} == {"Jane Organiser"}
    store.save_event(store.get_event(round2.id))
    assert len(store.event_log(round2.id).changes) == before + 3, "saving no change adds none"


def test_the_bundle_carries_the_log_and_round_trips(store, round2, tmp_path):
    from roundtable.services.bundle import import_bundle, read_bundle_file, write_bundle_file
    from roundtable.store.facade import Store

    item = round2.days[1].items[0]
    entry = store.add_log_entry(round2.id, LogEntryRecord(
        at=T0, ends_at=T0 + timedelta(minutes=95), text="Ran 95 min", category=LogCategory.TIMING,
        span=LogSpan.ITEM, agenda_item_id=item.id,
        person_ids=[round2.participants[1].person.id]))  # fmt: skip
    entry.text = "Ran 95 minutes"
    store.edit_log_entry(entry)
    first = tmp_path / "r2.json"
    write_bundle_file(store, round2.id, first)
    other = Store.open(str(tmp_path / "other.sqlite3"), daily_backup=False)
    new_id = import_bundle(other, read_bundle_file(first))
    second = tmp_path / "r2-again.json"
    write_bundle_file(other, new_id, second)
    assert first.read_bytes() == second.read_bytes()
    (copy,) = [e for e in other.event_log(new_id).entries if e.uid == entry.uid]
    assert copy.agenda_item_id == other.get_event(new_id).days[1].items[0].id
    assert copy.revisions[0].text == "Ran 95 min" and copy.span is LogSpan.ITEM
    assert [(c.at, c.summary) for c in other.event_log(new_id).changes] == [
        (c.at, c.summary) for c in store.event_log(round2.id).changes
    ]
    other.close()


def test_deleting_an_event_and_undoing_it_brings_its_log_back(store, round2):
    from roundtable.gui.common.undo import CommandContext
    from roundtable.gui.events.event_commands import DeleteEventCommand

    store.add_log_entry(round2.id, LogEntryRecord(at=T0, text="Kept"))
    before = store.event_log(round2.id)
    command = DeleteEventCommand(CommandContext(store), round2.id)
    command.redo()
    command.undo()
    after = store.event_log(round2.id)
    assert after.entries == before.entries and after.changes[:-1] == before.changes
    assert after.changes[-1].summary == f"Undo: Delete event “{round2.title}”"


def test_merging_people_moves_their_log_links_and_undo_puts_them_back(store, round2):
    from roundtable.domain.records import PersonRecord

    dup = store.save_person(PersonRecord(given_name="T.", family_name="Kozuki"))
    kozuki = round2.participants[0].person.id
    entry = store.add_log_entry(round2.id, LogEntryRecord(at=T0, text="About the duplicate",
                                                          person_ids=[dup.id]))  # fmt: skip
    both = store.add_log_entry(round2.id, LogEntryRecord(at=T0, text="About both",
                                                         person_ids=[kozuki, dup.id]))  # fmt: skip
    before = store.event_log(round2.id)
    merged = store.apply(MergePeople(keep_id=kozuki, other_id=dup.id))
    assert store.log_entry(entry.id).person_ids == [kozuki]
    assert store.log_entry(both.id).person_ids == [kozuki]
    store.undo(merged)
    assert store.event_log(round2.id) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.update(people=["someone-else"]), r"entries\[0\]\.people\[0\].*participant"),
        (lambda e: e.update(at="2017-03-15T07:00:00"), r"entries\[0\]\.at"),
        (lambda e: e.update(at="yesterday"), r"entries\[0\]\.at"),
    ],
)
def test_a_bad_bundle_log_is_refused_naming_the_field(store, round2, change, message):
    from roundtable.services.bundle import export_bundle, validate_bundle

    bundle = export_bundle(store, round2.id)
    change(bundle["event"]["log"]["entries"][0])
    with pytest.raises(UserError, match=message):
        validate_bundle(bundle)
