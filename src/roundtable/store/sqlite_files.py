"""Looking at an SQLite file from outside, without SQLAlchemy and without changing it.

Used before a database is opened (is it usable?), on backups (is this one good?) and by
``roundtable check``. Every connection here is read-only (``mode=ro``), so looking never writes.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from roundtable.store import migrate

SQLITE_HEADER = b"SQLite format 3\x00"
COUNTED_TABLES = ("event", "person", "organisation", "participation", "series", "attachment")


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5)


@dataclass
class FileReport:
    """What a file is, as far as Roundtable is concerned."""

    path: Path
    problem: str = ""  # "" when the file is a good Roundtable database
    revision: str | None = None
    integrity: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problem

    @property
    def newer_than_app(self) -> bool:
        return self.revision is not None and self.revision not in migrate.KNOWN_REVISIONS


def inspect_file(path: Path, *, full_check: bool = False) -> FileReport:
    """Check ``path`` as a Roundtable database; never raises for a bad file, says why instead."""
    report = FileReport(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        report.problem = "does not exist"
        return report
    except OSError as exc:
        report.problem = f"cannot be read ({exc.strerror})"
        return report
    if size == 0:
        report.problem = "is empty (0 bytes)"
        return report
    if header != SQLITE_HEADER:
        report.problem = "is not an SQLite database"
        return report
    try:
        with closing(connect_read_only(path)) as connection:
            pragma = "integrity_check" if full_check else "quick_check"
            rows = [r[0] for r in connection.execute(f"PRAGMA {pragma}").fetchall()]
            lines = [" ".join(line.split()) for row in rows for line in row.splitlines()]
            findings = [line for line in lines if line and not line.startswith("***")]
            report.integrity = "; ".join(findings[:3])  # one line: it goes into messages
            if rows != ["ok"]:
                report.problem = f"failed its integrity check ({report.integrity})"
                return report
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                report.revision = row[0] if row else None
            elif tables - {"sqlite_sequence"}:
                report.problem = "is not a Roundtable database (it has other tables)"
                return report
            for table in COUNTED_TABLES:
                if table in tables:
                    report.counts[table] = connection.execute(
                        f"SELECT count(*) FROM {table}"
                    ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problem = f"is damaged ({exc})"
        return report
    if report.newer_than_app:
        report.problem = f"was written by a newer version of Roundtable (schema {report.revision})"
    return report
