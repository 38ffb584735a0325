"""Temporaries a killed backup or restore left beside a database, removed by the next command.

Run whenever a database is opened for writing (every command line write, the app's start) and
by a restore: the database's folder and its backups folder are searched for the app's own
temporaries (``temp_files``) and for the exact names earlier versions used, and those older than
an hour are removed. Nothing else is touched, and never a temporary another process may still be
writing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from roundtable.store.database_files import BACKUP_DIR
from roundtable.temp_files import remove_stale

_SIDECAR = r"(?:-journal|-wal|-shm)?"


def remove_stale_around(database: Path) -> list[Path]:
    """Remove stale temporaries of ``database`` in its folder and its backups folder."""
    removed = remove_stale(database.parent, also=_earlier_restore_temporary(database))
    return removed + remove_stale(
        database.parent / BACKUP_DIR, also=_earlier_backup_temporary(database)
    )


def _earlier_restore_temporary(database: Path) -> Callable[[str], bool]:
    """Earlier versions restored through ``..{db}.restoring.tmp`` and ``.{db}.restoring``."""
    name = re.escape(database.name)
    pattern = re.compile(rf"^(?:\.\.{name}\.restoring\.tmp|\.{name}\.restoring){_SIDECAR}$")
    return lambda candidate: pattern.match(candidate) is not None


def _earlier_backup_temporary(database: Path) -> Callable[[str], bool]:
    """Earlier versions wrote a backup to ``.{backup name}.tmp`` before renaming it."""
    stem = re.escape(database.stem)
    pattern = re.compile(rf"^\.{stem}-\d{{8}}-\d{{6}}(?:-\d+)?-[a-z-]+\.sqlite3\.tmp{_SIDECAR}$")
    return lambda candidate: pattern.match(candidate) is not None
