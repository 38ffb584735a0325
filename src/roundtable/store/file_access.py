"""Whether an SQLite file can be written here, and how to read it when it cannot.

A healthy database in a read-only folder (a CD, a write-protected share, a folder of someone
else's) used to be called "damaged": SQLite cannot even read a WAL-mode file there, because a
reader must create the ``-shm`` index beside it. Asking the system first gives the real reason,
and SQLite's ``immutable`` flag reads such a file without any file beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtable.wording import tr

WAL_SUFFIXES = ("-wal", "-shm")


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def why_not_writable(path: Path) -> str:
    """Why SQLite could not write ``path`` (which may not exist yet): "" when, as far as the
    system says, it can. The words complete "… because ___"."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return tr("it is on a read-only drive")
    except (AttributeError, OSError):  # no statvfs on Windows; a missing folder is said later
        pass
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return tr("its folder {folder} is read-only").format(folder=folder)
    for file in (path, *(sidecar(path, s) for s in WAL_SUFFIXES)):
        if file.exists() and not os.access(file, os.W_OK):
            return tr("{file} is read-only").format(file=file)
    return ""


def _is_wal(path: Path) -> bool:
    """Bytes 18 and 19 of the header are 2 in a WAL-mode database."""
    try:
        with path.open("rb") as stream:
            header = stream.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def unread_changes(path: Path) -> bool:
    """True when ``path`` cannot be written, its ``-wal`` holds changes and no ``-shm`` is there
    to find them by: a reader could not see those changes (nor build the index to see them)."""
    wal, shm = sidecar(path, "-wal"), sidecar(path, "-shm")
    return (
        bool(why_not_writable(path))
        and _is_wal(path)
        and wal.exists()
        and wal.stat().st_size > 0
        and not shm.exists()
    )


def read_only_query(path: Path) -> str:
    """The URI query for reading ``path`` without writing anything, even beside it.

    ``mode=ro`` suffices where the folder can be written (SQLite makes the ``-shm`` it needs)
    or the ``-shm`` is there already. A WAL file in a folder that cannot be written, with no
    ``-shm``, is read ``immutable``: every committed change is then in the main file (see
    ``unread_changes`` for when it is not), and no writer can be at work on it, since it would
    have made the ``-shm``.
    """
    query = "mode=ro"
    if why_not_writable(path) and _is_wal(path) and not sidecar(path, "-shm").exists():
        query += "&immutable=1"
    return query


def read_only_uri(path: Path) -> str:
    """``file:`` URI for ``sqlite3.connect(..., uri=True)``: see ``read_only_query``."""
    return f"{path.absolute().as_uri()}?{read_only_query(path)}"
