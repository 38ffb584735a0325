"""The Seating tab's dialogs: a plan's layout, the auto-seating rules, a pair rule, a seat's label.

Each is reached through a module function (``get_plan``, ``get_auto_seat_rules``,
``get_pair_rule``, ``ask_label``, ``ask_seat_number``) returning ``(value, accepted)``, so tests
can answer them. The plan dialog checks the layout as it is typed, with the same geometry the
store checks on saving, and will not close on an impossible one: the user sees why at once
rather than after a refused save. The rules chosen for auto seating are remembered in the app
settings and also decide what the violations list beside the plan checks; the guest of honour
(someone chosen, nobody, or whoever precedence gives, named in the list) is remembered per
event.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain import local_dates
from roundtable.domain.enums import DelegationSeating, TableShape
from roundtable.domain.records import EventRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import MAX_SEATS, natural_head_seat, plan_geometry
from roundtable.domain.validation import validate_plan
from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.palette_colours import problem_style
from roundtable.gui.seating.seating_models import delegation_names, display_name, seatable
from roundtable.services.auto_seating import SeatingRules, guest_by_precedence
from roundtable.services.seating_score import PRESIDING
from roundtable.wording import QT_TR_NOOP, tr

RULES_KEY = "seating/auto/"
NO_DAY = QT_TR_NOOP("No particular day")
NOBODY = "nobody"  # the guest combo's data, and the setting, for "no guest of honour"

SIDED = {TableShape.RECTANGLE, TableShape.BOARDROOM, TableShape.HOLLOW_SQUARE,
         TableShape.U_SHAPE, TableShape.CLASSROOM}  # fmt: skip
"""Shapes whose seats per side (per row, for a classroom) can be set."""


def _day_text(day: date) -> str:
    """ "Monday 26 February 2018", "2018年2月26日（月）", "понедельник, 26 февраля 2018 г."."""
    return local_dates.day_heading(day)


class PlanDialog(QDialog):
    """A plan's name, layout, head seat, day and notes (not its seats: those are the tab's)."""

    def __init__(
        self, parent: QWidget | None, event: EventRecord, plan: SeatingPlanRecord | None = None
    ) -> None:
        super().__init__(parent)
        self._original = copy.deepcopy(plan) if plan is not None else None
        self._event = event
        self.setWindowTitle(tr("Edit seating plan") if plan is not None else tr("New seating plan"))
        start = plan or SeatingPlanRecord(
            name=self._free_name(), day_date=event.days[0].day_date if event.days else None
        )
        self._taken = {p.name.strip().casefold() for p in event.seating_plans
                       if plan is None or p.id != plan.id}  # fmt: skip
        self._head_touched = plan is not None

        self.name_edit = QLineEdit(start.name)
        self.name_edit.setPlaceholderText(tr("e.g. Main table, Day 2 dinner"))
        self.shape_combo = QComboBox()
        for shape in TableShape:
            self.shape_combo.addItem(tr(shape.label), shape)
        self.shape_combo.setCurrentIndex(self.shape_combo.findData(start.shape))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_SEATS)
        self.count_spin.setValue(start.seat_count)
        self.per_side_spin = QSpinBox()
        self.per_side_spin.setRange(0, MAX_SEATS)
        self.per_side_spin.setSpecialValueText(tr("Shared out evenly"))
        self.per_side_spin.setValue(start.seats_per_side or 0)
        self.rows_spin = QSpinBox()
        self.rows_spin.setRange(0, MAX_SEATS)
        self.rows_spin.setSpecialValueText(tr("As many as needed"))
        self.rows_spin.setValue(start.rows or 0)
        self.head_spin = QSpinBox()
        self.head_spin.setRange(1, max(start.seat_count, 1))
        self.head_spin.setValue(start.head_seat)
        self.head_spin.valueChanged.connect(self._head_edited)
        self.head_hint = QLabel()
        self.head_hint.setStyleSheet("color: palette(placeholder-text);")
        self.day_combo = QComboBox()
        self.day_combo.addItem(tr(NO_DAY), None)
        for day in event.days:
            self.day_combo.addItem(_day_text(day.day_date), day.day_date)
        # By value: findData compares Python objects by identity, and two reads of one date
        # are two objects.
        dates = [self.day_combo.itemData(i) for i in range(self.day_combo.count())]
        found = dates.index(start.day_date) if start.day_date in dates else 0
        self.day_combo.setCurrentIndex(max(found, 0))
        if not event.days:
            self.day_combo.setToolTip(tr("The event has no programme days (see its Agenda tab)"))
        self.notes_edit = QPlainTextEdit(start.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("plan_problem")
        self.problem_label.setStyleSheet(problem_style())

        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("Table &shape:"), self.shape_combo)
        form.addRow(tr("Number of s&eats:"), self.count_spin)
        self.per_side_label = QLabel(tr("Seats per si&de:"))
        self.per_side_label.setBuddy(self.per_side_spin)
        form.addRow(self.per_side_label, self.per_side_spin)
        form.addRow(tr("&Rows:"), self.rows_spin)
        form.addRow(tr("&Head seat:"), self.head_spin)
        form.addRow("", self.head_hint)
        form.addRow(tr("Da&y:"), self.day_combo)
        form.addRow(tr("N&otes:"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

        for signal in (self.shape_combo.currentIndexChanged, self.count_spin.valueChanged,
                       self.per_side_spin.valueChanged, self.rows_spin.valueChanged):  # fmt: skip
            signal.connect(self._layout_changed)
        self.name_edit.textChanged.connect(self._check)
        self._layout_changed()

    def _free_name(self) -> str:
        """A name no plan of the event has, in the interface's language: it is only a start,
        the user's to change."""
        taken = {p.name.strip().casefold() for p in self._event.seating_plans}
        name, n = tr("Main table"), 2
        while name.casefold() in taken:
            name, n = tr("Table {number}").format(number=n), n + 1
        return name

    def _head_edited(self) -> None:
        if not self._filling:
            self._head_touched = True
        self._check()

    _filling = False

    def _layout_changed(self) -> None:
        shape = self._shape()
        sided = shape in SIDED
        self.per_side_spin.setEnabled(sided)
        self.per_side_label.setText(tr("Seats per &row:") if shape is TableShape.CLASSROOM
                                    else tr("Seats per si&de:"))  # fmt: skip
        self.per_side_spin.setToolTip(
            ""
            if sided
            else tr("A round table shares its seats all round")
            if shape is TableShape.ROUND
            else tr("All of this table's seats are on its one side")
        )
        classroom = shape is TableShape.CLASSROOM
        self.rows_spin.setEnabled(classroom)
        self.rows_spin.setToolTip("" if classroom else tr("Only classroom layouts have rows"))
        self._filling = True
        self.head_spin.setMaximum(self.count_spin.value())
        try:
            natural = natural_head_seat(shape, self.count_spin.value(), self._per_side(),
                                        self._rows())  # fmt: skip
        except UserError:
            natural = None
        if natural is not None and not self._head_touched:
            self.head_spin.setValue(natural)
        self._filling = False
        self.head_hint.setText(
            tr("Seat {number} is where the head usually sits at this table.").format(number=natural)
            if natural
            else ""
        )
        self._check()

    def _shape(self) -> TableShape:
        return TableShape(self.shape_combo.currentData())  # Qt hands StrEnums back as str

    def _per_side(self) -> int | None:
        shape = self._shape()
        return (self.per_side_spin.value() or None) if shape in SIDED else None

    def _rows(self) -> int | None:
        classroom = self._shape() is TableShape.CLASSROOM
        return (self.rows_spin.value() or None) if classroom else None

    def record(self) -> SeatingPlanRecord:
        """The plan as entered; an edited plan keeps its id, seats and rules."""
        plan = copy.deepcopy(self._original) if self._original else SeatingPlanRecord(name="")
        plan.name = " ".join(self.name_edit.text().split())
        plan.shape = self._shape()
        plan.seat_count = self.count_spin.value()
        plan.seats_per_side = self._per_side()
        plan.rows = self._rows()
        plan.head_seat = self.head_spin.value()
        plan.day_date = self.day_combo.currentData()
        plan.notes = self.notes_edit.toPlainText().strip()
        plan.seats = [s for s in plan.seats if s.number <= plan.seat_count]
        return plan

    def problem(self) -> str | None:
        """Why the plan as entered cannot be saved, as a sentence; None when it can."""
        plan = self.record()
        if not plan.name:
            return tr("The plan needs a name.")
        if plan.name.casefold() in self._taken:
            return tr("This event already has a plan called “{name}”.").format(name=plan.name)
        try:
            plan_geometry(plan)
            validate_plan(plan, {d.day_date for d in self._event.days})
        except UserError as exc:
            return sentence(exc)
        return None

    def _check(self) -> None:
        self.problem_label.setText(self.problem() or "")

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        super().accept()


