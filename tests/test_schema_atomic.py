"""An interrupted schema creation or update leaves the file exactly as it was, the next open
finishes the job, and a file is backed up once before its update however often it is retried.

The kills are placed by what the opening process has done (right after its Nth statement that
writes), never by a clock, so every position is tried on any machine at any load.
"""

import itertools
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from schema_helpers import database_at, dump, revision_of, table_names
from sqlalchemy import Engine, event

from roundtable.errors import DatabaseError
from roundtable.store import facade
from roundtable.store.backups import list_backups
from roundtable.store.facade import Store
from roundtable.store.migrate import HEAD, KNOWN_REVISIONS

CHILD = Path(__file__).with_name("schema_kill_child.py")
STARTS = [None, *KNOWN_REVISIONS[:-1]]  # None: a file that does not exist yet

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL")


@pytest.fixture(scope="module")
def open_killed():
    """``open_killed(path, n)``: open ``path`` in another process, killed after its n-th write.

    Returns ``"killed"``, or ``"finished K"`` when the open was done after K writes."""
    child = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip

    def run(path: Path, n: int) -> str:
        child.stdin.write(f"{n} {path}\n")
        child.stdin.flush()
        return child.stdout.readline().strip()

    yield run
    child.stdin.close()
    child.wait(timeout=60)


def _pre_migration_backups(db: Path) -> list:
    return [b for b in list_backups(db) if b.reason == "pre-migration"]


def _as_it_was(db: Path, start: str | None, before: list[str]) -> bool:
    if start is None:  # a new file: at most an empty database, no table at all
        return not db.exists() or table_names(db) == set()
    return dump(db) == before


def _check_finished(db: Path, start: str | None, before: list[str]) -> None:
    """The open that was not killed: the file is at HEAD, its rows kept, backed up once."""
    assert revision_of(db) == HEAD
    store = Store.open(str(db), daily_backup=False)
    try:
        people = [p.family_name for p in store.list_people()]
    finally:
        store.close()
    assert people == ([] if start is None else ["Кортунов"])
    backups = _pre_migration_backups(db)
    if start is None:
        assert backups == [], "a new file has nothing to back up"
    else:
        assert len(backups) == 1, "one backup of the file as it was, not one per attempt"
        assert dump(backups[0].path) == before


@pytest.mark.slow
@pytest.mark.parametrize("start", STARTS, ids=lambda s: s or "new-file")
def test_a_kill_after_any_statement_leaves_the_file_as_it_was(tmp_path, open_killed, start):
    db = tmp_path / "events.sqlite3"
    before = [] if start is None else dump(database_at(db, start))
    for n in itertools.count(1):
        outcome = open_killed(db, n)
        if outcome.startswith("finished"):
            break
        assert outcome == "killed", outcome
        assert _as_it_was(db, start, before), f"changed by a kill after write {n}"
    assert n > 2, "the open must have been killed part-way at least twice"
    _check_finished(db, start, before)


@pytest.mark.parametrize("start", [None, "0004_seating"], ids=lambda s: s or "new-file")
def test_a_kill_after_the_first_or_the_last_statement_leaves_the_file_as_it_was(
    tmp_path, open_killed, start
):
    """The quick version of the test above: the two ends of the one transaction."""
    scratch, db = tmp_path / "count.sqlite3", tmp_path / "events.sqlite3"
    if start is not None:
        database_at(scratch, start)
    writes = int(open_killed(scratch, 10**6).split()[1])
    before = [] if start is None else dump(database_at(db, start))
    for n in (1, writes):
        assert open_killed(db, n) == "killed"
        assert _as_it_was(db, start, before), f"changed by a kill after write {n} of {writes}"
    assert open_killed(db, writes + 1) == f"finished {writes}"
    _check_finished(db, start, before)


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine the store makes from now on may not grow the file: SQLite's own "database
    or disk is full", as when the disk fills up half-way through an update."""
    make = facade.create_configured_engine

    def full_engine(*args, **kwargs) -> Engine:
        engine = make(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def _no_room(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    monkeypatch.setattr(facade, "create_configured_engine", full_engine)


def test_a_failing_update_is_one_line_and_backed_up_once_however_often_retried(
    db_path, monkeypatch
):
    database_at(db_path, "0004_seating")
    before = dump(db_path)
    _disk_full(monkeypatch)
    for _ in range(5):
        with pytest.raises(DatabaseError) as caught:
            Store.open(str(db_path), daily_backup=False)
        message = str(caught.value)
        assert "\n" not in message and str(db_path) in message
        assert "full" in message and "nothing was changed" in message
    assert dump(db_path) == before
    assert len(_pre_migration_backups(db_path)) == 1
    monkeypatch.undo()  # space freed: the next open updates the file
    Store.open(str(db_path), daily_backup=False).close()
    assert revision_of(db_path) == HEAD
    assert len(_pre_migration_backups(db_path)) == 1, "the file had not changed since"


def test_a_changed_file_is_backed_up_again_before_its_next_update(db_path, monkeypatch):
    database_at(db_path, "0004_seating")
    _disk_full(monkeypatch)
    with pytest.raises(DatabaseError):
        Store.open(str(db_path), daily_backup=False)
    monkeypatch.undo()
    with closing(sqlite3.connect(db_path)) as connection, connection:  # changed by hand since
        connection.execute("UPDATE person SET bio = 'Director general, RIAC.'")
    Store.open(str(db_path), daily_backup=False).close()
    assert len(_pre_migration_backups(db_path)) == 2


def test_the_schema_is_made_under_the_write_lock_from_its_first_statement(db_path):
    """BEGIN IMMEDIATE, not a deferred BEGIN: a second app opening the same new file waits and
    then finds the schema made, instead of failing half-way with "database is locked"."""
    statements: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        statements.append(statement.strip().upper())

    event.listen(Engine, "before_cursor_execute", note)
    try:
        Store.open(str(db_path), daily_backup=False).close()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    first_write = next(i for i, s in enumerate(statements) if s.startswith("CREATE"))
    begins = [s for s in statements[:first_write] if s.startswith("BEGIN")]
    assert begins[-1] == "BEGIN IMMEDIATE"
