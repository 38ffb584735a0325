"""The plan dialog checks a layout as it is typed and will not close on an impossible one; the
pair rule dialog wants two different people; the rules for checking follow the last choice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    pid,
    plan_of,
    three_delegations,
)

from roundtable.domain.enums import DelegationSeating, TableShape
from roundtable.gui.seating import seating_dialogs
from roundtable.gui.seating.seating_dialogs import PairRuleDialog, PlanDialog
from roundtable.services.auto_seating import SeatingRules


def choose_shape(dialog: PlanDialog, shape: TableShape) -> None:
    dialog.shape_combo.setCurrentIndex(dialog.shape_combo.findData(shape))


def test_a_new_plan_starts_sensibly(qtbot, dc):
    event = dc
    event.seating_plans = []
    dialog = PlanDialog(None, event)
    qtbot.addWidget(dialog)
    plan = dialog.record()
    assert (plan.name, plan.shape, plan.seat_count, plan.head_seat) == (
        "Main table", TableShape.ROUND, 10, 1,
    )  # fmt: skip
    assert plan.day_date == event.days[0].day_date and plan.id is None
    assert dialog.problem() is None and dialog.problem_label.text() == ""
    assert not dialog.per_side_spin.isEnabled() and not dialog.rows_spin.isEnabled()


def test_the_layout_is_checked_as_it_is_typed(qtbot, dc, dialogs):
    dialog = PlanDialog(None, dc)
    qtbot.addWidget(dialog)
    assert dialog.record().name == "Table 2", "a free name next to “Main table”"
    choose_shape(dialog, TableShape.U_SHAPE)
    dialog.count_spin.setValue(12)
    assert dialog.head_spin.value() == 6, "the head follows the shape until it is set by hand"
    assert dialog.per_side_spin.isEnabled() and not dialog.rows_spin.isEnabled()
    dialog.per_side_spin.setValue(5)
    assert "15 seats, not 12" in dialog.problem_label.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.kinds() == ["warning"]
    dialog.per_side_spin.setValue(4)
    assert dialog.problem() is None
    choose_shape(dialog, TableShape.CLASSROOM)
    assert dialog.rows_spin.isEnabled() and dialog.per_side_label.text() == "Seats per &row:"
    dialog.rows_spin.setValue(3)
    plan = dialog.record()
    assert (plan.shape, plan.seats_per_side, plan.rows) == (TableShape.CLASSROOM, 4, 3)
    dialog.name_edit.setText("main table")
    assert "already has a plan" in dialog.problem()
    dialog.name_edit.setText("  ")
    assert dialog.problem() == "The plan needs a name."


def test_editing_keeps_the_plan_and_its_chosen_head(qtbot, dc):
    plan = plan_of(dc)
    dialog = PlanDialog(None, dc, plan)
    qtbot.addWidget(dialog)
    assert dialog.problem() is None, "its own name is not taken"
    dialog.head_spin.setValue(4)
    dialog.count_spin.setValue(8)
    edited = dialog.record()
    assert edited.id == plan.id and edited.head_seat == 4 and edited.pair_rules == plan.pair_rules
    assert [s.number for s in edited.seats] == [1, 2, 3], "seat 10 is past the new count"
    dialog.day_combo.setCurrentIndex(0)
    assert dialog.record().day_date is None


def test_get_plan_returns_nothing_on_cancel(qtbot, dc, monkeypatch):
    monkeypatch.setattr(PlanDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert seating_dialogs.get_plan(None, dc) == (None, False)
    monkeypatch.setattr(PlanDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    plan, accepted = seating_dialogs.get_plan(None, dc, plan_of(dc))
    assert accepted and plan == plan_of(dc)


def test_a_pair_rule_needs_two_people(qtbot, dc, dialogs):
    dialog = PairRuleDialog(None, dc)
    qtbot.addWidget(dialog)
    first, second, together = dialog.value()
    assert first != second and together is False
    dialog.second_combo.setCurrentIndex(dialog.first_combo.currentIndex())
    dialog.accept()
    assert dialogs.kinds() == ["warning"] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData(pid(dc, "Ha")))
    dialog.together_radio.setChecked(True)
    assert dialog.value()[1:] == (pid(dc, "Ha"), True)


def test_the_check_uses_the_delegation_rule_only_with_delegations(settings, dc):
    event = three_delegations()
    event.id = 5
    seating_dialogs.save_rules(settings, event, SeatingRules(delegations=DelegationSeating.FACING))
    assert seating_dialogs.rules_for_check(settings, event).delegations is DelegationSeating.FACING
    assert seating_dialogs.rules_for_check(settings, dc).delegations is DelegationSeating.NONE
    settings.setValue("seating/auto/delegations", "nonsense")
    assert seating_dialogs.load_rules(settings, event).delegations is DelegationSeating.NONE


def guest_choices(dialog: seating_dialogs.AutoSeatDialog) -> list[str]:
    return [dialog.guest_combo.itemText(i) for i in range(dialog.guest_combo.count())]


def test_the_auto_seat_dialog_names_the_guest_by_precedence_and_offers_nobody(qtbot, dc, settings):
    dialog = seating_dialogs.AutoSeatDialog(None, dc, plan_of(dc), settings)
    qtbot.addWidget(dialog)
    choices = guest_choices(dialog)
    assert choices[:2] == ["By precedence: Yong-Chool Ha", "Nobody"], "host and moderator skipped"
    assert "Guadalupe Correa Cabrera" not in choices and "Edward Boyle" not in choices
    assert dialog.rules() == SeatingRules(), "by precedence unless chosen"
    assert dialog.guest_hint.text().startswith(
        "Yong-Chool Ha is the first by precedence who is not the host, moderator or chair"
    )
    dialog.guest_combo.setCurrentIndex(dialog.guest_combo.findData(seating_dialogs.NOBODY))
    assert dialog.rules() == SeatingRules(no_guest_of_honour=True)
    assert dialog.guest_hint.text().startswith("Nobody is seated as guest of honour")


def test_the_guest_of_honour_is_remembered_per_event(qtbot, dc, settings):
    other = three_delegations()
    other.id, other.uid = 5, "other-event"
    dialog = seating_dialogs.AutoSeatDialog(None, dc, plan_of(dc), settings)
    qtbot.addWidget(dialog)
    dialog.guest_combo.setCurrentIndex(dialog.guest_combo.findData(seating_dialogs.NOBODY))
    dialog.accept()
    again = seating_dialogs.AutoSeatDialog(None, dc, plan_of(dc), settings)
    qtbot.addWidget(again)
    assert again.guest_combo.currentText() == "Nobody"
    assert seating_dialogs.rules_for_check(settings, dc).no_guest_of_honour
    elsewhere = seating_dialogs.AutoSeatDialog(None, other, other.seating_plans[0], settings)
    qtbot.addWidget(elsewhere)
    assert elsewhere.guest_combo.currentIndex() == 0, "another event: still by precedence"

    saunders = pid(dc, "Saunders")
    again.guest_combo.setCurrentIndex(again.guest_combo.findData(saunders))
    again.host_check.setChecked(False)  # the choice is kept while the rule is off
    again.accept()
    third = seating_dialogs.AutoSeatDialog(None, dc, plan_of(dc), settings)
    qtbot.addWidget(third)
    assert third.guest_combo.currentText() == "Paul J. Saunders"
    third.host_check.setChecked(True)
    assert third.rules().guest_of_honour_id == saunders
    third.guest_combo.setCurrentIndex(0)
    third.accept()
    assert seating_dialogs.load_rules(settings, dc) == SeatingRules()
