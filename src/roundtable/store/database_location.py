"""Which database a start means, before SQLAlchemy is imported: ``--db`` wins over
$ROUNDTABLE_DB, which wins over the per-user default file. ``database.py`` checks the choice and
turns it into an URL; the first paint (``early_read.py``) needs only the path.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "ROUNDTABLE_DB"
DB_FILENAME = "roundtable.sqlite3"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("roundtable", appauthor=False) / DB_FILENAME


def chosen_database(arg: str | None) -> str:
    """The database asked for, as given: a path or an URL (anything containing ``://``)."""
    return arg or os.environ.get(DB_ENV) or str(default_database_path())
