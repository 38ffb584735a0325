"""Picking people from the directory to add to an event.

The same table and filter as the People view (quick at 50,000 people too), minus those
already in the event; several can be chosen at once (Ctrl/Shift+click) and given one role,
delegation and attendance, which is how organisers add a delegation at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.local_dates import number
from roundtable.domain.records import PersonSummary
from roundtable.gui.common.choice_delegate import combo_value
from roundtable.gui.people.people_model import (
    COLUMN_EMAIL,
    PERSON_ID_ROLE,
    PeopleFilterModel,
    PeopleModel,
)
from roundtable.gui.people.people_table import PeopleTable
from roundtable.store.people import Directory
from roundtable.wording import tr


@dataclass
class PickedPeople:
    person_ids: list[int]
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    delegation: str = ""
    attendance: Attendance = Attendance.INVITED


class PersonPickerDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        people: Directory | list[PersonSummary],
        exclude: set[int],
        delegations: list[str],
        event_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Add participants — {event}").format(event=event_title)
            if event_title
            else tr("Add people")
        )
        self.model = PeopleModel(self)
        if isinstance(people, Directory):
            self.model.set_directory(people)
        else:
            self.model.set_people(people)
        self.proxy = PeopleFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_excluded(exclude)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Type to find people by name (any script), "
                                               "affiliation, email…"))  # fmt: skip
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filter people"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)

        self.table = PeopleTable(self.proxy)
        self.table.setAccessibleName(tr("Directory"))
        self.table.hideColumn(COLUMN_EMAIL)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(self._double_clicked)

        self.role_combo = QComboBox()
        for role in ParticipantRole:
            self.role_combo.addItem(role.label, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(ParticipantRole.PARTICIPANT))
        self.delegation_combo = QComboBox()
        self.delegation_combo.setEditable(True)
        self.delegation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegation_combo.addItem("", "")
        for name in delegations:
            self.delegation_combo.addItem(name, name)
        delegation_line = self.delegation_combo.lineEdit()
        assert delegation_line is not None  # editable, so it has one
        delegation_line.setPlaceholderText(tr("None — pick or type one"))
        self.delegation_combo.setMinimumContentsLength(22)
        self.role_combo.setMinimumContentsLength(22)
        self.attendance_combo = QComboBox()
        for attendance in Attendance:
            self.attendance_combo.addItem(attendance.label, attendance)
        form = QFormLayout()
        form.addRow(tr("As &role:"), self.role_combo)
        form.addRow(tr("In &delegation:"), self.delegation_combo)
        form.addRow(tr("&Attendance:"), self.attendance_combo)

        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addLayout(form)
        bottom.addStretch(1)
        bottom.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._update()
        self.filter_edit.setFocus()

    def _double_clicked(self, _index) -> None:
        self.accept()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update()

    def eventFilter(self, watched, event) -> bool:
        """Down in the filter box moves to the list, so the keyboard alone picks people."""
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(0)
        return [r.data(PERSON_ID_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def _update(self, *_args) -> None:
        count = len(self.selected_ids())
        self.ok_button.setEnabled(count > 0)
        self.ok_button.setText(tr("Add") if count == 0 else tr("Add %n people", "", count))
        # {count} with n rather than %n, to keep the thousands separator ("5,000").
        shown = self.proxy.rowCount()
        self.status.setText(
            tr("{count} in the directory and not yet in the event", "", shown).format(
                count=number(shown)
            )
            if not self.proxy.filter_text
            else tr("{count} found", "", shown).format(count=number(shown))
        )

    def picked(self) -> PickedPeople:
        delegation = combo_value(self.delegation_combo)
        return PickedPeople(
            person_ids=self.selected_ids(),
            role=ParticipantRole(self.role_combo.currentData()),
            delegation=" ".join(str(delegation or "").split()),
            attendance=Attendance(self.attendance_combo.currentData()),
        )

    def accept(self) -> None:
        if self.selected_ids():
            super().accept()


def get_people(
    parent: QWidget | None,
    store,
    exclude: set[int],
    delegations: list[str],
    event_title: str = "",
) -> tuple[PickedPeople | None, bool]:
    """Let the user choose people not in ``exclude``; (choice, True) on OK, (None, False) else."""
    dialog = PersonPickerDialog(parent, store.list_directory(), exclude, delegations, event_title)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.picked() if accepted else None, accepted)
