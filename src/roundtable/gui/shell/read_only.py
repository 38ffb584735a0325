"""A window on a database another Roundtable window already changes: read-only, said where the
eye goes first (a banner over everything), with a way to switch to editing once the other
window is closed.
"""

from __future__ import annotations

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

READ_ONLY_NOTE = "Another Roundtable window has this database open; opened read-only."


class ReadOnlyBanner(QFrame):
    """Says why nothing can be changed and how to change that; hidden while writable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setAccessibleName("Read-only notice")
        # Fixed colours, both of them, so the note reads the same in light and dark themes.
        self.setStyleSheet(
            "#read_only_banner { background: #fff3c4; border-bottom: 1px solid #d9b84a; }"
            "#read_only_banner QLabel { color: #3d3000; }"
        )
        self.label = QLabel(
            f"<b>{READ_ONLY_NOTE}</b> You can look at events and export them here, but not "
            "change them."
        )
        self.label.setWordWrap(True)
        self.edit_here_button = QPushButton("Switch to editing")
        self.edit_here_button.setToolTip(
            "Once the other window is closed, change events in this one instead"
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
        QMessageBox.warning(parent, "Switch to editing", sentence(exc))
        return
    if not switched:
        from roundtable.gui.shell.safety_dialogs import holder_text

        who = holder_text(session.holder())
        QMessageBox.information(
            parent,
            "Switch to editing",
            "The other Roundtable window still has this database open"
            + (f" ({who})" if who else "")
            + ". Close it there, then try again.",
        )
        return
    reopened()
    status.showMessage("You can change events in this window now.", 8000)
