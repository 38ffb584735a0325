"""The window a user lives in: the events list on the left, the selected event on the right
(Overview, Participants, Agenda, Seating and Log tabs); or, switched with View ▸ People
(Ctrl+2), the people directory. View ▸ Seating plans (Ctrl+3) and View ▸ Event log (Ctrl+4) go
straight to the selected event's seating and log. Edit ▸ Log entry (Ctrl+J) writes a log entry
for the selected event from any tab or mode, and View ▸ Run session (F5) opens the moderator's
timer on it.

Every change goes through an undo command; the window only decides what to ask and which
command to push, and shows each change (its own, and those made elsewhere) once written.

The window works on a DatabaseSession, not a fixed Store: a restore from backup or a switch
from read-only to editing replaces the Store, and the window re-points its commands and views.
A read-only session (another app has the file) disables every action that would change it.

The window only puts together what its neighbours make: the events page (events_page.py, with
the list and the event's tabs, built when first shown), the people page, the actions with their
menus and toolbar, the saved layout, and the event, bundle, backup, read-only and preferences
actions. None of them knows the window; each gets what it needs when it is made or called.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from roundtable import APP_NAME
from roundtable.domain.parts import Part
from roundtable.domain.records import EventSummary
from roundtable.errors import UserError
from roundtable.gui.common.icons import app_icon
from roundtable.gui.common.messages import show_failure
from roundtable.gui.common.undo import (
    Changed,
    CommandContext,
    EditCommand,
    editing_a_cell,
    merged,
)
from roundtable.gui.events.event_commands import DuplicateEventCommand, LoadDemoCommand
from roundtable.gui.shell import (
    about,
    backup_actions,
    bundle_actions,
    event_actions,
    preferences_actions,
    window_layout,
)
from roundtable.gui.shell.change_watch import ChangeWatch
from roundtable.gui.shell.event_tabs import (
    TAB_AGENDA,
    TAB_LOG,
    TAB_OVERVIEW,
    TAB_PARTICIPANTS,
    TAB_SEATING,
)
from roundtable.gui.shell.events_page import EventsPage
from roundtable.gui.shell.font_check import FontCheck
from roundtable.gui.shell.people_page import PeoplePage
from roundtable.gui.shell.read_only import READ_ONLY_NOTE, ReadOnlyBanner, try_editing
from roundtable.gui.shell.return_opens import ReturnOpens
from roundtable.gui.shell.session import DatabaseSession
from roundtable.gui.shell.status_labels import StatusLabels
from roundtable.gui.shell.window_actions import MODE_EVENTS, MODE_PEOPLE, WindowActions
from roundtable.gui.shell.window_layout import EVENT_TAB_KEY
from roundtable.store.facade import Store
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.gui.agenda.agenda_view import AgendaView
    from roundtable.gui.log.log_view import LogView
    from roundtable.gui.participants.participants_view import ParticipantsView
    from roundtable.gui.people.people_view import PeopleView
    from roundtable.gui.seating.seating_view import SeatingView

# Defined by the window's neighbours; taken from here by tests and tools.
__all__ = ["EVENT_TAB_KEY", "MODE_EVENTS", "MODE_PEOPLE", "READ_ONLY_NOTE", "TAB_AGENDA", "TAB_LOG",
           "TAB_OVERVIEW", "TAB_PARTICIPANTS", "TAB_SEATING", "MainWindow"]  # fmt: skip

EXTERNAL_RETRY_MS = 500  # another look at a change made elsewhere, once the cell edit is done


def database_label(name: str) -> str:
    """The file name for a file database, the (password-free) URL otherwise."""
    return name if "://" in name else Path(name).name


class MainWindow(QMainWindow):
    def __init__(
        self,
        database: DatabaseSession | Store,
        settings: QSettings,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``database`` is the app's session (lock, store, bring-forward server); a bare Store
        (tests, tools) gets a session of its own with no lock."""
        super().__init__(parent)
        self.session = (
            database if isinstance(database, DatabaseSession) else DatabaseSession.around(database)
        )
        self._settings = settings
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._context = CommandContext(
            self._store,
            changed=self._after_change,
            failed=partial(show_failure, self),
            informed=lambda title, message: QMessageBox.information(self, title, message),
        )
        self._mode = MODE_EVENTS
        self.setWindowIcon(app_icon())

        preferences_actions.apply_author(self._store, settings)
        self._build_views()
        self.window_actions = WindowActions(self, self.undo_stack, self, self.people_page)
        for name in WindowActions.NAMES:  # window.new_action and the like, as tests know them
            setattr(self, name, getattr(self.window_actions, name))
        self.tree.addActions(self.window_actions.events_list_actions())
        # Return opens the event only from the list itself, never from a cell being edited
        # (where a shortcut of the whole window would fire too; there Return commits the edit).
        ReturnOpens(self.tree, self.edit_event)
        self.status_labels = StatusLabels(self.statusBar(), self._store.name)
        self.database_label, self.access_label, self.counts_label = (  # as tests know them
            self.status_labels.database_label, self.status_labels.access_label,
            self.status_labels.counts_label)  # fmt: skip
        self._apply_access()
        window_layout.restore_layout(self, self.splitter, settings)
        self.event_tabs.open_later(window_layout.saved_event_tab(settings) or TAB_OVERVIEW)
        FontCheck(self)

        # What other processes write (the command line, a second user on a shared database)
        # is shown as this window's own changes are; not while a cell is being edited.
        self._pending_external: Changed | None = None
        self.change_watch = ChangeWatch(lambda: self._store, self)
        self.change_watch.changed.connect(self._external_change)
        self.change_watch.start()

        self.events_page.start(select=window_layout.saved_event(settings))
        if window_layout.saved_mode(settings) == MODE_PEOPLE:
            QTimer.singleShot(0, self, lambda: self.set_mode(MODE_PEOPLE))

    def _build_views(self) -> None:
        collapsed = window_layout.saved_collapsed(self._settings)
        self.events_page = EventsPage(self._context, self.undo_stack, self._settings, collapsed)
        self.events_page.selection_changed.connect(self._update_actions)
        self.events_page.listed.connect(self._listed)
        self.events_page.status.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.events_page.events_pane.event_opened.connect(self.edit_event)
        self.events_page.empty_state.load_examples_requested.connect(self.load_examples)
        self.events_page.empty_state.new_event_requested.connect(self.new_event)
        # The parts of the events page by the names tests and tools know them.
        self.central, self.splitter, self.empty_state = (
            self.events_page, self.events_page.splitter, self.events_page.empty_state)  # fmt: skip
        self.overview, self.event_tabs = self.events_page.overview, self.events_page.event_tabs
        pane = self.events_pane = self.events_page.events_pane
        self.tree, self.filter_edit, self.model, self.proxy = (
            pane.tree, pane.filter_edit, pane.model, pane.proxy)  # fmt: skip

        self.people_page = PeoplePage(  # its list's context menu: the People actions, made later
            self._context, self.undo_stack, self._settings,
            lambda view: self.window_actions.people_list_actions(view),
        )  # fmt: skip
        self.people_page.people_changed.connect(self.reload)  # events show names and count people
        self.people_page.event_activated.connect(self.show_event)
        self.people_page.selection_changed.connect(self._update_people_actions)

        self.read_only_banner = ReadOnlyBanner()
        self.read_only_label = self.read_only_banner.label
        self.edit_here_button = self.read_only_banner.edit_here_button
        self.edit_here_button.clicked.connect(self.try_editing)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.events_page)
        self.modes.addWidget(self.people_page)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.setSpacing(0)
        outer_layout.addWidget(self.read_only_banner)
        outer_layout.addWidget(self.modes, 1)
        self.setCentralWidget(outer)

    # -- the views built when first needed, by the names tests and the log actions use -----------

    @property
    def people_view(self) -> PeopleView | None:
        return self.people_page.view

    @property
    def participants_view(self) -> ParticipantsView | None:
        return cast("ParticipantsView | None", self.event_tabs.view("participants"))

    @property
    def agenda_view(self) -> AgendaView | None:
        return cast("AgendaView | None", self.event_tabs.view("agenda"))

    @property
    def seating_view(self) -> SeatingView | None:
        return cast("SeatingView | None", self.event_tabs.view("seating"))

    @property
    def log_view(self) -> LogView | None:
        return cast("LogView | None", self.event_tabs.view("log"))

    # -- the database and what may be done with it ------------------------------------------

    @property
    def _store(self) -> Store:
        """Always the session's current Store: it is a new one after a restore."""
        return self.session.store

    @property
    def writable(self) -> bool:
        return not self.session.read_only

    def _apply_access(self) -> None:
        """Title, banner and actions for what this window may do with its database."""
        writable = self.writable
        database = database_label(self._store.name)
        if writable:
            self.setWindowTitle(f"{APP_NAME} — {database}")
        else:
            self.setWindowTitle(
                tr("{app} — {database} (read-only)").format(app=APP_NAME, database=database)
            )
        self.status_labels.show_database(self._store.name, writable)
        self.read_only_banner.setVisible(not writable)
        self.window_actions.set_access(writable, self.session.can_restore, self.session.can_back_up)
        for button in (self.empty_state.new_button, self.empty_state.load_button):
            button.setEnabled(writable)
        self.people_page.set_writable(writable)
        self.event_tabs.set_writable(writable)
        self._update_actions()
        self._update_people_actions()

    def _reopened(self, restored: bool = False) -> None:
        """The session opened a new Store (a restore, a switch to editing): use it everywhere,
        and show what it holds. After a restore, an event is selected if any is left."""
        self._context.store = self._store  # the tabs use this context too
        preferences_actions.apply_author(self._store, self._settings)
        self.events_page.set_store(self._store)
        self.people_page.set_store(self._store)
        self._apply_access()
        self.change_watch.restart()
        self.reload()
        if restored and self.selected_event_id() is None:
            self.events_pane.select_first_event()

    def save_layout(self) -> None:
        window_layout.save_layout(
            self, self.splitter, self._settings, collapsed=self.events_pane.collapsed,
            mode=self._mode, event_tab=self.event_tabs.currentIndex(),
            event_id=self.selected_event_id(),
        )  # fmt: skip
        if self.people_view is not None:
            self.people_view.save_layout()
        self.event_tabs.save_layout()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.log_view is not None and self.writable:
            self.log_view.save_pending_minutes()  # typed minutes are never lost
        self.save_layout()
        super().closeEvent(event)

    # -- the events shown -------------------------------------------------------------------

    def selected_event_id(self) -> int | None:
        return self.events_pane.selected_event_id()

    def select_event(self, event_id: int) -> bool:
        return self.events_pane.select_event(event_id)

    def _select_index(self, index: QModelIndex) -> None:
        self.events_pane.select_index(index)

    def visible_event_ids(self) -> list[int]:
        return self.events_pane.visible_event_ids()

    def reload(self, select: int | None = None, parts: frozenset[Part] | None = None) -> None:
        """Re-read the list; select ``select``, else keep the selection, else its neighbour.
        ``parts``: what changed of the event shown, if it stays shown (None: all of it)."""
        self.events_page.reload(select, parts)

    def _listed(self, events: list[EventSummary]) -> None:
        self.status_labels.show_counts(len(events), self._store)
        self.window_actions.find_action.setEnabled(bool(events))

    def _update_actions(self) -> None:
        self.window_actions.update_for_event(self.selected_event_id() is not None, self.writable)

    def _update_people_actions(self) -> None:
        self.window_actions.update_for_people(self.writable, self.people_page.selected_count())

    def _after_change(self, changed: Changed) -> None:
        """A change was written (here, or by another window or user): show it."""
        self.events_page.show_change(changed)
        if self.people_view is not None and (
            changed.everything or changed.parts & {Part.PEOPLE, Part.PARTICIPANTS}
        ):
            self.people_view.mark_stale()  # event counts, merges' and imports' new people

    def _external_change(self, changed: Changed | None = None) -> None:
        """Someone else changed the database: show it, unless a cell is being edited (the
        refresh would close its editor and lose what is typed); then shortly after."""
        if changed is not None:
            self._pending_external = merged(self._pending_external, changed)
        if self._pending_external is None:
            return
        if editing_a_cell():
            QTimer.singleShot(EXTERNAL_RETRY_MS, self, self._external_change)
            return
        pending, self._pending_external = self._pending_external, None
        self._after_change(pending)
        self.statusBar().showMessage(tr("Shown with changes made elsewhere"), 4000)

    # -- modes and tabs ---------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Show the events (Ctrl+1) or the people directory (Ctrl+2)."""
        if mode == MODE_PEOPLE:
            self.people_page.ensure_view()
            self.modes.setCurrentWidget(self.people_page)
        else:
            mode = MODE_EVENTS
            self.modes.setCurrentWidget(self.events_page)
        self._mode = mode
        self.window_actions.show_mode(people=mode == MODE_PEOPLE)
        self._update_actions()
        self._update_people_actions()

    def show_event(self, event_id: int) -> None:
        """Switch to the events and select ``event_id`` (clearing a filter that hides it)."""
        self.set_mode(MODE_EVENTS)
        self.events_page.show_event(event_id)

    def show_seating(self) -> None:
        """View ▸ Seating plans: the events, on the selected event's Seating tab."""
        self.set_mode(MODE_EVENTS)
        self.events_page.show_tab(TAB_SEATING)

    def show_log(self) -> None:
        """View ▸ Event log: the events, on the selected event's Log tab."""
        self.set_mode(MODE_EVENTS)
        self.events_page.show_tab(TAB_LOG)

    def focus_filter(self) -> None:
        if self._mode == MODE_PEOPLE and self.people_view is not None:
            self.people_view.focus_filter()
        else:
            self.events_page.focus_filter()

    # -- event actions ----------------------------------------------------------------------

    def _push(self, command: QUndoCommand | None) -> None:
        if command is not None:
            self.undo_stack.push(command)

    def _refused(self, attempt: str, exc: UserError) -> None:
        """The event changed under us (another window, the CLI): say so and show what is."""
        show_failure(self, attempt, str(exc))
        self.reload()

    def _on_selected(self, attempt: str, make: Callable[[int], QUndoCommand | None]) -> None:
        """Push the command ``make`` makes for the selected event, if the window may change it;
        the event is read first, and may be gone (``attempt`` names the action then)."""
        event_id = self.selected_event_id()
        if not self.writable or event_id is None:
            return
        try:
            command = make(event_id)
        except UserError as exc:
            self._refused(attempt, exc)
            return
        self._push(command)

    def new_event(self) -> None:
        if self.writable:
            series = self.events_pane.selected_series()
            self._push(event_actions.new_event(self, self._context, series))

    def new_event_from_announcement(self) -> None:
        """File ▸ New event from announcement: the reviewed draft, as one undo step that
        creates the event (with its new people and organisations) and selects it. Imported
        here: start-up does not need the announcement reader."""
        if not self.writable:
            return
        from roundtable.gui.events.announcement_dialog import get_draft

        edit, accepted = get_draft(self, self._store, self._settings)
        if accepted and edit is not None:
            self.set_mode(MODE_EVENTS)
            self._push(EditCommand(self._context, edit, select_created=True))

    def edit_event(self) -> None:
        self._on_selected(tr("Edit event"), partial(event_actions.edit_event, self, self._context))

    def duplicate_event(self) -> None:
        self._on_selected(tr("Duplicate event"), partial(DuplicateEventCommand, self._context))

    def delete_event(self) -> None:
        def ask(event_id: int) -> QUndoCommand | None:
            summary = self.model.summary(event_id)
            return event_actions.delete_event(self, self._context, event_id, summary)

        self._on_selected(tr("Delete event"), ask)

    def load_examples(self) -> None:
        if self.writable:
            self._push(LoadDemoCommand(self._context))

    def import_bundle(self) -> None:
        if self.writable:
            self._push(bundle_actions.import_bundle(self, self._context, self._settings))

    def export_bundle(self) -> None:
        event_id = self.selected_event_id()
        summary = self.model.summary(event_id) if event_id is not None else None
        if summary is not None:
            status = self.statusBar()
            bundle_actions.export_bundle(self, self._store, self._settings, summary, status)

    def print_event(self) -> None:
        """File ▸ Print: the print dialog on the selected event, on the kind printed last
        (the agenda the first time). Imported here: it brings QtPdf, which start-up skips."""
        event_id = self.selected_event_id()
        if event_id is None:
            return
        from roundtable.gui.printing import printables

        done = printables.print_event(self, self._store, self._settings, event_id)
        if done:
            self.statusBar().showMessage(done, 8000)

    # -- the log from anywhere: Ctrl+J, F5 ---------------------------------------------------

    def add_log_entry(self) -> int | None:
        """Edit ▸ Log entry (Ctrl+J): the entry dialog for the selected event, whatever tab or
        mode is showing; the Log tab, if it is showing, selects the new entry."""
        event_id = self.selected_event_id()
        if not self.writable or event_id is None:
            return None
        try:
            event = self._store.get_event(event_id)
        except UserError as exc:
            self._refused(tr("Log entry"), exc)
            return None
        from roundtable.gui.log import log_view

        entry_id = log_view.add_entry_with_dialog(
            self, self._context, self.undo_stack, self._settings, event
        )
        if entry_id is not None:
            if self.log_view is not None:
                self.log_view.show_added(entry_id)
            self.statusBar().showMessage(
                tr("Added a log entry to “{title}”").format(title=event.title), 5000
            )
        return entry_id

    def run_session(self):
        """View ▸ Run session (F5): the moderator's timer on the selected event."""
        event_id = self.selected_event_id()
        if not self.writable or event_id is None:
            return None
        from roundtable.gui.log import log_view

        return log_view.run_session(self, self._store, self._settings, event_id, self._log_written)

    def _log_written(self) -> None:
        """The timer wrote timings: the Log tab (if built) reads the log again."""
        if self.log_view is not None:
            self.log_view.refresh_log()

    # -- the database file, the app, the user ------------------------------------------------

    def back_up_now(self) -> None:
        backup_actions.back_up_now(self, self.session, self.statusBar())

    def daily_backup(self) -> None:
        """Just after the window is shown (see backup_actions.daily_backup)."""
        backup_actions.daily_backup(self._store, self.statusBar())

    def restore_from_backup(self) -> None:
        status = self.statusBar()
        backup_actions.restore_from_backup(
            self, self.session, self.undo_stack, status, self._reopened
        )

    def try_editing(self) -> None:
        """Read-only window: take over editing if the other app has quit meanwhile."""
        try_editing(self, self.session, self.statusBar(), self._reopened)

    def bring_forward(self) -> None:
        """Another app asked for this window (it was started on the same database)."""
        from roundtable.gui.shell.single_instance import bring_forward

        bring_forward(self)

    def show_about(self) -> None:
        about.show_about(self, self._store.name)

    def show_guide(self) -> None:
        """Help ▸ User guide (F1): the guide's page for the view showing."""
        from roundtable.gui.help import context_help

        page = context_help.PEOPLE if self._mode == MODE_PEOPLE else self.event_tabs.help_page()
        context_help.show_page(self, page)

    def edit_preferences(self) -> None:
        preferences_actions.edit_preferences(self, self._store, self._settings, self.statusBar())

    def greet(self) -> None:
        """Once, at the very first start: the user's name (see preferences_actions.greet)."""
        status = self.statusBar()
        preferences_actions.greet(self, self._store, self._settings, self.writable, status)
