"""The readers behind the date and time fields: what people type, and what is not a date."""

from __future__ import annotations

from datetime import date, time

import pytest

from roundtable import wording
from roundtable.gui.agenda.agenda_model import parse_clock
from roundtable.gui.common.typed_dates import date_text, parse_date, parse_time, weekday_typed


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


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "14 Apr 2027"), ("ja", "2027年4月14日"), ("ru", "14 апр. 2027 г.")],
)
def test_a_date_field_shows_its_language_and_reads_it_back(language, shown):
    reference = date(2026, 5, 1)
    with wording.speaking(language):
        assert date_text(date(2027, 4, 14)) == shown
        for month in range(1, 13):
            day = date(2027, month, 28)
            assert parse_date(date_text(day), reference, day_first=False) == day, date_text(day)


def test_japanese_and_russian_dates_are_read_on_any_desktop():
    reference = date(2026, 5, 1)
    assert parse_date("2027年4月14日（水）", reference) == date(2027, 4, 14)
    assert parse_date("4月14日", reference) == date(2026, 4, 14)
    assert parse_date("среда, 14 апреля 2027 г.", reference) == date(2027, 4, 14)
    assert parse_date("14 мая", reference) == date(2026, 5, 14)
    assert weekday_typed("2027年4月14日（火）") == 2
    assert weekday_typed("2027年4月14日") is None, "日 after a number is the day, not Sunday"
    assert weekday_typed("ср, 14 апр. 2027 г.") == 3
