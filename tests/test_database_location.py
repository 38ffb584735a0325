"""What --db may point at: never a FIFO or a device (refused at once, not a hang), and a path that
does not exist is created only by a command that writes, in a folder that exists. A mistyped
--db leaves nothing behind: no folders, no database, no backup.
"""

import os
import subprocess
import sys

import pytest

from roundtable.cli import main
from roundtable.errors import DatabaseError
from roundtable.store.database import MissingFolderError
from roundtable.store.facade import Store
from roundtable.store.sqlite_files import inspect_file


def _cli(capsys, db, *args) -> tuple[int, str]:
    status = main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    assert len(err.strip().splitlines()) <= 1, err
    return status, err


def _everything_under(folder) -> list:
    return sorted(p.relative_to(folder) for p in folder.rglob("*"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", [["events"], ["check"], ["demo"], ["backup"]])
def test_a_fifo_as_the_database_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "events.sqlite3"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "roundtable", "--db", str(fifo), *command],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"roundtable: error: {fifo} is not a regular file, so it cannot be a database"
    ]
    assert _everything_under(tmp_path) == [fifo.relative_to(tmp_path)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_never_opened_to_be_looked_at(tmp_path):
    fifo = tmp_path / "backup.sqlite3"
    os.mkfifo(fifo)
    assert inspect_file(fifo).problem == "is not a regular file"  # returns: nothing blocked
    with pytest.raises(DatabaseError, match="not a regular file"):
        Store.open(str(fifo))


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["events", "--json"],
        ["show", "1"],
        ["export", "bundle", "1", "-o", "OUT"],
        ["check"],
        ["import", "participants", "1", "PEOPLE", "--dry-run"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
@pytest.mark.parametrize("where", ["missing-folder", "missing-file"])
def test_a_reading_command_on_a_missing_database_creates_nothing(tmp_path, capsys, command, where):
    people = tmp_path / "people.csv"
    people.write_text("Given name,Family name\nAnn,Lee\n")
    out = tmp_path / "out.json"
    db = tmp_path / ("no/such/dir/x.sqlite3" if where == "missing-folder" else "x.sqlite3")
    before = _everything_under(tmp_path)
    args = [str(out) if a == "OUT" else str(people) if a == "PEOPLE" else a for a in command]
    status, err = _cli(capsys, db, *args)
    assert status == 1
    assert err.strip() == f"roundtable: error: {db} does not exist"
    assert _everything_under(tmp_path) == before, "no folder, no database, no backup"


@pytest.mark.parametrize("command", [["demo"], ["import", "bundle", "BUNDLE"]])
def test_a_writing_command_in_a_missing_folder_asks_for_the_folder_first(tmp_path, capsys, command):
    bundle = tmp_path / "event.json"
    source = tmp_path / "source.sqlite3"
    assert _cli(capsys, source, "demo")[0] == 0
    assert _cli(capsys, source, "export", "bundle", "1", "-o", str(bundle))[0] == 0
    db = tmp_path / "no" / "such" / "x.sqlite3"
    status, err = _cli(capsys, db, *[str(bundle) if a == "BUNDLE" else a for a in command])
    assert status == 1
    assert f"the folder {db.parent} does not exist" in err and "create the folder first" in err
    # Only the missing folder is looked at: the source database's -wal/-shm come and go as
    # its in-process connections are freed, whatever this command did.
    assert not (tmp_path / "no").exists(), "no folder, no database, no backup"


def test_a_writing_command_makes_a_new_file_in_an_existing_folder(tmp_path, capsys):
    db = tmp_path / "new.sqlite3"
    assert _cli(capsys, db, "demo")[0] == 0
    assert inspect_file(db).counts["event"] == 3


def test_the_store_makes_what_it_is_allowed_to(tmp_path):
    nested = tmp_path / "a" / "b" / "x.sqlite3"
    with pytest.raises(DatabaseError, match="does not exist"):
        Store.open(str(tmp_path / "x.sqlite3"), create="never")
    with pytest.raises(MissingFolderError) as caught:
        Store.open(str(nested))  # create="file", the default
    assert caught.value.folder == nested.parent
    assert not (tmp_path / "a").exists()
    Store.open(str(nested), create="folders", daily_backup=False).close()  # the app asked
    assert inspect_file(nested).ok


def test_the_default_database_gets_its_folder_without_asking(tmp_path, monkeypatch):
    """The per-user data folder is Roundtable's own: the first start makes it."""
    from roundtable.store import database, database_location

    default = tmp_path / "data" / "roundtable" / "roundtable.sqlite3"
    monkeypatch.setattr(database_location, "default_database_path", lambda: default)
    monkeypatch.delenv(database.DB_ENV, raising=False)
    Store.open(None, daily_backup=False).close()
    assert inspect_file(default).ok
