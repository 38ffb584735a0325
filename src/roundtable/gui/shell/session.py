"""The database a window works on: the open Store, the lock that makes this app its only writer,
and the local socket a second app uses to bring this one forward.

The window never opens or closes a Store itself; it asks its session, which is what lets
"Restore from backup" close the file, replace it and open it again (a new Store object, since
the restored file may need migrating) and lets a read-only window switch to editing once the
other app has quit. ``open_session`` is the start-up path with its questions: another app
already has the file, or the file is damaged.

The questions (safety_dialogs.py, restore_dialog.py) and the bring-forward request (QtNetwork)
are imported only when one is needed: a normal start asks none of them, and the window, which
imports this module, is up sooner without them. They import nothing from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.errors import DatabaseError, ReadOnlyError, UnusableDatabaseError, UserError
from roundtable.gui.shell.session_choices import DamagedChoice, SecondInstanceChoice
from roundtable.store.database import Create, MissingFolderError, resolve_database, sqlite_file
from roundtable.store.facade import Store
from roundtable.store.instance_lock import DatabaseLock, server_name
from roundtable.wording import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from roundtable.gui.shell.single_instance import RaiseServer
    from roundtable.store.backups import BackupInfo


class ReopenError(DatabaseError):
    """The backup was restored, but the result could not be opened (e.g. its upgrade failed).
    The restored file and the "pre-restore" backup are both on disk; nothing is lost."""


class DatabaseSession:
    """Owns the Store (and, for a file, its lock and raise server) for as long as a window
    works on it. ``store`` changes after a restore or a switch to editing; ask for it each time.
    """

    def __init__(self, url: str, store: Store, lock: DatabaseLock | None = None) -> None:
        self.url = url
        self._store = store
        self.lock = lock
        self._server: RaiseServer | None = None
        self._on_raise: Callable[[], None] | None = None

    @classmethod
    def around(cls, store: Store) -> DatabaseSession:
        """A session for a Store opened elsewhere (tests, tools): no lock, nothing to serve."""
        return cls(store.url, store)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def path(self) -> Path | None:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def can_restore(self) -> bool:
        """Restoring replaces the file, which only the one app allowed to write may do."""
        return self.path is not None and not self.read_only

    @property
    def can_back_up(self) -> bool:
        """A backup only reads the file, so a read-only window may make one too."""
        return self.path is not None

    # -- bring-forward server -------------------------------------------------------------------

    def listen(self, on_raise: Callable[[], None]) -> bool:
        """Answer "raise" requests from second apps with ``on_raise``, while this session holds
        the lock. A read-only session remembers the callback for when it gets the lock."""
        self._on_raise = on_raise
        if self.lock is None or not self.lock.held or self.path is None:
            return False
        if self._server is None:
            from roundtable.gui.shell.single_instance import RaiseServer

            self._server = RaiseServer(server_name(self.path), on_raise)
        return self._server.listen()

    @property
    def server(self) -> RaiseServer | None:
        return self._server

    # -- changing what is open ------------------------------------------------------------------

    def restore(self, backup: Path, on_wait: Callable[[], None] | None = None) -> Path | None:
        """Replace the database with ``backup``: close it, restore (the current file is backed
        up first, or set aside if damaged), open the result. Returns where a damaged file went.

        Closing the Store gives up this window's shared hold on the writers' lock; the restore
        takes it exclusive, waiting a while (``on_wait`` is called once if it must) for commands
        still writing; the new Store takes the shared hold again. If the restore is refused
        (writers did not finish, a bad backup) the old file is opened again, untouched, and the
        error raised.
        """
        if not self.can_restore or self.path is None:
            raise ReadOnlyError(
                tr("{database} is open read-only, so it cannot be restored").format(
                    database=self.store.name
                )
            )
        from roundtable.store.backups import restore_backup

        self._store.close()  # every connection closed, and the writers' lock let go
        try:
            aside = restore_backup(self.path, backup, on_wait=on_wait)
        except UserError:
            self._store = Store.open(self.url, daily_backup=False)
            raise
        try:
            self._store = Store.open(self.url, daily_backup=False)
        except UserError as exc:
            raise ReopenError(
                tr(
                    "the backup was restored, but {path} could not be opened again: {reason}; "
                    "quit Roundtable and start it again"
                ).format(path=self.path, reason=exc)
            ) from exc
        return aside

    def try_write_access(self) -> bool:
        """For a read-only session: take the lock if the other app has quit, and reopen for
        editing. False (and nothing changed) while the other app still has the file."""
        if not self.read_only:
            return True
        if self.path is None:
            return False
        lock = DatabaseLock(self.path)
        if not lock.acquire():
            return False
        try:
            writable = Store.open(self.url, daily_backup=False)
        except UserError:
            lock.release()
            raise
        self._store.close()
        self._store = writable
        self.lock = lock
        if self._on_raise is not None:
            self.listen(self._on_raise)
        return True

    def holder(self) -> dict:
        """Who has the file open for writing, as the lock file says ({} if nobody we know)."""
        return DatabaseLock(self.path).holder() if self.path is not None else {}

    def close(self) -> None:
        """Close the store, stop serving, release the lock: the file is free for another app."""
        self._store.close()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.lock is not None:
            self.lock.release()


# -- start-up ---------------------------------------------------------------------------------


class NotOpened(Exception):  # noqa: N818 - an outcome, not an error
    """The user chose not to open the database; ``status`` is the app's exit status (0 after
    Cancel or bringing the other window forward, 1 after Quit on a damaged file)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def open_session(
    db: str | None, parent: QWidget | None = None, lock: DatabaseLock | None = None
) -> DatabaseSession:
    """Open ``db`` for the app's window, asking the user what to do when another app has it or
    it is damaged. Raises NotOpened when the user chose not to open it, and UserError for what
    cannot be fixed here (a folder, a bad URL, an unreachable server...). ``lock``: the file's
    lock, already taken by the start (first_paint.py); the session owns it from here.
    """
    url = resolve_database(db)
    path = sqlite_file(url)
    read_only = False
    if lock is not None and not (lock.held and lock.database == path):
        lock.release()
        lock = None
    if path is not None and lock is None:
        lock = DatabaseLock(path)
        if not lock.acquire():
            choice = _resolve_second_instance(path, lock, parent)
            if choice is SecondInstanceChoice.READ_ONLY:
                lock, read_only = None, True
            elif choice is not None:
                raise NotOpened(0)
    try:
        store = _open_store(url, path, read_only, parent)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return DatabaseSession(url, store, lock)


