"""The log as CSV and Markdown: the Markdown exactly, for a small fixed log; the CSV read back
through Python's csv reader (BOM, formula guards, line breaks, every entry and change); both
deterministic; days in the event's time zone; the planned-against-actual numbers the report's;
sections left out on request; a bad suffix refused with nothing written."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time

import pytest

from roundtable.domain.enums import ChangeArea, LogCategory, LogSpan, NameOrder
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord, LogRevision
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
    VenueRecord,
)
from roundtable.errors import UserError
from roundtable.services.demo import load_demo
from roundtable.services.log_export import (
    CSV_COLUMNS,
    LogSections,
    export_log_text,
    journal_days,
    log_csv,
    log_format,
    log_markdown,
    md_escape,
    minutes_blocks,
    plan_cells,
)
from roundtable.services.planned_actual import planned_vs_actual

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


def at(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2017, 3, day, hour, minute, second, tzinfo=UTC)


def small_event() -> EventRecord:
    kortunov = PersonRecord(given_name="Andrey", family_name="Kortunov", id=11)
    iwashita = PersonRecord(given_name="明裕", family_name="岩下",
                            name_order=NameOrder.FAMILY_FIRST, id=12)  # fmt: skip
    return EventRecord(
        title="Round <b>Table</b> & *Friends*", start_date=date(2017, 3, 15),
        end_date=date(2017, 3, 16), start_time=time(9, 0), end_time=time(12, 0),
        timezone="Europe/Moscow", venue=VenueRecord(city="Moscow", country="Russia"),
        summary="Line one\nline two\n\nThe second day\n\nLast paragraph.",
        participants=[ParticipationRecord(person=kortunov, id=1),
                      ParticipationRecord(person=iwashita, id=2)],
        days=[DayRecord(date(2017, 3, 15), slot_start=time(9, 0), id=1, items=[
            AgendaItemRecord("Opening", 10, speakers=[AgendaSpeakerRecord(1, 5)], id=1),
            AgendaItemRecord("Discussion | Q&A", 20, id=2),
        ])],
    )  # fmt: skip


TYPED = "*not bold* <b>x</b> & y\n1. not a list\n- nor this\n\n# no heading"


def small_log() -> EventLog:
    return EventLog(
        entries=[
            LogEntryRecord(at=at(15, 6, 2), ends_at=at(15, 6, 14, 30), text="Opening timed",
                           category=LogCategory.TIMING, span=LogSpan.ITEM, agenda_item_id=1,
                           author="Timer"),
            LogEntryRecord(at=at(15, 6, 2), ends_at=at(15, 6, 8), text="Turn",
                           category=LogCategory.TIMING, span=LogSpan.SPEAKER, agenda_item_id=1,
                           person_ids=[11], author="Timer"),
            LogEntryRecord(at=at(15, 6, 5), text=TYPED,
                           category=LogCategory.DECISION, agenda_item_id=2,
                           person_ids=[11, 12, 99], author="Jane",
                           revisions=[LogRevision("first | try", at(15, 7, 0), "Jane")]),
            LogEntryRecord(at=at(15, 22, 30), text="=SUM(A1) after midnight",
                           category=LogCategory.ACTION_ITEM, author="@bob"),
        ],
        changes=[ChangeRecord(at(1, 10, 0), "Jane", ChangeArea.AGENDA, "Added item “Opening”")],
    )  # fmt: skip


EXPECTED_MARKDOWN = r"""# Round \<b\>Table\</b\> \& \*Friends\* — Event log

Wed 15 – Thu 16 March 2017, 09:00–12:00\
Moscow, Russia

Times are MSK, Europe/Moscow.

## Minutes

Line one\
line two

### The second day

Last paragraph.

## Journal

### Wednesday 15 March 2017

- **09:02–09:14** · Timing (12:30) · Item: Opening · By: Timer

  Opening timed

- **09:02–09:08** · Timing (6:00) · Item: Opening · People: Andrey Kortunov · By: Timer

  Turn

<DECISION>

  \*not bold\* \<b\>x\</b\> \& y\
  1\. not a list\
  \- nor this

  \# no heading

  Earlier texts:
  - Replaced 15 Mar 2017 10:00 by Jane: first \| try

### Thursday 16 March 2017

