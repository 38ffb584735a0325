"""The event log PDF and the minutes PDF: each section read back in order, the planned-against-
actual numbers exactly as ``planned_vs_actual`` has them (table and chart), line breaks and
earlier texts kept, markup printed as typed, every font embedded and none Helvetica, exact
paper, sections left out on request, a stress log of 300 entries in many scripts, and cancel or
refusal leaving no file.

``stress_event`` and ``stress_log`` are also what ``tools/render_log_pdf.py`` renders.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan, NameOrder, ParticipantRole
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord, LogRevision
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.errors import UserError
from roundtable.pdf.fonts import missing_glyphs, reset_missing_glyphs, string_width
from roundtable.pdf.log_chart import PlanChart, two_lines
from roundtable.pdf.log_pdf import export_log_pdf, export_minutes_pdf
from roundtable.services.demo import load_demo
from roundtable.services.log_export import LogSections, plan_cells
from roundtable.services.planned_actual import minutes_text, planned_vs_actual
from roundtable.store.facade import Store
from tests.pdf.pdf_samples import mixed_script_event
from tests.pdf.test_namecards import embedded, needs_poppler, nfc

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
MARKUP = '<b>AT&T</b> & <img src="/etc/passwd"/> <font name="Helvetica">x</font>'
SECTION_TITLES = ("Minutes", "Journal", "Planned against actual", "Change history")

# People who write their names in their own script only (given, family, order, country).
OWN_SCRIPT = [
    ("Сергей", "Голунов", NameOrder.GIVEN_FIRST, "Russia"),
    ("明裕", "岩下", NameOrder.FAMILY_FIRST, "Japan"),
    ("용출", "하", NameOrder.FAMILY_FIRST, "Republic of Korea"),
    ("晓曦", "李", NameOrder.FAMILY_FIRST, "China"),
    ("Νίκος", "Παπαδόπουλος", NameOrder.GIVEN_FIRST, "Greece"),
]
ITEM_TITLES = [
    "Opening: welcome by the hosts",
    "Сессия I: Россия и Япония после визита в Токио",
    "セッションII：北東アジアの安全保障と協力の見通し",
    "Session III: <b>AT&T</b> & the economics of the Russian Far East, a very long title indeed",
    "한반도 문제와 3국 협력",
    "Lunch",
]


def pdf_text(path: Path, layout: bool = False) -> str:
    """The text pdftotext reads, NFC; white space folded unless ``layout`` (lines kept)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")  # fmt: skip
    return nfc(out) if layout else " ".join(nfc(out).split())


def sections_of(text: str) -> dict[str, str]:
    """The text of each section heading found, up to the next one (in the order printed)."""
    found = sorted((text.find(title), title) for title in SECTION_TITLES if title in text)
    ends = [start for start, _title in found[1:]] + [len(text)]
    return {title: text[start:end] for (start, title), end in zip(found, ends, strict=True)}


def page_sizes(path: Path) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(str(path)).pages}  # fmt: skip


# -- the stress log ----------------------------------------------------------------------------


def stress_event() -> EventRecord:
    """The mixed-script sample event with own-script-only people and three days of agenda
    whose titles are in five scripts, in Tokyo's time zone."""
    event = mixed_script_event()
    event.timezone = "Asia/Tokyo"
    japanese = "議事録の段落です。日本語の文章が正しく折り返されることを確認します。"
    event.summary = f"Minutes with {MARKUP} printed as typed.\nA second line.\n\n{japanese * 3}"
    for offset, (given, family, order, country) in enumerate(OWN_SCRIPT, start=50):
        person = PersonRecord(given_name=given, family_name=family, name_order=order,
                              country=country, id=offset)  # fmt: skip
        event.participants.append(ParticipationRecord(person=person,
                                  role=ParticipantRole.PARTICIPANT, id=offset))  # fmt: skip
    days = []
    for number in range(3):
        items = [
            AgendaItemRecord(
                title,
                20 + 15 * index,
                id=100 * (number + 1) + index,
                speakers=[AgendaSpeakerRecord(50 + index % 5, 10)],
            )  # fmt: skip
            for index, title in enumerate(ITEM_TITLES)
        ]
        days.append(DayRecord(date(2024, 3, 12) + timedelta(days=number),
                              slot_start=time(9, 30), items=items, id=number + 1))  # fmt: skip
    event.days = days
    return event


