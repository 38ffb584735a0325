"""Turning a path or URL into a configured Engine.

Every connection gets ``PRAGMA foreign_keys=ON`` (SQLite ignores foreign keys otherwise) and a
file database runs in WAL mode so a reader never blocks the writer. SQLite transactions are
begun by us, not by the driver, so DDL is transactional and writes lock at their start.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from roundtable.errors import DatabaseError

DB_ENV = "ROUNDTABLE_DB"
WRITE_OPTION = "roundtable_write"
"""The execution option the store's write sessions carry (see ``_on_begin``)."""
DB_FILENAME = "roundtable.sqlite3"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("roundtable", appauthor=False) / DB_FILENAME


def resolve_database(arg: str | None) -> str:
    """--db wins over $ROUNDTABLE_DB, which wins over the per-user default file.

    Anything containing ``://`` is an SQLAlchemy URL; everything else is a path to an SQLite file.
    """
    chosen = arg or os.environ.get(DB_ENV) or str(default_database_path())
    if "://" in chosen:
        try:
            make_url(chosen)
        except ArgumentError as exc:
            raise DatabaseError(f"not a valid database URL: {chosen}") from exc
        return chosen
    path = Path(chosen).expanduser()
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
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


def create_configured_engine(url: str, *, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    is_file = sqlite_file(url) is not None
    if is_file and read_only:
        # SQLite's own read-only mode: no write can reach the file, whatever the code does.
        url = f"sqlite:///{Path(parsed.database).absolute().as_uri()}?mode=ro&uri=true"
    elif is_file:
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use database {describe(url)}: {exc}") from exc
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
