"""Temporaries left by a killed export, backup or restore are removed by the next command, by
the app's own name patterns and only once they are an hour old, so a temporary another process
is still writing is never touched (issue 15, item 10a)."""

import os
import time
from pathlib import Path

import pytest
from cli_helpers import run_db

from roundtable.atomic_write import write_bytes_atomically
from roundtable.store.backups import backup_folder, restore_backup
from roundtable.store.facade import Store
from roundtable.temp_files import STALE_AFTER_SECONDS, temporary_name

AGED = time.time() - STALE_AFTER_SECONDS - 60


def aged(path: Path, content: bytes = b"half") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (AGED, AGED))
    return path


def fresh(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"being written")
    return path


def leftovers(db: Path) -> tuple[list[Path], list[Path]]:
    """(stale temporaries the app made, files that must survive) around ``db``."""
    folder, backups = db.parent, backup_folder(db)
    stale = [
        aged(temporary_name(db, "restoring")),
        aged(Path(str(temporary_name(db, "restoring")) + "-journal")),
        aged(folder / f"..{db.name}.restoring.tmp"),  # the names earlier versions used
        aged(folder / f".{db.name}.restoring"),
        aged(temporary_name(backups / f"{db.stem}-20261101-101010-daily.sqlite3", "backup")),
        aged(backups / f".{db.stem}-20261101-101010-manual.sqlite3.tmp"),
        aged(backups / f".{db.stem}-20261101-101010-manual.sqlite3.tmp-journal"),
    ]
    kept = [
        fresh(temporary_name(db, "restoring")),  # another process may be restoring right now
        fresh(temporary_name(backups / f"{db.stem}-20261201-101010-daily.sqlite3", "backup")),
        aged(folder / "notes.tmp"),  # not a name the app makes
        aged(folder / ".other.sqlite3.restoring"),  # another database's: not ours to judge
        aged(backups / ".something-else.tmp"),
        aged(folder / ".report.pdf.abcdefgh.tmp"),  # an export's, but not to this folder's db
    ]
    return stale, kept


def test_opening_a_database_for_writing_cleans_its_folders(db_path):
    Store.open(str(db_path), daily_backup=False).close()
    stale, kept = leftovers(db_path)
    Store.open(str(db_path), daily_backup=False).close()
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)


def test_a_read_only_window_cleans_nothing(db_path):
    Store.open(str(db_path), daily_backup=False).close()
    stale, _kept = leftovers(db_path)
    Store.open(str(db_path), read_only=True).close()
    assert all(p.exists() for p in stale)


def test_any_command_on_the_database_cleans_them(db_path):
    Store.open(str(db_path), daily_backup=False).close()
    stale, kept = leftovers(db_path)
    result = run_db(db_path, "events")
    assert result.returncode == 0, result.stderr
    assert [p for p in stale if p.exists()] == [] and all(p.exists() for p in kept)


def test_a_restore_cleans_them_too(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    backup = store.backup_now()
    store.close()
    stale, kept = leftovers(db_path)
    restore_backup(db_path, backup.path)
    assert [p for p in stale if p.exists()] == [] and all(p.exists() for p in kept)


@pytest.mark.parametrize("name", ["report.pdf", "dc.ics"])
def test_an_export_cleans_its_output_folder(tmp_path, name):
    target = tmp_path / name
    stale = [
        aged(temporary_name(target, "export")),
        aged(temporary_name(tmp_path / "other.pdf", "export")),
        aged(tmp_path / f".{name}.k2j_x9a0.tmp"),  # the name earlier versions used
    ]
    kept = [
        fresh(temporary_name(tmp_path / "other.pdf", "export")),
        aged(tmp_path / ".other.pdf.k2j_x9a0.tmp"),  # earlier style, but for another file
        aged(tmp_path / ".vacation.jpg.swp"),
        aged(tmp_path / "draft.tmp"),
    ]
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in kept)
