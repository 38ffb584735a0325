"""The Seating tab: plans, the drawing, drag and drop and its keyboard and menu alternatives,
locks and labels, pair rules, violations, auto seating and read-only windows; every change one
named undo step, refusals leaving the store as it was."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest

from roundtable.domain.enums import Attendance, DelegationSeating, ParticipantRole, TableShape
from roundtable.domain.records import (
    DayRecord,
    DelegationRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.gui.seating import seating_dialogs
from roundtable.gui.seating.seating_models import SEATS_ROLE, SeatDrag, drag_mime
from roundtable.gui.shell.main_window import EVENT_TAB_KEY, TAB_SEATING, MainWindow
from roundtable.services.auto_seating import SeatingRules
from roundtable.services.demo import load_demo

DC_SLUG = "dc-policy-forum-russia-us-japan-alliance-2018"


def pid(event: EventRecord, family_name: str) -> int:
    return next(p.id for p in event.participants if p.person.family_name == family_name)


def plan_of(event: EventRecord, name: str = "Main table") -> SeatingPlanRecord:
    return next(p for p in event.seating_plans if p.name == name)


@pytest.fixture(name="dc")
def dc_fixture(store) -> EventRecord:
    """The DC roundtable with one plan: Boyle locked at the head (1), Ha at 2, Rojansky at 3,
    seat 10 kept for the press, and a rule keeping Ha and Iwashita apart."""
    load_demo(store)
    event = store.get_event(store.resolve_event(DC_SLUG))
    event.seating_plans = [
        SeatingPlanRecord(
            "Main table",
            TableShape.ROUND,
            seat_count=10,
            head_seat=1,
            day_date=event.days[0].day_date,
            seats=[
                SeatRecord(1, pid(event, "Boyle"), locked=True),
                SeatRecord(2, pid(event, "Ha")),
                SeatRecord(3, pid(event, "Rojansky")),
                SeatRecord(10, None, label="Press"),
            ],
            pair_rules=[PairRule(pid(event, "Ha"), pid(event, "Iwashita"), together=False)],
        )
    ]
    return store.save_event(event)


def three_delegations() -> EventRecord:
    """Six people in three delegations, two each, and a moderator: for the delegation rules."""
    event = EventRecord(
        title="Trilateral seating test",
        start_date=date(2017, 3, 15),
        end_date=date(2017, 3, 16),
        days=[DayRecord(date(2017, 3, 15)), DayRecord(date(2017, 3, 16))],
        delegations=[
            DelegationRecord("NCAFP delegation"),
            DelegationRecord("Russian delegation"),
            DelegationRecord("Japanese delegation"),
        ],  # fmt: skip
    )
    people = [
        ("Donald", "Zagoria", "", ParticipantRole.MODERATOR, ""),
        ("Andrey", "Kortunov", "Андрей Кортунов", ParticipantRole.DELEGATION_MEMBER,
         "Russian delegation"),
        ("Toyohisa", "Kozuki", "上月豊久", ParticipantRole.DELEGATION_MEMBER,
         "Japanese delegation"),
        ("Rorry", "Daniels", "", ParticipantRole.DELEGATION_MEMBER, "NCAFP delegation"),
        ("Ivan", "Timofeev", "Иван Тимофеев", ParticipantRole.DELEGATION_MEMBER,
         "Russian delegation"),
        ("Akio", "Takahara", "高原明生", ParticipantRole.DELEGATION_MEMBER,
         "Japanese delegation"),
        ("Jennifer", "Sale", "", ParticipantRole.DELEGATION_MEMBER, "NCAFP delegation"),
    ]  # fmt: skip
    for index, (given, family, native, role, delegation) in enumerate(people):
        event.participants.append(
            ParticipationRecord(PersonRecord(given, family, native_name=native), role,
                                delegation, precedence=index, attendance=Attendance.CONFIRMED)
        )  # fmt: skip
    event.seating_plans = [SeatingPlanRecord("Moscow round", TableShape.ROUND, seat_count=7)]
    return event


@pytest.fixture
def trilateral_id(store) -> int:
    return store.save_event(three_delegations()).id


def open_tab(window, event_id):
    # A desktop-sized window: the drawing's first zoom depends on the room it has.
    window.resize(1400, 900)
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_SEATING)
    view = window.seating_view
    assert view is not None and view.isVisible()
    return view


@pytest.fixture
def tab(window, dc):
    return open_tab(window, dc.id)


def stored_plan(store, event_id, name="Main table") -> SeatingPlanRecord:
    return plan_of(store.get_event(event_id), name)


def messages(view) -> list[str]:
    found: list[str] = []
    view.message.connect(found.append)
    return found


# -- the tab --------------------------------------------------------------------------------


def test_the_tab_is_built_when_first_shown(window, dc):
    assert window.event_tabs.tabText(TAB_SEATING) == "Sea&ting"
    window.reload()
    window.select_event(dc.id)
    assert window.seating_view is None
    window.event_tabs.setCurrentIndex(TAB_SEATING)
    view = window.seating_view
    assert view is not None and view.stack.currentWidget() is view.content
    assert view.plan_combo.currentText() == "Main table"
    assert view.plan_info.text() == "Round · 10 seats · Monday 26 February 2018"


def test_view_menu_goes_to_the_seating_tab(window, dc):
    window.reload()
    window.select_event(dc.id)
    window.set_mode("people")
    assert window.seating_action.shortcut().toString() == "Ctrl+3"
    window.seating_action.trigger()
    assert window.mode == "events" and window.event_tabs.currentIndex() == TAB_SEATING
    assert window.seating_view.current_plan.name == "Main table"


def test_the_last_tab_comes_back(qtbot, store, dc, settings):
    settings.setValue(EVENT_TAB_KEY, TAB_SEATING)
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.event_tabs.currentIndex() == TAB_SEATING)
    assert main.seating_view is not None


def test_the_drawing_shows_names_locks_labels_and_the_head(tab, dc):
    scene = tab.scene
    assert sorted(scene.seat_items) == list(range(1, 11))
    head = scene.seat_item(1)
    assert head.look.head and head.look.locked and "Boyle" in " ".join(head.tag_lines)
    ha = scene.seat_item(2)
    assert "하용출" in ha.tag_lines and ha.look.fill is not None
    assert scene.seat_item(10).tag_lines == ["Press"] and not scene.seat_item(10).look.occupied
    assert scene.seat_item(5).tag_lines == [] and scene.seat_item(5).look.fill is None
    assert "locked" in head.toolTip() and "head of the table" in head.toolTip()


def test_the_lists_beside_the_drawing(tab, dc):
    unseated = [tab.unseated_model.index(r).data() for r in range(tab.unseated_model.rowCount())]
    assert unseated == [
        "Guadalupe Correa Cabrera",
        "Paul J. Saunders",
        "Akihiro Iwashita (岩下明裕)",
        "Serghei Golunov (Сергей Голунов)",
    ]
    assert tab.unseated_heading.text() == "Un&seated (4)"
    assert tab.pairs_model.index(0).data() == "Keep Yong-Chool Ha and Akihiro Iwashita apart"
    model = tab.violations_model
    kinds = {model.violation(r).kind for r in range(model.rowCount())}
    assert {"host", "unseated"} <= kinds
    assert "Score −" in tab.score_label.text()


def test_an_event_without_plans_offers_to_create_one(window, store, dc):
    dc.seating_plans = []
    store.save_event(dc)
    view = open_tab(window, dc.id)
    assert view.stack.currentWidget() is view.no_plans
    assert view.create_first_button.isEnabled()
    for button in (
        view.edit_plan_button,
        view.delete_plan_button,
        view.auto_button,
        view.print_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip() == "Create a seating plan first"


def test_no_event_selected_shows_a_hint(window, dc):
    view = open_tab(window, dc.id)
    view.set_event(None)
    assert view.stack.currentWidget() is view.empty_label
    assert not view.new_plan_button.isEnabled()


# -- plans ------------------------------------------------------------------------------------


def test_a_new_plan_is_one_step_and_shown(tab, store, dc, window, monkeypatch):
    plan = SeatingPlanRecord("Dinner", TableShape.U_SHAPE, seat_count=9, head_seat=5)
    monkeypatch.setattr(seating_dialogs, "get_plan", lambda *_a: (plan, True))
    assert tab.new_plan_button.isEnabled()
    tab.new_plan_button.click()
    assert window.undo_stack.undoText() == "New seating plan “Dinner”"
    assert tab.plan_combo.currentText() == "Dinner" and tab.current_plan.shape is TableShape.U_SHAPE
    assert len(tab.scene.seat_items) == 9
    made = stored_plan(store, dc.id, "Dinner")
    window.undo_stack.undo()
    assert [p.name for p in store.get_event(dc.id).seating_plans] == ["Main table"]
    assert tab.plan_combo.count() == 1
    window.undo_stack.redo()
    assert stored_plan(store, dc.id, "Dinner").id == made.id


def test_a_plan_the_store_refuses_changes_nothing(tab, store, dc, window, monkeypatch, dialogs):
    impossible = SeatingPlanRecord("Tiny", TableShape.U_SHAPE, seat_count=2)
    monkeypatch.setattr(seating_dialogs, "get_plan", lambda *_a: (impossible, True))
    before = store.get_event(dc.id)
    assert not tab.new_plan()
    assert dialogs.kinds() == ["warning"]
    assert "U-shape needs at least 3 seats" in dialogs.texts("warning")[0]
    assert store.get_event(dc.id) == before and window.undo_stack.count() == 0
    assert tab.plan_combo.currentText() == "Main table"


def test_editing_a_plan_keeps_its_seats(tab, store, dc, window, monkeypatch):
    def edit(_parent, _event, plan):
        plan.name, plan.seat_count = "Head table", 12
        return plan, True

    monkeypatch.setattr(seating_dialogs, "get_plan", edit)
    old = stored_plan(store, dc.id)
    tab.edit_plan_button.click()
    assert window.undo_stack.undoText() == "Edit seating plan “Head table”"
    new = stored_plan(store, dc.id, "Head table")
    assert new.id == old.id and new.occupants() == old.occupants()
    assert len(tab.scene.seat_items) == 12 and tab.plan_combo.currentText() == "Head table"
    window.undo_stack.undo()
    assert stored_plan(store, dc.id) == old


def test_deleting_a_plan_asks_and_undo_brings_it_back(tab, store, dc, window, dialogs):
    old = store.get_event(dc.id)
    dialogs.answer = dialogs.answer.No
    assert not tab.delete_plan()
    assert store.get_event(dc.id) == old
    dialogs.answer = dialogs.answer.Yes
    tab.delete_plan_button.click()
    assert window.undo_stack.undoText() == "Delete seating plan “Main table”"
    assert tab.stack.currentWidget() is tab.no_plans
    window.undo_stack.undo()
    assert store.get_event(dc.id) == old
    assert tab.stack.currentWidget() is tab.content and tab.plan_combo.currentText() == "Main table"


# -- drag and drop ----------------------------------------------------------------------------


def test_dragging_from_the_list_onto_a_seat(tab, store, dc, window):
    saunders = pid(dc, "Saunders")
    row = tab.unseated_model.row_of(saunders)
    mime = tab.unseated_model.mimeData([tab.unseated_model.index(row)])
    drag = tab.unseated_model.participation(row).id
    assert drag == saunders and mime.hasFormat("application/x-roundtable-seat-person")
    assert tab.drop_on_seat(4, SeatDrag(saunders))
    assert window.undo_stack.undoText() == "Seat “Saunders” at seat 4"
    assert stored_plan(store, dc.id).occupants()[4] == saunders
    assert tab.unseated_model.row_of(saunders) == -1
    assert "Saunders" in " ".join(tab.scene.seat_item(4).tag_lines)
    window.undo_stack.undo()
    assert 4 not in stored_plan(store, dc.id).occupants()
    assert tab.unseated_model.row_of(saunders) >= 0 and tab.scene.seat_item(4).tag_lines == []


def test_dragging_a_seated_person_onto_a_taken_seat_swaps(tab, store, dc, window):
    ha, rojansky = pid(dc, "Ha"), pid(dc, "Rojansky")
    ids = {s.number: s.id for s in stored_plan(store, dc.id).seats}
    assert tab.drop_on_seat(3, SeatDrag(ha, 2))
    assert window.undo_stack.undoText() == "Swap “Ha” and “Rojansky”"
    plan = stored_plan(store, dc.id)
    assert (plan.occupants()[2], plan.occupants()[3]) == (rojansky, ha)
    assert {s.number: s.id for s in plan.seats} == ids
    assert tab.drop_on_seat(6, SeatDrag(ha, 3))
    assert window.undo_stack.undoText() == "Move “Ha” to seat 6"
    assert 3 not in stored_plan(store, dc.id).occupants()


def test_a_drop_on_a_locked_seat_is_refused(tab, store, dc, window):
    said = messages(tab)
    before = store.get_event(dc.id)
    assert not tab.drop_on_seat(1, SeatDrag(pid(dc, "Saunders")))
    assert not tab.drop_on_seat(1, SeatDrag(pid(dc, "Ha"), 2))
    assert store.get_event(dc.id) == before and window.undo_stack.count() == 0
    assert said and all("Seat 1 is locked" in line for line in said)
    assert "locked" in window.statusBar().currentMessage()


def test_the_locked_person_cannot_be_dragged_away(tab, store, dc, window):
    said = messages(tab)
    before = store.get_event(dc.id)
    assert not tab.drop_on_seat(5, SeatDrag(pid(dc, "Boyle"), 1))
    assert not tab.drop_on_list(SeatDrag(pid(dc, "Boyle"), 1))
    assert store.get_event(dc.id) == before and len(said) == 2


def test_dropping_a_seated_person_on_the_list_unseats(tab, store, dc, window, qtbot):
    model = tab.unseated_model
    mime = drag_mime(SeatDrag(pid(dc, "Ha"), 2))
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not model.canDropMimeData(
        drag_mime(SeatDrag(pid(dc, "Saunders"))), Qt.DropAction.MoveAction, -1, -1, QModelIndex()
    ), "a drop from the list onto itself does nothing"
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: 2 not in stored_plan(store, dc.id).occupants())
    assert window.undo_stack.undoText() == "Unseat “Ha”"
    assert model.row_of(pid(dc, "Ha")) >= 0


NO_DEPRECATION = pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")


@NO_DEPRECATION
def test_a_drop_on_a_seat_item_reaches_the_store(tab, store, dc, qtbot):
    """Through the seat item's own drop handling, as a real drag ends."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    item = tab.scene.seat_item(7)
    viewport = tab.canvas.viewport()
    at = tab.canvas.mapFromScene(item.scenePos())
    mime = drag_mime(SeatDrag(pid(dc, "Golunov")))
    move, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    no_keys = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(at, move, mime, left, no_keys))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, move, mime, left, no_keys))
    assert item.drop_state == "ok"
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), move, mime, left, no_keys))
    assert item.drop_state is None
    qtbot.waitUntil(lambda: stored_plan(store, dc.id).occupants().get(7) == pid(dc, "Golunov"))


