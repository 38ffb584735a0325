"""One rule for a day's slot, whether the day came with a new event or from Add day."""

from __future__ import annotations

from datetime import date, time

from roundtable.domain.programme_days import MAX_NEW_DAYS, day_slot, programme_days
from roundtable.domain.records import EventRecord
from roundtable.services.edits.agenda import next_day

START, END = date(2027, 4, 14), date(2027, 4, 15)


def test_both_times_are_every_days_hours():
    days = programme_days(START, END, time(9, 30), time(17, 0))
    assert [(d.day_date, d.slot_start, d.slot_end) for d in days] == [
        (START, time(9, 30), time(17, 0)),
        (END, time(9, 30), time(17, 0)),
    ]


def test_one_time_goes_to_its_end_of_the_event():
    assert day_slot(START, START, END, time(9, 30), None) == (time(9, 30), None)
    assert day_slot(END, START, END, time(9, 30), None) == (None, None)
    assert day_slot(END, START, END, None, time(17, 0)) == (None, time(17, 0))
    # an end before the start is not a day's hours: the ends of the event, as given
    assert day_slot(START, START, END, time(17, 0), time(9, 0)) == (time(17, 0), None)


def test_no_days_for_a_backwards_or_very_long_event():
    assert programme_days(END, START, None, None) == []
    assert programme_days(START, date(2027, 6, 30), None, None) == []
    assert len(programme_days(START, date(2027, 5, 14), None, None)) == MAX_NEW_DAYS


def test_add_day_gives_the_same_slot_as_a_new_event():
    event = EventRecord(
        title="Two days", start_date=START, end_date=END, start_time=time(9, 30),
        end_time=time(17, 0), days=programme_days(START, END, time(9, 30), time(17, 0))[:1],
    )  # fmt: skip
    added = next_day(event)
    assert added is not None
    assert (added.day_date, added.slot_start, added.slot_end) == (END, time(9, 30), time(17, 0))
