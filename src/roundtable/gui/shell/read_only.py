"""A window on a database another Roundtable window already changes: read-only, said where the
eye goes first (a banner over everything), with a way to switch to editing once the other
window is closed.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QWidget,
)

from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.shell.session import DatabaseSession
from roundtable.wording import QT_TR_NOOP, tr

READ_ONLY_NOTE = QT_TR_NOOP("Another Roundtable window has this database open; opened read-only.")
"""Marked here, translated where shown (``tr(READ_ONLY_NOTE)``)."""


class ReadOnlyBanner(QFrame):
    """Says why nothing can be changed and how to change that; hidden while writable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setAccessibleName(tr("Read-only notice"))
        # Fixed colours, both of them, so the note reads the same in light and dark themes.
        self.setStyleSheet(
            "#read_only_banner { background: #fff3c4; border-bottom: 1px solid #d9b84a; }"
            "#read_only_banner QLabel { color: #3d3000; }"
        )
        self.label = QLabel(
            tr(
                "<b>{note}</b> You can look at events and export them here, but not change them."
            ).format(note=html.escape(tr(READ_ONLY_NOTE)))
        )
        self.label.setWordWrap(True)
        self.edit_here_button = QPushButton(tr("Switch to editing"))
        self.edit_here_button.setToolTip(
            tr("Once the other window is closed, change events in this one instead")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.edit_here_button)
        self.hide()


def try_editing(
    parent: QWidget, session: DatabaseSession, status: QStatusBar, reopened: Callable[[], None]
) -> None:
    """Take over editing if the other window has quit meanwhile; ``reopened`` is called once
    the session has its new, writable Store. Else say why not."""
    try:
        switched = session.try_write_access()
    except UserError as exc:
        QMessageBox.warning(parent, tr("Switch to editing"), sentence(exc))
        return
    if not switched:
        from roundtable.gui.shell.safety_dialogs import holder_text

        who = holder_text(session.holder())
        if who:
            text = tr(
                "The other Roundtable window still has this database open ({who}). Close it "
                "there, then try again."
            ).format(who=who)
        else:
            text = tr(
                "The other Roundtable window still has this database open. Close it there, "
                "then try again."
            )
        QMessageBox.information(parent, tr("Switch to editing"), text)
        return
    reopened()
    status.showMessage(tr("You can change events in this window now."), 8000)
