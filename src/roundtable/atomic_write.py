"""Writing a file so that readers see either the old file or the complete new one, never half.

Used by every export: a crash, a full disk or a cancelled export leaves no partial file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from roundtable.errors import UserError


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file in ``path``'s folder; on success it replaces ``path`` in one rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except OSError as exc:
        _discard(temp_name)
        raise UserError(f"cannot write {target}: {exc.strerror}") from exc
    except BaseException:
        _discard(temp_name)
        raise


def _discard(name: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(name)


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_output(path) as stream:
        stream.write(data)
