"""The window a user lives in: the events list on the left, the selected event on the right.

Every change goes through an undo command; the window only decides what to ask and which
command to push, then reloads the list (summaries only) and the one selected event after each
change. Dialogs are reached through their modules' functions, so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roundtable import APP_NAME
from roundtable.domain.records import EventSummary
from roundtable.errors import UserError
from roundtable.gui import about, bundle_dialogs, event_editor
from roundtable.gui.empty_state import EmptyState
from roundtable.gui.event_commands import (
    CommandContext,
    CreateEventCommand,
    DeleteEventCommand,
    DuplicateEventCommand,
    EditEventCommand,
    ImportBundleCommand,
    LoadDemoCommand,
)
from roundtable.gui.event_overview import LAST_FOLDER_KEY, EventOverview
from roundtable.gui.events_filter import EventsFilterModel
from roundtable.gui.events_model import (
    COLUMN_DATES,
    COLUMN_ROUND,
    COLUMN_STATUS,
    COLUMN_TITLE,
    EVENT_ID_ROLE,
    GROUP_KEY_ROLE,
    NODE_KIND_ROLE,
    NODE_SERIES,
    SUMMARY_ROLE,
    EventsModel,
)
from roundtable.gui.icons import app_icon, themed

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
COLLAPSED_KEY = "events/collapsed"
CURRENT_KEY = "events/current"


def database_label(name: str) -> str:
    """The file name for a file database, the (password-free) URL otherwise."""
    return name if "://" in name else Path(name).name


def _sentence(message: str) -> str:
    text = message.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


class MainWindow(QMainWindow):
    def __init__(
        self,
        store,
        settings: QSettings,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._context = CommandContext(
            store, changed=self._after_change, failed=self._show_failure, informed=self._show_info
        )
        self._reloading = False
        self._restoring_expansion = False
        self._overview_deferred = False
        self._shown: object = None  # what the overview shows: an event id, a group key or None
        collapsed = settings.value(COLLAPSED_KEY, [])
        self._collapsed: set[str] = set(
            [collapsed] if isinstance(collapsed, str) else (collapsed or [])
        )

        self.setWindowTitle(f"{APP_NAME} — {database_label(store.name)}")
        self.setWindowIcon(app_icon())

        self.model = EventsModel(self)
        self.proxy = EventsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self._build_views()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._restore_layout()

        # The list comes first; the selected event (one more, larger query) is shown as soon
        # as the window is up, so start-up does not wait for it.
        self._overview_deferred = True
        current = settings.value(CURRENT_KEY)
        self.reload(select=int(current) if str(current or "").isdigit() else None)
        if self.selected_event_id() is None:
            self._select_first_event()
        self._overview_deferred = False
        QTimer.singleShot(0, lambda: self._show_selection(force=True))

    # -- construction -----------------------------------------------------------------------

    def _build_views(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by title, series, programme, venue, city…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.setAccessibleName("Filter events")

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName("Events")
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "U.S.-Japan…Second Round"
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not ResizeToContents: measuring every row on each change
        # costs more than the rest of start-up on a database with hundreds of events.
        metrics = self.tree.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        for column, sample in (
            (COLUMN_ROUND, "Round"),
            (COLUMN_DATES, "30 Mar – 2 Apr 2024"),
            (COLUMN_STATUS, "Confirmed"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.expanded.connect(lambda index: self._expansion_changed(index, True))
        self.tree.collapsed.connect(lambda index: self._expansion_changed(index, False))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree)

        self.overview = EventOverview(self._store, self._settings)
        self.overview.setAccessibleName("Event overview")
        self.overview.attachment_saved.connect(
            lambda path: self.statusBar().showMessage(f"Saved {path}", 5000)
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.overview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])

        self.empty_state = EmptyState()
        self.empty_state.load_examples_requested.connect(self.load_examples)
        self.empty_state.new_event_requested.connect(self.new_event)

        self.central = QStackedWidget()
        self.central.addWidget(self.empty_state)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

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
        self.load_examples_action = self._action(
            "Load e&xample events", self.load_examples, None, "",
            "Add example events to look around (can be undone)",
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

        self.edit_action = self._action(
            "&Edit event…", self.edit_event,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
             QKeySequence(Qt.Key.Key_F2)],
            "document-edit", "Change the selected event",
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
        self.about_action = self._action("&About Roundtable", self.show_about, None, "help-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.tree.addActions([self.edit_action, self.duplicate_action, self.delete_action])
        separator = QAction(self)
        separator.setSeparator(True)
        self.tree.addActions([separator, self.new_action, self.export_action])

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.load_examples_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.delete_action)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.find_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar("Main toolbar")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.duplicate_action,
                       self.delete_action):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.addToolBar(self.toolbar)
        # The toolbar shows short labels; the menus keep the full ones.
        for action, label in (
            (self.new_action, "New"), (self.edit_action, "Edit"),
            (self.duplicate_action, "Duplicate"), (self.delete_action, "Delete"),
            (self.import_action, "Import"), (self.export_action, "Export"),
            (self.undo_action, "Undo"), (self.redo_action, "Redo"),
        ):  # fmt: skip
            action.setIconText(label)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self._store.name)
        self.database_label.setToolTip("The database this window works on")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

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

    def save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(COLLAPSED_KEY, sorted(self._collapsed))
        current = self.selected_event_id()
        if current is None:
            self._settings.remove(CURRENT_KEY)
        else:
            self._settings.setValue(CURRENT_KEY, current)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
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

    def reload(self, select: int | None = None) -> None:
        """Re-read the list; select ``select``, else keep the selection, else its neighbour."""
        previous = self.selected_event_id()
        previous_row = self._selected_row()
        previous_group = previous_row.data(GROUP_KEY_ROLE) if previous_row else None
        order = self.visible_event_ids()
        scroll = self.tree.verticalScrollBar().value()
        try:
            events = self._store.list_events()
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, _sentence(str(exc)))
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
                self.overview.show_problem(_sentence(str(exc)))
        elif row is not None:
            title = row.siblingAtColumn(COLUMN_TITLE).data()
            self.overview.show_series(title, row.data(SUMMARY_ROLE) or [])
        else:
            self.overview.show_hint()

    def _update_actions(self) -> None:
        has_event = self.selected_event_id() is not None
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.export_action):  # fmt: skip
            action.setEnabled(has_event)

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

    def _double_clicked(self, index) -> None:
        if index.data(EVENT_ID_ROLE) is not None:
            self.edit_event()

    # -- command plumbing -------------------------------------------------------------------

    def _after_change(self, event_id: int | None) -> None:
        self.reload(select=event_id)

    def _show_failure(self, attempt: str, message: str) -> None:
        QMessageBox.warning(self, attempt, f"{_sentence(message)}\n\nThe change was not made.")

    def _refused(self, attempt: str, exc: UserError) -> None:
        """The event changed under us (another window, the CLI): say so and show what is."""
        self._show_failure(attempt, str(exc))
        self.reload()

    def _show_info(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def _folder(self) -> str:
        return str(self._settings.value(LAST_FOLDER_KEY, str(Path.home())))

    # -- user actions -----------------------------------------------------------------------

    def new_event(self) -> None:
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
        event_id = self.selected_event_id()
        if event_id is None:
            return
        try:
            old = self._store.get_event(event_id, with_attachment_data=True)
        except UserError as exc:
            self._refused("Edit event", exc)
            return
        new, accepted = event_editor.get_event(self, self._store, old)
        if accepted and new is not None and new != old:
            self._push(EditEventCommand(self._context, old, new))

    def duplicate_event(self) -> None:
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
        self._push(LoadDemoCommand(self._context))

    def import_bundle(self) -> None:
        path = bundle_dialogs.choose_bundle_to_import(self, self._folder())
        if not path:
            return
        self._settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        from roundtable.services import bundle as bundles

        try:
            data = bundles.read_bundle_file(path)
            existing = bundles.existing_event_for(self._store, data)
            existing_title = self._store.get_event(existing).title if existing else ""
        except UserError as exc:
            QMessageBox.warning(
                self, "Import event bundle", f"{_sentence(str(exc))}\n\nNothing was imported."
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
            QMessageBox.warning(self, "Export event bundle", _sentence(reason))
            return
        self._settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.statusBar().showMessage(f"Exported “{summary.title}” to {path}", 8000)

    def show_about(self) -> None:
        about.show_about(self, self._store.name)
