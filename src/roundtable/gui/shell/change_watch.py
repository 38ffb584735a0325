"""Noticing what other processes write: the command line, another window on the same file
(read-only), a second user on a shared PostgreSQL database.

Every write raises the database's revision and says in the change feed which events and parts
it touched (``Store.changes_since``). The watch asks for the revision every couple of seconds
(one tiny query) and, when someone else wrote, emits a ``Changed`` for the window to show, as it
does after its own commands. Changes this window made itself are left out by the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from roundtable.domain.parts import Part
from roundtable.errors import UserError
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed

if TYPE_CHECKING:
    from roundtable.store.facade import Store

INTERVAL_MS = 2000
"""How often to look: "within a few seconds", for the price of one small query."""


class ChangeWatch(QObject):
    changed = Signal(object)
    """A ``Changed`` describing what other processes wrote since the last look."""

    def __init__(
        self,
        store: Callable[[], Store],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._revision = self._current()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        """After the window's Store was replaced (a restore): start from what it holds now."""
        self._revision = self._current()

    def _current(self) -> int:
        try:
            return self._store().revision()
        except UserError:
            return 0

    def poll(self) -> Changed | None:
        """Look now; emit and return what others changed, or None if nothing."""
        try:
            revision, entries = self._store().changes_since(self._revision)
        except UserError:
            return None  # the server is unreachable just now: look again next time
        self._revision = revision
        if not entries:
            return None
        events = frozenset(e.event_id for e in entries if e.event_id is not None)
        parts = frozenset().union(*(e.parts for e in entries))
        everything = any(e.event_id is None and Part.EVENT in e.parts for e in entries)
        changed = Changed(events=events, parts=parts, everything=everything)
        emit(self.changed, changed)
        return changed
