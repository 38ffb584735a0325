"""`roundtable export log` and `roundtable export minutes`, run as a user runs them: each format
by its suffix, each paper, the change history left out on request, and every bad input (unknown
event, unknown suffix, unwritable path, no minutes, bad paper) refused in one line, exit 1,
with nothing written."""

import csv
import io
import re
import shutil
import subprocess
import sys

import pytest
from cli_helpers import assert_clean_error, run_db
from pypdf import PdfReader

DC = "dc-policy-forum-russia-us-japan-alliance-2018"  # no minutes in the seed data
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_database):
    return shutil.copyfile(demo_database, tmp_path_factory.mktemp("log") / "events.sqlite3")


def sizes(path) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(str(path)).pages}  # fmt: skip


def text_of(path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_log_as_pdf_on_each_paper(demo_db, tmp_path, paper):
    out = tmp_path / "log.pdf"
    result = run_db(demo_db, "export", "log", ROUND_2, "-o", str(out), "--paper", paper)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(rf"Wrote {re.escape(str(out))}: \d+ journal entries, \d+ changes?\n",
                        result.stdout)  # fmt: skip
    assert sizes(out) == {SIZES[paper]}
    text = text_of(out)
    for heading in ("Minutes", "Journal", "Planned against actual", "Change history"):
        assert heading in text
    assert "Earlier text, replaced " in text  # the demo's edited entry keeps its first text


def test_the_log_as_csv_and_markdown(demo_db, tmp_path):
    csv_out, md_out = tmp_path / "log.csv", tmp_path / "log.md"
    for out in (csv_out, md_out):
        result = run_db(demo_db, "export", "log", ROUND_2, "-o", str(out))
        assert result.returncode == 0, result.stderr
    told = run_db(demo_db, "export", "log", ROUND_2, "-o", str(csv_out)).stdout
    entries = int(re.search(r": (\d+) journal entries", told).group(1))
    rows = list(csv.reader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Kind", "Date", "Time"]
    assert entries > 5 and sum(1 for r in rows[1:] if r[0] == "entry") == entries
    markdown = md_out.read_text(encoding="utf-8")
    assert markdown.startswith("# U.S.-Japan-Russia Trilateral: Second Round — Event log\n")
    assert "## Planned against actual" in markdown and "| Opening remarks | 09:00 |" in markdown


def test_no_changes_leaves_the_history_out(demo_db, tmp_path):
    for name in ("log.pdf", "log.md", "log.csv"):
        out = tmp_path / name
        result = run_db(demo_db, "export", "log", ROUND_2, "-o", str(out), "--no-changes")
        assert result.returncode == 0, result.stderr
        assert re.fullmatch(rf"Wrote {re.escape(str(out))}: \d+ journal entries\n", result.stdout)
    assert "Change history" not in text_of(tmp_path / "log.pdf")
    assert "## Change history" not in (tmp_path / "log.md").read_text(encoding="utf-8")
    assert b"\r\nchange," not in (tmp_path / "log.csv").read_bytes()


def test_the_minutes(demo_db, tmp_path):
    out = tmp_path / "minutes.pdf"
    result = run_db(demo_db, "export", "minutes", ROUND_2, "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    assert sizes(out) == {SIZES["letter"]}
    text = text_of(out)
    assert text.startswith("MINUTES") and "The first day of meetings in Moscow" in text
    assert "Journal" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "no-such-event", "-o", "{out}.pdf"], "no event with id or slug 'no-such-event'"),
        (["log", ROUND_2, "-o", "{out}.txt"],
         "cannot export the log as a .txt file; name the file .pdf, .csv or .md"),
        (["log", ROUND_2, "-o", "{out}"], "cannot export the log as a file without a suffix"),
        (["log", ROUND_2, "-o", "{out}.pdf", "--paper", "a5"],
         "unknown paper size 'a5'; use a4 or letter"),
        (["log", ROUND_2, "-o", "{out}.csv", "--paper", "A3"], "unknown paper size 'A3'"),
        (["minutes", DC, "-o", "{out}.pdf"],
         "this event has no minutes yet; write them on the Log tab's Minutes page"),
        (["minutes", ROUND_2, "-o", "{out}.md"], "the minutes are a PDF; name the file .pdf"),
        (["minutes", ROUND_2, "-o", "{out}.txt"], "the minutes are a PDF; name the file .pdf"),
        (["minutes", "no-such-event", "-o", "{out}.pdf"], "no event with id or slug"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_writes_nothing(demo_db, tmp_path, args, message):
    out = str(tmp_path / "out")
    result = run_db(demo_db, "export", *[a.replace("{out}", out) for a in args])
    assert_clean_error(result, message)
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["log.pdf", "log.csv", "log.md"])
def test_an_unwritable_output_is_one_line(demo_db, tmp_path, name):
    missing = tmp_path / "missing" / name
    result = run_db(demo_db, "export", "log", ROUND_2, "-o", str(missing))
    assert_clean_error(result, "does not exist")
    assert result.returncode == 1 and not missing.parent.exists()
    folder = tmp_path / f"taken-{name}"  # a name that is taken by a folder
    folder.mkdir()
    result = run_db(demo_db, "export", "log", ROUND_2, "-o", str(folder))
    assert_clean_error(result, "cannot write")
    assert result.returncode == 1 and folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"taken-{name}"]


def test_the_cli_does_not_load_qt(demo_db, tmp_path):
    code = ("import sys; from roundtable.cli import main; "
            f"main(['--db', {str(demo_db)!r}, 'export', 'log', {ROUND_2!r}, '-o', "
            f"{str(tmp_path / 'l.pdf')!r}]); "
            f"main(['--db', {str(demo_db)!r}, 'export', 'minutes', {ROUND_2!r}, '-o', "
            f"{str(tmp_path / 'm.pdf')!r}]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")
    assert (tmp_path / "l.pdf").exists() and (tmp_path / "m.pdf").exists()
