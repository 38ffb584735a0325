"""The About box: which version this is and which database it is working on."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable import APP_NAME, __version__


def about_html(database: str) -> str:
    return (
        f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
        "<p>Plan roundtables, panels and multi-day dialogues offline: events, series and "
        "rounds, hosts and partners, delegations and participants.</p>"
        f"<p><b>Database:</b><br>{html.escape(database)}</p>"
        f"<p style='color: gray;'>Qt {html.escape(qVersion())}, PySide6 "
        f"{html.escape(pyside_version)}. Licensed under the GNU General Public License, "
        "version 3 or later.</p>"
    )


def show_about(parent: QWidget | None, database: str) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_html(database))
