"""What an open Store holds on its SQLite file, taken in ``Store.open`` and given back in
``Store.close``.

Every Store on a file protects the file's companions from this process's exports
(``database_files``). A Store that may write also holds the writers' lock shared
(``writer_lock``), so a restore waits for it to close, and removes the stale temporaries a killed
backup or restore left behind (``leftovers``): the start of every command line write and of the
app's window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from roundtable.store import writer_lock
from roundtable.store.database_files import forget_open, register_open
from roundtable.store.leftovers import remove_stale_around


class DatabaseHold:
    """Held for as long as a Store is open; ``release`` may be called any number of times."""

    def __init__(self, database: Path | None) -> None:
        self.database = database
        self.lock: writer_lock.WriterLock | None = None
        self._registered = False

    @classmethod
    def take(cls, database: Path | None, *, write: bool) -> DatabaseHold:
        """Hold ``database`` (None: a server or in-memory database, nothing to hold). A writer
        waits up to WRITER_WAIT_SECONDS for a restore under way, saying so on stderr."""
        hold = cls(database)
        if database is None:
            return hold
        if write:
            lock = writer_lock.WriterLock(database)
            wait = writer_lock.WRITER_WAIT_SECONDS

            def tell() -> None:
                print(
                    f"roundtable: waiting for the restore of {database} to finish "
                    f"(up to {wait:g} s)…",
                    file=sys.stderr,
                    flush=True,
                )

            lock.acquire_shared(wait=wait, on_wait=tell)
            hold.lock = lock
            remove_stale_around(database)
        register_open(database)
        hold._registered = True
        return hold

    def release(self) -> None:
        if self._registered and self.database is not None:
            forget_open(self.database)
            self._registered = False
        if self.lock is not None:
            self.lock.release()
            self.lock = None
