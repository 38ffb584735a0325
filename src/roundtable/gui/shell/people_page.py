"""The People mode of the main window: the directory of everyone across all events, built (and
its module imported) the first time it is needed. The People view does the asking for its
actions; this page only says whether it may.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from roundtable.gui.common.undo import CommandContext
from roundtable.gui.shell.lazy_page import LazyPage
from roundtable.gui.shell.return_opens import ReturnOpens
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.gui.people.people_view import PeopleView


class PeoplePage(LazyPage):
    people_changed = Signal()
    """A person was added, edited, merged or deleted (events show their names)."""
    event_activated = Signal(int)
    """The user asked to see this event."""
    selection_changed = Signal()
    """Other people are selected: the window's People actions follow."""

    def __init__(
        self,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        list_actions: Callable[[QWidget], list[QAction]],
        parent: QWidget | None = None,
    ) -> None:
        """``context.store`` is the current Store; ``list_actions(view)`` gives the context
        menu of the people list."""
        super().__init__(parent)
        self._context = context
        self._undo_stack = undo_stack
        self._settings = settings
        self._list_actions = list_actions
        self._writable = True
        self.view: PeopleView | None = None

    def ensure_view(self) -> PeopleView:
        if self.view is None:
            from roundtable.gui.people.people_view import PeopleView

            view = PeopleView(self._context.store, self._undo_stack, self._settings)
            view.setAccessibleName(tr("People directory"))
            view.set_writable(self._writable)
            view.people_changed.connect(self.people_changed)
            view.event_activated.connect(self.event_activated)
            view.selection_changed.connect(self.selection_changed)
            # Return opens the selected person only while the list itself has the focus.
            ReturnOpens(view.table, self.edit_person)
            view.table.addActions(self._list_actions(view))
            self.hold(view)
            self.view = view
        return self.view

    def selected_count(self) -> int:
        return len(self.view.selected_person_ids()) if self.view is not None else 0

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        if self.view is not None:
            self.view.set_writable(writable)

    def set_store(self, store: object) -> None:
        if self.view is not None:
            self.view.set_store(store)

    def new_person(self) -> None:
        if self._writable:
            self.ensure_view().new_person()

    def edit_person(self) -> None:
        if self._writable and self.view is not None:
            self.view.edit_person()

    def delete_person(self) -> None:
        if self._writable and self.view is not None:
            self.view.delete_person()

    def merge_people(self) -> None:
        if self._writable and self.view is not None:
            self.view.merge_people()