@NO_DEPRECATION
def test_a_drag_over_a_locked_seat_shows_it_is_refused(tab, dc):
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    item = tab.scene.seat_item(1)
    at = tab.canvas.mapFromScene(item.scenePos())
    mime = drag_mime(SeatDrag(pid(dc, "Golunov")))
    args = (at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(tab.canvas.viewport(), QDragEnterEvent(*args))
    QApplication.sendEvent(tab.canvas.viewport(), QDragMoveEvent(*args))
    assert item.drop_state == "refused"


# -- keyboard and menus ---------------------------------------------------------------------


def test_return_seats_the_selected_person_at_the_selected_seat(tab, store, dc, window):
    golunov = pid(dc, "Golunov")
    assert not tab.seat_person_button.isEnabled()
    assert "Select a seat" in tab.seat_person_button.toolTip()
    tab.canvas.setFocus()
    QTest.keyClick(tab.canvas, Qt.Key.Key_Right)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Right)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Left)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Left)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Left)
    assert tab.selected_seat() == 9, "round the table: 1, 2, 1, 10, 9"
    tab.select_seat(5)
    assert "Select someone" in tab.seat_person_button.toolTip()
    assert tab.select_person(golunov)
    assert tab.seat_person_button.isEnabled()
    QTest.keyClick(tab.canvas, Qt.Key.Key_Return)
    assert stored_plan(store, dc.id).occupants()[5] == golunov
    assert window.undo_stack.undoText() == "Seat “Golunov” at seat 5"


