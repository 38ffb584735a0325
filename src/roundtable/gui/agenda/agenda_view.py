"""The Agenda tab: the programme of the selected event, one day at a time.

A day selector (with the day's topic), the day's items as a table with their computed start and
end, a timeline bar of the day against its slot, the timing warnings beside it and the speakers'
total minutes for the event. Durations, kinds, titles and anchors are edited in the cells; rows
move by dragging, with the Move buttons or Alt+Up/Alt+Down.

As in the Participants tab, each change is one undo command on the window's stack, around an
edit built from the day as shown (``services/edits/agenda.py``) and named for what it did; the
store applies it to what is stored now and the window hands the refreshed event back through
``set_event``. The view fills itself only while shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.local_dates import clock
from roundtable.domain.names import full_name
from roundtable.domain.parts import Part
from roundtable.domain.records import AgendaItemRecord, DayRecord, EventRecord
from roundtable.errors import UserError
from roundtable.gui.agenda import agenda_exports
from roundtable.gui.agenda.agenda_model import (
    COLUMN_DURATION,
    COLUMN_SPEAKERS,
    COLUMN_TITLE,
    AgendaModel,
    column_widths,
    parse_clock,
)
from roundtable.gui.agenda.agenda_timeline import TimelineBar
from roundtable.gui.common.choice_delegate import ChoiceDelegate
from roundtable.gui.common.fills_when_shown import FillsWhenShown
from roundtable.gui.common.flow_layout import FlowLayout
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed, CommandContext, EditCommand
from roundtable.services.agenda_timing import fit_to_slot, speaker_minutes
from roundtable.services.edits.agenda import (
    add_item_edit,
    day_edit,
    day_label,
    durations_edit,
    moved_rows,
    next_day,
    order_edit,
    remove_edit,
    slot_edit,
    speakers_edit,
    value_edit,
)
from roundtable.wording import QT_TR_NOOP, tr

NEW_TITLE, NEW_MINUTES = QT_TR_NOOP("New session"), 30
"""A new item's title (in English here: it is given in the interface's language) and length."""
NO_CHAIR = QT_TR_NOOP("No chair")


def _keys(keys: str) -> str:
    """A shortcut as this system names its keys (Qt translates the names of the keys)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def minutes_suffix() -> str:
    """After the number in a box of minutes: " min"."""
    return tr(" min", "after a number of minutes in a spin box")


