"""The shipped fonts, registered for the scripts this system has no font for (see
gui/common/fonts.py), once, a moment after the window is first shown: asking Qt about writing
systems loads its whole font database (a few ms), which showing the events does not need.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FONT_CHECK_DELAY_MS = 100


class FontCheck(QObject):
    """Watches ``window`` until it is first shown; gone with it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(FONT_CHECK_DELAY_MS, self, register_fonts)
        return False


def register_fonts() -> None:
    from roundtable.gui.common.fonts import register_missing_fonts

    register_missing_fonts()