def stress_log(event: EventRecord) -> EventLog:
    """300 entries over three days: every category, people in every script, markup, an entry
    of 3,000 characters with line breaks, edited entries, and every item and turn timed."""
    people = [p.person.id for p in event.participants]
    items = [item for day in event.days for item in day.items]
    entries: list[LogEntryRecord] = []
    categories = [c for c in LogCategory if c is not LogCategory.TIMING]
    for day_index, day in enumerate(event.days):
        start = datetime.combine(day.day_date, time(0, 30), tzinfo=UTC)  # 09:30 in Tokyo
        clock = start
        for item in day.items:
            overrun = timedelta(minutes=(item.id % 7) - 2, seconds=(item.id * 13) % 60)
            ends = clock + timedelta(minutes=item.duration_minutes) + overrun
            entries.append(LogEntryRecord(at=clock, ends_at=ends, text=f"Timed {item.title}",
                           category=LogCategory.TIMING, span=LogSpan.ITEM,
                           agenda_item_id=item.id))  # fmt: skip
            turn = item.speakers[0].participation_id
            entries.append(LogEntryRecord(at=clock, ends_at=clock + timedelta(minutes=11),
                           text="Turn", category=LogCategory.TIMING, span=LogSpan.SPEAKER,
                           agenda_item_id=item.id, person_ids=[turn]))  # fmt: skip
            clock = ends
        for n in range(96):
            number = day_index * 96 + n
            entries.append(LogEntryRecord(
                at=start + timedelta(minutes=3 * n + 1),
                text=f"Entry #{number:03d}: " + ("Notes\nover two lines" if n % 3 else MARKUP),
                category=categories[n % len(categories)],
                author=("Мария Александрова", "上月豊久", "Jane Organiser")[n % 3],
                agenda_item_id=items[number % len(items)].id if n % 2 else None,
                person_ids=people[n % len(people): n % len(people) + 3] if n % 4 else [],
                revisions=[LogRevision(f"First draft of #{number:03d} <i>", start, "하용출")]
                if n % 10 == 0 else [],
            ))  # fmt: skip
    long_text = "\n".join(f"Line {k:02d}: " + "the delegations discussed cooperation " * 2
                          for k in range(1, 40))  # fmt: skip
    assert len(long_text) >= 3000
    entries.append(LogEntryRecord(at=datetime(2024, 3, 13, 2, 0, tzinfo=UTC), text=long_text,
                                  category=LogCategory.NOTE, author="Rapporteur"))  # fmt: skip
    changes = [
        ChangeRecord(datetime(2024, 2, 1, 9, 0, tzinfo=UTC) + timedelta(hours=h), author,
                     area, f"Added {MARKUP} as Participant; moved {h}")
        for h, (author, area) in enumerate([("Мария", ChangeArea.PARTICIPANTS),
                                            ("上月豊久", ChangeArea.AGENDA),
                                            ("Jane", ChangeArea.SEATING),
                                            ("하용출", ChangeArea.EVENT)] * 5)
    ]  # fmt: skip
    return EventLog(entries, changes)


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def round_2(tmp_path_factory) -> tuple[EventRecord, EventLog]:
    """The demo's second round with the log the demo gives it (timings, an edited entry) and
    a change, so every section has something."""
    folder = tmp_path_factory.mktemp("log-db")
    store = Store.open(str(folder / "demo.sqlite3"), daily_backup=False)
    try:
        store.author = "Jane Organiser"
        load_demo(store)
        event = store.get_event(store.resolve_event(ROUND_2))
        event.days[0].items[0].duration_minutes = 35
        event = store.save_event(event)
        return event, store.event_log(event.id)
    finally:
        store.close()


