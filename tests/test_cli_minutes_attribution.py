"""`roundtable export minutes` and the event's attribution rule: non-attributed by default under
the Chatham House Rule, with a warning per text that still names someone (refused with
--strict), and off the record refused without --off-record-confirmed."""

import shutil
import sqlite3

import pytest
from cli_helpers import assert_clean_error, run_db
from pypdf import PdfReader

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


def with_rule(source, folder, rule: str):
    db = shutil.copyfile(source, folder / "events.sqlite3")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE event SET attribution = ? WHERE slug = ?", (rule, ROUND_2))
    connection.close()
    return db


def text_of(path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.fixture
def chatham(demo_database, tmp_path):
    return with_rule(demo_database, tmp_path, "chatham_house")


def test_under_the_chatham_house_rule_the_minutes_are_non_attributed_with_a_warning(
    chatham, tmp_path
):
    out = tmp_path / "minutes.pdf"
    result = run_db(chatham, "export", "minutes", ROUND_2, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out} (non-attributed)"
    warnings = result.stderr.strip().splitlines()
    assert warnings == [
        "roundtable: warning: 2017-03-15 09:05 names Toyohisa Kozuki, Andrey Kortunov: Japanese "
        "Ambassador to Russia Toyohisa Kozuki and Andrey Kortunov, Director General of RI…"
    ]
    text = text_of(out)
    assert "a member of the Japanese delegation" in text and "Present (2) Minutes" in text


def test_strict_refuses_and_writes_nothing(chatham, tmp_path):
    out = tmp_path / "minutes.pdf"
    result = run_db(chatham, "export", "minutes", ROUND_2, "-o", str(out), "--strict")
    assert result.returncode == 1
    *warnings, error = result.stderr.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("roundtable: warning: 2017-03-15 09:05")
    assert error.startswith("roundtable: error: 1 text(s) of the non-attributed minutes name")
    assert not out.exists()


def test_attributed_on_request_and_non_attributed_on_request(chatham, demo_database, tmp_path):
    out = tmp_path / "named.pdf"
    result = run_db(chatham, "export", "minutes", ROUND_2, "-o", str(out), "--no-non-attributed")
    assert result.returncode == 0 and result.stderr == ""
    assert "Toyohisa Kozuki" in text_of(out)
    on_record = shutil.copyfile(demo_database, tmp_path / "on-record.sqlite3")
    out = tmp_path / "described.pdf"
    result = run_db(on_record, "export", "minutes", ROUND_2, "-o", str(out), "--non-attributed")
    assert result.returncode == 0 and "(non-attributed)" in result.stdout


def test_off_the_record_needs_a_confirmation(demo_database, tmp_path):
    db = with_rule(demo_database, tmp_path, "off_record")
    out = tmp_path / "minutes.pdf"
    result = run_db(db, "export", "minutes", ROUND_2, "-o", str(out))
    assert_clean_error(result, "is off the record; add --off-record-confirmed to export its "
                       "minutes anyway")  # fmt: skip
    assert result.returncode == 1 and not out.exists()
    result = run_db(db, "export", "minutes", ROUND_2, "-o", str(out), "--off-record-confirmed")
    assert result.returncode == 0, result.stderr
    assert out.exists()