def test_return_in_the_list_seats_too(tab, store, dc):
    tab.select_seat(6)
    tab.select_person(pid(dc, "Iwashita"))
    QTest.keyClick(tab.unseated_list, Qt.Key.Key_Return)
    assert stored_plan(store, dc.id).occupants()[6] == pid(dc, "Iwashita")


def test_delete_in_the_drawing_unseats_and_never_deletes_the_event(tab, store, dc, window):
    tab.select_seat(3)
    tab.canvas.setFocus()
    QTest.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert store.get_event(dc.id) is not None
    assert 3 not in stored_plan(store, dc.id).occupants()
    assert window.undo_stack.undoText() == "Unseat “Rojansky”"


def test_ctrl_l_locks_and_f2_labels(tab, store, dc, window, monkeypatch):
    tab.select_seat(2)
    tab.canvas.setFocus()
    QTest.keyClick(tab.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert stored_plan(store, dc.id).seat(2).locked
    assert window.undo_stack.undoText() == "Lock seat 2" and tab.lock_button.text() == "Unlock"
    assert tab.scene.seat_item(2).look.locked
    asked = []
    monkeypatch.setattr(
        seating_dialogs, "ask_label", lambda _p, n, cur: (asked.append((n, cur)), ("VIP", True))[1]
    )
    QTest.keyClick(tab.canvas, Qt.Key.Key_F2)
    assert asked == [(2, "")] and stored_plan(store, dc.id).seat(2).label == "VIP"
    assert window.undo_stack.undoText() == "Label seat 2 “VIP”"


def test_the_seat_menu_offers_every_seat_action(tab, store, dc, window):
    tab.select_person(pid(dc, "Saunders"))
    menu = tab.seat_menu(4)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Seat 4", "Seat Paul J. Saunders here", "Unseat", "Move to seat…",
                     "Lock seat", "Set label…"]  # fmt: skip
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled["Seat Paul J. Saunders here"] and not enabled["Unseat"]
    tab.seat_person_action.trigger()
    assert stored_plan(store, dc.id).occupants()[4] == pid(dc, "Saunders")
    menu = tab.seat_menu(10)
    assert "Clear label" in [a.text() for a in menu.actions()]
    next(a for a in menu.actions() if a.text() == "Clear label").trigger()
    assert stored_plan(store, dc.id).seat(10).label == ""
    menu = tab.seat_menu(1)
    assert [a.text() for a in menu.actions()][0] == "Seat 1: Edward Boyle"
    assert not tab.unseat_action.isEnabled() and tab.lock_action.text() == "Unlock seat"


