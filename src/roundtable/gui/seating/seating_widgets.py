"""Small widgets and helpers of the Seating tab: lists that keep their own keys, bold headings
that keep their mnemonics, and text and state setters that leave Qt alone when nothing
changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QWidget

from roundtable.gui.common.own_keys import OwnKeys


def set_text(setter: Callable[[str], None], current: str, text: str) -> None:
    """Set a text only when it changes: the buttons are updated on every selection change,
    and each call of a void Qt method from Python costs ``None`` a reference under PySide 6.12
    on Python 3.11 (see ``seating_scene``)."""
    if current != text:
        setter(text)


def able(widget: QWidget, enabled: bool, why: str = "") -> None:
    """Enable or disable ``widget``; a button's tooltip then says ``why`` it is disabled, or
    goes back to its own ("tip", see ``seating_panels.tip_button``) when it is enabled."""
    if widget.isEnabled() != enabled:
        widget.setEnabled(enabled)
    if isinstance(widget, QPushButton):
        set_text(widget.setToolTip, widget.toolTip(),
                  widget.property("tip") if enabled or not why else why)  # fmt: skip


def heading(text: str) -> QLabel:
    """A bold plain-text heading: rich text would lose the mnemonic of its buddy."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class KeyList(OwnKeys, QListView):
    """A list that keeps Return, Delete and F2 (the window's Edit and Delete event shortcuts
    must not act on the event from here) and reports them as "activate", "delete", "edit"."""

    key_action = Signal(str)

    _OWN_KEYS = {Qt.Key.Key_Return: "activate", Qt.Key.Key_Enter: "activate",
                 Qt.Key.Key_Delete: "delete", Qt.Key.Key_F2: "edit"}  # fmt: skip
