"""The moderator's brief (pdf.brief, services.run_sheet): the run sheet's times, turns, cues
and introductions, bios cut to two lines at a sentence, the pronunciation printed, the seating
in miniature, fonts embedded, and an event with nothing yet still giving a sensible brief."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import Attribution, ParticipantRole, TableShape
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.pdf.brief import _Styles, brief_plans, export_brief, sentences, short_bio
from roundtable.pdf.kinds import kind_named
from roundtable.services.run_sheet import introductions, run_sheet, shares

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)

LONG_BIO = (
    "Toyohisa Kozuki is Japan's Ambassador to Russia. He served as Director-General of the "
    "European Affairs Bureau and as Minister at the Embassy in Washington, where he worked on "
    "the U.S. alliance for many years. Earlier he was posted to Moscow, London and Geneva, and "
    "taught international relations at the University of Tokyo."
)


def _person(pid: int, given: str, family: str, role: ParticipantRole, **kw) -> ParticipationRecord:
    return ParticipationRecord(PersonRecord(given, family, id=pid, **kw), role=role, id=pid,
                               precedence=pid)  # fmt: skip


def _event(**changes) -> EventRecord:
    people = [
        _person(1, "Edward", "Boyle", ParticipantRole.MODERATOR),
        _person(2, "Toyohisa", "Kozuki", ParticipantRole.OPENING_SPEAKER,
                pronunciation="toh-yoh-HEE-sah koh-ZOO-kee", bio=LONG_BIO),
        _person(3, "Andrey", "Kortunov", ParticipantRole.OPENING_SPEAKER),
        _person(4, "Eleni", "Papadaki", ParticipantRole.CHAIR),
        _person(5, "Yong-Chool", "Ha", ParticipantRole.PARTICIPANT),
    ]  # fmt: skip
    items = [
        AgendaItemRecord("Opening remarks", 30, anchor=time(9, 0), speakers=[
            AgendaSpeakerRecord(2, speaking_minutes=10), AgendaSpeakerRecord(3, 10)]),
        AgendaItemRecord("Panel", 40, chair_participation_id=4, speakers=[
            AgendaSpeakerRecord(5), AgendaSpeakerRecord(2), AgendaSpeakerRecord(4, 5),
            AgendaSpeakerRecord(3)]),
        AgendaItemRecord("Coffee", 4),
    ]  # fmt: skip
    day = DayRecord(date(2026, 3, 2), items=items)
    plan = SeatingPlanRecord(name="Round table", shape=TableShape.ROUND, seat_count=5,
                             head_seat=1, day_date=date(2026, 3, 2),
                             seats=[SeatRecord(n, participation_id=n)
                                    for n in range(1, 6)])  # fmt: skip
    event = EventRecord("Brief test", date(2026, 3, 2), date(2026, 3, 2), participants=people,
                        days=[day], seating_plans=[plan], timezone="Europe/Moscow",
                        attribution=Attribution.CHATHAM_HOUSE,
                        house_rules="No recording.\nPress at the opening only.")  # fmt: skip
    return replace(event, **changes)


# -- the run sheet ---------------------------------------------------------------------------


def test_turns_cues_and_introductions():
    sheet = run_sheet(_event())
    [day] = sheet.days
    opening, panel, coffee = day.items
    assert (opening.start, opening.end) == ("09:00", "09:30")
    # Two set turns leave ten minutes: open discussion closes the item.
    assert [(t.start, t.end, t.minutes, t.set_time) for t in opening.turns] == [
        ("09:00", "09:10", 10, True), ("09:10", "09:20", 10, True),
        ("09:20", "09:30", 10, False),
    ]  # fmt: skip
    assert opening.turns[-1].speaker is None
    assert [(c.kind, c.at) for c in opening.cues] == [("five", "09:25"), ("wrap", "09:28")]
    assert [(c.kind, c.at) for c in opening.turns[0].cues] == [("five", "09:05"), ("wrap", "09:08")]
    # The panel's 40 minutes: 5 set, the other 35 shared by three, the odd minutes first.
    assert [t.minutes for t in panel.turns] == [12, 12, 5, 11]
    assert [t.start for t in panel.turns] == ["09:30", "09:42", "09:54", "09:59"]
    assert [(c.kind, c.at) for c in panel.turns[2].cues] == [("wrap", "09:57")]
    assert coffee.cues[0].kind == "wrap" and coffee.cues[0].at == "10:13"
    # The chair introduces the panel (not herself); the moderator the opening.
    assert panel.introducer is not None and panel.introducer.person.family_name == "Papadaki"
    assert [p.person.family_name for p in introductions(panel)] == ["Ha", "Kozuki", "Kortunov"]
    assert opening.introducer is not None and opening.introducer.person.family_name == "Boyle"
    assert [p.person.family_name for p in sheet.speakers] == ["Kozuki", "Kortunov", "Ha",
                                                               "Papadaki"]  # fmt: skip


def test_without_a_moderator_the_chair_introduces_and_shares_never_go_negative():
    event = _event()
    event = replace(event, participants=[p for p in event.participants
                                         if p.role is not ParticipantRole.MODERATOR])  # fmt: skip
    introducer = run_sheet(event).days[0].items[0].introducer
    assert introducer is not None and introducer.person.family_name == "Papadaki"
    event = replace(event, participants=[p for p in event.participants
                                         if p.role is not ParticipantRole.CHAIR])  # fmt: skip
    assert run_sheet(event).days[0].items[0].introducer is None
    crowded = AgendaItemRecord("Over", 10, speakers=[AgendaSpeakerRecord(1, 15),
                                                       AgendaSpeakerRecord(2)])  # fmt: skip
    assert shares(crowded, 10) == [(15, True), (0, False)]


# -- bios ------------------------------------------------------------------------------------


def test_sentences_are_not_cut_after_abbreviations():
    assert sentences("Dr. Ha met U.S. officials. He left. Then 彼は来た。次に") == [
        "Dr. Ha met U.S. officials.", "He left.", "Then 彼は来た。", "次に",
    ]  # fmt: skip


def test_a_bio_is_cut_to_two_lines_at_a_sentence_or_a_word():
    bio_style = _Styles().bio
    cut = short_bio(LONG_BIO, bio_style, 400)
    assert cut == "Toyohisa Kozuki is Japan's Ambassador to Russia."
    wide = short_bio(LONG_BIO, bio_style, 700)
    assert wide.startswith(cut + " He served") and wide.endswith(".") and wide != LONG_BIO
    assert LONG_BIO.startswith(wide)  # whole sentences from the start
    one_long = "word " * 200
    words = short_bio(one_long, bio_style, 300)
    assert words.endswith("word…") and len(words) < len(one_long)
    assert short_bio("", bio_style, 300) == ""


# -- the document ----------------------------------------------------------------------------


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)  # fmt: skip
    return " ".join(out.stdout.decode("utf-8").split())


@needs_poppler
def test_the_brief_has_everything_in_order_and_embeds_its_fonts(tmp_path):
    path = tmp_path / "brief.pdf"
    assert export_brief(_event(), path, paper="letter") is True
    reader = PdfReader(path)
    assert reader.pages[0].mediabox.width == 612
    text = _text(path)
    order = ["Chatham House Rule", "No recording.", "Run sheet", "09:00–09:30",
             "Opening remarks", "Open discussion", "5 min left", "wrap up",
             "Who introduces whom", "Eleni Papadaki introduces Yong-Chool Ha",
             "Speakers", "toh-yoh-HEE-sah koh-ZOO-kee", "Japan's Ambassador to Russia.",
             "Seating", "Round table", "to read out", "Press at the opening only."]  # fmt: skip
    at = 0
    for word in order:  # each after the one before (the house rules are in the header too)
        found = text.find(word, at)
        assert found >= 0, word
        at = found + len(word)
    assert "University of Tokyo" not in text  # the bio kept to two lines
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]  # fmt: skip
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert not any("Helvetica" in line for line in fonts)


@needs_poppler
def test_an_event_with_nothing_yet_says_what_is_missing(tmp_path):
    bare = EventRecord("Empty", date(2026, 3, 2), date(2026, 3, 2))
    path = tmp_path / "empty.pdf"
    assert export_brief(bare, path) is True
    text = _text(path)
    for words in ("On the record", "No house rules set", "No agenda yet",
                  "No speakers and no participants yet", "No seating plan yet"):  # fmt: skip
        assert words in text, words
    people_only = replace(_event(), days=[], seating_plans=[])
    export_brief(people_only, path)
    text = _text(path)
    assert "No speakers on the agenda yet: the participants instead." in text
    assert "No bio on file." in text and "toh-yoh-HEE-sah" in text


def test_the_plans_of_the_first_day_else_the_first_plan():
    event = _event()
    other = replace(event.seating_plans[0], name="Dinner", day_date=date(2026, 3, 3))
    assert [p.name for p in brief_plans(replace(event, seating_plans=[other,
                                                                       *event.seating_plans]))] == [
        "Round table"
    ]  # fmt: skip
    assert [p.name for p in brief_plans(replace(event, seating_plans=[other]))] == ["Dinner"]


def test_the_kind_is_in_the_table(tmp_path):
    kind = kind_named("brief")
    assert kind is not None and kind.options().paper is None
    path = tmp_path / "kind.pdf"
    assert kind.export(_event(), str(path), kind.options(paper="a4"), None) is True
    assert round(PdfReader(path).pages[0].mediabox.width) == 595
