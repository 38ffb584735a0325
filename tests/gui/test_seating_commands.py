"""Seating commands: each builder changes exactly what it says on a copy, refuses what a locked
seat forbids, and each command's undo and redo put the store back exactly (same ids)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack
from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    pid,
    plan_of,
)

from roundtable.domain.enums import Attendance, TableShape
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.event_commands import CommandContext
from roundtable.gui.seating_commands import (
    SeatingCommand,
    SeatingRefusedError,
    auto_seat_text,
    clear_text,
    label_text,
    lock_text,
    pair_rule_text,
    remove_rule_text,
    seat_text,
    unseat_text,
    with_assignments,
    with_pair_rule_added,
    with_pair_rule_removed,
    with_person_seated,
    with_plan_added,
    with_plan_removed,
    with_plan_settings,
    with_seat_emptied,
    with_seat_label,
    with_seat_locked,
    with_unlocked_cleared,
)
from roundtable.services.auto_seating import auto_seat


def test_seating_someone_from_the_list_takes_the_seat(store, dc):
    plan = plan_of(dc)
    ha, saunders = pid(dc, "Ha"), pid(dc, "Saunders")
    before = copy.deepcopy(dc)
    new = with_person_seated(dc, plan.id, saunders, 4)
    assert plan_of(new).occupants()[4] == saunders
    assert dc == before, "the builder works on a copy"
    assert seat_text(dc, plan, saunders, 4) == "Seat “Saunders” at seat 4"
    # Onto a taken seat: the one sitting there loses the seat.
    taken = with_person_seated(dc, plan.id, saunders, 2)
    assert plan_of(taken).occupants()[2] == saunders
    assert ha not in plan_of(taken).occupants().values()


def test_a_seated_person_moves_or_swaps(dc):
    plan = plan_of(dc)
    ha, rojansky = pid(dc, "Ha"), pid(dc, "Rojansky")
    moved = plan_of(with_person_seated(dc, plan.id, ha, 5))
    assert moved.occupants()[5] == ha and 2 not in moved.occupants()
    assert seat_text(dc, plan, ha, 5) == "Move “Ha” to seat 5"
    swapped = plan_of(with_person_seated(dc, plan.id, ha, 3))
    assert swapped.occupants()[3] == ha and swapped.occupants()[2] == rojansky
    assert seat_text(dc, plan, ha, 3) == "Swap “Ha” and “Rojansky”"
    ids = {s.number: s.id for s in plan.seats}
    assert {s.number: s.id for s in swapped.seats if s.number in (2, 3)} == {2: ids[2], 3: ids[3]}


def test_locked_seats_refuse_at_either_end(dc):
    plan = plan_of(dc)
    with pytest.raises(SeatingRefusedError, match="Seat 1 is locked"):
        with_person_seated(dc, plan.id, pid(dc, "Saunders"), 1)
    with pytest.raises(SeatingRefusedError, match="locked seat 1"):
        with_person_seated(dc, plan.id, pid(dc, "Boyle"), 4)
    with pytest.raises(SeatingRefusedError, match="Seat 1 is locked"):
        with_seat_emptied(dc, plan.id, 1)


def test_declined_people_and_strangers_cannot_be_seated(dc):
    plan = plan_of(dc)
    declined = copy.deepcopy(dc)
    saunders = next(p for p in declined.participants if p.person.family_name == "Saunders")
    saunders.attendance = Attendance.DECLINED
    with pytest.raises(SeatingRefusedError, match="declined"):
        with_person_seated(declined, plan.id, saunders.id, 4)
    with pytest.raises(ValueError, match="no participation"):
        with_person_seated(dc, plan.id, 987654, 4)
    with pytest.raises(ValueError, match="not seat 11"):
        with_person_seated(dc, plan.id, pid(dc, "Saunders"), 11)
    with pytest.raises(ValueError, match="no seating plan"):
        with_person_seated(dc, 987654, pid(dc, "Saunders"), 4)


def test_seat_builders_and_names(dc):
    plan = plan_of(dc)
    assert plan_of(with_seat_emptied(dc, plan.id, 2)).seat(2).participation_id is None
    assert unseat_text(dc, plan, 2) == "Unseat “Ha”"
    assert plan_of(with_seat_locked(dc, plan.id, 7, True)).seat(7).locked
    assert lock_text(7, True) == "Lock seat 7" and lock_text(1, False) == "Unlock seat 1"
    assert plan_of(with_seat_label(dc, plan.id, 9, "  Interpreter ")).seat(9).label == (
        "Interpreter"
    )
    assert label_text(9, "Interpreter") == "Label seat 9 “Interpreter”"
    assert label_text(10, "") == "Clear label of seat 10"
    cleared = plan_of(with_unlocked_cleared(dc, plan.id))
    assert cleared.occupants() == {1: pid(dc, "Boyle")}
    assert cleared.seat(10).label == "Press", "labels and locks stay"
    assert clear_text(plan) == "Clear unlocked seats of “Main table”"


def test_plan_builders(dc):
    plan = plan_of(dc)
    extra = SeatingPlanRecord("Dinner", TableShape.BOARDROOM, 12, id=999)
    added = with_plan_added(dc, extra)
    assert [p.name for p in added.seating_plans] == ["Main table", "Dinner"]
    assert added.seating_plans[1].id is None
    settings = copy.deepcopy(plan)
    settings.name, settings.seat_count, settings.shape = "Smaller", 2, TableShape.RECTANGLE
    smaller = plan_of(with_plan_settings(dc, plan.id, settings), "Smaller")
    assert (smaller.name, smaller.seat_count, smaller.shape) == ("Smaller", 2, TableShape.RECTANGLE)
    assert [s.number for s in smaller.seats] == [1, 2], "seats past the new count go"
    assert smaller.pair_rules == plan.pair_rules
    assert with_plan_removed(dc, plan.id).seating_plans == []


def test_pair_rule_builders(dc):
    plan = plan_of(dc)
    ha, iwashita, golunov = pid(dc, "Ha"), pid(dc, "Iwashita"), pid(dc, "Golunov")
    with pytest.raises(SeatingRefusedError, match="already have a rule"):
        with_pair_rule_added(dc, plan.id, iwashita, ha, True)
    with pytest.raises(SeatingRefusedError, match="two different"):
        with_pair_rule_added(dc, plan.id, ha, ha, True)
    added = plan_of(with_pair_rule_added(dc, plan.id, iwashita, golunov, True))
    assert [(r.first_participation_id, r.second_participation_id, r.together)
            for r in added.pair_rules][-1] == (iwashita, golunov, True)  # fmt: skip
    assert pair_rule_text(dc, iwashita, golunov, True) == "Keep “Iwashita” and “Golunov” together"
    assert plan_of(with_pair_rule_removed(dc, plan.id, 0)).pair_rules == []
    assert remove_rule_text(dc, plan.pair_rules[0]) == "Remove rule for “Ha” and “Iwashita”"


def run(store, old, new, text):
    """Push one command on a fresh stack; return the stack and the event id."""
    stack = QUndoStack()
    stack.push(SeatingCommand(CommandContext(store), old, new, text))
    return stack


@pytest.mark.parametrize(
    "change",
    [
        lambda e, p: with_person_seated(e, p.id, pid(e, "Saunders"), 4),
        lambda e, p: with_person_seated(e, p.id, pid(e, "Ha"), 3),
        lambda e, p: with_seat_emptied(e, p.id, 2),
        lambda e, p: with_seat_locked(e, p.id, 1, False),
        lambda e, p: with_seat_label(e, p.id, 10, ""),
        lambda e, p: with_pair_rule_removed(e, p.id, 0),
        lambda e, p: with_unlocked_cleared(e, p.id),
        lambda e, p: with_plan_removed(e, p.id),
        lambda e, p: with_plan_added(e, SeatingPlanRecord("Dinner", TableShape.U_SHAPE, 9)),
    ],
)
def test_every_change_undoes_and_redoes_exactly(store, dc, change):
    old = store.get_event(dc.id)
    stack = run(store, old, change(old, plan_of(old)), "a change")
    done = store.get_event(dc.id)
    assert done != old
    stack.undo()
    assert store.get_event(dc.id) == old, "undo restores every id"
    stack.redo()
    assert store.get_event(dc.id) == done, "redo restores the same ids as the first time"
    stack.undo()
    assert store.get_event(dc.id) == old


def test_auto_seat_is_one_step_with_the_plan_name(store, dc):
    old = store.get_event(dc.id)
    plan = plan_of(old)
    result = auto_seat(plan, old.participants)
    stack = run(
        store, old, with_assignments(old, plan.id, result.assignments), auto_seat_text(plan)
    )
    assert stack.count() == 1 and stack.undoText() == "Auto-seat “Main table”"
    seated = plan_of(store.get_event(dc.id)).occupants()
    assert seated == result.assignments and len(seated) == 7
    assert seated[1] == pid(old, "Boyle"), "the locked moderator stays at the head"
    stack.undo()
    assert store.get_event(dc.id) == old
