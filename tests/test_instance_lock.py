"""One app per database: a live holder keeps others out; a dead one's lock is taken over."""

import os
import signal
import subprocess
import sys

from roundtable.store.instance_lock import DatabaseLock, lock_path, server_name


def test_second_app_is_refused_while_the_first_lives(db_path):
    first = DatabaseLock(db_path)
    assert first.acquire()
    second = DatabaseLock(db_path)
    assert not second.acquire()
    assert second.holder()["pid"] == os.getpid()
    assert second.holder()["server"] == server_name(db_path)
    first.release()
    assert second.acquire()
    second.release()


def test_lock_of_a_killed_app_is_taken_over(db_path):
    code = (
        "import sys, time; from pathlib import Path; "
        "from roundtable.store.instance_lock import DatabaseLock; "
        f"lock = DatabaseLock(Path({str(db_path)!r})); assert lock.acquire(); "
        "print('locked', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert not DatabaseLock(db_path).acquire(), "held while the app lives"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        child.kill()
    assert lock_path(db_path).exists(), "the crashed app left its lock file behind"
    lock = DatabaseLock(db_path)
    assert lock.acquire(), "and it is taken over without fuss"
    assert lock.holder()["pid"] == os.getpid()
    lock.release()


def test_server_name_is_stable_per_database(tmp_path):
    assert server_name(tmp_path / "a.sqlite3") == server_name(tmp_path / "a.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")
