"""Looking at an SQLite file from outside, without SQLAlchemy and without changing it.

Used before a database is opened (is it usable?), on backups (is this one good?) and by
``roundtable check``. Every connection here is read-only (``mode=ro``, see ``file_access``), so
looking never writes, not even in a folder that cannot be written. Only regular files are
opened: a FIFO or a device would block the reader for ever.
"""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from roundtable.store import migrate, schema_steps
from roundtable.store.file_access import read_only_uri, unread_changes
from roundtable.store.row_words import in_both
from roundtable.wording import tr

SQLITE_HEADER = b"SQLite format 3\x00"
TABLES_QUERY = "SELECT name FROM sqlite_master WHERE type = 'table'"
COUNTED_TABLES = ("event", "person", "organisation", "participation", "series", "attachment")


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=5)


@dataclass
class FileReport:
    """What a file is, as far as Roundtable is concerned."""

    path: Path
    problem: str = ""  # "" when the file is a good Roundtable database; in the user's language
    cause: str = ""  # the problem in English whatever the language, for code to recognise
    revision: str | None = None
    integrity: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    start_afresh: bool = False  # half-made and empty: the next open makes it again (see judge)

    @property
    def can_open(self) -> bool:
        """Good, or a half-made file holding nothing that opening it makes afresh."""
        return self.ok or self.start_afresh

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
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            report.problem, report.cause = in_both(lambda: tr("is not a regular file"))
            return report
        size = status.st_size
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        report.problem, report.cause = in_both(lambda: tr("does not exist"))
        return report
    except OSError as exc:
        strerror = exc.strerror
        report.problem, report.cause = in_both(
            lambda: tr("cannot be read ({reason})").format(reason=strerror)
        )
        return report
    if size == 0:
        report.problem, report.cause = in_both(lambda: tr("is empty (0 bytes)"))
        return report
    if header != SQLITE_HEADER:
        report.problem, report.cause = in_both(lambda: tr("is not an SQLite database"))
        return report
    if unread_changes(path):
        report.problem, report.cause = in_both(
            lambda: tr(
                "cannot be read here: its latest changes are still in {file}-wal, which "
                "cannot be read while the file cannot be written; open it once where it can"
            ).format(file=path.name)
        )
        return report
    try:
        with closing(connect_read_only(path)) as connection:
            pragma = "integrity_check" if full_check else "quick_check"
            rows = [r[0] for r in connection.execute(f"PRAGMA {pragma}").fetchall()]
            lines = [" ".join(line.split()) for row in rows for line in row.splitlines()]
            findings = [line for line in lines if line and not line.startswith("***")]
            report.integrity = "; ".join(findings[:3])  # one line: it goes into messages
            if rows != ["ok"]:
                report.problem, report.cause = in_both(
                    lambda: tr("failed its integrity check ({findings})").format(
                        findings=report.integrity
                    )
                )
                return report
            tables = {r[0] for r in connection.execute(TABLES_QUERY)}
            if schema_steps.VERSION_TABLE in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                report.revision = row[0] if row else None
            verdict = _judge(connection, tables, report.revision)
            if not verdict.ok:
                report.problem, report.cause = verdict.problem, verdict.cause
                report.start_afresh = verdict.start_afresh
                return report
            for table in COUNTED_TABLES:
                if table in tables:
                    report.counts[table] = connection.execute(
                        f"SELECT count(*) FROM {table}"
                    ).fetchone()[0]
    except sqlite3.OperationalError as exc:  # not the content: locked, unreadable...
        locked = str(exc)
        report.problem, report.cause = in_both(
            lambda: tr("cannot be read ({reason})").format(reason=locked)
        )
        return report
    except sqlite3.DatabaseError as exc:
        error = exc
        report.problem, report.cause = in_both(
            lambda: tr("is damaged ({reason})").format(reason=error)
        )
        return report
    if report.newer_than_app:
        report.problem, report.cause = in_both(
            lambda: tr("was written by a newer version of Roundtable (schema {revision})").format(
                revision=report.revision
            )
        )
    return report


def _judge(
    connection: sqlite3.Connection, tables: set[str], revision: str | None
) -> schema_steps.Verdict:
    """The file's tables against its revision: half-made or half-updated files are problems."""

    def columns(table: str) -> list[str]:
        return [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]

    def rows(table: str) -> int:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    return schema_steps.judge(revision, schema_steps.shape(tables, columns), rows)
