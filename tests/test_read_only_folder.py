"""A healthy database in a folder that cannot be written is read, read-only, and said to be so;
never called "damaged". Commands that would change it refuse in one line with the reason.

The folder is made read-only for real: by permissions when the tests do not run as root, else
(root ignores permissions) by a read-only bind mount in a mount namespace of the command's own.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import digest
from schema_helpers import database_at

from roundtable.store.facade import Store


def _can_mount_read_only() -> bool:
    if shutil.which("unshare") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or (ROOT and not _can_mount_read_only()),
    reason="needs a folder this process cannot write (permissions, or a read-only mount)",
)

MOUNT_READ_ONLY = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'


def run_in_read_only(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """``roundtable ARGV`` with ``folder`` read-only for it (and only for it)."""
    command = [sys.executable, "-m", "roundtable", *argv]
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    if ROOT:
        command = ["unshare", "-m", "sh", "-c", MOUNT_READ_ONLY, str(folder), *command]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.fixture
def shelf(tmp_path) -> Path:
    """A folder holding a healthy database with the example events, cleanly closed."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "events.sqlite3"
    from roundtable.services.demo import load_demo

    store = Store.open(str(db), daily_backup=False)
    load_demo(store)
    store.close()
    return folder


def _listing(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in folder.rglob("*") if p.is_file()}


def _one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr and "damaged" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_reading_commands_work_and_say_read_only(shelf, tmp_path):
    db = shelf / "events.sqlite3"
    before = _listing(shelf)
    events = run_in_read_only(shelf, "--db", str(db), "events")
    assert events.returncode == 0, events.stderr
    assert len(events.stdout.splitlines()) == 3
    note = _one_line(events)
    assert note.startswith(f"roundtable: note: {db} is open read-only because ")
    assert "read-only" in note.split("because", 1)[1]
    show = run_in_read_only(shelf, "--db", str(db), "show", "1")
    assert show.returncode == 0 and "Russia in the US-Japan Alliance" in show.stdout
    bundle = tmp_path / "out.json"
    export = run_in_read_only(shelf, "--db", str(db), "export", "bundle", "1", "-o", str(bundle))
    assert export.returncode == 0 and bundle.exists()
    assert _listing(shelf) == before, "nothing written beside it: no -shm, no backup"


def test_check_reports_the_file_healthy_and_read_only(shelf):
    check = run_in_read_only(shelf, "--db", str(shelf / "events.sqlite3"), "check")
    assert check.returncode == 0, check.stderr
    assert "integrity:     ok" in check.stdout
    assert "access:        read-only (" in check.stdout


def test_a_backup_elsewhere_works(shelf, tmp_path):
    target = tmp_path / "copy.sqlite3"
    result = run_in_read_only(shelf, "--db", str(shelf / "events.sqlite3"), "backup",
                              "-o", str(target))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert Store.open(str(target), daily_backup=False).list_events()


@pytest.mark.parametrize("command", [["demo"], ["import", "bundle", "BUNDLE"]])
def test_writing_commands_refuse_in_one_line(shelf, tmp_path, command):
    db = shelf / "events.sqlite3"
    bundle = tmp_path / "event.json"
    store = Store.open(str(db), daily_backup=False)
    from roundtable.services.bundle import write_bundle_file

    write_bundle_file(store, 1, str(bundle))
    store.close()
    before = _listing(shelf)
    args = [str(bundle) if a == "BUNDLE" else a for a in command]
    result = run_in_read_only(shelf, "--db", str(db), *args)
    assert result.returncode == 1
    line = _one_line(result)
    assert line.startswith(f"roundtable: error: {db} cannot be changed because ")
    assert line.endswith("; nothing was changed")
    assert _listing(shelf) == before


def test_a_database_needing_an_update_says_why_it_cannot_be_updated(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    db = database_at(folder / "events.sqlite3", "0004_seating")
    result = run_in_read_only(folder, "--db", str(db), "events")
    assert result.returncode == 1
    line = _one_line(result)
    assert "needs updating to this version of Roundtable" in line
    assert "cannot be done read-only because" in line


def test_a_new_database_in_a_read_only_folder_is_refused_with_the_reason(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    result = run_in_read_only(folder, "--db", str(folder / "new.sqlite3"), "demo")
    assert result.returncode == 1
    assert "cannot create" in _one_line(result) and "read-only" in result.stderr
    assert list(folder.iterdir()) == []
