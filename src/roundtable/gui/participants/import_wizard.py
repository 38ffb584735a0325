"""Importing a participant list (CSV or XLSX) into an event: file, columns, preview.

The three pages follow the import service: ``read_table`` reads the file, the mapping page
shows each column with the field it feeds (pre-filled by ``guess_mapping``; the user corrects
it), and the preview runs ``plan_import`` and shows what every row will become: the person, who
in the directory they match, role, delegation, and any problem, highlighted. Nothing is saved
here; the wizard hands back the plan, and an undo command applies it, all or nothing. The Import
button stays disabled while any row has a problem, and the per-row report says what to fix.

A CSV's encoding is guessed (``text_encoding``); the mapping page, where the file's text is
first seen, names it in a choice, and choosing another reads the file again in it (a Russian
list read as Western European shows its headers as "Ôàìèëèÿ" there). The preview's report
names it too. The mapping page also says how a full-name column is written (family name first,
or given name first, or recognised from the script), as ``--full-name-order`` does.

A row that is not an exact match but possibly someone in the directory under another spelling
("Andrei Kortunov" for "Andrey Kortunov") is a problem until the user chooses, in its Match
cell, the existing person or a new one. No default is taken: merging two people by mistake
is far harder to see and undo than one more click, so the Import button waits for the choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.choice_delegate import CHOICES_ROLE, ChoiceDelegate
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.signals import emit
from roundtable.wording import QT_TR_NOOP, full_stop, listing, tr

if TYPE_CHECKING:  # imported when the wizard reads a file, not when the app starts
    from roundtable.services.participant_import import ImportPlan
    from roundtable.services.table_rows import Table

SAMPLES = 3

# How a full-name column is written: (FullNameOrder value, label).
FULL_NAME_ORDERS = (
    ("auto", QT_TR_NOOP("Recognised from the script")),
    ("given-first", QT_TR_NOOP("Given name first")),
    ("family-first", QT_TR_NOOP("Family name first")),
)


def file_filter() -> str:
    return (
        tr("Participant lists") + " (*.csv *.tsv *.txt *.xlsx *.xlsm);;" + tr("All files") + " (*)"
    )


def _error_text(message: object) -> str:
    return f"<span style='color:#a11d1d'>{sentence(message)}</span>"


FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Mapping rows: the field name the column feeds ("ignore" for none)."""
ROW_PLAN_ROLE = Qt.ItemDataRole.UserRole + 2
"""Preview rows: the ``RowPlan``."""
HAS_PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 3
"""Preview rows: True when the row stops the import."""

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CHOICES = int(CHOICES_ROLE)

PROBLEM_BACKGROUND = QColor("#fde2e1")
PROBLEM_TEXT = QColor("#8a1c1c")
MUTED = QColor(128, 128, 128)


# -- mapping ----------------------------------------------------------------------------------


MAPPING_COLUMNS = (QT_TR_NOOP("Column"), QT_TR_NOOP("Examples"), QT_TR_NOOP("Imported as"))
MAP_COLUMN_HEADER, MAP_COLUMN_EXAMPLES, MAP_COLUMN_FIELD = range(3)


