"""The window a user lives in: the events list on the left, the selected event on the right
(Overview, Participants, Agenda, Seating and Log tabs); or, switched with View ▸ People
(Ctrl+2), the people directory. View ▸ Seating plans (Ctrl+3) and View ▸ Event log (Ctrl+4) go
straight to the selected event's seating and log. Edit ▸ Log entry (Ctrl+J) writes a log entry
for the selected event from any tab or mode, and View ▸ Run session (F5) opens the moderator's
timer on it.

Every change goes through an undo command; the window only decides what to ask and which
command to push, then reloads the list (summaries only) and the one selected event after each
change. Dialogs are reached through their modules' functions, so tests can answer them.

The window works on a DatabaseSession, not a fixed Store: a restore from backup or a switch
from read-only to editing replaces the Store, and the window re-points its commands and views.
A read-only session (another app has the file) disables every action that would change it.

The People view and the Participants, Agenda, Seating and Log tabs are built the first time they
are shown (their modules are imported then too), so start-up costs what it did before they existed.
The fonts shipped for other scripts are registered, where the system lacks them, just after the
window is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from roundtable import APP_NAME
from roundtable.domain.parts import RECORD_PARTS, Part
from roundtable.domain.records import EventRecord, EventSummary
from roundtable.errors import UserError
from roundtable.gui.common.icons import app_icon, themed
from roundtable.gui.common.messages import sentence, show_failure
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.common.undo import Changed, CommandContext, editing_a_cell, merged
from roundtable.gui.events import bundle_dialogs, event_editor
from roundtable.gui.events.event_commands import (
    CreateEventCommand,
    DeleteEventCommand,
    DuplicateEventCommand,
    EditEventCommand,
    ImportBundleCommand,
    LoadDemoCommand,
)
from roundtable.gui.events.event_overview import EventOverview
from roundtable.gui.events.events_filter import EventsFilterModel
from roundtable.gui.events.events_list import EventsTree
from roundtable.gui.events.events_model import (
    COLUMN_TITLE,
    EVENT_ID_ROLE,
    GROUP_KEY_ROLE,
    NODE_KIND_ROLE,
    NODE_SERIES,
    SUMMARY_ROLE,
    EventsModel,
)
from roundtable.gui.shell import about
from roundtable.gui.shell.change_watch import ChangeWatch
from roundtable.gui.shell.empty_state import EmptyState
from roundtable.gui.shell.return_opens import ReturnOpens
from roundtable.gui.shell.session import DatabaseSession, ReopenError
from roundtable.store.backups import KEEP_RECENT
from roundtable.store.facade import Store

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
COLLAPSED_KEY = "events/collapsed"
CURRENT_KEY = "events/current"
DETAILS_DELAY_MS = 40  # after the window's first paint
MODE_KEY = "main_window/mode"
EVENT_TAB_KEY = "main_window/event_tab"

MODE_EVENTS, MODE_PEOPLE = "events", "people"
FONT_CHECK_DELAY_MS = 100
TAB_OVERVIEW, TAB_PARTICIPANTS, TAB_AGENDA, TAB_SEATING, TAB_LOG = range(5)

LIST_MIN_WIDTH = 240  # the events list, so the window's minimum stays under 1,000 px
EXTERNAL_RETRY_MS = 500  # another look at a change made elsewhere, once the cell edit is done
FIRST_START_NOTE_MS = 15_000  # the author-name note stays long enough to be read
READ_ONLY_NOTE = "Another Roundtable window has this database open; opened read-only."


def database_label(name: str) -> str:
    """The file name for a file database, the (password-free) URL otherwise."""
    return name if "://" in name else Path(name).name


def _events(count: int | None) -> str:
    if count is None:
        return "an unknown number of events"
    return f"{count} event" if count == 1 else f"{count} events"


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
        store = self.session.store
        self._settings = settings
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._context = CommandContext(
            store, changed=self._after_change, failed=self._show_failure, informed=self._show_info
        )
        self._reloading = False
        self._restoring_expansion = False
        self._overview_deferred = False
        self._shown: object = None  # what the overview shows: an event id, a group key or None
        self._mode = MODE_EVENTS
        self.people_view = None  # a PeopleView once the People view was first shown
        self.participants_view = None  # a ParticipantsView once its tab was first shown
        self.agenda_view = None  # an AgendaView once its tab was first shown
        self.seating_view = None  # a SeatingView once its tab was first shown
        self.log_view = None  # a LogView once its tab was first shown (or Ctrl+J/F5 needed it)
        self._fonts_checked = False
        collapsed = settings.value(COLLAPSED_KEY, [])
        self._collapsed: set[str] = set(
            [collapsed] if isinstance(collapsed, str) else (collapsed or [])
        )

        self.setWindowIcon(app_icon())

        self.model = EventsModel(self)
        self.proxy = EventsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self._apply_author()
        self._build_views()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._apply_access()
        self._restore_layout()

        # What other processes write (the command line, a second user on a shared database)
        # is shown as this window's own changes are; not while a cell is being edited.
        self._pending_external: Changed | None = None
        self.change_watch = ChangeWatch(lambda: self._store, self)
        self.change_watch.changed.connect(self._external_change)
        self.change_watch.start()

        # The list comes first; the selected event (one more, larger query) is shown as soon
        # as the window is up, so start-up does not wait for it.
        self._overview_deferred = True
        current = settings.value(CURRENT_KEY)
        self.reload(select=int(current) if str(current or "").isdigit() else None)
        if self.selected_event_id() is None:
            self._select_first_event()
        self._overview_deferred = False
        # A short delay, not 0: a zero timer fires before the first paint, so the window would
        # wait for the event's details (~60 ms of first-time SQL) before it appears at all.
        # The window is the timers' context: Qt drops them if it is closed before they fire.
        QTimer.singleShot(DETAILS_DELAY_MS, self, self._show_initial_selection)
        if settings.value(MODE_KEY) == MODE_PEOPLE:
            QTimer.singleShot(0, self, self._restore_people_mode)

    # -- construction -----------------------------------------------------------------------

    def _build_views(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by title, series, programme, venue, city…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.setAccessibleName("Filter events")

        self.tree = EventsTree()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName("Events")
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.expanded.connect(lambda index: self._expansion_changed(index, True))
        self.tree.collapsed.connect(lambda index: self._expansion_changed(index, False))

        left = QWidget()
        # Wide enough for a title to read in two or three lines, whatever the tab beside it.
        left.setMinimumWidth(LIST_MIN_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree)

        self.overview = EventOverview(self._store, self._settings)
        self.overview.setAccessibleName("Event overview")
        self.overview.attachment_saved.connect(
            lambda path: self.statusBar().showMessage(f"Saved {path}", 5000)
        )

        # The Participants tab's page is an empty host until first shown (see module docstring).
        self.participants_host = QWidget()
        host_layout = QVBoxLayout(self.participants_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        self.event_tabs = QTabWidget()
        self.event_tabs.setObjectName("event_tabs")
        self.event_tabs.setDocumentMode(True)
        self.event_tabs.addTab(self.overview, "&Overview")
        self.event_tabs.addTab(self.participants_host, "&Participants")
        self.agenda_host = QWidget()
        agenda_layout = QVBoxLayout(self.agenda_host)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        self.event_tabs.addTab(self.agenda_host, "&Agenda")
        self.seating_host = QWidget()
        seating_layout = QVBoxLayout(self.seating_host)
        seating_layout.setContentsMargins(0, 0, 0, 0)
        self.event_tabs.addTab(self.seating_host, "Sea&ting")
        self.log_host = QWidget()
        log_layout = QVBoxLayout(self.log_host)
        log_layout.setContentsMargins(0, 0, 0, 0)
        self.event_tabs.addTab(self.log_host, "&Log")
        self.event_tabs.currentChanged.connect(self._event_tab_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.event_tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])

        self.empty_state = EmptyState()
        self.empty_state.load_examples_requested.connect(self.load_examples)
        self.empty_state.new_event_requested.connect(self.new_event)

        self.central = QStackedWidget()
        self.central.addWidget(self.empty_state)
        self.central.addWidget(self.splitter)

        self.read_only_banner = self._build_read_only_banner()
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.setSpacing(0)
        outer_layout.addWidget(self.read_only_banner)
        # The People view is built on first use, into this host.
        self.people_host = QWidget()
        people_layout = QVBoxLayout(self.people_host)
        people_layout.setContentsMargins(0, 0, 0, 0)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.central)
        self.modes.addWidget(self.people_host)
        outer_layout.addWidget(self.modes, 1)
        self.setCentralWidget(outer)

    def _build_read_only_banner(self) -> QFrame:
        """Says, where the eye goes first, why nothing can be changed and how to change that."""
        banner = QFrame()
        banner.setObjectName("read_only_banner")
        banner.setAccessibleName("Read-only notice")
        # Fixed colours, both of them, so the note reads the same in light and dark themes.
        banner.setStyleSheet(
            "#read_only_banner { background: #fff3c4; border-bottom: 1px solid #d9b84a; }"
            "#read_only_banner QLabel { color: #3d3000; }"
        )
        self.read_only_label = QLabel(
            f"<b>{READ_ONLY_NOTE}</b> You can look at events and export them here, but not "
            "change them."
        )
        self.read_only_label.setWordWrap(True)
        self.edit_here_button = QPushButton("Switch to editing")
        self.edit_here_button.setToolTip(
            "Once the other window is closed, change events in this one instead"
        )
        self.edit_here_button.clicked.connect(self.try_editing)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.read_only_label, 1)
        layout.addWidget(self.edit_here_button)
        banner.hide()
        return banner

    def _open_on_return(self, view: QWidget, slot) -> None:
        """Return and Enter open the selected row of ``view`` while it has the focus itself:
        a shortcut of the whole window would also fire while a cell editor is open."""
        ReturnOpens(view, lambda: self.writable and slot())

    def _action(
        self,
        text: str,
        slot,
        shortcuts: list[QKeySequence] | QKeySequence.StandardKey | str | None = None,
        icon: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(themed(icon))
        if isinstance(shortcuts, list):
            action.setShortcuts(shortcuts)
        elif shortcuts is not None:
            action.setShortcut(QKeySequence(shortcuts))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "&New event…", self.new_event, QKeySequence.StandardKey.New, "document-new",
            "Create an event",
        )  # fmt: skip
        self.import_action = self._action(
            "&Import event bundle…", self.import_bundle, None, "document-open",
            "Add an event from a .roundtable.json bundle",
        )  # fmt: skip
        self.export_action = self._action(
            "&Export event bundle…", self.export_bundle, None, "document-save-as",
            "Save the selected event with its people and organisations as one file",
        )  # fmt: skip
        self.print_action = self._action(
            "&Print…", self.print_event, QKeySequence.StandardKey.Print, "document-print",
            "See the selected event's agenda, name cards or bios booklet, then save or print them",
        )  # fmt: skip
        self.load_examples_action = self._action(
            "Load e&xample events", self.load_examples, None, "",
            "Add example events to look around (can be undone)",
        )  # fmt: skip
        self.backup_action = self._action(
            "Back &up now", self.back_up_now, None, "",
            "Save a copy of the database in its backups folder",
        )  # fmt: skip
        self.restore_action = self._action(
            "&Restore from backup…", self.restore_from_backup, None, "",
            "Replace the database with one of its backups (it is backed up first)",
        )  # fmt: skip
        self.quit_action = self._action(
            "&Quit", self.close, QKeySequence("Ctrl+Q"), "application-exit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(themed("edit-undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]  # fmt: skip
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(themed("edit-redo"))

        # F2 anywhere; Return opens the event only from the events list (``_open_on_return``),
        # never from a cell being edited, where Return only commits the edit.
        self.edit_action = self._action(
            "&Edit event…", self.edit_event, QKeySequence(Qt.Key.Key_F2),
            "document-edit", "Change the selected event (F2, or Return in the list)",
        )  # fmt: skip
        self.duplicate_action = self._action(
            "D&uplicate", self.duplicate_event, QKeySequence("Ctrl+D"), "edit-copy",
            "Make a copy of the selected event, e.g. to plan its next round",
        )  # fmt: skip
        self.delete_action = self._action(
            "&Delete…", self.delete_event, QKeySequence(QKeySequence.StandardKey.Delete),
            "edit-delete", "Delete the selected event (can be undone)",
        )  # fmt: skip
        self.find_action = self._action(
            "&Find / filter", self.focus_filter, QKeySequence(QKeySequence.StandardKey.Find),
            "edit-find", "Type to narrow the events list",
        )  # fmt: skip
        self.events_mode_action = self._action(
            "&Events", lambda: self.set_mode(MODE_EVENTS), QKeySequence("Ctrl+1"), "",
            "Events, with their overview and participants",
        )  # fmt: skip
        self.people_mode_action = self._action(
            "&People", lambda: self.set_mode(MODE_PEOPLE), QKeySequence("Ctrl+2"), "",
            "Everyone in the directory, across all events",
        )  # fmt: skip
        self.seating_action = self._action(
            "&Seating plans", self.show_seating, QKeySequence("Ctrl+3"), "",
            "The selected event's seating plans: tables, seats and who sits where",
        )  # fmt: skip
        self.log_action = self._action(
            "Event &log", self.show_log, QKeySequence("Ctrl+4"), "",
            "The selected event's journal, change history, minutes and planned against actual",
        )  # fmt: skip
        self.log_entry_action = self._action(
            "Log &entry…", self.add_log_entry, QKeySequence("Ctrl+J"), "",
            "Write an entry in the selected event's log, from wherever you are",
        )  # fmt: skip
        self.run_session_action = self._action(
            "R&un session…", self.run_session, QKeySequence(Qt.Key.Key_F5), "",
            "Open the moderator's timer for the selected event",
        )  # fmt: skip
        self.preferences_action = self._action(
            "Pre&ferences…", self.edit_preferences, QKeySequence("Ctrl+,"), "",
            "Your name, written on log entries and changes",
        )  # fmt: skip
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.mode_group = QActionGroup(self)
        self.mode_group.setExclusive(True)
        for action in (self.events_mode_action, self.people_mode_action):
            action.setCheckable(True)
            self.mode_group.addAction(action)
        self.events_mode_action.setChecked(True)

        self.new_person_action = self._action(
            "&New person…", self.new_person, QKeySequence.StandardKey.New, "document-new",
            "Add someone to the directory",
        )  # fmt: skip
        self.edit_person_action = self._action(
            "&Edit person…", self.edit_person, QKeySequence(Qt.Key.Key_F2),
            "document-edit", "Change the selected person (F2, or Return in the list)",
        )  # fmt: skip
        self.delete_person_action = self._action(
            "&Delete person…", self.delete_person,
            QKeySequence(QKeySequence.StandardKey.Delete), "edit-delete",
            "Remove the selected person from the directory (can be undone)",
        )  # fmt: skip
        self.merge_people_action = self._action(
            "&Merge people…", self.merge_people, QKeySequence("Ctrl+M"), "",
            "Make two records of one person into one, keeping all their events",
        )  # fmt: skip
        self.people_actions = [self.new_person_action, self.edit_person_action,
                               self.delete_person_action, self.merge_people_action]  # fmt: skip

        self.about_action = self._action("&About Roundtable", self.show_about, None, "help-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.tree.addActions([self.edit_action, self.duplicate_action, self.delete_action])
        self._open_on_return(self.tree, self.edit_event)
        separator = QAction(self)
        separator.setSeparator(True)
        self.tree.addActions([separator, self.new_action, self.export_action])

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_person_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.load_examples_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.edit_person_action)
        edit_menu.addAction(self.delete_person_action)
        edit_menu.addAction(self.merge_people_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.log_entry_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.events_mode_action)
        view_menu.addAction(self.people_mode_action)
        view_menu.addSeparator()
        view_menu.addAction(self.seating_action)
        view_menu.addAction(self.log_action)
        view_menu.addAction(self.run_session_action)
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar("Main toolbar")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.events_mode_action)
        self.toolbar.addAction(self.people_mode_action)
        self.toolbar.addSeparator()
        for action in (self.new_action, self.edit_action, self.duplicate_action,
                       self.delete_action, *self.people_actions):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self._files_separator = self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.print_action)
        self.addToolBar(self.toolbar)
        # Each mode shows its own actions, in the menus and the toolbar alike; a hidden action's
        # shortcut is off, so Ctrl+N, Return and Delete act on what the user is looking at.
        self._event_only = [self.new_action, self.edit_action, self.duplicate_action,
                            self.delete_action, self.import_action, self.export_action,
                            self.print_action, self._files_separator]  # fmt: skip
        # The toolbar shows short labels; the menus keep the full ones.
        for action, label in (
            (self.new_action, "New"), (self.edit_action, "Edit"),
            (self.duplicate_action, "Duplicate"), (self.delete_action, "Delete"),
            (self.import_action, "Import"), (self.export_action, "Export"),
            (self.print_action, "Print"),
            (self.undo_action, "Undo"), (self.redo_action, "Redo"),
            (self.new_person_action, "New person"), (self.edit_person_action, "Edit"),
            (self.delete_person_action, "Delete"), (self.merge_people_action, "Merge"),
        ):  # fmt: skip
            action.setIconText(label)
        self._show_mode_actions()

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self._store.name)
        self.database_label.setToolTip("The database this window works on")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.access_label = QLabel("Read-only")
        self.access_label.setToolTip(READ_ONLY_NOTE)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.access_label)
        self.statusBar().addPermanentWidget(self.counts_label)

    @property
    def _store(self) -> Store:
        """Always the session's current Store: it is a new one after a restore."""
        return self.session.store

    @property
    def writable(self) -> bool:
        return not self.session.read_only

    def _apply_access(self) -> None:
        """Title, banner and actions for what this window may do with its database."""
        suffix = " (read-only)" if not self.writable else ""
        self.setWindowTitle(f"{APP_NAME} — {database_label(self._store.name)}{suffix}")
        self.database_label.setText(self._store.name)
        self.read_only_banner.setVisible(not self.writable)
        self.access_label.setVisible(not self.writable)
        for action in (self.new_action, self.import_action, self.load_examples_action):
            action.setEnabled(self.writable)
        self.restore_action.setEnabled(self.session.can_restore)
        self.backup_action.setEnabled(self.session.can_back_up)
        for button in (self.empty_state.new_button, self.empty_state.load_button):
            button.setEnabled(self.writable)
        if self.people_view is not None:
            self.people_view.set_writable(self.writable)
        if self.participants_view is not None:
            self.participants_view.set_writable(self.writable)
        if self.agenda_view is not None:
            self.agenda_view.set_writable(self.writable)
        if self.seating_view is not None:
            self.seating_view.set_writable(self.writable)
        if self.log_view is not None:
            self.log_view.set_writable(self.writable)
        self._update_actions()
        self._update_people_actions()

    def _store_replaced(self) -> None:
        """The session opened a new Store (restore, switch to editing): use it everywhere."""
        self._context.store = self._store  # the Participants tab uses this context too
        self._apply_author()
        self.overview.set_store(self._store)
        if self.people_view is not None:
            self.people_view.set_store(self._store)
        self._shown = None
        self._apply_access()
        self.change_watch.restart()

    def _restore_layout(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1200, 760)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        splitter = self._settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(splitter)
        saved_tab = str(self._settings.value(EVENT_TAB_KEY, ""))
        if saved_tab == str(TAB_PARTICIPANTS):
            # After the first paint: the tab's module is not needed to show the window.
            QTimer.singleShot(0, self.event_tabs, self._show_participants_tab)
        elif saved_tab == str(TAB_AGENDA):
            QTimer.singleShot(0, self.event_tabs, self._show_agenda_tab)
        elif saved_tab == str(TAB_SEATING):
            QTimer.singleShot(0, self.event_tabs, self._show_seating_tab)
        elif saved_tab == str(TAB_LOG):
            QTimer.singleShot(0, self.event_tabs, self._show_log_tab)

    def save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(COLLAPSED_KEY, sorted(self._collapsed))
        self._settings.setValue(MODE_KEY, self._mode)
        self._settings.setValue(EVENT_TAB_KEY, self.event_tabs.currentIndex())
        for view in (self.people_view, self.participants_view, self.agenda_view,
                     self.seating_view, self.log_view):  # fmt: skip
            if view is not None:
                view.save_layout()
        current = self.selected_event_id()
        if current is None:
            self._settings.remove(CURRENT_KEY)
        else:
            self._settings.setValue(CURRENT_KEY, current)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.log_view is not None and self.writable:
            self.log_view.save_pending_minutes()  # typed minutes are never lost
        self.save_layout()
        super().closeEvent(event)

    # -- keyboard around the filter box -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box, Return and Down go to the list, Escape clears the filter; Return
        must not reach the window's "Edit event" shortcut from there."""
        if watched is self.filter_edit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
            ):  # fmt: skip
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                    if self.selected_event_id() is None:
                        self._select_first_event()
                    self.tree.setFocus()
                    return True
                if key == Qt.Key.Key_Escape and self.filter_edit.text():
                    self.filter_edit.clear()
                    return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        if self._mode == MODE_PEOPLE and self.people_view is not None:
            self.people_view.focus_filter()
            return
        if self.central.currentWidget() is not self.splitter:
            return
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- list, selection and reloading ------------------------------------------------------

    def selected_event_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows(0)
        return rows[0].data(EVENT_ID_ROLE) if rows else None

    def _selected_row(self):
        rows = self.tree.selectionModel().selectedRows(0)
        return rows[0] if rows else None

    def select_event(self, event_id: int) -> bool:
        source = self.model.index_of_event(event_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def _select_index(self, index) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def _select_first_event(self) -> None:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            if self.proxy.rowCount(group):
                self._select_index(self.proxy.index(0, 0, group))
                return

    def visible_event_ids(self) -> list[int]:
        ids = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                ids.append(self.proxy.index(child, 0, group).data(EVENT_ID_ROLE))
        return ids

    def reload(self, select: int | None = None, parts: frozenset[Part] | None = None) -> None:
        """Re-read the list; select ``select``, else keep the selection, else its neighbour.
        ``parts``: what changed of the event shown, if it stays shown (None: all of it)."""
        previous = self.selected_event_id()
        previous_row = self._selected_row()
        previous_group = previous_row.data(GROUP_KEY_ROLE) if previous_row else None
        order = self.visible_event_ids()
        scroll = self.tree.verticalScrollBar().value()
        try:
            events = self._store.list_events()
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, sentence(str(exc)))
            return
        self._reloading = True
        try:
            self.model.set_events(events)
            self._apply_expansion()
            self.tree.verticalScrollBar().setValue(scroll)
            target = self._reload_target(select, previous, order, {e.id for e in events})
            if target is not None:
                self.select_event(target)
            elif previous_group is not None:
                group = self.proxy.mapFromSource(self.model.index_of_group(previous_group))
                if group.isValid():
                    self._select_index(group)
        finally:
            self._reloading = False
        shown = self.overview.current_event
        if parts is not None and shown is not None and shown.id == self.selected_event_id():
            self._update_actions()
            self._refresh_shown(parts)
        else:
            self._show_selection(force=True)
        self._update_counts(events)
        self.central.setCurrentWidget(self.splitter if events else self.empty_state)
        self.find_action.setEnabled(bool(events))

    @staticmethod
    def _reload_target(
        select: int | None, previous: int | None, order: list[int], existing: set[int]
    ) -> int | None:
        if select is not None and select in existing:
            return select
        if previous is None:
            return None
        if previous in existing:
            return previous
        if previous in order:
            at = order.index(previous)
            for candidate in [*order[at + 1 :], *reversed(order[:at])]:
                if candidate in existing:
                    return candidate
        return None

    def _apply_expansion(self) -> None:
        self._restoring_expansion = True
        try:
            filtering = bool(self.proxy.filter_text)
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                key = index.data(GROUP_KEY_ROLE)
                self.tree.setExpanded(index, filtering or key not in self._collapsed)
        finally:
            self._restoring_expansion = False

    def _expansion_changed(self, index, expanded: bool) -> None:
        if self._restoring_expansion or self._reloading or self.proxy.filter_text:
            return
        key = index.data(GROUP_KEY_ROLE)
        if expanded:
            self._collapsed.discard(key)
        else:
            self._collapsed.add(key)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._apply_expansion()
        if self.selected_event_id() is None:
            self._select_first_event()
        self._show_selection()

    def _selection_changed(self, *_args) -> None:
        if not self._reloading:
            self._show_selection()

    def _show_participants_tab(self) -> None:
        self.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)

    def _show_agenda_tab(self) -> None:
        self.event_tabs.setCurrentIndex(TAB_AGENDA)

    def _show_seating_tab(self) -> None:
        self.event_tabs.setCurrentIndex(TAB_SEATING)

    def _show_log_tab(self) -> None:
        self.event_tabs.setCurrentIndex(TAB_LOG)

    def _show_initial_selection(self) -> None:
        self._show_selection(force=True)

    def _restore_people_mode(self) -> None:
        self.set_mode(MODE_PEOPLE)

    def _show_selection(self, force: bool = False) -> None:
        """Show the selected row in the overview; after a change (``force``) even if it is the
        one already shown, otherwise only when the selection really moved."""
        self._update_actions()
        if self._overview_deferred:
            return
        row = self._selected_row()
        event_id = row.data(EVENT_ID_ROLE) if row is not None else None
        shown = event_id if event_id is not None else (row.data(GROUP_KEY_ROLE) if row else None)
        if shown == self._shown and not force:
            return
        self._shown = shown
        if event_id is not None:
            try:
                self.overview.show_event(self._store.get_event(event_id))
            except UserError as exc:
                self.overview.show_problem(sentence(str(exc)))
        elif row is not None:
            title = row.siblingAtColumn(COLUMN_TITLE).data()
            self.overview.show_series(title, row.data(SUMMARY_ROLE) or [])
        else:
            self.overview.show_hint()
        for view in (self.participants_view, self.agenda_view, self.seating_view,
                     self.log_view):  # fmt: skip
            if view is not None:
                view.set_event(self.overview.current_event)

    def _update_actions(self) -> None:
        has_event = self.selected_event_id() is not None
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.log_entry_action, self.run_session_action):  # fmt: skip
            action.setEnabled(has_event and self.writable)
        self.export_action.setEnabled(has_event)  # exporting only reads
        self.print_action.setEnabled(has_event)  # and so does printing

    def _update_counts(self, events: list[EventSummary]) -> None:
        try:
            people = self._store.count_people()
        except UserError:
            people = 0
        count = len(events)
        self.counts_label.setText(
            f"{count} event{'s' if count != 1 else ''} · {people} "
            f"{'person' if people == 1 else 'people'}"
        )

    def _update_people_actions(self) -> None:
        view = self.people_view
        selected = view.selected_person_ids() if view is not None else []
        self.new_person_action.setEnabled(self.writable)
        self.edit_person_action.setEnabled(self.writable and len(selected) == 1)
        self.delete_person_action.setEnabled(self.writable and len(selected) == 1)
        self.merge_people_action.setEnabled(self.writable and len(selected) == 2)

    def _double_clicked(self, index) -> None:
        if index.data(EVENT_ID_ROLE) is not None and self.writable:
            self.edit_event()

    # -- command plumbing -------------------------------------------------------------------

    def _after_change(self, changed: Changed) -> None:
        """A change was written (here, or by another window or user): show it.

        The events list is read again only when an event came, went or changed its own fields;
        of the event shown, only the parts the change touched are read again, and each tab
        redraws only if it shows one of them, keeping its selection and scroll."""
        shown = self.overview.current_event
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
            self._refresh_shown(changed.parts)
        elif shown is not None and Part.PEOPLE in changed.parts:
            self._refresh_shown(changed.parts)  # names, affiliations of people it lists
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
        self.statusBar().showMessage("Shown with changes made elsewhere", 4000)

    def _refresh_shown(self, parts: frozenset[Part]) -> None:
        """Read ``parts`` of the event shown again and hand it to the tabs that show them."""
        shown = self.overview.current_event
        if shown is None or shown.id is None:
            return
        record_parts = parts & set(RECORD_PARTS)
        try:
            event = self._store.refresh_event(shown, record_parts) if record_parts else shown
        except UserError as exc:
            self.overview.show_problem(sentence(str(exc)))
            self._show_on_tabs(None, frozenset(Part))
            return
        if record_parts:
            self.overview.update_event(event)
        self._show_on_tabs(event, parts)

    def _show_on_tabs(self, event: EventRecord | None, parts: frozenset[Part]) -> None:
        for view in (self.participants_view, self.agenda_view, self.seating_view,
                     self.log_view):  # fmt: skip
            if view is not None:
                view.update_event(event, parts)

    def _show_failure(self, attempt: str, message: str) -> None:
        show_failure(self, attempt, message)

    def _refused(self, attempt: str, exc: UserError) -> None:
        """The event changed under us (another window, the CLI): say so and show what is."""
        self._show_failure(attempt, str(exc))
        self.reload()

    def _show_info(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def _folder(self) -> str:
        return str(last_folder(self._settings))

    # -- modes: events or people ------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Show the events (Ctrl+1) or the people directory (Ctrl+2)."""
        if mode == MODE_PEOPLE:
            self._ensure_people_view()
            self.modes.setCurrentWidget(self.people_host)
        else:
            mode = MODE_EVENTS
            self.modes.setCurrentWidget(self.central)
        self._mode = mode
        (self.people_mode_action if mode == MODE_PEOPLE else self.events_mode_action).setChecked(
            True
        )
        self._show_mode_actions()
        self._update_actions()
        self._update_people_actions()

    def _show_mode_actions(self) -> None:
        people = self._mode == MODE_PEOPLE
        for action in self._event_only:
            action.setVisible(not people)
        for action in self.people_actions:
            action.setVisible(people)
        self.find_action.setStatusTip(
            "Type to narrow the people list" if people else "Type to narrow the events list"
        )

    def _ensure_people_view(self):
        if self.people_view is None:
            from roundtable.gui.people.people_view import PeopleView

            view = PeopleView(self._store, self.undo_stack, self._settings)
            view.setAccessibleName("People directory")
            view.set_writable(self.writable)
            view.people_changed.connect(self._people_changed)
            view.event_activated.connect(self.show_event)
            view.selection_changed.connect(self._update_people_actions)
            separator = QAction(view)
            separator.setSeparator(True)
            self._open_on_return(view.table, self.edit_person)
            view.table.addActions([self.edit_person_action, self.delete_person_action,
                                   self.merge_people_action, separator,
                                   self.new_person_action])  # fmt: skip
            self.people_host.layout().addWidget(view)
            self.people_view = view
        return self.people_view

    def _people_changed(self) -> None:
        """A person was added, edited, merged or deleted: events show their names and count
        them, so the list and the selected event are shown again."""
        self.reload()

    def show_event(self, event_id: int) -> None:
        """Switch to the events and select ``event_id`` (clearing a filter that hides it)."""
        self.set_mode(MODE_EVENTS)
        if not self.select_event(event_id) and self.filter_edit.text():
            self.filter_edit.clear()
            self.select_event(event_id)
        self.tree.setFocus()

    def _event_tab_changed(self, index: int) -> None:
        if index == TAB_PARTICIPANTS:
            self._ensure_participants_view().set_event(self.overview.current_event)
        elif index == TAB_AGENDA:
            self._ensure_agenda_view().set_event(self.overview.current_event)
        elif index == TAB_SEATING:
            self._ensure_seating_view().set_event(self.overview.current_event)
        elif index == TAB_LOG:
            self._ensure_log_view().set_event(self.overview.current_event)

    def _ensure_participants_view(self):
        if self.participants_view is None:
            from roundtable.gui.participants.participants_view import ParticipantsView

            view = ParticipantsView(self._context, self.undo_stack, self._settings)
            view.set_writable(self.writable)
            view.message.connect(self._status_message)
            self.participants_host.layout().addWidget(view)
            if self.participants_host.isVisible():
                view.show()
            self.participants_view = view
        return self.participants_view

    def _ensure_agenda_view(self):
        if self.agenda_view is None:
            from roundtable.gui.agenda.agenda_view import AgendaView

            view = AgendaView(self._context, self.undo_stack, self._settings)
            view.set_writable(self.writable)
            view.message.connect(self._status_message)
            self.agenda_host.layout().addWidget(view)
            if self.agenda_host.isVisible():
                view.show()
            self.agenda_view = view
        return self.agenda_view

    def _ensure_seating_view(self):
        if self.seating_view is None:
            from roundtable.gui.seating.seating_view import SeatingView

            view = SeatingView(self._context, self.undo_stack, self._settings)
            view.set_writable(self.writable)
            view.message.connect(self._status_message)
            self.seating_host.layout().addWidget(view)
            if self.seating_host.isVisible():
                view.show()
            self.seating_view = view
        return self.seating_view

    def show_seating(self) -> None:
        """View ▸ Seating plans: the events, on the selected event's Seating tab."""
        self._show_event_tab(TAB_SEATING, "seating plans")

    def _show_event_tab(self, tab: int, what: str) -> None:
        """The events, on one of the event's tabs; with no event to show it on, say why."""
        self.set_mode(MODE_EVENTS)
        self.event_tabs.setCurrentIndex(tab)
        if self.central.currentWidget() is self.empty_state:
            self.statusBar().showMessage(
                f"There are no events yet: create one (Ctrl+N) or load the examples to see "
                f"its {what}.",
                8000,
            )
        elif self.selected_event_id() is None:
            self.statusBar().showMessage(f"Select an event in the list to see its {what}.", 8000)

    def _ensure_log_view(self):
        if self.log_view is None:
            from roundtable.gui.log.log_view import LogView

            view = LogView(self._context, self.undo_stack, self._settings)
            view.set_writable(self.writable)
            view.message.connect(self._status_message)
            self.log_host.layout().addWidget(view)
            if self.log_host.isVisible():
                view.show()
            self.log_view = view
        return self.log_view

    def show_log(self) -> None:
        """View ▸ Event log: the events, on the selected event's Log tab."""
        self._show_event_tab(TAB_LOG, "log")

    # -- the log from anywhere: Ctrl+J, F5, the user's name ----------------------------------

    def add_log_entry(self) -> int | None:
        """Edit ▸ Log entry (Ctrl+J): the entry dialog for the selected event, whatever tab or
        mode is showing; the Log tab, if it is showing, selects the new entry."""
        event_id = self.selected_event_id()
        if not self.writable or event_id is None:
            return None
        try:
            event = self._store.get_event(event_id)
        except UserError as exc:
            self._refused("Log entry", exc)
            return None
        from roundtable.gui.log import log_view

        entry_id = log_view.add_entry_with_dialog(
            self, self._context, self.undo_stack, self._settings, event
        )
        if entry_id is not None:
            if self.log_view is not None:
                self.log_view.show_added(entry_id)
            self.statusBar().showMessage(f"Added a log entry to “{event.title}”", 5000)
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

    def edit_preferences(self) -> None:
        from roundtable.gui.common import preferences_dialog

        value, accepted = preferences_dialog.get_preferences(self, self._settings)
        if accepted and value is not None:
            author = preferences_dialog.apply_author(
                self._store, self._settings, cleared=not value.user_name
            )
            self.statusBar().showMessage(
                f"New log entries and changes will say they are by {author}."
                if author else "New log entries and changes carry no name.", 6000,
            )  # fmt: skip

    def greet(self) -> None:
        """Once, at the very first start, before anything is recorded: the user's name for the
        change history and the log. Asked when the computer knows no more than the login name
        ("root", "jdoe"), else taken from the account; either way a status-bar line says which
        name changes carry and where to change it. Every later start does nothing."""
        from roundtable.gui.common import preferences_dialog

        given = ""
        if self.writable and preferences_dialog.should_ask_name(self._settings):
            given = preferences_dialog.ask_name_once(self, self._settings)
            self._apply_author()
        note = preferences_dialog.first_start_note(self._settings, self._store)
        if given:
            note = f"Changes are recorded as “{given}”; change the name in Edit ▸ Preferences…"
        if note:
            self.statusBar().showMessage(note, FIRST_START_NOTE_MS)

    def _apply_author(self) -> str:
        """The name the store writes on entries and changes, from the preferences (the
        store's own, the login name, when none is set)."""
        from roundtable.gui.common.preferences_dialog import apply_author

        return apply_author(self._store, self._settings)

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- people actions (the People view does the asking) ------------------------------------

    def new_person(self) -> None:
        if self.writable:
            self._ensure_people_view().new_person()

    def edit_person(self) -> None:
        if self.writable and self.people_view is not None:
            self.people_view.edit_person()

    def delete_person(self) -> None:
        if self.writable and self.people_view is not None:
            self.people_view.delete_person()

    def merge_people(self) -> None:
        if self.writable and self.people_view is not None:
            self.people_view.merge_people()

    # -- fonts ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fonts_checked:
            self._fonts_checked = True
            # A moment after the window is up: asking Qt about writing systems loads its whole
            # font database (a few ms), which showing the events does not need.
            QTimer.singleShot(FONT_CHECK_DELAY_MS, self, self.register_fonts)

    def register_fonts(self) -> None:
        """Shipped fonts for scripts this system has no font for (see gui/common/fonts.py)."""
        from roundtable.gui.common.fonts import register_missing_fonts

        register_missing_fonts()

    # -- user actions -----------------------------------------------------------------------

    def new_event(self) -> None:
        if not self.writable:
            return
        record = event_editor.new_event_record()
        row = self._selected_row()
        if row is not None and row.data(NODE_KIND_ROLE) == NODE_SERIES:
            events: list[EventSummary] = row.data(SUMMARY_ROLE) or []
            if events:
                series = next(
                    (s for s in self._store.list_series() if s.id == events[0].series_id), None
                )
                rounds = [e.round_number for e in events if e.round_number is not None]
                record.series = series
                record.round_number = (max(rounds) + 1) if rounds and series else None
        new, accepted = event_editor.get_event(self, self._store, record)
        if accepted and new is not None:
            self._push(CreateEventCommand(self._context, new))

    def edit_event(self) -> None:
        if not self.writable:
            return
        event_id = self.selected_event_id()
        if event_id is None:
            return
        try:
            # What the dialog shows and edits: the event's own fields and lists, and the days
            # (which move with its dates). The rest is not touched, so not read.
            old = self._store.get_event(event_id, parts=(Part.EVENT, Part.AGENDA))
        except UserError as exc:
            self._refused("Edit event", exc)
            return
        new, accepted = event_editor.get_event(self, self._store, old)
        if accepted and new is not None and new != old:
            self._push(EditEventCommand(self._context, old, new))

    def duplicate_event(self) -> None:
        if not self.writable:
            return
        event_id = self.selected_event_id()
        if event_id is None:
            return
        try:
            command = DuplicateEventCommand(self._context, event_id)
        except UserError as exc:
            self._refused("Duplicate event", exc)
            return
        self._push(command)

    def delete_event(self) -> None:
        if not self.writable:
            return
        event_id = self.selected_event_id()
        if event_id is None:
            return
        summary = self.model.summary(event_id)
        title = summary.title if summary else f"event {event_id}"
        answer = QMessageBox.question(
            self,
            "Delete event",
            f"Delete “{title}”?\n\nIts participant list, programme days and attachments are "
            "deleted with it. You can bring it back with Edit ▸ Undo.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            command = DeleteEventCommand(self._context, event_id)
        except UserError as exc:
            self._refused("Delete event", exc)
            return
        self._push(command)

    def load_examples(self) -> None:
        if not self.writable:
            return
        self._push(LoadDemoCommand(self._context))

    def import_bundle(self) -> None:
        if not self.writable:
            return
        path = bundle_dialogs.choose_bundle_to_import(self, self._folder())
        if not path:
            return
        remember_folder(self._settings, path)
        from roundtable.services import bundle as bundles

        try:
            data = bundles.read_bundle_file(path)
            existing = bundles.existing_event_for(self._store, data)
            existing_title = self._store.get_event(existing).title if existing else ""
        except UserError as exc:
            QMessageBox.warning(
                self, "Import event bundle", f"{sentence(str(exc))}\n\nNothing was imported."
            )
            return
        mode = bundles.ImportMode.FAIL
        if existing is not None:
            answer = bundle_dialogs.ask_import_mode(self, existing_title)
            if answer is None:
                return
            mode = bundles.ImportMode(answer)
        replaces = existing if mode == bundles.ImportMode.REPLACE else None
        self._push(ImportBundleCommand(self._context, data, mode, replaces))

    def export_bundle(self) -> None:
        event_id = self.selected_event_id()
        summary = self.model.summary(event_id) if event_id is not None else None
        if summary is None:
            return
        path = bundle_dialogs.choose_export_path(self, self._folder(), summary.slug)
        if not path:
            return
        from roundtable.services.bundle import write_bundle_file

        try:
            write_bundle_file(self._store, summary.id, path)
        except (UserError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, "Export event bundle", sentence(reason))
            return
        remember_folder(self._settings, path)
        self.statusBar().showMessage(f"Exported “{summary.title}” to {path}", 8000)

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

    def show_about(self) -> None:
        about.show_about(self, self._store.name)

    # -- backups and access -----------------------------------------------------------------

    def back_up_now(self) -> None:
        if not self.session.can_back_up:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = self._store.backup_now()
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, "Back up now", f"{sentence(exc)}\n\nNo backup was made.")
            return
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(f"Backed up to {info.path}", 8000)
        QMessageBox.information(
            self,
            "Back up now",
            f"A backup with {_events(info.events)} was saved in the folder\n"
            f"{info.path.parent}\nas {info.path.name}.\n\n"
            f"Roundtable keeps the last {KEEP_RECENT} backups and one from every month; "
            "File ▸ Restore from backup lists them.",
        )

    def daily_backup(self) -> None:
        """The once-a-day backup, run just after the window is shown so start-up does not
        wait for it. A failure is only a warning on stderr: the user can still work."""
        info = self._store.backup_if_due()
        if info is not None:
            self.statusBar().showMessage(f"Today's automatic backup is in {info.path.parent}", 6000)

    def restore_from_backup(self) -> None:
        path = self.session.path
        if path is None or not self.session.can_restore:
            return
        from roundtable.gui.shell import restore_dialog

        backup, accepted = restore_dialog.get_backup(self, path)
        if not accepted or backup is None:
            return
        # Commands remember the rows they wrote; after a restore those may not exist.
        self.undo_stack.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            aside = self.session.restore(backup.path, on_wait=self._waiting_for_writers)
        except ReopenError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, "Restore from backup", sentence(exc))
            return
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self._store_replaced()
            self.reload()
            QMessageBox.warning(
                self, "Restore from backup", f"{sentence(exc)}\n\nNothing was changed."
            )
            return
        QApplication.restoreOverrideCursor()
        self._store_replaced()
        self.reload()
        if self.selected_event_id() is None:
            self._select_first_event()
        text = (
            f"{path.name} was restored from the backup "
            f"{restore_dialog.backup_sentence(backup)}.\n\n"
        )
        if aside is not None:
            text += f"The file it replaced was kept, unchanged, as:\n{aside}"
        else:
            text += (
                "The database as it was before is kept too, as the backup “Before a restore” "
                "in File ▸ Restore from backup."
            )
        self.statusBar().showMessage(f"Restored {path.name} from {backup.path.name}", 8000)
        QMessageBox.information(self, "Restore from backup", text)

    def _waiting_for_writers(self) -> None:
        """A restore waits for commands still writing to the file (store/writer_lock.py).
        Painted at once: no events are handled while the file is closed."""
        self.statusBar().showMessage(
            "Waiting for other programs writing to the database to finish before restoring…"
        )
        self.statusBar().repaint()

    def try_editing(self) -> None:
        """Read-only window: take over editing if the other app has quit meanwhile."""
        try:
            switched = self.session.try_write_access()
        except UserError as exc:
            QMessageBox.warning(self, "Switch to editing", sentence(exc))
            return
        if not switched:
            from roundtable.gui.shell.safety_dialogs import holder_text

            who = holder_text(self.session.holder())
            QMessageBox.information(
                self,
                "Switch to editing",
                "The other Roundtable window still has this database open"
                + (f" ({who})" if who else "")
                + ". Close it there, then try again.",
            )
            return
        self._store_replaced()
        self.reload()
        self.statusBar().showMessage("You can change events in this window now.", 8000)

    def bring_forward(self) -> None:
        """Another app asked for this window (it was started on the same database)."""
        from roundtable.gui.shell.single_instance import bring_forward

        bring_forward(self)
