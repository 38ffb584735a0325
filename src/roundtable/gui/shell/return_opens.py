"""Return (or Enter) on a list opens its selected row: the events list opens the event, the
people list the person.

Not a shortcut of the window: that would fire whenever nothing else claims the key, including
while a cell of a table is being edited, where Return must only commit the edit (an edit event
dialog opened on top of an inline edit, and saved, put the old copy back). An event filter on the
list itself sees only the keys the list gets, which an open cell editor takes first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReturnOpens(QObject):
    """Calls ``open_row`` when Return or Enter is pressed on ``view`` itself."""

    def __init__(self, view: QWidget, open_row: Callable[[], object]) -> None:
        super().__init__(view)
        self._open_row = open_row
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._open_row()
            return True
        return False
