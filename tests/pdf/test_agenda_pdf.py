"""The agenda PDF: times, titles and every speaker read back, fonts embedded, exact page sizes,
the DC roundtable on one page on either paper, no heading ending a page, the participants left
out on request, the paper by the venue's country, an item longer than a page, an event with no
agenda, escaping, and cancelling. The demo PDFs are made once per module, to keep the suite
fast."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import AgendaItemKind, Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
)
from roundtable.errors import UserError
from roundtable.pdf import agenda
from roundtable.pdf.agenda import export_agenda
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)
DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TRILATERAL = "us-japan-russia-trilateral-round-2-2017"
LONG = "\n\n".join(
    ["The delegations discuss the security of North-East Asia and cooperation. " * 40] * 6
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())


def embedded(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [row.split()[-5] for row in out.stdout.splitlines()[2:]]


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> dict[str, EventRecord]:
    """The DC roundtable with its agenda (10:30–12:00) and a two-day Trilateral agenda."""
    folder = tmp_path_factory.mktemp("agenda-db")
    store = Store.open(str(folder / "demo.sqlite3"), daily_backup=False)
    try:
        load_demo(store)
        ids = {summary.slug: summary.id for summary in store.list_events()}
        dc = store.get_event(ids[DC])
        host = next(p for p in dc.participants if p.role is ParticipantRole.HOST)
        moderator = next(p for p in dc.participants if p.role is ParticipantRole.MODERATOR)
        panel = [p for p in dc.participants if p.role is ParticipantRole.PARTICIPANT]
        dc.days[0].items = [
            AgendaItemRecord(
                "Opening remarks",
                10,
                AgendaItemKind.OPENING_REMARKS,
                speakers=[AgendaSpeakerRecord(host.id)],
            ),
            AgendaItemRecord(
                "Roundtable discussion",
                60,
                AgendaItemKind.ROUNDTABLE_DISCUSSION,
                chair_participation_id=moderator.id,
                speakers=[AgendaSpeakerRecord(p.id, 8) for p in panel],
            ),
            AgendaItemRecord("Q&A", 20, AgendaItemKind.QA),
        ]
        dc = store.save_event(dc)

        tri = store.get_event(ids[TRILATERAL])
        speakers = [AgendaSpeakerRecord(p.id, 5) for p in tri.participants]
        tri.days[0].slot_start = time(9, 30)
        tri.days[0].items = [
            AgendaItemRecord("Welcome", 15, AgendaItemKind.OPENING_REMARKS, speakers=speakers),
            AgendaItemRecord("Session I: Russia-Japan relations", 90, description=LONG),
            AgendaItemRecord("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 30)),
        ]
        tri.days[1].items = [
            AgendaItemRecord("Session II: the Korean Peninsula", 120),
            AgendaItemRecord("Dinner", 120, AgendaItemKind.OTHER, anchor=time(23, 0)),
        ]
        tri = store.save_event(tri)
        return {DC: store.get_event(dc.id), TRILATERAL: store.get_event(tri.id)}
    finally:
        store.close()


@pytest.fixture(scope="module")
def pdfs(events, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("agenda")
    made = {
        "dc-a4": (events[DC], "a4"),
        "dc-letter": (events[DC], "letter"),
        "tri": (events[TRILATERAL], "a4"),
        "tri-letter": (events[TRILATERAL], "letter"),
    }
    paths = {}
    for key, (event, paper) in made.items():
        paths[key] = folder / f"{key}.pdf"
        assert export_agenda(event, paths[key], paper=paper) is True
    return paths


@needs_poppler
def test_dc_agenda_times_titles_speakers_and_names(events, pdfs):
    text = pdf_text(pdfs["dc-a4"])
    for clock in ("10:30–10:40", "10:40–11:40", "11:40–12:00"):
        assert clock in text
    for title in ("Opening remarks", "Roundtable discussion", "Q&A"):
        assert title in text
    assert "Yong-Chool Ha (University of Washington) · 8 min" in text
    assert "Chair: Edward Boyle (Kyushu University)" in text
    for p in events[DC].participants:
        if p.attendance is not Attendance.DECLINED:
            assert full_name(p.person) in text
            assert p.person.native_name in text  # 하용출, 岩下明裕, Сергей Голунов
    assert "하용출" in text
    assert "Monday 26 February 2018" in text
    assert "Participants" in text
    assert "Page 1 of" in text


@needs_poppler
def test_every_font_is_embedded(pdfs):
    for path in pdfs.values():
        fonts = embedded(path)
        assert fonts and all(flag == "yes" for flag in fonts), path.name


def test_exact_paper_sizes(pdfs):
    for key, size in (("dc-a4", A4), ("dc-letter", LETTER)):
        for page in PdfReader(str(pdfs[key])).pages:
            box = page.mediabox
            assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


@needs_poppler
def test_item_longer_than_a_page_splits_across_pages(events, pdfs):
    assert page_count(pdfs["tri"]) > 2
    text = pdf_text(pdfs["tri"])
    assert "Wednesday 15 March 2017" in text and "Thursday 16 March 2017" in text
    assert "09:30–09:45" in text and "12:30–13:30" in text
    assert "23:00–01:00 (+1 day)" in text
    assert "Session II: the Korean Peninsula" in text
    assert "Андрей Кортунов" in text and "上月豊久" in text


@needs_poppler
def test_event_without_agenda_or_people_still_renders(tmp_path):
    bare = EventRecord(
        title="Planning <i>meeting</i>", start_date=date(2024, 5, 2), end_date=date(2024, 5, 2)
    )
    path = tmp_path / "bare.pdf"
    assert export_agenda(bare, path)
    assert "No agenda days yet." in pdf_text(path)
    bare.days = [DayRecord(date(2024, 5, 2), title="Getting started")]
    assert export_agenda(bare, path)
    text = pdf_text(path)
    assert "Getting started" in text and "No agenda items yet." in text


@needs_poppler
def test_markup_in_user_text_prints_literally(tmp_path):
    event = EventRecord(
        title="AT&T <b>Corp", start_date=date(2024, 5, 2), end_date=date(2024, 5, 2)
    )
    event.days = [
        DayRecord(
            date(2024, 5, 2),
            items=[
                AgendaItemRecord('<b>Bold</b> & <img src="/etc/passwd"/>', 30, description="a < b")
            ],
        )
    ]
    path = tmp_path / "escaped.pdf"
    assert export_agenda(event, path)
    text = pdf_text(path)
    assert '<b>Bold</b> & <img src="/etc/passwd"/>' in text
    assert "AT&T <b>Corp" in text and "a<b" in text.replace(" ", "")


def test_cancel_leaves_no_file_and_bad_paper_raises(events, tmp_path):
    path = tmp_path / "cancelled.pdf"
    assert export_agenda(events[DC], path, progress=lambda done, total: False) is False
    assert not path.exists()
    seen: list[tuple[int, int]] = []
    assert export_agenda(events[DC], path, progress=lambda d, t: seen.append((d, t)) and None)
    assert seen[-1] == (2, 2)
    with pytest.raises(UserError):
        export_agenda(events[DC], tmp_path / "x.pdf", paper="a5")


# -- one page, and no heading ending one -----------------------------------------------------


def page_lines(path: Path) -> list[list[str]]:
    """Each page's lines as ``pdftotext -layout`` reads them (spaces squeezed), no footer."""
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")  # fmt: skip
    pages = []
    for page in out.split("\f"):
        lines = [" ".join(unicodedata.normalize("NFC", line).split()) for line in page.splitlines()]
        lines = [line for line in lines if line]
        if lines and re.search(r"Page \d+ of \d+$", lines[-1]):
            lines.pop()
        if lines:
            pages.append(lines)
    return pages


