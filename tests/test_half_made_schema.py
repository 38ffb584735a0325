"""Files left half-made or half-updated by older versions of Roundtable (which committed each
CREATE TABLE on its own) are recognised and named in one line, never an internal error; `check`
calls them problems. One that holds no data at all is simply made afresh.
"""

import sqlite3
from contextlib import closing

import pytest
from safety_helpers import digest
from schema_helpers import database_at, revision_of, table_names

from roundtable.cli import main
from roundtable.errors import UnusableDatabaseError
from roundtable.store.backups import list_backups, make_backup
from roundtable.store.facade import Store
from roundtable.store.migrate import HEAD


def _sql(path, statement: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(statement)


def _half_made(path, *, rows: bool, version_table: bool = True):
    """A first start killed after the first revision's tables: no version stamped."""
    database_at(path, "0001_initial", rows=rows)
    _sql(path, "DELETE FROM alembic_version" if version_table else "DROP TABLE alembic_version")
    _sql(path, "DROP TABLE participation")  # killed before the last CREATE TABLE, too
    return path


def _half_updated(path):
    """0004 -> 0005 killed after its first CREATE TABLE, still stamped 0004."""
    database_at(path, "0004_seating")
    newer = database_at(path.with_name("newer.sqlite3"), "0005_event_log", rows=False)
    with closing(sqlite3.connect(newer)) as connection:
        create = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'event_change'"
        ).fetchone()[0]
    _sql(path, create)
    newer.unlink()
    return path


def _cli(capsys, db, *args) -> tuple[int, str]:
    status = main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    return status, err


@pytest.mark.parametrize("version_table", [True, False], ids=["empty-version", "no-version"])
def test_a_half_made_file_with_no_data_is_made_afresh(db_path, capsys, version_table):
    _half_made(db_path, rows=False, version_table=version_table)
    status, err = _cli(capsys, db_path, "check")
    assert status == 1 and "half-made" in err and "makes it afresh" in err
    assert len(err.strip().splitlines()) == 1
    store = Store.open(str(db_path), daily_backup=False)
    store.close()
    assert revision_of(db_path) == HEAD
    assert "participation" in table_names(db_path)
    assert list_backups(db_path) == [], "nothing in it to back up"
    assert _cli(capsys, db_path, "check")[0] == 0


def test_a_half_made_file_with_data_is_refused_untouched(db_path, capsys):
    _half_made(db_path, rows=True)
    before = digest(db_path)
    with pytest.raises(UnusableDatabaseError) as caught:
        Store.open(str(db_path))
    assert "no schema version" in caught.value.reason and "\n" not in str(caught.value)
    for command in (["events"], ["check"], ["demo"]):
        status, err = _cli(capsys, db_path, *command)
        assert status == 1 and "no schema version" in err, command
        assert len(err.strip().splitlines()) == 1
    assert digest(db_path) == before
    assert list_backups(db_path) == []


def test_a_half_updated_file_is_named_with_its_good_backup_and_never_backed_up_again(
    db_path, capsys
):
    database_at(db_path, "0004_seating")
    before_update = make_backup(db_path, "pre-migration")  # what the older version made
    db_path.unlink()
    _half_updated(db_path)
    before = digest(db_path)
    for _ in range(5):  # what a user does: try again, and again
        with pytest.raises(UnusableDatabaseError) as caught:
            Store.open(str(db_path))
    message = str(caught.value)
    assert "half-way through an update from schema 0004_seating" in message
    assert "event_change" in message and f"restore {before_update.path}" in message
    status, err = _cli(capsys, db_path, "events")
    assert status == 1 and "half-way through an update" in err
    status, err = _cli(capsys, db_path, "check")
    assert status == 1 and "half-way through an update" in err, "was: integrity ok, exit 0"
    assert digest(db_path) == before
    assert [b.path for b in list_backups(db_path)] == [before_update.path]


def test_a_file_missing_part_of_its_schema_is_a_problem_for_check(db_path, capsys):
    database_at(db_path, "0004_seating")
    _sql(db_path, "DROP TABLE seat_pair_rule")
    status, err = _cli(capsys, db_path, "check")
    assert status == 1 and "lacks part of its schema 0004_seating (seat_pair_rule)" in err


def test_a_database_with_other_tables_is_still_not_ours(db_path, capsys):
    _sql(db_path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    status, err = _cli(capsys, db_path, "events")
    assert status == 1 and "not a Roundtable database (it has other tables)" in err
