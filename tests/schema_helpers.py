"""Databases at an older schema revision, and ways to look at them, for the schema-safety tests."""

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import text

from roundtable.store.database import create_configured_engine
from roundtable.store.migrate import upgrade

# Rows in tables every revision has, written with the columns of the first one: the later steps
# add columns to "person" and "event", so their copies and defaults are exercised too.
ROWS = (
    "INSERT INTO organisation (id, uid, name, short_name, kind, country, website, notes) "
    "VALUES (1, 'o1', 'Kyushu University', 'Kyudai', 'university', 'Japan', '', '')",
    "INSERT INTO person (id, uid, honorific, given_name, family_name, name_order, native_name, "
    "country, email, phone, website, bio, notes) VALUES (1, 'p1', 'Dr', 'Андрей', 'Кортунов', "
    "'given_first', 'Андрей Кортунов', 'Russia', '', '', '', 'Director general.', '')",
    "INSERT INTO affiliation (id, person_id, organisation_id, position, sort_order) "
    "VALUES (1, 1, 1, 'Visiting professor', 0)",
    "INSERT INTO event (id, uid, slug, title, subtitle, short_title, programme, kind, status, "
    "description, summary, notes, start_date, end_date, timezone, venue_name, venue_room, "
    "venue_street, venue_city, venue_region, venue_postcode, venue_country) VALUES (1, 'e1', "
    "'trilateral-2017', 'Trilateral: Second Round', '', 'Trilateral', '', 'dialogue', 'held', "
    "'', '', '', '2017-03-15', '2017-03-16', 'Europe/Moscow', 'Moscow', '', '', 'Moscow', '', "
    "'', 'Russia')",
    "INSERT INTO participation (id, event_id, person_id, role, precedence, attendance, notes) "
    "VALUES (1, 1, 1, 'participant', 0, 'attended', '')",
)


def database_at(path: Path, revision: str, *, rows: bool = True) -> Path:
    """A database file at ``revision`` (with a few rows in it), as that release left it."""
    engine = create_configured_engine(f"sqlite:///{path}")
    upgrade(engine, revision)
    if rows:
        with engine.begin() as connection:
            for statement in ROWS:
                connection.execute(text(statement))
    engine.dispose()
    return path


def dump(path: Path) -> list[str]:
    """Schema and rows, as SQL: equal dumps mean equal databases, whatever the page layout."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        return {r[0] for r in rows}


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
