"""The Seating tab's list models: the Qt model contract, what they list, the drag payload, and
row updates that keep the selection instead of resetting the list."""

from __future__ import annotations

import copy

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    pid,
    plan_of,
    three_delegations,
)

from roundtable.domain.enums import Attendance
from roundtable.domain.seating import SeatRecord
from roundtable.gui.seating.seating_models import (
    DELEGATION_ROLE,
    KIND_ROLE,
    NATIVE_NAME_ROLE,
    PARTICIPATION_ID_ROLE,
    PENALTY_ROLE,
    SEATS_ROLE,
    TOGETHER_ROLE,
    PairRulesModel,
    SeatDrag,
    UnseatedModel,
    ViolationsModel,
    delegation_colours,
    drag_mime,
    read_drag,
)
from roundtable.services.auto_seating import check


def test_unseated_model_follows_the_qt_contract(qtmodeltester, dc):
    model = UnseatedModel()
    model.set_plan(dc, plan_of(dc))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    first = model.index(0)
    assert first.data(PARTICIPATION_ID_ROLE) == pid(dc, "Correa Cabrera")
    assert first.data(DELEGATION_ROLE) == "" and isinstance(
        first.data(Qt.ItemDataRole.DecorationRole), QColor
    )
    iwashita = model.index(model.row_of(pid(dc, "Iwashita")))
    assert iwashita.data(NATIVE_NAME_ROLE) == "岩下明裕"
    assert "Participant" in iwashita.data(Qt.ItemDataRole.ToolTipRole)
    model.set_plan(dc, None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_declined_people_are_not_listed(dc):
    event = copy.deepcopy(dc)
    next(
        p for p in event.participants if p.person.family_name == "Golunov"
    ).attendance = Attendance.DECLINED
    model = UnseatedModel()
    model.set_plan(event, plan_of(event))
    assert model.row_of(pid(dc, "Golunov")) == -1 and model.declined_count == 1


def test_seating_someone_removes_one_row_and_keeps_the_others(qtbot, dc):
    model = UnseatedModel()
    model.set_plan(dc, plan_of(dc))
    saunders = model.index(model.row_of(pid(dc, "Saunders")))
    kept = QPersistentModelIndex(saunders)
    seated = copy.deepcopy(dc)
    plan_of(seated).seats.append(SeatRecord(5, pid(dc, "Correa Cabrera")))
    with qtbot.waitSignal(model.rowsRemoved), qtbot.assertNotEmitted(model.modelReset):
        model.set_plan(seated, plan_of(seated))
    assert kept.isValid() and kept.row() == 0 and model.rowCount() == 3
    with qtbot.waitSignal(model.rowsInserted), qtbot.assertNotEmitted(model.modelReset):
        model.set_plan(dc, plan_of(dc))
    assert model.rowCount() == 4 and kept.row() == 1


def test_the_drag_payload_round_trips(dc):
    model = UnseatedModel()
    model.set_plan(dc, plan_of(dc))
    mime = model.mimeData([model.index(1)])
    assert read_drag(mime) == SeatDrag(pid(dc, "Saunders"), None)
    assert read_drag(drag_mime(SeatDrag(7, 3))) == SeatDrag(7, 3)
    foreign = QMimeData()
    foreign.setText("7")
    assert read_drag(foreign) is None and read_drag(None) is None
    broken = QMimeData()
    broken.setData("application/x-roundtable-seat-person", b"{not json")
    assert read_drag(broken) is None
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    model.set_editable(False)
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.canDropMimeData(
        drag_mime(SeatDrag(7, 3)), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    )


def test_a_seated_person_dropped_on_the_list_asks_to_unseat(qtbot, dc):
    model = UnseatedModel()
    model.set_plan(dc, plan_of(dc))
    with qtbot.waitSignal(model.unseat_requested) as signal:
        assert model.dropMimeData(
            drag_mime(SeatDrag(pid(dc, "Ha"), 2)), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
        )
    assert signal.args == [2]
    assert model.rowCount() == 4, "the list itself changes only when the store did"


def test_violations_model(qtmodeltester, dc):
    model = ViolationsModel()
    violations = check(plan_of(dc), dc.participants)
    model.set_violations(violations)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(violations) > 0
    penalties = [model.index(r).data(PENALTY_ROLE) for r in range(model.rowCount())]
    assert penalties == sorted(penalties, reverse=True), "heaviest first"
    top = model.index(0)
    assert top.data() == model.violation(0).message and top.data(KIND_ROLE)
    assert isinstance(top.data(SEATS_ROLE), list)
    assert "costs" in top.data(Qt.ItemDataRole.ToolTipRole)
    model.set_violations([])
    qtmodeltester.check(model, force_py=True)


def test_pair_rules_model(qtmodeltester, dc):
    model = PairRulesModel()
    model.set_plan(dc, plan_of(dc))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "Keep Yong-Chool Ha and Akihiro Iwashita apart"
    assert model.index(0).data(TOGETHER_ROLE) is False
    assert model.index(0).data(PARTICIPATION_ID_ROLE) == (pid(dc, "Ha"), pid(dc, "Iwashita"))
    model.set_plan(None, None)
    assert model.rowCount() == 0


def test_each_delegation_has_its_own_colour():
    colours = delegation_colours(three_delegations())
    assert list(colours) == ["NCAFP delegation", "Russian delegation", "Japanese delegation"]
    assert len({c.name() for c in colours.values()}) == 3
    assert delegation_colours(None) == {}
