"""Shared fixtures. Qt runs offscreen so the suite works with no display (CI has none).

The ``store`` fixture is an SQLite file by default. In a module marked ``both_backends`` each
test that does not ask for files of its own runs twice, on SQLite and on PostgreSQL (team mode),
the server named by ``$ROUNDTABLE_TEST_POSTGRES`` (``.ci/run`` starts one). Without it those
runs are skipped, except under ``CI=true``, where a missing server fails them.
"""

import inspect
import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English texts: whatever the developer's machine speaks, the app under test
# starts in English (Qt and roundtable.wording both take LANGUAGE first); tests of the other
# languages choose theirs explicitly.
os.environ["LANGUAGE"] = "en"
# The CLI and the app write their log file (roundtable.app_log) here, never into the
# developer's own log folder; a test that reads the log points it at its own folder.
os.environ.setdefault(
    "ROUNDTABLE_LOG_DIR", str(Path(tempfile.gettempdir()) / f"roundtable-test-log-{os.getpid()}")
)

from postgres_helpers import POSTGRES_ENV, emptied, scratch_database  # noqa: E402

from roundtable import app_log  # noqa: E402
from roundtable.store.facade import Store  # noqa: E402

_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process as soon as pytest is done, with pytest's own exit status, skipping the
    interpreter's final garbage collection. On Python 3.11 (whose True and False are not yet
    immortal) some runs of the Qt tests abort there with "bool_dealloc: deallocating True or
    False", a reference miscounted inside a C extension's teardown, after every result has
    been reported; it depends on which tests ran and in what order, not on any test's outcome.
    A run that fails still exits non-zero: the status is pytest's."""
    if not _EXIT_STATUS or os.environ.get("ROUNDTABLE_TEST_NORMAL_EXIT") == "1":
        return
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])


BACKENDS = ("sqlite", "postgresql")
FILE_FIXTURES = {"db_path", "tmp_path"}  # a test that handles files of its own is SQLite's


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("both_backends") is None:
        return
    asked = set(inspect.signature(metafunc.function).parameters)
    if asked & FILE_FIXTURES:
        return
    metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_url():
    """A scratch database on the test server, for the whole session; dropped at the end."""
    base = os.environ.get(POSTGRES_ENV, "")
    if not base:
        message = (
            f"PostgreSQL is not available: set {POSTGRES_ENV} to a server URL such as "
            "postgresql+psycopg://postgres@127.0.0.1:5432/postgres (.ci/run starts one)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with scratch_database(base) as url:
        yield url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new SQLite database at the newest schema, made once a session; never open it, copy it.

    Running every migration for each test's ``store`` cost a quarter of a second, hundreds of
    times over; the copy holds exactly what a new file holds after its first open (the
    migrations write no per-file identity), and the first open of a fresh file is still run
    here and by the tests that are about it."""
    path = tmp_path_factory.mktemp("empty-database") / "empty.sqlite3"
    Store.open(str(path), daily_backup=False).close()
    return path


@pytest.fixture(scope="session")
def demo_database(empty_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example events (``roundtable demo``) in an SQLite file made once a session; never
    open it, copy it (one file: closing it folded its write-ahead log in)."""
    from roundtable.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo-database") / "demo.sqlite3"
    shutil.copyfile(empty_database, path)
    store = Store.open(str(path), daily_backup=False)
    try:
        assert len(load_demo(store)) == 3
    finally:
        store.close()
    return path


@pytest.fixture
def database(request, backend: str, tmp_path: Path) -> str:
    """Where ``store`` lives: an SQLite file, or (emptied after the test) PostgreSQL."""
    if backend == "sqlite":
        return str(tmp_path / "test.sqlite3")
    url = request.getfixturevalue("postgres_url")
    request.addfinalizer(lambda: emptied(url))
    return url


@pytest.fixture
def store(request, backend: str, db_path: Path):
    if backend == "sqlite" and not db_path.exists():
        shutil.copyfile(request.getfixturevalue("empty_database"), db_path)
    location = str(db_path) if backend == "sqlite" else request.getfixturevalue("database")
    opened = Store.open(location)
    yield opened
    opened.close()


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``$ROUNDTABLE_LOG_DIR`` in a temporary folder; the logging set-up undone afterwards."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(app_log.LOG_DIR_ENV, str(folder))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    root = logging.getLogger()
    level = root.level
    yield folder
    for handler in app_log._handlers:
        root.removeHandler(handler)
        handler.close()
    app_log._handlers.clear()
    app_log._log_file = None
    root.setLevel(level)
    logging.captureWarnings(False)