- **01:30** · Action item · By: @bob

  \=SUM(A1) after midnight

## Planned against actual

Lengths as on a clock: 12:30 is twelve and a half minutes; a positive difference ran over the plan.

### Wednesday 15 March 2017

| Item / speaker | Planned start | Planned | Actual start | Actual | Difference |
| --- | ---: | ---: | ---: | ---: | ---: |
| Opening | 09:00 | 10:00 | 09:02 | 12:30 | +2:30 |
| ↳ Andrey Kortunov | 09:00 | 5:00 | 09:02 | 6:00 | +1:00 |
| Discussion \| Q\&A | 09:10 | 20:00 | — | — | — |

## Change history

| When | Who | Area | What |
| --- | --- | --- | --- |
| 1 Mar 2017 13:00 | Jane | Agenda | Added item “Opening” |
""".replace(
    "<DECISION>",
    r"- **09:05** · Decision · Item: Discussion \| Q\&A · People: Andrey Kortunov, 岩下 明裕, "
    "someone no longer in the event · By: Jane · edited",
)


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture(scope="module")
def round_2(tmp_path_factory):
    from roundtable.store.facade import Store

    store = Store.open(str(tmp_path_factory.mktemp("log") / "demo.sqlite3"), daily_backup=False)
    try:
        load_demo(store)
        event = store.get_event(store.resolve_event(ROUND_2))
        return event, store.event_log(event.id)
    finally:
        store.close()


# -- Markdown --------------------------------------------------------------------------------


def test_markdown_of_a_small_log_exactly():
    assert log_markdown(small_event(), small_log()) == EXPECTED_MARKDOWN


def test_markdown_sections_can_be_left_out():
    text = log_markdown(small_event(), small_log(), LogSections(minutes=False, changes=False))
    assert "## Minutes" not in text and "## Change history" not in text
    assert "## Journal" in text and "## Planned against actual" in text
    only = log_markdown(small_event(), small_log(), LogSections(False, False, False, True))
    assert only.endswith("| 1 Mar 2017 13:00 | Jane | Agenda | Added item “Opening” |\n")
    assert "## Journal" not in only
    with pytest.raises(UserError, match="at least one part"):
        log_markdown(small_event(), small_log(), LogSections(False, False, False, False))


def test_markdown_of_an_empty_log_says_so():
    bare = small_event()
    bare.summary = ""
    text = log_markdown(bare, EventLog())
    assert "## Minutes" not in text
    assert "Nothing has been written in the journal yet." in text
    assert "Nothing has been timed yet" in text and "No changes have been recorded." in text
    bare.days = []
    assert "The agenda has no items" in log_markdown(bare, EventLog())


@pytest.mark.parametrize(
    ("typed", "escaped"),
    [
        ("<b>AT&T</b>", r"\<b\>AT\&T\</b\>"),
        ("*a* _b_ `c` [d](e) ~f~ |g|", r"\*a\* \_b\_ \`c\` \[d\](e) \~f\~ \|g\|"),
        ("# h\n## i", "\\# h\n\\## i"),
        ("- a\n+ b\n= c\n  - d", "\\- a\n\\+ b\n\\= c\n  \\- d"),
        ("12. twelve\n3) three\nin 1. the middle", "12\\. twelve\n3\\) three\nin 1. the middle"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_md_escape(typed, escaped):
    assert md_escape(typed) == escaped


def test_minutes_headings_are_short_lines_alone():
    blocks = minutes_blocks("Intro.\n\nDay one\n\nText.\n\nA line\nand another\n\nLast line")
    assert blocks == [(False, ["Intro."]), (True, ["Day one"]), (False, ["Text."]),
                      (False, ["A line", "and another"]), (False, ["Last line"])]  # fmt: skip


# -- CSV -------------------------------------------------------------------------------------


def test_csv_reads_back_with_guards_and_line_breaks():
    data = log_csv(small_event(), small_log())
    assert b"\r\n" in data and data.count(b"\r\n") == 6  # Excel's line ends; one per row
    rows = read_csv(data)
    assert tuple(rows[0]) == CSV_COLUMNS
    by_column = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert [r["Kind"] for r in by_column] == ["entry"] * 4 + ["change"]
    timed, turn, decision, late, change = by_column
    assert (timed["Date"], timed["Time"], timed["Ends"], timed["Duration"]) == (
        "2017-03-15", "09:02:00", "09:14:30", "12:30")  # fmt: skip
    assert timed["Time zone"] == "Europe/Moscow (UTC+03:00)"
    assert (turn["People"], turn["Agenda item"], turn["Duration"]) == (
        "Andrey Kortunov", "Opening", "6:00")  # fmt: skip
    assert decision["Text"] == small_log().entries[2].text  # line breaks, markup as typed
    assert decision["People"] == "Andrey Kortunov; 岩下 明裕; someone no longer in the event"
    assert decision["Agenda item"] == "Discussion | Q&A" and decision["Edited"] == "yes"
    assert decision["Earlier texts"] == "2017-03-15 10:00:00 Jane: first | try"
    assert decision["Category or area"] == "Decision"
    # Cells a spreadsheet would run as formulas are quoted; the date moved into Moscow time.
    assert (late["Date"], late["Time"]) == ("2017-03-16", "01:30:00")
    assert late["Text"] == "'=SUM(A1) after midnight" and late["Author"] == "'@bob"
    assert (change["Date"], change["Time"], change["Category or area"], change["Text"]) == (
        "2017-03-01", "13:00:00", "Agenda", "Added item “Opening”")  # fmt: skip
    assert log_csv(small_event(), small_log()) == data  # deterministic


def test_csv_sections():
    rows = read_csv(log_csv(small_event(), small_log(), LogSections(changes=False)))
    assert [r[0] for r in rows[1:]] == ["entry"] * 4
    rows = read_csv(log_csv(small_event(), small_log(), LogSections(journal=False)))
    assert [r[0] for r in rows[1:]] == ["change"]


def test_days_are_the_event_zones():
    days = journal_days(small_event(), small_log().entries)
    assert [(day, len(lines)) for day, lines in days] == [
        (date(2017, 3, 15), 3), (date(2017, 3, 16), 1),
    ]  # fmt: skip


# -- the demo log: the three exports agree with the report ------------------------------------


def _seconds(text: str) -> int:
    """ "12:30" or "1:38:00" (as ``minutes_text`` writes lengths) in seconds."""
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total


def test_csv_and_markdown_numbers_are_the_reports(round_2):
    event, log = round_2
    report = planned_vs_actual(event, log.entries)
    assert len(report.timed) >= 5
    rows = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in read_csv(log_csv(event, log))[1:]]
    assert len(rows) == len(log.entries) + len(log.changes)
    for row in report.timed:
        # The item's own timing rows have no people; a turn's name the speaker.
        spans = [r for r in rows if r["Category or area"] == "Timing"
                 and r["Agenda item"] == row.title
                 and r["People"] == (row.speaker if row.kind == "speaker" else "")]  # fmt: skip
        assert spans, row
        assert sum(_seconds(r["Duration"]) for r in spans) == row.actual_seconds
        first = min(spans, key=lambda r: (r["Date"], r["Time"]))
        assert first["Time"][:5] == f"{row.actual_start:%H:%M}"
    markdown = log_markdown(event, log)
    for row in report.rows:
        cells = plan_cells(row)
        if row.kind == "speaker":
            cells[0] = f"↳ {cells[0]}"
        assert "| " + " | ".join(cells) + " |" in markdown, cells


def test_files_by_suffix_and_a_bad_suffix_writes_nothing(tmp_path):
    event, log = small_event(), small_log()
    export_log_text(event, log, tmp_path / "log.md")
    assert (tmp_path / "log.md").read_text(encoding="utf-8") == EXPECTED_MARKDOWN
    export_log_text(event, log, tmp_path / "log.CSV", LogSections(journal=False))
    assert [r[0] for r in read_csv((tmp_path / "log.CSV").read_bytes())] == ["Kind", "change"]
    assert (log_format("a.pdf"), log_format("b.Markdown")) == ("pdf", "markdown")
    for name, message in (("log.txt", "as a .txt file"), ("log", "without a suffix"),
                          ("log.pdf", "roundtable.pdf.log_pdf")):  # fmt: skip
        with pytest.raises(UserError, match=message):
            export_log_text(event, log, tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.CSV", "log.md"]
