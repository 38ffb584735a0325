"""The files that belong to a database, which no export or backup may ever be written over.

They are the database itself, its SQLite companions (-wal, -shm, -journal), its two lock files,
and everything in its backups folder. A path is compared however it is spelled: ``./``, ``..``,
symbolic links and hard links to the same file all count (``os.path.samefile`` where both
exist, the resolved path otherwise).

The command line checks an export's target before it opens anything. The app's own saves all go
through ``atomic_write.atomic_output``, which asks ``refuse_open_database_file``: every
database this process has open (a Store registers its file while open) is protected there.
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtable.atomic_write import add_output_guard
from roundtable.errors import UserError
from roundtable.store.instance_lock import lock_path
from roundtable.store.writer_lock import writer_lock_path
from roundtable.wording import tr

SIDECARS = ("-wal", "-shm", "-journal")
BACKUP_DIR = "backups"

THE_DATABASE = "the database"
ONE_OF_ITS_FILES = "a file of the database"
IN_ITS_BACKUPS = "in the backups folder"

_open_databases: dict[str, tuple[Path, int]] = {}
"""The databases this process has open: canonical path → (the path, how many Stores)."""


def sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in SIDECARS]


def _companions(database: Path) -> list[Path]:
    return [*sidecars(database), lock_path(database), writer_lock_path(database)]


def _canonical(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): compare where the names lead
        return _canonical(first) == _canonical(second)


def _within(target: Path, folder: Path) -> bool:
    resolved = Path(_canonical(target))
    if folder.exists():
        return any(_same(parent, folder) for parent in resolved.parents)
    return resolved.is_relative_to(_canonical(folder))


def database_file_role(target: str | os.PathLike[str], database: Path) -> str | None:
    """What ``target`` is to ``database`` (THE_DATABASE, ONE_OF_ITS_FILES, IN_ITS_BACKUPS),
    or None for a file that is no business of the database's."""
    target = Path(target)
    real = Path(os.path.realpath(database))
    if any(_same(target, name) for name in {database, real}):
        return THE_DATABASE
    if any(_same(target, name) for name in {*_companions(database), *_companions(real)}):
        return ONE_OF_ITS_FILES
    if any(_within(target, place.parent / BACKUP_DIR) for place in {database, real}):
        return IN_ITS_BACKUPS
    return None


def refuse_database_file(
    target: str | os.PathLike[str], database: Path, *, new_backup: bool = False
) -> None:
    """Raise a UserError, naming the database, if ``target`` is one of its files. With
    ``new_backup`` (``backup -o``), a file not yet in the backups folder is allowed: a backup
    may go there under a name of its own, but never over a backup kept there."""
    role = database_file_role(target, database)
    if role == THE_DATABASE:
        text = tr(
            "{target} is the database {database} itself; not writing over it (choose another file)"
        )
    elif role == ONE_OF_ITS_FILES:
        text = tr(
            "{target} is one of the files SQLite and Roundtable keep beside the database "
            "{database}; not writing over it (choose another file)"
        )
    elif role == IN_ITS_BACKUPS and not (new_backup and not os.path.lexists(target)):
        text = tr(
            "{target} is in the backups folder of {database}, which holds Roundtable's own "
            "backups; not writing over it (choose another file)"
        )
    else:
        return
    raise UserError(text.format(target=target, database=database))


def register_open(database: Path) -> None:
    key = _canonical(database)
    _open_databases[key] = (database, _open_databases.get(key, (database, 0))[1] + 1)


def forget_open(database: Path) -> None:
    key = _canonical(database)
    path, count = _open_databases.get(key, (database, 0))
    if count > 1:
        _open_databases[key] = (path, count - 1)
    else:
        _open_databases.pop(key, None)


def refuse_open_database_file(target: str | os.PathLike[str], *, new_backup: bool = False) -> None:
    """``refuse_database_file`` for every database this process has open."""
    for database, _count in list(_open_databases.values()):
        refuse_database_file(target, database, new_backup=new_backup)


add_output_guard(refuse_open_database_file)  # every export checks its target (atomic_write)
