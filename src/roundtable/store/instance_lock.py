"""One app per database: an advisory lock on a file beside it.

The lock is an OS file lock (flock on POSIX, msvcrt on Windows), which the kernel releases when
the holder dies, however it dies. A lock file left behind by a crashed app therefore holds no
lock and is simply taken over. A lock file that cannot be opened at all (a folder in its place)
is an error (LockFileError), never taken for another app holding it. The file also records who
holds it, for the message a second app shows, and the name of the local socket the holder
listens on to be brought forward.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from roundtable.store.writer_lock import LockFileError
from roundtable.wording import tr

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(stream: IO[str]) -> bool:
        try:
            stream.seek(0)
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(stream: IO[str]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(stream: IO[str]) -> bool:
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(stream: IO[str]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def server_name(database: Path) -> str:
    """The local socket name the holder listens on; derived from the path, so both agree."""
    digest = hashlib.sha1(str(database.absolute()).encode()).hexdigest()[:16]
    return f"roundtable-{digest}"


class DatabaseLock:
    """Held by the app that has ``database`` open for writing."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._stream: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._stream is not None

    def acquire(self) -> bool:
        """Take the lock; False if another live app holds it. A dead holder's lock is taken."""
        if self._stream is not None:
            return True
        if self.path.is_dir():  # an error to fix, not "another app has it"
            raise LockFileError(
                tr(
                    "{path} is a folder, where Roundtable keeps the lock file of {database}; move "
                    "it away and try again"
                ).format(path=self.path, database=self.database.name)
            )
        try:
            stream = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open
        except OSError as exc:
            if not self.path.exists() and not os.access(self.path.parent, os.W_OK):
                return True  # a read-only folder: nobody can write the database there anyway
            raise LockFileError(
                tr("cannot open the lock file {path} ({reason})").format(
                    path=self.path, reason=exc.strerror or exc
                )
            ) from exc
        if not _try_lock(stream):
            stream.close()
            return False
        stream.seek(0)
        stream.truncate()
        json.dump(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now().isoformat(timespec="seconds"),
                "server": server_name(self.database),
            },
            stream,
        )
        stream.flush()
        self._stream = stream
        return True

    def release(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.seek(0)
            self._stream.truncate()
            _unlock(self._stream)
        finally:
            self._stream.close()
            self._stream = None

    def holder(self) -> dict[str, Any]:
        """Who holds the lock, as its holder wrote it ({} if unreadable)."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
