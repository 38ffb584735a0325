"""The people directory in the store: listing, duplicates, merge and delete, all undoable."""

import pytest

from roundtable.domain.edits.people import DeletePerson, MergePeople
from roundtable.domain.records import AffiliationRecord, OrganisationRecord, PersonRecord
from roundtable.errors import ConflictError, UserError
from roundtable.services.demo import load_demo

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well


@pytest.fixture
def demo(store):
    load_demo(store)
    return store


def person_id(store, family):
    return next(p.id for p in store.list_people() if p.family_name == family)


def test_directory_lists_everyone_with_affiliations_and_event_counts(demo):
    people = {p.family_name: p for p in demo.list_people()}
    assert len(people) == 9
    assert people["Iwashita"].affiliations == "Kyushu University / Hokkaido University"
    assert people["Iwashita"].native_name == "岩下明裕"
    assert people["Kozuki"].event_count == 1 and not people["Kozuki"].has_photo


def test_a_persons_events(demo):
    events = demo.person_events(person_id(demo, "Kortunov"))
    assert [(e.title, e.round_number, e.role.value, e.delegation) for e in events] == [
        ("U.S.-Japan-Russia Trilateral: Second Round", 2, "opening_speaker", "Russian delegation")
    ]


@pytest.mark.parametrize(
    ("given", "family", "email"),
    [("andrey", "KORTUNOV", ""), ("Kortunov", "Andrey", ""), ("Andréy", "Kortunov", ""),
     ("A.", "K.", "")],
)  # fmt: skip
def test_likely_duplicates(demo, given, family, email):
    found = demo.find_duplicates(PersonRecord(given_name=given, family_name=family, email=email))
    expected = [] if given == "A." else ["Kortunov"]
    assert [p.family_name for p in found] == expected


def test_duplicate_by_email(demo):
    kortunov = demo.get_person(person_id(demo, "Kortunov"))
    kortunov.email = "Director@RIAC.example"
    demo.save_person(kortunov)
    found = demo.find_duplicates(PersonRecord(given_name="A", family_name="K",
                                              email="director@riac.example "))  # fmt: skip
    assert [p.family_name for p in found] == ["Kortunov"]


def test_save_person_with_photo_and_affiliations(store):
    org = OrganisationRecord(name="Asan Institute")
    record = PersonRecord(given_name="Ji-hoon", family_name="Kim", native_name="김지훈",
                          affiliations=[AffiliationRecord(org, "Fellow")])  # fmt: skip
    record.photo, record.photo_mime = b"\x89PNG fake", "image/png"
    saved = store.save_person(record)
    assert saved.has_photo and saved.photo is None, "photo data only when asked"
    assert store.get_person(saved.id, with_photo=True).photo == b"\x89PNG fake"
    assert store.person_photos([saved.id]) == {saved.id: (b"\x89PNG fake", "image/png")}
    saved.native_name = "김지훈 (金智勳)"
    store.save_person(saved)  # photo None: left alone
    assert store.get_person(saved.id).has_photo
    saved.photo = b""
    assert not store.save_person(saved).has_photo
    with pytest.raises(UserError, match="needs a given name"):
        store.save_person(PersonRecord())


def test_merge_keeps_every_participation_and_can_be_undone(demo):
    keep_id = person_id(demo, "Boyle")
    dup = demo.save_person(PersonRecord(given_name="Ed", family_name="Boyle", email="e@b.example"))
    round2 = demo.resolve_event("us-japan-russia-trilateral-round-2-2017")
    event = demo.get_event(round2)
    from roundtable.domain.records import ParticipationRecord

    event.participants.append(ParticipationRecord(demo.get_person(dup.id)))
    demo.save_event(event)
    before_keep, before_dup = demo.person_snapshot(keep_id), demo.person_snapshot(dup.id)

    applied = demo.apply(MergePeople(keep_id=keep_id, other_id=dup.id))
    merged = demo.get_person(keep_id)
    assert merged.email == "e@b.example", "empty fields are filled from the other"
    assert merged.given_name == "Edward", "filled fields are kept"
    assert {e.event_id for e in demo.person_events(keep_id)} == {1, round2}
    assert all(p.id != dup.id for p in demo.list_people())

    demo.undo(applied)
    assert demo.person_snapshot(keep_id) == before_keep
    assert demo.person_snapshot(dup.id) == before_dup


def test_merge_where_both_took_part_in_the_same_event(demo):
    dc = demo.get_event(1)
    ha, rojansky = (person_id(demo, n) for n in ("Ha", "Rojansky"))
    demo.merge_people(ha, rojansky)
    after = demo.get_event(1)
    assert len(after.participants) == len(dc.participants) - 1


def test_undoing_a_merge_in_one_event_puts_back_speakers_chair_seats_and_rules(demo):
    from roundtable.domain.seating import PairRule

    dc = demo.get_event(1)
    pid = {p.person.family_name: p.id for p in dc.participants}
    plan = dc.seating_plans[0]
    plan.pair_rules = [PairRule(pid["Rojansky"], pid["Ha"], together=False)]
    plan.seat(plan.head_seat).locked = True
    dc.days[0].items[2].chair_participation_id = pid["Rojansky"]
    before = demo.save_event(dc)
    ha, rojansky = (person_id(demo, n) for n in ("Ha", "Rojansky"))
    applied = demo.apply(MergePeople(keep_id=ha, other_id=rojansky))
    merged = demo.get_event(1)
    assert pid["Rojansky"] not in merged.seating_plans[0].occupants().values()
    assert merged.seating_plans[0].pair_rules == []
    demo.undo(applied)
    assert demo.get_event(1) == before


def test_delete_person_refused_while_in_an_event(demo):
    with pytest.raises(ConflictError, match="takes part in 1 event"):
        demo.delete_person(person_id(demo, "Boyle"))
    lone = demo.save_person(PersonRecord(given_name="Lone", family_name="Person"))
    applied = demo.apply(DeletePerson(person_id=lone.id))
    demo.undo(applied)
    assert demo.get_person(lone.id).family_name == "Person"


def test_a_new_participant_keeps_their_photo(store):
    from datetime import date

    from roundtable.domain.records import EventRecord, ParticipationRecord

    person = PersonRecord(given_name="Ann", family_name="Photo")
    person.photo, person.photo_mime = b"\xff\xd8 jpeg", "image/jpeg"
    event = store.save_event(EventRecord(title="E", start_date=date(2026, 1, 1),
                                         end_date=date(2026, 1, 1),
                                         participants=[ParticipationRecord(person)]))  # fmt: skip
    assert event.participants[0].person.has_photo
    pid = event.participants[0].person.id
    assert store.person_photos([pid]) == {pid: (b"\xff\xd8 jpeg", "image/jpeg")}
