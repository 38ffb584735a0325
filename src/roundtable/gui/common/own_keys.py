"""Views that keep Return, Delete and F2 for themselves.

The main window's Edit and Delete event shortcuts would otherwise fire while a list or table has
the focus, acting on the whole event; a view that mixes in :class:`OwnKeys` accepts the shortcut
override of its ``_OWN_KEYS`` (pressed alone) and reports them through its ``key_action`` signal
("activate", "delete", "edit", ...) instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from roundtable.gui.common.signals import emit

# The type checker sees the mix-in as the widget it is mixed into, so it knows ``super().event``
# and ``keyPressEvent``; at run time it stays a plain class, leaving the view's MRO as it was.
if TYPE_CHECKING:
    _ViewBase = QWidget
else:
    _ViewBase = object

_ALONE = ~Qt.KeyboardModifier.KeypadModifier


def claims_key(event: QEvent, keys) -> bool:
    """Whether ``event`` is the shortcut override of one of ``keys`` pressed alone."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() in keys
        and not event.modifiers() & _ALONE
    )


class OwnKeys(_ViewBase):
    """Mix in before the Qt view class; the subclass defines ``key_action = Signal(str)`` and
    ``_OWN_KEYS`` (key → action name)."""

    _OWN_KEYS: dict = {}
    key_action: ClassVar[Signal]

    def event(self, event: QEvent) -> bool:
        if claims_key(event, self._OWN_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._OWN_KEYS and not event.modifiers() & _ALONE:
            emit(self.key_action, self._OWN_KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)
