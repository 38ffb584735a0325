"""The editor page for who organises an event (with roles, in order) and its delegations.

Adding an organisation takes one step: a known one is found as its name is typed, and a name
nobody knows yet is added as a new organisation at once (Add, or Return), to be created when the
event is saved; its details can be given then with Edit…, or first with New organisation…. Each
way ends in one confirmation, never a question and then a dialog.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import OrganisationRole
from roundtable.domain.records import (
    DelegationRecord,
    EventOrganisationRecord,
    OrganisationRecord,
)
from roundtable.gui.common import organisation_dialog
from roundtable.wording import tr

OrganisationAsker = Callable[
    [QWidget | None, OrganisationRecord | None, list[str]],
    tuple[OrganisationRecord | None, bool],
]


def _role_combo(role: OrganisationRole) -> QComboBox:
    combo = QComboBox()
    for r in OrganisationRole:
        combo.addItem(r.label, r)
    combo.setCurrentIndex(combo.findData(role))
    return combo


def _role(combo: QComboBox) -> OrganisationRole:
    """The role a role combo shows (Qt hands StrEnum data back as plain strings)."""
    return OrganisationRole(combo.currentData())


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setHighlightSections(False)
    return table


class OrganisationsPage(QWidget):
    def __init__(
        self,
        known: list[OrganisationRecord],
        organisations: list[EventOrganisationRecord],
        delegations: list[DelegationRecord],
        parent: QWidget | None = None,
        *,
        read_logos: Callable[[list[int]], dict[int, tuple[bytes, str]]] | None = None,
    ) -> None:
        """``read_logos`` (the store's ``organisation_logos``) lets the organisation dialog
        show a saved logo: lists carry only whether there is one."""
        super().__init__(parent)
        self._read_logos = read_logos
        self._known = list(known)
        self._links = [copy.deepcopy(link) for link in organisations]
        self._delegations = [copy.deepcopy(d) for d in delegations]
        self.ask_organisation: OrganisationAsker = self._ask_with_logo

        # -- organisations ------------------------------------------------------------------
        self.add_combo = QComboBox()
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        add_line = self.add_combo.lineEdit()
        assert add_line is not None  # editable, so it has one
        add_line.setPlaceholderText(tr("Type to find an organisation…"))
        self.add_combo.setMinimumContentsLength(24)
        self.add_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_known()
        self.add_role = _role_combo(OrganisationRole.HOST)
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.setToolTip(
            tr("Add the organisation in this role; a name not known yet is added as a new one")
        )
        self.add_button.clicked.connect(self._add_selected)
        # Return in the finder adds, as Add does, rather than closing the whole dialog.
        self.add_combo.installEventFilter(self)
        add_line.installEventFilter(self)
        self.new_button = QPushButton(tr("&New organisation…"))
        self.new_button.setToolTip(tr("Describe a new organisation (short name, kind, country)"))
        # Not connected straight to create_organisation: clicked() would pass its "checked"
        # flag as the name.
        self.new_button.clicked.connect(self._new_clicked)
        self.added_hint = QLabel()
        self.added_hint.setWordWrap(True)
        self.added_hint.setStyleSheet("color: palette(placeholder-text);")
        self.added_hint.hide()

        adder = QHBoxLayout()
        adder.addWidget(self.add_combo, 1)
        adder.addWidget(QLabel(tr("as", "organisation role")))
        adder.addWidget(self.add_role)
        adder.addWidget(self.add_button)
        adder.addWidget(self.new_button)

        self.table = _table([tr("Organisation"), tr("Role")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # As wide as a role combo with its longest role: ResizeToContents measures only the
        # heading, as the combos are cell widgets, and cut them to their first letter.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, _role_combo(OrganisationRole.HOST).sizeHint().width() + 4)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.edit_selected())
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.setToolTip(
            tr("Correct this organisation's name, kind, country or website")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(tr("Move d&own"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        rows = QHBoxLayout()
        rows.addWidget(self.table, 1)
        rows.addLayout(side)

        org_box = QGroupBox(tr("Organisations"))
        org_layout = QVBoxLayout(org_box)
        org_layout.addLayout(adder)
        org_layout.addWidget(self.added_hint)
        org_layout.addLayout(rows)

        # -- delegations --------------------------------------------------------------------
        self.delegation_table = _table([tr("Delegation"), tr("Country"), tr("Organisation")])
        for column, width in ((1, 150), (2, 220)):
            self.delegation_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive
            )
            self.delegation_table.setColumnWidth(column, width)
        self.delegation_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_delegation_button = QPushButton(tr("Add &delegation"))
        self.add_delegation_button.clicked.connect(self.add_delegation)
        self.remove_delegation_button = QPushButton(tr("Remo&ve"))
        self.remove_delegation_button.clicked.connect(self.remove_delegation)
        d_side = QVBoxLayout()
        d_side.addWidget(self.add_delegation_button)
        d_side.addWidget(self.remove_delegation_button)
        d_side.addStretch(1)
        d_rows = QHBoxLayout()
        d_rows.addWidget(self.delegation_table, 1)
        d_rows.addLayout(d_side)
        delegation_box = QGroupBox(tr("Delegations"))
        d_layout = QVBoxLayout(delegation_box)
        hint = QLabel(tr("For dialogues between national teams, e.g. “Russian delegation”."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        d_layout.addWidget(hint)
        d_layout.addLayout(d_rows)

        layout = QVBoxLayout(self)
        layout.addWidget(org_box, 3)
        layout.addWidget(delegation_box, 2)

        self._render_links()
        self._render_delegations()

    # -- organisations ----------------------------------------------------------------------

    def _ask_with_logo(
        self, parent: QWidget | None, record: OrganisationRecord | None, names: list[str]
    ) -> tuple[OrganisationRecord | None, bool]:
        stored = None
        if record is not None and record.id is not None and record.has_logo and self._read_logos:
            stored = self._read_logos([record.id]).get(record.id, (None, ""))[0]
        return organisation_dialog.get_organisation(parent, record, names, stored_logo=stored)

    def _fill_known(self) -> None:
        self.add_combo.clear()
        for org in sorted(self._known, key=lambda o: o.name.casefold()):
            label = f"{org.name} ({org.short_name})" if org.short_name else org.name
            self.add_combo.addItem(label, org)
        self.add_combo.setCurrentIndex(-1)
        completer = QCompleter(self.add_combo.model(), self.add_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_combo.setCompleter(completer)

    def _render_links(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self._links))
        for row, link in enumerate(self._links):
            new = link.organisation.id is None
            name = link.organisation.name
            item = QTableWidgetItem(tr("{name} (new)").format(name=name) if new else name)
            details = [link.organisation.short_name, link.organisation.country]
            if new:
                details.append(tr("created when the event is saved"))
            item.setToolTip(", ".join(d for d in details if d) or link.organisation.name)
            self.table.setItem(row, 0, item)
            combo = _role_combo(link.role)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, r=row: self._set_role(r, _role(c))
            )
            self.table.setCellWidget(row, 1, combo)
        if select is not None and 0 <= select < len(self._links):
            self.table.selectRow(select)
        for row in range(min(self.delegation_table.rowCount(), len(self._delegations))):
            self.delegation_table.setCellWidget(row, 2, self._delegation_org_combo(row))
        self._update_buttons()

    def _set_role(self, row: int, role: OrganisationRole) -> None:
        self._links[row].role = role

    def _selected_row(self, table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self._selected_row(self.table)
        self.remove_button.setEnabled(row >= 0)
        self.edit_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._links) - 1)
        self.remove_delegation_button.setEnabled(self._selected_row(self.delegation_table) >= 0)

    def _find_known(self) -> OrganisationRecord | None:
        """The known organisation the finder names: by its label in the list (as completion
        leaves it), its name or its short name, in any case."""
        text = self.add_combo.currentText().strip()
        if not text:
            return None
        index = self.add_combo.currentIndex()
        if index >= 0 and self.add_combo.itemText(index) == text:
            return self.add_combo.itemData(index)
        key = text.casefold()
        for row in range(self.add_combo.count()):
            if self.add_combo.itemText(row).casefold() == key:
                return self.add_combo.itemData(row)
        for org in self._known:
            if key in (org.name.casefold(), org.short_name.casefold()):
                return org
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (
            self.add_combo,
            self.add_combo.lineEdit(),
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.add_combo.currentText().strip():
                    self._add_selected()
                return True  # never the dialog's default button from here
        return super().eventFilter(watched, event)

    def _add_selected(self) -> None:
        """Add what the finder names in the chosen role: a known organisation, or a new one by
        the name typed (no dialog: one step, and Edit… is there for its details)."""
        text = " ".join(self.add_combo.currentText().split())
        if not text:
            return
        org = self._find_known()
        if org is None:
            org = OrganisationRecord(name=text)
            self._known.append(org)
            self._fill_known()
            if self.add_organisation(org, _role(self.add_role)):
                self._say_new(org)
            return
        if self.add_organisation(org, _role(self.add_role)):
            self.added_hint.hide()

    def _say_new(self, org: OrganisationRecord) -> None:
        self.added_hint.setText(
            tr(
                "“{name}” is a new organisation: it is created when the event is saved. "
                "Edit… gives its short name, kind and country."
            ).format(name=org.name)
        )
        self.added_hint.show()

    def add_organisation(self, org: OrganisationRecord, role: OrganisationRole) -> bool:
        """Add ``org`` in ``role`` unless it already has that role here."""
        for link in self._links:
            if _same_organisation(link.organisation, org) and link.role is role:
                QMessageBox.information(
                    self,
                    tr("Organisations"),
                    tr("{name} is already listed as {role}.").format(
                        name=org.name, role=role.label
                    ),
                )
                return False
        self._links.append(EventOrganisationRecord(organisation=copy.deepcopy(org), role=role))
        self._render_links(select=len(self._links) - 1)
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.clearEditText()
        return True

    def _new_clicked(self) -> None:
        typed = " ".join(self.add_combo.currentText().split())
        self.create_organisation("" if self._find_known() else typed)

    def create_organisation(self, name: str = "") -> None:
        """Describe a new organisation in the small dialog; its OK adds it in the chosen role
        (the one confirmation)."""
        names = [o.name for o in self._known]
        record, accepted = self.ask_organisation(self, OrganisationRecord(name=name), names)
        if not accepted or record is None:
            return
        self._known.append(record)
        self._fill_known()
        if self.add_organisation(record, _role(self.add_role)):
            self.added_hint.hide()

    def edit_selected(self) -> None:
        """Correct the organisation's own details; saved with the event, undone with it."""
        row = self._selected_row(self.table)
        if row < 0:
            return
        original = self._links[row].organisation
        names = [o.name for o in self._known if not _same_organisation(o, original)]
        record, accepted = self.ask_organisation(self, copy.deepcopy(original), names)
        if not accepted or record is None:
            return
        self._sync_delegations()
        for link in self._links:
            if _same_organisation(link.organisation, original):
                link.organisation = copy.deepcopy(record)
        for delegation in self._delegations:
            if delegation.organisation and _same_organisation(delegation.organisation, original):
                delegation.organisation = copy.deepcopy(record)
        self._known = [o for o in self._known if not _same_organisation(o, original)]
        self._known.append(copy.deepcopy(record))
        self._fill_known()
        self._render_links(select=row)
        self._render_delegations()

    def remove_selected(self) -> None:
        row = self._selected_row(self.table)
        if row < 0:
            return
        del self._links[row]
        self._render_links(select=min(row, len(self._links) - 1))

    def move_selected(self, step: int) -> None:
        row = self._selected_row(self.table)
        target = row + step
        if row < 0 or not 0 <= target < len(self._links):
            return
        self._links[row], self._links[target] = self._links[target], self._links[row]
        self._render_links(select=target)

    def organisations(self) -> list[EventOrganisationRecord]:
        return [copy.deepcopy(link) for link in self._links]

    # -- delegations ------------------------------------------------------------------------

    def _render_delegations(self) -> None:
        self.delegation_table.setRowCount(len(self._delegations))
        for row, delegation in enumerate(self._delegations):
            self.delegation_table.setItem(row, 0, QTableWidgetItem(delegation.name))
            self.delegation_table.setItem(row, 1, QTableWidgetItem(delegation.country))
            self.delegation_table.setCellWidget(row, 2, self._delegation_org_combo(row))
        self._update_buttons()

    def _delegation_org_combo(self, row: int) -> QComboBox:
        """The organisation leading a delegation: one of the event's, or none."""
        current = self._delegations[row].organisation
        choices = [link.organisation for link in self._links]
        if current is not None and not any(_same_organisation(current, o) for o in choices):
            choices.insert(0, current)
        combo = QComboBox()
        combo.addItem(tr("(none)"), None)
        seen: list[OrganisationRecord] = []
        for org in choices:
            if not any(_same_organisation(org, s) for s in seen):
                seen.append(org)
                combo.addItem(org.short_name or org.name, org)
        if current is not None:
            for index, org in enumerate(seen, start=1):
                if _same_organisation(org, current):
                    combo.setCurrentIndex(index)
        combo.currentIndexChanged.connect(lambda _i, c=combo, r=row: self._set_lead(r, c))
        return combo

    def _set_lead(self, row: int, combo: QComboBox) -> None:
        org = combo.currentData()
        self._delegations[row].organisation = copy.deepcopy(org) if org is not None else None

    def _sync_delegations(self) -> None:
        for row, delegation in enumerate(self._delegations):
            name = self.delegation_table.item(row, 0)
            country = self.delegation_table.item(row, 1)
            delegation.name = name.text().strip() if name else ""
            delegation.country = country.text().strip() if country else ""

    def add_delegation(self) -> None:
        self._sync_delegations()
        self._delegations.append(DelegationRecord(name=""))
        self._render_delegations()
        row = len(self._delegations) - 1
        self.delegation_table.setCurrentCell(row, 0)
        item = self.delegation_table.item(row, 0)
        if item is not None:  # just rendered, so it is there
            self.delegation_table.editItem(item)

    def remove_delegation(self) -> None:
        row = self._selected_row(self.delegation_table)
        if row < 0:
            return
        self._sync_delegations()
        del self._delegations[row]
        self._render_delegations()

    def delegations(self) -> list[DelegationRecord]:
        self._sync_delegations()
        return [copy.deepcopy(d) for d in self._delegations]


def _same_organisation(a: OrganisationRecord, b: OrganisationRecord) -> bool:
    if a.id is not None and b.id is not None:
        return a.id == b.id
    return a.name.strip().casefold() == b.name.strip().casefold()


def duplicate_roles(links: list[EventOrganisationRecord]) -> str:
    """The first organisation listed twice in the same role, as a sentence; "" if none."""
    for i, link in enumerate(links):
        for other in links[i + 1 :]:
            same = _same_organisation(link.organisation, other.organisation)
            if same and link.role is other.role:
                return tr("{name} is listed twice as {role}.").format(
                    name=link.organisation.name, role=link.role.label
                )
    return ""
