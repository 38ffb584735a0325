"""The agenda PDF: times, titles and every speaker read back, fonts embedded, exact page sizes,
an item longer than a page, an event with no agenda, escaping, and cancelling. The demo PDFs
are made once per module, to keep the suite fast."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import AgendaItemKind, Attendance, ParticipantRole
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
)
from roundtable.errors import UserError
from roundtable.pdf.agenda import export_agenda
from roundtable.services.demo import load_demo
from roundtable.services.names import full_name
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
