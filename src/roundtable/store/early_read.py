"""The events list read with the standard library's sqlite3 alone, for the window's first paint.

Importing SQLAlchemy and the models takes longer than everything else in a start put together;
the events list does not need them. So the app reads the list here, paints it, and opens the
Store (which checks and migrates the file, and serves every edit) while the user already sees
their events. The read is only trusted when it is certain to show what the Store will: a file
that exists, is a regular file, and carries this app's newest schema revision. For anything else
(a server URL, a new file, a schema to update, a damaged file) ``early_events`` returns None and
the app starts the ordinary way, asking what it must. tests/test_early_read.py holds the result
equal to ``Store.list_events``.
"""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

from roundtable.domain.enums import EventKind, EventStatus
from roundtable.domain.records import EventSummary
from roundtable.store.database_location import chosen_database
from roundtable.store.schema_revisions import HEAD

# Looked up, not called: EventStatus(value) costs more than the rest of a row's conversion.
_STATUSES = {status.value: status for status in EventStatus}
_KINDS = {kind.value: kind for kind in EventKind}

# The same columns, join and order as Store.list_events.
_EVENTS = """
SELECT e.id, e.slug, e.title, e.start_date, e.end_date, e.start_time, e.end_time, e.timezone,
       e.status, e.kind, e.series_id, s.name, e.round_number, e.programme, e.venue_name,
       e.venue_city, e.venue_country
FROM event AS e LEFT OUTER JOIN series AS s ON s.id = e.series_id
ORDER BY e.start_date, e.id
"""


def early_file(arg: str | None) -> Path | None:
    """The SQLite file a start with ``--db arg`` opens, if it is an existing regular file."""
    chosen = chosen_database(arg)
    if "://" in chosen:
        return None
    path = Path(chosen).expanduser().absolute()
    return path if path.is_file() else None


def early_events(path: Path) -> list[EventSummary] | None:
    """The events list of ``path``, or None when it cannot be read quickly and surely."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(HEAD,)]:
            return None
        return [_summary(row) for row in connection.execute(_EVENTS)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _summary(r: tuple) -> EventSummary:
    return EventSummary(
        id=r[0],
        slug=r[1],
        title=r[2],
        start_date=date.fromisoformat(r[3]),
        end_date=date.fromisoformat(r[4]),
        start_time=_time(r[5]),
        end_time=_time(r[6]),
        timezone=r[7],
        status=_STATUSES.get(r[8], EventStatus.DRAFT),  # a newer app's value: as the Store
        kind=_KINDS.get(r[9], EventKind.OTHER),
        series_id=r[10],
        series_name=r[11] or "",
        round_number=r[12],
        programme=r[13],
        venue_name=r[14],
        venue_city=r[15],
        venue_country=r[16],
    )
