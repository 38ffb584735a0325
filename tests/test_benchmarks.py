"""Each benchmark runs at a tiny size, so it keeps working as the code changes (the figures
themselves are measured by hand and recorded in benchmarks/README.md, never asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_edit_latency_runs_at_a_tiny_size():
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "edit_latency.py"), "--participants", "6",
         "--items", "4", "--days", "2", "--seats", "4", "--runs", "2"],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["name"] for line in lines] == ["duration", "seat_swap", "role", "title"]
    assert all(line["runs"] == 2 and line["median_ms"] > 0 for line in lines), lines


def test_edit_latency_refuses_sizes_it_cannot_build():
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "edit_latency.py"), "--participants", "3",
         "--seats", "10"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 2 and "cannot exceed" in result.stderr


@pytest.mark.slow  # a command line process per run and format: seconds
def test_import_rows_runs_at_a_tiny_size():
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "import_rows.py"), "--rows", "5"],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["name"] for line in lines] == ["import_csv", "import_xlsx"]
    assert all(line["rows"] == 5 and line["exit"] == 0 for line in lines), lines


def _run(script: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def _json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def test_namecards_runs_at_a_tiny_size():
    result = _run("namecards.py", "--cards", "4", "--runs", "1")
    assert result.returncode == 0, result.stderr
    assert "bare reportlab:" in result.stdout and "ratio:" in result.stdout, result.stdout
    lines = _json_lines(result.stdout)
    assert [line["name"] for line in lines] == ["namecards_roundtable", "namecards_bare"]
    assert all(line["runs"] == 1 and line["cards"] == 4 for line in lines), lines


@pytest.mark.slow
def test_seating_runs_once():
    result = _run("seating.py", "--runs", "1")
    assert result.returncode == 0, result.stderr
    assert "slowest median" in result.stdout, result.stdout
    lines = _json_lines(result.stdout)
    assert [line["name"] for line in lines] == [
        "seating_round", "seating_rectangle", "seating_boardroom", "seating_hollow_square",
        "seating_u_shape", "seating_classroom",
    ]  # fmt: skip
    assert all(line["runs"] == 1 and line["seats"] == 200 for line in lines), lines


@pytest.mark.parametrize("seats", [4, 7, 13])
def test_seating_runs_at_tiny_sizes(seats):
    result = _run("seating.py", "--seats", str(seats), "--pairs", "1", "--runs", "1")
    assert result.returncode == 0, result.stderr
    lines = _json_lines(result.stdout)
    assert len(lines) == 6 and all(line["seats"] == seats for line in lines), lines


@pytest.mark.slow
def test_startup_runs_at_a_tiny_size(tmp_path):
    """Fewer people than one event seats once looped for ever while drawing its participants."""
    result = _run(
        "startup.py", "--db", str(tmp_path / "startup.sqlite3"), "--events", "3",
        "--people", "20", "--runs", "1", "--warmup", "0", timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "first paint / reference" in result.stdout, result.stdout
    lines = _json_lines(result.stdout)
    assert [line["name"] for line in lines] == [
        "reference_first_paint", "startup_first_paint", "startup_ready", "startup_exit"
    ]  # fmt: skip
    assert all(
        line["runs"] == 1 and (line["events"], line["people"]) == (3, 20) for line in lines
    ), lines
    assert lines[1]["ratio_to_reference"] > 0


def test_startup_generates_more_people_than_its_organisation_names(tmp_path):
    """Above about 9,983 people the organisation names ran out and the generator looped."""
    result = _run(
        "startup.py", "--db", str(tmp_path / "many.sqlite3"), "--events", "5", "--people",
        "12000", "--generate-only", timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1000 organisation, 12000 person" in result.stdout, result.stdout


def test_startup_launches_without_pythondontwritebytecode(tmp_path, monkeypatch):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import startup
    finally:
        sys.path.remove(str(BENCHMARKS))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = startup.app_env("offscreen", tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env and env["ROUNDTABLE_QUIT_AFTER_START"] == "1"


@pytest.mark.slow  # builds a database and opens the main window: a few seconds
def test_people_view_runs_at_a_tiny_size(tmp_path):
    result = _run(
        "people_view.py", "--db", str(tmp_path / "people.sqlite3"), "--events", "3",
        "--people", "20", "--runs", "1", "--platform", "offscreen",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = _json_lines(result.stdout)
    names = [line["name"] for line in lines]
    for name in ("first_show", "reload", "filter1_keystroke_mean", "filter1_keystroke_max",
                 "filter_clear", "sort_column0", "select_person", "scroll"):  # fmt: skip
        assert name in names, names
    assert len(set(names)) == len(names), names
    assert all(line["runs"] == 1 and line["people"] == 20 for line in lines), lines


def test_seating_quality_runs_at_a_tiny_size():
    result = _run("seating_quality.py", "--seats", "8", "--pairs", "2", "--runs", "1",
                  "--effort", "2")  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = _json_lines(result.stdout)
    assert lines[-1]["name"] == "quality_boardroom_40" and len(lines) == 7
    assert all(line["runs"] == 1 and line["best"] >= line["score"] for line in lines), lines


@pytest.mark.slow  # builds a database and opens the main window: a few seconds
def test_events_view_runs_at_a_tiny_size(tmp_path):
    result = _run(
        "events_view.py", "--db", str(tmp_path / "events.sqlite3"), "--events", "3",
        "--people", "20", "--runs", "1", "--platform", "offscreen",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = _json_lines(result.stdout)
    names = [line["name"] for line in lines]
    assert names[0] == "filter_keystroke" and names[-1] == "filter_clear", names
    assert all(line["events"] == 3 and line["people"] == 20 for line in lines), lines
    assert lines[0]["runs"] == 25 and lines[-1]["runs"] == 5, lines  # 5 words of 5 letters


@pytest.mark.slow  # builds a database and opens every view in a child process: seconds
def test_memory_runs_at_a_tiny_size(tmp_path):
    result = _run(
        "memory.py", "--db", str(tmp_path / "memory.sqlite3"), "--events", "3",
        "--people", "20", "--runs", "1", "--platform", "offscreen",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = _json_lines(result.stdout)
    assert lines[0]["name"] == "rss_started"
    assert [line["name"] for line in lines[-2:]] == [
        "peak_rss_all_views",
        "peak_rss_with_print_preview",
    ]
    assert "rss_people_view" in [line["name"] for line in lines], lines
    assert all(line["runs"] == 1 and line["peak_mb"] > 0 for line in lines), lines
