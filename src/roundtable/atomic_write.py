"""Writing a file so that readers see either the old file or the complete new one, never half.

Used by every export: a crash, a full disk or a cancelled export leaves no partial file behind.
The new file is written to a temporary of the app's own name (``temp_files``), synced, renamed
over the target, and then the folder is synced too, so after a power cut the rename itself is
not lost. An export is never written over a database this process has open, nor over its
companions and backups: the store adds that check with ``add_output_guard`` when it opens a
database (``store.database_files``), so this module needs nothing from the store.
Temporaries an earlier, killed export left in the folder are removed once they are an hour old.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from roundtable.errors import UserError
from roundtable.temp_files import create_temporary, earlier_export_temporary, remove_stale

_UNSYNCABLE = {errno.EINVAL, errno.EBADF, errno.ENOTSUP, getattr(errno, "EOPNOTSUPP", -1)}

_OUTPUT_GUARDS: list[Callable[[Path], None]] = []


def add_output_guard(guard: Callable[[Path], None]) -> None:
    """Run ``guard(target)`` before every write; it raises UserError for a target that must
    not be written (the store's: an open database and its files). Added once per guard."""
    if guard not in _OUTPUT_GUARDS:
        _OUTPUT_GUARDS.append(guard)


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file in ``path``'s folder; on success it replaces ``path`` in one rename."""
    target = Path(path)
    for guard in _OUTPUT_GUARDS:
        guard(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot write {target}: the folder {folder} does not exist")
    remove_stale(folder, also=earlier_export_temporary(target))
    try:
        handle, temp = create_temporary(folder / target.name, "export")
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
        fsync_directory(folder)
    except OSError as exc:
        _discard(temp)
        raise UserError(f"cannot write {target}: {exc.strerror}") from exc
    except BaseException:
        _discard(temp)
        raise


def fsync_directory(folder: Path) -> None:
    """Put the renames done in ``folder`` on disk (POSIX). Windows cannot open a folder to sync
    it, and its file systems journal renames themselves, so there it does nothing; neither
    does it on a file system that cannot sync a folder. Raises OSError for a real failure."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # a folder we may write but not read: nothing more can be done for it
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _UNSYNCABLE:
            raise
    finally:
        os.close(fd)


def _discard(name: str | os.PathLike[str]) -> None:
    with suppress(FileNotFoundError):
        os.unlink(name)


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_output(path) as stream:
        stream.write(data)
