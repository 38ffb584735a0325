"""The Participants tab: who takes part in the selected event, in order of precedence.

Each change here is one undo command on the window's stack, around an edit built from the list
as shown (``services/edits/participants.py``) and named for what it did; the store applies it
to what is stored now, and the window hands the refreshed list back through ``set_event``,
which updates the table in place. The view fills its table only while it is
shown, so selecting events in the list costs nothing extra while the Overview tab is up.

Order of precedence is changed by dragging rows, by the Move buttons or with Alt+Up/Alt+Down.
Role, delegation and attendance are edited in the cells. People come from the directory (a
searchable picker) or are new (the person editor, with its duplicate check). Import and export
work on the same event; Name cards… and Bios booklet… open the print dialog on it (name cards
of just the selected people when some are selected).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.limits import text_length
from roundtable.domain.names import full_name
from roundtable.domain.parts import Part
from roundtable.domain.records import EventRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.gui.common import export_dialogs
from roundtable.gui.common.choice_delegate import ChoiceDelegate
from roundtable.gui.common.fills_when_shown import FillsWhenShown
from roundtable.gui.common.messages import sentence, show_failure
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed, CommandContext, EditCommand
from roundtable.gui.participants import person_picker
from roundtable.gui.participants.door_mode import DoorMode
from roundtable.gui.participants.participants_model import (
    CARD_PLACEHOLDER_ROLE,
    COLUMN_AFFILIATION,
    COLUMN_ATTENDANCE,
    COLUMN_CARD_NAME,
    COLUMN_DELEGATION,
    COLUMN_NAME,
    COLUMN_NATIVE,
    COLUMN_POSITION,
    COLUMN_ROLE,
    NO_DELEGATION,
    Counts,
    ParticipantsModel,
)
from roundtable.gui.people import person_editor
from roundtable.services.edits.participants import (
    add_edit,
    moved,
    order_edit,
    remove_edit,
    value_edit,
)
from roundtable.wording import language, tr

HEADER_KEY = "participants/header"
SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


class CardNameDelegate(QStyledItemDelegate):
    """The "Name on card" cell's editor: a line edit with, as placeholder, the name the card
    prints when the cell is empty (the model shows that name greyed in an empty cell)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(text_length("participation", "card_name"))
        editor.setPlaceholderText(str(index.data(CARD_PLACEHOLDER_ROLE) or ""))
        editor.setAccessibleName(tr("Name on card"))
        return editor


def counts_html(counts: Counts) -> str:
    """ "12 participants · by role: 1 host, 9 participants / panelists … ", three short lines."""
    if not counts.total:
        return tr("No participants yet.")
    roles = ", ".join(f"{role.label} {n}" for role, n in counts.roles)
    lines = [
        tr("<b>%n participants</b>", "", counts.total),
        tr("<b>By role:</b> {counts}").format(counts=roles),
    ]
    if counts.delegations:
        no_delegation = tr("no delegation")
        delegations = ", ".join(f"{name or no_delegation} {n}" for name, n in counts.delegations)
        lines.append(tr("<b>By delegation:</b> {counts}").format(counts=delegations))
    attendance = ", ".join(f"{a.label} {n}" for a, n in counts.attendance)
    lines.append(tr("<b>By attendance:</b> {counts}").format(counts=attendance))
    return "<br>".join(lines)


class _Table(QTableView):
    """Keys that mean something in the table keep it: Delete removes participants (not the
    event, as the window's Delete would), Return and F2 edit the cell."""

    remove_requested = Signal()

    _OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._OWN_KEYS
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            emit(self.remove_requested)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
            return
        super().keyPressEvent(event)