def test_move_to_seat_is_the_keyboard_drag(tab, store, dc, window, monkeypatch):
    monkeypatch.setattr(seating_dialogs, "ask_seat_number", lambda *_a: (3, True))
    tab.select_seat(2)
    assert tab.move_button.isEnabled()
    tab.move_button.click()
    plan = stored_plan(store, dc.id)
    assert (plan.occupants()[3], plan.occupants()[2]) == (pid(dc, "Ha"), pid(dc, "Rojansky"))
    assert tab.selected_seat() == 3


# -- pair rules and violations ----------------------------------------------------------------


def test_pair_rules_are_added_and_removed(tab, store, dc, window, monkeypatch):
    golunov, iwashita = pid(dc, "Golunov"), pid(dc, "Iwashita")
    monkeypatch.setattr(
        seating_dialogs, "get_pair_rule", lambda *_a: ((iwashita, golunov, True), True)
    )
    assert not tab.remove_rule_button.isEnabled()
    tab.add_rule_button.click()
    assert window.undo_stack.undoText() == "Keep “Iwashita” and “Golunov” together"
    assert tab.pairs_model.rowCount() == 2
    tab.pairs_list.setCurrentIndex(tab.pairs_model.index(0))
    assert tab.remove_rule_button.isEnabled()
    tab.pairs_list.setFocus()
    QTest.keyClick(tab.pairs_list, Qt.Key.Key_Delete)
    assert window.undo_stack.undoText() == "Remove rule for “Ha” and “Iwashita”"
    rules = stored_plan(store, dc.id).pair_rules
    assert [(r.first_participation_id, r.together) for r in rules] == [(iwashita, True)]


