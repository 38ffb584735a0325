"""Damaged or foreign files are refused with the file named, a good backup offered, and the file
itself left byte for byte as it was."""

import os
import re
import sqlite3

import pytest
from safety_helpers import digest, event

from roundtable.errors import UnusableDatabaseError
from roundtable.store.facade import Store


@pytest.fixture
def with_backup(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    for n in range(40):
        store.save_event(event(f"event {n}", attachment=os.urandom(2000)))
    backup = store.backup_now()
    store.close()
    return backup


def _zero_bytes(path):
    path.write_bytes(b"")


def _not_sqlite(path):
    path.write_text("Name,Affiliation\nEdward Boyle,Kyushu University\n" * 100)


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt_pages(path):
    """Garbage over a run of pages in the middle: the header is intact, the content is not."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def _newer_schema(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    c.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_zero_bytes, "is empty (0 bytes)"),
        (_not_sqlite, "is not an SQLite database"),
        (_truncated, "malformed"),
        # Depending on which pages the garbage lands on, SQLite reports it either way.
        (_corrupt_pages, "failed its integrity check|is damaged"),
        (_newer_schema, "newer version of Roundtable"),
    ],
)
def test_refused_untouched_with_the_newest_good_backup(db_path, with_backup, damage, reason):
    # Fold the WAL into the main file, as after a clean exit, so the damage hits real data.
    with sqlite3.connect(db_path) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    damage(db_path)
    before = digest(db_path)
    with pytest.raises(UnusableDatabaseError) as caught:
        Store.open(str(db_path))
    error = caught.value
    assert re.search(reason.replace("(", r"\(").replace(")", r"\)"), error.reason)
    assert str(db_path) in str(error)
    assert "\n" not in str(error), "the CLI prints it as one line"
    assert error.backups and error.backups[0].path == with_backup.path
    assert f"restore {with_backup.path}" in str(error)
    assert digest(db_path) == before, "the damaged file must never be written"


def test_a_damaged_backup_is_not_offered(db_path, with_backup):
    newer = with_backup.path.with_name(with_backup.path.name.replace("manual", "daily"))
    newer = newer.with_name(newer.name.replace(newer.name[len(db_path.stem) + 1 :][:15],
                                               "29991231-235959"))  # fmt: skip
    newer.write_bytes(b"SQLite format 3\x00" + b"\0" * 500)
    db_path.write_bytes(b"")
    with pytest.raises(UnusableDatabaseError) as caught:
        Store.open(str(db_path))
    assert [x.path for x in caught.value.backups] == [with_backup.path]


def test_no_backup_says_so(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(UnusableDatabaseError, match="No good backup"):
        Store.open(str(db_path))
    assert db_path.read_bytes() == b""
