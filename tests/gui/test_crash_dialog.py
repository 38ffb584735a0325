"""The crash report under a windowed app (no stderr), Qt's messages in the log, roundtable-gui."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication

from roundtable import app_log, project_links
from roundtable.cli import gui_main
from roundtable.gui.common.qt_messages import qt_messages_logged
from roundtable.gui.shell import crash_dialog
from roundtable.gui.shell.crash_dialog import CrashDialog, report_crash


@pytest.fixture
def log_folder(log_folder: Path) -> Path:
    """The shared temporary log folder (tests/conftest.py), with the app's logging set up."""
    app_log.setup_logging()
    return log_folder


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[CrashDialog]:
    """Crash dialogs that would have been shown (exec patched: no modal loop in a test)."""
    dialogs: list[CrashDialog] = []

    def record(dialog: CrashDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", record)
    return dialogs


def _crash() -> None:
    try:
        {}["missing seat"]
    except KeyError:
        report_crash(*sys.exc_info())  # type: ignore[arg-type]


def test_a_crash_with_no_stderr_is_logged_first_then_shown(qapp, log_folder, shown, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setenv(project_links.SUPPORT_ENV, "mailto:it-desk@events.example")
    _crash()
    text = (log_folder / app_log.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "CRITICAL" in text and "Traceback" in text and "KeyError: 'missing seat'" in text
    (dialog,) = shown
    labels = [label.text() for label in dialog.findChildren(type(dialog.where))]
    assert "KeyError: 'missing seat'" in labels
    assert any("Your data is safe" in label for label in labels)
    assert 'href="mailto:it-desk@events.example"' in dialog.where.text()
    assert dialog.where.openExternalLinks()


def test_copy_details_has_versions_traceback_and_log_lines(qapp, log_folder, shown):
    logging.getLogger("roundtable.test").warning("printing started")
    _crash()
    shown[0].copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for part in ("Roundtable ", "Platform:", "Python:", "Qt:", "PySide6:", "Traceback"):
        assert part in copied
    assert "printing started" in copied.split("lines of the log:")[1]


def test_a_crash_inside_the_crash_dialog_is_logged_not_stacked(qapp, log_folder, monkeypatch):
    opened: list[CrashDialog] = []

    def crash_again(dialog: CrashDialog) -> int:
        opened.append(dialog)
        if len(opened) == 1:
            _crash()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", crash_again)
    _crash()
    assert len(opened) == 1
    assert sum("CRITICAL" in line for line in app_log.last_lines(200)) == 2
    assert not crash_dialog._showing


@pytest.mark.qt_log_ignore("a test message from Qt")
def test_qt_messages_reach_the_log_and_the_previous_handler(qapp, log_folder, qtlog):
    with qt_messages_logged():
        qWarning("a test message from Qt")
    assert any(
        line.endswith("WARNING qt: a test message from Qt") for line in app_log.last_lines(5)
    )
    assert [r.message for r in qtlog.records] == ["a test message from Qt"]
    qWarning("a test message from Qt, after")  # pytest-qt's handler is back, ours gone
    assert not any(line.endswith("after") for line in app_log.last_lines(5))
    assert len(qtlog.records) == 2


def test_gui_entry_point_shows_a_wrong_argument_when_there_is_no_stderr(
    qapp, log_folder, dialogs, monkeypatch
):
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert gui_main(["--no-such-option"]) == 2
    ((kind, _title, text),) = dialogs.calls
    assert kind == "critical" and "--no-such-option" in text
    assert "--no-such-option" in app_log.last_lines(1)[0]


def test_gui_entry_point_reports_a_bug_before_the_window_in_the_crash_dialog(
    qapp, log_folder, shown, monkeypatch
):
    from roundtable.gui.shell import app

    def broken(*_args: object) -> int:
        raise RuntimeError("start-up bug")

    monkeypatch.setattr(app, "run", broken)
    monkeypatch.setattr(sys, "stderr", None)
    assert gui_main(["--db", "x.sqlite3"]) == 70
    assert "RuntimeError: start-up bug" in shown[0].report