def test_the_dc_agenda_is_one_page_on_a4_and_on_letter(pdfs):
    assert page_count(pdfs["dc-a4"]) == 1
    assert page_count(pdfs["dc-letter"]) == 1


@needs_poppler
def test_the_participants_are_one_line_each_with_their_role_beside_them(pdfs):
    (lines,) = page_lines(pdfs["dc-letter"])
    at = lines.index("Participants")
    assert lines[at + 1] == "HOST Guadalupe Correa Cabrera — George Mason University"
    assert lines[at + 2] == "MODERATOR Edward Boyle — Kyushu University"
    assert lines[at + 3].startswith("PARTICIPANTS / Yong-Chool Ha 하용출 — University of Wash")
    assert lines[-1] == "Serghei Golunov Сергей Голунов — Kyushu University"


@needs_poppler
def test_the_trilateral_agenda_still_renders_on_both_papers(pdfs):
    for key in ("tri", "tri-letter"):
        pages = page_lines(pdfs[key])
        text = " ".join(" ".join(page) for page in pages)
        assert "Session II: the Korean Peninsula" in text and "Participants" in text
        assert "上月豊久" in text and "Андрей Кортунов" in text
        assert len(pages) > 2
        assert all(flag == "yes" for flag in embedded(pdfs[key]))


FILLER = "Supercalifragilisticexpialidociously-long-word"  # one per line in the session column


def sweep_event(dc: EventRecord, lines: int, second_day: bool = True) -> EventRecord:
    """The DC roundtable (its Q&A chaired, so every item has a row after its title), a
    second day, and a first item whose description is ``lines`` lines long: as ``lines``
    grows, the page break passes every heading after it."""
    event = copy.deepcopy(dc)
    roles = {role: [p.id for p in event.participants if p.role is role] for role in ParticipantRole}
    (host,), (moderator,) = roles[ParticipantRole.HOST], roles[ParticipantRole.MODERATOR]
    panel = roles[ParticipantRole.PARTICIPANT]
    day = event.days[0]
    day.items[-1].chair_participation_id = moderator
    filler = " ".join([FILLER] * lines)
    day.items.insert(0, AgendaItemRecord("Arrival", 10, AgendaItemKind.OTHER, description=filler))
    if not second_day:
        return event
    event.days.append(
        DayRecord(
            date(2018, 2, 27),
            title="The second morning",
            items=[
                AgendaItemRecord(
                    "Second session",
                    60,
                    description="What comes next. " * 30,
                    speakers=[AgendaSpeakerRecord(i, 5) for i in panel],
                ),
                AgendaItemRecord(
                    "Closing",
                    10,
                    AgendaItemKind.CLOSING,
                    chair_participation_id=moderator,
                    speakers=[AgendaSpeakerRecord(host)],
                ),
            ],
        )  # fmt: skip
    )
    return event


