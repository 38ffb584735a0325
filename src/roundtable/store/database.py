"""Turning a path or URL into a configured Engine.

Every connection gets ``PRAGMA foreign_keys=ON`` (SQLite ignores foreign keys otherwise) and a
file database runs in WAL mode so a reader never blocks the writer. SQLite transactions are
begun by us, not by the driver, so DDL is transactional and writes lock at their start.

Where a new file may be made is decided here too (``prepare_location``): a mistyped ``--db`` must
not leave folders, a database and a backup behind it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from roundtable.errors import DatabaseError
from roundtable.store import database_location
from roundtable.store.database_location import DB_ENV as DB_ENV  # where callers look for them
from roundtable.store.database_location import DB_FILENAME as DB_FILENAME
from roundtable.store.database_location import chosen_database
from roundtable.store.file_access import read_only_query, why_not_writable
from roundtable.wording import tr

WRITE_OPTION = "roundtable_write"
"""The execution option the store's write sessions carry (see ``_on_begin``)."""

Create = Literal["never", "file", "folders"]
"""What opening a database file that does not exist may make: nothing (commands that only read);
the file, in a folder that exists (commands that write); or the file and its missing folders
(after the user confirmed it, or the per-user default, whose folder is Roundtable's own)."""


class MissingFolderError(DatabaseError):
    """The database's folder does not exist, and making it was not asked for. The app can ask
    the user and open again with ``create="folders"``."""

    def __init__(self, path: Path, folder: Path) -> None:
        self.path = path
        self.folder = folder
        super().__init__(
            tr(
                "cannot create {path}: the folder {folder} does not exist; check the path, or "
                "create the folder first"
            ).format(path=path, folder=folder)
        )


def resolve_database(arg: str | None) -> str:
    """--db wins over $ROUNDTABLE_DB, which wins over the per-user default file.

    Anything containing ``://`` is an SQLAlchemy URL; everything else is a path to an SQLite file.
    """
    chosen = chosen_database(arg)
    if "://" in chosen:
        try:
            make_url(chosen)
        except ArgumentError as exc:
            raise DatabaseError(
                tr("not a valid database URL: {chosen}").format(chosen=chosen)
            ) from exc
        return chosen
    path = Path(chosen).expanduser()
    if path.is_dir():
        raise DatabaseError(tr("{path} is a folder, not a database file").format(path=path))
    if path.exists() and not path.is_file():  # a FIFO would block the first read for ever
        raise DatabaseError(
            tr("{path} is not a regular file, so it cannot be a database").format(path=path)
        )
    return "sqlite:///" + str(path.absolute())


def describe(url: str) -> str:
    """The database as a user would name it: a file path, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL; None for a server database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def prepare_location(path: Path, create: Create) -> None:
    """Make sure ``path`` may be opened as ``create`` allows, making its folders if allowed.

    Raises DatabaseError, with nothing made on disk, for a file that does not exist when
    ``create`` is "never", and MissingFolderError for a missing folder unless "folders" (or the
    path is the per-user default). A new file in a folder that cannot be written is refused
    with the reason, not SQLite's "unable to open database file".
    """
    if path.exists():
        return
    if create == "never":
        raise DatabaseError(tr("{path} does not exist").format(path=path))
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise DatabaseError(
            tr("cannot create {path}: {folder} is a file, not a folder").format(
                path=path, folder=folder
            )
        )
    if not folder.exists():
        if create != "folders" and path != database_location.default_database_path():
            raise MissingFolderError(path, folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                tr("cannot create the folder {folder}: {reason}").format(
                    folder=folder, reason=exc.strerror
                )
            ) from exc
    if reason := why_not_writable(path):
        raise DatabaseError(
            tr("cannot create {path} because {reason}").format(path=path, reason=reason)
        )


def create_configured_engine(url: str, *, read_only: bool = False) -> Engine:
    """An Engine for ``url``; a file's folder must exist (``prepare_location``)."""
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    file = sqlite_file(url)
    is_file = file is not None
    if file is not None and read_only:
        # SQLite's own read-only mode: no write can reach the file, whatever the code does.
        path = file.absolute()
        url = f"sqlite:///{path.as_uri()}?{read_only_query(path)}&uri=true"
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(
            tr("cannot use database {database}: {reason}").format(
                database=describe(url), reason=exc
            )
        ) from exc
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:
            # The driver's own transaction handling off: it commits before DDL and begins
            # lazily; ``_on_begin`` below begins every transaction itself instead.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if is_file and not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                # FULL: a commit is on disk before it is reported, even across a power cut.
                cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection) -> None:
            # A write takes the database's write lock at once (IMMEDIATE), so its checks and
            # its writes see the same state, and a second writer waits (busy_timeout) instead
            # of failing half-way; a read begins a plain, deferred snapshot.
            write = connection.get_execution_options().get(WRITE_OPTION)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
