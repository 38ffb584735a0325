"""The Log tab: the selected event's journal and change history, its minutes, and planned
against actual once the session has been run with the timer.

Journal: a quick-entry line at the top (type, Ctrl+Return), the entries and the changes in one
time line with filters and a search box, and a details pane with the selected entry in full
and its earlier versions. Entries are added and edited, never deleted: each is an undo command
on the window's stack (``log_commands``), and undoing an add is the only way one goes.

Minutes (``log_minutes``): the event's minutes (stored as its summary), saved as one undo step.

Planned vs actual: the timer's report (``planned_actual_view``), built the first time it is
looked at and refreshed whenever the log changes.

Below the journal, "Print log…" opens the print dialog and "Export log…" saves the whole log as
a PDF, a CSV or a Markdown file (the command line's ``roundtable export log``), remembering the
folder as the other exports do.

Like the other event tabs, the view fills itself only while shown, gets the window's command
context, undo stack and settings, and after every command the window hands the event back
through ``set_event``, upon which the view re-reads the log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import ChangeArea, LogCategory
from roundtable.domain.local_dates import short_date_time
from roundtable.domain.log import EventLog, LogEntryRecord
from roundtable.domain.parts import Part
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common import export_dialogs, preferences_dialog
from roundtable.gui.common.fills_when_shown import FillsWhenShown
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.own_keys import OwnKeys
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed, CommandContext
from roundtable.gui.log import log_entry_dialog
from roundtable.gui.log.log_commands import AddLogEntryCommand, EditLogEntryCommand
from roundtable.gui.log.log_details import row_html
from roundtable.gui.log.log_minutes import MinutesPanel
from roundtable.gui.log.log_model import (
    COLUMN_AUTHOR,
    COLUMN_CATEGORY,
    COLUMN_ITEM,
    COLUMN_PEOPLE,
    COLUMN_TEXT,
    COLUMN_TIME,
    ROW_CHANGE,
    ROW_ENTRY,
    ROW_ROLE,
    SHOW_BOTH,
    SHOW_CHANGES,
    SHOW_JOURNAL,
    LogFilterModel,
    LogModel,
    LogRow,
    changes_text,
    event_zone,
    person_names,
)
from roundtable.gui.printing.paper_options import initial_paper
from roundtable.wording import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from roundtable.gui.log.planned_actual_view import PlannedActualView
    from roundtable.store.facade import Store

PAGE_JOURNAL, PAGE_MINUTES, PAGE_PLANNED = range(3)
NO_DELETE = QT_TR_NOOP(
    "Log entries are never deleted: edit the entry instead (its earlier text is kept)."
)
"""In English, as are the texts below; shown through ``tr()``."""
NO_EDIT_CHANGE = QT_TR_NOOP(
    "The change history is kept as Roundtable recorded it; it cannot be edited."
)
QUICK_PLACEHOLDER = QT_TR_NOOP("Quick entry: type what happened and press Ctrl+Return")


# -- used by the window too: adding an entry from anywhere, running the session ---------------


def ask_name_first(parent: QWidget | None, store: Store, settings: QSettings) -> None:
    """The first entry without a name set: ask once for the name it will carry (not when the
    system knows the user's full name: see ``preferences_dialog.should_ask_name``)."""
    if preferences_dialog.should_ask_name(settings):
        preferences_dialog.ask_name_once(parent, settings)
        preferences_dialog.apply_author(store, settings)


def add_entry_with_dialog(
    parent: QWidget | None,
    context: CommandContext,
    undo_stack: QUndoStack,
    settings: QSettings,
    event: EventRecord,
    *,
    text: str = "",
    category: LogCategory | None = None,
) -> int | None:
    """The "Add entry…" dialog for ``event``, then one undo command; the new entry's id, or
    None when cancelled or refused. The window's Ctrl+J uses this from any tab or mode."""
    if event.id is None:
        return None
    ask_name_first(parent, context.store, settings)
    record, accepted = log_entry_dialog.get_log_entry(
        parent, event, now=context.store.now(), text=text, category=category
    )
    if not accepted or record is None:
        return None
    command = AddLogEntryCommand(context, event.id, record)
    undo_stack.push(command)
    return command.entry_id


def run_session(
    parent: QWidget | None,
    store: Store,
    settings: QSettings,
    event_id: int,
    on_written: Callable[[], None],
):
    """Open the moderator's timer on ``event_id``; ``on_written`` runs each time it writes
    timings into the log, so the Log tab and planned against actual follow the session. A timer
    already open on the event is brought to the front instead (and is connected already)."""
    from roundtable.gui.log import timer_window  # loaded when first asked for, not at start

    already = timer_window.open_timer_on(store, event_id)
    window = timer_window.open_timer(parent, store, settings, event_id)
    if window is not None and window is not already:
        window.entries_written.connect(lambda *_args: on_written())
    return window


# -- widgets --------------------------------------------------------------------------------


class QuickEntryEdit(QLineEdit):
    """A line that adds its text as an entry on Return or Ctrl+Return: it keeps those keys
    from the window (whose Return edits the event) and Escape clears it."""

    submitted = Signal()

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._KEYS:
            emit(self.submitted)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class LogTable(OwnKeys, QTableView):
    """Return and F2 edit the selected entry; Delete only explains that entries stay (the
    window's Return and Delete act on the event, which must not happen from here)."""

    key_action = Signal(str)

    _OWN_KEYS = {Qt.Key.Key_Return: "edit", Qt.Key.Key_Enter: "edit", Qt.Key.Key_F2: "edit",
                 Qt.Key.Key_Delete: "delete"}  # fmt: skip


# -- the tab --------------------------------------------------------------------------------


class LogView(FillsWhenShown, QWidget):
    DEPENDS = frozenset({Part.LOG, Part.PARTICIPANTS, Part.AGENDA, Part.EVENT})

    message = Signal(str)

    def __init__(
        self, context: CommandContext, undo_stack: QUndoStack, settings: QSettings, parent=None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.undo_stack = undo_stack
        self._settings = settings
        self._event: EventRecord | None = None
        self._log: EventLog | None = None
        self._writable = True
        self._select_after: tuple[str, int | None] | None = None
        self._planned_stale = True
        self.planned_view: PlannedActualView | None = None  # made when its page is first shown
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = LogModel(self)
        self.proxy = LogFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.empty_label = QLabel(tr("Select an event to see its log."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.pages = QTabWidget()
        self.pages.setObjectName("log_pages")
        self.pages.addTab(self._build_journal(), tr("&Journal"))
        self.minutes = MinutesPanel(self._context, self.undo_stack, self._settings)
        self.minutes.message.connect(self._relay_message)
        self.pages.addTab(self.minutes, tr("&Minutes"))
        self.planned_host = QWidget()
        self._planned_layout = QVBoxLayout(self.planned_host)
        self._planned_layout.setContentsMargins(6, 6, 6, 6)
        self.pages.addTab(self.planned_host, tr("Planned vs a&ctual"))
        self.pages.currentChanged.connect(self._page_changed)

        self.run_button = QPushButton(tr("R&un session…"))
        self.run_button.setToolTip(
            tr(
                "Open the moderator's timer for this event (F5): it records when each item and "
                "speaker actually started and ended"
            )
        )
        self.run_button.clicked.connect(self.run_session)
        self.pages.setCornerWidget(self.run_button, Qt.Corner.TopRightCorner)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.pages)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._update_buttons()

    def _build_journal(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)

        quick = QHBoxLayout()
        self.quick_category = QComboBox()
        self.quick_category.setAccessibleName(tr("Category of the quick entry"))
        for member in LogCategory:
            self.quick_category.addItem(member.label, member.value)
        self.quick_edit = QuickEntryEdit()
        self.quick_edit.setObjectName("quick_entry")
        self.quick_edit.setAccessibleName(tr("Quick entry"))
        self.quick_edit.setPlaceholderText(tr(QUICK_PLACEHOLDER))
        self.quick_edit.setClearButtonEnabled(True)
        self.quick_edit.submitted.connect(self.add_quick_entry)
        self.quick_edit.textChanged.connect(self._update_buttons)
        self.quick_add_button = QPushButton(tr("Add"))
        self.quick_add_button.setToolTip(tr("Add the line as an entry, timed now (Ctrl+Return)"))
        self.quick_add_button.clicked.connect(self.add_quick_entry)
        self.add_button = QPushButton(tr("Add entr&y…"))
        self.add_button.setToolTip(
            tr("Write an entry with its time, agenda item and people (Ctrl+J from anywhere)")
        )
        self.add_button.clicked.connect(self.add_entry)
        quick.addWidget(self.quick_category)
        quick.addWidget(self.quick_edit, 1)
        quick.addWidget(self.quick_add_button)
        quick.addWidget(self.add_button)
        layout.addLayout(quick)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Show:")))
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(tr("Show"))
        for text, value in ((tr("Journal and changes"), SHOW_BOTH),
                            (tr("Journal only"), SHOW_JOURNAL),
                            (tr("Changes only"), SHOW_CHANGES)):  # fmt: skip
            self.show_combo.addItem(text, value)
        self.show_combo.currentIndexChanged.connect(self._filters_changed)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(tr("Category"))
        self.category_combo.addItem(tr("All categories"), None)
        for member in LogCategory:
            self.category_combo.addItem(member.label, member.value)
        self.category_combo.currentIndexChanged.connect(self._filters_changed)
        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(tr("Area of changes"))
        self.area_combo.addItem(tr("All changes"), None)
        for area in ChangeArea:
            self.area_combo.addItem(changes_text(area), area.value)
        self.area_combo.currentIndexChanged.connect(self._filters_changed)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("log_search")
        self.search_edit.setAccessibleName(tr("Search the log"))
        self.search_edit.setPlaceholderText(tr("Search text, people, agenda items…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("log_count")
        filters.addWidget(self.show_combo)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.area_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.table = LogTable()
        self.table.setObjectName("log_table")
        self.table.setAccessibleName(tr("Event log"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (COLUMN_TIME, COLUMN_CATEGORY, COLUMN_ITEM, COLUMN_PEOPLE, COLUMN_AUTHOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Widths from the font; the text takes what is left (it is what the log is for).
        longest_time = short_date_time(datetime(2017, 3, 15, 9, 4)) + "–09:36"
        for column, sample in ((COLUMN_TIME, longest_time),
                               (COLUMN_CATEGORY, tr("Participants change")),
                               (COLUMN_ITEM, "Opening remarks an"),
                               (COLUMN_PEOPLE, "Andrey Kortunov"),
                               (COLUMN_AUTHOR, "NCAFP rapporteur")):  # fmt: skip
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setMinimumSectionSize(metrics.horizontalAdvance(tr("Time")) + 16)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.key_action.connect(self._table_key)

        self.details = QTextBrowser()
        self.details.setObjectName("log_details")
        self.details.setAccessibleName(tr("Entry details"))
        self.details.setOpenLinks(False)

        # The details go below the list, not beside it: the list needs the width for its
        # text, and an entry with earlier versions reads best as a page, full width.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.details.setMinimumHeight(4 * metrics.height())
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("Ed&it entry…"))
        self.edit_button.setToolTip(
            tr("Change the selected entry (Return); its earlier text is kept")
        )
        self.edit_button.clicked.connect(self.edit_entry)
        buttons.addWidget(self.edit_button)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("log_hint")
        buttons.addWidget(self.hint_label, 1)
        self.print_log_button = QPushButton(tr("Print lo&g…"))
        self.print_log_button.setToolTip(
            tr("See the log's pages, then save them as a PDF or print them")
        )
        self.print_log_button.clicked.connect(self.print_log)
        buttons.addWidget(self.print_log_button)
        self.export_log_button = QPushButton(tr("E&xport log…"))
        self.export_log_button.setToolTip(
            tr("Save the whole log as a PDF, a CSV for a spreadsheet or a Markdown file")
        )
        self.export_log_button.clicked.connect(self.export_log)
        buttons.addWidget(self.export_log_button)
        layout.addLayout(buttons)
        return page

    def save_layout(self) -> None:
        pass

    # -- showing ----------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._context.store

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    @property
    def log(self) -> EventLog | None:
        return self._log

    def set_event(self, event: EventRecord | None) -> None:
        """As for every tab; first, unsaved minutes of the event being left are dealt with,
        shown or not (the user may have typed them and moved to another tab)."""
        self.minutes.before_switch(event)
        super().set_event(event)

    def refresh_log(self) -> None:
        """Re-read the log (the timer wrote into it): now if shown, else when next shown."""
        current = self._pending if self._has_pending else self._event
        super().set_event(current)

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.quick_edit.setReadOnly(not writable)
        self.minutes.set_writable(writable)
        self._update_buttons()

    def _show(self, event: EventRecord | None) -> None:
        self._event = event
        self._log = None
        if event is not None and event.id is not None:
            try:
                self._log = self.store.event_log(event.id)
            except UserError as exc:
                emit(self.message, sentence(str(exc)))
        self.stack.setCurrentWidget(self.pages if event is not None else self.empty_label)
        keep = self._select_after or self.current_key()
        self._select_after = None
        self.model.set_log(event, self._log, self._extra_names(event, self._log))
        self.select_key(keep)
        self._show_details()
        self._update_count()
        self.minutes.show_event(event)
        self._planned_stale = True
        if self.pages.currentIndex() == PAGE_PLANNED:
            self._refresh_planned()
        self._update_buttons()

    def _extra_names(self, event: EventRecord | None, log: EventLog | None) -> dict[int, str]:
        """Names of people entries point at who are not (or no longer) participants."""
        if event is None or log is None:
            return {}
        known = person_names(event)
        extra: dict[int, str] = {}
        for entry in log.entries:
            for person_id in entry.person_ids:
                if person_id in known or person_id in extra:
                    continue
                try:
                    from roundtable.domain.names import full_name

                    extra[person_id] = full_name(self.store.get_person(person_id))
                except UserError:
                    extra[person_id] = ""
        return {k: v for k, v in extra.items() if v}

    def _page_changed(self, index: int) -> None:
        if index == PAGE_PLANNED:
            self._refresh_planned()

    def _refresh_planned(self) -> None:
        """Build the page on first sight, then show the report for the log as loaded."""
        if self.planned_view is None:
            from roundtable.gui.log.planned_actual_view import PlannedActualView

            self.planned_view = PlannedActualView()
            self.planned_view.setObjectName("planned_actual")
            self._planned_layout.addWidget(self.planned_view)
        if not self._planned_stale:
            return
        from roundtable.services.planned_actual import planned_vs_actual

        event, log = self._event, self._log
        report = None
        if event is not None and log is not None:
            try:
                report = planned_vs_actual(event, log.entries)
            except (UserError, ValueError, KeyError) as exc:  # KeyError: an unknown zone
                emit(self.message, sentence(str(exc)))
        self.planned_view.show_report(event, report)
        self._planned_stale = False

    # -- selection --------------------------------------------------------------------------

    def current_row(self) -> LogRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.data(ROW_ROLE)

    def current_key(self) -> tuple[str, int | None] | None:
        row = self.current_row()
        return row.key if row is not None else None

    def select_key(self, key: tuple[str, int | None] | None) -> bool:
        """Select the row of ``key`` ((kind, id)) if it is shown; clear the selection if not."""
        selection = self.table.selectionModel()
        source_row = self.model.row_of(key) if key is not None else -1
        index = self.proxy.mapFromSource(self.model.index(source_row, COLUMN_TEXT))
        if not index.isValid():
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            self._show_details()
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._show_details()
        return True

    def select_entry(self, entry_id: int | None) -> bool:
        return self.select_key((ROW_ENTRY, entry_id))

    def visible_rows(self) -> list[LogRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _current_changed(self, *_args) -> None:
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.details.setHtml(row_html(self.current_row(), event_zone(self._event), muted))

    def _update_count(self) -> None:
        rows = self.model.rows
        entries = sum(1 for r in rows if r.kind == ROW_ENTRY)
        changes = len(rows) - entries
        text = tr("%n entries", "", entries) + " · " + tr("%n changes", "", changes)
        if self.proxy.filtering:
            text = tr("{shown} of %n shown", "", len(rows)).format(shown=self.proxy.rowCount())
        if self.count_label.text() != text:
            self.count_label.setText(text)

    def _update_buttons(self, *_args) -> None:
        has_event = self._event is not None and self._event.id is not None
        can_write = self._writable and has_event
        row = self.current_row()
        self.quick_edit.setEnabled(has_event)
        self.quick_category.setEnabled(can_write)
        self.quick_add_button.setEnabled(can_write and bool(self.quick_edit.text().strip()))
        self.add_button.setEnabled(can_write)
        self.edit_button.setEnabled(can_write and row is not None and row.kind == ROW_ENTRY)
        self.print_log_button.setEnabled(has_event)
        self.export_log_button.setEnabled(has_event)
        self.run_button.setEnabled(can_write)
        show = self.proxy.show
        self.category_combo.setEnabled(show != SHOW_CHANGES)
        self.area_combo.setEnabled(show != SHOW_JOURNAL)
        if row is not None and row.kind == ROW_CHANGE:
            hint = tr("Changes are recorded by Roundtable and cannot be edited.")
        elif not self._writable and has_event:
            hint = tr("Read-only: the log can be looked at and printed here, not changed.")
        else:
            hint = ""
        if self.hint_label.text() != hint:
            self.hint_label.setText(hint)

    # -- filters ----------------------------------------------------------------------------

    def _filters_changed(self, *_args) -> None:
        keep = self.current_key()
        self.proxy.set_show(self.show_combo.currentData())
        category, area = self.category_combo.currentData(), self.area_combo.currentData()
        self.proxy.set_category(LogCategory(category) if category else None)
        self.proxy.set_area(ChangeArea(area) if area else None)
        self.select_key(keep)
        self._update_count()
        self._update_buttons()

    def _search_changed(self, text: str) -> None:
        keep = self.current_key()
        self.proxy.set_search(text)
        self.select_key(keep)
        self._update_count()
        self._update_buttons()

    def set_filters(
        self,
        show: str = SHOW_BOTH,
        category: LogCategory | None = None,
        area: ChangeArea | None = None,
        search: str = "",
    ) -> None:
        """For tests and screenshots: the same as choosing in the combo boxes."""
        self.show_combo.setCurrentIndex(self.show_combo.findData(show))
        self.category_combo.setCurrentIndex(
            max(self.category_combo.findData(category.value if category else None), 0)
        )
        self.area_combo.setCurrentIndex(
            max(self.area_combo.findData(area.value if area else None), 0)
        )
        self.search_edit.setText(search)

    # -- changes ----------------------------------------------------------------------------

    def quick_category_value(self) -> LogCategory:
        """The quick line's category (combo boxes hold the enum's value: Qt keeps a StrEnum
        as a plain string)."""
        return LogCategory(self.quick_category.currentData() or LogCategory.NOTE.value)

    def add_quick_entry(self) -> int | None:
        """The quick line as an entry timed now, with the chosen category."""
        text = self.quick_edit.text().strip()
        event = self._event
        if not text or not self._writable or event is None or event.id is None:
            return None
        ask_name_first(self, self.store, self._settings)
        record = LogEntryRecord(
            at=self.store.now(), text=text, category=self.quick_category_value()
        )
        command = AddLogEntryCommand(self._context, event.id, record)
        self._select_after = None
        self.undo_stack.push(command)
        if command.entry_id is None:
            return None
        self.quick_edit.clear()
        self.quick_category.setCurrentIndex(0)
        self.show_added(command.entry_id)
        return command.entry_id

    def add_entry(self) -> int | None:
        """The "Add entry…" dialog, starting from what the quick line holds."""
        event = self._event
        if not self._writable or event is None:
            return None
        entry_id = add_entry_with_dialog(
            self, self._context, self.undo_stack, self._settings, event,
            text=self.quick_edit.text().strip(), category=self.quick_category_value(),
        )  # fmt: skip
        if entry_id is not None:
            self.quick_edit.clear()
            self.quick_category.setCurrentIndex(0)
            self.show_added(entry_id)
        return entry_id

    def show_added(self, entry_id: int) -> None:
        """Select the new entry; if the filters hide it, say so rather than clear them."""
        if not self.isVisible():
            self._select_after = (ROW_ENTRY, entry_id)
            return
        if not self.select_entry(entry_id):
            emit(self.message, tr("Entry added; the filters hide it."))

    def edit_entry(self) -> bool:
        """The selected entry in the dialog; saving keeps its earlier text as a revision."""
        row = self.current_row()
        event = self._event
        if row is None or event is None or event.id is None:
            return False
        if row.entry is None:
            emit(self.message, tr(NO_EDIT_CHANGE))
            return False
        if not self._writable or row.entry.id is None:
            return False
        try:
            before = self.store.log_entry(row.entry.id)
        except UserError as exc:
            QMessageBox.warning(self, tr("Edit log entry"), sentence(str(exc)))
            self._context.changed(Changed.reload(event.id))
            return False
        after, accepted = log_entry_dialog.get_log_entry(
            self, event, before, now=self.store.now(),
            extra_names=self._extra_names(event, self._log),
        )  # fmt: skip
        if not accepted or after is None or after == before:
            return False
        self._select_after = (ROW_ENTRY, before.id)
        self.undo_stack.push(EditLogEntryCommand(self._context, event.id, before, after))
        return True

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_entry()

    def _table_key(self, action: str) -> None:
        if action == "delete":
            emit(self.message, tr(NO_DELETE))
        elif action == "edit":
            self.edit_entry()

    def _relay_message(self, text: str) -> None:
        emit(self.message, text)

    # -- printing and the timer -------------------------------------------------------------

    def print_log(self) -> str | None:
        """The print dialog on the log (kind "log"), as stored now."""
        if self._event is None or self._event.id is None:
            return None
        from roundtable.gui.printing import printables

        done = printables.print_event(self, self.store, self._settings, self._event.id, "log")
        if done:
            emit(self.message, done)
        return done

    def export_log(self) -> str | None:
        """The log as stored now saved as a PDF, a CSV or a Markdown file, by the name's suffix
        (the type chosen gives a name without one its suffix); the path written, or None. A
        refusal is a dialog and leaves no file."""
        event = self._event
        if event is None or event.id is None:
            return None
        from roundtable.gui.printing.log_print import LOG, LOG_FILE_FILTERS, write_log_file
        from roundtable.gui.printing.pdf_worker import reason
        from roundtable.gui.printing.print_kinds import suggested_file_name

        folder = last_folder(self._settings)
        path = export_dialogs.save_path(
            self, tr("Export the log"), folder / suggested_file_name(event, LOG), LOG_FILE_FILTERS
        )
        if not path:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            stored = self.store.get_event(event.id)
            paper = initial_paper(self._settings, LOG.key, stored)
            write_log_file(stored, self.store.event_log(event.id), path, paper)
        except (UserError, OSError) as exc:
            failure: BaseException | None = exc
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            QMessageBox.warning(self, tr("Export log"), reason(failure))
            return None
        remember_folder(self._settings, path)
        emit(
            self.message,
            tr("Exported the log of “{title}” to {path}").format(title=stored.title, path=path),
        )
        return path

    def run_session(self):
        """Open the timer on the event shown; its timings appear here as they are written."""
        if not self._writable or self._event is None or self._event.id is None:
            return None
        return run_session(self, self.store, self._settings, self._event.id, self.refresh_log)

    def save_pending_minutes(self) -> bool:
        return self.minutes.save_pending()
