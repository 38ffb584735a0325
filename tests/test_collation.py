"""The sign-in sheet's alphabetical order (domain.collation), with real names."""

from roundtable.domain.collation import (
    CYRILLIC,
    JAPANESE,
    JAPANESE_UNREAD,
    LATIN,
    person_key,
    reading,
    script_group,
)
from roundtable.domain.records import PersonRecord


def _sorted(*people: PersonRecord) -> list[str]:
    return [p.family_name or p.native_name for p in sorted(people, key=person_key)]


def test_russian_alphabet_puts_yo_with_ye_not_after_ya() -> None:
    people = [
        PersonRecord(given_name="Андрей", family_name="Кортунов"),
        PersonRecord(given_name="Яков", family_name="Яковлев"),
        PersonRecord(given_name="Борис", family_name="Ёлкин"),
        PersonRecord(given_name="Пётр", family_name="Ежов"),
        PersonRecord(given_name="Иван", family_name="Жуков"),
    ]
    assert _sorted(*people) == ["Ежов", "Ёлкин", "Жуков", "Кортунов", "Яковлев"]
    # The diaeresis breaks a tie only: "Елкин" before "Ёлкин".
    assert _sorted(PersonRecord(family_name="Ёлкин"), PersonRecord(family_name="Елкин")) == [
        "Елкин",
        "Ёлкин",
    ]


def test_latin_ignores_case_and_accents_then_accents_break_ties() -> None:
    people = [
        PersonRecord(given_name="Zoe", family_name="Zoe"),
        PersonRecord(given_name="Éric", family_name="Éric"),
        PersonRecord(given_name="Eric", family_name="Eric"),
        PersonRecord(given_name="a", family_name="eriksen"),
        PersonRecord(family_name="Ødegaard"),
        PersonRecord(family_name="Obama"),
    ]
    assert _sorted(*people) == ["Eric", "Éric", "eriksen", "Obama", "Ødegaard", "Zoe"]


def test_family_name_outweighs_an_accent_in_the_given_name() -> None:
    a = PersonRecord(given_name="Élodie", family_name="Martin")
    b = PersonRecord(given_name="Eva", family_name="Martin")
    assert sorted([a, b], key=person_key) == [a, b]  # "elodie" < "eva" at the first level


def test_japanese_by_reading_in_gojuon_order() -> None:
    kozuki = PersonRecord(native_name="上月豊久", notes="フリガナ: コウヅキ トヨヒサ")
    morita = PersonRecord(native_name="森田浩二", pronunciation="もりた こうじ")
    abe = PersonRecord(family_name="あべ", given_name="ひろし")
    kato = PersonRecord(family_name="カトウ")
    unread = PersonRecord(native_name="田中一郎")
    assert reading(kozuki) == "コウヅキ トヨヒサ"
    assert reading(morita) == "もりた こうじ"
    # 上 (U+4E0A) comes before 森 (U+68EE) by code point too; 田 after both would sort
    # first by reading ("た"): without one it goes after the names that have one.
    assert sorted([unread, morita, kato, kozuki, abe], key=person_key) == [
        abe,
        kato,
        kozuki,
        morita,
        unread,
    ]
    assert person_key(unread)[0] == JAPANESE_UNREAD
    assert person_key(kozuki)[0] == JAPANESE


def test_kana_voicing_and_small_kana_only_break_ties() -> None:
    kada = PersonRecord(family_name="ガダ")
    kata = PersonRecord(family_name="かた")
    kasa = PersonRecord(family_name="カサ")
    assert sorted([kada, kata, kasa], key=person_key) == [kasa, kata, kada]


def test_scripts_grouped_latin_first() -> None:
    people = [
        PersonRecord(family_name="김", given_name="민준"),
        PersonRecord(family_name="Παπαδόπουλος"),
        PersonRecord(family_name="Кортунов"),
        PersonRecord(native_name="上月豊久", notes="Reading: こうづき とよひさ"),
        PersonRecord(family_name="Zoe"),
    ]
    assert _sorted(*people) == ["Zoe", "Кортунов", "Παπαδόπουλος", "上月豊久", "김"]
    assert script_group("Kozuki") == LATIN and script_group("Ёлкин") == CYRILLIC


def test_greek_and_korean_in_their_own_order() -> None:
    assert _sorted(
        PersonRecord(family_name="Ωρίων"),
        PersonRecord(family_name="Άλφα"),
        PersonRecord(family_name="Βήτα"),
    ) == ["Άλφα", "Βήτα", "Ωρίων"]
    assert _sorted(
        PersonRecord(family_name="박"),
        PersonRecord(family_name="김"),
        PersonRecord(family_name="이"),
    ) == ["김", "박", "이"]
