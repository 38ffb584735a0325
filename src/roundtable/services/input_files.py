"""Opening a file the user named for reading: a list, a bundle, an attachment.

Only regular files are read. Opening a named pipe (FIFO) for reading waits until something
writes to it, which froze the import forever; a device such as /dev/zero never ends; a folder
cannot be read at all. So the path is opened without waiting (``O_NONBLOCK``, which changes
nothing for a regular file) and refused, with one line naming it, unless it is a regular
file; the open file is then what is read, so nothing can swap the path in between.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from roundtable.errors import UserError

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_input(path: str | Path, what: str) -> BinaryIO:
    """``path`` opened for reading in binary; UserError unless it is a regular file.
    ``what`` names the file the user meant ("a CSV or XLSX file", "a bundle")."""
    file = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file, flags)
    except FileNotFoundError:
        raise UserError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{file} is a folder, not {what}") from None
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise UserError(f"{file} is {_not_regular(mode)}, not {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
