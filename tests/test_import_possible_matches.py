"""The same person under another spelling: offered as "possibly the same", never merged.

``name_likeness`` folds romanisations together (Andrei/Andrey, Юрий/Yuri/Yury/Iouri, both
orders of a Japanese name) and scores what is left; the import offers what scores high as a
possible match, which stops the command line (naming both people) unless ``--possible-match``
says what to do. Also here: how a full name is split by its order (``--full-name-order``), the
patronymic taken out of a Russian full name, and names in CJK script kept as native names.
"""

from __future__ import annotations

import json
import shutil

import pytest
from cli_helpers import run_db

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import PersonSummary
from roundtable.services.column_mapping import guess_mapping
from roundtable.services.name_likeness import THRESHOLD, LikenessIndex, name_likeness
from roundtable.services.participant_import import (
    FullNameOrder,
    PossibleMatch,
    apply_import,
    choose_match,
    plan_import,
    report_lines,
    split_full_name,
)
from roundtable.services.table_read import Table
from roundtable.store.facade import Store


def alike(a: str, b: str) -> float:
    """Likeness of two names written "Given Family" (or in CJK script, whole)."""

    def parts(name: str) -> tuple[str, str, str]:
        words = name.split()
        if len(words) == 1 or name[0] >= "\u3000":  # one word, or CJK script: a native name
            return ("", "", name)
        return (words[0], " ".join(words[1:]), "")

    return name_likeness(parts(a), parts(b))


# -- name likeness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Andrei Kortunov", "Andrey Kortunov"),
        ("Andrej Kortunov", "Andrey Kortunov"),
        ("Юрий Иванов", "Yuri Ivanov"),
        ("Юрий Иванов", "Yury Ivanov"),
        ("Юрий Иванов", "Iouri Ivanov"),
        ("Juri Iwanow", "Yuri Ivanov"),
        ("Yurii Ivanov", "Yuriy Ivanov"),
        ("Kozuki Toyohisa", "Toyohisa Kozuki"),
        ("Kouzuki Toyohisa", "Toyohisa Kozuki"),
        ("Alexei Arbatov", "Aleksey Arbatov"),
        ("Mikhail Khodorkovsky", "Mihail Hodorkovskiy"),
        ("Nataliya Tsvetkova", "Natalia Tzvetkova"),
        ("上月豊久", "上月 豊久"),
    ],
)
def test_spellings_of_one_name_are_alike(a, b):
    assert alike(a, b) >= THRESHOLD
    assert alike(b, a) >= THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Andrey Kortunov", "Andrew Kuchins"),
        ("Anna Smirnova", "Olga Smirnova"),
        ("Ivan Petrov", "Irina Petrova"),
        ("上月豊久", "岩下明裕"),
        ("上月豊久", "上田豊"),
        ("王毅", "王一"),  # the same reading, two people: characters are not romanised
        ("Wang Wei", "Wang Yi"),
        ("Kortunov", "Andrey Kortunov"),  # one word says too little
    ],
)
def test_different_names_are_not_alike(a, b):
    assert alike(a, b) < THRESHOLD


def summary(person_id, given, family, native="", affiliations="", email=""):
    return PersonSummary(id=person_id, uid=f"u{person_id}", honorific="", given_name=given,
                         family_name=family, name_order=NameOrder.GIVEN_FIRST,
                         native_name=native, country="", email=email,
                         affiliations=affiliations, event_count=0, has_photo=False)  # fmt: skip


def test_the_index_finds_the_likely_people_first():
    people = [
        summary(1, "Andrey", "Kortunov", "Андрей Кортунов", "IMEMO"),
        summary(2, "Andrew", "Kuchins"),
        summary(3, "Toyohisa", "Kozuki", "上月豊久"),
        summary(4, "Yuri", "Ivanov"),
        summary(5, "Yury", "Ivanova"),
    ]
    index = LikenessIndex(people)
    assert [f.person.id for f in index.find("Andrei", "Kortunov")] == [1]
    assert [f.person.id for f in index.find("Юрий", "Иванов")] == [4, 5]
    assert [f.person.id for f in index.find("豊久", "上月")] == [3]  # by the characters
    assert [f.person.id for f in index.find("", "", "Андрей Кортунов")] == [1]
    assert index.find("Andrey", "Kortunov", exclude=[1]) == []
    assert index.find("上月", "", "") == []


# -- full names ----------------------------------------------------------------------------------


