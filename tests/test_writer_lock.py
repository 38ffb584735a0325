"""The writers' lock: every process that may write a database file holds it shared, and restore
takes it exclusive, so a restore never replaces the file under a writer (issue 15, item 2).

The races run real processes (``writer_child.py``) and wait for the lines they print, never for
time: every commit a writer reported is afterwards in the restored file or in the backup made
just before the restore.
"""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import digest, event

from roundtable.errors import UserError
from roundtable.store import backups as b
from roundtable.store import writer_lock
from roundtable.store.facade import Store
from roundtable.store.instance_lock import DatabaseLock, lock_path
from roundtable.store.writer_lock import (
    LockFileError,
    WriterLock,
    WritersBusyError,
    writer_lock_path,
)

CHILD = Path(__file__).with_name("writer_child.py")


def cli(db: Path, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "roundtable", "--db", str(db), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        **popen,
    )  # fmt: skip


def writer(db: Path, tag: str, count: int) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), tag, str(count)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read()
    return child


def committed(output: str) -> list[str]:
    return [line.split(" ", 1)[1] for line in output.splitlines() if line.startswith("committed ")]


def titles_in(path: Path) -> set[str]:
    with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as connection:
        found = {r[0] for r in connection.execute("SELECT title FROM event")}
    connection.close()
    return found


@pytest.fixture
def with_backup(db_path):
    """A database with one event and a backup of it."""
    store = Store.open(str(db_path), daily_backup=False)
    store.save_event(event("in the backup"))
    backup = store.backup_now()
    store.close()
    return db_path, backup.path


# -- the lock itself ------------------------------------------------------------------------------


def test_writers_share_and_restore_excludes_them(db_path):
    first, second = WriterLock(db_path), WriterLock(db_path)
    first.acquire_shared(wait=0)
    second.acquire_shared(wait=0)  # two writers at once: SQLite orders their transactions
    restore = WriterLock(db_path)
    with pytest.raises(WritersBusyError, match="writing to"):
        restore.acquire_exclusive(wait=0)
    first.release()
    with pytest.raises(WritersBusyError):
        restore.acquire_exclusive(wait=0)
    second.release()
    restore.acquire_exclusive(wait=0)
    with pytest.raises(WritersBusyError, match="restore of"):
        WriterLock(db_path).acquire_shared(wait=0)
    restore.release()
    assert writer_lock_path(db_path).name == "test.sqlite3.writers.lock"


def test_a_writing_store_holds_the_lock_until_closed_and_a_read_only_one_never(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    with pytest.raises(WritersBusyError):
        WriterLock(db_path).acquire_exclusive(wait=0)
    store.close()
    store.close()  # closing twice is harmless
    viewer = Store.open(str(db_path), read_only=True)
    probe = WriterLock(db_path)
    probe.acquire_exclusive(wait=0)
    probe.release()
    viewer.close()


def test_a_store_waits_for_a_restore_and_says_so(db_path, monkeypatch, capsys):
    Store.open(str(db_path), daily_backup=False).close()
    restore = WriterLock(db_path)
    restore.acquire_exclusive(wait=0)
    monkeypatch.setattr(writer_lock, "WRITER_WAIT_SECONDS", 0.2)
    with pytest.raises(WritersBusyError, match="restore of .* is under way"):
        Store.open(str(db_path), daily_backup=False)
    assert "waiting for the restore" in capsys.readouterr().err
    restore.release()
    Store.open(str(db_path), daily_backup=False).close()


@pytest.mark.parametrize("which", ["writers", "instance"])
def test_a_folder_where_a_lock_file_belongs_is_an_error_not_a_holder(db_path, which):
    Store.open(str(db_path), daily_backup=False).close()
    where = writer_lock_path(db_path) if which == "writers" else lock_path(db_path)
    where.unlink(missing_ok=True)
    where.mkdir()
    if which == "writers":
        with pytest.raises(LockFileError, match="is a folder"):
            Store.open(str(db_path), daily_backup=False)
        with pytest.raises(LockFileError, match="is a folder"):
            WriterLock(db_path).acquire_exclusive(wait=0)
    else:
        with pytest.raises(UserError, match="is a folder"):
            DatabaseLock(db_path).acquire()


def test_cli_says_so_in_one_line_when_the_lock_file_is_a_folder(with_backup):
    db, backup = with_backup
    writer_lock_path(db).unlink()
    writer_lock_path(db).mkdir()
    before = digest(db)
    for args in (("events",), ("restore", str(backup))):
        result = cli(db, *args)
        _out, err = result.communicate(timeout=60)
        assert result.returncode == 1, err
        assert len(err.strip().splitlines()) == 1 and "is a folder" in err, err
    assert digest(db) == before


def test_restore_refuses_in_process_while_a_writer_holds_it(with_backup):
    db, backup = with_backup
    holder = WriterLock(db)
    holder.acquire_shared(wait=0)
    before = digest(db)
    with pytest.raises(WritersBusyError, match="writing to .* try again when"):
        b.restore_backup(db, backup, wait=0)
    holder.release()
    assert digest(db) == before
    assert not [x for x in b.list_backups(db) if x.reason == "pre-restore"]


# -- real processes ----------------------------------------------------------------------------


def test_restore_refuses_while_a_command_writes_and_changes_nothing(with_backup):
    db, backup = with_backup
    child = writer(db, "busy", 0)
    try:
        result = cli(db, "restore", str(backup), "--wait", "0")
        _out, err = result.communicate(timeout=60)
    finally:
        output, _ = child.communicate("stop\n", timeout=60)
    assert result.returncode == 1 and "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert "writing to" in line and "gave up at once" in line
    assert not [x for x in b.list_backups(db) if x.reason == "pre-restore"]
    assert set(committed(output)) | {"in the backup"} == titles_in(db)


def test_restore_waits_for_a_command_to_finish_then_keeps_its_rows_in_the_pre_restore_backup(
    with_backup,
):
    db, backup = with_backup
    child = writer(db, "waited", 0)
    restore = cli(db, "restore", str(backup))
    try:
        waiting = restore.stderr.readline()  # printed only once it found a writer at work
        assert "waiting for" in waiting, waiting + restore.stderr.read()
    finally:
        output, _ = child.communicate("stop\n", timeout=60)
    out, err = restore.communicate(timeout=60)
    assert restore.returncode == 0, err
    assert "Restored" in out
    reported = set(committed(output))
    assert reported and output.splitlines()[-1] == "closed"
    (pre,) = [x for x in b.list_backups(db) if x.reason == "pre-restore"]
    assert titles_in(pre.path) == reported | {"in the backup"}
    assert titles_in(db) == {"in the backup"}


@pytest.mark.slow
def test_a_restore_racing_a_writer_loses_no_reported_commit(with_backup):
    """The issue's race: the writer is told nothing; restore starts as soon as it is writing."""
    db, backup = with_backup
    child = writer(db, "race", 300)
    restore = cli(db, "restore", str(backup))
    out, err = restore.communicate(timeout=120)
    output, child_err = child.communicate(timeout=120)
    assert child.returncode == 0, child_err
    reported = committed(output)
    assert len(reported) == 300
    kept = titles_in(db)
    for pre in (x for x in b.list_backups(db) if x.reason == "pre-restore"):
        kept |= titles_in(pre.path)
    lost = [title for title in reported if title not in kept]
    assert not lost, f"{len(lost)} reported commits lost ({restore.returncode}: {out}{err})"
    assert restore.returncode == 0, err
