"""Backups of a database file, made with SQLite's online backup API.

A plain file copy of a live WAL database can miss committed pages still in the -wal file or
catch a half-written page; the backup API copies a consistent snapshot. Backups live in a
``backups`` folder beside the database, are standalone files (journal mode DELETE), and are
kept rotating: the newest ``KEEP_RECENT`` plus the newest of every month.

Restoring never overwrites a damaged file: it is renamed aside first. A healthy file gets a
"pre-restore" backup before it is replaced.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from roundtable.errors import UserError
from roundtable.store.sqlite_files import connect_read_only, inspect_file

KEEP_RECENT = 10
BACKUP_DIR = "backups"
STAMP = "%Y%m%d-%H%M%S"
REASONS = ("daily", "manual", "pre-migration", "pre-restore")
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    events: int | None  # None when the file could not be read

    def describe(self) -> str:
        events = "unreadable" if self.events is None else f"{self.events} events"
        return f"{self.created:%Y-%m-%d %H:%M}, {events}, {self.reason}"


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def _info(path: Path, *, count_events: bool = True) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    events = None
    if count_events:
        try:
            with closing(connect_read_only(path)) as connection:
                events = connection.execute("SELECT count(*) FROM event").fetchone()[0]
        except sqlite3.Error:
            events = None
    return BackupInfo(
        path=path,
        created=datetime.strptime(match["stamp"], STAMP),
        reason=match["reason"],
        size=path.stat().st_size,
        events=events,
    )


def list_backups(database: Path, *, count_events: bool = True) -> list[BackupInfo]:
    """Backups of ``database``, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    prefix = database.stem + "-"
    found = [
        info
        for path in folder.glob(f"{database.stem}-*.sqlite3")
        if path.name.startswith(prefix)
        and (info := _info(path, count_events=count_events)) is not None
    ]
    return sorted(found, key=_order, reverse=True)


def _order(info: BackupInfo) -> tuple[datetime, int, int]:
    """By the time in the name, then the -2, -3 suffix of backups made within one second, then
    (for a daily and a manual backup in the same second) the file's own modification time."""
    match = _NAME.match(info.path.name)
    suffix = int(match["n"]) if match and match["n"] else 1
    try:
        modified = info.path.stat().st_mtime_ns
    except OSError:
        modified = 0
    return info.created, suffix, modified


def good_backups(database: Path) -> list[BackupInfo]:
    """Backups this app can restore (intact and not from a newer schema), newest first."""
    return [b for b in list_backups(database) if inspect_file(b.path).ok]


def last_backup_time(database: Path) -> datetime | None:
    backups = list_backups(database, count_events=False)
    return backups[0].created if backups else None


def backup_due(database: Path, now: datetime | None = None) -> bool:
    """At most one automatic backup a day: due when none was made today."""
    last = last_backup_time(database)
    return last is None or last.date() < (now or datetime.now()).date()


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` atomically (temp file, rename)."""
    temp = target.with_name(f".{target.name}.tmp")
    with suppress(FileNotFoundError):
        temp.unlink()
    try:
        with closing(connect_read_only(source)) as src, closing(sqlite3.connect(temp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise UserError(f"the backup of {source} did not pass its integrity check")
        with temp.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            temp.unlink()
        raise


def make_backup(database: Path, reason: str = "manual", target: Path | None = None) -> BackupInfo:
    """Back ``database`` up into its backups folder (or to ``target``) and rotate the folder."""
    if reason not in REASONS:
        raise ValueError(reason)
    try:
        if target is None:
            folder = backup_folder(database)
            folder.mkdir(exist_ok=True)
            stamp = datetime.now().strftime(STAMP)
            target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
            n = 1
            while target.exists():
                n += 1
                target = folder / f"{database.stem}-{stamp}-{n}-{reason}.sqlite3"
        elif target.exists() and not inspect_file(target).ok:
            raise UserError(f"{target} exists and is not a Roundtable backup; not overwriting it")
        if not target.parent.is_dir():
            raise UserError(f"cannot write {target}: the folder {target.parent} does not exist")
        _copy_with_backup_api(database, target)
    except OSError as exc:
        raise UserError(f"cannot write the backup {target}: {exc.strerror}") from exc
    except sqlite3.Error as exc:
        raise UserError(f"cannot back up {database}: {exc}") from exc
    if target.parent == backup_folder(database):
        prune_backups(database)
    info = _info(target)
    if info is None:  # a backup written to a name of the user's choosing
        events = inspect_file(target).counts.get("event")
        info = BackupInfo(target, datetime.now(), reason, target.stat().st_size, events)
    return info


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """The newest KEEP_RECENT, plus the newest backup of every month."""
    keep = {b.path for b in backups[:KEEP_RECENT]}
    months: set[tuple[int, int]] = set()
    for backup in backups:  # newest first, so the first seen in a month is its newest
        month = (backup.created.year, backup.created.month)
        if month not in months:
            months.add(month)
            keep.add(backup.path)
    return keep


def prune_backups(database: Path) -> list[Path]:
    backups = list_backups(database, count_events=False)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]


def set_aside(database: Path, label: str) -> Path:
    """Rename a database (and its -wal/-shm) out of the way, keeping every byte."""
    stamp = datetime.now().strftime(STAMP)
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{n}")
    os.replace(database, aside)
    for sidecar in _sidecars(database):
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + sidecar.name[len(database.name) :]))
    return aside


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Replace ``database`` with ``backup``. Returns where a damaged original was set aside.

    The caller must make sure no app has the database open (see instance_lock).
    """
    report = inspect_file(backup)
    if not report.ok:
        raise UserError(f"cannot restore {backup}: it {report.problem}")
    aside = None
    try:
        if database.exists():
            if inspect_file(database).ok:
                make_backup(database, "pre-restore")
            else:
                aside = set_aside(database, "damaged")
        temp = database.with_name(f".{database.name}.restoring")
        _copy_with_backup_api(backup, temp)
        for sidecar in _sidecars(database):  # a stale -wal must never be replayed on the copy
            with suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(temp, database)
    except OSError as exc:
        raise UserError(f"cannot restore {database}: {exc.strerror}") from exc
    return aside
