"""`roundtable export seating`, run as a user runs it: both seed events, each paper, one plan
by name, and every bad input refused in one line with nothing written."""

import shutil
import subprocess

import pytest
from cli_helpers import assert_clean_error, run_db
from pypdf import PdfReader
from test_cli_namecards import pdf_text

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
ROUND_1 = "us-japan-russia-trilateral-round-1-2016"  # no seating plan in the seed data
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_database):
    return shutil.copyfile(demo_database, tmp_path_factory.mktemp("seating") / "events.sqlite3")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_both_seed_events_on_each_paper(demo_db, tmp_path, paper):
    for event, plan, names in (
        (DC, "Round table, Seminar Room",
         ["Edward Boyle", "Guadalupe Correa Cabrera", "Yong-Chool Ha", "하용출", "岩下明裕",
          "Сергей Голунов", "Paul J. Saunders", "Matthew Rojansky"]),
        (ROUND_2, "Round table, Moscow",
         ["Toyohisa Kozuki", "上月豊久", "Andrey Kortunov", "Андрей Кортунов",
          "NCAFP delegation"]),
    ):  # fmt: skip
        out = tmp_path / f"{event}-{paper}.pdf"
        result = run_db(demo_db, "export", "seating", event, "-o", str(out), "--paper", paper)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"Wrote {out}: 1 seating plan"
        reader = PdfReader(str(out))
        assert len(reader.pages) == 2  # the drawing, then the seat list
        width, height = SIZES[paper]
        for page in reader.pages:
            size = (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
            assert size in ((width, height), (height, width))
        assert float(reader.pages[1].mediabox.width) == pytest.approx(width, abs=0.01)
        drawing = reader.pages[0].extract_text()
        assert plan in drawing and "Scale 1:" in drawing
        text = pdf_text(out)
        for name in names:
            assert text.count(name) >= (1 if "delegation" in name else 2), (event, name)
    moscow = pdf_text(tmp_path / f"{ROUND_2}-{paper}.pdf")
    assert "Reserved: Japanese delegation" in moscow and "2 of 9 seats taken" in moscow


def test_one_plan_by_name_in_any_case(demo_db, tmp_path):
    out = tmp_path / "moscow.pdf"
    result = run_db(demo_db, "export", "seating", ROUND_2, "-o", str(out), "--plan",
                 "ROUND TABLE, MOSCOW")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Round table, Moscow" in PdfReader(str(out)).pages[0].extract_text()


@pytest.mark.parametrize(
    "event, args, message",
    [
        ("no-such-event", [], "no event with id or slug 'no-such-event'"),
        (DC, ["--plan", "Garden"],
         "no seating plan 'Garden' in this event (plans: 'Round table, Seminar Room')"),
        (ROUND_1, [], "this event has no seating plan yet"),
        (DC, ["--paper", "a5"], "unknown paper size 'a5'; use a4, letter, a3 or tabloid"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_writes_nothing(demo_db, tmp_path, event, args, message):
    out = tmp_path / "chart.pdf"
    result = run_db(demo_db, "export", "seating", event, "-o", str(out), *args)
    assert_clean_error(result, message)
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_output_is_one_line(demo_db, tmp_path):
    missing = tmp_path / "missing" / "chart.pdf"
    result = run_db(demo_db, "export", "seating", DC, "-o", str(missing))
    assert_clean_error(result, "does not exist")
    assert result.returncode == 1 and not missing.parent.exists()
    folder = tmp_path / "a folder.pdf"  # a name that is taken by a folder
    folder.mkdir()
    result = run_db(demo_db, "export", "seating", DC, "-o", str(folder))
    assert_clean_error(result, "cannot write")
    assert result.returncode == 1 and folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder.pdf"]


def test_the_cli_does_not_load_qt(demo_db, tmp_path):
    import sys

    code = ("import sys; from roundtable.cli import main; "
            f"main(['--db', {str(demo_db)!r}, 'export', 'seating', {DC!r}, '-o', "
            f"{str(tmp_path / 'c.pdf')!r}]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")
