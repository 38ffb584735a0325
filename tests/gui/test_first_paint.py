"""The window painted first at start-up (gui/shell/first_paint.py): the events list as the user
left it, then the main window in its place with what the user did meanwhile."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from roundtable.gui.shell import app as gui_app
from roundtable.gui.shell import first_paint, window_layout
from roundtable.gui.shell.first_paint import FirstPaintWindow, load_in_background
from roundtable.store.early_read import early_events
from roundtable.store.instance_lock import DatabaseLock


@pytest.fixture
def demo_copy(demo_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_database, path)
    return path


@pytest.fixture
def first(qtbot, demo_copy, settings):
    events = early_events(demo_copy)
    assert events is not None
    lock = DatabaseLock(demo_copy)
    assert lock.acquire()
    window = FirstPaintWindow(events, demo_copy.name, settings, lock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    lock.release()


def test_it_lists_the_events_and_says_the_database_is_opening(first, demo_copy):
    assert len(first.events_pane.visible_event_ids()) == 3
    assert first.events_pane.selected_event_id() is not None
    assert demo_copy.name in first.statusBar().currentMessage()
    menus = [action.menu() for action in first.menuBar().actions()]
    assert len(menus) == 4 and not any(menu.isEnabled() for menu in menus)


def test_it_selects_the_event_selected_last_time(qtbot, demo_copy, settings):
    events = early_events(demo_copy)
    assert events is not None
    settings.setValue(window_layout.CURRENT_KEY, events[-1].id)
    window = FirstPaintWindow(events, demo_copy.name, settings, DatabaseLock(demo_copy))
    qtbot.addWidget(window)
    assert window.events_pane.selected_event_id() == events[-1].id


def test_the_main_window_takes_over_what_the_user_did(qtbot, first, demo_copy, settings):
    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.store.facade import Store

    pane = first.events_pane
    last = pane.visible_event_ids()[-1]
    pane.select_event(last)
    pane.filter_edit.setText("trilateral")
    chosen = pane.selected_event_id()
    first.resize(1111, 777)
    store = Store.open(str(demo_copy), daily_backup=False)
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    try:
        first.hand_over(main)
        assert main.isVisible() and not first.isVisible()
        assert main.filter_edit.text() == "trilateral"
        assert main.events_pane.selected_event_id() == chosen
        assert (main.width(), main.height()) == (1111, 777)
    finally:
        main.close()
        store.close()


def test_loading_waits_for_the_imports_and_keeps_the_window_answering(first, monkeypatch):
    started, release = threading.Event(), threading.Event()
    answered = []

    def slow_import(name):
        started.set()
        release.wait(30)

    monkeypatch.setattr(first_paint.importlib, "import_module", slow_import)

    def while_loading():
        answered.append(started.is_set())  # the event loop runs while the worker imports
        release.set()

    QTimer.singleShot(0, while_loading)
    assert load_in_background(first, ["anything"]) is True
    assert answered and release.is_set()


def test_closing_the_window_while_loading_ends_the_start(first, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(first_paint.importlib, "import_module", lambda name: release.wait(30))

    def close_it():
        first.close()
        release.set()

    QTimer.singleShot(0, close_it)
    assert load_in_background(first, ["anything"]) is False


def test_a_start_on_an_existing_file_paints_the_list_first(
    qapp, demo_copy, tmp_path, monkeypatch, dialogs, capfd
):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv(gui_app.QUIT_AFTER_START_ENV, "1")
    assert gui_app.run(str(demo_copy)) == 0
    err = capfd.readouterr().err
    assert err.index("roundtable-first-paint ") < err.index("roundtable-ready ")
    assert dialogs.calls == []
    assert DatabaseLock(demo_copy).acquire()  # given back at the end


def test_a_file_another_app_has_open_paints_nothing_first(demo_copy, monkeypatch, settings):
    other = DatabaseLock(demo_copy)
    assert other.acquire()
    try:
        monkeypatch.setattr(window_layout, "saved_mode", lambda _settings: "events")
        assert gui_app._first_paint(str(demo_copy), settings) is None
    finally:
        other.release()