class ParticipantsView(FillsWhenShown, QWidget):
    message = Signal(str)
    """A line for the status bar (an export was saved)."""

    DEPENDS = frozenset({Part.PARTICIPANTS, Part.EVENT})

    def __init__(
        self,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        """``context`` is the window's: commands from here select their event after a change,
        and its ``store`` is always the window's current one."""
        super().__init__(parent)
        self._context = context
        self.undo_stack = undo_stack
        self._settings = settings
        self._event: EventRecord | None = None
        self._writable = not getattr(context.store, "read_only", False)

        self.model = ParticipantsModel(self)
        self.model.value_change_requested.connect(self.set_value)
        self.model.order_change_requested.connect(self._order_dropped)
        self._build()
        self._apply_access()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.table = _Table()
        self.table.setAccessibleName(tr("Participants"))
        self.table.setModel(self.model)
        delegate = ChoiceDelegate(self.table)
        for column in (COLUMN_ROLE, COLUMN_DELEGATION, COLUMN_ATTENDANCE):
            self.table.setItemDelegateForColumn(column, delegate)
        self.table.setItemDelegateForColumn(COLUMN_CARD_NAME, CardNameDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Tight rows like the other lists (a table's default leaves room for a spin box).
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        for column, sample in (
            (COLUMN_POSITION, "99"),
            (COLUMN_NAME, "Guadalupe Correa Cab"),
            (COLUMN_NATIVE, "Андрей Кортунов"),
            (COLUMN_ROLE, ParticipantRole.PARTICIPANT.label),
            (COLUMN_DELEGATION, "Japanese delegation"),
            (COLUMN_ATTENDANCE, Attendance.CONFIRMED.label),
            (COLUMN_CARD_NAME, "Amb. Kozuki Takeshi"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(COLUMN_AFFILIATION, QHeaderView.ResizeMode.Stretch)
        state = self._settings.value(HEADER_KEY)
        if state is not None and not isinstance(state, str):
            header.restoreState(state)
        self._fitting = False
        self._user_sized: set[int] = set()  # columns the user has resized: left as they are
        header.sectionResized.connect(self._section_resized)

        def button(text: str, slot, tip: str = "") -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(slot)
            if tip:
                widget.setToolTip(tip)
            return widget

        self.add_button = button(
            tr("&Add from directory…"),
            self.add_from_directory,
            tr("Choose people who are already in the directory"),
        )
        self.new_button = button(
            tr("&New person…"), self.add_new_person, tr("Someone not yet in the directory")
        )
        self.remove_button = button(
            tr("&Remove…"),
            self.remove_selected,
            tr("Take the selected people off this event (Delete)"),
        )
        self.up_button = button(
            tr("Move &up"), self.move_up, tr("Earlier in the order of precedence (Alt+Up)")
        )
        self.down_button = button(
            tr("Move do&wn"), self.move_down, tr("Later in the order of precedence (Alt+Down)")
        )
        self.import_button = button(
            tr("&Import…"), self.import_participants, tr("Add people from a CSV or Excel list")
        )
        self.export_button = button(
            tr("E&xport…"), self.export_participants, tr("Save this list as CSV or Excel")
        )
        self.bios_button = button(
            tr("&Bios booklet…"),
            self.bios_booklet,
            tr("Everyone's bio and photo, to save as PDF or print"),
        )
        self.namecards_button = button(
            tr("Na&me cards…"),
            self.name_cards,
            tr("Table cards with each name; only the selected people when some are selected"),
        )

        self.door_button = button(
            tr("At the &door"),
            self.toggle_door,
            tr("Mark arrivals: type a few letters of a name, then Return (Ctrl+Shift+A)"),
        )
        self.door_button.setCheckable(True)
        self.door = DoorMode(self._context, self.undo_stack)
        self.door.setVisible(False)
        self.door.closed.connect(self.close_door)
        self.door_action = QAction(tr("At the door"), self)
        self.door_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.door_action.triggered.connect(self.open_door)

        self.up_action = QAction(tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.triggered.connect(self.move_up)
        self.down_action = QAction(tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.triggered.connect(self.move_down)
        for action in (self.up_action, self.down_action, self.door_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        edit_row = QHBoxLayout()
        for widget in (self.add_button, self.new_button, self.remove_button):
            edit_row.addWidget(widget)
        edit_row.addSpacing(12)
        edit_row.addWidget(self.up_button)
        edit_row.addWidget(self.down_button)
        edit_row.addStretch(1)
        edit_row.addWidget(self.door_button)
        files_row = QHBoxLayout()
        self.hint = QLabel(tr("Drag rows to change the order of precedence; click a role, "
                              "delegation or attendance to change it."))  # fmt: skip
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        files_row.addWidget(self.hint, 1)
        for widget in (self.import_button, self.export_button, self.namecards_button,
                       self.bios_button):  # fmt: skip
            files_row.addWidget(widget)

        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(tr("Participant counts"))
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(edit_row)
        layout.addWidget(self.door)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(files_row)

        self.empty_label = QLabel(tr("Select an event on the left to see its participants."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.empty_label.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        self.content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def save_layout(self) -> None:
        self._settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    # -- access and content -----------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self._apply_access()

    def _apply_access(self) -> None:
        self.model.set_editable(self._writable)
        self.table.setDragEnabled(self._writable)
        self.table.setAcceptDrops(self._writable)
        self.hint.setVisible(self._writable)
        self._update_buttons()

    def _show(self, event: EventRecord | None) -> None:
        if event is not None and (self._event is None or self._event.id != event.id):
            self._fit_columns(event)
        self._event = event
        self.model.set_event(event)
        self.stack.setCurrentWidget(self.content if event is not None else self.empty_label)
        self.counts_label.setText(counts_html(self.model.counts()))
        self.door.set_event(event)
        self._update_buttons()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized.add(column)

    def _fit_columns(self, event: EventRecord) -> None:
        """Names, own-script names and delegations as wide as this event's need (between a
        floor and a ceiling), measured from the records, not from every row the view paints;
        an empty delegation column gives its room to the names."""
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        header = self.table.horizontalHeader()

        def widest(texts, floor: str, ceiling: int) -> int:
            width = max((metrics.horizontalAdvance(t) for t in texts if t), default=0)
            return min(max(width, metrics.horizontalAdvance(floor)) + padding, ceiling)

        people = event.participants
        widths = {
            COLUMN_NAME: widest([full_name(p.person) for p in people], tr("Name"), 320),
            COLUMN_NATIVE: widest(
                [p.person.native_name for p in people], tr("Own-script name"), 220
            ),
            COLUMN_DELEGATION: widest([p.delegation for p in people], tr("Delegation"), 240),
        }
        self._fitting = True
        try:
            for column, width in widths.items():
                if column not in self._user_sized:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def update_event(self, event: EventRecord | None, parts: frozenset[Part]) -> None:
        """As for every tab; a change to the event's own fields redraws the list only when it
        changed the delegations (the list's choices)."""
        current = self._event
        if (
            not self._has_pending
            and current is not None
            and event is not None
            and current.id == event.id
            and Part.PARTICIPANTS not in parts
            and [d.name for d in current.delegations] == [d.name for d in event.delegations]
        ):
            self._event = event
            self.model.keep_event(event)
            self.door.set_event(event)
            return
        super().update_event(event, parts)

    def _update_buttons(self, *_args) -> None:
        has_event = self._event is not None
        rows = self.selected_rows()
        editable = self._writable and has_event
        count = self.model.rowCount()
        self.add_button.setEnabled(editable)
        self.new_button.setEnabled(editable)
        self.import_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(rows))
        self.up_button.setEnabled(editable and bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(editable and bool(rows) and rows[-1] < count - 1)
        self.up_action.setEnabled(self.up_button.isEnabled())
        self.down_action.setEnabled(self.down_button.isEnabled())
        self.export_button.setEnabled(has_event and count > 0)  # exporting only reads
        self.bios_button.setEnabled(has_event and count > 0)
        self.namecards_button.setEnabled(has_event and count > 0)
        self.door_button.setEnabled(editable)
        self.door_action.setEnabled(editable)
        if not editable and self.door.isVisible():
            self.close_door()

    # -- at the door ------------------------------------------------------------------------

    def toggle_door(self) -> None:
        if self.door.isVisible():
            self.close_door()
        else:
            self.open_door()

    def open_door(self) -> None:
        """Show the arrivals line (the button or Ctrl+Shift+A) and put the keyboard in it."""
        if not self.door_button.isEnabled():
            return
        self.door_button.setChecked(True)
        self.door.setVisible(True)
        self.door.start()

    def close_door(self) -> None:
        self.door_button.setChecked(False)
        self.door.setVisible(False)
        if self.door.line.hasFocus():
            self.table.setFocus()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows(0)})

    def selected_ids(self) -> list[int]:
        rows = [self.model.participation(r) for r in self.selected_rows()]
        return [p.id for p in rows if p.id is not None]  # all stored, so all have one

    def select_participations(self, participation_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for pid in participation_ids:
            row = self.model.row_of(pid)
            if row < 0:
                continue
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                selection.setCurrentIndex(self.model.index(row, COLUMN_NAME), flags)
                first = False
            else:
                selection.select(self.model.index(row, COLUMN_NAME), flags)

    # -- changes ----------------------------------------------------------------------------

    def _shown(self) -> EventRecord | None:
        """The event as shown: every change is built on it, and the store refuses one whose
        rows changed meanwhile (then the window shows what is stored)."""
        if self._event is None or self._event.id is None or not self._writable:
            return None
        return self._event

    def _push(self, edit, select: list[int] | None = None) -> None:
        if edit is None:
            return
        self.undo_stack.push(EditCommand(self._context, edit))
        if select is not None:
            self.select_participations(select)

    def _folder(self) -> str:
        return str(last_folder(self._settings))

    def add_from_directory(self) -> None:
        event = self._shown()
        if event is None:
            return
        present = {p.person.id for p in event.participants if p.person.id is not None}
        picked, accepted = person_picker.get_people(
            self, self.store, present, [d.name for d in event.delegations], event.title
        )
        if not accepted or picked is None or not picked.person_ids:
            return
        try:
            people = [self.store.get_person(pid) for pid in picked.person_ids]
        except UserError as exc:
            show_failure(self, tr("Add participants"), str(exc))
            return
        self._add(event, people, picked.role, picked.delegation, picked.attendance)

    def _add(
        self,
        event: EventRecord,
        people: list[PersonRecord],
        role: ParticipantRole = ParticipantRole.PARTICIPANT,
        delegation: str = "",
        attendance: Attendance = Attendance.INVITED,
    ) -> None:
        command = EditCommand(self._context, add_edit(event, people, role, delegation, attendance))
        self.undo_stack.push(command)
        if command.result:
            self.select_participations(list(command.result))

    def add_new_person(self) -> None:
        event = self._shown()
        if event is None:
            return
        record, accepted = person_editor.get_person(
            self, self.store, None, for_event=True, folder=self._folder()
        )
        if not accepted or record is None:
            return
        if record.id is not None and any(p.person.id == record.id for p in event.participants):
            QMessageBox.information(
                self,
                tr("Add participant"),
                tr("{name} already takes part in this event.").format(
                    name=full_name(record) or record.native_name
                ),
            )
            self.select_participations(
                [p.id for p in event.participants if p.person.id == record.id and p.id]
            )
            return
        self._add(event, [record])

    def remove_selected(self) -> None:
        event = self._shown()
        ids = self.selected_ids()
        if event is None or not ids:
            return
        people = [p.person for p in event.participants if p.id in set(ids)]
        if not people:
            return
        if len(people) == 1:
            question = tr(
                "Remove {name} from “{event}”?\n\nThey stay in the directory, and Edit ▸ Undo "
                "puts them back with their role, delegation and place in the order."
            ).format(name=full_name(people[0]), event=event.title)
        else:
            question = tr(
                "Remove these %n people from “{event}”?\n\nThey stay in the directory, and "
                "Edit ▸ Undo puts them back with their role, delegation and place in the order.",
                "",
                len(people),
            ).format(event=event.title)
        answer = QMessageBox.question(
            self,
            tr("Remove participants"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._push(remove_edit(event, ids))

    def move_up(self) -> None:
        self.move_selected(-1)

    def move_down(self) -> None:
        self.move_selected(1)

    def move_selected(self, step: int) -> None:
        if not self._writable:
            return
        ids = self.selected_ids()
        if not ids:
            return
        order = self.model.participation_ids()
        new_order = moved(order, ids, step)
        if new_order == order:
            return
        self._reorder(new_order, ids, step)

    def _order_dropped(self, order: list[int], moving: list[int]) -> None:
        self._reorder(order, moving, 0)

    def _reorder(self, order: list[int], moving: list[int], step: int) -> None:
        event = self._shown()
        if event is None:
            return
        try:
            edit = order_edit(event, order, moving, step)
        except ValueError:  # the list changed since it was shown: show it as it is
            self._context.changed(Changed.reload(event.id))
            return
        self._push(edit, moving)

    def set_value(self, participation_id: int, field: str, value) -> None:
        """A cell edit (role, delegation, attendance, name on card) as one command."""
        event = self._shown()
        if event is None:
            return
        if field == "delegation" and value == NO_DELEGATION:
            value = ""
        try:
            edit = value_edit(event, participation_id, field, value)
        except ValueError:
            self._context.changed(Changed.reload(event.id))
            return
        self._push(edit)

    # -- files ------------------------------------------------------------------------------

    def import_participants(self) -> None:
        event = self._shown()
        if event is None:
            return
        # Loaded when first used: the wizard, its table readers and the name likeness it
        # matches people by (rapidfuzz) take about 5 MB that a tab only shown does not need.
        from roundtable.gui.participants import import_wizard
        from roundtable.services.participant_import import import_participants_edit

        plan, accepted = import_wizard.get_import_plan(
            self, self.store, event, folder=self._folder()
        )
        if not accepted or plan is None:
            return
        try:
            edit = import_participants_edit(event, plan)
        except UserError as exc:
            show_failure(self, tr("Import participants"), str(exc))
            return
        self._push(edit)

    def _file_stem(self, event: EventRecord) -> str:
        return event.slug or "event"

    def export_participants(self) -> None:
        event = self._event
        if event is None:
            return
        from roundtable.services.participant_export import csv_encodings, export_participants

        # CSV in UTF-8 (any spreadsheet), or in the code page an older Excel of the interface's
        # language opens without asking (Windows-1251 in Moscow, Shift_JIS in Tokyo).
        (utf8, _label), (legacy, legacy_label) = csv_encodings(language())
        filters = [
            export_dialogs.CSV_FILTER,
            tr("CSV for older Excel, {encoding}").format(encoding=legacy_label) + " (*.csv)",
            export_dialogs.XLSX_FILTER,
        ]
        path, chosen = export_dialogs.save_path_and_filter(
            self,
            tr("Export participants"),
            Path(self._folder()) / f"{self._file_stem(event)}-participants.csv",
            filters,
        )
        if not path:
            return
        encoding = None if Path(path).suffix.lower() == ".xlsx" else legacy if chosen == 1 else utf8

        fresh = self.stored_event(tr("Export participants"))
        if fresh is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_participants(fresh, path, encoding)
        except (UserError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, tr("Export participants"), sentence(reason))
            return
        QApplication.restoreOverrideCursor()
        remember_folder(self._settings, path)
        emit(
            self.message,
            tr("Exported %n participants to {path}", "", len(fresh.participants)).format(path=path),
        )

    def bios_booklet(self) -> None:
        self._print("bios")

    def name_cards(self) -> None:
        """Name cards of the selected participants, or of everyone when none is selected."""
        self._print("namecards", self.selected_ids())

    def _print(self, kind: str, participation_ids: list[int] | None = None) -> None:
        """The print dialog on ``kind``; it reads the event as stored now."""
        event = self._event
        if event is None or event.id is None:
            return
        from roundtable.gui.printing import printables

        done = printables.print_event(
            self, self.store, self._settings, event.id, kind, participation_ids
        )
        if done:
            emit(self.message, done)
