"""Killing the app at any moment loses nothing it reported as saved and never damages the file.

A child process makes edits in a loop and reports each commit; it is killed with SIGKILL many
times over the same database, each time right after it has reported a (random) number of commits:
by then it is inside its next transaction, at a moment that varies from run to run. Counting
reported commits rather than waiting a random time tests the same thing on a fast machine and on
a busy one. After every kill the database must pass ``integrity_check`` and hold every commit
the child reported.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

KILLS = 25
COMMITS_BEFORE_KILL = (1, 6)  # each run is killed after this many reported commits, at random
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_loses_no_reported_commit(tmp_path):
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(20261123)
    reported: dict[str, str] = {}  # title as first committed -> title as last reported
    promised = 0  # commits waited for before the kills
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert child.stdout.readline().strip() == "ready", child.stderr.read()
            wanted = rng.randint(*COMMITS_BEFORE_KILL)
            lines: list[str] = []
            while sum(line.startswith("committed ") for line in lines) < wanted:
                line = child.stdout.readline()
                assert line, f"the child stopped: {child.stderr.read()}"
                lines.append(line.rstrip("\n"))
            promised += wanted
            os.kill(child.pid, signal.SIGKILL)
            output, _ = child.communicate(timeout=30)
        finally:
            child.kill()
        assert child.returncode == -signal.SIGKILL
        for line in [*lines, *output.splitlines()]:
            kind, _, title = line.partition(" ")
            if kind == "edited":
                reported[title.removesuffix(" edited")] = title
            elif kind == "committed":
                reported[title] = title

        with sqlite3.connect(db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            titles = {r[0] for r in connection.execute("SELECT title FROM event")}
            orphans = connection.execute(
                "SELECT count(*) FROM participation WHERE event_id NOT IN (SELECT id FROM event)"
            ).fetchone()[0]
        connection.close()
        # An edit may be committed and killed before it was reported: either title is right then.
        missing = [
            last
            for first, last in reported.items()
            if last not in titles and not (last == first and f"{first} edited" in titles)
        ]
        assert not missing, f"after kill {run}: reported commits lost: {missing[:5]}"
        assert orphans == 0
    print(f"{len(reported)} commits reported over {KILLS} kills")
    assert len(reported) >= promised >= KILLS * COMMITS_BEFORE_KILL[0]