class AgendaDelegate(ChoiceDelegate):
    """A spin box for durations; the kind's combo box otherwise (``ChoiceDelegate``)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        if index.column() == COLUMN_DURATION:
            spin = QSpinBox(parent)
            spin.setRange(0, 24 * 60)
            spin.setSingleStep(5)
            spin.setSuffix(minutes_suffix())
            spin.setAccessibleName(tr("Duration"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class SpeakersDialog(QDialog):
    """Pick an item's speakers from the event's participants, with optional speaking minutes
    (0: no set time), and its chair."""

    def __init__(self, parent: QWidget | None, event: EventRecord, item: AgendaItemRecord):
        super().__init__(parent)
        self.setWindowTitle(tr("Speakers of “{title}”").format(title=item.title))
        self._ids = [p.id for p in event.participants if p.id is not None]
        current = {s.participation_id: s.speaking_minutes for s in item.speakers}
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(self._ids), 2)
        self.table.setHorizontalHeaderLabels([tr("Speaker"), tr("Speaking minutes")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # As wide as its heading and a three-digit "600 min" box, whichever is wider.
        probe = QSpinBox()
        probe.setRange(0, 600)
        probe.setSuffix(minutes_suffix())
        minutes_width = max(
            header.fontMetrics().horizontalAdvance(tr("Speaking minutes")) + 24,
            probe.sizeHint().width() + 8,
        )
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, minutes_width)
        self.table.verticalHeader().setVisible(False)
        self.checks: list[QCheckBox] = []
        self.spins: list[QSpinBox] = []
        names = {p.id: full_name(p.person) or p.person.native_name for p in event.participants}
        for row, pid in enumerate(self._ids):
            check = QCheckBox(names[pid])
            check.setChecked(pid in current)
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setSpecialValueText("—")
            spin.setSuffix(minutes_suffix())
            spin.setValue(current.get(pid) or 0)
            self.table.setCellWidget(row, 0, check)
            self.table.setCellWidget(row, 1, spin)
            self.checks.append(check)
            self.spins.append(spin)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.chair = QComboBox()
        self.chair.addItem(tr(NO_CHAIR), None)
        for pid in self._ids:
            self.chair.addItem(names[pid], pid)
        found = self.chair.findData(item.chair_participation_id)
        self.chair.setCurrentIndex(max(found, 0))
        form.addRow(tr("&Chair:"), self.chair)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def result_value(self) -> tuple[list[tuple[int, int | None]], int | None]:
        speakers = [
            (pid, self.spins[row].value() or None)
            for row, pid in enumerate(self._ids)
            if self.checks[row].isChecked()
        ]
        return speakers, self.chair.currentData()


def pick_speakers(
    parent: QWidget, event: EventRecord, item: AgendaItemRecord
) -> tuple[list[tuple[int, int | None]], int | None] | None:
    """Asks; None when cancelled. (Tests replace this function.)"""
    dialog = SpeakersDialog(parent, event, item)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value()


class AgendaTable(QTableView):
    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            emit(self.remove_requested)
            return
        super().keyPressEvent(event)


class AgendaView(FillsWhenShown, QWidget):
    DEPENDS = frozenset({Part.AGENDA, Part.PARTICIPANTS, Part.EVENT})

    message = Signal(str)

    def __init__(
        self, context: CommandContext, undo_stack: QUndoStack, settings: QSettings, parent=None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.undo_stack = undo_stack
        self._settings = settings
        self._event: EventRecord | None = None
        self._writable = True
        self._day_id: int | None = None
        self._select_after: list[int] | None = None
        self._filling = False
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = AgendaModel(self)
        self.model.value_change_requested.connect(self.set_value)
        self.model.order_change_requested.connect(self._order_dropped)

        self.empty_label = QLabel(tr("Select an event to see its agenda."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.no_days = QWidget()
        no_days_layout = QVBoxLayout(self.no_days)
        no_days_layout.addStretch(1)
        self.no_days_label = QLabel(tr("This event has no programme days yet."))
        self.no_days_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_days_label.setWordWrap(True)
        no_days_layout.addWidget(self.no_days_label)
        self.add_day_button = QPushButton(tr("Add &day"))
        self.add_day_button.setToolTip(tr("Add the event's start date as a programme day"))
        self.add_day_button.clicked.connect(self.add_day)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_day_button)
        row.addStretch(1)
        no_days_layout.addLayout(row)
        no_days_layout.addStretch(2)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        day_caption = QLabel(tr("Da&y:"))
        top.addWidget(day_caption)
        self.day_combo = QComboBox()
        self.day_combo.setAccessibleName(tr("Day"))
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_combo.currentIndexChanged.connect(self._day_changed)
        day_caption.setBuddy(self.day_combo)
        top.addWidget(self.day_combo)
        self.topic_label = QLabel()
        self.topic_label.setObjectName("day_topic")
        self.topic_label.setWordWrap(True)
        top.addWidget(self.topic_label, 1)
        slot_label = QLabel(tr("S&lot:"))
        top.addWidget(slot_label)
        self.slot_start_edit = QLineEdit()
        self.slot_start_edit.setPlaceholderText(tr("HH:MM"))
        self.slot_start_edit.setAccessibleName(tr("Slot start"))
        self.slot_start_edit.setMaximumWidth(64)
        slot_label.setBuddy(self.slot_start_edit)
        self.slot_end_edit = QLineEdit()
        self.slot_end_edit.setPlaceholderText(tr("HH:MM"))
        self.slot_end_edit.setAccessibleName(tr("Slot end"))
        self.slot_end_edit.setMaximumWidth(64)
        for edit in (self.slot_start_edit, self.slot_end_edit):
            edit.editingFinished.connect(self._slot_edited)
        top.addWidget(self.slot_start_edit)
        top.addWidget(QLabel("–"))
        top.addWidget(self.slot_end_edit)
        layout.addLayout(top)

        self.table = AgendaTable()
        self.table.setObjectName("agenda_table")
        self.table.setAccessibleName(tr("Agenda items"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(AgendaDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Widths from the font, not from the rows: measuring every row after each change made
        # an edit wait for the whole day to be measured, and the columns jump as values change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in column_widths(self.table.fontMetrics()).items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_SPEAKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_SPEAKERS, 200)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)

        # Wrapped onto a second line when the tab is narrow, rather than widening the window.
        buttons = FlowLayout()

        def button(text: str, slot, tip: str = "") -> QPushButton:
            b = QPushButton(text)
            b.clicked.connect(slot)
            if tip:
                b.setToolTip(tip)
            buttons.addWidget(b)
            return b

        self.add_button = button(
            tr("&Add item"),
            self.add_item,
            tr("Add a %n-minute session", "", NEW_MINUTES),
        )
        self.remove_button = button(
            tr("&Remove"), self.remove_selected, tr("Remove the selected items")
        )
        self.up_button = button(tr("Move &up"), self.move_up, _keys("Alt+Up"))
        self.down_button = button(tr("Move do&wn"), self.move_down, _keys("Alt+Down"))
        self.speakers_button = button(
            tr("&Speakers…"), self.edit_speakers, tr("Speakers and chair of the selected item")
        )
        buttons.add_stretch()
        self.fit_button = button(
            tr("&Fit to slot"),
            self.fit_to_slot,
            tr("Stretch or shrink the flexible items so the day ends at its slot end"),
        )
        self.print_button = button(
            tr("Pr&int…"), self.print_agenda,
            tr("See the agenda's pages, then save them as a PDF or print them"),
        )  # fmt: skip
        self.ics_button = button(
            tr("Calen&dar (.ics)…"), self.export_ics, tr("One calendar entry per agenda item")
        )
        layout.addLayout(buttons)

        self.up_action = QAction(tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(self.move_up)
        self.down_action = QAction(tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.down_action.triggered.connect(self.move_down)
        self.addAction(self.up_action)
        self.addAction(self.down_action)

        self.timeline = TimelineBar()
        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName(tr("Timing warnings"))
        self.warnings_list.setWordWrap(True)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.timeline)
        side = QHBoxLayout()
        warnings_box = QVBoxLayout()
        warnings_box.addWidget(QLabel("<b>{}</b>".format(tr("Timing"))))
        warnings_box.addWidget(self.warnings_list)
        side.addLayout(warnings_box, 3)
        totals_box = QVBoxLayout()
        totals_box.addWidget(QLabel("<b>{}</b>".format(tr("Speaking time (whole event)"))))
        totals_box.addWidget(self.totals_label, 1)
        side.addLayout(totals_box, 2)
        lower_layout.addLayout(side)
        lower_layout.addStretch(1)
        self.warnings_list.setMaximumHeight(160)
        self.totals_label.setMinimumHeight(60)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top_part = QWidget()
        top_layout = QVBoxLayout(top_part)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        splitter.addWidget(top_part)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.no_days)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._update_buttons()

    def save_layout(self) -> None:
        pass

    # -- showing ----------------------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    @property
    def day_index(self) -> int:
        return self.day_combo.currentIndex()

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.model.set_editable(writable)
        self.table.setDragEnabled(writable)
        self.table.setAcceptDrops(writable)
        for edit in (self.slot_start_edit, self.slot_end_edit):
            edit.setReadOnly(not writable)
        self._update_buttons()

    def _show(self, event: EventRecord | None) -> None:
        same_event = self._event is not None and event is not None and self._event.id == event.id
        self._event = event
        if event is None:
            self.stack.setCurrentWidget(self.empty_label)
            self.model.set_day(None, -1)
            self._update_buttons()
            return
        if not event.days:
            self.stack.setCurrentWidget(self.no_days)
            self.model.set_day(None, -1)
            self._update_buttons()
            return
        self.stack.setCurrentWidget(self.content)
        wanted = self._day_id if same_event else None
        index = next((i for i, d in enumerate(event.days) if d.id == wanted), 0)
        if same_event and wanted is None:
            index = min(max(self.day_combo.currentIndex(), 0), len(event.days) - 1)
        self._filling = True
        self.day_combo.clear()
        for day in event.days:
            self.day_combo.addItem(day_label(day), day.id)
        self.day_combo.setCurrentIndex(index)
        self._filling = False
        self._show_day()

    def _day_changed(self, _index: int) -> None:
        if not self._filling:
            self._select_after = None
            self._show_day()

    def _show_day(self) -> None:
        event = self._event
        index = self.day_combo.currentIndex()
        if event is None or not 0 <= index < len(event.days):
            return
        day = event.days[index]
        self._day_id = day.id
        wanted = self._select_after
        self._select_after = None
        shown = self.model.day
        kept_ids = [shown.items[r].id for r in self.selected_rows()] if shown else []
        scroll = self.table.verticalScrollBar().value()
        in_place = self.model.set_day(event, index)
        if wanted is not None:
            keep = wanted
        else:  # the same items stay selected, wherever a change elsewhere moved them
            row_of = {item.id: r for r, item in enumerate(day.items)}
            keep = sorted(row_of[i] for i in kept_ids if i in row_of)
        self._show_day_fields(day)
        self.timeline.set_schedule(self.model.schedule)
        self._show_warnings(day)
        self.totals_label.setText(self._totals_html(event))
        rows = [r for r in keep if r < self.model.rowCount()]
        if not in_place or rows != self.selected_rows():
            self.select_rows(rows)
            if wanted is None and shown is not None and shown.id == day.id:
                self.table.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _show_day_fields(self, day: DayRecord) -> None:
        """The day's topic and its slot, above the table."""
        self.topic_label.setText(day.title or "")
        self.slot_start_edit.setText("" if day.slot_start is None else clock(day.slot_start))
        self.slot_end_edit.setText("" if day.slot_end is None else clock(day.slot_end))

    def _show_warnings(self, day: DayRecord) -> None:
        """What is wrong with the day's timing, or that nothing is (once it has items)."""
        schedule = self.model.schedule
        self.warnings_list.clear()
        if schedule is not None:
            for warning in schedule.warnings:
                self.warnings_list.addItem(QListWidgetItem(f"⚠ {warning.message}"))
            if not schedule.warnings and day.items:
                in_order = tr("The day's timing is in order.")
                self.warnings_list.addItem(QListWidgetItem(f"✓ {in_order}"))

    def _totals_html(self, event: EventRecord) -> str:
        totals = speaker_minutes(event.days)
        if not totals:
            return "<i>{}</i>".format(escape(tr("No speakers yet.")))
        lines = []
        for pid, minutes in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
            name = self.model.participant_name(pid)
            if minutes:
                line = tr("{name}: {minutes} min").format(name=name, minutes=minutes)
            else:
                line = tr("{name}: no set time").format(name=name)
            lines.append(escape(line))
        return "<br>".join(lines)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows(0)})

    def select_rows(self, rows: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n, row in enumerate(rows):
            index = self.model.index(row, COLUMN_TITLE)
            if n == 0:
                selection.setCurrentIndex(index, flags)
            else:
                selection.select(index, flags)

    def _update_buttons(self, *_args) -> None:
        rows = self.selected_rows()
        has_day = self.model.day is not None
        editable = self._writable and has_day
        count = self.model.rowCount()
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(rows))
        self.up_button.setEnabled(editable and bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(editable and bool(rows) and rows[-1] < count - 1)
        self.up_action.setEnabled(self.up_button.isEnabled())
        self.down_action.setEnabled(self.down_button.isEnabled())
        self.speakers_button.setEnabled(editable and len(rows) == 1)
        self.fit_button.setEnabled(editable and count > 0)
        self.add_day_button.setEnabled(self._writable and self._event is not None)
        # Exports only read, so they stay available in a read-only window.
        self.print_button.setEnabled(self._event is not None)
        self.ics_button.setEnabled(self._event is not None)

    # -- changes ----------------------------------------------------------------------------

    def print_agenda(self) -> None:
        """The print dialog on the agenda (it reads the event as stored now)."""
        if self._event is None or self._event.id is None:
            return
        from roundtable.gui.printing import printables

        done = printables.print_event(self, self.store, self._settings, self._event.id, "agenda")
        if done:
            emit(self.message, done)

    def export_ics(self) -> str | None:
        event = self.stored_event(tr("Calendar file"))
        path = agenda_exports.export_calendar(self, self._settings, event) if event else None
        if path:
            emit(self.message, tr("Saved the calendar file {path}").format(path=path))
        return path

    def _shown_day(self) -> DayRecord | None:
        """The day as shown: every change is built on it, and the store refuses one whose rows
        changed meanwhile (then the window shows what is stored)."""
        if self._event is None or self._event.id is None or not self._writable:
            return None
        return self.model.day

    def _push(self, edit, select: Sequence[int] | None = None) -> None:
        if edit is None:
            return
        self._select_after = list(select) if select is not None else None
        self.undo_stack.push(EditCommand(self._context, edit))
        self._select_after = None

    def _reload(self) -> None:
        if self._event is not None:
            self._context.changed(Changed.reload(self._event.id))

    def set_value(self, row: int, field: str, value) -> None:
        day = self._shown_day()
        if day is None:
            return
        try:
            edit = value_edit(day, row, field, value)
        except ValueError:
            return
        self._push(edit, [row])

    def move_up(self) -> None:
        self.move_selected(-1)

    def move_down(self) -> None:
        self.move_selected(1)

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not self._writable or not rows:
            return
        order = moved_rows(self.model.rowCount(), rows, step)
        if order == list(range(self.model.rowCount())):
            return
        self._reorder(order, rows, step)

    def _order_dropped(self, order: list[int], moving: list[int]) -> None:
        self._reorder(order, moving, 0)

    def _reorder(self, order: list[int], moving: list[int], step: int) -> None:
        day = self._shown_day()
        if day is None:
            return
        try:
            edit = order_edit(day, order, moving, step)
        except ValueError:
            self._reload()
            return
        self._push(edit, sorted(order.index(r) for r in moving))

    def add_item(self) -> None:
        day = self._shown_day()
        if day is None:
            return
        rows = self.selected_rows()
        at = rows[-1] + 1 if rows else len(day.items)
        at = min(at, len(day.items))
        item = AgendaItemRecord(tr(NEW_TITLE), NEW_MINUTES, AgendaItemKind.SESSION)
        self._push(add_item_edit(day, item, at), [at])
        self.table.setFocus()

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        day = self._shown_day()
        if not rows or day is None:
            return
        items = [day.items[r] for r in rows]
        if len(items) == 1:
            question = tr("Remove “{title}” from the agenda? (Edit ▸ Undo brings it back.)").format(
                title=items[0].title
            )
        else:
            question = tr(
                "Remove these %n items from the agenda? (Edit ▸ Undo brings it back.)", "",
                len(items),
            )  # fmt: skip
        answer = QMessageBox.question(
            self,
            tr("Remove from the agenda"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        left = len(day.items) - len(rows)
        select = [min(rows[0], left - 1)] if left else []
        self._push(remove_edit(day, rows), select)

    def fit_to_slot(self) -> None:
        day = self._shown_day()
        if day is None or self._event is None:
            return
        try:
            durations = fit_to_slot(day, self._event.timezone)
        except UserError as exc:
            QMessageBox.warning(self, tr("Fit to slot"), str(exc))
            return
        edit = durations_edit(day, durations)
        if edit is None:
            emit(self.message, tr("The day already fits its slot."))
            return
        self._push(edit, self.selected_rows())

    def edit_speakers(self) -> None:
        rows = self.selected_rows()
        day = self._shown_day()
        if len(rows) != 1 or day is None or self._event is None:
            return
        item = day.items[rows[0]]
        answer = pick_speakers(self, self._event, item)
        if answer is None:
            return
        speakers, chair = answer
        try:
            edit = speakers_edit(self._event, day, rows[0], speakers, chair)
        except ValueError as exc:
            QMessageBox.warning(self, tr("Set speakers"), str(exc))
            return
        self._push(edit, rows)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COLUMN_SPEAKERS:
            self.edit_speakers()

    def _slot_edited(self) -> None:
        if not self._writable or self.model.day is None:
            return
        try:
            start = parse_clock(self.slot_start_edit.text())
            end = parse_clock(self.slot_end_edit.text())
        except ValueError:
            emit(self.message, tr("Type the slot's times as HH:MM, e.g. 09:30."))
            return
        self.set_slot(start, end)

    def set_slot(self, start: time | None, end: time | None) -> None:
        day = self._shown_day()
        if day is None:
            return
        self._push(slot_edit(day, start, end))

    def add_day(self) -> None:
        if self._event is None or self._event.id is None or not self._writable:
            return
        day = next_day(self._event)
        if day is None:
            emit(self.message, tr("Every date of the event already has a day in the programme."))
            return
        self._push(day_edit(self._event, day))
