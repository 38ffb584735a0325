"""The readers behind the date and time fields: what people type, and what is not a date."""

from __future__ import annotations

from datetime import date, time

import pytest

from roundtable.gui.agenda.agenda_model import parse_clock
from roundtable.gui.common.typed_dates import parse_date, parse_time, weekday_typed


def test_the_date_reader():
    today = date(2026, 5, 1)
    assert parse_date("14th of April", today) == date(2026, 4, 14), "this year when none"
    assert parse_date("14", today) == date(2026, 5, 14), "a lone day: this month"
    assert parse_date("1/2/2027", today, day_first=True) == date(2027, 2, 1)
    assert parse_date("1/2/2027", today, day_first=False) == date(2027, 1, 2)
    assert parse_date("04/14/2027", today, day_first=True) == date(2027, 4, 14), "no 14th month"
    assert parse_date("April 14, 2027", today) == date(2027, 4, 14)
    assert parse_date("20270414", today) == date(2027, 4, 14)
    for nonsense in ("", "31 Apr 2027", "Apr 2027", "soon", "14 Apr 202"):
        assert parse_date(nonsense, today) is None, nonsense


def test_the_time_reader():
    assert [parse_time(t) for t in ("930", "14.30", "14h30", "12am", "12 p.m.")] == [
        time(9, 30), time(14, 30), time(14, 30), time(0, 0), time(12, 0),
    ]  # fmt: skip
    for nonsense in ("", "24:00", "13pm", "9:5", "noon"):
        assert parse_time(nonsense) is None, nonsense


def test_a_weekday_typed_with_a_date_is_found():
    assert weekday_typed("Wed 14 Apr 2027") == 3
    assert weekday_typed("14 Apr 2027") is None


def test_agenda_times_are_read_as_the_event_dialog_reads_them():
    """The Agenda tab's slot fields and start cells take what the event dialog takes."""
    assert parse_clock("930") == time(9, 30)
    assert parse_clock("2:30 pm") == time(14, 30)
    assert parse_clock("  ") is None
    with pytest.raises(ValueError):
        parse_clock("noon")
