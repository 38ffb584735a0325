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


def test_namecards_runs_at_a_tiny_size():
    result = _run("namecards.py", "--cards", "4", "--runs", "1")
    assert result.returncode == 0, result.stderr
    assert "bare reportlab:" in result.stdout and "ratio:" in result.stdout, result.stdout


@pytest.mark.slow
def test_seating_runs_once():
    result = _run("seating.py", "--runs", "1")
    assert result.returncode == 0, result.stderr
    assert "slowest median" in result.stdout, result.stdout


@pytest.mark.slow
def test_startup_runs_at_a_tiny_size(tmp_path):
    """Fewer people than one event seats once looped for ever while drawing its participants."""
    result = _run(
        "startup.py", "--db", str(tmp_path / "startup.sqlite3"), "--events", "3",
        "--people", "20", "--runs", "1", "--warmup", "0", timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "start-up (spawn to window ready)" in result.stdout, result.stdout
