"""Seating edits: each builder names exactly the seats it changes, with what they held as shown,
refuses what a locked seat forbids, and each command's undo and redo put the store back exactly
(same ids)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack
from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    pid,
    plan_of,
)

from roundtable.domain.edits.participants import SetParticipantFields
from roundtable.domain.edits.seating import SeatState, SetSeats
from roundtable.domain.enums import Attendance, TableShape
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.errors import UserError
from roundtable.gui.common.undo import CommandContext, EditCommand
from roundtable.services.auto_seating import auto_seat
from roundtable.services.edits import RefusedError
from roundtable.services.edits.seating import (
    add_plan_edit,
    add_rule_edit,
    assignments_edit,
    auto_seat_text,
    clear_edit,
    label_edit,
    label_text,
    lock_edit,
    lock_text,
    plan_settings_edit,
    remove_plan_edit,
    remove_rule_edit,
    seat_person_edit,
    unseat_edit,
)


def pid_attendance(event, participation_id: int) -> Attendance:
    return next(p.attendance for p in event.participants if p.id == participation_id)


def applied(store, event_id: int, edit, name: str = "Main table") -> SeatingPlanRecord:
    store.apply(edit)
    return plan_of(store.get_event(event_id), name)


def test_seating_someone_from_the_list_takes_the_seat(store, dc):
    plan = plan_of(dc)
    ha, saunders = pid(dc, "Ha"), pid(dc, "Saunders")
    before = copy.deepcopy(dc)
    edit = seat_person_edit(dc, plan, saunders, 4)
    assert edit.text == "Seat “Saunders” at seat 4"
    assert edit.seats == {4: (SeatState(), SeatState(saunders))}, "only the seat it changes"
    assert dc == before, "the builder reads the records and changes nothing"
    # Onto a taken seat: the one sitting there loses the seat.
    taken = applied(store, dc.id, seat_person_edit(dc, plan, saunders, 2))
    assert taken.occupants()[2] == saunders
    assert ha not in taken.occupants().values()


def test_a_seated_person_moves_or_swaps(store, dc):
    plan = plan_of(dc)
    ha, rojansky = pid(dc, "Ha"), pid(dc, "Rojansky")
    move = seat_person_edit(dc, plan, ha, 5)
    assert move.text == "Move “Ha” to seat 5"
    assert move.seats == {5: (SeatState(), SeatState(ha)), 2: (SeatState(ha), SeatState())}
    swap = seat_person_edit(dc, plan, ha, 3)
    assert swap.text == "Swap “Ha” and “Rojansky”"
    ids = {s.number: s.id for s in plan.seats}
    swapped = applied(store, dc.id, swap)
    assert swapped.occupants()[3] == ha and swapped.occupants()[2] == rojansky
    assert {s.number: s.id for s in swapped.seats if s.number in (2, 3)} == {2: ids[2], 3: ids[3]}


def test_locked_seats_refuse_at_either_end(dc):
    plan = plan_of(dc)
    with pytest.raises(RefusedError, match="Seat 1 is locked"):
        seat_person_edit(dc, plan, pid(dc, "Saunders"), 1)
    with pytest.raises(RefusedError, match="locked seat 1"):
        seat_person_edit(dc, plan, pid(dc, "Boyle"), 4)
    with pytest.raises(RefusedError, match="Seat 1 is locked"):
        unseat_edit(dc, plan, 1)


def test_declined_people_and_strangers_cannot_be_seated(store, dc):
    plan = plan_of(dc)
    declined = copy.deepcopy(dc)
    saunders = next(p for p in declined.participants if p.person.family_name == "Saunders")
    saunders.attendance = Attendance.DECLINED
    with pytest.raises(RefusedError, match="declined"):
        seat_person_edit(declined, plan, saunders.id, 4)
    with pytest.raises(ValueError, match="no participation"):
        seat_person_edit(dc, plan, 987654, 4)
    with pytest.raises(ValueError, match="not seat 11"):
        seat_person_edit(dc, plan, pid(dc, "Saunders"), 11)
    # The store checks too: an edit built elsewhere cannot seat someone who declined.
    store.apply(
        SetParticipantFields(
            participation_id=saunders.id,
            changes={"attendance": (pid_attendance(dc, saunders.id), Attendance.DECLINED)},
        )
    )
    with pytest.raises(UserError, match="declined"):
        store.apply(SetSeats(plan_id=plan.id, seats={4: (SeatState(), SeatState(saunders.id))}))


def test_seat_builders_and_names(store, dc):
    plan = plan_of(dc)
    edit = unseat_edit(dc, plan, 2)
    assert edit.text == "Unseat “Ha”"
    assert applied(store, dc.id, edit).seat(2).participation_id is None
    assert lock_text(7, True) == "Lock seat 7" and lock_text(1, False) == "Unlock seat 1"
    assert applied(store, dc.id, lock_edit(plan, 7, True)).seat(7).locked
    assert label_edit(plan, 9, "  Interpreter ").seats[9][1].label == "Interpreter"
    assert label_text(9, "Interpreter") == "Label seat 9 “Interpreter”"
    assert label_text(10, "") == "Clear label of seat 10"
    assert lock_edit(plan, 1, True) is None, "already locked: nothing to do"
    fresh = plan_of(store.get_event(dc.id))
    cleared = applied(store, dc.id, clear_edit(fresh))
    assert cleared.occupants() == {1: pid(dc, "Boyle")}
    assert cleared.seat(10).label == "Press", "labels and locks stay"
    assert clear_edit(fresh).text == "Clear unlocked seats of “Main table”"


def test_plan_builders(store, dc):
    plan = plan_of(dc)
    extra = SeatingPlanRecord("Dinner", TableShape.BOARDROOM, 12)
    store.apply(add_plan_edit(dc, extra))
    assert [p.name for p in store.get_event(dc.id).seating_plans] == ["Main table", "Dinner"]
    settings = copy.deepcopy(plan)
    settings.name, settings.seat_count, settings.shape = "Smaller", 2, TableShape.RECTANGLE
    edit = plan_settings_edit(plan, settings)
    assert set(edit.changes) == {"name", "seat_count", "shape"}
    smaller = applied(store, dc.id, edit, "Smaller")
    assert (smaller.name, smaller.seat_count, smaller.shape) == ("Smaller", 2, TableShape.RECTANGLE)
    assert [s.number for s in smaller.seats] == [1, 2], "seats past the new count go"
    assert smaller.pair_rules == plan.pair_rules
    assert plan_settings_edit(plan, copy.deepcopy(plan)) is None
    store.apply(remove_plan_edit(smaller))
    assert [p.name for p in store.get_event(dc.id).seating_plans] == ["Dinner"]


def test_pair_rule_builders(store, dc):
    plan = plan_of(dc)
    ha, iwashita, golunov = pid(dc, "Ha"), pid(dc, "Iwashita"), pid(dc, "Golunov")
    with pytest.raises(RefusedError, match="already have a rule"):
        add_rule_edit(dc, plan, iwashita, ha, True)
    with pytest.raises(RefusedError, match="two different"):
        add_rule_edit(dc, plan, ha, ha, True)
    edit = add_rule_edit(dc, plan, iwashita, golunov, True)
    assert edit.text == "Keep “Iwashita” and “Golunov” together"
    added = applied(store, dc.id, edit)
    assert [(r.first_participation_id, r.second_participation_id, r.together)
            for r in added.pair_rules][-1] == (iwashita, golunov, True)  # fmt: skip
    remove = remove_rule_edit(dc, plan, 0)
    assert remove.text == "Remove rule for “Ha” and “Iwashita”"
    assert applied(store, dc.id, remove).pair_rules[-1].first_participation_id == iwashita


def run(store, edit):
    """Push one command on a fresh stack and return the stack."""
    stack = QUndoStack()
    stack.push(EditCommand(CommandContext(store), edit))
    return stack


@pytest.mark.parametrize(
    "change",
    [
        lambda e, p: seat_person_edit(e, p, pid(e, "Saunders"), 4),
        lambda e, p: seat_person_edit(e, p, pid(e, "Ha"), 3),
        lambda e, p: unseat_edit(e, p, 2),
        lambda e, p: lock_edit(p, 1, False),
        lambda e, p: label_edit(p, 10, ""),
        lambda e, p: remove_rule_edit(e, p, 0),
        lambda e, p: clear_edit(p),
        lambda e, p: remove_plan_edit(p),
        lambda e, p: add_plan_edit(e, SeatingPlanRecord("Dinner", TableShape.U_SHAPE, 9)),
    ],
)
def test_every_change_undoes_and_redoes_exactly(store, dc, change):
    old = store.get_event(dc.id)
    stack = run(store, change(old, plan_of(old)))
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
    stack = run(store, assignments_edit(plan, result.assignments, auto_seat_text(plan)))
    assert stack.count() == 1 and stack.undoText() == "Auto-seat “Main table”"
    seated = plan_of(store.get_event(dc.id)).occupants()
    assert seated == result.assignments and len(seated) == 7
    assert seated[1] == pid(old, "Boyle"), "the locked moderator stays at the head"
    stack.undo()
    assert store.get_event(dc.id) == old
