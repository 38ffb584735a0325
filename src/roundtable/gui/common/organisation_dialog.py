"""A small dialog for a new organisation, opened from the event editor.

It only describes the organisation; the event editor adds it to the event and the store creates
it when the event is saved, so creating one is undone together with the edit that used it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import OrganisationKind
from roundtable.domain.records import OrganisationRecord
from roundtable.wording import tr


class OrganisationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        record: OrganisationRecord | None = None,
        taken_names: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Organisation") if record and record.id else tr("New organisation"))
        self._original = record or OrganisationRecord(name="")
        self._taken = {n.strip().casefold() for n in taken_names}
        self._taken.discard(self._original.name.strip().casefold())

        self.name_edit = QLineEdit(self._original.name)
        self.name_edit.setPlaceholderText(tr("e.g. Russian International Affairs Council"))
        self.short_name_edit = QLineEdit(self._original.short_name)
        self.short_name_edit.setPlaceholderText(tr("e.g. RIAC"))
        self.kind_combo = QComboBox()
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._original.kind))
        self.country_edit = QLineEdit(self._original.country)
        self.website_edit = QLineEdit(self._original.website)
        self.website_edit.setPlaceholderText("https://")

        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Short name:"), self.short_name_edit)
        form.addRow(tr("&Kind:"), self.kind_combo)
        form.addRow(tr("&Country:"), self.country_edit)
        form.addRow(tr("&Website:"), self.website_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def record(self) -> OrganisationRecord:
        return OrganisationRecord(
            name=self.name_edit.text().strip(),
            short_name=self.short_name_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            country=self.country_edit.text().strip(),
            website=self.website_edit.text().strip(),
            notes=self._original.notes,
            id=self._original.id,
            uid=self._original.uid,
        )

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        problem = ""
        if not name:
            problem = tr("The organisation needs a name.")
        elif name.casefold() in self._taken:
            problem = tr(
                "An organisation called “{name}” already exists. Choose it from the list "
                "instead, so the two stay one."
            ).format(name=name)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            self.name_edit.setFocus()
            return
        super().accept()


def get_organisation(
    parent: QWidget | None,
    record: OrganisationRecord | None = None,
    taken_names: Iterable[str] = (),
) -> tuple[OrganisationRecord | None, bool]:
    """Ask for an organisation's details; (record, True) on OK, (None, False) on Cancel."""
    dialog = OrganisationDialog(parent, record, taken_names)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)