@pytest.fixture(scope="module")
def pdfs(round_2, tmp_path_factory) -> dict[str, Path]:
    event, log = round_2
    folder = tmp_path_factory.mktemp("log-pdf")
    stress = stress_event()
    made = {
        "a4": lambda p: export_log_pdf(event, log, p),
        "letter": lambda p: export_log_pdf(event, log, p, paper="letter"),
        "minutes": lambda p: export_minutes_pdf(event, p),
        "stress": lambda p: export_log_pdf(stress, stress_log(stress), p, paper="letter"),
    }
    paths = {}
    for key, make in made.items():
        paths[key] = folder / f"{key}.pdf"
        assert make(paths[key]) is True
    return paths


# -- the demo log ------------------------------------------------------------------------------


@needs_poppler
def test_every_section_in_order_with_what_it_holds(round_2, pdfs):
    event, log = round_2
    text = pdf_text(pdfs["a4"])
    parts = sections_of(text)
    assert list(parts) == list(SECTION_TITLES)
    head = text[: text.find("Minutes")]
    for fact in ("EVENT LOG", event.title, "Wed 15 – Thu 16 March 2017", "Moscow, Russia",
                 "Moscow time (MSK)"):  # fmt: skip
        assert fact in head, fact
    assert "The first day of meetings in Moscow" in parts["Minutes"]
    assert " ".join(event.summary.split()[-8:]) in parts["Minutes"]
    journal = parts["Journal"]
    assert journal.find("Wednesday 15 March 2017") < journal.find("Thursday 16 March 2017")
    for entry in log.entries:
        assert " ".join(entry.text.split()) in journal, entry.text
    edited = next(e for e in log.entries if e.revisions)
    assert f"Earlier text, replaced 15 Mar 2017 12:40 by {edited.revisions[0].replaced_by}: " \
           f"{edited.revisions[0].text}" in journal  # fmt: skip
    assert "People: Toyohisa Kozuki, Andrey Kortunov" in journal
    opening = event.days[0].items[0]
    timed = next(
        e for e in log.entries if e.span is LogSpan.ITEM and e.agenda_item_id == opening.id
    )
    zone = ZoneInfo(event.timezone)
    start, end = timed.at.astimezone(zone), timed.ends_at.astimezone(zone)
    length = minutes_text((timed.ends_at - timed.at).total_seconds() / 60)
    assert f"{start:%H:%M}–{end:%H:%M} TIMING · {length} {opening.title}" in journal
    assert "By: NCAFP rapporteur" in journal and "Edited" in journal
    history = parts["Change history"]
    assert "Jane Organiser" in history and "Agenda" in history
    assert "Page 1 of" in text


@needs_poppler
def test_planned_against_actual_numbers_are_the_reports(round_2, pdfs):
    event, log = round_2
    report = planned_vs_actual(event, log.entries)
    assert len(report.timed) >= 5
    section = sections_of(pdf_text(pdfs["a4"]))["Planned against actual"]
    for row in report.rows:
        cells = plan_cells(row)
        assert " ".join(cells[1:]) in section, cells  # the table's row, left to right
        if row.kind == "item" and row.actual_seconds is not None:  # the chart's bar label
            delta = minutes_text(row.delta_minutes, signed=True)
            assert f"{minutes_text(row.actual_minutes)} ({delta})" in section
    opening = report.items()[0]
    assert opening.planned_minutes == 35  # the agenda as changed, not as the demo had it
    assert " ".join(plan_cells(opening)[1:]).startswith("09:00 35:00 ")
    for legend in ("Planned", "Actual", "Over the plan", "Wed 15 March", "Thu 16 March"):
        assert legend in section


