"""The People view: the whole directory in one filterable table, the selected person beside it.

It is built the first time the user switches to it and loads the directory when first shown,
so start-up never pays for it. After that it reloads only when it is visible and something
changed (``mark_stale``); a change made elsewhere while it is hidden is picked up on the next
show.

Every change is an undo command (``people_commands``) on the window's shared undo stack. The
view's own command context selects the person a command touched; ``people_changed`` tells the
window that events may show different names now (an edit, a merge).

While the user types in the filter the selection stays put (a person still shown stays
selected; the first one shown is selected only when nobody is), ``selection_changed`` fires at
most once per keystroke, and the person's page is loaded only when typing pauses
(``PAGE_DELAY_MS`` after the last keystroke; ``person_shown`` says when it is).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.local_dates import number
from roundtable.errors import UserError
from roundtable.gui.common.filter_box_keys import filter_box_key
from roundtable.gui.common.messages import sentence, show_failure
from roundtable.gui.common.settings_keys import last_folder
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed, CommandContext
from roundtable.gui.people import merge_dialog, person_editor
from roundtable.gui.people.people_commands import (
    AddPersonCommand,
    DeletePersonCommand,
    EditPersonCommand,
    MergePeopleCommand,
    person_label,
)
from roundtable.gui.people.people_model import (
    PERSON_ID_ROLE,
    PeopleFilterModel,
    PeopleModel,
)
from roundtable.gui.people.people_table import PeopleTable
from roundtable.gui.people.person_page import PersonPage
from roundtable.wording import tr

SPLITTER_KEY = "people/splitter"
PAGE_SPLITTER_KEY = "people/page_splitter"
HEADER_KEY = "people/header"
CURRENT_KEY = "people/current"
PAGE_DELAY_MS = 200
"""How long typing in the filter must pause before the selected person's page is loaded."""
FOLD_SLICE = 2000
"""How many people's search texts are folded at a time while the user is idle (a few ms)."""


