"""No export or backup is ever written over the database, its -wal/-shm/-journal, its lock files or
a file in its backups folder, however the path is spelled (issue 15, item 3)."""

import os
from pathlib import Path

import pytest
from cli_helpers import CliResult, run_db
from safety_helpers import digest

from roundtable.atomic_write import write_bytes_atomically
from roundtable.errors import UserError
from roundtable.store.database_files import database_file_role
from roundtable.store.facade import Store

EXPORTS = ["bundle", "ics", "agenda", "bios", "namecards", "seating", "participants", "log",
           "minutes"]  # fmt: skip


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in folder.rglob("*") if p.is_file()}


def assert_refused(result: CliResult, folder: Path, before: dict) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "not writing over it" in line, line
    assert snapshot(folder) == before, "nothing was written, not even a daily backup"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("guard") / "events.sqlite3"
    assert run_db(db, "demo").returncode == 0
    assert run_db(db, "backup").returncode == 0
    return db


@pytest.mark.parametrize("kind", EXPORTS)
def test_no_export_overwrites_the_database(demo, kind):
    before = snapshot(demo.parent)
    assert_refused(run_db(demo, "export", kind, "1", "-o", str(demo)), demo.parent, before)


SPELLINGS = {
    "./ and the folder": lambda db: ("./events.sqlite3", db.parent),
    "a symlink": lambda db: (str(_link(db, "link.sqlite3", symbolic=True)), None),
    "a hard link": lambda db: (str(_link(db, "hard.sqlite3", symbolic=False)), None),
    "the -wal": lambda db: (str(db) + "-wal", None),
    "the -shm": lambda db: (str(db) + "-shm", None),
    "the -journal": lambda db: (str(db) + "-journal", None),
    "the app's lock": lambda db: (str(db) + ".lock", None),
    "the writers' lock": lambda db: (str(db) + ".writers.lock", None),
    "a backup": lambda db: (str(next((db.parent / "backups").glob("*.sqlite3"))), None),
    "a new file among the backups": lambda db: (str(db.parent / "backups" / "x.ics"), None),
    "the backups folder via ..": lambda db: (str(db.parent / "backups/../backups/y.ics"), None),
}  # fmt: skip


def _link(db: Path, name: str, *, symbolic: bool) -> Path:
    link = db.parent / name
    if not link.exists():
        (os.symlink if symbolic else os.link)(db, link)
    return link


@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_every_spelling_of_the_databases_files_is_refused(demo, spelling):
    target, cwd = SPELLINGS[spelling](demo)
    before = snapshot(demo.parent)
    assert_refused(run_db(demo, "export", "ics", "1", "-o", target, cwd=cwd), demo.parent, before)


@pytest.mark.parametrize("spelling", ["./ and the folder", "the -wal", "a backup", "a symlink"])
def test_backup_to_the_databases_own_files_is_refused(demo, spelling):
    target, cwd = SPELLINGS[spelling](demo)
    before = snapshot(demo.parent)
    assert_refused(run_db(demo, "backup", "-o", target, cwd=cwd), demo.parent, before)


def test_an_export_beside_the_database_is_fine(demo):
    out = demo.parent / "events.ics"
    assert run_db(demo, "export", "ics", "1", "-o", str(out)).returncode == 0 and out.exists()


def test_roles_are_named(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert database_file_role(db, db) == "the database"
    assert database_file_role(tmp_path / "a.sqlite3-wal", db) == "a file of the database"
    assert database_file_role(tmp_path / "backups" / "z.pdf", db) == "in the backups folder"
    assert database_file_role(tmp_path / "a.pdf", db) is None
    assert database_file_role(tmp_path / "b.sqlite3", db) is None


def test_the_apps_own_saves_refuse_an_open_database(db_path):
    """The window's save dialogs all write through atomic_output, which knows the databases
    this process has open."""
    store = Store.open(str(db_path), read_only=False, daily_backup=False)
    before = digest(db_path)
    for target in (db_path, Path(str(db_path) + "-wal"), db_path.parent / "backups" / "a.pdf"):
        with pytest.raises(UserError, match="not writing over it"):
            write_bytes_atomically(target, b"%PDF-")
    assert digest(db_path) == before
    store.close()
    viewer = Store.open(str(db_path), read_only=True)
    with pytest.raises(UserError, match="not writing over it"):
        write_bytes_atomically(db_path, b"%PDF-")
    viewer.close()
