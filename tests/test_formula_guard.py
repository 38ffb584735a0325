"""The formula guard of every CSV and XLSX the app writes (OWASP's CSV-injection advice): what a
spreadsheet could run gets a quote, whatever it hides behind, and the import takes it off."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.services.participant_export import csv_bytes, export_participants, guard_cell
from roundtable.services.table_read import read_table

# Each hides a formula from a check that looks only at the first character.
HIDDEN = {
    "space": ' =HYPERLINK("http://x")',
    "no-break space": "\u00a0=1+1",
    "ideographic space": "\u3000=1+1",
    "tab then =": "\t=1+1",
    "line feed": "\n=1+1",
    "carriage return": "\r=1+1",
    "right-to-left override": "\u202e=1+1",
    "zero-width space": "\u200b=1+1",
    "byte order mark": "\ufeff=1+1",
    "full-width equals": "＝1+1",
    "full-width plus": "＋1",
    "full-width minus": "－1",
    "full-width at": "＠SUM(A1)",
    "small equals": "\ufe66 1",
    "spaces then full-width": "  \u00a0＝cmd|' /C calc'!A0",
}
PLAIN = ["=1+1", "+44 20 7946 0018", "-x@example.org", "@Dr", "\tx", "\rx", "\x00x"]
SAFE = ["Zoë", "a=b", "上月豊久", " Zoë", "\u00a0Ann", "'quoted", "", "   ", "5 + 5"]


@pytest.mark.parametrize("text", list(HIDDEN.values()) + PLAIN, ids=list(HIDDEN) + PLAIN)
def test_every_way_a_formula_can_start_is_guarded(text):
    from roundtable.services.formula_guard import needs_guard, unguard_cell

    assert guard_cell(text) == "'" + text  # the text itself is kept
    assert needs_guard(text) and unguard_cell(guard_cell(text)) == text


@pytest.mark.parametrize("text", SAFE)
def test_plain_text_is_left_alone(text):
    from roundtable.services.formula_guard import unguard_cell

    assert guard_cell(text) == text and unguard_cell(text) == text


def test_a_text_that_starts_with_a_quote_survives_the_round_trip():
    from roundtable.services.formula_guard import unguard_cell

    for text in ("'=1+1", "''=x", "'@"):
        assert unguard_cell(guard_cell(text)) == text


def event_with(*names: str) -> EventRecord:
    event = EventRecord("Guarded", date(2018, 3, 1), date(2018, 3, 1))
    for index, name in enumerate(names):
        person = PersonRecord(given_name=name, family_name=f"Family {index}", bio=name)
        event.participants.append(ParticipationRecord(person, precedence=index + 1))
    return event


def test_the_participants_csv_guards_each_variant_and_quotes_every_field():
    event = event_with(*HIDDEN.values())
    data = csv_bytes(event)
    text = data.decode("utf-8-sig")
    assert text.startswith('"Honorific","Given name"')  # every field quoted: OWASP
    rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    for row, hidden in zip(rows, HIDDEN.values(), strict=True):
        assert row[1] == "'" + hidden and row[13] == "'" + hidden


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_guarded_exports_import_back_as_typed(tmp_path, suffix):
    names = [text.strip() for text in HIDDEN.values()]
    path = tmp_path / f"out{suffix}"
    export_participants(event_with(*names), path)
    table = read_table(path)
    given = table.headers.index("Given name")
    # as typed, less what every import drops: outer spaces, and a stray byte-order mark
    assert [row[given] for row in table.rows] == [n.replace("\ufeff", "") for n in names]


def test_the_xlsx_keeps_text_and_marks_formula_like_cells_with_excels_quote_prefix(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    export_participants(event_with("＝1+1", "Zoë"), path)
    sheet = load_workbook(path).active
    guarded, plain = sheet["B2"], sheet["B3"]
    assert (guarded.value, guarded.data_type, guarded.quotePrefix) == ("＝1+1", "s", True)
    assert (plain.value, plain.quotePrefix) == ("Zoë", False)


def test_the_log_csv_uses_the_same_guard():
    from datetime import UTC, datetime

    from roundtable.domain.enums import LogCategory
    from roundtable.domain.log import EventLog, LogEntryRecord
    from roundtable.services.log_export import log_csv

    entry = LogEntryRecord(datetime(2018, 3, 1, 9, tzinfo=UTC), "\u00a0=1+1", LogCategory.NOTE,
                           author="＠bob")  # fmt: skip
    data = log_csv(event_with(), EventLog([entry], []))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1][5] == "'\u00a0=1+1" and rows[1][8] == "'＠bob"
    assert data.decode("utf-8-sig").startswith('"Kind",')
