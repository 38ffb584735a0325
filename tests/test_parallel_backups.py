"""Many backups at once: each writes its own temporary, claims a name of its own, and leaves one
self-contained (journal mode DELETE) file that passes the full integrity check (issue 15,
item 9). Rotation never removes a backup that has just been made, so none that was reported
is missing."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from safety_helpers import event

from roundtable.store import backups as b
from roundtable.store.facade import Store

PARALLEL = 32


def is_single_delete_mode_file(path) -> bool:
    header = path.read_bytes()[:20]
    # Bytes 18 and 19 are the file format's write and read versions: 1 is a rollback journal
    # (DELETE and the like), 2 is WAL, which would make the next reader create -wal and -shm.
    return header[18:20] == b"\x01\x01" and not any(
        path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm", "-journal")
    )


def integrity(path) -> str:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as c:
        return c.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.mark.slow
def test_32_backups_at_once_all_succeed_and_every_kept_one_is_whole(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    for n in range(20):
        store.save_event(event(f"event {n}", attachment=os.urandom(20_000)))
    store.close()
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "roundtable", "--db", str(db_path), "backup"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(PARALLEL)
    ]
    results = [(run.communicate(timeout=300), run.returncode) for run in runs]
    failed = [err for (_out, err), code in results if code != 0]
    assert not failed, f"{len(failed)} of {PARALLEL} failed: {failed[:3]}"
    reported = {out.split(" to ", 1)[1].split(" (")[0] for (out, _err), _code in results}
    assert len(reported) == PARALLEL, "each backup got a name of its own"

    folder = b.backup_folder(db_path)
    kept = sorted(folder.glob("*.sqlite3"))
    assert {str(p) for p in kept} == reported, "a backup just made is never rotated away"
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p in kept], "no strays"
    for path in kept:
        assert is_single_delete_mode_file(path), path
        assert integrity(path) == "ok", path
        assert b.inspect_file(path).counts["event"] == 20


def test_a_backup_is_checked_to_be_one_delete_mode_file_before_it_is_named(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    store.save_event(event("kept"))
    info = store.backup_now()
    store.close()
    assert is_single_delete_mode_file(info.path) and integrity(info.path) == "ok"
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]


def test_rotation_leaves_a_backup_made_in_the_last_minute(db_path):
    store = Store.open(str(db_path), daily_backup=False)
    made = [store.backup_now() for _ in range(b.KEEP_RECENT + 3)]
    store.close()
    assert all(info.path.exists() for info in made)
    old = b.datetime.now().timestamp() - b.FRESH_SECONDS - 5
    for info in made:
        os.utime(info.path, (old, old))
    b.prune_backups(db_path)
    assert len(b.list_backups(db_path)) == b.KEEP_RECENT