@needs_poppler
def test_fonts_embedded_none_helvetica_and_exact_paper(pdfs):
    for path in pdfs.values():
        fonts = embedded(path)
        assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
        assert not any("Helvetica" in name for name, _emb in fonts), fonts
        assert b"Helvetica" not in path.read_bytes()
    assert page_sizes(pdfs["a4"]) == {A4} and page_sizes(pdfs["minutes"]) == {A4}
    assert page_sizes(pdfs["letter"]) == {LETTER} == page_sizes(pdfs["stress"])


@needs_poppler
def test_minutes_alone(round_2, pdfs):
    event, _log = round_2
    text = pdf_text(pdfs["minutes"])
    assert text.startswith("MINUTES · U.S.-JAPAN-RUSSIA TRILATERAL · ROUND 2")
    assert "— Minutes" in text  # the footer
    text = re.sub(
        r" U\.S\.-Japan-Russia Trilateral: Second Round — Minutes Page \d+ of \d+", "", text
    )  # the footers, out of the paragraphs' way
    for block in event.summary.split("\n\n"):
        assert " ".join(block.split()) in text
    for absent in ("Journal", "Planned against actual", "Change history", "TIMING"):
        assert absent not in text


def test_minutes_without_a_summary_are_refused(round_2, tmp_path):
    event, _log = round_2
    out = tmp_path / "minutes.pdf"
    with pytest.raises(UserError, match="no minutes yet"):
        export_minutes_pdf(replace(event, summary="  \n"), out)
    assert list(tmp_path.iterdir()) == []


# -- sections --------------------------------------------------------------------------------


@needs_poppler
def test_sections_can_be_left_out(round_2, tmp_path):
    event, log = round_2
    cases = {
        "no-changes": (LogSections(changes=False), event, ["Minutes", "Journal",
                                                           "Planned against actual"]),
        "journal": (LogSections(False, True, False, False), event, ["Journal"]),
        "plan-changes": (LogSections(False, False, True, True), event,
                         ["Planned against actual", "Change history"]),
        "no-summary": (LogSections(), replace(event, summary=""), ["Journal",
                       "Planned against actual", "Change history"]),
    }  # fmt: skip
    for name, (sections, shown, expected) in cases.items():
        out = tmp_path / f"{name}.pdf"
        assert export_log_pdf(shown, log, out, sections=sections)
        assert list(sections_of(pdf_text(out))) == expected, name
    with pytest.raises(UserError, match="at least one part"):
        export_log_pdf(event, log, tmp_path / "none.pdf", sections=LogSections(*[False] * 4))
    assert not (tmp_path / "none.pdf").exists()


@needs_poppler
def test_an_empty_log_says_so(round_2, tmp_path):
    event, _log = round_2
    out = tmp_path / "empty.pdf"
    assert export_log_pdf(event, EventLog(), out)
    text = pdf_text(out)
    assert "Nothing has been written in the journal yet." in text
    assert "Nothing has been timed yet" in text and "No changes have been recorded." in text
    bare = replace(event, days=[])
    assert export_log_pdf(bare, EventLog(), out)
    assert "The agenda has no items" in pdf_text(out)


# -- text as typed ---------------------------------------------------------------------------


@needs_poppler
def test_markup_is_printed_literally_and_line_breaks_are_kept(round_2, tmp_path):
    event, log = round_2
    when = datetime(2017, 3, 15, 9, 0, tzinfo=UTC)
    extra = [
        LogEntryRecord(at=when, text=f"{MARKUP}\nshort line\nsecond line\n\nnew paragraph",
                       category=LogCategory.INCIDENT, author='<b>Bob</b> & "Al"',
                       revisions=[LogRevision("<i>old</i> & gone", when, "<u>Eve</u>")]),
    ]  # fmt: skip
    out = tmp_path / "markup.pdf"
    assert export_log_pdf(event, EventLog(log.entries + extra, log.changes), out)
    text = pdf_text(out)
    assert MARKUP in text and 'By: <b>Bob</b> & "Al"' in text
    assert "Earlier text, replaced 15 Mar 2017 12:00 by <u>Eve</u>: <i>old</i> & gone" in text
    lines = [line.strip() for line in pdf_text(out, layout=True).splitlines()]
    at = lines.index(MARKUP)
    assert lines[at + 1 : at + 4] == ["short line", "second line", "new paragraph"]
    assert not any("Helvetica" in name for name, _emb in embedded(out))