class PeopleView(QWidget):
    people_changed = Signal()
    """A command changed the directory (names shown in events may differ now)."""
    event_activated = Signal(int)
    """The user asked to see this event (double-click on the person's page)."""
    selection_changed = Signal()
    """The selected people changed: the window updates its People actions."""
    person_shown = Signal()
    """The person's page was brought up to date with the selection (loaded, or a hint)."""

    def __init__(
        self,
        store,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.undo_stack = undo_stack
        self._context = CommandContext(
            store,
            changed=self._after_command,
            failed=lambda attempt, message: show_failure(self, attempt, message),
            informed=lambda title, message: QMessageBox.information(self, title, message),
        )
        self._writable = not getattr(store, "read_only", False)
        self._loaded = False
        self._stale = True
        self._pending_select: int | None = None
        self._shown_person: int | None = None
        self._typing = False  # inside _filter_changed: selection changes are batched
        self._last_selection: tuple[tuple[int, ...], int | None] | None = None
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGE_DELAY_MS)
        self._page_timer.timeout.connect(self._show_current)
        # Folds the filter's search texts after a load, a slice per turn of the event loop.
        self._fold_timer = QTimer(self)
        self._fold_timer.setInterval(0)
        self._fold_timer.timeout.connect(self._fold_ahead)

        self.model = PeopleModel(self)
        self.proxy = PeopleFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._restore_layout()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            tr("Filter by name (any script), affiliation, email, country…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filter people"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)

        self.table = PeopleTable(self.proxy)
        self.table.setAccessibleName(tr("People"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)

        self.page = PersonPage()
        self.page.event_activated.connect(self.event_activated)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _restore_layout(self) -> None:
        for key, widget in ((SPLITTER_KEY, self.splitter), (PAGE_SPLITTER_KEY, self.page.splitter)):
            state = self._settings.value(key)
            if isinstance(state, QByteArray | bytes):
                widget.restoreState(state)
        header = self._settings.value(HEADER_KEY)
        if isinstance(header, QByteArray | bytes):
            self.table.horizontalHeader().restoreState(header)
        current = self._settings.value(CURRENT_KEY)
        if str(current or "").isdigit():
            self._pending_select = int(current)

    def save_layout(self) -> None:
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(PAGE_SPLITTER_KEY, self.page.splitter.saveState())
        self._settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        current = self.current_person_id()
        if current is not None:
            self._settings.setValue(CURRENT_KEY, current)

    # -- store and access -------------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    def set_store(self, store) -> None:
        """After a restore or a switch to editing the window works on a new Store."""
        self._context.store = store
        self.mark_stale()

    @property
    def writable(self) -> bool:
        return self._writable

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        emit(self.selection_changed)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """Something changed the directory: reload now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def reload(self, select: int | None = None) -> None:
        """Re-read the directory, keeping the selection (or selecting ``select``)."""
        selected = self.selected_person_ids()
        if select is None and self._pending_select is not None:
            select = self._pending_select
        self._pending_select = None
        scroll = self.table.verticalScrollBar().value()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            directory = self.store.list_directory()
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self.page.show_problem(sentence(str(exc)))
            return
        try:
            self.model.set_directory(directory)
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = True
        self._stale = False
        self._fold_timer.start()
        self.table.verticalScrollBar().setValue(scroll)
        wanted = [select] if select is not None else selected
        if not self.select_people([w for w in wanted if w is not None]):
            self._shown_person = None
            self._show_current(force=True)
        else:
            self._show_current(force=True)
        self._update_count()

    def _fold_ahead(self) -> None:
        if self.model.fold_ahead(FOLD_SLICE):
            self._fold_timer.stop()

    def _update_count(self) -> None:
        # {count} with n rather than %n: the plural form follows n, and the number keeps its
        # thousands separator ("5,000 people", "5 000 человек").
        total = self.model.person_count()
        shown = self.proxy.rowCount()
        self.count_label.setText(
            tr("{count} people", "", total).format(count=number(total))
            if shown == total
            else tr("{shown} of {total} people", "", total).format(
                shown=number(shown), total=number(total)
            )
        )

    # -- selection --------------------------------------------------------------------------

    def selected_person_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(0)
        return [r.data(PERSON_ID_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def current_person_id(self) -> int | None:
        ids = self.selected_person_ids()
        if len(ids) == 1:
            return ids[0]
        current = self.table.currentIndex()
        if current.isValid() and current.data(PERSON_ID_ROLE) in ids:
            return current.data(PERSON_ID_ROLE)
        return ids[0] if ids else None

    def select_people(self, person_ids: list[int]) -> bool:
        """Select these people (those visible through the filter); True if any was."""
        selection = self.table.selectionModel()
        indexes = [self.proxy.index_of_person(pid) for pid in person_ids]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            selection.clearSelection()
            return False
        rows = (
            QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        selection.setCurrentIndex(indexes[0], rows)
        for index in indexes[1:]:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.scrollTo(indexes[0])
        return True

    def select_person(self, person_id: int) -> bool:
        if not self.proxy.index_of_person(person_id).isValid() and self.proxy.filter_text:
            self.filter_edit.clear()  # show them even if the filter hid them
        return self.select_people([person_id])

    def _selection_changed(self, *_args) -> None:
        if self._typing:
            return  # _filter_changed reports once, when the keystroke is handled
        self._page_timer.stop()
        self._show_current()
        self._report_selection()

    def _report_selection(self) -> None:
        """``selection_changed``, once per actual change (selectionChanged and currentRowChanged
        both arrive for one click)."""
        current = self.table.currentIndex()
        state = (
            tuple(self.selected_person_ids()),
            current.data(PERSON_ID_ROLE) if current.isValid() else None,
        )
        if state != self._last_selection:
            self._last_selection = state
            emit(self.selection_changed)

    def _show_current(self, force: bool = False) -> None:
        self._page_timer.stop()
        try:
            self._load_page(force)
        finally:
            emit(self.person_shown)

    def _load_page(self, force: bool) -> None:
        ids = self.selected_person_ids()
        if len(ids) > 1:
            self._shown_person = None
            selected = tr("%n people selected.", "", len(ids))
            if len(ids) == 2:
                selected += " " + tr("Merge them with Edit ▸ Merge people…")
            self.page.show_hint(selected)
            return
        person_id = ids[0] if ids else None
        if person_id == self._shown_person and not force:
            return
        self._shown_person = person_id
        if person_id is None:
            self.page.show_hint()
            return
        try:
            person = self.store.get_person(person_id)
            events = self.store.person_events(person_id)
            photo = (
                self.store.person_photos([person_id]).get(person_id) if person.has_photo else None
            )
        except UserError as exc:
            self.page.show_problem(sentence(str(exc)))
            return
        self.page.show_person(person, events, photo[0] if photo else None)

    # -- filter -----------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self._typing = True
        try:
            self.proxy.set_filter_text(text)
            self._update_count()
            if not self.table.selectionModel().hasSelection():
                first = self.proxy.person_id(0)  # None when the filter leaves nobody
                if first is not None:
                    self.select_people([first])
        finally:
            self._typing = False
        if self._wants_page():
            self._page_timer.start()  # restarted by every keystroke: loads when typing pauses
        self._report_selection()

    def _wants_page(self) -> bool:
        """True if the page shows someone else than the selection does now."""
        ids = self.selected_person_ids()
        if len(ids) > 1:
            return True  # the "n people selected" hint is cheap, but keep one path
        return (ids[0] if ids else None) != self._shown_person

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched, event) -> bool:
        """The filter box's keys (``filter_box_key``): Return or Down go to the table."""
        if watched is self.filter_edit and filter_box_key(
            self.filter_edit, event, self.table.setFocus
        ):
            return True
        return super().eventFilter(watched, event)

    def _double_clicked(self, _index) -> None:
        if self._writable:
            self.edit_person()

    # -- commands ---------------------------------------------------------------------------

    def _after_command(self, changed: Changed) -> None:
        person_id = changed.person
        emit(self.people_changed)
        if self.isVisible():
            self.reload(select=person_id)
        else:
            self._stale = True
            if person_id is not None:
                self._pending_select = person_id

    def _folder(self) -> str:
        return str(last_folder(self._settings))

    def new_person(self) -> int | None:
        """Ask for a new person and add them; returns their id (None if cancelled)."""
        if not self._writable:
            return None
        record, accepted = person_editor.get_person(self, self.store, None, folder=self._folder())
        if not accepted or record is None:
            return None
        command = AddPersonCommand(self._context, record)
        self.undo_stack.push(command)
        return command.person_id

    def edit_person(self) -> None:
        if not self._writable:
            return
        person_id = self.current_person_id()
        if person_id is None:
            return
        try:
            old = self.store.get_person(person_id)
        except UserError as exc:
            show_failure(self, tr("Edit person"), str(exc))
            self.reload()
            return
        new, accepted = person_editor.get_person(self, self.store, old, folder=self._folder())
        if not accepted or new is None or (new == old and new.photo is None):
            return
        try:
            command = EditPersonCommand(self._context, old, new)
        except UserError as exc:
            show_failure(self, tr("Edit person"), str(exc))
            return
        self.undo_stack.push(command)

    def delete_person(self) -> None:
        if not self._writable:
            return
        ids = self.selected_person_ids()
        if len(ids) != 1:
            return
        person_id = ids[0]
        try:
            person = self.store.get_person(person_id)
            events = self.store.person_events(person_id)
        except UserError as exc:
            show_failure(self, tr("Delete person"), str(exc))
            self.reload()
            return
        name = person_label(person)
        if events:
            count = len(events)
            listed = "\n".join(f"• {e.title}" for e in events[:8])
            if count > 8:
                listed += "\n• " + tr("… and %n more", "", count - 8)
            QMessageBox.information(
                self,
                tr("Delete person"),
                tr(
                    "{name} takes part in %n events, so they stay in the directory:\n\n"
                    "{events}\n\nRemove them from those events first (Participants tab), or, "
                    "if this is a second record of someone, merge it into the other one "
                    "(Edit ▸ Merge people…): their participations move with it.",
                    "",
                    count,
                ).format(name=name, events=listed),
            )
            return
        answer = QMessageBox.question(
            self,
            tr("Delete person"),
            tr(
                "Delete {name} from the directory?\n\nYou can bring them back with Edit ▸ Undo."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            command = DeletePersonCommand(self._context, person_id)
        except UserError as exc:
            show_failure(self, tr("Delete person"), str(exc))
            return
        self.undo_stack.push(command)

    def merge_people(self) -> None:
        if not self._writable:
            return
        ids = self.selected_person_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self,
                tr("Merge people"),
                tr(
                    "Select the two records of one person (Ctrl+click the second), then merge them."
                ),
            )
            return
        try:
            choice, accepted = merge_dialog.get_merge(self, self.store, ids[0], ids[1])
        except UserError as exc:
            show_failure(self, tr("Merge people"), str(exc))
            self.reload()
            return
        if not accepted or choice is None:
            return
        keep_id, other_id = choice
        try:
            command = MergePeopleCommand(self._context, keep_id, other_id)
        except UserError as exc:
            show_failure(self, tr("Merge people"), str(exc))
            return
        self.undo_stack.push(command)
