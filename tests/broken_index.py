"""A database that passes ``quick_check`` but fails ``integrity_check``: the kind of damage
only the full check finds, used by the restore tests (issue 15, item 7)."""

import sqlite3
from contextlib import closing


def desynchronised_index(path):
    """Change rows behind an index's back: the index is dropped from the schema, the rows are
    changed, and the index is put back with its old pages. Every page is well-formed, so
    ``quick_check`` passes; only ``integrity_check`` compares the index with its table."""
    with closing(sqlite3.connect(path, isolation_level=None)) as c:
        row = c.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
            "WHERE name = 'ix_event_start_date'"
        ).fetchone()
        c.execute("PRAGMA writable_schema=ON")
        c.execute("DELETE FROM sqlite_master WHERE name = 'ix_event_start_date'")
    with closing(sqlite3.connect(path, isolation_level=None)) as c:
        c.execute("UPDATE event SET start_date = '2031-01-01'")
        c.execute("PRAGMA writable_schema=ON")
        c.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
    with closing(sqlite3.connect(path)) as c:
        assert c.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert c.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
