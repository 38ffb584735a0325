"""roundtable.wording: one tr() for every layer, Qt's plural rules, a PDF's own language."""

from __future__ import annotations

import threading

import pytest

from roundtable import wording
from roundtable.domain import local_dates


def test_without_a_translator_texts_stay_english_with_english_plurals() -> None:
    assert wording.tr("No such text anywhere") == "No such text anywhere"
    assert wording.tr("%n unknown things", "", 3) == "3 unknown things"


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (1, 0),
        (21, 0),
        (2, 1),
        (4, 1),
        (22, 1),
        (5, 2),
        (11, 2),
        (12, 2),
        (14, 2),
        (0, 2),
        (111, 2),
        (101, 0),
    ],
)
def test_russian_plural_forms_follow_qt(n: int, form: int) -> None:
    assert wording.plural_index("ru", n) == form


def test_japanese_has_one_form_and_english_two() -> None:
    assert {wording.plural_index("ja", n) for n in range(30)} == {0}
    assert [wording.plural_index("en", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_a_catalogue_picks_the_form_and_fills_in_n() -> None:
    catalogue = wording.Catalogue(
        "ru", {("%n people", ""): ["%n человек", "%n человека", "%n человек"]}
    )
    assert catalogue.translate("%n people", None, 3) == "3 человека"
    assert catalogue.translate("%n people", None, 5) == "5 человек"
    assert catalogue.translate("Missing", None) == "Missing"


def test_speaking_changes_the_language_only_inside_and_only_in_its_thread() -> None:
    seen: list[str] = []
    with wording.speaking("ja"):
        assert wording.language() == "ja"
        other = threading.Thread(target=lambda: seen.append(wording.language()))
        other.start()
        other.join()
        assert local_dates.long_date(__import__("datetime").date(2017, 3, 15)) == "2017年3月15日"
    assert wording.language() == "en"
    assert seen == ["en"]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"), wording.speaking("xx"):
        pass


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "ru:en", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_ALL": "ja_JP.eucJP", "LANG": "ru_RU.UTF-8"}, "ja"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_the_system(
    environ: dict[str, str], language: str
) -> None:
    assert wording.system_language(environ) == language


def test_placeholders_are_found_in_any_order() -> None:
    assert wording.placeholders("%n seats at {table} for %1") == ["%1", "%n", "{table}"]
