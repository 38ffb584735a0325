"""The About box: which version this is and which database it is working on."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable import APP_NAME, __version__
from roundtable.wording import tr


def about_html(database: str) -> str:
    purpose = tr(
        "Plan roundtables, panels and multi-day dialogues offline: events, series and "
        "rounds, hosts and partners, delegations and participants."
    )
    versions = tr(
        "Qt {qt_version}, PySide6 {pyside_version}. Licensed under the GNU General Public "
        "License, version 3 or later."
    ).format(qt_version=qVersion(), pyside_version=pyside_version)
    label = tr("Database:")
    return (
        f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(purpose)}</p>"
        f"<p><b>{html.escape(label)}</b><br>{html.escape(database)}</p>"
        f"<p style='color: gray;'>{html.escape(versions)}</p>"
    )


def show_about(parent: QWidget | None, database: str) -> None:
    QMessageBox.about(parent, tr("About {app}").format(app=APP_NAME), about_html(database))
