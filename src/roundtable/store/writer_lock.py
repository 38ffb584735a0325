"""The writers' lock: a restore never replaces a database file while anyone may still write it.

Every process that opens a database file for writing (the app's window, every command line
write) holds this lock *shared* for as long as its Store is open; any number of writers share
it, and SQLite itself orders their transactions. A restore takes it *exclusive*: it waits a
bounded time for the writers to finish and otherwise refuses, so a commit a writer has reported
is always either in the restored file or in the "pre-restore" backup made under the lock.

It is a separate file from the app's instance lock (``instance_lock``), which is exclusive and
held only by the window: a command line import may run while the window is open, but neither
may run while a restore replaces the file.

The lock is an OS file lock, released by the kernel however its holder dies. On POSIX it is
``flock`` (LOCK_SH / LOCK_EX); on Windows ``LockFileEx`` on the file's first byte, shared or
exclusive alike. (Windows also refuses to rename over a file another process has open, so a
restore there fails rather than replaces a file in use even without this lock.)
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from roundtable.errors import DatabaseError
from roundtable.wording import tr

WRITER_WAIT_SECONDS = 30.0
"""How long a writer waits for a restore under way to finish."""
RESTORE_WAIT_SECONDS = 30.0
"""How long a restore waits for the writers to finish (``roundtable restore --wait``)."""
POLL_SECONDS = 0.05


class LockFileError(DatabaseError):
    """The lock file cannot be used at all (a folder in its place, no permission): an error to
    fix, never mistaken for "someone else holds it"."""


class WritersBusyError(DatabaseError):
    """The lock stayed taken for the whole wait: writers at work, or a restore under way."""


def writer_lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".writers.lock")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2
    _ERROR_LOCK_VIOLATION = 33
    _ERROR_IO_PENDING = 997

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.LockFileEx.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    ]  # fmt: skip
    _kernel32.LockFileEx.restype = wintypes.BOOL
    _kernel32.UnlockFileEx.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    ]  # fmt: skip
    _kernel32.UnlockFileEx.restype = wintypes.BOOL

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        if _kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())):
            return True
        code = ctypes.get_last_error()
        if code in (_ERROR_LOCK_VIOLATION, _ERROR_IO_PENDING):
            return False
        raise OSError(errno.EIO, ctypes.FormatError(code))

    def _unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))

else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """The writers' lock of one database file, held shared by a writer or exclusive by a
    restore. ``held`` is False before ``acquire_*`` and after ``release``."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = writer_lock_path(database)
        self._fd: int | None = None
        self.unlocked = False
        """True when the folder is read-only, so no lock file can exist and none is needed:
        nobody can write the database or rename a file over it there."""

    @property
    def held(self) -> bool:
        return self._fd is not None or self.unlocked

    def acquire_shared(
        self, *, wait: float = WRITER_WAIT_SECONDS, on_wait: Callable[[], None] | None = None
    ) -> None:
        """Hold the lock as one writer among others; waits up to ``wait`` seconds for a restore
        under way, calling ``on_wait`` once if it has to wait at all."""
        self._acquire(False, wait, on_wait)

    def acquire_exclusive(
        self, *, wait: float = RESTORE_WAIT_SECONDS, on_wait: Callable[[], None] | None = None
    ) -> None:
        """Hold the lock alone, for a restore; waits up to ``wait`` seconds for the writers to
        finish, calling ``on_wait`` once if it has to wait at all."""
        self._acquire(True, wait, on_wait)

    def _acquire(self, exclusive: bool, wait: float, on_wait: Callable[[], None] | None) -> None:
        if self.held:
            return
        fd = self._open()
        if fd is None:
            self.unlocked = True
            return
        deadline = time.monotonic() + max(wait, 0.0)
        told = False
        try:
            while not _try_lock(fd, exclusive):
                if time.monotonic() >= deadline:
                    raise WritersBusyError(self._busy_text(exclusive, wait))
                if not told and on_wait is not None:
                    on_wait()
                    told = True
                time.sleep(POLL_SECONDS)
        except OSError as exc:
            os.close(fd)
            raise LockFileError(
                tr("cannot lock {path}: {reason}").format(
                    path=self.path, reason=exc.strerror or exc
                )
            ) from exc
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _busy_text(self, exclusive: bool, wait: float) -> str:
        seconds, database = f"{wait:g}", self.database
        if exclusive and wait > 0:
            text = tr(
                "other programs are writing to {database} (a Roundtable window or command), so "
                "the restore gave up after waiting {seconds} s; try again when they have finished"
            )
        elif exclusive:
            text = tr(
                "other programs are writing to {database} (a Roundtable window or command), so "
                "the restore gave up at once; try again when they have finished"
            )
        elif wait > 0:
            text = tr(
                "a restore of {database} is under way, so this gave up after waiting {seconds} s; "
                "try again when it has finished"
            )
        else:
            text = tr(
                "a restore of {database} is under way, so this gave up at once; try again when "
                "it has finished"
            )
        return text.format(database=database, seconds=seconds)

    def _open(self) -> int | None:
        """The lock file, opened (and made if need be); None in a read-only folder."""
        if self.path.is_dir():
            raise LockFileError(
                tr(
                    "{path} is a folder, where Roundtable keeps the lock file of {database}; move "
                    "it away and try again"
                ).format(path=self.path, database=self.database.name)
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            problem = exc
        if self.path.exists():
            try:  # someone else's lock file we may not write: a lock needs only reading
                return os.open(self.path, os.O_RDONLY)
            except OSError as exc:
                problem = exc
        elif problem.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and not os.access(
            self.path.parent, os.W_OK
        ):
            return None
        raise LockFileError(
            tr(
                "cannot open the lock file {path} ({reason}); check that its folder can be written"
            ).format(path=self.path, reason=problem.strerror or problem)
        ) from problem

    def release(self) -> None:
        self.unlocked = False
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
