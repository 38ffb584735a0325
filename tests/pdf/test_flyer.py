"""The flyer PDF (pdf.flyer): one page whatever the description, what it says, the fonts, and
photos and logos only where they belong."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import OrganisationRole, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)
from roundtable.pdf.flyer import export_flyer, speakers
from roundtable.pdf.kinds import kind_named
from roundtable.pdf.text_fit import sentences

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)

DESCRIPTION = (
    "Relations between the three countries are at a turning point. The session asks what "
    "each side wants. It closes with questions from the floor."
)


def _png(colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (40, 50)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _event(description: str = DESCRIPTION, rsvp: str = "RSVP to events@example.org by 20 February"):
    kyushu = OrganisationRecord(id=7, name="Kyushu University", country="Japan")

    def person(pid: int, given: str, family: str, role: ParticipantRole, **kw):
        return ParticipationRecord(
            person=PersonRecord(id=pid, given_name=given, family_name=family,
                                affiliations=[AffiliationRecord(kyushu, "Professor")], **kw),
            role=role,
        )  # fmt: skip

    return EventRecord(
        title="Russia & the <Alliance>",
        programme="DC Policy Forum",
        series=SeriesRecord(name="Trilateral Dialogue"),
        round_number=2,
        start_date=date(2018, 2, 26),
        end_date=date(2018, 2, 26),
        start_time=time(10, 30),
        end_time=time(12, 0),
        timezone="America/New_York",
        venue=VenueRecord(
            name="USJI Office",
            street="2000 M Street",
            city="Washington DC",
            country="United States",
        ),  # fmt: skip
        description=description,
        rsvp=rsvp,
        organisations=[
            EventOrganisationRecord(
                role=OrganisationRole.HOST,
                organisation=OrganisationRecord(
                    id=1, name="U.S.-Japan Research Institute", has_logo=True
                ),
            ),
            EventOrganisationRecord(
                role=OrganisationRole.PARTNER,
                organisation=OrganisationRecord(id=2, name="Tokyo Foundation"),
            ),
        ],  # fmt: skip
        participants=[
            person(11, "Edward", "Boyle", ParticipantRole.MODERATOR),
            person(12, "Akihiro", "Iwashita", ParticipantRole.PARTICIPANT),
            person(13, "Staff", "Member", ParticipantRole.STAFF),
        ],
    )


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True)  # fmt: skip
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())


def _images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


def test_the_flyer_is_a_kind():
    kind = kind_named("flyer")
    assert kind is not None and kind.export is not None


def test_speakers_leave_out_staff_and_keep_the_order():
    assert [p.person.family_name for p in speakers(_event())] == ["Boyle", "Iwashita"]


def test_sentences_end_at_their_marks():
    assert sentences("One. Two? Three! Four") == ["One.", "Two?", "Three!", "Four"]
    # The brief's splitter, shared: "Mr." ends no sentence, and Japanese needs no space.
    assert sentences("Mr. Smith said “no.” Then left.") == ["Mr. Smith said “no.”", "Then left."]
    assert sentences("会議は東京で。二日間です。") == ["会議は東京で。", "二日間です。"]


@needs_poppler
def test_the_flyer_says_what_an_announcement_says(tmp_path):
    out = tmp_path / "flyer.pdf"
    assert export_flyer(_event(), out, photos={}, logos={}) is True
    text = _text(out)
    for expected in ("DC POLICY FORUM", "Trilateral Dialogue · Round 2", "Russia & the <Alliance>",
                     "26 February 2018", "10:30–12:00", "(EST)", "USJI Office", "2000 M Street",
                     "Edward Boyle", "Akihiro Iwashita", "Professor, Kyushu University",
                     "at a turning point", "U.S.-Japan Research Institute", "Tokyo Foundation",
                     "RSVP to events@example.org by 20 February"):  # fmt: skip
        assert expected in text, expected
    assert "Staff Member" not in text
    assert len(PdfReader(str(out)).pages) == 1
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)  # every font embedded
    assert "Helvetica" not in fonts.stdout


@needs_poppler
def test_a_very_long_description_is_trimmed_at_a_sentence_on_one_page(tmp_path):
    long_text = " ".join(
        f"Sentence number {i} talks about the alliance at length." for i in range(400)
    )
    out = tmp_path / "flyer.pdf"
    export_flyer(_event(description=long_text), out)
    assert len(PdfReader(str(out)).pages) == 1
    text = _text(out)
    assert "Sentence number 0 talks" in text and "number 399" not in text
    last = text.split("Sentence number ")[-1]
    assert last.split(" HOSTED BY")[0].rstrip().endswith("at length.")  # never mid-sentence
    assert "RSVP to events@example.org" in text  # the foot is always there


@needs_poppler
def test_a_page_of_many_speakers_is_still_one_page(tmp_path):
    event = _event()
    many = [
        ParticipationRecord(person=PersonRecord(id=100 + i, given_name="Name", family_name=f"N{i}"),
                            role=ParticipantRole.PARTICIPANT)
        for i in range(60)
    ]  # fmt: skip
    event.participants = many
    out = tmp_path / "flyer.pdf"
    export_flyer(event, out)
    assert len(PdfReader(str(out)).pages) == 1


def test_photos_only_when_every_speaker_has_one(tmp_path):
    out = tmp_path / "flyer.pdf"
    export_flyer(_event(rsvp=""), out, photos={11: _png()})
    assert _images(out) == 0
    export_flyer(_event(rsvp=""), out, photos={11: _png(), 12: _png((30, 120, 30))})
    assert _images(out) == 2


def test_logos_are_drawn_where_an_organisation_has_one(tmp_path):
    out = tmp_path / "flyer.pdf"
    export_flyer(_event(), out, logos={1: _png((0, 0, 200), (300, 100))})
    assert _images(out) == 1
    export_flyer(_event(), out, logos={1: b"not an image"})  # the name, no logo, no error
    assert _images(out) == 0


def test_the_paper_is_the_one_asked_for(tmp_path):
    out = tmp_path / "flyer.pdf"
    export_flyer(_event(), out, paper="letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
