"""The patronymic (Отчество): its own field, stored, migrated, edited field by field, carried in
bundles, and written where Russian practice expects it (``domain.names.formal_name``)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest

from roundtable import wording
from roundtable.domain.edits.people import EditPerson, MergePeople
from roundtable.domain.enums import NameOrder
from roundtable.domain.names import formal_name, full_name, name_forms, shows_patronymic, sort_key
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES
from roundtable.store.facade import Store
from roundtable.store.recorder import StaleError


def cyrillic(**changes) -> PersonRecord:
    return replace(PersonRecord("Андрей", "Кортунов", "Вадимович"), **changes)


def latin(**changes) -> PersonRecord:
    return replace(PersonRecord("Andrey", "Kortunov", "Vadimovich"), **changes)


# -- where it is written ------------------------------------------------------------------------


def test_a_cyrillic_name_is_written_with_its_patronymic_in_any_language():
    for language in ("en", "ja", "ru"):
        assert formal_name(cyrillic(), language=language) == "Андрей Вадимович Кортунов"
    family_first = cyrillic(name_order=NameOrder.FAMILY_FIRST, honorific="Dr")
    assert formal_name(family_first, language="en") == "Кортунов Андрей Вадимович"
    assert formal_name(family_first, honorific=True, language="en") == (
        "Dr Кортунов Андрей Вадимович"
    )


def test_a_latin_name_has_its_patronymic_only_in_a_russian_document():
    assert formal_name(latin(), language="en") == "Andrey Kortunov"
    assert formal_name(latin(), language="ja") == "Andrey Kortunov"
    assert formal_name(latin(), language="ru") == "Andrey Vadimovich Kortunov"
    with wording.speaking("ru"):  # by default the language texts are being written in
        assert formal_name(latin()) == "Andrey Vadimovich Kortunov"
    assert formal_name(latin()) == "Andrey Kortunov"


def test_a_patronymic_is_never_glued_to_a_name_in_another_script_or_without_a_given_name():
    mixed = PersonRecord(given_name="Andrey", family_name="Kortunov", patronymic="Вадимович")
    assert not shows_patronymic(mixed, "ru")
    assert formal_name(mixed, language="ru") == "Andrey Kortunov"
    no_given = PersonRecord(family_name="Кортунов", patronymic="Вадимович")
    assert formal_name(no_given, language="ru") == "Кортунов"
    assert formal_name(PersonRecord(given_name="Eleni", family_name="Papadaki")) == (
        "Eleni Papadaki"
    )


def test_full_name_stays_the_short_form():
    assert full_name(cyrillic()) == "Андрей Кортунов"
    assert full_name(latin()) == "Andrey Kortunov"


def test_name_forms_find_a_person_by_either_russian_order():
    assert name_forms(cyrillic()) == (
        "Андрей Кортунов", "Андрей Вадимович Кортунов", "Кортунов Андрей Вадимович",
    )  # fmt: skip
    assert name_forms(PersonRecord(given_name="Eleni", family_name="Papadaki")) == (
        "Eleni Papadaki",
    )


def test_sort_key_puts_the_patronymic_after_the_given_name():
    people = [cyrillic(patronymic="Петрович"), cyrillic(patronymic="Вадимович"),
              PersonRecord(given_name="Алексей", family_name="Кортунов")]  # fmt: skip
    assert [p.patronymic for p in sorted(people, key=sort_key)] == ["", "Вадимович", "Петрович"]


def test_the_bios_booklet_writes_the_formal_name(tmp_path):
    from pypdf import PdfReader

    from roundtable.pdf.bios import export_bios

    event = EventRecord(
        title="Круглый стол", start_date=date(2017, 3, 15), end_date=date(2017, 3, 15),
        participants=[ParticipationRecord(cyrillic(bio="Генеральный директор.")),
                      ParticipationRecord(latin(bio="Director general."))],
    )  # fmt: skip

    def text(language: str) -> str:
        path = tmp_path / f"bios-{language}.pdf"
        with wording.speaking(language):
            assert export_bios(event, path)
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())

    english, russian = text("en"), text("ru")
    assert "Андрей Вадимович Кортунов" in english
    assert "Andrey Kortunov" in english and "Vadimovich" not in english
    assert "Andrey Vadimovich Kortunov" in russian


# -- stored ---------------------------------------------------------------------------------------


def test_saved_read_and_listed(store):
    saved = store.save_person(cyrillic(email="a.kortunov@example.ru"))
    assert store.get_person(saved.id).patronymic == "Вадимович"
    [summary] = [p for p in store.list_people() if p.id == saved.id]
    assert summary.patronymic == "Вадимович"
    assert formal_name(summary) == "Андрей Вадимович Кортунов"
    with pytest.raises(UserError, match="patronymic"):
        store.save_person(cyrillic(patronymic="в" * 201))


def test_an_edit_changes_only_the_patronymic_so_two_windows_keep_both_changes(db_path):
    alice = Store.open(str(db_path), daily_backup=False)
    bob = Store.open(str(db_path), daily_backup=False)
    try:
        before = alice.save_person(PersonRecord(given_name="Андрей", family_name="Кортунов"))
        seen_by_bob = bob.get_person(before.id)

        edit = EditPerson.between(before, replace(before, patronymic="Вадимович"))
        assert edit is not None and dict(edit.changes) == {"patronymic": ("", "Вадимович")}
        alice.apply(edit)
        # Bob's window read the person before Alice's change; his edit names only the email.
        bob.apply(EditPerson.between(seen_by_bob, replace(seen_by_bob, email="ak@example.ru")))

        after = alice.get_person(before.id)
        assert (after.patronymic, after.email) == ("Вадимович", "ak@example.ru")
        with pytest.raises(StaleError, match="patronymic .* was changed meanwhile"):
            bob.apply(EditPerson.between(seen_by_bob, replace(seen_by_bob, patronymic="Петрович")))
        assert alice.get_person(before.id).patronymic == "Вадимович"

        applied = alice.apply(EditPerson.between(after, replace(after, patronymic="")))
        assert alice.get_person(before.id).patronymic == ""
        alice.undo(applied)
        assert alice.get_person(before.id).patronymic == "Вадимович"
    finally:
        alice.close()
        bob.close()


def test_a_merge_fills_an_empty_patronymic_and_keeps_a_filled_one(store):
    keep = store.save_person(PersonRecord(given_name="Андрей", family_name="Кортунов"))
    other = store.save_person(cyrillic())
    store.apply(MergePeople(keep_id=keep.id, other_id=other.id))
    assert store.get_person(keep.id).patronymic == "Вадимович"
    third = store.save_person(cyrillic(patronymic="Петрович"))
    store.apply(MergePeople(keep_id=keep.id, other_id=third.id))
    assert store.get_person(keep.id).patronymic == "Вадимович"


def test_a_database_from_before_the_field_is_migrated_with_its_people(tmp_path):
    from schema_helpers import database_at

    path = database_at(tmp_path / "old.sqlite3", "0006_revisions")
    store = Store.open(str(path), daily_backup=False)
    try:
        [person] = store.list_people()
        assert (person.given_name, person.family_name, person.patronymic) == (
            "Андрей", "Кортунов", "",
        )  # fmt: skip
        record = store.get_person(person.id)
        assert record.bio == "Director general." and record.affiliations[0].position
        record.patronymic = "Вадимович"
        assert store.save_person(record).patronymic == "Вадимович"
    finally:
        store.close()


# -- bundles --------------------------------------------------------------------------------------


def _bundle_with_patronymic() -> dict:
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    person = next(p for p in bundle["people"] if p["family_name"] == "Kortunov")
    person["patronymic"] = "Vadimovich"
    return bundle


def test_a_bundle_carries_the_patronymic(store, tmp_path):
    event_id = b.import_bundle(store, _bundle_with_patronymic())
    people = [p.person for p in store.get_event(event_id).participants]
    assert next(p for p in people if p.family_name == "Kortunov").patronymic == "Vadimovich"
    path = tmp_path / "out.json"
    b.write_bundle_file(store, event_id, path)
    exported = b.read_bundle_file(path)
    written = {p["family_name"]: p for p in exported["people"]}
    assert written["Kortunov"]["patronymic"] == "Vadimovich"
    assert all("patronymic" not in p for name, p in written.items() if name != "Kortunov"), (
        "left out when empty, so an older Roundtable still reads the bundle"
    )


def test_a_bundle_without_the_field_imports_with_an_empty_patronymic(store):
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    assert all("patronymic" not in p for p in bundle["people"])
    event_id = b.import_bundle(store, bundle)
    assert {p.person.patronymic for p in store.get_event(event_id).participants} == {""}


def test_a_bundle_patronymic_is_checked_like_the_other_names(store):
    bundle = _bundle_with_patronymic()
    next(p for p in bundle["people"] if "patronymic" in p)["patronymic"] = "x" * 201
    with pytest.raises(UserError, match="patronymic"):
        b.validate_bundle(bundle)
