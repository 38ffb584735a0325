"""Bringing a database to the app's schema when it is opened.

Reading the current revision needs one query, so Alembic itself (slow to import) is loaded only
when a migration is actually due. A database stamped with a revision this app does not know was
written by a newer Roundtable: it is refused and left untouched.

Creating the schema and every update run in one transaction, begun with the write lock taken
(BEGIN IMMEDIATE): SQLite's DDL is transactional once the driver's own transaction handling is
off (``database.py``), so a kill or a full disk part-way leaves the file exactly as it was, and
a second app opening the same file meanwhile waits, then finds the work done. The schema
version is stamped in that same transaction. tests/test_schema_atomic.py kills the opening
process after each of its statements to hold this to account.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from roundtable.errors import DatabaseError
from roundtable.store import schema_steps
from roundtable.store.database import WRITE_OPTION
from roundtable.store.schema_revisions import HEAD, KNOWN_REVISIONS
from roundtable.wording import tr

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def judge_schema(connection: Connection, revision: str | None) -> schema_steps.Verdict:
    """Do the tables match ``revision``? (See ``schema_steps``: half-made and half-updated
    files left by older versions of Roundtable.)"""
    inspector = inspect(connection)
    names = schema_steps.shape(
        inspector.get_table_names(), lambda t: [c["name"] for c in inspector.get_columns(t)]
    )
    return schema_steps.judge(
        revision,
        names,
        lambda t: connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() or 0,
    )


def ensure_schema(
    engine: Engine,
    name: str,
    *,
    read_only: bool = False,
    why_read_only: str = "",
    before_upgrade: Callable[[], object] | None = None,
) -> None:
    """Migrate ``engine`` to HEAD, or raise DatabaseError naming ``name`` if that is unsafe.

    ``before_upgrade`` runs first when an existing database is about to be migrated (the store
    backs the file up there); a brand-new empty database needs no backup. ``why_read_only``
    says why a database opened read-only could not be written (its folder is read-only...).
    A failed update raises one line; the transaction is rolled back, so nothing was changed.
    """
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            verdict = judge_schema(connection, revision) if revision != HEAD else None
    except (SADatabaseError, OperationalError) as exc:
        raise DatabaseError(
            tr("cannot open {name}: {reason}").format(name=name, reason=_reason(exc))
        ) from exc
    if verdict is None:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            tr(
                "{name} was written by a newer version of Roundtable (schema {revision}); "
                "update Roundtable to open it. The file was not changed."
            ).format(name=name, revision=revision)
        )
    if not verdict.ok and not verdict.start_afresh:
        raise DatabaseError(tr("{name} {problem}").format(name=name, problem=verdict.problem))
    if read_only:
        if why_read_only:
            raise DatabaseError(
                tr(
                    "{name} needs updating to this version of Roundtable, which cannot be done "
                    "read-only because {reason}; open it once where it can be written"
                ).format(name=name, reason=why_read_only)
            )
        raise DatabaseError(
            tr(
                "{name} needs updating to this version of Roundtable, which cannot be done "
                "read-only; open it once where it can be written"
            ).format(name=name)
        )
    if revision is not None and before_upgrade is not None:
        before_upgrade()
    try:
        upgrade(engine, leftovers=verdict.leftovers)
    except (SADatabaseError, OperationalError) as exc:
        raise DatabaseError(
            tr(
                "could not update {name} to this version of Roundtable ({reason}); nothing was "
                "changed"
            ).format(name=name, reason=_reason(exc))
        ) from exc


def upgrade(engine: Engine, target: str = "head", *, leftovers: tuple[str, ...] = ()) -> None:
    """Run the migrations to ``target`` in one write transaction (see the module's docstring).

    ``leftovers`` are the empty tables of a half-made file (``schema_steps.judge``): they are
    dropped in the same transaction, after checking again, under the lock, that they are empty.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        if leftovers:
            _drop_leftovers(connection, leftovers)
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _drop_leftovers(connection: Connection, leftovers: tuple[str, ...]) -> None:
    verdict = judge_schema(connection, current_revision(connection))
    if not verdict.start_afresh or set(verdict.leftovers) != set(leftovers):
        raise DatabaseError(tr("the database changed while it was being opened; try again"))
    from roundtable.store.models import Base

    ordered = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in leftovers]
    ordered += sorted(set(leftovers) - set(ordered))
    for table in [*ordered, schema_steps.VERSION_TABLE]:
        connection.execute(text(f'DROP TABLE IF EXISTS "{table}"'))


def _reason(exc: SADatabaseError) -> str:
    """The driver's message alone, one line, without SQLAlchemy's SQL dump."""
    reason = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
    reason = reason.splitlines()[0] if reason else type(exc).__name__
    if "disk is full" in reason or "disk full" in reason:
        return tr("the disk is full")
    return reason
