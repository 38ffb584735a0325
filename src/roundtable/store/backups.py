"""Backups of a database file, made with SQLite's online backup API.

A plain file copy of a live WAL database can miss committed pages still in the -wal file or
catch a half-written page; the backup API copies a consistent snapshot. Backups live in a
``backups`` folder beside the database, are standalone files (journal mode DELETE), and are
kept rotating: the newest ``KEEP_RECENT`` plus the newest of every month.

Every backup and restore is first written to a temporary of its own (``temp_files``), checked to
be one self-contained file that passes the full integrity check, renamed into place, and the
folder synced: any number of backups may run at once, and a killed one leaves only a temporary
that the next command removes (``leftovers``).

Restoring never overwrites a damaged file: it is renamed aside first. A healthy file gets a
"pre-restore" backup before it is replaced. A restore takes the writers' lock exclusive
(``writer_lock``), so it never replaces the file under a process that may still write it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from roundtable.atomic_write import fsync_directory
from roundtable.errors import UserError
from roundtable.store import writer_lock
from roundtable.store.database_files import (
    BACKUP_DIR,
    ONE_OF_ITS_FILES,
    THE_DATABASE,
    database_file_role,
    refuse_database_file,
    refuse_open_database_file,
    sidecars,
)
from roundtable.store.leftovers import remove_stale_around
from roundtable.store.sqlite_files import connect_read_only, inspect_file
from roundtable.temp_files import create_temporary, remove_stale
from roundtable.wording import tr

KEEP_RECENT = 10
FRESH_SECONDS = 60
"""A backup modified this recently is never rotated away (see ``prune_backups``)."""
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
        events = tr("unreadable") if self.events is None else tr("%n events", "", self.events)
        return f"{self.created:%Y-%m-%d %H:%M}, {events}, {self.reason}"


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def _info(path: Path, *, count_events: bool = True) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:  # removed meanwhile by another process's rotation
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
        size=size,
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


def _write_verified_copy(source: Path, temp: Path) -> int | None:
    """Copy ``source`` into the empty file ``temp`` with the backup API and make sure the copy
    is one self-contained file: journal mode DELETE (a copy keeps the source's WAL flag
    otherwise, and its next reader would create -wal and -shm beside it), nothing beside it,
    passing the full integrity check. Synced to disk. Returns its number of events."""
    with closing(connect_read_only(source)) as src, closing(sqlite3.connect(temp)) as dst:
        src.backup(dst)
        mode = dst.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        findings = [row[0] for row in dst.execute("PRAGMA integrity_check").fetchall()]
        if findings != ["ok"]:
            raise UserError(
                tr("the copy of {source} did not pass its integrity check ({finding})").format(
                    source=source, finding=findings[0]
                )
            )
        tables = {row[0] for row in dst.execute("SELECT name FROM sqlite_master")}
        events = None
        if "event" in tables:
            events = dst.execute("SELECT count(*) FROM event").fetchone()[0]
    with temp.open("rb") as stream:
        header = stream.read(20)
        os.fsync(stream.fileno())
    left = [p.name for p in sidecars(temp) if p.exists()]
    if str(mode).lower() != "delete" or header[18:20] != b"\x01\x01" or left:
        raise UserError(
            tr("the copy of {source} could not be made a single file ({mode}, {left})").format(
                source=source, mode=mode, left=left
            )
        )
    return events


def _mode_for(database: Path) -> int:
    """A backup or a restored file is as private as the database it copies."""
    try:
        return stat.S_IMODE(database.stat().st_mode)
    except OSError:
        return 0o644


def _discard_temporary(temp: Path) -> None:
    for path in (temp, *sidecars(temp)):
        with suppress(FileNotFoundError):
            path.unlink()


def _name_in_folder(folder: Path, database: Path, reason: str, n: int, stamp: str) -> Path:
    suffix = "" if n == 1 else f"-{n}"
    return folder / f"{database.stem}-{stamp}{suffix}-{reason}.sqlite3"


def _claim_name(temp: Path, database: Path, reason: str) -> Path:
    """Give the finished copy the first free backup name. A hard link never replaces a name
    another process took in the same second; where the file system has no hard links, the
    name is checked just before the rename instead."""
    stamp = datetime.now().strftime(STAMP)
    n = 1
    while True:
        name = _name_in_folder(temp.parent, database, reason, n, stamp)
        try:
            os.link(temp, name)
            return name
        except FileExistsError:
            pass
        except OSError:
            if not name.exists():
                os.replace(temp, name)
                return name
        n += 1


def make_backup(database: Path, reason: str = "manual", target: Path | None = None) -> BackupInfo:
    """Back ``database`` up into its backups folder (or to ``target``) and rotate the folder.

    The copy is written to a temporary of its own (so any number of backups may run at once),
    checked (``_write_verified_copy``), then given its name; the folder is synced after. A
    ``target`` that is the database, one of its files or a backup kept in its backups folder
    is refused (``database_files``).
    """
    if reason not in REASONS:
        raise ValueError(reason)
    if target is not None:
        refuse_database_file(target, database, new_backup=True)
        refuse_open_database_file(target, new_backup=True)
    folder = backup_folder(database) if target is None else (target.parent or Path("."))
    shown = target or folder
    try:
        if target is None:
            folder.mkdir(exist_ok=True)
        elif target.exists() and not inspect_file(target).ok:
            raise UserError(
                tr("{target} exists and is not a Roundtable backup; not overwriting it").format(
                    target=target
                )
            )
        if not folder.is_dir():
            raise UserError(
                tr("cannot write {target}: the folder {folder} does not exist").format(
                    target=target, folder=folder
                )
            )
        if target is None:
            remove_stale_around(database)
        else:
            remove_stale(folder)
        handle, temp = create_temporary(target or folder / f"{database.stem}.sqlite3", "backup")
        os.close(handle)
        try:
            events = _write_verified_copy(database, temp)
            os.chmod(temp, _mode_for(database))
            size = temp.stat().st_size
            if target is None:
                final = _claim_name(temp, database, reason)
            else:
                os.replace(temp, target)
                final = target
        finally:
            _discard_temporary(temp)
        fsync_directory(folder)
    except OSError as exc:
        raise UserError(
            tr("cannot write the backup {target}: {reason}").format(
                target=shown, reason=exc.strerror or exc
            )
        ) from exc
    except sqlite3.Error as exc:
        raise UserError(
            tr("cannot back up {database}: {reason}").format(database=database, reason=exc)
        ) from exc
    match = _NAME.match(final.name)
    created = datetime.strptime(match["stamp"], STAMP) if match else datetime.now()
    if final.parent == backup_folder(database):
        prune_backups(database)
    return BackupInfo(final, created, reason, size, events)


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
    """Remove the backups ``backups_to_keep`` leaves out, except one made in the last
    FRESH_SECONDS: another process may just have made it and not yet said where it is."""
    backups = list_backups(database, count_events=False)
    keep = backups_to_keep(backups)
    fresh_since = time.time() - FRESH_SECONDS
    removed = []
    for backup in backups:
        if backup.path in keep or _modified_since(backup.path, fresh_since):
            continue
        with suppress(FileNotFoundError):
            backup.path.unlink()
        removed.append(backup.path)
    return removed


def _modified_since(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime >= moment
    except OSError:
        return False


def set_aside(database: Path, label: str) -> Path:
    """Rename a database (and its -wal/-shm) out of the way, keeping every byte."""
    stamp = datetime.now().strftime(STAMP)
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{n}")
    os.replace(database, aside)
    for sidecar in sidecars(database):
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + sidecar.name[len(database.name) :]))
    return aside


def restore_backup(
    database: Path,
    backup: Path,
    *,
    wait: float | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Path | None:
    """Replace ``database`` with ``backup``. Returns where a damaged original was set aside.

    The backup must pass the full integrity check. The writers' lock is taken exclusive first,
    waiting up to ``wait`` seconds (RESTORE_WAIT_SECONDS) for every writer to close the file,
    so no commit a writer reported can be lost: it is in the "pre-restore" backup made under
    the lock. The caller closes its own Store first. Refused, with nothing changed, when the
    writers do not finish in time or the backup is not good.
    """
    if database_file_role(backup, database) in (THE_DATABASE, ONE_OF_ITS_FILES):
        raise UserError(
            tr("cannot restore {backup}: it is the database itself; choose a backup").format(
                backup=backup
            )
        )
    report = inspect_file(backup, full_check=True)
    if not report.ok:
        raise UserError(
            tr("cannot restore {backup}: it {problem}").format(
                backup=backup, problem=report.problem
            )
        )
    lock = writer_lock.WriterLock(database)
    wait = writer_lock.RESTORE_WAIT_SECONDS if wait is None else wait
    lock.acquire_exclusive(wait=wait, on_wait=on_wait)
    try:
        return _replace_database(database, backup)
    except OSError as exc:
        raise UserError(
            tr("cannot restore {database}: {reason}").format(
                database=database, reason=exc.strerror or exc
            )
        ) from exc
    except sqlite3.Error as exc:
        raise UserError(
            tr("cannot restore {backup}: {reason}").format(backup=backup, reason=exc)
        ) from exc
    finally:
        lock.release()


def _replace_database(database: Path, backup: Path) -> Path | None:
    """The restore itself, under the exclusive writers' lock: a checked copy first, then the
    current file backed up (or set aside if damaged), then the copy renamed into place."""
    remove_stale_around(database)
    handle, temp = create_temporary(database, "restoring")
    os.close(handle)
    aside = None
    try:
        _write_verified_copy(backup, temp)
        os.chmod(temp, _mode_for(database))
        if database.exists():
            # The full check: a file only it finds damaged could not be backed up (the copy
            # is checked in full), so it is set aside instead, as any damaged file is.
            if inspect_file(database, full_check=True).ok:
                make_backup(database, "pre-restore")
            else:
                aside = set_aside(database, "damaged")
        for sidecar in sidecars(database):  # a stale -wal must never be replayed on the copy
            with suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(temp, database)
    finally:
        _discard_temporary(temp)
    fsync_directory(database.parent)
    return aside
