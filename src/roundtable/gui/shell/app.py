"""Starting the desktop app: `roundtable [--db X]` with no sub-command lands here.

Only what the first window needs is imported on the way in; dialogs, services and the time-zone
list load when first used, so the window is up quickly even on a large database.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable import APP_ID, APP_NAME
from roundtable.errors import UserError
from roundtable.gui.common.none_guard import guard_none
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.gui.shell.first_paint import FirstPaintWindow

ORGANISATION = "Roundtable"
QUIT_AFTER_START_ENV = "ROUNDTABLE_QUIT_AFTER_START"


def application(qt_options: Sequence[str] = ()) -> QApplication:
    """The QApplication, named so QSettings finds the same place on every start. ``qt_options``
    are Qt's own command-line options (``-style fusion``, ``-reverse``…), for Qt to read."""
    guard_none()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*sys.argv[:1], *qt_options])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from roundtable.gui.common.translations import install_language, interface_language

    install_language(interface_language(QSettings()))
    return app


def show_start_error(message: str, qt_options: Sequence[str] = ()) -> None:
    """Why the app did not start, in a dialog: ``roundtable-gui`` may have no terminal."""
    application(qt_options)
    QMessageBox.critical(
        None, APP_NAME, tr("Roundtable could not start.\n\n{reason}").format(reason=message)
    )


def report_start_failure() -> None:
    """The exception being handled, a bug met before the window's crash handler took over: to
    the log and the crash dialog all the same."""
    from roundtable.gui.shell.crash_dialog import report_crash

    application()
    kind, value, tb = sys.exc_info()
    if kind is not None and value is not None:
        report_crash(kind, value, tb)


def _stamp(what: str) -> None:
    """For benchmarks/startup.py: the wall-clock moment of ``what`` (on stderr, if any)."""
    if sys.stderr is None:
        return
    sys.stderr.write(f"roundtable-{what} {time.time():.6f}\n")
    sys.stderr.flush()


def _report_ready_and_quit(app: QApplication) -> None:
    """The main window is shown, its list filled and every action usable."""
    _stamp("ready")
    app.quit()


def _first_paint(db: str | None, settings: QSettings) -> FirstPaintWindow | None:
    """The events list painted at once from a plain sqlite3 read, with the file's lock taken
    (so a second app asks its question before painting anything); None when the quick way is
    not sure to show what the store will, or the user left the People view open."""
    from roundtable.gui.shell import window_layout
    from roundtable.store.early_read import early_events, early_file
    from roundtable.store.instance_lock import DatabaseLock
    from roundtable.store.writer_lock import LockFileError

    path = early_file(db)
    if path is None or window_layout.saved_mode(settings) == "people":
        return None
    lock = DatabaseLock(path)
    try:
        if not lock.acquire():
            return None
    except LockFileError:
        return None  # the ordinary start says what is wrong with it
    events = early_events(path)
    if events is None:
        lock.release()
        return None
    from roundtable.gui.shell.first_paint import FirstPaintWindow

    window = FirstPaintWindow(events, path.name, settings, lock)
    if os.environ.get(QUIT_AFTER_START_ENV) == "1":
        window.painted.connect(lambda: _stamp("first-paint"))
    window.show()
    return window


def _give_up(first: FirstPaintWindow | None) -> None:
    """The database was not opened after all: the first window goes, and the lock with it."""
    if first is not None:
        first.lock.release()
        first.close()


def run(db: str | None, qt_options: Sequence[str] = ()) -> int:
    """Open ``db`` (a path, an URL, or None for the default) in the main window; the exit
    status: 0 after a normal quit (or when the user chose not to open a second window on the
    same file), 1 if the database cannot be opened. Qt's messages go to the log meanwhile."""
    app = application(qt_options)
    from roundtable.gui.common.qt_messages import qt_messages_logged

    with qt_messages_logged():
        return _run(app, db)


def _run(app: QApplication, db: str | None) -> int:
    from roundtable.gui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    first = _first_paint(db, QSettings())
    if first is not None:
        from roundtable.gui.shell.first_paint import load_in_background

        if not load_in_background(first):
            first.lock.release()
            return 0
    from roundtable.gui.shell.session import NotOpened, open_session

    try:
        session = open_session(db, first, first.lock if first is not None else None)
    except NotOpened as declined:
        _give_up(first)
        return declined.status
    except UserError as exc:
        QMessageBox.critical(
            first,
            APP_NAME,
            tr("Roundtable cannot open the database.\n\n{reason}").format(reason=exc),
        )
        _give_up(first)
        return 1
    from roundtable.gui.shell.crash_dialog import report_crash
    from roundtable.gui.shell.main_window import MainWindow

    previous_hook = sys.excepthook
    sys.excepthook = report_crash
    try:
        window = MainWindow(session, QSettings())
        if first is not None:
            first.hand_over(window)
        else:
            window.show()
        if os.environ.get(QUIT_AFTER_START_ENV) == "1":
            QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
        else:  # the first start asks the user's name before anything is recorded
            QTimer.singleShot(0, window, window.greet)
        # After the first paint: answering second apps (QtNetwork) and the daily backup are
        # not needed to show the events, so start-up does not wait for them.
        QTimer.singleShot(0, lambda: session.listen(window.bring_forward))
        QTimer.singleShot(0, window, window.daily_backup)
        status = app.exec()
        window.save_layout()
        return status
    finally:
        sys.excepthook = previous_hook
        session.close()
