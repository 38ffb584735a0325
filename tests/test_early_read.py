"""The events list read with sqlite3 alone for the first paint (store/early_read.py) must be
exactly what the Store lists, and must step aside whenever it cannot be sure of that."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.domain.enums import EventStatus
from roundtable.store.early_read import early_events, early_file
from roundtable.store.facade import Store


@pytest.fixture
def demo_copy(demo_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_database, path)
    return path


def listed(path: Path):
    store = Store.open(str(path), read_only=True, daily_backup=False)
    try:
        return store.list_events()
    finally:
        store.close()


def test_the_early_list_is_the_stores_list(demo_copy):
    events = early_events(demo_copy)
    assert events is not None and len(events) == 3
    assert events == listed(demo_copy)


def test_a_status_a_newer_app_wrote_reads_as_the_store_reads_it(demo_copy):
    with sqlite3.connect(demo_copy) as connection:
        connection.execute("UPDATE event SET status = 'postponed-sine-die'")
    connection.close()
    events = early_events(demo_copy)
    assert events is not None and {e.status for e in events} == {EventStatus.DRAFT}
    assert events == listed(demo_copy)


def test_an_older_schema_is_left_to_the_store(demo_copy):
    with sqlite3.connect(demo_copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0007_patronymic'")
    connection.close()
    assert early_events(demo_copy) is None


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\0junk"])
def test_what_is_not_a_good_database_is_left_to_the_store(tmp_path, content):
    path = tmp_path / "odd.sqlite3"
    path.write_bytes(content)
    assert early_events(path) is None


def test_only_an_existing_file_has_an_early_list(tmp_path, monkeypatch):
    monkeypatch.delenv("ROUNDTABLE_DB", raising=False)
    assert early_file(str(tmp_path / "new.sqlite3")) is None
    assert early_file(str(tmp_path)) is None
    assert early_file("postgresql+psycopg://someone@server/roundtable") is None
    (tmp_path / "there.sqlite3").write_bytes(b"")
    assert early_file(str(tmp_path / "there.sqlite3")) == tmp_path / "there.sqlite3"
    monkeypatch.setenv("ROUNDTABLE_DB", str(tmp_path / "there.sqlite3"))
    assert early_file(None) == tmp_path / "there.sqlite3"


def test_the_early_read_imports_no_sqlalchemy():
    code = (
        "import sys\n"
        "import roundtable.store.early_read, roundtable.gui.shell.first_paint\n"
        "print([m for m in ('sqlalchemy', 'alembic', 'roundtable.store.facade') "
        "if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
