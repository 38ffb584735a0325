"""The log file: written where the platform keeps logs, rotated, and never a reason to fail."""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from pathlib import Path

import platformdirs

from roundtable import app_log, project_links
from roundtable.cli import main

log = logging.getLogger("roundtable.test")


def test_warnings_go_to_the_log_file_and_information_does_not(log_folder):
    path = app_log.setup_logging(verbose=False)
    log.info("an ordinary step")
    log.warning("a photo was left out")
    assert path == log_folder / app_log.LOG_FILE_NAME
    assert app_log.log_dir() == log_folder
    text = path.read_text(encoding="utf-8")
    assert "a photo was left out" in text and "WARNING roundtable.test" in text
    assert "an ordinary step" not in text


def test_the_log_folder_is_the_platforms_when_not_configured(monkeypatch):
    monkeypatch.delenv(app_log.LOG_DIR_ENV, raising=False)
    assert app_log.log_dir() == Path(platformdirs.user_log_dir("roundtable", appauthor=False))


def test_verbose_on_the_command_line_logs_information(log_folder, db_path, capsys):
    assert main(["--verbose", "--db", str(db_path), "demo"]) == 0
    log.info("step after demo")
    assert "step after demo" in (log_folder / app_log.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "roundtable: info: step after demo" in capsys.readouterr().err

    assert main(["--db", str(db_path), "events"]) == 0
    log.info("quiet step")
    assert "quiet step" not in (log_folder / app_log.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_log_rotates(log_folder):
    app_log.setup_logging(max_bytes=400, backup_count=2)
    for n in range(40):
        log.warning("line %d of a long session", n)
    names = sorted(p.name for p in log_folder.iterdir())
    assert names == ["roundtable.log", "roundtable.log.1", "roundtable.log.2"]
    assert all(p.stat().st_size <= 400 for p in log_folder.iterdir())
    assert "line 39 " in (log_folder / "roundtable.log").read_text(encoding="utf-8")


def test_set_up_twice_logs_each_line_once(log_folder):
    app_log.setup_logging()
    app_log.setup_logging()
    log.warning("only once")
    assert app_log.last_lines(10)[-1].endswith("only once")
    assert len(app_log.last_lines(10)) == 1


def test_last_lines(log_folder):
    app_log.setup_logging()
    for n in range(5):
        log.error("error %d", n)
    assert [line.rsplit(" ", 1)[-1] for line in app_log.last_lines(3)] == ["2", "3", "4"]


def test_no_stderr_is_no_problem(log_folder, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    app_log.setup_logging(verbose=True)
    log.warning("nobody sees the terminal")
    assert app_log.last_lines(1)[0].endswith("nobody sees the terminal")


def test_an_unwritable_folder_falls_back_to_the_temporary_folder_and_says_so(
    log_folder, tmp_path, monkeypatch, capsys
):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(app_log.LOG_DIR_ENV, str(blocker / "logs"))
    monkeypatch.setattr(app_log.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    path = app_log.setup_logging()
    log.warning("still logged")
    assert path == tmp_path / "tmp" / "roundtable-log" / app_log.LOG_FILE_NAME
    assert app_log.log_dir() == path.parent
    assert "still logged" in path.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    (message,) = [line for line in err.splitlines() if "cannot write" in line]
    assert str(blocker / "logs") in message and str(path.parent) in message


def test_python_warnings_and_thread_crashes_go_to_the_log(log_folder):
    app_log.setup_logging()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        logging.captureWarnings(True)  # catch_warnings put the plain showwarning back
        warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)

    def fail() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=fail, name="exporter")
    worker.start()
    worker.join()
    text = (log_folder / app_log.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "DeprecationWarning: deprecated thing" in text
    assert "uncaught exception in thread exporter" in text
    assert "RuntimeError: worker failed" in text and "Traceback" in text


def test_support_address_can_be_set_by_the_site(monkeypatch):
    monkeypatch.delenv(project_links.SUPPORT_ENV, raising=False)
    assert project_links.support() == project_links.DEFAULT_SUPPORT
    monkeypatch.setenv(project_links.SUPPORT_ENV, "mailto:it-desk@events.example")
    assert project_links.support() == "mailto:it-desk@events.example"
