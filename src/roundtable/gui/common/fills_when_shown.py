"""Event tabs that are filled only when they are looked at.

The Participants and Agenda tabs sit behind the Overview most of the time; loading their
models on every selection change would cost a query and a model reset each time for nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from roundtable.domain.parts import RECORD_PARTS, Part
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.messages import show_failure

# The type checker sees the mix-in as the QWidget it is mixed into (``isVisible``,
# ``super().showEvent``); at run time it stays a plain class, leaving the view's MRO as it was.
if TYPE_CHECKING:
    from roundtable.store.facade import Store

    _WidgetBase = QWidget
else:
    _WidgetBase = object


class FillsWhenShown(_WidgetBase):
    """Mix in before QWidget; the class provides ``_show(event)`` and ``store``."""

    if TYPE_CHECKING:

        @property
        def store(self) -> Store: ...

    _pending: EventRecord | None = None
    _has_pending: bool = False
    _event: EventRecord | None = None
    DEPENDS: frozenset[Part] = frozenset(RECORD_PARTS)
    """The parts of the event the view shows: a change to others leaves it as it is."""

    def set_event(self, event: EventRecord | None) -> None:
        """Show ``event`` (None: a hint); filled now if visible, else when next shown."""
        if not self.isVisible():
            self._pending, self._has_pending = event, True
            return
        self._show(event)

    def update_event(self, event: EventRecord | None, parts: frozenset[Part]) -> None:
        """The same event after a change of ``parts`` (re-read by the window): shown again if
        the view shows any of them, else only kept, so the next change builds on it."""
        if self._has_pending:
            self._pending = event
            return
        current = self._event
        if current is None or event is None or current.id != event.id or parts & self.DEPENDS:
            self.set_event(event)
        else:
            self._event = event

    def stored_event(self, attempt: str) -> EventRecord | None:
        """The event as stored now, for an export (which prints what is saved, not what the view
        last showed); None, with the reason in a dialog, if it cannot be read."""
        if self._event is None or self._event.id is None:
            return None
        try:
            return self.store.get_event(self._event.id)
        except UserError as exc:
            show_failure(self, attempt, str(exc))
            return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._has_pending:
            pending, self._pending, self._has_pending = self._pending, None, False
            self._show(pending)

    def _show(self, event: EventRecord | None) -> None:
        raise NotImplementedError
