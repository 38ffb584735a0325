"""Help › Open log folder: the folder of Roundtable's log files, in the system's file manager,
so a user asked for the log by whoever helps them can find it and attach it."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.wording import tr


def open_log_folder(parent: QWidget | None) -> None:
    """Open the log folder (made first if nothing was logged yet, so there is something to
    open); where no file manager answers, say where the folder is instead."""
    from roundtable.app_log import log_dir  # the logging setup, not needed to start the window

    folder = log_dir()
    with suppress(OSError):  # a folder that cannot be made is named below, for the user
        folder.mkdir(parents=True, exist_ok=True)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        QMessageBox.information(
            parent,
            tr("Log folder"),
            tr("Roundtable's log files are in this folder:\n{folder}").format(folder=folder),
        )
