"""An empty page that gets its view the first time the view is needed, so a view the user never
opens costs nothing at start-up (its module is not even imported)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def hold(self, view: QWidget) -> None:
        """Put the newly built ``view`` on the page (shown at once if the page is showing)."""
        self._layout.addWidget(view)
        if self.isVisible():
            view.show()
