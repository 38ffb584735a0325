"""Backups: made with the backup API, daily and before migrations, rotated, restorable."""

import os
import sqlite3
import sys
from datetime import datetime, timedelta

import pytest
from broken_index import desynchronised_index
from cli_helpers import run_db
from safety_helpers import digest, event, record_sync_steps

from roundtable.errors import UserError
from roundtable.store import backups as b
from roundtable.store import migrate
from roundtable.store.facade import Store


def test_open_makes_one_backup_a_day(db_path):
    Store.open(str(db_path)).close()
    Store.open(str(db_path)).close()
    daily = [x for x in b.list_backups(db_path) if x.reason == "daily"]
    assert len(daily) == 1
    assert b.backup_due(db_path, now=datetime.now() + timedelta(days=1))


def test_backup_includes_commits_still_in_the_wal(store, db_path):
    """A plain copy of the main file would miss these: they are only in the -wal file yet."""
    store.save_event(event("only in the wal"))
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    info = store.backup_now()
    with sqlite3.connect(info.path) as c:
        titles = [r[0] for r in c.execute("SELECT title FROM event")]
        mode = c.execute("PRAGMA journal_mode").fetchone()[0]
    assert titles == ["only in the wal"] and mode == "delete"
    assert info.events == 1 and not info.path.with_name(info.path.name + "-wal").exists()


def test_backup_before_a_migration(db_path, monkeypatch):
    Store.open(str(db_path), daily_backup=False).close()
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '0000_older'")
    c.close()
    seen = []

    def fake_upgrade(engine, target="head", **_options):
        seen.append([x.reason for x in b.list_backups(db_path)])
        with engine.begin() as connection:
            connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{migrate.HEAD}'")

    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", ("0000_older", migrate.HEAD))
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    Store.open(str(db_path), daily_backup=False).close()
    assert seen == [["pre-migration"]], "the backup exists before the migration starts"
    with sqlite3.connect(b.list_backups(db_path)[0].path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000_older"


def test_rotation_keeps_ten_and_one_per_month(store, db_path):
    folder = b.backup_folder(db_path)
    source = store.backup_now().path
    for old in folder.glob("*-daily.sqlite3"):
        old.unlink()
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(0, 150, 5):  # 30 backups over five months
        stamp = (start + timedelta(days=day)).strftime(b.STAMP)
        made = folder / f"{db_path.stem}-{stamp}-daily.sqlite3"
        made.write_bytes(source.read_bytes())
        aged = (start + timedelta(days=day)).timestamp()
        os.utime(made, (aged, aged))  # rotation leaves a backup of the last minute alone
    source.unlink()
    every = b.list_backups(db_path, count_events=False)
    removed = b.prune_backups(db_path)
    kept = b.list_backups(db_path, count_events=False)
    assert len(every) == 30 and len(removed) == len(every) - len(kept)
    assert [k.path for k in kept[:10]] == [e.path for e in every[:10]]
    months = {(k.created.year, k.created.month) for k in kept}
    assert months == {(e.created.year, e.created.month) for e in every}
    assert len(kept) == 10 + len(months - {(e.created.year, e.created.month) for e in every[:10]})


def test_restore_replaces_and_keeps_the_current_file(store, db_path):
    store.save_event(event("before"))
    backup = store.backup_now()
    store.save_event(event("after"))
    store.close()
    aside = b.restore_backup(db_path, backup.path)
    assert aside is None
    reopened = Store.open(str(db_path), daily_backup=False)
    assert [e.title for e in reopened.list_events()] == ["before"]
    pre = [x for x in b.list_backups(db_path) if x.reason == "pre-restore"]
    assert len(pre) == 1 and pre[0].events == 2, "what was replaced can itself be restored"


def test_restore_sets_a_damaged_file_aside_untouched(store, db_path):
    backup = store.backup_now()
    store.close()
    db_path.write_bytes(b"\0" * 4096)
    before = digest(db_path)
    aside = b.restore_backup(db_path, backup.path)
    assert aside is not None and digest(aside) == before
    assert Store.open(str(db_path), daily_backup=False).count_events() == 0


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 50])
def test_restore_refuses_a_bad_backup(store, db_path, tmp_path, content):
    store.save_event(event("keep me"))
    store.close()
    before = digest(db_path)
    bad = tmp_path / "bad-backup.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(UserError, match="cannot restore"):
        b.restore_backup(db_path, bad)
    assert digest(db_path) == before


def test_backup_into_a_missing_folder(store, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        store.backup_now(tmp_path / "missing" / "x.sqlite3")


def test_backups_made_in_the_same_second_list_newest_first(store, db_path):
    source = store.backup_now().path
    folder = b.backup_folder(db_path)
    names = [f"{db_path.stem}-20260301-101010{n}-manual.sqlite3" for n in ("", "-2", "-3", "-10")]
    for name in names:
        (folder / name).write_bytes(source.read_bytes())
    source.unlink()
    listed = [x.path.name for x in b.list_backups(db_path) if x.reason == "manual"]
    assert listed == list(reversed(names))


# -- a backup that only the full check finds broken (issue 15, item 7) -------------------------


def test_restore_refuses_a_backup_that_fails_the_full_integrity_check(store, db_path):
    store.save_event(event("in the backup"))
    backup = store.backup_now()
    store.save_event(event("current"))
    store.close()
    desynchronised_index(backup.path)
    before = digest(db_path)
    with pytest.raises(UserError, match="failed its integrity check.*missing from index"):
        b.restore_backup(db_path, backup.path)
    assert digest(db_path) == before
    assert not [x for x in b.list_backups(db_path) if x.reason == "pre-restore"]


def test_cli_restore_refuses_it_in_one_line(store, db_path):
    store.save_event(event("current"))
    backup = store.backup_now()
    store.close()
    desynchronised_index(backup.path)
    before = digest(db_path)
    result = run_db(db_path, "restore", backup.path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "failed its integrity check" in line and "missing from index" in line
    assert digest(db_path) == before


def test_a_current_file_only_the_full_check_finds_damaged_is_set_aside(store, db_path):
    """Its copy would fail the backup's own full check, so it is kept aside, byte for byte,
    rather than stopping the restore the user needs."""
    store.save_event(event("in the backup"))
    backup = store.backup_now()
    store.close()
    desynchronised_index(db_path)
    before = digest(db_path)
    aside = b.restore_backup(db_path, backup.path)
    assert aside is not None and digest(aside) == before
    reopened = Store.open(str(db_path), daily_backup=False)
    assert reopened.count_events() == 1
    reopened.close()


def test_restore_refuses_the_database_itself(store, db_path):
    store.save_event(event("current"))
    store.close()
    before = digest(db_path)
    with pytest.raises(UserError, match="is the database itself"):
        b.restore_backup(db_path, db_path.parent / "." / db_path.name)
    assert digest(db_path) == before


# -- the folder is synced after a rename (issue 15, item 11) -------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot fsync a folder")
@pytest.mark.parametrize("action", ["backup", "restore"])
def test_the_folder_is_synced_after_the_rename(store, db_path, monkeypatch, action):
    store.save_event(event("kept"))
    backup = store.backup_now()
    store.close()
    steps = record_sync_steps(monkeypatch)
    if action == "backup":
        b.make_backup(db_path, "manual")
    else:
        b.restore_backup(db_path, backup.path)
    last_rename = len(steps) - 1 - steps[::-1].index("rename")
    assert "fsync file" in steps[:last_rename]
    assert "fsync folder" in steps[last_rename:], steps
