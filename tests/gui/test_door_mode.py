"""At the door (gui/participants/door_mode.py): type, Return, the person is attended and the
arrival is in the log, both undone by one undo; walk-ins; no match; already in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_participants import event_id, four_people_event, tab  # noqa: F401

from roundtable.domain.enums import Attendance, LogCategory
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.gui.participants.door_mode import matches


def attendance(store, event_id: int) -> dict[str, Attendance]:  # noqa: F811
    return {
        p.person.family_name or p.person.native_name: p.attendance
        for p in store.get_event(event_id).participants
    }


def arrivals(store, event_id: int) -> list[str]:  # noqa: F811
    return [e.text for e in store.event_log(event_id).entries if e.text.startswith("Arrived")]


def open_door(qtbot, tab):  # noqa: F811
    tab.window().activateWindow()
    tab.table.setFocus()
    QTest.keyClick(
        tab.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: tab.door.isVisible() and tab.door_button.isChecked())
    return tab.door


def test_matches_fold_like_the_people_filter() -> None:
    people = [
        ParticipationRecord(PersonRecord(given_name="José", family_name="Núñez"), id=1),
        ParticipationRecord(PersonRecord(given_name="Борис", family_name="Ёлкин"), id=2),
        ParticipationRecord(PersonRecord(native_name="上月豊久"), id=3),
        ParticipationRecord(PersonRecord(given_name="Andrey", family_name="Kortunov"), id=4),
    ]
    assert [p.id for p in matches(people, "nun")] == [1]
    assert [p.id for p in matches(people, "елк")] == [2]
    assert [p.id for p in matches(people, "月")] == [3]
    assert [p.id for p in matches(people, "and kor")] == [4]
    assert matches(people, "zz") == [] and matches(people, "  ") == []


def test_return_marks_attended_and_logs_in_one_undo_step(qtbot, tab, store, event_id):  # noqa: F811
    door = open_door(qtbot, tab)
    QTest.keyClicks(door.line, "kor")
    assert door.chosen() is not None and door.chosen().person.family_name == "Kortunov"
    stack = tab.undo_stack
    before = stack.count()
    QTest.keyClick(door.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: attendance(store, event_id)["Kortunov"] is Attendance.ATTENDED)
    assert arrivals(store, event_id) == ["Arrived: Andrey Kortunov"]
    entry = store.event_log(event_id).entries[-1]
    assert entry.category is LogCategory.LOGISTICS and len(entry.person_ids) == 1
    assert stack.count() == before + 1 and door.line.text() == ""
    assert "arrived" in door.status.text()
    # Again: already in, nothing written twice.
    QTest.keyClicks(door.line, "kortunov")
    QTest.keyClick(door.line, Qt.Key.Key_Return)
    assert "already" in door.status.text()
    assert arrivals(store, event_id) == ["Arrived: Andrey Kortunov"] and stack.count() == before + 1
    stack.undo()
    qtbot.waitUntil(lambda: attendance(store, event_id)["Kortunov"] is not Attendance.ATTENDED)
    assert arrivals(store, event_id) == []


def test_down_chooses_the_next_match(qtbot, tab, store, event_id):  # noqa: F811
    door = open_door(qtbot, tab)
    QTest.keyClicks(door.line, "k")  # Kortunov, Kozuki
    first = door.chosen()
    QTest.keyClick(door.line, Qt.Key.Key_Down)
    second = door.chosen()
    assert first is not None and second is not None and first.id != second.id
    QTest.keyClick(door.line, Qt.Key.Key_Return)
    name = second.person.family_name
    qtbot.waitUntil(lambda: attendance(store, event_id)[name] is Attendance.ATTENDED)


def test_walk_in_is_added_attended_with_its_log_line(qtbot, tab, store, event_id):  # noqa: F811
    door = open_door(qtbot, tab)
    QTest.keyClicks(door.line, "Jane Walker")
    assert door.model.rowCount() == 0 and "walk-in" in door.status.text()
    QTest.keyClick(door.line, Qt.Key.Key_Return)  # offers
    assert "Walker" not in attendance(store, event_id)
    QTest.keyClick(door.line, Qt.Key.Key_Return)  # adds
    qtbot.waitUntil(lambda: "Walker" in attendance(store, event_id))
    added = next(p for p in store.get_event(event_id).participants
                 if p.person.family_name == "Walker")  # fmt: skip
    assert added.person.given_name == "Jane" and added.attendance is Attendance.ATTENDED
    assert arrivals(store, event_id) == ["Arrived: Jane Walker"]
    assert store.event_log(event_id).entries[-1].person_ids == [added.person.id]
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: "Walker" not in attendance(store, event_id))
    assert arrivals(store, event_id) == []
    tab.undo_stack.redo()
    qtbot.waitUntil(lambda: "Walker" in attendance(store, event_id))
    assert arrivals(store, event_id) == ["Arrived: Jane Walker"]


def test_escape_closes_and_nothing_typed_does_nothing(qtbot, tab, store, event_id):  # noqa: F811
    door = open_door(qtbot, tab)
    before = tab.undo_stack.count()
    QTest.keyClick(door.line, Qt.Key.Key_Return)
    assert tab.undo_stack.count() == before
    QTest.keyClick(door.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not door.isVisible())
    assert not tab.door_button.isChecked()


@pytest.mark.parametrize("typed", ["上月", "kozu"])
def test_any_script_finds_the_person(qtbot, tab, typed):  # noqa: F811
    door = open_door(qtbot, tab)
    if typed.isascii():
        QTest.keyClicks(door.line, typed)
    else:
        door.line.insert(typed)  # as an input method commits it: QTest types ASCII only
    assert door.chosen() is not None and door.chosen().person.family_name == "Kozuki"
