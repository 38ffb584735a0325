"""Starting the desktop app: `roundtable [--db X]` with no sub-command lands here.

Only what the first window needs is imported on the way in; dialogs, services and the time-zone
list load when first used, so the window is up quickly even on a large database.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable import APP_ID, APP_NAME
from roundtable.errors import UserError
from roundtable.gui.common.none_guard import guard_none
from roundtable.wording import tr

ORGANISATION = "Roundtable"
QUIT_AFTER_START_ENV = "ROUNDTABLE_QUIT_AFTER_START"


def _report_bug(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An exception nobody caught is a bug: say so instead of failing silently."""
    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(text)
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, tr("Something went wrong in Roundtable.")
    )
    box.setInformativeText(
        tr(
            "{error}\n\nYour data is safe: every change is saved as it is made. Please report "
            "this with the details below."
        ).format(error=value)
    )
    box.setDetailedText(text)
    box.exec()


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


def _report_ready_and_quit(app: QApplication) -> None:
    """For benchmarks/startup.py: the wall-clock moment the first window is shown and filled."""
    sys.stderr.write(f"roundtable-ready {time.time():.6f}\n")
    sys.stderr.flush()
    app.quit()


def run(db: str | None, qt_options: Sequence[str] = ()) -> int:
    """Open ``db`` (a path, an URL, or None for the default) in the main window; the exit
    status: 0 after a normal quit (or when the user chose not to open a second window on the
    same file), 1 if the database cannot be opened."""
    app = application(qt_options)
    from roundtable.gui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    from roundtable.gui.shell.session import NotOpened, open_session

    try:
        session = open_session(db)
    except NotOpened as declined:
        return declined.status
    except UserError as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            tr("Roundtable cannot open the database.\n\n{reason}").format(reason=exc),
        )
        return 1
    from roundtable.gui.shell.main_window import MainWindow

    previous_hook = sys.excepthook
    sys.excepthook = _report_bug
    try:
        window = MainWindow(session, QSettings())
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