def test_full_name_orders():
    auto = split_full_name("Kozuki Toyohisa")
    assert (auto.given, auto.family, auto.order) == ("Kozuki", "Toyohisa", NameOrder.GIVEN_FIRST)
    first = split_full_name("Kozuki Toyohisa", FullNameOrder.FAMILY_FIRST)
    assert (first.given, first.family, first.order) == (
        "Toyohisa", "Kozuki", NameOrder.FAMILY_FIRST,
    )  # fmt: skip
    cjk = split_full_name("上月\u3000豊久")  # a full-width space
    assert (cjk.family, cjk.given, cjk.order) == ("上月", "豊久", NameOrder.FAMILY_FIRST)
    given_first = split_full_name("豊久 上月", FullNameOrder.GIVEN_FIRST)
    assert (given_first.family, given_first.given) == ("上月", "豊久")
    solid = split_full_name("上月豊久")
    assert (solid.family, solid.given) == ("上月豊久", "") and "kept whole" in solid.notes[0]
    assert split_full_name("Kortunov, Andrey", FullNameOrder.GIVEN_FIRST).family == "Kortunov"


def test_a_patronymic_is_taken_out_of_a_russian_full_name():
    fio = split_full_name("Кортунов Андрей Вадимович")
    assert (fio.family, fio.given, fio.patronymic) == ("Кортунов", "Андрей", "Вадимович")
    assert fio.order is NameOrder.GIVEN_FIRST  # the list's order, not the person's
    written = split_full_name("Андрей Вадимович Кортунов")
    assert (written.given, written.patronymic, written.family) == (
        "Андрей", "Вадимович", "Кортунов",
    )  # fmt: skip
    latin = split_full_name("Roman Arkadyevich Abramovich")
    assert (latin.given, latin.patronymic, latin.family) == (
        "Roman", "Arkadyevich", "Abramovich",
    )  # fmt: skip
    assert split_full_name("Kortunov, Andrey Vadimovich").patronymic == "Vadimovich"


def plan_list(store, headers, *rows, event_id=1, **options):
    table = Table(list(headers), [list(r) for r in rows], "list.csv")
    return plan_import(table, guess_mapping(table.headers), store.get_event(event_id),
                       store.list_people(), store.list_organisations(), **options)  # fmt: skip


@pytest.fixture
def demo_store(tmp_path, demo_database):
    store = Store.open(str(shutil.copyfile(demo_database, tmp_path / "x.sqlite3")),
                       daily_backup=False)  # fmt: skip
    yield store
    store.close()


def test_a_fio_column_is_family_first(demo_store):
    plan = plan_list(demo_store, ["ФИО"], ["Соколова Анна"], ["Зайцев Сергей Владимирович"])
    names = [(r.person.family_name, r.person.given_name, r.person.patronymic) for r in plan.rows]
    assert names == [("Соколова", "Анна", ""), ("Зайцев", "Сергей", "Владимирович")]


def test_full_name_order_option_and_family_caps(demo_store):
    from roundtable.services.namecards import card_name

    plan = plan_list(demo_store, ["Full name"], ["Li Wei"], ["Kozuki Toyohisa"],
                     full_name_order=FullNameOrder.FAMILY_FIRST)  # fmt: skip
    li = plan.rows[0].person
    assert (li.family_name, li.given_name) == ("Li", "Wei")
    assert card_name(li, family_caps=True) == "LI Wei"  # the family name, not the given name


# -- possible matches in the import ----------------------------------------------------------


def test_andrei_is_offered_the_existing_andrey(demo_store):
    plan = plan_list(demo_store, ["Name", "Email"], ["Andrei Kortunov", ""], ["Jane Roe", ""])
    row = plan.rows[0]
    assert not plan.ok and row.existing is None and row.possible and row.needs_choice
    assert [p.family_name for p in row.candidates] == ["Kortunov"]
    assert row.problems == [
        "‘Andrei Kortunov’ may be the existing ‘Andrey Kortunov’ (Russian International "
        "Affairs Council); use --possible-match existing or new"
    ]
    assert "line 2: " + row.problems[0] in report_lines(plan)
    assert plan.rows[1].problems == [] and not plan.rows[1].possible
    choose_match(plan, row.line, row.candidates[0].id)  # the wizard's "the existing one"
    assert plan.ok and row.existing.family_name == "Kortunov" and row.problems == []
    choose_match(plan, row.line, None)  # changed their mind: a new person
    assert plan.ok and row.existing is None
    assert row.notes == [
        "added as a new person, not the existing ‘Andrey Kortunov’ (Russian International "
        "Affairs Council)"
    ]


def test_yuri_in_cyrillic_is_offered_the_existing_serghei_only_if_alike(demo_store):
    plan = plan_list(demo_store, ["Фамилия", "Имя"], ["Голунов", "Сергей"], ["Иванов", "Юрий"])
    golunov, ivanov = plan.rows
    # "Сергей Голунов" is the native name of the directory's "Serghei Golunov": exact.
    assert golunov.existing is not None and not golunov.possible
    assert ivanov.existing is None and not ivanov.possible and ivanov.problems == []


