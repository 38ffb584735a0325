"""The log entry dialog: the time in the event's zone defaulting to now, the category, the text,
the agenda item and people from the event, a timed entry's end, and what it hands back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord, LogRevision
from roundtable.domain.records import (
    AgendaItemRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.gui.log import log_entry_dialog
from roundtable.gui.log.log_entry_dialog import NO_ITEM, LogEntryDialog, get_log_entry

NOW = datetime(2017, 3, 15, 7, 12, 30, tzinfo=UTC)  # 10:12:30 in Moscow


def moscow() -> EventRecord:
    event = EventRecord(
        "Moscow round", date(2017, 3, 15), date(2017, 3, 16), timezone="Europe/Moscow"
    )
    event.participants = [
        ParticipationRecord(PersonRecord("Toyohisa", "Kozuki", id=7), delegation="Japan", id=70),
        ParticipationRecord(PersonRecord("Andrey", "Kortunov", id=8), delegation="Russia", id=80),
    ]
    event.days = [
        DayRecord(date(2017, 3, 15), items=[AgendaItemRecord("Opening remarks", 30, id=1)]),
        DayRecord(date(2017, 3, 16), items=[AgendaItemRecord("Korean Peninsula", 90, id=2)]),
    ]
    return event


@pytest.fixture
def dialog(qtbot):
    made = LogEntryDialog(None, moscow(), now=NOW, text="Started late")
    qtbot.addWidget(made)
    return made


def local(edit) -> str:
    return edit.dateTime().toString("yyyy-MM-dd HH:mm:ss")


def test_a_new_entry_starts_now_in_the_events_zone(dialog):
    assert dialog.windowTitle() == "New log entry"
    assert local(dialog.time_edit) == "2017-03-15 10:12:30"
    assert dialog.time_label.text() == "&Time (Europe/Moscow):"
    assert dialog.category_combo.currentText() == "Note"
    assert dialog.item_combo.currentText() == NO_ITEM and dialog.ends_edit is None
    record = dialog.record()
    assert record.at == NOW and record.text == "Started late"
    assert record.category is LogCategory.NOTE and record.person_ids == [] and record.id is None


def test_the_time_typed_is_read_in_the_events_zone(dialog):
    dialog.time_edit.setDateTime(QDateTime.fromString("2017-03-16 09:30:00", "yyyy-MM-dd HH:mm:ss"))
    assert dialog.record().at == datetime(2017, 3, 16, 6, 30, tzinfo=UTC)
    dialog.set_now()
    assert dialog.record().at == NOW


def test_a_time_is_typed_as_people_write_it(qtbot, dialog):
    """Real key events into the time of day: "1045" replaces "10:12" whole, and the date
    field takes "16 Mar"; a time that is not one keeps the entry from being added."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    field = dialog.time_edit.time_field
    field.setFocus()  # the offscreen platform gives focus after a click's release, not at its press
    qtbot.waitUntil(field.hasFocus)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.selectedText() == "10:12", "a click into the time selects all of it"
    QTest.keyClicks(field, "1045")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "10:45"
    date_edit = dialog.time_edit.date_field.edit
    date_edit.setFocus()
    date_edit.selectAll()
    QTest.keyClicks(date_edit, "16 Mar")
    QTest.keyClick(date_edit, Qt.Key.Key_Tab)
    assert dialog.record().at == datetime(2017, 3, 16, 7, 45, tzinfo=UTC)
    field.setText("25:00")
    assert not dialog.ok_button.isEnabled()
    assert "“25:00” is not a time" in dialog.problem_label.text()
    field.clear()
    assert dialog.problem_label.text() == "The time is empty: type one such as 14:30."


def test_item_people_and_category_are_read(dialog):
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Decision"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(2))
    assert dialog.item_combo.currentText() == "Thu 16 Mar · Korean Peninsula"
    dialog.set_person_checked(8, True)
    record = dialog.record()
    assert record.category is LogCategory.DECISION
    assert record.agenda_item_id == 2 and record.person_ids == [8]


def test_ok_needs_some_text(dialog):
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Add"
    dialog.text_edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()


def test_the_people_list_can_be_narrowed(dialog):
    dialog.people_filter.setText("kort")
    shown = [dialog.people_list.item(r).text() for r in range(dialog.people_list.count())
             if not dialog.people_list.item(r).isHidden()]  # fmt: skip
    assert shown == ["Andrey Kortunov — Russia"]


def timed_entry() -> LogEntryRecord:
    start = datetime(2017, 3, 15, 6, 4, 17, tzinfo=UTC)
    return LogEntryRecord(
        at=start, ends_at=start + timedelta(minutes=32), text="Opening ran 32:00",
        category=LogCategory.TIMING, span=LogSpan.ITEM, agenda_item_id=1, person_ids=[99, 7],
        author="NCAFP rapporteur", created_at=start, id=5,
        revisions=[LogRevision("Opening ran long", NOW, "Bo")],
    )  # fmt: skip


def test_editing_starts_from_the_entry_and_keeps_what_is_left_alone(qtbot):
    entry = timed_entry()
    dialog = LogEntryDialog(None, moscow(), entry, now=NOW, extra_names={99: "Ha Yong-Chool"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit log entry" and dialog.ok_button.text() == "Save"
    assert dialog.item_combo.currentData() == 1 and dialog.category_combo.currentText() == "Timing"
    assert dialog.ends_edit is not None and local(dialog.ends_edit) == "2017-03-15 09:36:17"
    assert dialog.people_list.item(0).text() == "Ha Yong-Chool (not a participant)"
    assert "1 earlier version" in dialog.about_label.text()
    record = dialog.record()
    assert record == entry, "nothing touched: the same entry, seconds and all"
    dialog.text_edit.setPlainText("Opening ran 32 minutes")
    record = dialog.record()
    assert record.text == "Opening ran 32 minutes" and record.revisions == entry.revisions
    assert record.span is LogSpan.ITEM and record.person_ids == [99, 7]


def test_an_end_before_the_start_is_refused(qtbot):
    dialog = LogEntryDialog(None, moscow(), timed_entry(), now=NOW)
    qtbot.addWidget(dialog)
    dialog.ends_edit.setDateTime(QDateTime.fromString("2017-03-15 08:00", "yyyy-MM-dd HH:mm"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "The end is before the start."


def test_an_event_without_participants_says_so(qtbot):
    event = moscow()
    event.participants = []
    dialog = LogEntryDialog(None, event, now=NOW)
    qtbot.addWidget(dialog)
    assert not dialog.people_filter.isEnabled() and dialog.people_list.count() == 0


def test_ctrl_return_adds(qtbot, dialog):
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.text_edit.setFocus()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_get_log_entry_hands_back_the_record_or_nothing(qtbot, monkeypatch):
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    monkeypatch.setattr(log_entry_dialog.LogEntryDialog, "exec", lambda self: next(answers))
    record, accepted = get_log_entry(None, moscow(), now=NOW, text="Yes",
                                     category=LogCategory.INCIDENT)  # fmt: skip
    assert accepted and record.text == "Yes" and record.category is LogCategory.INCIDENT
    assert get_log_entry(None, moscow(), now=NOW) == (None, False)
