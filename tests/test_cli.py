"""The command line as a user sees it: its output, its exit code, one line per error and no
tracebacks. Commands run in this process (``cli_helpers.run_db``); the few things only a real
process shows (the entry point, what a command imports, no display, Qt's own options, a lock
held by another process) run one."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import assert_clean_error, run_cli, run_db


def run_process(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m roundtable *args`` in a new interpreter, $ROUNDTABLE_DB unset."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("ROUNDTABLE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "roundtable", *map(str, args)],
        capture_output=True, text=True, env=full_env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run_db(db, "demo")
    assert result.returncode == 0, result.stderr
    assert "Loaded 3 example events" in result.stdout
    return db


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("roundtable 0.")


def test_python_m_roundtable_runs_the_command_line():
    """The real entry point, in a real process."""
    result = run_process("--help")
    assert result.returncode == 0 and "usage: roundtable" in result.stdout, result.stderr


def test_the_installed_console_script_runs():
    script = shutil.which("roundtable")
    if script is None:
        pytest.skip("the roundtable console script is not on PATH")
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)  # fmt: skip
    assert result.returncode == 0 and result.stdout.startswith("roundtable 0."), result.stderr


def test_an_error_in_a_real_process_is_one_line(tmp_path):
    """A file that is not a database: one line on stderr, no traceback, exit 1."""
    db = tmp_path / "garbage.sqlite3"
    db.write_bytes(b"this is not a database" * 200)
    result = run_process("--db", db, "events")
    assert_clean_error(result, str(db))
    assert result.returncode == 1


def test_demo_twice_changes_nothing(demo_db):
    before = run_db(demo_db, "events", "--json").stdout
    again = run_db(demo_db, "demo")
    assert again.returncode == 0 and "nothing changed" in again.stdout
    assert run_db(demo_db, "events", "--json").stdout == before


def test_events_lists_the_three_seed_events(demo_db):
    lines = run_db(demo_db, "events").stdout.splitlines()
    assert len(lines) == 3
    assert any("Second Round" in line and "round 2" in line and "Moscow" in line for line in lines)
    assert any("First Round" in line and "2016-03-10" in line for line in lines)
    assert any("DC Policy Forum" not in line and "2018-02-26 10:30-12:00" in line
               for line in lines)  # fmt: skip
    data = json.loads(run_db(demo_db, "events", "--json").stdout)
    assert {e["slug"] for e in data} == {
        "dc-policy-forum-russia-us-japan-alliance-2018",
        "us-japan-russia-trilateral-round-1-2016",
        "us-japan-russia-trilateral-round-2-2017",
    }
    assert {"id", "slug", "start_date", "end_date", "title", "series", "round", "venue"} <= set(
        data[0]
    )


def test_show_by_slug_and_id(demo_db):
    text = run_db(demo_db, "show", "dc-policy-forum-russia-us-japan-alliance-2018").stdout
    for fact in ("Russia in the US-Japan Alliance?", "DC Policy Forum", "26 February 2018",
                 "10:30–12:00", "USJI Office, Seminar Room, 2000 M Street, Washington DC 20006",
                 "Guadalupe Correa Cabrera (George Mason University)",
                 "Edward Boyle (Kyushu University)", "하용출", "Kyushu University / Hokkaido "
                 "University"):  # fmt: skip
        assert fact in text
    data = json.loads(run_db(demo_db, "show", "3", "--json").stdout)
    assert data["title"] == "U.S.-Japan-Russia Trilateral: Second Round"
    assert data["participants"][0]["person"]["native_name"] == "上月豊久"


def test_unknown_event(demo_db):
    assert_clean_error(run_db(demo_db, "show", "no-such-event"), "no event with id or slug")


def test_bundle_round_trip_and_conflicts(demo_db, tmp_path):
    bundle = tmp_path / "r2.roundtable.json"
    assert run_db(demo_db, "export", "bundle", "3", "-o", str(bundle)).returncode == 0
    empty = tmp_path / "empty.sqlite3"
    imported = run_db(empty, "import", "bundle", str(bundle))
    assert imported.returncode == 0 and "Imported event 1" in imported.stdout
    again = tmp_path / "again.json"
    assert run_db(empty, "export", "bundle", "1", "-o", str(again)).returncode == 0
    assert again.read_bytes() == bundle.read_bytes()

    assert_clean_error(run_db(empty, "import", "bundle", str(bundle)), "--replace")
    assert run_db(empty, "import", "bundle", str(bundle), "--replace").returncode == 0
    assert run_db(empty, "import", "bundle", str(bundle), "--as-new").returncode == 0
    assert len(run_db(empty, "events").stdout.splitlines()) == 2
    both = run_db(empty, "import", "bundle", str(bundle), "--replace", "--as-new")
    assert both.returncode == 2 and "Traceback" not in both.stderr


def test_bad_bundle_names_the_field(demo_db, tmp_path):
    bundle = tmp_path / "bad.json"
    run_db(demo_db, "export", "bundle", "3", "-o", str(bundle))
    data = json.loads(bundle.read_text())
    data["event"]["participants"][1]["role"] = "keynote"
    bundle.write_text(json.dumps(data))
    target = tmp_path / "target.sqlite3"
    assert_clean_error(run_db(target, "import", "bundle", str(bundle)),
                       "event.participants[1].role")  # fmt: skip
    assert run_db(target, "events").stdout == ""


def test_export_into_missing_folder(demo_db, tmp_path):
    target = tmp_path / "nowhere" / "x.json"
    assert_clean_error(run_db(demo_db, "export", "bundle", "1", "-o", target), "does not exist")
    assert not target.exists()


def test_newer_database_is_refused(tmp_path):
    import sqlite3

    from roundtable.store.facade import Store

    db = tmp_path / "future.sqlite3"
    Store.open(str(db), daily_backup=False).close()  # `events` no longer creates a database
    with sqlite3.connect(db) as c:
        c.execute("UPDATE alembic_version SET version_num='0099_future'")
    c.close()
    assert_clean_error(run_db(db, "events"), "newer version of Roundtable")


def test_usage_errors_are_one_line(demo_db):
    assert_clean_error(run_db(demo_db, "frobnicate"), "invalid choice")
    assert_clean_error(run_db(demo_db, "export", "bundle", "1"), "-o/--output")


def test_headless_commands_do_not_import_qt(demo_db):
    code = (
        "import sys; from roundtable.cli import main; "
        f"main(['--db', {str(demo_db)!r}, 'events']); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab', 'alembic'))]; "
        "print('LOADED', bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_the_app_without_a_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "roundtable", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip  # a process of its own: had the check failed, Qt would abort this one
    assert_clean_error(result, "no display")


def test_backup_check_and_restore(tmp_path):
    db = tmp_path / "events.sqlite3"
    assert run_db(db, "demo").returncode == 0
    backed = run_db(db, "backup")
    assert backed.returncode == 0 and "(3 events)" in backed.stdout
    backup_file = backed.stdout.split(" to ")[1].split(" (")[0]
    own = run_db(db, "backup", "-o", str(tmp_path / "mine.sqlite3"))
    assert own.returncode == 0 and (tmp_path / "mine.sqlite3").exists()

    check = run_db(db, "check")
    assert check.returncode == 0
    assert "integrity:     ok" in check.stdout and "event:         3" in check.stdout

    db.write_bytes(b"")  # the file is lost
    refused = run_db(db, "events")
    assert_clean_error(refused, "is empty (0 bytes)")
    assert f"restore {backup_file}" in refused.stderr
    assert_clean_error(run_db(db, "check"), "is empty")

    restored = run_db(db, "restore", backup_file)
    assert restored.returncode == 0 and "(3 events)" in restored.stdout
    assert "kept, unchanged, as" in restored.stdout
    assert len(run_db(db, "events").stdout.splitlines()) == 3


def test_restore_refuses_while_the_app_has_the_database(tmp_path):
    from roundtable.store.instance_lock import DatabaseLock

    db = tmp_path / "events.sqlite3"
    run_db(db, "demo")
    backup_file = run_db(db, "backup").stdout.split(" to ")[1].split(" (")[0]
    with DatabaseLock(db) as lock:  # held here, by another process than the restore's
        assert lock.acquire()
        refused = run_process("--db", db, "restore", backup_file)
        assert_clean_error(refused, "close it first")
        assert f"(process {os.getpid()})" in refused.stderr


def test_restore_of_a_bad_file(tmp_path):
    db = tmp_path / "events.sqlite3"
    run_db(db, "demo")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert_clean_error(run_db(db, "restore", str(bad)), "is not an SQLite database")
    assert len(run_db(db, "events").stdout.splitlines()) == 3


def test_export_ics(demo_db, tmp_path):
    from icalendar import Calendar

    out = tmp_path / "dc.ics"
    assert run_db(demo_db, "export", "ics", "1", "-o", str(out)).returncode == 0
    calendar = Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 3
    text = run_db(demo_db, "show", "1").stdout
    assert "10:40–11:40  Russia in the US-Japan Alliance?" in text


def test_qt_options_are_for_qt():
    from roundtable.cli import split_qt_options

    args = ["--db", "x.sqlite3", "-style", "fusion", "-reverse", "--platform=offscreen",
            "-qwindowgeometry", "800x600"]  # fmt: skip
    ours, qt = split_qt_options(args)
    assert ours == ["--db", "x.sqlite3"]
    assert qt == ["-style", "fusion", "-reverse", "--platform=offscreen", "-qwindowgeometry",
                  "800x600"]  # fmt: skip


def test_the_app_takes_qt_style_and_reverse(tmp_path):
    code = (
        "import sys; from roundtable.cli import split_qt_options; "
        "from roundtable.gui.shell.app import application; "
        "_, qt = split_qt_options(sys.argv[1:]); app = application(qt); "
        "print(app.style().name(), app.layoutDirection().name)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "-style", "fusion", "-reverse"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["fusion", "RightToLeft"]


def test_qt_options_with_a_command_are_one_line(tmp_path):
    result = run_db(tmp_path / "x.sqlite3", "-style", "fusion", "events")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "roundtable: error: -style is an option of the app's window; give it without a command"
    )


def test_pdf_exports_default_to_the_venue_countrys_paper(demo_db, tmp_path):
    """Washington DC: Letter; Moscow: A4; --paper wins. The DC agenda is one page either way."""
    from pypdf import PdfReader

    def size(path: Path) -> tuple[float, float]:
        box = PdfReader(path).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    dc, moscow = (
        "dc-policy-forum-russia-us-japan-alliance-2018",
        "us-japan-russia-trilateral-round-2-2017",
    )
    for kind, event, expected in (("agenda", dc, (612, 792)), ("agenda", moscow, (595, 842)),
                                  ("bios", dc, (612, 792))):  # fmt: skip
        out = tmp_path / f"{kind}-{event}.pdf"
        result = run_db(demo_db, "export", kind, event, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert size(out) == expected, (kind, event)
    assert len(PdfReader(tmp_path / f"agenda-{dc}.pdf").pages) == 1
    out = tmp_path / "a4.pdf"
    assert run_db(demo_db, "export", "agenda", dc, "-o", str(out), "--paper", "a4").returncode == 0
    assert size(out) == (595, 842) and len(PdfReader(out).pages) == 1
    help_text = run_db(demo_db, "export", "seating", "--help").stdout
    assert "letter when the venue is in the United States or Canada" in " ".join(help_text.split())


def test_export_agenda_without_participants(demo_db, tmp_path):
    out = tmp_path / "programme.pdf"
    result = run_db(demo_db, "export", "agenda", "1", "-o", str(out), "--no-participants")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Participants" not in text and "Q&A" in text


@pytest.mark.parametrize("command", [["demo"], ["events"], ["backup"], ["show", "nope"]])
def test_every_command_lets_go_of_the_database_when_it_ends(tmp_path, command):
    """A restore waiting for writers must not wait for a command that has finished, even when
    it failed; in-process callers (the tests) are left with nothing open."""
    from roundtable.store import database_files
    from roundtable.store.writer_lock import WriterLock

    db = tmp_path / "events.sqlite3"
    assert run_db(db, "demo").returncode == 0
    run_db(db, *command)
    still_open = [path.resolve() for path, _count in database_files._open_databases.values()]
    assert db.resolve() not in still_open
    with WriterLock(db) as lock:
        lock.acquire_exclusive(wait=0)  # refused at once if any Store still held its share
