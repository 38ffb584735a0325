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
from roundtable.wording import QT_TR_NOOP, tr

_KINDS = (
    (stat.S_ISDIR, QT_TR_NOOP("a folder")),
    (stat.S_ISFIFO, QT_TR_NOOP("a named pipe")),
    (stat.S_ISCHR, QT_TR_NOOP("a device")),
    (stat.S_ISBLK, QT_TR_NOOP("a device")),
    (stat.S_ISSOCK, QT_TR_NOOP("a socket")),
)


def _not_regular(mode: int) -> str:
    return tr(next((name for test, name in _KINDS if test(mode)), QT_TR_NOOP("not a regular file")))


def open_input(path: str | Path, what: str) -> BinaryIO:
    """``path`` opened for reading in binary; UserError unless it is a regular file.
    ``what`` names the file the user meant ("a CSV or XLSX file", "a bundle")."""
    file = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file, flags)
    except FileNotFoundError:
        raise UserError(tr("{file}: no such file").format(file=file)) from None
    except IsADirectoryError:
        raise UserError(tr("{file} is a folder, not {what}").format(file=file, what=what)) from None
    except OSError as exc:
        raise UserError(
            tr("cannot read {file}: {reason}").format(file=file, reason=exc.strerror or exc)
        ) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise UserError(
                tr("{file} is {kind}, not {what}").format(
                    file=file, kind=_not_regular(mode), what=what
                )
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
