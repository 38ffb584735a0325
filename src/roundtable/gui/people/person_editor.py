"""The dialog for adding or editing a person: every field of the record, and their photo.

Like the event editor it works on a copy and returns a new record; saving is the undo command's
job. Before a new person is returned (or an existing one whose name or email changed), the
directory is searched for likely duplicates and the user decides what to do about them; when
adding to an event they may take the existing person instead, which the caller sees as a
returned record that has an id.

The bio is plain text in paragraphs separated by blank lines, exactly what the bios booklet
prints; no markup, so what is typed here is what is printed.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import NameOrder
from roundtable.domain.name_match import email_key, name_key
from roundtable.domain.names import full_name
from roundtable.domain.records import AffiliationRecord, OrganisationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.gui.common import organisation_dialog
from roundtable.gui.common.images import image_filter, read_photo
from roundtable.gui.common.messages import sentence
from roundtable.gui.people import duplicates_dialog
from roundtable.gui.people.duplicates_dialog import DuplicateChoice
from roundtable.gui.people.photo_crop import PhotoCropControl, cropped_pixmap
from roundtable.wording import tr

TAB_PERSON, TAB_AFFILIATIONS, TAB_BIO = range(3)
PHOTO_SIZE = 168
HONORIFICS = ["Dr", "Prof.", "Ambassador", "Mr", "Ms", "Mrs", "H.E.", "Sir", "Dame"]
"""Offered as typed, not translated: the honorific is stored and printed as chosen (on English
name cards too), and any other can be typed in."""
ORG_ROLE = Qt.ItemDataRole.UserRole + 1
"""On an affiliation row's organisation cell: its ``OrganisationRecord``."""


def _words(text: str) -> int:
    return len(text.split())


class PersonEditorDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        store,
        record: PersonRecord | None = None,
        *,
        for_event: bool = False,
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._original = copy.deepcopy(record) if record is not None else PersonRecord()
        self._for_event = for_event
        self._folder = folder or str(Path.home())
        self._organisations = store.list_organisations()
        self.chosen_existing: PersonRecord | None = None
        # None: the stored photo stays; b"": remove it; bytes: the new photo.
        self._photo: bytes | None = None
        self._photo_mime = ""
        self._shown_photo: bytes | None = self._load_photo()
        is_new = self._original.id is None
        name = full_name(self._original) or self._original.native_name
        self.setWindowTitle(
            tr("New person") if is_new else tr("Edit person — {name}").format(name=name)
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_page(), tr("&Person"))
        self.tabs.addTab(self._affiliations_page(), tr("&Affiliations"))
        self.tabs.addTab(self._bio_page(), tr("&Bio && notes"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if is_new:
            ok.setText(tr("Add to event") if for_event else tr("Add person"))
        else:
            ok.setText(tr("Save changes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        self._load(self._original)
        self.given_edit.setFocus()

    def _load_photo(self) -> bytes | None:
        person = self._original
        if person.photo:
            return person.photo
        if person.id is not None and person.has_photo:
            try:
                found = self._store.person_photos([person.id]).get(person.id)
            except UserError:
                return None
            return found[0] if found else None
        return None

    # -- pages ------------------------------------------------------------------------------

    def _person_page(self) -> QWidget:
        self.honorific_edit = QComboBox()
        self.honorific_edit.setEditable(True)
        self.honorific_edit.addItems(["", *HONORIFICS])
        self.honorific_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        honorific_line = self.honorific_edit.lineEdit()
        assert honorific_line is not None  # editable, so it has one
        honorific_line.setPlaceholderText(tr("e.g. Dr, Prof., Ambassador"))
        self.given_edit = QLineEdit()
        self.given_edit.setPlaceholderText(tr("e.g. Toyohisa"))
        self.family_edit = QLineEdit()
        self.family_edit.setPlaceholderText(tr("e.g. Kozuki"))
        # Отчество: its own field, so Russian forms can write it and Latin ones leave it out
        # (``names.formal_name``); never typed into the given name.
        self.patronymic_edit = QLineEdit()
        self.patronymic_edit.setPlaceholderText(tr("Optional, e.g. Vadimovich"))
        self.patronymic_edit.setToolTip(
            tr("The father's name, as in Russian, e.g. Вадимович; optional")
        )
        # How the name is said, for whoever introduces them: only the moderator's brief
        # prints it, so it sits with the name it spells out.
        self.pronunciation_edit = QLineEdit()
        self.pronunciation_edit.setPlaceholderText(tr("e.g. toh-yoh-HEE-sah koh-ZOO-kee"))
        self.pronunciation_edit.setToolTip(
            tr("How the name is said, printed only on the moderator's brief; optional")
        )
        self.order_combo = QComboBox()
        self.order_combo.addItem(tr("Given name first"), NameOrder.GIVEN_FIRST)
        self.order_combo.addItem(tr("Family name first"), NameOrder.FAMILY_FIRST)
        self.shown_as = QLabel()
        self.shown_as.setStyleSheet("color: palette(placeholder-text);")
        self.shown_as.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.given_edit, self.family_edit):
            widget.textChanged.connect(self._update_shown_as)
        self.honorific_edit.editTextChanged.connect(self._update_shown_as)
        self.order_combo.currentIndexChanged.connect(self._update_shown_as)
        self.native_edit = QLineEdit()
        self.native_edit.setPlaceholderText(tr("In its own script, e.g. 上月豊久, Андрей Кортунов"))
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText(tr("e.g. Japan"))

        names = QFormLayout()
        names.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names.addRow(tr("&Honorific:"), self.honorific_edit)
        names.addRow(tr("&Given name:"), self.given_edit)
        names.addRow(tr("&Family name:"), self.family_edit)
        names.addRow(tr("Pa&tronymic:"), self.patronymic_edit)
        names.addRow(tr("Name &order:"), self.order_combo)
        names.addRow("", self.shown_as)
        names.addRow(tr("Own-script &name:"), self.native_edit)
        names.addRow(tr("Pron&unciation:"), self.pronunciation_edit)
        names.addRow(tr("&Country:"), self.country_edit)

        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setAccessibleName(tr("Photo"))
        self.photo_button = QPushButton(tr("C&hoose photo…"))
        self.photo_button.setToolTip(
            tr("Any image file; it is scaled down to 600 pixels and stored")
        )
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(tr("Re&move photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        # The label shows what prints; the crop control, the whole photo with that frame on it.
        self.photo_label.setToolTip(tr("The photo as printed in the bios booklet"))
        self.photo_crop = PhotoCropControl(PHOTO_SIZE)
        self.photo_crop.crop_changed.connect(lambda _crop: self._show_photo(crop_too=False))
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_box.addWidget(self.photo_button)
        photo_box.addWidget(self.remove_photo_button)
        photo_box.addWidget(self.photo_crop)
        photo_box.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(names, 1)
        top.addSpacing(12)
        top.addLayout(photo_box)

        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(tr("name@example.org"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("+81 3 1234 5678")
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText("https://")
        contacts = QFormLayout()
        contacts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        contacts.addRow(tr("&Email:"), self.email_edit)
        contacts.addRow(tr("&Phone:"), self.phone_edit)
        contacts.addRow(tr("&Website:"), self.website_edit)
        contacts_box = QGroupBox(tr("Contacts"))
        contacts_box.setLayout(contacts)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(contacts_box)
        layout.addStretch(1)
        return page

    def _affiliations_page(self) -> QWidget:
        self.org_combo = QComboBox()
        self.org_combo.setEditable(True)
        self.org_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        org_line, org_completer = self.org_combo.lineEdit(), self.org_combo.completer()
        assert org_line is not None and org_completer is not None  # editable, so it has both
        org_line.setPlaceholderText(tr("Type to find an organisation…"))
        self.org_combo.setMinimumContentsLength(24)
        self.org_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._fill_organisations()
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(tr("Position, e.g. Director General"))
        self.add_org_button = QPushButton(tr("A&dd"))
        self.add_org_button.clicked.connect(self.add_selected_organisation)
        self.new_org_button = QPushButton(tr("&New organisation…"))
        self.new_org_button.clicked.connect(self._new_organisation_clicked)
        adder = QHBoxLayout()
        adder.addWidget(self.org_combo, 3)
        adder.addWidget(self.position_edit, 2)
        adder.addWidget(self.add_org_button)
        adder.addWidget(self.new_org_button)

        self.affiliations = QTableWidget(0, 2)
        self.affiliations.setAccessibleName(tr("Affiliations"))
        self.affiliations.setHorizontalHeaderLabels([tr("Organisation"), tr("Position")])
        self.affiliations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.affiliations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.affiliations.verticalHeader().setVisible(False)
        header = self.affiliations.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.affiliations.itemSelectionChanged.connect(self._update_affiliation_buttons)
        self.remove_org_button = QPushButton(tr("&Remove"))
        self.remove_org_button.clicked.connect(self.remove_affiliation)
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.clicked.connect(self._up_clicked)
        self.down_button = QPushButton(tr("Move do&wn"))
        self.down_button.clicked.connect(self._down_clicked)
        side = QVBoxLayout()
        for button in (self.remove_org_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        rows = QHBoxLayout()
        rows.addWidget(self.affiliations, 1)
        rows.addLayout(side)

        hint = QLabel(
            tr(
                "The first affiliation is the one shown on name cards and in lists. "
                "Double-click a position to change it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(adder)
        layout.addLayout(rows, 1)
        layout.addWidget(hint)
        return page

    def _bio_page(self) -> QWidget:
        self.bio_edit = QPlainTextEdit()
        self.bio_edit.setAccessibleName(tr("Bio"))
        self.bio_edit.setPlaceholderText(
            tr(
                "A short biography, as it should appear in the bios booklet. Separate "
                "paragraphs with an empty line."
            )
        )
        self.bio_edit.setTabChangesFocus(True)
        self.bio_count = QLabel()
        self.bio_count.setStyleSheet("color: palette(placeholder-text);")
        self.bio_edit.textChanged.connect(self._update_bio_count)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(tr("Notes"))
        self.notes_edit.setPlaceholderText(tr("Internal notes (not printed)"))
        self.notes_edit.setTabChangesFocus(True)
        bio_label = QLabel(tr("&Bio:"))
        bio_label.setBuddy(self.bio_edit)
        notes_label = QLabel(tr("N&otes:"))
        notes_label.setBuddy(self.notes_edit)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(bio_label)
        layout.addWidget(self.bio_edit, 3)
        layout.addWidget(self.bio_count)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _update_shown_as(self) -> None:
        person = PersonRecord(
            given_name=self.given_edit.text().strip(),
            family_name=self.family_edit.text().strip(),
            honorific=self.honorific_edit.currentText().strip(),
            name_order=NameOrder(self.order_combo.currentData()),
        )
        shown = full_name(person, honorific=True)
        self.shown_as.setText(tr("Shown as: {name}").format(name=shown) if shown else "")

    def _update_bio_count(self) -> None:
        text = self.bio_edit.toPlainText()
        words = _words(text)
        paragraphs = len([b for b in text.split("\n\n") if b.strip()])
        if not words:
            self.bio_count.setText(tr("Plain text: paragraphs are separated by an empty line."))
            return
        # Two numbers, two plurals, which one tr() cannot hold: the phrase with "in" (whose
        # case a Russian translator chooses with it) goes whole into the words' sentence.
        in_paragraphs = tr("in %n paragraphs", "", paragraphs)
        if words > 250:
            text = tr(
                "%n words {in_paragraphs} — long for a booklet page; about 150 words fit well",
                "",
                words,
            )
        else:
            text = tr("%n words {in_paragraphs}", "", words)
        self.bio_count.setText(text.format(in_paragraphs=in_paragraphs))

    def _show_photo(self, crop: str = "", *, crop_too: bool = True) -> None:
        """The photo as printed; ``crop_too`` also puts the photo, cropped by ``crop``, in the
        crop control (after a load or a new photo)."""
        if crop_too:
            self.photo_crop.set_photo(self._shown_photo, crop)
        pixmap = cropped_pixmap(self._shown_photo, self.photo_crop.crop_text(), PHOTO_SIZE - 8)
        if pixmap.isNull():
            self.photo_label.setPixmap(pixmap)
            self.photo_label.setText(tr("No photo"))
        else:
            self.photo_label.setPixmap(pixmap)
        self.remove_photo_button.setEnabled(bool(self._shown_photo))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a photo"), self._folder, image_filter()
        )
        if not path:
            return
        try:
            data, mime = read_photo(path)
        except UserError as exc:
            QMessageBox.warning(self, tr("Choose a photo"), sentence(str(exc)))
            return
        self._folder = str(Path(path).parent)
        self._photo, self._photo_mime, self._shown_photo = data, mime, data
        self._show_photo()

    def set_photo(self, data: bytes, mime: str) -> None:
        """For tools and tests: as if the user had chosen an image already converted."""
        self._photo, self._photo_mime, self._shown_photo = data, mime, data
        self._show_photo()

    def remove_photo(self) -> None:
        self._photo, self._photo_mime, self._shown_photo = b"", "", None
        self._show_photo()

    def _fill_organisations(self) -> None:
        self.org_combo.clear()
        self.org_combo.addItem("")
        for org in self._organisations:
            label = f"{org.name} ({org.short_name})" if org.short_name else org.name
            self.org_combo.addItem(label, org)

    def _selected_organisation(self) -> OrganisationRecord | None:
        text = self.org_combo.currentText().strip()
        if not text:
            return None
        index = self.org_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.org_combo.itemData(index)
        key = text.casefold()
        for org in self._organisations:
            if key in (org.name.casefold(), org.short_name.casefold()):
                return org
        return None

    def add_selected_organisation(self) -> None:
        """Add the organisation named in the finder; a name no organisation has opens the
        organisation dialog with it, whose OK adds it (one confirmation, not a question and
        then the dialog)."""
        org = self._selected_organisation()
        if org is None:
            text = " ".join(self.org_combo.currentText().split())
            if text:
                self.create_organisation(text)
            return
        self._append_affiliation(AffiliationRecord(org, self.position_edit.text().strip()))

    def _new_organisation_clicked(self) -> None:
        self.create_organisation()

    def _up_clicked(self) -> None:
        self.move_affiliation(-1)

    def _down_clicked(self) -> None:
        self.move_affiliation(1)

    def create_organisation(self, name: str = "") -> None:
        taken = [o.name for o in self._organisations]
        org, accepted = organisation_dialog.get_organisation(
            self, OrganisationRecord(name=name), taken
        )
        if not accepted or org is None:
            return
        # Created with the person when saved (and removed from sight again by undo).
        self._organisations.append(org)
        self._organisations.sort(key=lambda o: o.name.casefold())
        self._fill_organisations()
        self._append_affiliation(AffiliationRecord(org, self.position_edit.text().strip()))

    def _append_affiliation(self, affiliation: AffiliationRecord) -> None:
        row = self.affiliations.rowCount()
        self.affiliations.insertRow(row)
        self._set_affiliation_row(row, affiliation)
        self.affiliations.selectRow(row)
        self.org_combo.setCurrentIndex(0)
        self.position_edit.clear()

    def _set_affiliation_row(self, row: int, affiliation: AffiliationRecord) -> None:
        org = affiliation.organisation
        shown = (
            org.name
            if org.id is not None
            else tr("{organisation}  (new)").format(organisation=org.name)
        )
        name = QTableWidgetItem(shown)
        name.setData(ORG_ROLE, org)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.affiliations.setItem(row, 0, name)
        self.affiliations.setItem(row, 1, QTableWidgetItem(affiliation.position))

    def affiliation_records(self) -> list[AffiliationRecord]:
        result = []
        for row in range(self.affiliations.rowCount()):
            name = self.affiliations.item(row, 0)
            assert name is not None  # every row is filled with both cells
            org = name.data(ORG_ROLE)
            position = self.affiliations.item(row, 1)
            # The same object each time: a new organisation used twice is created once.
            result.append(AffiliationRecord(org, position.text().strip() if position else ""))
        return result

    def remove_affiliation(self) -> None:
        row = self.affiliations.currentRow()
        if row >= 0:
            self.affiliations.removeRow(row)
        self._update_affiliation_buttons()

    def move_affiliation(self, step: int) -> None:
        row = self.affiliations.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.affiliations.rowCount():
            return
        records = self.affiliation_records()
        records[row], records[target] = records[target], records[row]
        for index, record in enumerate(records):
            self._set_affiliation_row(index, record)
        self.affiliations.selectRow(target)

    def _update_affiliation_buttons(self) -> None:
        row = self.affiliations.currentRow()
        count = self.affiliations.rowCount()
        selected = bool(self.affiliations.selectedItems())
        self.remove_org_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and 0 <= row < count - 1)

    # -- record in and out ------------------------------------------------------------------

    def _load(self, person: PersonRecord) -> None:
        self.honorific_edit.setEditText(person.honorific)
        self.given_edit.setText(person.given_name)
        self.family_edit.setText(person.family_name)
        self.patronymic_edit.setText(person.patronymic)
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(person.name_order)))
        self.native_edit.setText(person.native_name)
        self.pronunciation_edit.setText(person.pronunciation)
        self.country_edit.setText(person.country)
        self.email_edit.setText(person.email)
        self.phone_edit.setText(person.phone)
        self.website_edit.setText(person.website)
        self.bio_edit.setPlainText(person.bio)
        self.notes_edit.setPlainText(person.notes)
        self.affiliations.setRowCount(0)
        for affiliation in person.affiliations:
            self._append_affiliation(affiliation)
        self.affiliations.clearSelection()
        self._update_affiliation_buttons()
        self._update_shown_as()
        self._update_bio_count()
        self._show_photo(person.photo_crop)

    def record(self) -> PersonRecord:
        """The person as the dialog shows it; the photo only when it was changed."""
        original = self._original
        return PersonRecord(
            id=original.id,
            uid=original.uid,
            honorific=self.honorific_edit.currentText().strip(),
            given_name=self.given_edit.text().strip(),
            family_name=self.family_edit.text().strip(),
            patronymic=self.patronymic_edit.text().strip(),
            name_order=NameOrder(self.order_combo.currentData()),
            native_name=self.native_edit.text().strip(),
            pronunciation=" ".join(self.pronunciation_edit.text().split()),
            country=self.country_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            website=self.website_edit.text().strip(),
            bio=_clean_paragraphs(self.bio_edit.toPlainText()),
            notes=self.notes_edit.toPlainText().strip(),
            affiliations=self.affiliation_records(),
            has_photo=bool(self._shown_photo),
            photo=self._photo,
            photo_crop=self.photo_crop.crop_text() if self._shown_photo else "",
            # Unchanged photo (None): the stored type stays, so an untouched record compares equal.
            photo_mime=(
                self._photo_mime
                if self._photo
                else (original.photo_mime if self._photo is None else "")
            ),
        )

    def problem(self, person: PersonRecord) -> tuple[str, QWidget | None]:
        if not (person.given_name or person.family_name):
            return tr("A person needs a given name or a family name."), self.given_edit
        if person.email and ("@" not in person.email or " " in person.email):
            return tr("“{email}” does not look like an email address.").format(
                email=person.email
            ), self.email_edit
        return "", None

    def _needs_duplicate_check(self, person: PersonRecord) -> bool:
        original = self._original
        if original.id is None:
            return True
        return name_key(person.given_name, person.family_name) != name_key(
            original.given_name, original.family_name
        ) or (bool(person.email) and email_key(person.email) != email_key(original.email))

    def accept(self) -> None:
        person = self.record()
        message, widget = self.problem(person)
        if message:
            QMessageBox.warning(self, self.windowTitle(), message)
            if widget is not None:
                self.tabs.setCurrentIndex(TAB_PERSON)
                widget.setFocus()
            return
        if self._needs_duplicate_check(person):
            try:
                found = self._store.find_duplicates(person)
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), sentence(str(exc)))
                return
            if found:
                choice, existing = duplicates_dialog.ask_duplicates(
                    self,
                    person,
                    found,
                    allow_existing=self._for_event and self._original.id is None,
                    editing=self._original.id is not None,
                )
                if choice is DuplicateChoice.CANCEL:
                    return
                if choice is DuplicateChoice.USE_EXISTING and existing is not None:
                    try:
                        self.chosen_existing = self._store.get_person(existing)
                    except UserError as exc:
                        QMessageBox.warning(self, self.windowTitle(), sentence(str(exc)))
                        return
        super().accept()

    def result_record(self) -> PersonRecord:
        """What OK means: the existing person chosen instead, or the edited record."""
        return self.chosen_existing if self.chosen_existing is not None else self.record()


def _clean_paragraphs(text: str) -> str:
    """Paragraphs as typed, but with stray spaces at line ends and extra blank lines gone, so
    the booklet gets exactly one paragraph break between paragraphs."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def get_person(
    parent: QWidget | None,
    store,
    record: PersonRecord | None = None,
    *,
    for_event: bool = False,
    folder: str = "",
) -> tuple[PersonRecord | None, bool]:
    """Let the user edit ``record`` (or a new person); (record, True) on OK, (None, False) else.

    With ``for_event`` (adding to an event) the user may choose an existing person found as a
    likely duplicate: the record returned then is that person's, with their id.
    """
    dialog = PersonEditorDialog(parent, store, record, for_event=for_event, folder=folder)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.result_record() if accepted else None, accepted)
