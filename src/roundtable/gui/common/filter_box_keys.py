"""The keys of a filter-as-you-type box above a list: Return or Down go to the list, Escape
clears the filter. Return and Escape are kept from the window's shortcuts while the box has the
focus, so Return there never opens the selected row's editor (the events list and the people
directory behave alike)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

_TO_LIST = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
_KEPT_FROM_SHORTCUTS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


def filter_box_key(box: QLineEdit, event: QEvent, go_to_list: Callable[[], None]) -> bool:
    """Handle ``event`` in ``box`` (from an eventFilter); True when it was the box's key."""
    if not isinstance(event, QKeyEvent):
        return False
    key = event.key()
    if event.type() == QEvent.Type.ShortcutOverride and key in _KEPT_FROM_SHORTCUTS:
        event.accept()
        return True
    if event.type() != QEvent.Type.KeyPress:
        return False
    if key in _TO_LIST:
        go_to_list()
        return True
    if key == Qt.Key.Key_Escape and box.text():
        box.clear()
        return True
    return False
