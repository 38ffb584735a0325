"""Names for the temporary files the app writes before renaming them into place, and removing
the ones a killed process left behind.

Every temporary is named ``.{final name}.{pid}-{8 random characters}.{purpose}.tmp`` (an SQLite
temporary may grow a ``-journal`` beside it), made with ``tempfile.mkstemp``, which never reuses
a name that exists. The process id and random part keep two processes writing the same file
apart; the shape is specific enough that cleaning up never touches a
file the app did not make. Only temporaries older than ``STALE_AFTER_SECONDS`` are removed, so
one another process is writing right now is left alone.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

PURPOSES = ("export", "backup", "restoring")
STALE_AFTER_SECONDS = 3600
"""An hour: no export, backup or restore takes that long, so a temporary this old is orphaned."""

_SIDECAR = r"(?:-journal|-wal|-shm)?"
_APP_TEMPORARY = re.compile(
    rf"^\.(?P<target>.+)\.\d+-[a-z0-9_]{{8}}\.(?:{'|'.join(PURPOSES)})\.tmp{_SIDECAR}$"
)


def create_temporary(target: Path, purpose: str) -> tuple[int, Path]:
    """A new empty file (open descriptor, path) in ``target``'s folder, named as the app's own;
    only its owner can read it until it is renamed into place. Raises OSError."""
    if purpose not in PURPOSES:
        raise ValueError(purpose)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=f".{purpose}.tmp", dir=target.parent
    )
    return handle, Path(name)


def temporary_name(target: Path, purpose: str) -> Path:
    """A name of the shape ``create_temporary`` makes (for tests, and to recognise them)."""
    if purpose not in PURPOSES:
        raise ValueError(purpose)
    token = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(8))
    return target.with_name(f".{target.name}.{os.getpid()}-{token}.{purpose}.tmp")


def is_app_temporary(name: str) -> bool:
    return _APP_TEMPORARY.match(name) is not None


def remove_stale(
    folder: Path,
    *,
    also: Callable[[str], bool] | None = None,
    now: float | None = None,
) -> list[Path]:
    """Remove the app's temporaries in ``folder`` (and names ``also`` says are the app's, as
    earlier versions named them) once they are older than STALE_AFTER_SECONDS.

    Best effort: what cannot be listed or removed is left for next time.
    """
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not (is_app_temporary(entry.name) or (also is not None and also(entry.name))):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_mtime >= cutoff:
                continue
            with suppress(FileNotFoundError):  # another process cleaned it first
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def earlier_export_temporary(target: Path) -> Callable[[str], bool]:
    """Earlier versions named an export's temporary ``.{name}.{8 characters}.tmp``
    (``tempfile.mkstemp``); recognised only for the very file being written again."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp$")
    return lambda name: pattern.match(name) is not None