def test_possible_match_options(demo_store):
    existing = plan_list(demo_store, ["Name"], ["Andrei Kortunov"],
                         possible_match=PossibleMatch.EXISTING)  # fmt: skip
    row = existing.rows[0]
    assert existing.ok and row.existing.family_name == "Kortunov"
    assert row.notes == [
        "‘Andrei Kortunov’ is taken to be the existing ‘Andrey Kortunov’ (Russian "
        "International Affairs Council) (--possible-match existing)"
    ]
    new = plan_list(demo_store, ["Name"], ["Andrei Kortunov"], possible_match=PossibleMatch.NEW)
    assert new.ok and new.rows[0].existing is None
    assert "added as a new person" in new.rows[0].notes[0]
    in_event = plan_list(demo_store, ["Name"], ["Andrei Kortunov"], event_id=3,
                         possible_match=PossibleMatch.EXISTING)  # fmt: skip
    assert in_event.rows[0].skip  # he already takes part in round 2


def test_the_wizard_is_told_to_choose_in_the_match_column(demo_store):
    plan = plan_list(demo_store, ["Name"], ["Andrei Kortunov"], in_preview=True)
    assert "choose in the Match column" in plan.rows[0].problems[0]


def test_a_japanese_name_in_kanji_matches_by_its_characters(demo_store):
    plan = plan_list(demo_store, ["姓", "名"], ["上月", "豊久"], ["岩下", "明"])
    kozuki, other = plan.rows
    assert kozuki.existing is not None and kozuki.existing.family_name == "Kozuki"
    assert other.existing is None and not other.possible  # 岩下明 is not 岩下明裕


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path, demo_database):
    return shutil.copyfile(demo_database, tmp_path / "events.sqlite3")


def people_count(db) -> int:
    store = Store.open(str(db), daily_backup=False)
    try:
        return store.count_people()
    finally:
        store.close()


def event_names(db, event: str) -> list[str]:
    event_json = json.loads(run_db(db, "show", event, "--json").stdout)
    return [json.dumps(p, ensure_ascii=False) for p in event_json["participants"]]


def test_cli_stops_naming_both_people_then_follows_the_option(demo_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name,Affiliation\nAndrei Kortunov,RIAC\nJane Roe,Nowhere\n", "utf-8")
    people = people_count(demo_db)
    stopped = run_db(demo_db, "import", "participants", "2", path)
    assert stopped.returncode == 1
    assert (
        "line 2: ‘Andrei Kortunov’ may be the existing ‘Andrey Kortunov’ (Russian "
        "International Affairs Council); use --possible-match existing or new"
    ) in stopped.stdout
    assert "nothing was imported" in stopped.stderr
    assert event_names(demo_db, "2") == [] and people_count(demo_db) == people

    used = run_db(demo_db, "import", "participants", "2", path, "--possible-match", "existing")
    assert used.returncode == 0, used.stdout + used.stderr
    assert "is taken to be the existing ‘Andrey Kortunov’" in used.stdout
    names = event_names(demo_db, "2")
    assert len(names) == 2 and any("Andrey" in n for n in names)
    assert not any("Andrei" in n for n in names)
    assert people_count(demo_db) == people + 1  # Jane Roe only


def test_cli_possible_match_new_adds_a_person(demo_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name\nAndrei Kortunov\n", "utf-8")
    people = people_count(demo_db)
    added = run_db(demo_db, "import", "participants", "2", path, "--possible-match", "new")
    assert added.returncode == 0, added.stdout + added.stderr
    assert "is added as a new person (--possible-match new)" in added.stdout
    assert any("Andrei" in n for n in event_names(demo_db, "2"))
    assert people_count(demo_db) == people + 1


def test_cli_refuses_a_bad_possible_match_choice(demo_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name\nAndrei Kortunov\n", "utf-8")
    result = run_db(demo_db, "import", "participants", "2", path, "--possible-match", "maybe")
    assert result.returncode != 0 and "invalid choice" in result.stderr


def test_apply_refuses_an_unsettled_possible_match(demo_store):
    plan = plan_list(demo_store, ["Name"], ["Andrei Kortunov"])
    with pytest.raises(Exception, match="may be the existing"):
        apply_import(demo_store, 1, plan)


def test_a_cjk_full_name_is_the_native_name_family_first(demo_store):
    plan = plan_list(demo_store, ["氏名"], ["豊 上田"], full_name_order=FullNameOrder.GIVEN_FIRST)
    person = plan.rows[0].person
    assert (person.family_name, person.given_name, person.native_name) == ("上田", "豊", "上田豊")