def test_a_broken_pair_rule_is_listed_and_its_seats_ringed(tab, store, dc):
    tab.drop_on_seat(4, SeatDrag(pid(dc, "Iwashita")))
    tab.drop_on_seat(3, SeatDrag(pid(dc, "Ha"), 2))  # Ha at 3, beside Iwashita at 4
    model = tab.violations_model
    row = next(r for r in range(model.rowCount()) if model.violation(r).kind == "apart")
    assert "Iwashita" in model.index(row).data() and model.index(row).data(SEATS_ROLE) == [3, 4]
    tab.violations_list.setCurrentIndex(model.index(row))
    assert tab.scene.highlighted == {3, 4}
    assert tab.scene.seat_item(3).highlighted and not tab.scene.seat_item(5).highlighted


# -- auto seating -----------------------------------------------------------------------------


def test_auto_seat_is_one_undo_step_and_reports(tab, store, dc, window, monkeypatch, dialogs):
    monkeypatch.setattr(seating_dialogs, "get_auto_seat_rules", lambda *_a: (SeatingRules(), True))
    before = store.get_event(dc.id)
    said = messages(tab)
    result = tab.auto_seat()
    assert result is not None
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Auto-seat “Main table”"
    plan = stored_plan(store, dc.id)
    assert plan.occupants()[1] == pid(dc, "Boyle") and len(plan.occupants()) == 7
    assert 10 not in plan.occupants(), "the press seat stays free"
    assert dialogs.calls == [], "no box to click away"
    assert said[-1].startswith("Auto-seated “Main table”: 7 seats taken; score")
    assert tab.unseated_model.rowCount() == 0
    window.undo_stack.undo()
    assert store.get_event(dc.id) == before


