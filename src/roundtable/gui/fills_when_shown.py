"""Event tabs that are filled only when they are looked at.

The Participants and Agenda tabs sit behind the Overview most of the time; loading their
models on every selection change would cost a query and a model reset each time for nothing.
"""

from __future__ import annotations

from roundtable.domain.records import EventRecord


class FillsWhenShown:
    """Mix in before QWidget; the class provides ``_show(event)``."""

    _pending: EventRecord | None = None
    _has_pending: bool = False

    def set_event(self, event: EventRecord | None) -> None:
        """Show ``event`` (None: a hint); filled now if visible, else when next shown."""
        if not self.isVisible():
            self._pending, self._has_pending = event, True
            return
        self._show(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._has_pending:
            pending, self._pending, self._has_pending = self._pending, None, False
            self._show(pending)

    def _show(self, event: EventRecord | None) -> None:
        raise NotImplementedError