class MappingModel(QAbstractTableModel):
    """One row per column of the file; the third column chooses the field it feeds."""

    mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from roundtable.services.column_mapping import FIELDS, IGNORE, field_label

        self._ignore = IGNORE
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._fields: list[str] = []
        self._choices = [(field_label(IGNORE), IGNORE)] + [(field_label(f), f) for f in FIELDS]
        self._labels = dict((value, label) for label, value in self._choices)

    def set_table(self, headers: list[str], rows: list[list[str]], mapping: dict[int, str]):
        examples = []
        for column in range(len(headers)):
            seen: list[str] = []
            for row in rows:
                value = row[column].strip() if column < len(row) else ""
                if value and value not in seen:
                    seen.append(value)
                if len(seen) == SAMPLES:
                    break
            examples.append(" · ".join(seen))
        self.beginResetModel()
        self._headers = list(headers)
        self._examples = examples
        self._fields = [mapping.get(c, self._ignore) for c in range(len(headers))]
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        return {c: f for c, f in enumerate(self._fields) if f != self._ignore}

    def ignored(self) -> list[str]:
        return [h for h, f in zip(self._headers, self._fields, strict=True) if f == self._ignore]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(MAPPING_COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == MAP_COLUMN_FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _DISPLAY and 0 <= section < len(MAPPING_COLUMNS):
            return tr(MAPPING_COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = self._fields[row]
        if role == _DISPLAY:
            if column == MAP_COLUMN_HEADER:
                return self._headers[row] or tr("(column {number})").format(number=row + 1)
            if column == MAP_COLUMN_EXAMPLES:
                return self._examples[row]
            return self._labels.get(field, field)
        if role == _EDIT and column == MAP_COLUMN_FIELD:
            return field
        if role == _CHOICES and column == MAP_COLUMN_FIELD:
            return self._choices
        if role == _FOREGROUND and field == self._ignore:
            return MUTED
        if role == _TOOLTIP and column == MAP_COLUMN_FIELD:
            return tr("Click to choose which participant field this column fills")
        if role == _TOOLTIP and column == MAP_COLUMN_EXAMPLES:
            return self._examples[row] or None
        if role == int(FIELD_ROLE):
            return field
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = _EDIT) -> bool:
        """A field feeds from one column: choosing it here takes it from the column that had it."""
        if not index.isValid() or index.column() != MAP_COLUMN_FIELD or role != _EDIT:
            return False
        field = str(value or self._ignore)
        if field not in self._labels:
            return False
        row = index.row()
        if self._fields[row] == field:
            return False
        if field != self._ignore:
            for other, held in enumerate(self._fields):
                if held == field and other != row:
                    self._fields[other] = self._ignore
                    changed = self.index(other, MAP_COLUMN_HEADER)
                    emit(self.dataChanged, changed, changed.siblingAtColumn(MAP_COLUMN_FIELD))
        self._fields[row] = field
        emit(self.dataChanged, self.index(row, MAP_COLUMN_HEADER), index)
        emit(self.mapping_changed)
        return True


# -- preview ----------------------------------------------------------------------------------


PREVIEW_COLUMNS = (
    QT_TR_NOOP("Line"), QT_TR_NOOP("Name"), QT_TR_NOOP("Own-script name"), QT_TR_NOOP("Match"),
    QT_TR_NOOP("Role"), QT_TR_NOOP("Delegation"), QT_TR_NOOP("Attendance"),
    QT_TR_NOOP("Problems and notes"),
)  # fmt: skip
(
    PREVIEW_LINE,
    PREVIEW_NAME,
    PREVIEW_NATIVE,
    PREVIEW_MATCH,
    PREVIEW_ROLE,
    PREVIEW_DELEGATION,
    PREVIEW_ATTENDANCE,
    PREVIEW_PROBLEMS,
) = range(len(PREVIEW_COLUMNS))
NEW_PERSON = "new"


def match_text(row) -> str:
    from roundtable.services.participant_import import summary_name

    if row.skip:
        return tr("skipped (already in the event)")
    if row.existing is not None:
        return tr("existing: {name}").format(name=summary_name(row.existing))
    if row.needs_choice and row.possible:
        if len(row.candidates) == 1:
            return tr("possibly the same person as {name}: choose…").format(
                name=summary_name(row.candidates[0])
            )
        return tr("possibly one of %n people: choose…", "", len(row.candidates))
    if row.needs_choice:
        return tr("choose one of %n…", "", len(row.candidates))
    return tr("new")


class PreviewModel(QAbstractTableModel):
    """What each row of the list becomes. A row that fits several people in the directory can
    be settled here (the Match cell is a choice) via ``choose_match``."""

    plan_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._plan = None
        self._rows: list = []

    @property
    def plan(self):
        return self._plan

    def set_plan(self, plan) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.rows) if plan is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == PREVIEW_MATCH and self._rows[index.row()].candidates:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _DISPLAY and 0 <= section < len(PREVIEW_COLUMNS):
            return tr(PREVIEW_COLUMNS[section])
        return None

    def _texts(self, row) -> tuple[str, ...]:
        person = row.person
        existing = row.existing
        name = full_name(person, honorific=True) or person.native_name
        if existing is not None and not name:
            name = f"{existing.given_name} {existing.family_name}".strip()
        messages = [*row.problems, *row.notes]
        return (
            str(row.line),
            name,
            person.native_name or (existing.native_name if existing else ""),
            match_text(row),
            row.role.label,
            row.delegation,
            row.attendance.label,
            "; ".join(messages),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        troubled = bool(row.problems) and not row.skip
        if role == _DISPLAY:
            return self._texts(row)[column]
        if role == _TOOLTIP:
            lines = [tr("Problem: {problem}").format(problem=p) for p in row.problems]
            lines += list(row.notes)
            return "\n".join(lines) or None
        if role == _BACKGROUND and troubled:
            return PROBLEM_BACKGROUND
        if role == _FOREGROUND:
            if troubled:
                return PROBLEM_TEXT
            if row.skip:
                return MUTED
        if role == _ALIGNMENT and column == PREVIEW_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _EDIT and column == PREVIEW_MATCH:
            return row.existing.id if row.existing is not None else NEW_PERSON
        if role == _CHOICES and column == PREVIEW_MATCH and row.candidates:
            from roundtable.services.participant_import import summary_name

            choices = [(tr("New person (not in the directory)"), NEW_PERSON)]
            for p in row.candidates:
                detail = p.email or p.affiliations
                name = summary_name(p) + (f" ({detail})" if detail else "")
                if row.possible:
                    name = tr("The existing {person}").format(person=name)
                choices.append((name, p.id))
            return choices
        if role == int(ROW_PLAN_ROLE):
            return row
        if role == int(HAS_PROBLEMS_ROLE):
            return troubled
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != PREVIEW_MATCH or role != _EDIT:
            return False
        row = self._rows[index.row()]
        if not row.candidates or self._plan is None:
            return False
        from roundtable.services.participant_import import choose_match

        person_id = None if value in (None, NEW_PERSON) else int(value)
        try:
            choose_match(self._plan, row.line, person_id)
        except UserError:
            return False
        emit(
            self.dataChanged,
            index.siblingAtColumn(0),
            index.siblingAtColumn(len(PREVIEW_COLUMNS) - 1),
        )
        emit(self.plan_changed)
        return True


# -- pages ------------------------------------------------------------------------------------


def _compact_rows(table: QTableView) -> None:
    """Rows as tight as in the other lists (a table's default height suits spin boxes)."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def _muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str, folder: str) -> None:
        super().__init__()
        self._wizard = wizard
        self._folder = folder
        self.setTitle(tr("Choose the list"))
        self.setSubTitle(
            tr(
                "A CSV or Excel (XLSX) file with one participant per row and a header row, "
                "e.g. a registration export from Indico, Eventbrite or a Google Form."
            )
        )
        self.path_edit = QLineEdit(path)
        self.path_edit.setPlaceholderText(tr("The file to import"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.sheet_combo = QComboBox()
        self.sheet_label = QLabel(tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("&File:"), row)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow("", self.status)
        self._path_changed(path)

    def browse(self) -> None:
        start = self.path_edit.text() or self._folder
        path, _ = QFileDialog.getOpenFileName(self, tr("Import participants"), start, file_filter())
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        self.status.clear()
        sheets: list[str] = []
        if text.strip().lower().endswith((".xlsx", ".xlsm")) and Path(text.strip()).is_file():
            from roundtable.services.table_read import list_sheets

            try:
                sheets = list_sheets(text.strip())
            except UserError as exc:
                self.status.setText(sentence(str(exc)))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        several = len(sheets) > 1
        self.sheet_combo.setVisible(several)
        self.sheet_label.setVisible(several)
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        """Read the file in the encoding it is recognised to be in (a new file forgets the
        previous one's chosen encoding); stay here, saying why, if it cannot be read."""
        path = self.path_edit.text().strip()
        sheet = self.sheet_combo.currentText() if self.sheet_combo.isVisible() else None
        self._wizard.path, self._wizard.sheet = path, sheet or None
        if not self._wizard.read(encoding=None):
            self.status.setText(_error_text(self._wizard.read_error))
            return False
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(
            tr(
                "Which participant field each column fills. Columns Roundtable recognised are "
                "filled in; click a field to change it, or choose Ignore to leave a column out."
            )
        )
        self.model = MappingModel(self)
        self.model.mapping_changed.connect(self._update_ignored)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Column mapping"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MAP_COLUMN_FIELD, ChoiceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        _compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MAP_COLUMN_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MAP_COLUMN_EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MAP_COLUMN_FIELD, QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        header.resizeSection(MAP_COLUMN_HEADER, metrics.horizontalAdvance("Registration state")
                             + 4 * metrics.averageCharWidth())  # fmt: skip
        header.resizeSection(MAP_COLUMN_FIELD, metrics.horizontalAdvance("Family name") * 2)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(tr("Text encoding"))
        self.encoding_combo.setToolTip(
            tr(
                "How the file's letters are stored. Roundtable recognises it; if names or "
                "headers look garbled, choose another and the file is read again."
            )
        )
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.encoding_label = QLabel(tr("Text &encoding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_note = _muted_label()
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_label)
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.encoding_note, 1)

        self.name_order_combo = QComboBox()
        for value, label in FULL_NAME_ORDERS:
            self.name_order_combo.addItem(tr(label), value)
        self.name_order_combo.setToolTip(
            tr(
                "How names in a single full-name column are written. Recognised: family name "
                "first for Chinese, Japanese and Korean script and for a Russian ФИО, given "
                "name first otherwise."
            )
        )
        self.role_combo = QComboBox()
        for role in ParticipantRole:
            self.role_combo.addItem(role.label, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(ParticipantRole.PARTICIPANT))
        self.attendance_combo = QComboBox()
        for attendance in Attendance:
            self.attendance_combo.addItem(attendance.label, attendance)
        defaults = QHBoxLayout()
        defaults.addWidget(QLabel(tr("Where the list gives none, role:")))
        defaults.addWidget(self.role_combo)
        defaults.addSpacing(12)
        defaults.addWidget(QLabel(tr("attendance:")))
        defaults.addWidget(self.attendance_combo)
        defaults.addStretch(1)
        name_order = QHBoxLayout()
        name_order_label = QLabel(tr("Full &names are written:"))
        name_order_label.setBuddy(self.name_order_combo)
        name_order.addWidget(name_order_label)
        name_order.addWidget(self.name_order_combo)
        name_order.addStretch(1)

        self.ignored_label = _muted_label()
        self.notes_label = _muted_label()
        layout = QVBoxLayout(self)
        layout.addLayout(encoding_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ignored_label)
        layout.addLayout(name_order)
        layout.addLayout(defaults)
        layout.addWidget(self.notes_label)

    def initializePage(self) -> None:
        self._show_table()

    def _show_table(self) -> None:
        from roundtable.services.column_mapping import guess_mapping

        table = self._wizard.table
        assert table is not None
        self.model.set_table(table.headers, table.rows, guess_mapping(table.headers))
        count = len(table.rows)
        self.setSubTitle(
            tr(
                "{source}: %n rows. Which participant field each column fills: recognised "
                "columns are filled in; click a field to change it, or choose Ignore to leave "
                "a column out.",
                "",
                count,
            ).format(source=table.source or tr("The list"))
        )
        self.notes_label.setText("\n".join(sentence(n) for n in table.notes))
        self.notes_label.setVisible(bool(table.notes))
        self._show_encoding(table.encoding)
        self._update_ignored()

    def _show_encoding(self, encoding: str) -> None:
        """The encoding choice, on the one the file was read in (hidden for a workbook)."""
        from roundtable.services.text_encoding import CHOICES, encoding_label

        combo = self.encoding_combo
        combo.clear()
        for name in (*CHOICES, encoding) if encoding not in CHOICES else CHOICES:
            combo.addItem(encoding_label(name), name)
        combo.setCurrentIndex(combo.findData(encoding))
        for widget in (combo, self.encoding_label, self.encoding_note):
            widget.setVisible(bool(encoding))
        if self._wizard.encoding:
            self.encoding_note.setText(tr("chosen by you"))
        else:
            self.encoding_note.setText(
                tr("recognised from the file; choose another if the text looks garbled")
            )

    def _encoding_chosen(self, index: int) -> None:
        """Read the file again in the chosen encoding; on failure say why and keep the
        table (and the choice) as they were."""
        chosen = self.encoding_combo.itemData(index)
        table = self._wizard.table
        if not chosen or table is None or chosen == table.encoding:
            return
        if self._wizard.read(encoding=chosen):
            self._show_table()
            return
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(table.encoding))
        self.notes_label.setText(_error_text(self._wizard.read_error))
        self.notes_label.setVisible(True)

    def _update_ignored(self) -> None:
        ignored = self.model.ignored()
        self.ignored_label.setText(
            tr("Ignored columns: {columns}").format(
                columns=", ".join(h or tr("(no header)") for h in ignored)
            )
            if ignored
            else tr("Every column is imported.")
        )

    def default_role(self) -> ParticipantRole:
        return ParticipantRole(self.role_combo.currentData())

    def default_attendance(self) -> Attendance:
        return Attendance(self.attendance_combo.currentData())

    def full_name_order(self) -> str:
        return str(self.name_order_combo.currentData())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Check before importing"))
        self.model = PreviewModel(self)
        self.model.plan_changed.connect(self._plan_changed)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Import preview"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PREVIEW_MATCH, ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (PREVIEW_LINE, "Line"),
            (PREVIEW_NAME, "Prof. Haruka Morita"),
            (PREVIEW_NATIVE, "Андрей Кортунов"),
            (PREVIEW_MATCH, "existing: Andrey Korty"),
            (PREVIEW_ROLE, "Opening speaker"),
            (PREVIEW_DELEGATION, "Russian delegation"),
            (PREVIEW_ATTENDANCE, "Confirmed"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample)
                                 + 2 * metrics.averageCharWidth())  # fmt: skip
        header.setMinimumSectionSize(metrics.horizontalAdvance("Line") + 12)
        _compact_rows(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Import report"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.recheck_button = QPushButton(tr("Check the file &again"))
        self.recheck_button.setToolTip(tr("Read the file again, e.g. after correcting it"))
        self.recheck_button.clicked.connect(self.recheck)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignTop)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Import"))

    def initializePage(self) -> None:
        self.plan_now()

    def plan_now(self) -> None:
        wizard = self._wizard
        from roundtable.services.participant_import import FullNameOrder, plan_import

        assert wizard.table is not None
        try:
            plan = plan_import(
                wizard.table,
                wizard.mapping_page.model.mapping(),
                wizard.target_event,
                wizard.people(),
                wizard.organisations(),
                default_role=wizard.mapping_page.default_role(),
                default_attendance=wizard.mapping_page.default_attendance(),
                full_name_order=FullNameOrder(wizard.mapping_page.full_name_order()),
                in_preview=True,
            )
        except UserError as exc:
            self.model.set_plan(None)
            wizard.plan = None
            self.summary.setText(_error_text(exc))
            self.report.clear()
            emit(self.completeChanged)
            return
        wizard.plan = plan
        self.model.set_plan(plan)
        self._plan_changed()

    def recheck(self) -> None:
        if not self._wizard.read(encoding=self._wizard.encoding):
            self.summary.setText(_error_text(self._wizard.read_error))
            return
        self.plan_now()

    def _plan_changed(self) -> None:
        from roundtable.services.participant_import import report_lines

        plan = self._wizard.plan
        if plan is None:
            return
        counts = plan.counts()
        parts = [
            tr("%n new people", "", counts["new"]),
            tr("%n already in the directory", "", counts["existing"]),
        ]
        if counts["skipped"]:
            parts.append(tr("%n skipped", "", counts["skipped"]))
        text = full_stop(listing(parts))
        if plan.encoding:
            from roundtable.services.text_encoding import encoding_label

            text += " " + tr("Read as {encoding}.").format(encoding=encoding_label(plan.encoding))
        if plan.ok:
            text = "<b>" + tr("Ready to import.") + "</b> " + text
        else:
            troubled = sum(1 for r in plan.rows if r.problems and not r.skip)
            problems = tr("%n problems to fix", "", troubled + len(plan.problems))
            choices = sum(1 for r in plan.rows if r.possible and r.needs_choice and not r.skip)
            advice = tr(
                "highlighted below and listed in the report. Nothing is imported until every "
                "row is right: correct the file and check again, or go back and change the "
                "columns."
            )
            if choices:
                advice += " " + tr(
                    "%n rows may be people already in the directory: choose in their Match "
                    "cell whether they are, or new people.",
                    "",
                    choices,
                )
            text = f"<span style='color:#a11d1d'><b>{problems}</b></span> — {advice} {text}"
        self.summary.setText(text)
        self.report.setPlainText("\n".join(report_lines(plan)))
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and plan.ok and any(not r.skip for r in plan.rows)