def test_auto_seat_again_moves_nobody(tab, window, monkeypatch, dialogs):
    monkeypatch.setattr(seating_dialogs, "get_auto_seat_rules", lambda *_a: (SeatingRules(), True))
    said = messages(tab)
    tab.auto_seat()
    assert tab.auto_seat() is not None
    assert window.undo_stack.count() == 1, "nothing to undo the second time"
    assert "nobody moved" in said[-1]


def test_cancelling_auto_seat_changes_nothing(tab, store, dc, window, monkeypatch, dialogs):
    monkeypatch.setattr(seating_dialogs, "get_auto_seat_rules", lambda *_a: (None, False))
    before = store.get_event(dc.id)
    assert tab.auto_seat() is None
    assert store.get_event(dc.id) == before and window.undo_stack.count() == 0
    assert dialogs.calls == []


def test_print_chart_opens_the_print_dialog_on_the_seating_chart(tab, dc, monkeypatch):
    from roundtable.gui.printing import print_dialog

    opened = []

    def fake_open(parent, context, kinds, initial_key=None):
        opened.append((context.event.id, initial_key))
        return "Seating chart: saved"

    monkeypatch.setattr(print_dialog, "open_print_dialog", fake_open)
    said = messages(tab)
    assert tab.print_button.isEnabled()
    tab.print_button.click()
    assert opened == [(dc.id, "seating")] and said == ["Seating chart: saved"]


def test_the_auto_seat_dialog_remembers_the_rules(qtbot, store, trilateral_id, settings):
    event = store.get_event(trilateral_id)
    plan = event.seating_plans[0]
    dialog = seating_dialogs.AutoSeatDialog(None, event, plan, settings)
    qtbot.addWidget(dialog)
    assert dialog.rules() == SeatingRules()
    assert dialog.delegation_combo.isEnabled()
    dialog.delegation_combo.setCurrentIndex(
        dialog.delegation_combo.findData(DelegationSeating.ALTERNATE)
    )
    dialog.precedence_check.setChecked(False)
    kozuki = pid(event, "Kozuki")
    dialog.guest_combo.setCurrentIndex(dialog.guest_combo.findData(kozuki))
    dialog.accept()
    again = seating_dialogs.AutoSeatDialog(None, event, plan, settings)
    qtbot.addWidget(again)
    assert again.rules() == SeatingRules(
        guest_of_honour_id=kozuki, delegations=DelegationSeating.ALTERNATE, precedence=False
    )
    again.host_check.setChecked(False)
    assert not again.guest_combo.isEnabled() and again.rules().guest_of_honour_id is None


def test_the_delegation_rule_needs_delegations(qtbot, store, dc, settings):
    event = store.get_event(dc.id)
    dialog = seating_dialogs.AutoSeatDialog(None, event, plan_of(event), settings)
    qtbot.addWidget(dialog)
    assert not dialog.delegation_combo.isEnabled()
    assert "fewer than two delegations" in dialog.delegation_combo.toolTip()


