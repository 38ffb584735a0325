"""A small dialog for a new organisation, opened from the event editor.

It only describes the organisation; the event editor adds it to the event and the store creates
it when the event is saved, so creating one is undone together with the edit that used it.
Its logo (printed on the flyer) is chosen here too, scaled down as a person's photo is, and
saved and undone the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import OrganisationKind
from roundtable.domain.records import OrganisationRecord
from roundtable.errors import UserError
from roundtable.gui.common.images import image_filter, photo_pixmap, read_photo
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.wording import tr

LOGO_PREVIEW = 96
"""The preview's side in pixels: enough to recognise the logo, small beside the fields."""


class OrganisationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        record: OrganisationRecord | None = None,
        taken_names: Iterable[str] = (),
        *,
        stored_logo: bytes | None = None,
    ) -> None:
        """``stored_logo`` is the logo saved for ``record`` (lists never load the bytes, so
        the caller reads them); a logo already chosen in ``record.logo`` shows instead."""
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

        # record.logo as given: None, the stored logo stays; b"", removed; bytes, a new one.
        self._logo = self._original.logo
        self._logo_mime = self._original.logo_mime
        self._shown_logo = self._logo if self._logo is not None else stored_logo
        self.logo_label = QLabel()
        self.logo_label.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_label.setAccessibleName(tr("Logo"))
        self.logo_label.setToolTip(tr("The logo as printed on the flyer"))
        self.choose_logo_button = QPushButton(tr("C&hoose…"))
        self.choose_logo_button.setToolTip(
            tr("Any image file; it is scaled down to 600 pixels and stored")
        )
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(tr("Re&move"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self._show_logo()

        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Short name:"), self.short_name_edit)
        form.addRow(tr("&Kind:"), self.kind_combo)
        form.addRow(tr("&Country:"), self.country_edit)
        form.addRow(tr("&Website:"), self.website_edit)
        form.addRow(tr("Logo:"), logo_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _show_logo(self) -> None:
        pixmap = photo_pixmap(self._shown_logo, LOGO_PREVIEW - 8)
        self.logo_label.setPixmap(pixmap)
        if pixmap.isNull():
            self.logo_label.setText(tr("No logo"))
        self.remove_logo_button.setEnabled(bool(self._shown_logo))

    def choose_logo(self) -> None:
        """An image file, scaled down and re-encoded as a person's photo is (PNG where it has
        transparent pixels, so a logo keeps its see-through background)."""
        settings = QSettings()
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a logo"), str(last_folder(settings)), image_filter()
        )
        if not path:
            return
        try:
            data, mime = read_photo(path)
        except UserError as exc:
            QMessageBox.warning(self, tr("Choose a logo"), sentence(str(exc)))
            return
        remember_folder(settings, path)
        self._logo, self._logo_mime, self._shown_logo = data, mime, data
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo, self._logo_mime, self._shown_logo = b"", "", None
        self._show_logo()

    def record(self) -> OrganisationRecord:
        """The organisation as described: ``logo`` None keeps the stored one, b"" removes it,
        bytes replace it (``has_logo`` says which the flyer will find)."""
        has_logo = bool(self._logo) if self._logo is not None else self._original.has_logo
        return OrganisationRecord(
            name=self.name_edit.text().strip(),
            short_name=self.short_name_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            country=self.country_edit.text().strip(),
            website=self.website_edit.text().strip(),
            notes=self._original.notes,
            id=self._original.id,
            uid=self._original.uid,
            has_logo=has_logo,
            logo=self._logo,
            logo_mime=self._logo_mime,
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
    *,
    stored_logo: bytes | None = None,
) -> tuple[OrganisationRecord | None, bool]:
    """Ask for an organisation's details; (record, True) on OK, (None, False) on Cancel."""
    dialog = OrganisationDialog(parent, record, taken_names, stored_logo=stored_logo)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)