class ImportWizard(QWizard):
    def __init__(
        self,
        parent: QWidget | None,
        store,
        event: EventRecord,
        *,
        path: str = "",
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.target_event = event  # not .event: that is QObject.event(), a virtual
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.path = path
        self.sheet: str | None = None
        self.encoding: str | None = None  # the user's choice; None: the one recognised
        self.read_error = ""
        self._people = None
        self._organisations = None
        self.setWindowTitle(tr("Import participants — {title}").format(title=event.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.file_page = FilePage(self, path, folder or str(Path.home()))
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.addPage(self.preview_page)
        self.resize(1040, 660)

    def read(self, encoding: str | None = None) -> bool:
        """Read the chosen file (again), in ``encoding`` if given; False, with ``read_error``
        saying why, if it cannot be."""
        from roundtable.services.table_read import read_table

        try:
            table = read_table(self.path, self.sheet, encoding)
        except UserError as exc:
            self.read_error = str(exc)
            return False
        self.table, self.encoding, self.read_error = table, encoding, ""
        return True

    def people(self):
        """The directory, read once per wizard (it does not change while the wizard is open)."""
        if self._people is None:
            self._people = self._store.list_people()
        return self._people

    def organisations(self):
        if self._organisations is None:
            self._organisations = self._store.list_organisations()
        return self._organisations


def get_import_plan(
    parent: QWidget | None, store, event: EventRecord, *, path: str = "", folder: str = ""
):
    """Run the wizard; (checked ImportPlan, True) when the user clicked Import, else (None,
    False). The plan is applied by the caller's undo command."""
    wizard = ImportWizard(parent, store, event, path=path, folder=folder)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    plan = wizard.plan if accepted and wizard.plan is not None and wizard.plan.ok else None
    return (plan, plan is not None)
