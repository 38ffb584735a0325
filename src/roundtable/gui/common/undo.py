"""The undo framework: every user action is an ``EditCommand`` around an edit (``domain/edits``).

Redo applies the edit to the database as it is now; undo applies the inverse of what was
applied, again to the database as it is now, so undoing my change leaves a change someone else
made meanwhile in place (``Store.undo``); a redo after an undo re-creates the same rows with the
same ids. A refused step (the thing was changed or removed meanwhile) is reported, the command
is dropped from the stack (it no longer matches the data) and the views show what is stored.

Commands tell the window what changed through the context's ``changed`` with a ``Changed``, so
it re-reads only the parts of the event that a change touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QApplication

from roundtable.domain.edits import Batch, Edit
from roundtable.domain.parts import Part
from roundtable.errors import UserError
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.store.facade import Store
    from roundtable.store.recorder import Applied


@dataclass(frozen=True)
class Changed:
    """What a change touched, for the window to refresh: events and their parts, and the event
    to select afterwards. ``everything`` asks for a full reload (after a refused change)."""

    events: frozenset[int] = frozenset()
    parts: frozenset[Part] = frozenset()
    created: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    select: int | None = None
    everything: bool = False
    person: int | None = None  # the person to select in the people directory
    people: frozenset[int] = frozenset()  # people whose records changed

    @classmethod
    def of(cls, applied: Applied, select: int | None = None, person: int | None = None) -> Changed:
        return cls(applied.events, applied.parts, applied.created, applied.deleted, select,
                   person=person, people=applied.people)  # fmt: skip

    @classmethod
    def reload(cls, select: int | None = None) -> Changed:
        """Show everything as stored now (something changed that the caller cannot name)."""
        return cls(select=select, everything=True)

    def touches(self, event_id: int | None, parts: frozenset[Part] | set[Part]) -> bool:
        """Whether the event, as far as ``parts`` of it go, may look different now."""
        if self.everything:
            return True
        return event_id in self.events and bool(self.parts & set(parts))


def merged(first: Changed | None, second: Changed) -> Changed:
    """Two changes shown as one (a refresh put off, then another change on top)."""
    if first is None:
        return second
    return Changed(
        events=first.events | second.events,
        parts=first.parts | second.parts,
        created=first.created | second.created,
        deleted=first.deleted | second.deleted,
        select=second.select if second.select is not None else first.select,
        everything=first.everything or second.everything,
        person=second.person if second.person is not None else first.person,
        people=first.people | second.people,
    )


def editing_a_cell() -> bool:
    """Whether a cell editor of some table or list has the keyboard (a refresh now would close
    it and lose what is typed)."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget.state() == QAbstractItemView.State.EditingState
        widget = widget.parentWidget()
    return False


def _ignore_change(_changed: Changed) -> None:
    pass


def _ignore_message(_title: str, _message: str) -> None:
    pass


@dataclass
class CommandContext:
    """What commands need from their surroundings, without knowing any window."""

    store: Store
    changed: Callable[[Changed], None] = field(default=_ignore_change)
    """Called after every change, and after a refused one (``Changed.reload``)."""
    failed: Callable[[str, str], object] = field(default=_ignore_message)
    """Called with (what was attempted, the error's text) when the store refuses a change."""
    informed: Callable[[str, str], object] = field(default=_ignore_message)
    """Called with (title, text) for news that is not an error, e.g. nothing left to load."""


class EditCommand(QUndoCommand):
    """One edit as one undo step, named by the edit's text.

    ``select`` is the event to select after redo and undo (None: keep the selection);
    ``select_created`` selects the event the edit created (a new event, an import).
    Subclasses may override ``_first`` to compute the edit at the moment it is first applied.
    """

    def __init__(
        self,
        context: CommandContext,
        edit: Edit | None,
        text: str = "",
        *,
        select: int | None = None,
        select_created: bool = False,
        select_person: int | None = None,
    ) -> None:
        super().__init__(text or (edit.text if edit is not None else ""))
        self._context = context
        self._edit = edit
        self._select = select
        self._select_created = select_created
        self._select_person = select_person
        self.quiet_first = False
        """Select nothing after the first redo (a save made on the way to something else)."""
        self._applied: Applied | None = None  # what redo wrote, for undo
        self._undone: Applied | None = None  # what undo wrote, for the next redo

    @property
    def store(self) -> Store:
        return self._context.store

    @property
    def applied(self) -> Applied | None:
        return self._applied

    @property
    def result(self) -> Any:
        """What the edit returned when first applied (a new event's or person's id)."""
        return self._applied.result if self._applied is not None else None

    def _first(self) -> Applied:
        """Apply the edit the first time (an edit of None, nothing to do, changes nothing)."""
        return self.store.apply(self._edit if self._edit is not None else Batch())

    def redo(self) -> None:
        try:
            if self._undone is None:
                applied = self._first()
                if applied.empty:
                    self.setObsolete(True)  # nothing changed: nothing to undo
                    return
            else:
                applied = self.store.redo(self._undone)
        except UserError as exc:
            self._refused(self.text(), exc)
            return
        self._applied, self._undone = applied, None
        self._context.changed(
            Changed.of(applied, self._selection(applied), self._person_selection(applied))
        )

    def undo(self) -> None:
        assert self._applied is not None
        try:
            undone = self.store.undo(self._applied)
        except UserError as exc:
            action = self.text()[:1].lower() + self.text()[1:]
            self._refused(tr("Undo {action}").format(action=action), exc)
            return
        self._undone = undone
        select = self._select
        if self._select_created and self._applied.created:
            select = None  # the event it made is gone again
        self._context.changed(Changed.of(undone, select, self._select_person))

    def _selection(self, applied: Applied) -> int | None:
        if self.quiet_first:
            self.quiet_first = False
            return None
        if self._select_created and applied.created:
            return min(applied.created)
        return self._select

    def _person_selection(self, applied: Applied) -> int | None:
        if self._select_person is None and isinstance(applied.result, int) and applied.people:
            return applied.result if applied.result in applied.people else None
        return self._select_person

    def _refused(self, attempt: str, exc: UserError) -> None:
        self.setObsolete(True)
        self._context.failed(attempt, str(exc))
        self._context.changed(Changed.reload())
