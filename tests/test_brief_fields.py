"""Issue 21's three fields for the moderator's brief: how a person's name is said, and the
event's attribution rule and house rules. Stored and read, edited field by field (with undo),
carried by bundles only when set, so bundles from before them still import."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest

from roundtable.domain.edits.people import EditPerson
from roundtable.domain.enums import Attribution
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES
from roundtable.services.edits.event import event_edit

pytestmark = pytest.mark.both_backends

HOUSE_RULES = "No recording.\nPress may attend the opening only.\nNo photographs."


def saved_event(store) -> EventRecord:
    event = EventRecord("Brief", date(2026, 3, 2), date(2026, 3, 2), participants=[
        ParticipationRecord(PersonRecord("Toyohisa", "Kozuki",
                                         pronunciation="toh-yoh-HEE-sah koh-ZOO-kee")),
        ParticipationRecord(PersonRecord("Eleni", "Papadaki"), precedence=2),
    ], attribution=Attribution.CHATHAM_HOUSE, house_rules=HOUSE_RULES)  # fmt: skip
    return store.save_event(event)


def by_family(event: EventRecord) -> dict[str, PersonRecord]:
    return {p.person.family_name: p.person for p in event.participants}


def test_the_fields_are_stored_and_read(store):
    saved = saved_event(store)
    event = store.get_event(saved.id)
    assert event.attribution is Attribution.CHATHAM_HOUSE
    assert event.house_rules == HOUSE_RULES
    people = by_family(event)
    assert people["Kozuki"].pronunciation == "toh-yoh-HEE-sah koh-ZOO-kee"
    assert people["Papadaki"].pronunciation == ""
    assert store.get_person(people["Kozuki"].id).pronunciation.startswith("toh-yoh")
    plain = store.save_event(EventRecord("Plain", date(2026, 3, 3), date(2026, 3, 3)))
    assert store.get_event(plain.id).attribution is Attribution.ON_RECORD


def test_event_fields_are_edited_and_undone(store):
    saved = saved_event(store)
    before = store.get_event(saved.id)
    after = replace(before, attribution=Attribution.OFF_RECORD, house_rules="No notes.")
    edit = event_edit(before, after)
    assert edit is not None
    applied = store.apply(edit)
    changed = store.get_event(saved.id)
    assert (changed.attribution, changed.house_rules) == (Attribution.OFF_RECORD, "No notes.")
    store.undo(applied)
    undone = store.get_event(saved.id)
    assert (undone.attribution, undone.house_rules) == (Attribution.CHATHAM_HOUSE, HOUSE_RULES)


def test_pronunciation_is_edited_undone_and_limited(store):
    saved = saved_event(store)
    person = by_family(store.get_event(saved.id))["Papadaki"]
    edit = EditPerson.between(person, replace(person, pronunciation="eh-LEH-nee"))
    assert edit is not None and dict(edit.changes) == {"pronunciation": ("", "eh-LEH-nee")}
    applied = store.apply(edit)
    assert store.get_person(person.id).pronunciation == "eh-LEH-nee"
    store.undo(applied)
    assert store.get_person(person.id).pronunciation == ""
    with pytest.raises(UserError, match="pronunciation"):
        store.save_person(replace(store.get_person(person.id), pronunciation="x" * 301))


def test_a_bundle_carries_the_fields_only_when_set(store, tmp_path):
    saved = saved_event(store)
    path = tmp_path / "out.json"
    b.write_bundle_file(store, saved.id, path)
    exported = b.read_bundle_file(path)
    assert exported["event"]["attribution"] == "chatham_house"
    assert exported["event"]["house_rules"] == HOUSE_RULES
    assert [p.get("pronunciation") for p in exported["people"] if "pronunciation" in p] == [
        "toh-yoh-HEE-sah koh-ZOO-kee"
    ]
    copied = store.get_event(b.import_bundle(store, exported, b.ImportMode.AS_NEW))
    assert (copied.attribution, copied.house_rules) == (Attribution.CHATHAM_HOUSE, HOUSE_RULES)
    assert by_family(copied)["Kozuki"].pronunciation == "toh-yoh-HEE-sah koh-ZOO-kee"
    plain = store.save_event(EventRecord("Plain", date(2026, 3, 3), date(2026, 3, 3)))
    b.write_bundle_file(store, plain.id, path)
    event = b.read_bundle_file(path)["event"]
    assert "attribution" not in event and "house_rules" not in event


def test_a_bundle_from_before_the_fields_imports_and_a_bad_rule_is_refused(store):
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    for key in ("attribution", "house_rules"):
        bundle["event"].pop(key, None)
    for person in bundle["people"]:
        person.pop("pronunciation", None)
    event = store.get_event(b.import_bundle(store, bundle))
    assert (event.attribution, event.house_rules) == (Attribution.ON_RECORD, "")
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    bundle["event"]["attribution"] = "whispered"
    with pytest.raises(UserError):
        b.validate_bundle(bundle)


def test_show_prints_the_rule_house_rules_and_pronunciation(store):
    from roundtable.services.event_text import event_json, event_text

    event = store.get_event(saved_event(store).id)
    text = event_text(event)
    assert "Rule:        Chatham House Rule" in text
    assert "House rules\n  No recording.\n  Press may attend the opening only.\n" in text
    assert "Toyohisa Kozuki · invited · say “toh-yoh-HEE-sah koh-ZOO-kee”" in text
    data = event_json(event)
    assert (data["attribution"], data["house_rules"]) == ("chatham_house", HOUSE_RULES)
    said = {p["person"]["family_name"]: p["person"]["pronunciation"] for p in data["participants"]}
    assert said == {"Kozuki": "toh-yoh-HEE-sah koh-ZOO-kee", "Papadaki": ""}
