"""The events mode of the main window: the events list beside the selected event's tabs, or,
while there are no events, the first-start page that offers to make one.

The page reads the list (summaries only) and the one selected event, and after a change only
what the change touched: the list when an event came, went or changed its own fields, else
only the changed parts of the event shown, which each tab redraws only if it shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QSplitter, QStackedWidget, QWidget

from roundtable import APP_NAME
from roundtable.domain.parts import RECORD_PARTS, Part
from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.undo import Changed, CommandContext
from roundtable.gui.events.event_overview import EventOverview
from roundtable.gui.events.events_model import COLUMN_TITLE, GROUP_KEY_ROLE, SUMMARY_ROLE
from roundtable.gui.shell.empty_state import EmptyState
from roundtable.gui.shell.event_tabs import TAB_LOG, TAB_SEATING, EventTabs
from roundtable.gui.shell.events_pane import EventsPane
from roundtable.wording import tr

DETAILS_DELAY_MS = 40  # after the window's first paint


class EventsPage(QStackedWidget):
    selection_changed = Signal()
    """Another event (or series, or nothing) is selected: the window's actions follow."""
    listed = Signal(object)
    """The list was read again: the EventSummary rows, for the window's counts."""
    status = Signal(str, int)
    """A line for the window's status bar, and how long it stays (ms)."""

    def __init__(
        self,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        collapsed: set[str],
        parent: QWidget | None = None,
    ) -> None:
        """``context``: the commands' context, whose ``store`` is always the current one;
        ``collapsed``: the series folded in the list when the window was last closed."""
        super().__init__(parent)
        self._context = context
        self._deferred = False
        self._shown: object = None  # what the overview shows: an event id, a group key or None

        self.events_pane = EventsPane(collapsed)
        self.events_pane.selection_moved.connect(self.show_selection)
        self.overview = EventOverview(context.store, settings)
        self.overview.setAccessibleName(tr("Event overview"))
        self.overview.attachment_saved.connect(
            lambda path: self.status.emit(tr("Saved {path}").format(path=path), 5000)
        )
        self.event_tabs = EventTabs(self.overview, context, undo_stack, settings)
        self.event_tabs.message.connect(lambda text: self.status.emit(text, 8000))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.events_pane)
        self.splitter.addWidget(self.event_tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])

        self.empty_state = EmptyState()
        self.addWidget(self.empty_state)
        self.addWidget(self.splitter)

    def selected_event_id(self) -> int | None:
        return self.events_pane.selected_event_id()

    def start(self, select: int | None) -> None:
        """The list at start-up, with ``select`` (else the first event) selected. The event
        itself (one more, larger query) is shown a moment later, so start-up does not wait."""
        self._deferred = True
        self.reload(select=select)
        if self.selected_event_id() is None:
            self.events_pane.select_first_event()
        self._deferred = False
        # A short delay, not 0: a zero timer fires before the first paint, so the window would
        # wait for the event's details (~60 ms of first-time SQL) before it appears at all.
        # The page is the timer's context: Qt drops it if the window is closed before it fires.
        QTimer.singleShot(DETAILS_DELAY_MS, self, lambda: self.show_selection(force=True))

    def set_store(self, store: object) -> None:
        """The session opened a new Store: nothing shown is known to be current any more."""
        self.overview.set_store(store)
        self._shown = None

    def reload(self, select: int | None = None, parts: frozenset[Part] | None = None) -> None:
        """Re-read the list; select ``select``, else keep the selection, else its neighbour.
        ``parts``: what changed of the event shown, if it stays shown (None: all of it)."""
        try:
            events = self._context.store.list_events()
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, sentence(str(exc)))
            return
        self.events_pane.show_events(events, select)
        shown = self.overview.current_event
        if parts is not None and shown is not None and shown.id == self.selected_event_id():
            self.selection_changed.emit()
            self.refresh_shown(parts)
        else:
            self.show_selection(force=True)
        self.listed.emit(events)
        self.setCurrentWidget(self.splitter if events else self.empty_state)

    def show_change(self, changed: Changed) -> None:
        """A change was written (here, or by another window or user): show it."""
        shown = self.overview.current_event
        # A count beside an event this change touched is no longer known (the shown one's is
        # worked out again below); the list never keeps a claim it cannot stand by.
        for event_id in changed.events | changed.deleted:
            if shown is None or event_id != shown.id:
                self.events_pane.model.set_note(event_id, "")
        if (
            changed.everything
            or changed.created
            or changed.deleted
            or (Part.EVENT in changed.parts and changed.events)
            or (changed.select is not None and changed.select != self.selected_event_id())
        ):
            parts = None if changed.everything else changed.parts
            self.reload(select=changed.select, parts=parts if changed.events else None)
        elif shown is not None and shown.id in changed.events:
            self.refresh_shown(changed.parts)
        elif shown is not None and Part.PEOPLE in changed.parts:
            self.refresh_shown(changed.parts)  # names, affiliations of people it lists

    def show_selection(self, force: bool = False) -> None:
        """Show the selected row in the overview; after a change (``force``) even if it is the
        one already shown, otherwise only when the selection really moved."""
        self.selection_changed.emit()
        if self._deferred:
            return
        row = self.events_pane.selected_row()
        event_id = self.selected_event_id()
        shown = event_id if event_id is not None else (row.data(GROUP_KEY_ROLE) if row else None)
        if shown == self._shown and not force:
            return
        self._shown = shown
        if event_id is not None:
            try:
                self.overview.show_event(self._context.store.get_event(event_id))
            except UserError as exc:
                self.overview.show_problem(sentence(str(exc)))
        elif row is not None:
            title = row.siblingAtColumn(COLUMN_TITLE).data()
            self.overview.show_series(title, row.data(SUMMARY_ROLE) or [])
        else:
            self.overview.show_hint()
        self.event_tabs.set_event(self.overview.current_event)
        self._note_readiness()

    def refresh_shown(self, parts: frozenset[Part]) -> None:
        """Read ``parts`` of the event shown again and hand it to the tabs that show them."""
        shown = self.overview.current_event
        if shown is None or shown.id is None:
            return
        record_parts = parts & set(RECORD_PARTS)
        store = self._context.store
        try:
            event = store.refresh_event(shown, record_parts) if record_parts else shown
        except UserError as exc:
            self.overview.show_problem(sentence(str(exc)))
            self.event_tabs.update_event(None, frozenset(Part))
            return
        if record_parts:
            self.overview.update_event(event)
        self.event_tabs.update_event(event, parts)
        self._note_readiness()

    def _note_readiness(self) -> None:
        """The shown event's blocking findings as a count beside it in the list."""
        event = self.overview.current_event
        if event is None or event.id is None:
            return
        from roundtable.gui.readiness.readiness_count import blocking_note

        try:
            note = blocking_note(self._context.store, event)
        except UserError:
            return  # the Overview says what is wrong with the event
        self.events_pane.model.set_note(event.id, note)

    def show_event(self, event_id: int) -> None:
        """Select ``event_id`` (clearing a filter that hides it) and put the focus on the list."""
        if not self.events_pane.select_event(event_id) and self.events_pane.filter_edit.text():
            self.events_pane.filter_edit.clear()
            self.events_pane.select_event(event_id)
        self.events_pane.tree.setFocus()

    def show_tab(self, tab: int) -> None:
        """One of the event's tabs (Seating, Log: those the View menu opens); with no event to
        show it on, say why."""
        self.event_tabs.setCurrentIndex(tab)
        if self.currentWidget() is self.empty_state:
            self.status.emit(_no_events_yet(tab), 8000)
        elif self.selected_event_id() is None:
            self.status.emit(_none_selected(tab), 8000)

    def focus_filter(self) -> None:
        """Ctrl+F: the filter box, while the list is showing."""
        if self.currentWidget() is self.splitter:
            self.events_pane.focus_filter()


def _no_events_yet(tab: int) -> str:
    """Why the tab shows nothing while there are no events, and how to start."""
    if tab == TAB_SEATING:
        return tr(
            "There are no events yet: create one (Ctrl+N) or load the examples to see its "
            "seating plans."
        )
    if tab == TAB_LOG:
        return tr(
            "There are no events yet: create one (Ctrl+N) or load the examples to see its log."
        )
    return tr("There are no events yet: create one (Ctrl+N) or load the examples.")


def _none_selected(tab: int) -> str:
    if tab == TAB_SEATING:
        return tr("Select an event in the list to see its seating plans.")
    if tab == TAB_LOG:
        return tr("Select an event in the list to see its log.")
    return tr("Select an event in the list.")