def test_auto_seat_alternates_the_delegations(window, store, trilateral_id, monkeypatch, dialogs):
    view = open_tab(window, trilateral_id)
    rules = SeatingRules(delegations=DelegationSeating.ALTERNATE)
    monkeypatch.setattr(seating_dialogs, "get_auto_seat_rules", lambda *_a: (rules, True))
    view.auto_seat()
    event = store.get_event(trilateral_id)
    plan = plan_of(event, "Moscow round")
    delegation = {p.id: p.delegation for p in event.participants}
    seated = [delegation[plan.occupants()[n]] for n in range(1, 8)]
    assert seated[0] == "", "the moderator at the head"
    for left, right in zip(seated, seated[1:] + seated[:1], strict=True):
        assert not (left and left == right), seated
    assert view.violations_model.rowCount() == 0
    assert "every rule kept" in view.score_label.text()


def test_clear_unlocked_seats(tab, store, dc, window):
    assert tab.clear_button.isEnabled()
    tab.clear_button.click()
    assert window.undo_stack.undoText() == "Clear unlocked seats of “Main table”"
    assert stored_plan(store, dc.id).occupants() == {1: pid(dc, "Boyle")}
    assert not tab.clear_button.isEnabled()
    assert tab.clear_button.toolTip() == "Every unlocked seat is already empty"


# -- zoom, read-only --------------------------------------------------------------------------


def test_zoom_in_out_and_fit(tab):
    fitted = tab.canvas.zoom
    tab.zoom_in_action.trigger()
    assert tab.canvas.zoom == pytest.approx(fitted * 1.25) and not tab.canvas.auto_fit
    tab.zoom_out_action.trigger()
    tab.zoom_out_action.trigger()
    assert tab.canvas.zoom == pytest.approx(fitted / 1.25)
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    tab.canvas.wheelEvent(wheel)
    assert tab.canvas.zoom == pytest.approx(fitted)
    tab.zoom_in_action.trigger()
    tab.fit_action.trigger()
    assert tab.canvas.zoom == pytest.approx(fitted) and tab.canvas.auto_fit
    viewport = tab.canvas.viewport().rect()
    shown = tab.canvas.mapFromScene(tab.scene.sceneRect()).boundingRect()
    assert viewport.contains(shown.adjusted(2, 2, -2, -2)), "the whole table fits"


def test_a_big_table_opens_readable_and_fit_shows_it_all(window, store, dc):
    from roundtable.gui.seating.seating_canvas import READABLE_ZOOM

    dc.seating_plans.append(SeatingPlanRecord("Conference U", TableShape.U_SHAPE, 45,
                                              head_seat=23))  # fmt: skip
    store.save_event(dc)
    window.resize(1600, 1000)
    window.splitter.setSizes([200, 1400])
    view = open_tab(window, dc.id)
    view.select_plan("Conference U")
    assert view.canvas.zoom == pytest.approx(READABLE_ZOOM), "not shrunk past reading"
    head = view.canvas.mapFromScene(view.scene.seat_item(23).scenePos())
    assert view.canvas.viewport().rect().contains(head), "the head is in view"
    view.fit_button.click()
    assert view.canvas.zoom < READABLE_ZOOM
    shown = view.canvas.mapFromScene(view.scene.sceneRect()).boundingRect()
    assert view.canvas.viewport().rect().contains(shown.adjusted(2, 2, -2, -2))
    view.select_plan("Main table")
    assert view.canvas.zoom > READABLE_ZOOM, "another plan is fitted afresh"


def test_read_only_windows_change_nothing(qtbot, db_path, store, dc, settings):
    from roundtable.store.facade import Store

    reader = Store.open(str(db_path), read_only=True)
    main = MainWindow(reader, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.select_event(dc.id)
    qtbot.waitUntil(lambda: main.overview.current_event is not None)
    main.event_tabs.setCurrentIndex(TAB_SEATING)
    view = main.seating_view
    view.select_seat(2)
    view.select_person(pid(dc, "Saunders"))
    for button in (view.new_plan_button, view.edit_plan_button, view.delete_plan_button,
                   view.auto_button, view.clear_button, view.seat_person_button,
                   view.unseat_button, view.move_button, view.lock_button, view.label_button,
                   view.add_rule_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == "This window is read-only", button.text()
    assert not view.unseated_list.dragEnabled() and not view.scene.writable
    assert not view.drop_on_seat(4, SeatDrag(pid(dc, "Saunders")))
    assert main.undo_stack.count() == 0
    assert view.fit_button.isEnabled(), "looking is still allowed"
    reader.close()
