"""What the main window asks of every tab beside the Overview (Participants, Agenda, Seating,
Log): one shape, so the window builds them from one table and speaks to them all alike,
never to one by name.

A tab is a QWidget built with ``(context, undo_stack, settings)``; the window hands it the
selected event, the same event after each change, and whether the database may be changed.
FillsWhenShown (fills_when_shown.py) provides ``set_event`` and ``update_event`` for most.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtGui import QUndoStack

    from roundtable.domain.parts import Part
    from roundtable.domain.records import EventRecord
    from roundtable.gui.common.undo import CommandContext


class EventTab(Protocol):
    @property
    def message(self) -> SignalInstance:
        """Emits a line for the window's status bar ("Seated 12 people")."""
        ...

    def set_event(self, event: EventRecord | None) -> None:
        """Show ``event`` (None: no event selected), now or when the tab is next shown."""
        ...

    def update_event(self, event: EventRecord | None, parts: frozenset[Part]) -> None:
        """The same event after a change of ``parts``, read again by the window; None when it
        could not be read."""
        ...

    def set_writable(self, writable: bool) -> None:
        """False while the database is open read-only: nothing may be changed."""
        ...

    def save_layout(self) -> None:
        """Remember column widths, splitters and the like, as the window closes."""
        ...


EventTabFactory = Callable[["CommandContext", "QUndoStack", "QSettings"], EventTab]
"""Builds a tab: the commands' context, the window's undo stack, the app's settings."""