def get_plan(
    parent: QWidget | None, event: EventRecord, plan: SeatingPlanRecord | None = None
) -> tuple[SeatingPlanRecord | None, bool]:
    """Ask for a plan's settings (a new plan when ``plan`` is None); (plan, True) on OK."""
    dialog = PlanDialog(parent, event, plan)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)


# -- auto seating rules -------------------------------------------------------------------------


def _flag(settings: QSettings, name: str, default: bool) -> bool:
    value = settings.value(RULES_KEY + name, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _guest_key(event: EventRecord) -> str:
    return f"{RULES_KEY}guest_of_honour/{event.uid or event.id}"


def load_rules(settings: QSettings, event: EventRecord | None) -> SeatingRules:
    """The rules last chosen (defaults the first time); the guest of honour is per event,
    remembered by the person's uid so it survives the event being re-imported."""
    defaults = SeatingRules()
    try:
        mode = DelegationSeating(str(settings.value(RULES_KEY + "delegations", "none")))
    except ValueError:
        mode = DelegationSeating.NONE
    guest, nobody = None, False
    if event is not None:
        uid = str(settings.value(_guest_key(event), "") or "")
        nobody = uid == NOBODY
        guest = next((p.id for p in seatable(event) if uid and p.person.uid == uid), None)
    return SeatingRules(
        head=_flag(settings, "head", defaults.head),
        host_and_guest=_flag(settings, "host_and_guest", defaults.host_and_guest),
        guest_of_honour_id=guest,
        no_guest_of_honour=nobody,
        delegations=mode,
        precedence=_flag(settings, "precedence", defaults.precedence),
        pairs=_flag(settings, "pairs", defaults.pairs),
    )


def save_rules(settings: QSettings, event: EventRecord, rules: SeatingRules) -> None:
    for name in ("head", "host_and_guest", "precedence", "pairs"):
        settings.setValue(RULES_KEY + name, bool(getattr(rules, name)))
    settings.setValue(RULES_KEY + "delegations", rules.delegations.value)
    guest = next((p for p in event.participants if p.id == rules.guest_of_honour_id), None)
    if rules.no_guest_of_honour:
        settings.setValue(_guest_key(event), NOBODY)
    elif guest is not None and guest.person.uid:
        settings.setValue(_guest_key(event), guest.person.uid)
    else:
        settings.remove(_guest_key(event))


class AutoSeatDialog(QDialog):
    """Which rules auto seating follows for this plan."""

    def __init__(
        self,
        parent: QWidget | None,
        event: EventRecord,
        plan: SeatingPlanRecord,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self._event = event
        self._settings = settings
        self.setWindowTitle(tr("Auto-seat “{plan}”").format(plan=plan.name))
        rules = load_rules(settings, event)

        intro = QLabel(
            tr(
                "Fills the plan's seats from the participants by these rules. Locked seats keep "
                "whoever is in them, labelled seats stay free for their purpose, and people who "
                "declined are left out. Everyone else's seat may change (Edit ▸ Undo puts them "
                "back)."
            )
        )
        intro.setWordWrap(True)
        self.head_check = QCheckBox(tr("&Moderator or chair at the head"))
        self.head_check.setChecked(rules.head)
        self.host_check = QCheckBox(tr("&Host at the head's right, guest of honour at its left"))
        self.host_check.setChecked(rules.host_and_guest)
        self.guest_combo = QComboBox()
        first = guest_by_precedence(seatable(event))
        self.guest_combo.addItem(
            tr("By precedence: {name}").format(name=display_name(first))
            if first
            else tr("By precedence: nobody"),
            None,
        )
        self.guest_combo.addItem(tr("Nobody"), NOBODY)
        for person in seatable(event):
            if person.role not in PRESIDING:  # the host has a seat; a moderator the head
                self.guest_combo.addItem(display_name(person), person.id)
        chosen = NOBODY if rules.no_guest_of_honour else rules.guest_of_honour_id
        self.guest_combo.setCurrentIndex(
            max(self.guest_combo.findData(chosen), 0) if chosen is not None else 0
        )
        self.guest_combo.setToolTip(
            tr(
                "Who sits at the head's left. Unless you choose someone (or nobody), it is the "
                "first by precedence who is not the host, moderator or chair."
            )
        )
        self._first_by_precedence = display_name(first) if first else ""
        self.guest_hint = QLabel()
        self.guest_hint.setWordWrap(True)
        self.guest_hint.setStyleSheet("color: palette(placeholder-text);")
        self.guest_combo.currentIndexChanged.connect(self._show_guest_hint)
        self._show_guest_hint()
        for widget in (self.guest_combo, self.guest_hint):
            self.host_check.toggled.connect(widget.setEnabled)
            widget.setEnabled(rules.host_and_guest)
        self.delegation_combo = QComboBox()
        for mode in DelegationSeating:
            self.delegation_combo.addItem(tr(mode.label), mode)
        delegations = delegation_names(event)
        if len(delegations) < 2:
            self.delegation_combo.setCurrentIndex(0)
            self.delegation_combo.setEnabled(False)
            self.delegation_combo.setToolTip(tr("This event has fewer than two delegations"))
        else:
            self.delegation_combo.setCurrentIndex(self.delegation_combo.findData(rules.delegations))
            self.delegation_combo.setToolTip(
                tr(
                    "Alternate: each delegate sits beside members of the other delegations. "
                    "Facing: the two leading delegations sit across the table from each other."
                )
            )
        self.precedence_check = QCheckBox(
            tr("By &precedence, alternating right and left of the head")
        )
        self.precedence_check.setChecked(rules.precedence)
        count = len(plan.pair_rules)
        self.pairs_check = QCheckBox(
            tr("&Keep the plan's pair rules (%n rules)", "", count)
            if count
            else tr("&Keep the plan's pair rules (it has none yet)")
        )
        self.pairs_check.setChecked(rules.pairs)

        form = QFormLayout()
        form.addRow(self.head_check)
        form.addRow(self.host_check)
        form.addRow("    " + tr("&Guest of honour:"), self.guest_combo)
        form.addRow("", self.guest_hint)
        form.addRow(tr("&Delegations:"), self.delegation_combo)
        form.addRow(self.precedence_check)
        form.addRow(self.pairs_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Seat everyone"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _show_guest_hint(self) -> None:
        """How the guest of honour is chosen, in words: a new user met one they never named."""
        choice = self.guest_combo.currentData()
        if choice == NOBODY:
            text = tr("Nobody is seated as guest of honour: that seat goes by precedence.")
        elif choice is not None:
            text = tr("{name} is the guest of honour, as you choose.").format(
                name=self.guest_combo.currentText()
            )
        elif self._first_by_precedence:
            text = tr(
                "{name} is the first by precedence who is not the host, moderator or chair; "
                "choose someone else, or nobody, here."
            ).format(name=self._first_by_precedence)
        else:
            text = tr("Nobody qualifies: everyone left is the host, moderator or chair.")
        self.guest_hint.setText(text)

    def rules(self) -> SeatingRules:
        mode = self.delegation_combo.currentData() if self.delegation_combo.isEnabled() else None
        # Qt hands StrEnum data back as plain strings.
        mode = DelegationSeating(mode) if mode else DelegationSeating.NONE
        rules = self._chosen(mode)
        if not rules.host_and_guest:  # no guest of honour to seat
            rules = replace(rules, guest_of_honour_id=None, no_guest_of_honour=False)
        return rules

    def _chosen(self, mode: DelegationSeating) -> SeatingRules:
        """Every choice as the dialog shows it, the guest of honour's even when unused."""
        guest = self.guest_combo.currentData()
        return SeatingRules(
            head=self.head_check.isChecked(),
            host_and_guest=self.host_check.isChecked(),
            guest_of_honour_id=guest if isinstance(guest, int) else None,
            no_guest_of_honour=guest == NOBODY,
            delegations=mode,
            precedence=self.precedence_check.isChecked(),
            pairs=self.pairs_check.isChecked(),
        )

    def accept(self) -> None:
        if self.delegation_combo.isEnabled():
            mode = DelegationSeating(self.delegation_combo.currentData())
        else:  # keep the delegation choice for events that have delegations
            mode = load_rules(self._settings, self._event).delegations
        # The guest of honour is kept even while the host rule is off, for when it is back on.
        save_rules(self._settings, self._event, self._chosen(mode))
        super().accept()


def _with_mode(rules: SeatingRules, mode: DelegationSeating) -> SeatingRules:
    return replace(rules, delegations=mode)


def get_auto_seat_rules(
    parent: QWidget | None, event: EventRecord, plan: SeatingPlanRecord, settings: QSettings
) -> tuple[SeatingRules | None, bool]:
    """Ask which rules to seat by (remembered for next time); (rules, True) on OK."""
    dialog = AutoSeatDialog(parent, event, plan, settings)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.rules() if accepted else None, accepted)


def rules_for_check(settings: QSettings, event: EventRecord | None) -> SeatingRules:
    """The rules the violations list checks: the last choice, the delegation rule only where
    the event has delegations to apply it to."""
    rules = load_rules(settings, event)
    if len(delegation_names(event)) < 2:
        rules = _with_mode(rules, DelegationSeating.NONE)
    return rules


# -- pair rules, labels, seat numbers -----------------------------------------------------------


class PairRuleDialog(QDialog):
    """Two participants who must sit side by side, or must not."""

    def __init__(self, parent: QWidget | None, event: EventRecord) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New pair rule"))
        people = seatable(event)
        self.first_combo = QComboBox()
        self.second_combo = QComboBox()
        for combo in (self.first_combo, self.second_combo):
            for person in people:
                combo.addItem(display_name(person), person.id)
        if len(people) > 1:
            self.second_combo.setCurrentIndex(1)
        self.together_radio = QRadioButton(tr("Keep them &together (side by side)"))
        self.apart_radio = QRadioButton(tr("Keep them &apart (not side by side)"))
        self.apart_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.together_radio)
        group.addButton(self.apart_radio)
        form = QFormLayout()
        form.addRow(tr("&First person:"), self.first_combo)
        form.addRow(tr("&Second person:"), self.second_combo)
        form.addRow(self.together_radio)
        form.addRow(self.apart_radio)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def value(self) -> tuple[int, int, bool]:
        return (self.first_combo.currentData(), self.second_combo.currentData(),
                self.together_radio.isChecked())  # fmt: skip

    def accept(self) -> None:
        first, second, _together = self.value()
        if first is None or first == second:
            QMessageBox.warning(self, self.windowTitle(), tr("Choose two different people."))
            return
        super().accept()


def get_pair_rule(
    parent: QWidget | None, event: EventRecord
) -> tuple[tuple[int, int, bool] | None, bool]:
    """Ask for (first, second, together); ((…), True) on OK."""
    dialog = PairRuleDialog(parent, event)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.value() if accepted else None, accepted)


def ask_label(parent: QWidget | None, number: int, current: str) -> tuple[str, bool]:
    """A seat's label ("Press", "Interpreter"); an empty one clears it."""
    text, accepted = QInputDialog.getText(
        parent,
        tr("Label seat {number}").format(number=number),
        tr("Keep this seat for (e.g. Press, Interpreter); leave empty for a participant's seat:"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text, bool(accepted)


def ask_seat_number(
    parent: QWidget | None, title: str, prompt: str, current: int, maximum: int
) -> tuple[int, bool]:
    number, accepted = QInputDialog.getInt(parent, title, prompt, current, 1, maximum)
    return number, bool(accepted)
