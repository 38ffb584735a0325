"""Tent name cards as a printable: who gets a card, on what sheet, and what each card says.

The panel builds the same ``CardSelection`` and ``CardOptions`` the command line does, and the
kind is ``roundtable.pdf.kind_namecards``, which ``roundtable export namecards`` is made from
too, so a card printed from the dialog is the card the command line makes. The sheet,
order and content choices are remembered; the role and delegation filters, and the seating plan
the order by seat follows, belong to one event and start afresh each time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import initial_paper, note_label, section_label
from roundtable.gui.printing.print_kinds import OptionsPanel, PrintContext, printable, settings_key
from roundtable.pdf import kind_namecards
from roundtable.services.namecards import (
    DEFAULT_ATTENDANCE,
    LAYOUT_LABELS,
    ORDERS,
    TWO_PER_SHEET,
    CardOptions,
    CardSelection,
    delegations_of,
    select,
)
from roundtable.wording import QT_TR_NOOP, tr

KEY = kind_namecards.NAMECARDS.key
# The texts here are read at import, before a translator is installed: marked, and translated
# where shown.
NO_PLAN_TIP = QT_TR_NOOP("This event has no seating plan yet: make one on the Seating tab.")
"""``services.namecards.NO_PLAN`` as a sentence (the seating chart's words too)."""
PLAN_TIP = QT_TR_NOOP("The cards follow this plan's seats when they are ordered by seat.")
NOT_BY_SEAT_TIP = QT_TR_NOOP("Only the order by seat follows a seating plan.")

# (CardOptions field, label, tooltip): the content switches, remembered between prints.
CONTENT = (
    ("honorific", QT_TR_NOOP("Honorific (Ambassador, Dr, Prof.)"), ""),
    ("family_caps", QT_TR_NOOP("Family name in capitals"), QT_TR_NOOP(
        "Andrey KORTUNOV, KOZUKI Toyohisa: tells a reader from another culture which name is "
        "the family name")),
    ("native_name", QT_TR_NOOP("Name in the person's own script"), QT_TR_NOOP(
        "Андрей Кортунов, 上月豊久 on its own line under the name")),
    ("affiliation", QT_TR_NOOP("Affiliation"), ""),
    ("position", QT_TR_NOOP("Position with the affiliation"), ""),
    ("delegation", QT_TR_NOOP("Delegation (or country)"), QT_TR_NOOP(
        "The delegation, or the person's country when they have none")),
    ("event_title", QT_TR_NOOP("Event's short title at the foot"), ""),
    ("uniform_size", QT_TR_NOOP("One name size for the whole set"), QT_TR_NOOP(
        "The names all print in the size the longest of them fits; the few longer names wrap "
        "onto more lines. Off: each name as large as its card allows")),
    ("fold_line", QT_TR_NOOP("Dashed fold line"), ""),
    ("cut_marks", QT_TR_NOOP("Cut marks between cards"), ""),
)  # fmt: skip


def _checkable_list(items: list[tuple[str, str]], checked: bool = True) -> QListWidget:
    """A short list of (key, label) check boxes; all checked means "any"."""
    widget = QListWidget()
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    rows = max(1, min(len(items), 5))
    widget.setFixedHeight(widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 2)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class NameCardsPanel(OptionsPanel):
    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.print_event: EventRecord = context.event  # not "event": that is QObject.event()
        settings = context.settings

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(note_label(tr(kind_namecards.NAMECARDS.about)))

        column.addSpacing(6)
        column.addWidget(section_label(tr("Sheet")))
        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(tr("Sheet layout"))
        for key, label in LAYOUT_LABELS.items():
            self.layout_combo.addItem(tr(label), key)
        saved = str(settings.value(settings_key(KEY, "layout"), "") or "")
        default = (
            saved if saved in LAYOUT_LABELS else self._layout_for_paper(settings, context.event)
        )
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(default)))
        column.addWidget(self.layout_combo)

        column.addSpacing(6)
        column.addWidget(section_label(tr("Who gets a card")))
        selected = [i for i in context.selected_participation_ids
                    if any(p.id == i for p in self.print_event.participants)]  # fmt: skip
        self.selected_ids = tuple(selected)
        # One person is named as such, not counted: a sentence of its own, not a plural form.
        self.only_selected = QCheckBox(
            tr("Only the %n selected in the Participants tab", "", len(selected))
            if len(selected) != 1
            else tr("Only the person selected in the Participants tab")
        )
        self.only_selected.setChecked(bool(selected))
        self.only_selected.setVisible(bool(selected))
        column.addWidget(self.only_selected)

        self.filters = QWidget()
        form = QFormLayout(self.filters)
        form.setContentsMargins(0, 0, 0, 0)
        roles = [
            r for r in ParticipantRole if any(p.role is r for p in self.print_event.participants)
        ]
        self.role_list = _checkable_list([(r.value, tr(r.label)) for r in roles])
        self.role_list.setAccessibleName(tr("Roles"))
        form.addRow(tr("Roles:"), self.role_list)
        delegations = delegations_of(self.print_event)
        self.delegation_list = _checkable_list([(d, d) for d in delegations])
        self.delegation_list.setAccessibleName(tr("Delegations"))
        self.delegation_list.setToolTip(
            tr(
                "All checked: everyone, with or without a delegation. Uncheck some to print "
                "only the members of the others."
            )
        )
        if delegations:
            form.addRow(tr("Delegations:"), self.delegation_list)
        else:
            self.delegation_list.hide()
        self.attendance_list = _checkable_list([(a.value, tr(a.label)) for a in Attendance])
        self.attendance_list.setAccessibleName(tr("Attendance"))
        saved_attendance = settings.value(settings_key(KEY, "attendance"), None)
        wanted = (
            set(str(saved_attendance).split(","))
            if saved_attendance
            else {a.value for a in DEFAULT_ATTENDANCE}
        )
        for i in range(self.attendance_list.count()):
            item = self.attendance_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        form.addRow(tr("Attendance:"), self.attendance_list)
        column.addWidget(self.filters)

        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(tr("Order"))
        for key, label in ORDERS.items():
            if key != "given":  # a table selection has no order of its own worth keeping
                self.order_combo.addItem(tr(label), key)
        plans = self.print_event.seating_plans
        by_seat = self.order_combo.findData("seat")
        if not plans:  # shown, so the choice is known, but not to be picked
            entries = self.order_combo.model()
            assert isinstance(entries, QStandardItemModel)  # a combo box's own model
            entries.item(by_seat).setEnabled(False)
            self.order_combo.setItemData(by_seat, tr(NO_PLAN_TIP), Qt.ItemDataRole.ToolTipRole)
        saved_order = str(settings.value(settings_key(KEY, "order"), "precedence"))
        if saved_order == "seat" and not plans:
            saved_order = "precedence"
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(saved_order)))
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(tr("Seating plan"))
        for plan in plans:
            self.plan_combo.addItem(plan.name, plan.name)
        order_row = QFormLayout()
        order_row.setContentsMargins(0, 0, 0, 0)
        order_row.addRow(tr("Order:"), self.order_combo)
        order_row.addRow(tr("Plan:"), self.plan_combo)
        column.addLayout(order_row)

        column.addSpacing(6)
        column.addWidget(section_label(tr("On each card")))
        defaults = CardOptions()
        self.switches: dict[str, QCheckBox] = {}
        for field_name, label, tip in CONTENT:
            box = QCheckBox(tr(label))
            box.setToolTip(tr(tip) if tip else "")
            value = settings.value(settings_key(KEY, field_name), None)
            box.setChecked(getattr(defaults, field_name) if value is None else str(value) == "true")
            self.switches[field_name] = box
            column.addWidget(box)
        column.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.count_label)

        self.layout_combo.currentIndexChanged.connect(self._changed)
        self.order_combo.currentIndexChanged.connect(self._changed)
        self.plan_combo.currentIndexChanged.connect(self._changed)
        self.only_selected.toggled.connect(self._changed)
        for widget in (self.role_list, self.delegation_list, self.attendance_list):
            widget.itemChanged.connect(self._changed)
        for box in self.switches.values():
            box.toggled.connect(self._changed)
        self._update_state()

    @staticmethod
    def _layout_for_paper(settings: QSettings, event: EventRecord) -> str:
        """Cards start on the paper every printable starts on: the one the user picked, else
        the venue country's (``paper_options.initial_paper``)."""
        return "letter" if initial_paper(settings, KEY, event) == "letter" else "a4"

    def _changed(self, *_args: object) -> None:
        self._update_state()
        emit(self.changed)

    def _update_state(self) -> None:
        """Enable what applies, and say how many cards and sheets the choice makes."""
        self.filters.setEnabled(not self.only_selected.isChecked())
        two = self.layout_combo.currentData() in TWO_PER_SHEET
        cut = self.switches["cut_marks"]
        cut.setEnabled(two)
        cut.setToolTip(
            "" if two else tr("This layout prints one card per sheet: there is nothing to cut")
        )
        self.switches["position"].setEnabled(self.switches["affiliation"].isChecked())
        by_seat = self.order_combo.currentData() == "seat"
        self.plan_combo.setEnabled(by_seat and self.plan_combo.count() > 0)
        if not self.plan_combo.count():
            self.plan_combo.setToolTip(tr(NO_PLAN_TIP))
        else:
            self.plan_combo.setToolTip(tr(PLAN_TIP) if by_seat else tr(NOT_BY_SEAT_TIP))
        problem = self.problem()
        if problem:
            self.count_label.setText(problem)
            return
        count = self.card_count()
        sheets = -(-count // (2 if two else 1))
        # Two counts, each with its plural: the sheets' clause takes the cards' as a slot.
        cards = tr("%n cards", "", count)
        self.count_label.setText(tr("{cards} on %n sheets", "", sheets).format(cards=cards))

    # -- what the export gets ---------------------------------------------------------------

    def selection(self) -> CardSelection:
        order = self.order_combo.currentData()
        plan = self.plan_combo.currentData() if order == "seat" else None
        if self.only_selected.isChecked() and self.selected_ids:
            return CardSelection(participation_ids=self.selected_ids, order=order, plan_name=plan)
        roles = _checked(self.role_list)
        delegations = _checked(self.delegation_list)
        all_roles = len(roles) == self.role_list.count()
        all_delegations = len(delegations) == self.delegation_list.count()
        return CardSelection(
            roles=frozenset() if all_roles else frozenset(ParticipantRole(r) for r in roles),
            delegations=frozenset() if all_delegations else frozenset(delegations),
            attendance=frozenset(Attendance(a) for a in _checked(self.attendance_list)),
            order=order,
            plan_name=plan,
        )

    def card_options(self) -> CardOptions:
        values = {name: box.isChecked() and box.isEnabled() for name, box in self.switches.items()}
        return CardOptions(**values)

    def card_count(self) -> int:
        try:
            return len(select(self.print_event, self.selection()))
        except UserError:
            return 0

    def options(self) -> dict[str, Any]:
        return {
            "layout": self.layout_combo.currentData(),
            "selection": self.selection(),
            "options": self.card_options(),
        }

    def problem(self) -> str | None:
        if not self.print_event.participants:
            return tr("This event has no participants yet: add them in the Participants tab.")
        selection = self.selection()
        if selection.participation_ids is None:
            if not selection.attendance:
                return tr("Check at least one attendance status.")
            if self.role_list.count() and not _checked(self.role_list):
                return tr("Check at least one role.")
            if self.delegation_list.count() and not _checked(self.delegation_list):
                return tr("Check at least one delegation.")
        try:
            if not select(self.print_event, selection):
                return tr("No participant matches these choices.")
        except UserError as exc:
            return str(exc)[:1].upper() + str(exc)[1:] + "."
        return None

    def save(self, settings: QSettings) -> None:
        settings.setValue(settings_key(KEY, "layout"), self.layout_combo.currentData())
        settings.setValue(settings_key(KEY, "order"), self.order_combo.currentData())
        settings.setValue(settings_key(KEY, "attendance"), ",".join(_checked(self.attendance_list)))
        for name, box in self.switches.items():
            settings.setValue(settings_key(KEY, name), "true" if box.isChecked() else "false")


NAMECARDS = printable(kind_namecards.NAMECARDS, NameCardsPanel)
