"""Bringing a database to the app's schema when it is opened.

Reading the current revision needs one query, so Alembic itself (slow to import) is loaded only
when a migration is actually due. A database stamped with a revision this app does not know was
written by a newer Roundtable: it is refused and left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from roundtable.errors import DatabaseError

# Oldest first. tests/test_migrations.py checks this against the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_person_photo",
    "0003_agenda",
    "0004_seating",
    "0005_event_log",
    "0006_revisions",
)
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(
    engine: Engine,
    name: str,
    *,
    read_only: bool = False,
    before_upgrade: Callable[[], None] | None = None,
) -> None:
    """Migrate ``engine`` to HEAD, or raise DatabaseError naming ``name`` if that is unsafe.

    ``before_upgrade`` runs first when an existing database is about to be migrated (the store
    backs the file up there); a brand-new empty database needs no backup.
    """
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except (SADatabaseError, OperationalError) as exc:
        reason = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
        raise DatabaseError(f"cannot open {name}: {reason}") from exc
    if revision == HEAD:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"{name} was written by a newer version of Roundtable (schema {revision}); "
            "update Roundtable to open it. The file was not changed."
        )
    if revision is None and tables:
        raise DatabaseError(f"{name} is not a Roundtable database (it has other tables)")
    if read_only:
        raise DatabaseError(
            f"{name} needs updating to this version of Roundtable, which cannot be done "
            "read-only; open it normally once"
        )
    if revision is not None and before_upgrade is not None:
        before_upgrade()
    upgrade(engine)


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
