"""Event slugs from titles in any script: romanised, typeable, unique, never empty."""

from __future__ import annotations

from datetime import date

import pytest

from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.records import EventRecord
from roundtable.domain.slugs import FALLBACK_SLUG, MAX_SLUG, is_valid_slug
from roundtable.store.slugs import event_slug, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Круглый стол Россия и Япония 2017", "kruglyi-stol-rossiia-i-iaponiia-2017"),
        ("Ёлка: Юрий и Щукин", "iolka-iurii-i-shchukin"),
        ("ラウンドテーブル 2017", "raundoteburu-2017"),  # kana keep their voicing
        ("日露円卓会議 2017", "ri-lu-yuan-zhuo-hui-yi-2017"),  # kanji: readable, if Chinese
        ("Trilateral: Россия–Japan 第2回", "trilateral-rossiia-japan-di-2hui"),
        ("ＵＳ－Ｊａｐａｎ　２０１７", "us-japan-2017"),  # full-width letters and digits
        ("U.S.-Japan-Russia Trilateral: Second Round 2017",
         "u-s-japan-russia-trilateral-second-round-2017"),
        ("Réunion à Paris", "reunion-a-paris"),
    ],
)  # fmt: skip
def test_titles_in_any_script_become_typeable_slugs(title, slug):
    assert slugify(title) == slug
    assert is_valid_slug(slug)


@pytest.mark.parametrize("title", ["", "   ", "!!! ???", "—", "🎌"])
def test_a_title_with_nothing_typeable_falls_back(title):
    assert slugify(title) == FALLBACK_SLUG


def test_a_long_title_is_cut_at_the_limit_without_a_trailing_hyphen():
    slug = slugify("Россия " * 40)
    assert len(slug) <= MAX_SLUG and is_valid_slug(slug) and not slug.endswith("-")
    assert len(slugify("Я" * 200)) == MAX_SLUG


def test_event_slug_adds_the_year():
    assert event_slug("Круглый стол", 2017) == "kruglyi-stol-2017"


def _event(title: str) -> EventRecord:
    return EventRecord(title=title, start_date=date(2017, 3, 15), end_date=date(2017, 3, 15))


def test_the_store_gives_a_russian_or_japanese_event_a_romanised_unique_slug(store):
    first = store.save_event(_event("Круглый стол Россия и Япония"))
    second = store.save_event(_event("Круглый стол Россия и Япония"))
    assert (first.slug, second.slug) == (
        "kruglyi-stol-rossiia-i-iaponiia-2017", "kruglyi-stol-rossiia-i-iaponiia-2017-2",
    )  # fmt: skip
    assert store.save_event(_event("日露円卓会議")).slug == "ri-lu-yuan-zhuo-hui-yi-2017"
    assert store.save_event(_event("会議")).slug != "2017"


def test_a_cleared_short_name_is_made_again_from_the_title(store):
    event = store.save_event(_event("Круглый стол"))
    assert event.id is not None
    store.apply(SetEventFields(event_id=event.id, changes={"slug": (event.slug, "own-name")}))
    assert store.get_event(event.id).slug == "own-name"
    store.apply(SetEventFields(event_id=event.id, changes={"slug": ("own-name", "")}))
    assert store.get_event(event.id).slug == "kruglyi-stol-2017"
