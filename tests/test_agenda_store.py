"""Agenda items are stored with their event: ids kept, speakers tied to participants."""

from datetime import time

import pytest

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.records import AgendaItemRecord, AgendaSpeakerRecord
from roundtable.errors import UserError
from roundtable.services.demo import load_demo

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well


@pytest.fixture
def dc(store):
    load_demo(store)
    return store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))


def with_agenda(store, event):
    by_name = {p.person.family_name: p.id for p in event.participants}
    event.days[0].items = [
        AgendaItemRecord("Opening remarks", 10, AgendaItemKind.OPENING_REMARKS,
                         speakers=[AgendaSpeakerRecord(by_name["Correa Cabrera"], 10)]),
        AgendaItemRecord("Roundtable discussion", 60, AgendaItemKind.ROUNDTABLE_DISCUSSION,
                         chair_participation_id=by_name["Boyle"],
                         speakers=[AgendaSpeakerRecord(by_name[n], 10)
                                   for n in ("Ha", "Rojansky", "Saunders", "Iwashita")]),
        AgendaItemRecord("Q&A", 20, AgendaItemKind.QA, anchor=time(11, 40)),
    ]  # fmt: skip
    return store.save_event(event)


def test_items_and_speakers_round_trip(store, dc):
    saved = with_agenda(store, dc)
    items = saved.days[0].items
    assert [(i.title, i.duration_minutes, i.kind) for i in items] == [
        ("Opening remarks", 10, AgendaItemKind.OPENING_REMARKS),
        ("Roundtable discussion", 60, AgendaItemKind.ROUNDTABLE_DISCUSSION),
        ("Q&A", 20, AgendaItemKind.QA),
    ]
    assert items[2].anchor == time(11, 40) and len(items[1].speakers) == 4
    saved.days[0].items[1].duration_minutes = 55
    again = store.save_event(saved)
    assert again.days[0].items[1].id == items[1].id
    assert [s.id for s in again.days[0].items[1].speakers] == [s.id for s in items[1].speakers]


def test_removing_a_speaking_participant_and_undoing_it(store, dc):
    saved = with_agenda(store, dc)
    before = store.get_event(saved.id)
    ha = next(p for p in saved.participants if p.person.family_name == "Ha")
    boyle = next(p for p in saved.participants if p.person.family_name == "Boyle")
    saved.participants = [p for p in saved.participants if p.id not in (ha.id, boyle.id)]
    saved.days[0].items[1].speakers = [
        s for s in saved.days[0].items[1].speakers if s.participation_id != ha.id
    ]
    saved.days[0].items[1].chair_participation_id = None
    for seat in saved.seating_plans[0].seats:
        if seat.participation_id in (ha.id, boyle.id):
            seat.participation_id = None
    after = store.save_event(saved)
    assert len(after.days[0].items[1].speakers) == 3
    assert store.save_event(before) == before, "undo puts speakers and chair back, same ids"


def test_a_stale_speaker_is_dropped_with_its_participant(store, dc):
    """An edit that removes a participant but forgets their agenda rows still saves."""
    saved = with_agenda(store, dc)
    ha = next(p for p in saved.participants if p.person.family_name == "Ha")
    saved.participants = [p for p in saved.participants if p.id != ha.id]
    with pytest.raises(UserError, match="not a participant"):
        store.save_event(saved)
    saved.days[0].items[1].speakers = [
        s for s in saved.days[0].items[1].speakers if s.participation_id != ha.id
    ]
    saved.seating_plans = []  # Ha's seat names him too
    assert len(store.save_event(saved).days[0].items[1].speakers) == 3


def test_deleting_the_event_removes_its_agenda(store, dc):
    saved = with_agenda(store, dc)

    def counts():
        with store.engine.connect() as c:
            return tuple(
                c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("agenda_item", "agenda_speaker")
            )

    items, speakers = counts()
    store.delete_event(saved.id)
    assert counts() == (items - 3, speakers - 5), "only this event's 3 items and 5 speakers go"


def test_the_bundle_carries_the_agenda(store, dc, tmp_path):
    from roundtable.services.bundle import import_bundle, read_bundle_file, write_bundle_file
    from roundtable.store.facade import Store

    saved = with_agenda(store, dc)
    first = tmp_path / "dc.json"
    write_bundle_file(store, saved.id, first)
    other = Store.open(str(tmp_path / "other.sqlite3"), daily_backup=False)
    new_id = import_bundle(other, read_bundle_file(first))
    second = tmp_path / "dc-again.json"
    write_bundle_file(other, new_id, second)
    assert first.read_bytes() == second.read_bytes()
    items = other.get_event(new_id).days[0].items
    assert [len(i.speakers) for i in items] == [1, 4, 0] and items[1].chair_participation_id
    other.close()


def test_duplicating_an_event_keeps_its_agenda(store, dc):
    from roundtable.services.edits.event import duplicate_record

    saved = with_agenda(store, dc)
    copy = store.save_event(duplicate_record(store.get_event(saved.id, with_attachment_data=True)))
    speakers = [s.participation_id for s in copy.days[0].items[1].speakers]
    own = {p.id for p in copy.participants}
    assert len(speakers) == 4 and set(speakers) <= own
    assert copy.days[0].items[1].chair_participation_id in own


def test_a_bundle_speaker_must_be_a_participant(store, dc):
    from roundtable.services.bundle import export_bundle, validate_bundle

    saved = with_agenda(store, dc)
    bundle = export_bundle(store, saved.id)
    bundle["event"]["days"][0]["items"][1]["speakers"][0]["person"] = "someone-else"
    with pytest.raises(UserError, match=r"event\.days\[0\]\.items\[1\]\.speakers\[0\]\.person"):
        validate_bundle(bundle)
