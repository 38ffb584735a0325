"""GUI fixtures: temporary settings, sample events, and no modal dialog can ever block a test.

Every QMessageBox and QFileDialog static function is replaced by a recorder; a test sets the
answer it wants (``dialogs.answer``, ``dialogs.open_path`` ...) and checks what was asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from gui_samples import standalone, trilateral
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.gui.common.none_guard import guard_none

guard_none()  # as the app does on start (see none_guard): a long test run spends None too


@dataclass
class Dialogs:
    calls: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    open_path: str = ""
    open_paths: list[str] = field(default_factory=list)
    save_path: str = ""

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.calls if k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()

    def message(kind: str, result: Any = None):
        def show(_parent, title, text, *args, **kwargs):
            recorder.calls.append((kind, title, text))
            return recorder.answer if result is None else result

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", message("question"))
    monkeypatch.setattr(QMessageBox, "warning", message("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", message("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", message("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "about", message("about", None))

    def open_name(*_args, **_kwargs):
        recorder.calls.append(("open", "", recorder.open_path))
        return recorder.open_path, ""

    def open_names(*_args, **_kwargs):
        recorder.calls.append(("open", "", " ".join(recorder.open_paths)))
        return list(recorder.open_paths), ""

    def save_name(_parent, _caption="", directory="", *_args, **_kwargs):
        recorder.calls.append(("save", "", str(directory)))
        return recorder.save_path, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return recorder


@pytest.fixture(autouse=True)
def live_event_loop(qapp):
    """``gui_app.run()`` ends in ``QApplication.quit()``, and Qt keeps its quit flag set until
    the next ``exec()``: every QDialog.exec() and qtbot.wait() after it would return at once,
    without running a single timer. A test that ran the app leaves that behind; clear it."""
    ran: list[bool] = []
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: (ran.append(True), loop.quit()))
    loop.exec()
    if not ran:
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()
    return qapp


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, settings):
    from roundtable.gui.shell.main_window import MainWindow

    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def populated(store):
    """Two rounds of a series and one standalone event; returns their ids in that order."""
    first = store.save_event(trilateral(1))
    second = store.save_event(trilateral(2))
    alone = store.save_event(standalone())
    return [first.id, second.id, alone.id]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder is a ``gui`` test, so ``-m "not gui"`` runs the Qt-free ones."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
