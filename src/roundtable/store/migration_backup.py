"""The backup made before a schema update: one per state of the file, not one per attempt.

An update that fails (a full disk, a kill, a bug) leaves the file as it was, and the user tries
again. Each attempt used to back the same file up again, until rotation had pushed the last
backup from before the trouble out of the folder. Now the file is backed up only when its
content differs from the newest "pre-migration" backup's. Content, not bytes: a backup is a
different file page for page (journal mode DELETE, the WAL folded in), so schema and rows are
compared, hashed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from roundtable.store.backups import BackupInfo, list_backups, make_backup
from roundtable.store.sqlite_files import connect_read_only

REASON = "pre-migration"


def content_digest(path: Path) -> str:
    """A hash of the schema and every row of ``path``, the same for any copy of it."""
    digest = hashlib.sha256()
    with closing(connect_read_only(path)) as connection:
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        digest.update(repr(schema).encode())
        for kind, table, _owner, _sql in schema:
            if kind != "table":
                continue
            digest.update(f"\0table {table}\0".encode())
            try:
                rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: its key orders it
                rows = connection.execute(f'SELECT * FROM "{table}"')
            for row in rows:
                for value in row:
                    if isinstance(value, bytes):
                        digest.update(b"\0b%d\0" % len(value))
                        digest.update(value)
                    else:
                        digest.update(f"\0{value!r}".encode())
                digest.update(b"\0\n")
    return digest.hexdigest()


def backup_before_migration(database: Path) -> BackupInfo | None:
    """Back ``database`` up before its schema update, unless the newest pre-migration backup
    already holds exactly what it holds now (an earlier attempt failed); None then."""
    newest = next((b for b in list_backups(database, count_events=False) if b.reason == REASON),
                  None)  # fmt: skip
    if newest is not None and _same_content(newest.path, database):
        return None
    return make_backup(database, REASON)


def _same_content(backup: Path, database: Path) -> bool:
    try:
        return content_digest(backup) == content_digest(database)
    except (sqlite3.Error, OSError):
        return False  # an unreadable backup is no backup: make a new one
