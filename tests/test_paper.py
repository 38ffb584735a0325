"""The paper an event's documents start on: Letter in the United States and Canada, however the
venue's country is written, A4 everywhere else and when it is not written at all."""

from __future__ import annotations

from datetime import date

import pytest

from roundtable.domain.records import EventRecord, VenueRecord
from roundtable.services.paper import default_paper, paper_for_country


def event_in(country: str) -> EventRecord:
    day = date(2024, 5, 2)
    return EventRecord("Roundtable", day, day, venue=VenueRecord(city="Somewhere", country=country))


@pytest.mark.parametrize(
    "country",
    ["United States", "united states of america", "USA", "U.S.A.", "U.S.", "US",
     " The United  States ", "États-Unis", "США", "アメリカ合衆国", "米国", "미국",
     "Canada", "CANADA", "Канада"],
)  # fmt: skip
def test_letter_in_the_united_states_and_canada(country):
    assert paper_for_country(country) == "letter"
    assert default_paper(event_in(country)) == "letter"


@pytest.mark.parametrize(
    "country", ["Russia", "Japan", "United Kingdom", "Germany", "Australia", "", "  ", "Usbekistan"]
)
def test_a4_elsewhere_and_when_the_country_is_not_known(country):
    assert default_paper(event_in(country)) == "a4"


def test_an_event_without_a_venue_is_on_a4():
    assert default_paper(EventRecord("Call", date(2024, 5, 2), date(2024, 5, 2))) == "a4"
    assert paper_for_country(None) == "a4"
