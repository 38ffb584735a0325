"""Dates and times typed into the event dialog with real key events, as a user types them."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from roundtable.gui.common.signals import emit
from roundtable.gui.common.typed_dates import parse_time
from roundtable.gui.events.event_editor import TAB_WHEN_WHERE, EventEditorDialog


@pytest.fixture
def dialog(qtbot, store):
    """A new-event dialog on its Date & venue tab, shown and active so focus moves as it
    does for a user."""
    shown = EventEditorDialog(None, store)
    qtbot.addWidget(shown)
    shown.tabs.setCurrentIndex(TAB_WHEN_WHERE)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown


def click_into(qtbot, field) -> None:
    """A click in the middle of the field's text, as a user clicks into it."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)


def test_clicking_into_a_time_and_typing_replaces_it(qtbot, dialog):
    field = dialog.start_time_edit
    field.setTime(QTime(9, 0))
    click_into(qtbot, field)
    assert field.selectedText() == "09:00", "a click selects the whole time"
    QTest.keyClicks(field, "14")
    assert field.time() == QTime(14, 0)
    QTest.keyClicks(field, "30")
    assert field.time() == QTime(14, 30)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "14:30", "leaving the field shows the time in its own form"
    assert dialog.record().start_time == time(14, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14:30", "14:30"), ("1430", "14:30"), ("9", "09:00"), ("2:30 pm", "14:30"), ("", "")],
)
def test_a_time_typed_in_any_common_form(qtbot, dialog, typed, expected):
    field = dialog.end_time_edit
    dialog.start_time_edit.setTime(QTime(8, 0))
    field.setTime(QTime(17, 0))
    click_into(qtbot, field)
    QTest.keyClick(field, Qt.Key.Key_Delete)  # the selected text
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == expected
    assert dialog.record().end_time == (parse_time(expected) if expected else None)


def test_up_and_down_step_a_time_by_a_quarter_hour(qtbot, dialog):
    field = dialog.start_time_edit
    field.setTime(QTime(9, 0))
    click_into(qtbot, field)
    QTest.keyClick(field, Qt.Key.Key_Up)
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "09:30"
    QTest.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(9, 15)


def test_a_wrong_time_keeps_the_dialog_open_and_says_why(qtbot, dialog, dialogs):
    dialog.title_edit.setText("Arctic briefing")
    field = dialog.start_time_edit
    click_into(qtbot, field)
    QTest.keyClicks(field, "25:00")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert "“25:00” is not a time" in dialog.when_hint.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.texts("warning") == [
        "The start time “25:00” is not a time: type it like 14:30, or leave it empty."
    ]
    assert field.hasFocus()


@pytest.mark.parametrize(
    "typed", ["Wed 14 Apr 2027", "14 Apr 2027", "14 April 2027", "2027-04-14", "14/04/2027"]
)
def test_a_typed_date_is_read_as_written(qtbot, dialog, typed):
    field = dialog.start_date_edit
    field.setDate(QDate(2026, 12, 6))
    dialog.end_date_edit.setDate(QDate(2026, 12, 7))
    click_into(qtbot, field.edit)
    assert field.edit.selectedText() == "6 Dec 2026", "a click selects the whole date"
    QTest.keyClicks(field.edit, typed)
    assert field.weekday_label.text() == "Wednesday", "what was understood shows at once"
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date() == QDate(2027, 4, 14)
    assert field.edit.text() == "14 Apr 2027"
    assert dialog.end_date_edit.date() == QDate(2027, 4, 15), "the end keeps the length"
    record = dialog.record()
    assert (record.start_date, record.end_date) == (date(2027, 4, 14), date(2027, 4, 15))


def test_a_weekday_that_does_not_match_the_date_is_pointed_out(qtbot, dialog):
    field = dialog.start_date_edit
    click_into(qtbot, field.edit)
    QTest.keyClicks(field.edit, "Tue 14 Apr 2027")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date() == QDate(2027, 4, 14)
    assert field.weekday_label.text() == "Wednesday, not Tuesday"


def test_a_date_that_is_not_one_keeps_the_dialog_open(qtbot, dialog, dialogs):
    dialog.title_edit.setText("Arctic briefing")
    field = dialog.end_date_edit
    click_into(qtbot, field.edit)
    QTest.keyClicks(field.edit, "31 Apr 2027")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.weekday_label.text() == "not a date"
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "The end date “31 Apr 2027” is not a date" in dialogs.texts("warning")[0]


def test_up_and_down_move_a_date_by_a_day_and_the_calendar_picks_one(qtbot, dialog):
    field = dialog.start_date_edit
    field.setDate(QDate(2027, 4, 14))
    click_into(qtbot, field.edit)
    QTest.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 4, 15)
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.calendar_menu.isVisible)
    assert field.calendar.selectedDate() == QDate(2027, 4, 15)
    emit(field.calendar.clicked, QDate(2027, 5, 3))
    qtbot.waitUntil(lambda: not field.calendar_menu.isVisible())
    assert field.edit.text() == "3 May 2027" and field.weekday_label.text() == "Monday"
