"""Small widgets and helpers of the Seating tab: lists that keep their own keys, bold headings
that keep their mnemonics, and text setters that leave Qt alone when nothing changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListView

from roundtable.gui.signals import emit


def set_text(setter: Callable[[str], None], current: str, text: str) -> None:
    """Set a text only when it changes: the buttons are updated on every selection change,
    and each call of a void Qt method from Python costs ``None`` a reference under PySide 6.12
    on Python 3.11 (see ``seating_scene``)."""
    if current != text:
        setter(text)


def claims_key(event: QEvent, keys) -> bool:
    """Whether ``event`` is the shortcut override of one of ``keys`` pressed alone: a view
    accepts it so the key reaches its keyPressEvent, not a window action such as Delete event."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() in keys
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    )


def heading(text: str) -> QLabel:
    """A bold plain-text heading: rich text would lose the mnemonic of its buddy."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class KeyList(QListView):
    """A list that keeps Return, Delete and F2 (the window's Edit and Delete event shortcuts
    must not act on the event from here) and reports them as "activate", "delete", "edit"."""

    key_action = Signal(str)

    _OWN_KEYS = {Qt.Key.Key_Return: "activate", Qt.Key.Key_Enter: "activate",
                 Qt.Key.Key_Delete: "delete", Qt.Key.Key_F2: "edit"}  # fmt: skip

    def event(self, event: QEvent) -> bool:
        if claims_key(event, self._OWN_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._OWN_KEYS and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            emit(self.key_action, self._OWN_KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)
