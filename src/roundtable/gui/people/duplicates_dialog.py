"""The question asked before a likely duplicate enters the directory.

People come back round after round, often typed a little differently ("Kortunov, Andrey",
"andrey kortunov", "José"/"Jose"), so before a new person is added (or a person's name or email
changes) the directory is searched the way ``Store.find_duplicates`` does it, and the user
decides: add anyway, use the person who is already there (when adding to an event), or go back.
"""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.name_match import email_key, name_key
from roundtable.domain.names import full_name
from roundtable.domain.records import PersonRecord, PersonSummary
from roundtable.gui.people.people_model import display_name
from roundtable.wording import tr


class DuplicateChoice(Enum):
    ADD_ANYWAY = "add"
    USE_EXISTING = "existing"
    CANCEL = "cancel"


def match_reason(record: PersonRecord, other: PersonSummary) -> str:
    """ "same name", "same email" or both, as the store matched them (whole phrases, each
    translated as one)."""
    key = name_key(record.given_name, record.family_name)
    same_name = bool(key) and name_key(other.given_name, other.family_name) == key
    same_email = bool(email_key(record.email)) and email_key(record.email) == email_key(other.email)
    if same_name and same_email:
        return tr("same name and same email")
    if same_name:
        return tr("same name")
    if same_email:
        return tr("same email")
    return tr("similar")


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        record: PersonRecord,
        found: list[PersonSummary],
        *,
        allow_existing: bool = False,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Possible duplicate"))
        self.choice = DuplicateChoice.CANCEL
        self.chosen_id: int | None = None
        name = full_name(record) or record.native_name or tr("This person")
        intro = QLabel(
            tr(
                "<b>{name}</b> may already be in the directory: these %n people have the same "
                "name (ignoring case, accents and name order) or the same email.",
                "",
                len(found),
            ).format(name=html.escape(name))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.list = QTreeWidget()
        self.list.setAccessibleName(tr("Possible duplicates"))
        self.list.setHeaderLabels([tr("Name"), tr("Own-script name"), tr("Affiliations"),
                                   tr("Email"), tr("Events"), tr("Why")])  # fmt: skip
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for person in found:
            item = QTreeWidgetItem(
                [
                    display_name(person),
                    person.native_name,
                    person.affiliations,
                    person.email,
                    str(person.event_count),
                    match_reason(record, person),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, person.id)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        first = self.list.topLevelItem(0)
        if first is not None:  # there is one when anything was found
            self.list.setCurrentItem(first)

        hint = QLabel(
            tr(
                "Use the person who is already there to keep one record per person, with all "
                "their events on one page. Two records of one person can also be merged later "
                "in the People view."
            )
            if allow_existing
            else tr(
                "If it is the same person, go back and cancel, then edit the existing record "
                "instead; two records of one person can also be merged later in the People view."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox()
        self.add_button = QPushButton(tr("Save anyway") if editing else tr("Add anyway"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.clicked.connect(lambda: self._finish(DuplicateChoice.ADD_ANYWAY))
        self.existing_button: QPushButton | None = None
        if allow_existing:
            self.existing_button = QPushButton(tr("&Use the existing person"))
            self.existing_button.setDefault(True)
            buttons.addButton(self.existing_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.existing_button.clicked.connect(lambda: self._finish(DuplicateChoice.USE_EXISTING))
            self.list.itemDoubleClicked.connect(
                lambda *_: self._finish(DuplicateChoice.USE_EXISTING)
            )
        self.back_button = buttons.addButton(tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.clicked.connect(lambda: self._finish(DuplicateChoice.CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def _finish(self, choice: DuplicateChoice) -> None:
        item = self.list.currentItem()
        if choice is DuplicateChoice.USE_EXISTING and item is None:
            return
        self.choice = choice
        self.chosen_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if choice is DuplicateChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_duplicates(
    parent: QWidget | None,
    record: PersonRecord,
    found: list[PersonSummary],
    *,
    allow_existing: bool = False,
    editing: bool = False,
) -> tuple[DuplicateChoice, int | None]:
    """What to do about ``found``: (choice, the existing person's id for USE_EXISTING)."""
    dialog = DuplicatesDialog(parent, record, found, allow_existing=allow_existing, editing=editing)
    dialog.exec()
    chosen = dialog.chosen_id if dialog.choice is DuplicateChoice.USE_EXISTING else None
    return dialog.choice, chosen
