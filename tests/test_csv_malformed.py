"""A CSV whose quotes are wrong, or which is not text at all, is reported line by line and
imports nothing; a quote that only wraps a line break inside a cell is still read as it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_cli

from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.services.column_mapping import guess_mapping
from roundtable.services.participant_import import plan_import, report_lines
from roundtable.services.table_read import read_table

HEADER = "Given name,Family name,Email\n"
UNCLOSED = HEADER + '"Ann,Lee,ann@x.org\nBob,Ray,bob@x.org\n'  # the file


def write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def plan_of(path: Path):
    table = read_table(path)
    event = EventRecord("x", date(2020, 1, 1), date(2020, 1, 1))
    return plan_import(table, guess_mapping(table.headers), event, [], [])


def test_an_unclosed_quote_is_a_problem_of_its_line_not_one_merged_person(tmp_path):
    plan = plan_of(write(tmp_path, UNCLOSED))
    assert not plan.ok
    assert [r.problems for r in plan.rows] == [
        [
            "an opening quote is never closed, so lines 2–3 were read as one cell; close "
            'the quote, or write a quote inside a cell as two ("")'
        ]
    ]
    assert "line 2: an opening quote is never closed" in "\n".join(report_lines(plan))


def test_an_unclosed_quote_on_the_last_line(tmp_path):
    plan = plan_of(write(tmp_path, HEADER + "Ann,Lee,ann@x.org\n" + '"Bob,Ray,bob@x.org\n'))
    assert [r.problems for r in plan.rows][0] == []
    assert plan.rows[1].problems[0].startswith("an opening quote is never closed")


def test_a_quote_that_swallows_rows_until_a_later_quote(tmp_path):
    text = HEADER + '"Ann,Lee,ann@x.org\nBob,Ray,bob@x.org\nCyd,Fox,"cyd@x.org\nDee,Kay,d@x.org\n'
    plan = plan_of(write(tmp_path, text))
    first = plan.rows[0]
    assert first.line == 2 and first.problems == [
        "a quote opened on line 2 closes only on line 4, so lines 2–4 were read as one row "
        "of 1 cell where the header has 3; check the quotes"
    ]
    assert plan.rows[1].line == 5 and plan.rows[1].problems == []
    assert not plan.ok


def test_text_after_a_closing_quote(tmp_path):
    plan = plan_of(write(tmp_path, HEADER + '"Ann" Marie,Lee,ann@x.org\n'))
    assert plan.rows[0].problems[0].startswith("text follows the closing quote of a cell")


def test_a_malformed_header_line_is_named(tmp_path):
    with pytest.raises(UserError, match=r"list\.csv: line 1: an opening quote is never closed"):
        read_table(write(tmp_path, '"Given name,Family name\nAnn,Lee\n'))


def test_line_breaks_inside_quoted_cells_still_read(tmp_path):
    text = HEADER + '"Ann\nMarie",Lee,ann@x.org\nBob,"Ray, ""Jr""",bob@x.org\n'
    plan = plan_of(write(tmp_path, text))
    assert plan.ok, report_lines(plan)
    assert [r.person.given_name for r in plan.rows] == ["Ann Marie", "Bob"]
    assert [r.line for r in plan.rows] == [2, 4]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Name,Email\nAnn,a@x.org\n" + b"\x00" * 10, r"not a text \(CSV\) file"),
        (b"Name\n" + bytes(range(1, 32)) * 40, r"not a text \(CSV\) file"),
        (b"Name\n" + b"A" * 70_000 + b"\nB\x00\n", "line 3 holds a NUL byte"),
    ],
    ids=["nul", "controls", "nul-past-the-start"],
)
def test_nul_bytes_and_binary_junk_are_refused(tmp_path, content, message):
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message) as error:
        read_table(path)
    assert "junk.csv" in str(error.value)


def test_a_stray_control_character_is_a_problem_of_its_row(tmp_path):
    plan = plan_of(write(tmp_path, HEADER + "Ann\x07,Lee,ann@x.org\nBob,Ray,bob@x.org\n"))
    assert plan.rows[0].problems == [
        "holds the control character U+0007, which is not text; remove it (the file may be damaged)"
    ]
    assert plan.rows[1].problems == [] and not plan.ok


def test_the_cli_imports_nothing_and_names_the_line(tmp_path):
    db = str(tmp_path / "db.sqlite3")
    assert run_cli("--db", db, "demo").returncode == 0
    before = run_cli("--db", db, "show", "1", "--json").stdout
    result = run_cli("--db", db, "import", "participants", "1", str(write(tmp_path, UNCLOSED)))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"roundtable: error: {tmp_path / 'list.csv'}: nothing was imported; fix the rows "
        "listed above"
    ]
    assert "line 2: an opening quote is never closed" in result.stdout
    assert run_cli("--db", db, "show", "1", "--json").stdout == before
