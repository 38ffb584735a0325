"""A scratch PostgreSQL database for the team-mode tests, and emptying it between tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ENV = "ROUNDTABLE_TEST_POSTGRES"
KEEP = {"alembic_version"}  # the schema stays; the data goes


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of ``server_url``; dropped afterwards."""
    name = f"roundtable_test_{os.getpid()}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def emptied(url: str) -> None:
    """Every row gone and the ids starting again at 1, as in a new database; the schema and
    its version stay, so the next test's Store opens without migrating."""
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            tables = [
                name
                for (name,) in c.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
                if name not in KEEP
            ]
            if tables:
                quoted = ", ".join(f'"{t}"' for t in tables)
                c.exec_driver_sql(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
            if "store_state" in tables:
                c.exec_driver_sql("INSERT INTO store_state (id, revision) VALUES (1, 0)")
    finally:
        engine.dispose()
