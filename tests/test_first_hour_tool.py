"""tools/screenshot_first_hour.py, run as a developer runs it: the three first-hour jobs end to
end (a new event through its dialog, people, agenda, auto seating, the print dialog, the timer,
a log entry) must go through without a traceback and leave every screenshot, so the walkthrough
a reviewer repeats never rots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TAB_SHOTS = ["overview", "participants", "agenda", "seating", "log"]


@pytest.mark.slow
def test_the_first_hour_walkthrough_runs_and_photographs_every_tab(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshot_first_hour.py"), str(tmp_path),
         "--size", "1280x800"],
        capture_output=True, text=True, env=env, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    made = {path.name for path in tmp_path.glob("first-hour-*.png")}
    expected = {f"first-hour-organiser-{tab}.png" for tab in TAB_SHOTS} | {
        "first-hour-organiser-print-namecards.png",
        "first-hour-moderator-print-agenda.png",
        "first-hour-moderator-timer.png",
        "first-hour-staff-log.png",
    }
    assert expected <= made