def ends_on_a_heading(line: str) -> bool:
    """A line that must never be a page's last: a day's heading or topic, the programme's
    column heads, the participants' heading, an item's kind or title (the line that starts
    with its times), "Speakers:"."""
    headings = {"Monday 26 February 2018", "Tuesday 27 February 2018", "The second morning",
                "TIME SESSION", "Participants", "Speaker:", "Speakers:", "ROUNDTABLE DISCUSSION",
                "CLOSING", "Second session", "Closing"}  # fmt: skip
    return line in headings or re.match(r"\d\d:\d\d–\d\d:\d\d", line) is not None


@pytest.mark.slow  # 44 agendas and pdftotext for each, on each paper: seconds
@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_page_ends_on_a_heading(events, tmp_path, paper):
    """Every position of the page break after the filler: the last line of each page but the
    last is never a heading (the item titles start with their times in the first column)."""
    starts = set()
    for lines in range(0, 44):
        path = tmp_path / f"sweep-{lines}.pdf"
        assert export_agenda(sweep_event(events[DC], lines), path, paper=paper)
        pages = page_lines(path)
        for page in pages[:-1]:
            assert not ends_on_a_heading(page[-1]), (lines, page[-3:])
        starts |= {page[0].split(" ")[0] for page in pages[1:]}
        # nor does a page start with the last participant alone
        assert not any(page[0].startswith("Serghei Golunov") for page in pages[1:]), lines
    # The break fell before the second day, inside a table, before the participants and
    # inside their list: each heading was met at the foot of a page.
    assert {"Tuesday", "TIME"} <= starts, starts
    assert starts & {"Participants", "MODERATOR", "PARTICIPANTS", "Akihiro", "Paul"}, starts


def test_headings_inside_items_keep_their_first_row(events):
    """A long item may split, but its title only with its first piece of text and
    "Speakers:" only with its first speaker; a short one is kept whole."""
    dc = events[DC]
    people = {p.id: p for p in dc.participants}
    timed = agenda.schedule_day(dc.days[0], dc.timezone, default_start=time(10, 30)).items
    styles = agenda._Styles()
    short = agenda._cell(timed[1], people, styles)
    assert agenda._keep_rows(short, 5, 380) == [("NOSPLIT", (0, 5), (-1, 5 + len(short) - 1))]
    long_item = copy.deepcopy(timed[1])
    long_item.item.description = LONG
    rows = agenda._cell(long_item, people, styles)
    kept = agenda._keep_rows(rows, 1, 380)
    speakers = next(n for n, row in enumerate(rows) if row.heading and n > 0)
    assert kept == [
        ("NOSPLIT", (0, 1), (-1, 2)),
        ("NOSPLIT", (0, 1 + speakers), (-1, 2 + speakers)),
    ]


def test_a_page_and_a_bit_is_set_again_tighter(events, tmp_path, monkeypatch):
    """An agenda that spills a few lines onto a second page comes out on one, with less space
    between its parts; one that needs two pages keeps the usual spacing."""
    made, loose = {}, {}
    for lines in range(0, 12):
        path = tmp_path / f"tight-{lines}.pdf"
        export_agenda(sweep_event(events[DC], lines, second_day=False), path, paper="letter")
        made[lines] = page_count(path)
    styles = agenda._Styles
    monkeypatch.setattr(agenda, "_Styles", lambda tight=False: styles(False))
    for lines in range(0, 12):
        path = tmp_path / f"loose-{lines}.pdf"
        export_agenda(sweep_event(events[DC], lines, second_day=False), path, paper="letter")
        loose[lines] = page_count(path)
    rescued = [n for n in made if made[n] < loose[n]]
    assert rescued, (made, loose)
    assert all(made[n] <= loose[n] for n in made)


@needs_poppler
def test_participants_can_be_left_out(events, tmp_path):
    path = tmp_path / "programme.pdf"
    assert export_agenda(events[DC], path, paper="letter", participants=False)
    text = pdf_text(path)
    assert "Participants" not in text and "하용출" not in text  # native names are in the list
    assert "Yong-Chool Ha (University of Washington) · 8 min" in text  # speakers remain
    assert "HOST Guadalupe Correa Cabrera" in text  # so do host and moderator, in the header


def test_paper_follows_the_venue_country_unless_given(events, tmp_path):
    for event, size in ((events[DC], LETTER), (events[TRILATERAL], A4)):
        path = tmp_path / "default.pdf"
        assert export_agenda(event, path)
        box = PdfReader(str(path)).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)
    assert export_agenda(events[DC], tmp_path / "a4.pdf", paper="a4")
    box = PdfReader(str(tmp_path / "a4.pdf")).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