def _resolve_second_instance(
    path: Path, lock: DatabaseLock, parent: QWidget | None
) -> SecondInstanceChoice | None:
    """Ask until the user opens read-only, cancels, or the other window was reached. None when
    the other app quit meanwhile and the lock is now ours: then the file simply opens."""
    from roundtable.gui.shell import safety_dialogs
    from roundtable.gui.shell.single_instance import request_raise

    note = ""
    while True:
        holder = lock.holder()
        choice = safety_dialogs.ask_second_instance(parent, path, holder, note)
        if choice is not SecondInstanceChoice.RAISE:
            return choice
        if request_raise(str(holder.get("server") or server_name(path))):
            return choice
        if lock.acquire():
            return None
        note = safety_dialogs.unreachable_note(holder)


def _open_store(url: str, path: Path | None, read_only: bool, parent: QWidget | None) -> Store:
    """Store.open, offering the good backups of a damaged file until one opens or the user
    quits, and asking before a new file's missing folder is made (a mistyped ``--db`` must not
    leave folders behind). Only restore_backup touches a damaged file, and only to rename it
    aside intact."""
    create: Create = "file"
    while True:
        try:
            return Store.open(url, read_only=read_only, daily_backup=False, create=create)
        except MissingFolderError as exc:
            from roundtable.gui.shell import safety_dialogs

            if not safety_dialogs.ask_create_folder(parent, exc.path, exc.folder):
                raise NotOpened(1) from None
            create = "folders"
        except UnusableDatabaseError as exc:
            if read_only or path is None:
                raise  # another app has it open: that app must deal with it
            backup = _choose_backup_for_damaged(exc, path, parent)
            if backup is None:
                raise NotOpened(1) from None
            _restore_at_start(path, backup, parent)


def _choose_backup_for_damaged(
    error: UnusableDatabaseError, path: Path, parent: QWidget | None
) -> BackupInfo | None:
    from roundtable.gui.shell import restore_dialog, safety_dialogs

    while True:
        choice = safety_dialogs.ask_damaged(parent, error)
        if choice is DamagedChoice.QUIT:
            return None
        if choice is DamagedChoice.RESTORE_NEWEST and error.backups:
            return error.backups[0]
        backup, accepted = restore_dialog.get_backup(parent, path, current_problem=error.reason)
        if accepted and backup is not None:
            return backup


def _restore_at_start(path: Path, backup: BackupInfo, parent: QWidget | None) -> None:
    from roundtable.gui.shell import safety_dialogs
    from roundtable.store.backups import restore_backup

    try:
        aside = restore_backup(path, backup.path)
    except UserError as exc:
        safety_dialogs.restore_failed(parent, str(exc))
        return
    safety_dialogs.restored_at_start(parent, path, backup, aside)
