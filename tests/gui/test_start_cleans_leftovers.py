"""The app's start removes what a killed restore or backup left beside the database, an hour
old or more, and leaves a fresh one alone (issue 15, item 10a; the rules are in
tests/test_stale_temporaries.py)."""

from __future__ import annotations

import os
import time

from roundtable.gui.shell.session import open_session
from roundtable.store.backups import backup_folder
from roundtable.store.facade import Store
from roundtable.temp_files import STALE_AFTER_SECONDS, temporary_name


def test_the_app_start_removes_stale_temporaries(tmp_path, dialogs):
    path = tmp_path / "events.sqlite3"
    Store.open(str(path), daily_backup=False).close()
    backups = backup_folder(path)
    backups.mkdir(exist_ok=True)
    stale = [
        temporary_name(path, "restoring"),
        temporary_name(backups / "events-20261101-101010-daily.sqlite3", "backup"),
    ]
    fresh = temporary_name(path, "restoring")
    aged = time.time() - STALE_AFTER_SECONDS - 60
    for leftover in [*stale, fresh]:
        leftover.write_bytes(b"half")
    for leftover in stale:
        os.utime(leftover, (aged, aged))

    session = open_session(str(path))
    try:
        assert not any(p.exists() for p in stale) and fresh.exists()
    finally:
        session.close()
    assert dialogs.calls == []
