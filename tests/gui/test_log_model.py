"""The Log tab's list: entries and changes in one time line in the event's zone, the Qt model
contract, and the filters (journal/changes, category, area, search)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from roundtable.domain.enums import ChangeArea, LogCategory
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord, LogRevision
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.gui.log.log_details import row_html
from roundtable.gui.log.log_model import (
    AREA_ROLE,
    CATEGORY_ROLE,
    COLUMN_CATEGORY,
    COLUMN_PEOPLE,
    COLUMN_TEXT,
    COLUMN_TIME,
    EDITED_MARK,
    KEY_ROLE,
    ROW_CHANGE,
    ROW_ENTRY,
    SHOW_CHANGES,
    SHOW_JOURNAL,
    LogFilterModel,
    LogModel,
    build_rows,
    event_zone,
)

T0 = datetime(2017, 3, 15, 6, 0, tzinfo=UTC)  # 09:00 in Moscow


def moscow(days: int = 1) -> EventRecord:
    event = EventRecord(
        "Moscow round", date(2017, 3, 15), date(2017, 3, 14 + days), timezone="Europe/Moscow"
    )
    kozuki = PersonRecord("Toyohisa", "Kozuki", id=7)
    event.participants = [ParticipationRecord(kozuki, id=70)]
    return event


def sample_log() -> EventLog:
    return EventLog(
        entries=[
            LogEntryRecord(T0 + timedelta(minutes=5), "Opened on time\nsecond line",
                           LogCategory.NOTE, "Jane", person_ids=[7], id=1),
            LogEntryRecord(T0 + timedelta(minutes=30), "Agreed to meet again",
                           LogCategory.DECISION, "Jane", id=2,
                           revisions=[LogRevision("Meet again?", T0 + timedelta(hours=2), "Bo")]),
            LogEntryRecord(T0, "Room 2 has no projector", LogCategory.LOGISTICS, "Bo", id=3,
                           person_ids=[99]),
        ],
        changes=[
            ChangeRecord(T0 + timedelta(minutes=5), "Bo", ChangeArea.AGENDA,
                         "“Opening”: 30 → 25 min", id=11),
            ChangeRecord(T0 + timedelta(minutes=10), "Bo", ChangeArea.SEATING,
                         "Seated Kozuki at seat 2", id=12),
        ],
    )  # fmt: skip


def test_model_follows_the_qt_contract(qtmodeltester):
    model = LogModel()
    model.set_log(moscow(), sample_log())
    qtmodeltester.check(model, force_py=True)
    model.set_log(None, None)
    qtmodeltester.check(model, force_py=True)


def test_proxy_follows_the_qt_contract(qtmodeltester):
    model = LogModel()
    proxy = LogFilterModel()
    proxy.setSourceModel(model)
    model.set_log(moscow(), sample_log())
    proxy.set_search("again")
    qtmodeltester.check(proxy, force_py=True)


def test_entries_and_changes_interleave_by_time_in_the_event_zone():
    model = LogModel()
    model.set_log(moscow(), sample_log())
    shown = [
        (model.index(r, COLUMN_TIME).data(), model.index(r, COLUMN_CATEGORY).data())
        for r in range(model.rowCount())
    ]
    assert shown == [("09:00", "Logistics"), ("09:05", "Note"), ("09:05", "Agenda change"),
                     ("09:10", "Seating change"), ("09:30", "Decision (edited)")]  # fmt: skip
    assert model.index(2, 0).data(KEY_ROLE) == (ROW_CHANGE, 11)
    assert model.index(0, 0).data(CATEGORY_ROLE) == LogCategory.LOGISTICS.value
    assert model.index(2, 0).data(AREA_ROLE) == ChangeArea.AGENDA.value
    assert model.index(2, 0).data(CATEGORY_ROLE) is None


def test_the_day_is_shown_when_the_event_spans_days():
    rows = build_rows(moscow(days=2), sample_log())
    assert rows[0].time_text == "Wed 15 Mar 09:00"


def test_the_day_is_shown_when_the_log_spans_days_of_a_one_day_event():
    log = sample_log()
    log.entries[0].at = T0 + timedelta(days=1)
    rows = build_rows(moscow(), log)
    assert rows[-1].time_text == "Thu 16 Mar 09:00"


def test_a_timed_entry_shows_its_span():
    log = EventLog([LogEntryRecord(T0, "Opening ran 32:00", LogCategory.TIMING,
                                   ends_at=T0 + timedelta(minutes=32), id=1)])  # fmt: skip
    assert build_rows(moscow(), log)[0].time_text == "09:00–09:32"


def test_the_text_column_shows_the_first_line_and_edited_entries_are_marked():
    model = LogModel()
    model.set_log(moscow(), sample_log())
    texts = [model.index(r, COLUMN_TEXT).data() for r in range(model.rowCount())]
    assert texts[1] == "Opened on time…"
    assert texts[4] == "Agreed to meet again"
    assert model.index(4, COLUMN_CATEGORY).data() == f"Decision {EDITED_MARK}"
    assert model.index(1, COLUMN_CATEGORY).data() == "Note"
    assert "1 earlier version" in model.index(4, COLUMN_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COLUMN_PEOPLE).data() == "Toyohisa Kozuki"


def test_someone_no_longer_in_the_event_is_named_from_extra_names():
    model = LogModel()
    model.set_log(moscow(), sample_log(), {99: "Ha Yong-Chool"})
    assert model.index(0, COLUMN_PEOPLE).data() == "Ha Yong-Chool"
    model.set_log(moscow(), sample_log())
    assert model.index(0, COLUMN_PEOPLE).data() == "someone not in this event"


def test_changes_are_set_apart_and_not_editable():
    model = LogModel()
    model.set_log(moscow(), sample_log())
    change = model.index(2, COLUMN_TEXT)
    assert change.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, COLUMN_TEXT).data(Qt.ItemDataRole.FontRole) is None
    assert not model.flags(change) & Qt.ItemFlag.ItemIsEditable


def kinds(proxy) -> list[str]:
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(proxy.rowCount())]


@pytest.fixture
def proxy():
    model = LogModel()
    model.set_log(moscow(), sample_log())
    filtered = LogFilterModel()
    filtered.setSourceModel(model)
    filtered.keep = model  # the proxy does not own its source
    return filtered


def test_journal_or_changes_only(proxy):
    proxy.set_show(SHOW_JOURNAL)
    assert kinds(proxy) == [ROW_ENTRY] * 3
    proxy.set_show(SHOW_CHANGES)
    assert kinds(proxy) == [ROW_CHANGE] * 2
    assert proxy.filtering


def test_a_category_narrows_the_journal_and_an_area_the_changes(proxy):
    proxy.set_category(LogCategory.DECISION)
    assert [proxy.index(r, COLUMN_CATEGORY).data() for r in range(proxy.rowCount())] == [
        "Agenda change", "Seating change", "Decision (edited)"]  # fmt: skip
    proxy.set_area(ChangeArea.SEATING)
    assert [proxy.index(r, COLUMN_CATEGORY).data() for r in range(proxy.rowCount())] == [
        "Seating change", "Decision (edited)"]  # fmt: skip


def test_search_finds_text_people_and_items_in_any_case(proxy):
    proxy.set_search("KOZUKI")
    assert [proxy.index(r, COLUMN_TIME).data() for r in range(proxy.rowCount())] == [
        "09:05", "09:10"]  # fmt: skip
    proxy.set_search("seated seat")
    assert kinds(proxy) == [ROW_CHANGE]
    proxy.set_search("nothing like this")
    assert proxy.rowCount() == 0
    proxy.set_search("  ")
    assert proxy.rowCount() == 5 and not proxy.filtering


def test_search_finds_the_agenda_item():
    event = moscow()
    from roundtable.domain.records import AgendaItemRecord, DayRecord

    event.days = [DayRecord(date(2017, 3, 15), items=[AgendaItemRecord("Korean Peninsula", 90,
                                                                         id=5)])]  # fmt: skip
    log = EventLog([LogEntryRecord(T0, "Long discussion", agenda_item_id=5, id=1)])
    rows = build_rows(event, log)
    assert rows[0].item_title == "Korean Peninsula" and rows[0].matches("peninsula")


def test_an_unknown_zone_falls_back_to_utc():
    event = moscow()
    event.timezone = "Mars/Olympus"
    assert str(event_zone(event)) == "UTC"


def test_details_show_the_full_text_links_and_every_earlier_version():
    rows = build_rows(moscow(), sample_log())
    zone = event_zone(moscow())
    decision = rows[4]
    html = row_html(decision, zone)
    assert "Agreed to meet again" in html and "Earlier versions (1)" in html
    assert "Meet again?" in html and "by Bo" in html and "11:00" in html  # replaced 08:00 UTC
    note = row_html(rows[1], zone)
    assert "second line" in note and "Toyohisa Kozuki" in note and "Earlier" not in note
    change = row_html(rows[2], zone)
    assert "cannot be edited" in change
    assert "Select an entry" in row_html(None, zone)


def test_details_escape_what_was_typed():
    log = EventLog([LogEntryRecord(T0, "<b>not bold</b> & more", id=1)])
    html = row_html(build_rows(moscow(), log)[0], event_zone(moscow()))
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more" in html
