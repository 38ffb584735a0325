"""One rule for how a person is named in each kind of output (``domain.naming``), checked in
the real outputs for a person with an honorific and a position: Ambassador Toyohisa Kozuki,
Japanese Ambassador to Russia at the Embassy of Japan in Russia, in the Trilateral's second
round. One test per kind: agenda, name card, seating chart, seat list, bios, log, calendar.
"""

from __future__ import annotations

import shutil

import pytest
from icalendar import Calendar

from roundtable.domain.enums import NameOrder
from roundtable.domain.naming import (
    RULES,
    Output,
    name_with_affiliation,
    printed_affiliation,
    printed_name,
)
from roundtable.domain.records import AffiliationRecord, OrganisationRecord, PersonRecord
from roundtable.services.ics_export import event_calendar
from roundtable.wording import speaking
from tests.pdf.kind_exports import export_every_kind, pdf_text

NAME = "Ambassador Toyohisa Kozuki"
POSITION = "Japanese Ambassador to Russia, Embassy of Japan in Russia"
WITH_POSITION = f"{NAME} ({POSITION})"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

pytestmark = [needs_poppler, pytest.mark.slow]


@pytest.fixture(scope="module")
def exported(demo_database, tmp_path_factory):
    return export_every_kind(demo_database, tmp_path_factory.mktemp("naming"))


def kozuki() -> PersonRecord:
    return PersonRecord(
        given_name="Toyohisa",
        family_name="Kozuki",
        honorific="Ambassador",
        native_name="上月豊久",
        affiliations=[
            AffiliationRecord(
                OrganisationRecord("Embassy of Japan in Russia"), "Japanese Ambassador to Russia"
            ),
            AffiliationRecord(OrganisationRecord("Hokkaido University"), ""),
        ],
    )


# -- the rules themselves --------------------------------------------------------------------


def test_every_output_has_a_rule_and_the_rules_read_as_written():
    assert set(RULES) == set(Output)
    person = kozuki()
    for output in Output:
        expected = "Toyohisa Kozuki" if output in (Output.LOG, Output.SIGN_IN) else NAME
        assert printed_name(person, output) == expected, output
    assert printed_name(person, Output.CARD, honorific=False) == "Toyohisa Kozuki"
    assert printed_affiliation(person, Output.CARD) == "Embassy of Japan in Russia"
    assert printed_affiliation(person, Output.CHART) == ""
    assert printed_affiliation(person, Output.LOG) == ""
    both = f"{POSITION} / Hokkaido University"
    for output in (Output.AGENDA, Output.SEAT_LIST, Output.BIOS, Output.CALENDAR):
        assert printed_affiliation(person, output) == both, output
    assert name_with_affiliation(person, Output.CALENDAR) == f"{NAME} ({both})"
    assert (
        printed_affiliation(person, Output.SIGN_IN)
        == "Embassy of Japan in Russia / Hokkaido University"
    )


def test_the_patronymic_where_russian_practice_writes_it():
    person = PersonRecord(
        given_name="Андрей", patronymic="Вадимович", family_name="Кортунов", honorific="Д-р"
    )
    assert printed_name(person, Output.AGENDA) == "Д-р Андрей Вадимович Кортунов"
    assert printed_name(person, Output.CARD) == "Д-р Андрей Кортунов"
    latin = PersonRecord(given_name="Andrey", patronymic="Vadimovich", family_name="Kortunov")
    assert printed_name(latin, Output.BIOS) == "Andrey Kortunov"
    with speaking("ru"):
        assert printed_name(latin, Output.BIOS) == "Andrey Vadimovich Kortunov"
        assert printed_name(latin, Output.CALENDAR) == "Andrey Kortunov"  # read anywhere


def test_a_name_without_latin_letters_falls_back_to_the_own_script_one():
    person = PersonRecord(native_name="上月豊久", name_order=NameOrder.FAMILY_FIRST)
    assert all(printed_name(person, output) == "上月豊久" for output in Output)


# -- each output -----------------------------------------------------------------------------


def test_agenda(exported):
    _, pdfs = exported
    text = pdf_text(pdfs["agenda"])
    assert WITH_POSITION in text  # a speaker line
    assert f"{NAME} 上月豊久 — {POSITION}" in text  # the participants
    assert "Moscow time (MSK)" in text and "Europe/Moscow" not in text


def test_name_card(exported):
    _, pdfs = exported
    text = pdf_text(pdfs["namecards"])
    assert text.count(NAME) == 2  # both halves of the tent
    assert "Embassy of Japan in Russia" in text


def test_seating_chart(exported):
    _, pdfs = exported
    assert NAME in pdf_text(pdfs["seating"], 1, 1)  # the drawing: the name, no affiliation


def test_seat_list(exported):
    """Honorific, name, position and organisation; the table's narrow cells wrap them, and
    pdftotext reads a wrapped row across its columns, so the words are looked for in order."""
    _, pdfs = exported
    words = pdf_text(pdfs["seating"], 2).split()
    wanted = f"{NAME} {POSITION}".split()
    found = iter(words)
    assert all(word in found for word in wanted), words


def test_bios(exported):
    _, pdfs = exported
    text = pdf_text(pdfs["bios"])
    assert f"{NAME} 上月豊久 {POSITION}" in text


def test_log(exported):
    _, pdfs = exported
    text = pdf_text(pdfs["log"])
    assert "People: Toyohisa Kozuki" in text  # a working record: names kept short
    assert "Toyohisa Kozuki spoke" in text  # the timer's entries
    assert "People: Ambassador" not in text
    assert "moderator’s" in text or "moderator's" not in text  # typographic apostrophes
    assert "Moscow time (MSK)" in text


def test_calendar(exported):
    event, _ = exported
    calendar = Calendar.from_ical(event_calendar(event))
    descriptions = " ".join(str(v["description"]) for v in calendar.walk("VEVENT"))
    assert f"Speakers: {WITH_POSITION} (15 min)" in descriptions
