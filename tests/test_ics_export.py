"""iCalendar export: parses back, carries the time zone, one entry per agenda item."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from icalendar import Calendar

from roundtable.domain.records import AgendaItemRecord, DayRecord, EventRecord
from roundtable.services.demo import load_demo
from roundtable.services.ics_export import event_calendar

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo(store):
    load_demo(store)
    return store


def events_of(data: bytes):
    calendar = Calendar.from_ical(data)
    return calendar, [c for c in calendar.walk("VEVENT")]


def test_dc_roundtable_one_entry_per_item_in_washington_time(demo):
    calendar, vevents = events_of(event_calendar(demo.get_event(1), now=NOW))
    assert [str(v["summary"]).split(" — ")[0] for v in vevents] == [
        "Opening remarks",
        "Russia in the US-Japan Alliance? Beyond Chinese and North Korean Challenges",
        "Q&A",
    ]
    first = vevents[0]["dtstart"].dt
    assert first.tzinfo.key == "America/New_York" and (first.hour, first.minute) == (10, 30)
    assert first.astimezone(UTC).hour == 15  # EST in February
    assert vevents[-1]["dtend"].dt.time() == time(12, 0)
    assert "2000 M Street" in str(vevents[0]["location"])
    assert "Speakers: Yong-Chool Ha (University of Washington)" in str(vevents[1]["description"])
    assert [t["tzid"] for t in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert len({str(v["uid"]) for v in vevents}) == 3


def test_stable_output_and_uids(demo):
    event = demo.get_event(3)
    assert event_calendar(event, now=NOW) == event_calendar(event, now=NOW)


def test_an_event_without_agenda_is_one_all_day_entry(demo):
    _, vevents = events_of(event_calendar(demo.get_event(2), now=NOW))
    assert len(vevents) == 1
    assert vevents[0]["dtstart"].dt == date(2016, 3, 10)
    assert vevents[0]["dtend"].dt == date(2016, 3, 12), "DTEND is exclusive"


def test_a_timed_event_without_agenda(store):
    event = store.save_event(EventRecord(title="Briefing", start_date=date(2026, 3, 1),
                                         end_date=date(2026, 3, 1), start_time=time(14),
                                         end_time=time(15, 30), timezone="Asia/Tokyo"))  # fmt: skip
    _, vevents = events_of(event_calendar(event, now=NOW))
    start = vevents[0]["dtstart"].dt
    assert start.astimezone(UTC) == datetime(2026, 3, 1, 5, 0, tzinfo=UTC)


def test_items_across_a_clock_change_keep_their_real_length(store):
    day = DayRecord(date(2017, 3, 12), slot_start=time(1, 0),
                    items=[AgendaItemRecord("Night session", 120)])  # fmt: skip
    event = store.save_event(EventRecord(title="Overnight", start_date=day.day_date,
                                         end_date=day.day_date, timezone="America/New_York",
                                         days=[day]))  # fmt: skip
    _, vevents = events_of(event_calendar(event, now=NOW))
    start, end = vevents[0]["dtstart"].dt, vevents[0]["dtend"].dt
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)
    assert (start.hour, end.hour) == (1, 4), "01:00 EST + 2 h = 04:00 EDT"