# -- the stress log --------------------------------------------------------------------------


@needs_poppler
def test_stress_log_every_entry_name_and_script(pdfs):
    event = stress_event()
    log = stress_log(event)
    text = pdf_text(pdfs["stress"])
    parts = sections_of(text)
    assert list(parts) == list(SECTION_TITLES)
    journal = parts["Journal"]
    for number in range(288):
        assert f"Entry #{number:03d}: " in journal, number
    assert journal.count(MARKUP) == 96
    long_entry = next(e for e in log.entries if e.text.startswith("Line 01"))
    assert " ".join(long_entry.text.split()) in journal  # all 3,000 characters, in order
    for name in ("Сергей Голунов", "岩下 明裕", "하 용출", "李 晓曦", "Νίκος Παπαδόπουλος",
                 "Мария Александрова", "上月豊久"):  # fmt: skip
        assert name in journal, name
    for title in ITEM_TITLES[1:3]:
        assert title in journal
    history = parts["Change history"]
    assert history.count(f"Added {MARKUP} as Participant") == 20
    report = planned_vs_actual(event, log.entries)
    plan = parts["Planned against actual"]
    assert len(report.timed) == 36
    for row in report.rows:
        assert " ".join(plan_cells(row)[1:]) in plan
    assert len(PdfReader(str(pdfs["stress"])).pages) > 15


def test_every_character_of_the_stress_log_has_a_glyph(tmp_path):
    reset_missing_glyphs()
    event = stress_event()
    assert export_log_pdf(event, stress_log(event), tmp_path / "stress.pdf")
    assert missing_glyphs() == Counter()


def test_chart_labels_fit_their_column():
    for title in ITEM_TITLES + ["x" * 300, "岩下明裕" * 40]:
        lines = two_lines(title, 120, 7.5)
        assert 1 <= len(lines) <= 2
        assert all(string_width(line, 7.5) <= 120 for line in lines)


def test_a_long_chart_splits_between_rows_at_one_scale():
    event = stress_event()
    report = planned_vs_actual(event, stress_log(event).entries)
    chart = PlanChart(report.items() * 4, 200)
    chart.wrap(400, 10_000)
    parts = chart.split(400, 300)
    assert len(parts) == 2
    assert all(part.scale_max == 200 for part in parts)
    assert len(parts[0].source) + len(parts[1].source) == 72
    assert parts[0].wrap(400, 300)[1] <= 300


# -- progress, cancel, refusals --------------------------------------------------------------


def test_progress_reaches_the_end_and_cancel_leaves_no_file(round_2, tmp_path):
    event, log = round_2
    seen: list[tuple[int, int]] = []
    out = tmp_path / "log.pdf"
    assert export_log_pdf(event, log, out, progress=lambda d, t: seen.append((d, t)))
    total = seen[-1][1]
    assert seen[-1] == (total, total) and total == 1 + 1 + 2 + 1 + 1  # header, minutes, 2 days…
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    before = out.read_bytes()
    assert export_log_pdf(event, log, out, progress=lambda d, t: d < 3) is False
    assert out.read_bytes() == before  # the old file is untouched
    stopped = tmp_path / "stopped.pdf"
    assert export_minutes_pdf(event, stopped, progress=lambda d, t: False) is False
    assert not stopped.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.pdf"]


def test_bad_paper_and_missing_folder_are_refused(round_2, tmp_path):
    event, log = round_2
    with pytest.raises(UserError, match="unknown paper size 'a5'"):
        export_log_pdf(event, log, tmp_path / "log.pdf", paper="a5")
    with pytest.raises(UserError, match="does not exist"):
        export_log_pdf(event, log, tmp_path / "missing" / "log.pdf")
    assert list(tmp_path.iterdir()) == []
