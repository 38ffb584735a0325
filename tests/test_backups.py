"""Backups: made with the backup API, daily and before migrations, rotated, restorable."""

import sqlite3
from datetime import datetime, timedelta

import pytest
from safety_helpers import digest, event

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

    def fake_upgrade(engine, target="head"):
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
        (folder / f"{db_path.stem}-{stamp}-daily.sqlite3").write_bytes(source.read_bytes())
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
