"""The crash report: what the user sees when an exception nobody caught reaches the event loop.

An uncaught exception is a bug. The traceback goes to the log before anything else, because the
windowed app (``pythonw``, the frozen build) has no stderr and the dialog itself might fail;
``roundtable.app_log`` copies it to stderr when there is one. Then a dialog says what happened in
one line, that the data is safe, and where to send a report (``project_links.support()``, which a
site can point at its own IT desk), with the details one click away on the clipboard: versions,
platform, the traceback and the last lines of the log.
"""

from __future__ import annotations

import html
import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from roundtable import APP_NAME, __version__
from roundtable.app_log import last_lines, log_dir
from roundtable.project_links import support
from roundtable.wording import tr

log = logging.getLogger(__name__)

LOG_LINES_IN_REPORT = 50

_showing = False


def one_line(value: BaseException) -> str:
    """``ZeroDivisionError: division by zero``: the exception's kind and its first line."""
    message = str(value).strip().splitlines()
    return f"{type(value).__name__}: {message[0]}" if message else type(value).__name__


def details(text: str) -> str:
    """What "Copy details" puts on the clipboard: enough to find the bug without asking back."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Platform: {platform.platform()}",
        f"Python: {sys.version.splitlines()[0]}"
        + (" (frozen)" if getattr(sys, "frozen", False) else ""),
        f"Qt: {qVersion()}, PySide6: {pyside_version}",
        f"Log folder: {log_dir()}",
        "",
        text.rstrip("\n"),
    ]
    recent = last_lines(LOG_LINES_IN_REPORT)
    if recent:
        lines += ["", f"Last {len(recent)} lines of the log:", *recent]
    return "\n".join(lines) + "\n"


def _support_link(address: str) -> str:
    shown = address.removeprefix("mailto:")
    return f'<a href="{html.escape(address, quote=True)}">{html.escape(shown)}</a>'


class CrashDialog(QDialog):
    """Says a bug happened, that nothing is lost, and how to report it."""

    def __init__(self, value: BaseException, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.report = details(text)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        headline = QLabel(f"<b>{html.escape(tr('Something went wrong in Roundtable.'))}</b>")
        what = QLabel(one_line(value))
        what.setTextFormat(Qt.TextFormat.PlainText)  # "<lambda>" is a message, not markup
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        safe = QLabel(tr("Your data is safe: every change is saved as it is made."))
        safe.setWordWrap(True)
        self.where = QLabel(
            html.escape(
                tr("Please copy the details and send them to {address}, with what you were doing.")
            ).format(address=_support_link(support()))
        )
        self.where.setWordWrap(True)
        self.where.setOpenExternalLinks(True)

        text_column = QVBoxLayout()
        for label in (headline, what, safe, self.where):
            text_column.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text_column, 1)

        self.details_view = QPlainTextEdit(self.report)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy details"))
        self.folder_button = QPushButton(tr("Open log folder"))
        self.show_button = QPushButton(tr("Show details"))
        self.show_button.setCheckable(True)
        for button in (self.copy_button, self.folder_button, self.show_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.show_button.toggled.connect(self._show_details)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.copy_button.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.show_button.setText(tr("Hide details") if shown else tr("Show details"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(tr("Copied"))

    def open_log_folder(self) -> None:
        from roundtable.gui.help.log_folder import open_log_folder

        open_log_folder(self)  # as Help › Open log folder: made if missing, else named


def report_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` while the app runs: log the bug, then tell the user in a dialog.

    A second exception while the dialog is open (a paint event failing again, say) is logged
    only, not stacked as another dialog."""
    global _showing
    log.critical("uncaught exception: %s", one_line(value), exc_info=(kind, value, tb))
    if _showing or not isinstance(QApplication.instance(), QApplication):
        return
    _showing = True
    try:
        text = "".join(traceback.format_exception(kind, value, tb))
        CrashDialog(value, text, QApplication.activeWindow()).exec()
    finally:
        _showing = False
