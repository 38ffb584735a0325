"""Dates, weekdays, times and numbers as a reader of each language writes them
(``roundtable.domain.local_dates``): English, Japanese and Russian, given explicitly and taken
from the language being spoken (a PDF's while it is written), and the services' date texts that
follow it (``services.dates``, the timer's day titles, the log's days and moments)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from roundtable import wording
from roundtable.domain import local_dates
from roundtable.domain.local_dates import (
    date_range,
    day_heading,
    long_date,
    long_date_range,
    month_year,
    number,
    short_day,
    time_range,
    weekday,
)
from roundtable.wording import speaking

WED = date(2017, 3, 15)  # the Trilateral's second round opens on a Wednesday
THU = date(2017, 3, 16)


@pytest.fixture
def catalogue_text(monkeypatch):
    """Puts a translation into a language's catalogue for one test (the .ts files are being
    translated separately, so the tests do not depend on their wording)."""

    def put(language: str, source: str, translation: str, disambiguation: str = "") -> None:
        monkeypatch.setitem(
            wording.catalogue(language).texts, (source, disambiguation), [translation]
        )

    return put


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Wednesday 15 March 2017"),
        ("ja", "2017年3月15日（水）"),
        ("ru", "среда, 15 марта 2017 г."),
    ],
)
def test_day_heading(lang, expected):
    assert day_heading(WED, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Wed 15 March 2017"), ("ja", "2017年3月15日（水）"), ("ru", "ср, 15 марта 2017 г.")],
)
def test_day_heading_with_a_short_weekday(lang, expected):
    assert day_heading(WED, short_weekday=True, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "same_month", "across_months", "across_years"),
    [
        ("en", "15–16 March 2017", "30 March – 2 April 2017", "30 December 2017 – 2 January 2018"),
        ("ja", "2017年3月15日～16日", "2017年3月30日～4月2日", "2017年12月30日～2018年1月2日"),
        (
            "ru",
            "15–16 марта 2017 г.",
            "30 марта – 2 апреля 2017 г.",
            "30 декабря 2017 г. – 2 января 2018 г.",
        ),
    ],
)
def test_date_range(lang, same_month, across_months, across_years):
    assert date_range(WED, THU, lang=lang) == same_month
    assert date_range(date(2017, 3, 30), date(2017, 4, 2), lang=lang) == across_months
    assert date_range(date(2017, 12, 30), date(2018, 1, 2), lang=lang) == across_years
    # One day (or an end before the start) is that day alone.
    assert date_range(WED, WED, lang=lang) == long_date(WED, lang=lang)
    assert date_range(THU, WED, lang=lang) == long_date(THU, lang=lang)


def test_date_range_with_short_months():
    assert date_range(date(2017, 3, 30), date(2017, 4, 2), short_month=True, lang="en") == (
        "30 Mar – 2 Apr 2017"
    )
    assert date_range(date(2017, 3, 30), date(2017, 4, 2), short_month=True, lang="ru") == (
        "30 мар. – 2 апр. 2017 г."
    )
    # May is short already, and Japanese months are numbers.
    assert long_date(date(2017, 5, 9), short_month=True, lang="ru") == "9 мая 2017 г."
    assert long_date(date(2017, 5, 9), short_month=True, lang="ja") == "2017年5月9日"


@pytest.mark.parametrize(
    ("lang", "same_month", "across_months", "across_years"),
    [
        (
            "en",
            "Wed 15 – Thu 16 March 2017",
            "Fri 31 March – Sat 1 April 2017",
            "Sun 31 December 2017 – Mon 1 January 2018",
        ),
        (
            "ja",
            "2017年3月15日（水）～16日（木）",
            "2017年3月31日（金）～4月1日（土）",
            "2017年12月31日（日）～2018年1月1日（月）",
        ),
        (
            "ru",
            "ср, 15 – чт, 16 марта 2017 г.",
            "пт, 31 марта – сб, 1 апреля 2017 г.",
            "вс, 31 декабря 2017 г. – пн, 1 января 2018 г.",
        ),
    ],
)
def test_long_date_range(lang, same_month, across_months, across_years):
    assert long_date_range(WED, THU, lang=lang) == same_month
    assert long_date_range(date(2017, 3, 31), date(2017, 4, 1), lang=lang) == across_months
    assert long_date_range(date(2017, 12, 31), date(2018, 1, 1), lang=lang) == across_years
    assert long_date_range(WED, WED, lang=lang) == day_heading(WED, short_weekday=True, lang=lang)


@pytest.mark.parametrize(
    ("lang", "day", "month"),
    [("en", "Wed 15 March", "March 2017"), ("ja", "3月15日（水）", "2017年3月"),
     ("ru", "ср, 15 марта", "март 2017 г.")],
)  # fmt: skip
def test_short_day_and_month_year(lang, day, month):
    assert short_day(WED, lang=lang) == day
    assert month_year(WED, lang=lang) == month


def test_weekdays():
    assert [weekday(WED, lang=code) for code in ("en", "ja", "ru")] == [
        "Wednesday",
        "水曜日",
        "среда",
    ]
    sunday = date(2017, 3, 19)
    assert [weekday(sunday, short=True, lang=code) for code in ("en", "ja", "ru")] == [
        "Sun",
        "日",
        "вс",
    ]


def test_numbers():
    assert number(12345.5, decimals=1, lang="en") == "12,345.5"
    assert number(12345.5, decimals=1, lang="ja") == "12,345.5"
    # Russian groups with a narrow no-break space and has a decimal comma.
    assert number(12345.5, decimals=1, lang="ru") == "12\u202f345,5"
    assert number(7, lang="ru") == "7"


def test_time_ranges(catalogue_text):
    assert time_range(time(10, 30), time(12, 0)) == "10:30–12:00"
    assert time_range(None, time(12, 0)) == ""
    assert time_range(time(9, 5), None) == "from 09:05"
    catalogue_text("ja", "from {time}", "{time}から")
    catalogue_text("ru", "from {time}", "с {time}")
    with speaking("ja"):
        assert time_range(time(9, 5), None) == "09:05から"
        assert time_range(time(10, 30), time(12, 0)) == "10:30–12:00"
    with speaking("ru"):
        assert time_range(time(9, 5), None) == "с 09:05"


def test_the_language_spoken_is_the_default():
    """Without ``lang`` the helpers write in ``wording.language()``: English on the command
    line, a PDF's language while it is written."""
    assert day_heading(WED) == "Wednesday 15 March 2017"
    with speaking("ja"):
        assert day_heading(WED) == "2017年3月15日（水）"
        assert local_dates.long_date(WED) == "2017年3月15日"
    with speaking("ru"):
        assert long_date(WED) == "15 марта 2017 г."
    assert long_date(WED) == "15 March 2017"


# -- the services' dates follow the language ---------------------------------------------------


def test_service_dates_follow_the_language(catalogue_text):
    from roundtable.services import dates

    catalogue_text("ru", "{size} MB", "{size} МБ")
    with speaking("ja"):
        assert dates.date_range(WED, THU) == "2017年3月15日～16日"
        assert dates.long_date_range(WED, THU) == "2017年3月15日（水）～16日（木）"
    with speaking("ru"):
        assert dates.date_range(WED, THU) == "15–16 марта 2017 г."
        assert dates.file_size(5 * 1024 * 1024 + 512 * 1024) == "5,5 МБ"
    assert dates.when(WED, THU, time(9, 30), time(17, 0)) == "15–16 March 2017 (09:30–17:00)"
    catalogue_text("ja", "{dates} ({times})", "{dates}（{times}）")
    with speaking("ja"):
        assert (
            dates.when(WED, THU, time(9, 30), time(17, 0)) == "2017年3月15日～16日（09:30–17:00）"
        )
    # The listing's compact form is for sorting and scripts: the same in every language.
    with speaking("ru"):
        assert dates.iso_span(WED, THU, time(9, 30), None) == "2017-03-15..16 09:30"


def test_the_timer_and_the_log_name_days_in_the_language():
    from roundtable.domain.records import DayRecord, EventRecord
    from roundtable.services.log_export import long_day, moment_text
    from roundtable.services.session_timer import day_title

    event = EventRecord(title="Round 2", start_date=WED, end_date=THU,
                        days=[DayRecord(WED, title="Russia-Japan relations")])  # fmt: skip
    assert day_title(event, 0) == "Wed 15 March 2017 — Russia-Japan relations"
    with speaking("ja"):
        assert day_title(event, 0) == "2017年3月15日（水） — Russia-Japan relations"
        assert long_day(THU) == "2017年3月16日（木）"
        assert moment_text(datetime(2017, 3, 15, 10, 0, tzinfo=UTC)) == "2017年3月15日 10:00"
    with speaking("ru"):
        assert day_title(event, 0) == "ср, 15 марта 2017 г. — Russia-Japan relations"
        assert moment_text(datetime(2017, 3, 15, 10, 0, tzinfo=UTC)) == "15 мар. 2017 г. 10:00"
    assert moment_text(datetime(2017, 3, 15, 10, 0, tzinfo=UTC)) == "15 Mar 2017 10:00"


def test_agenda_warnings_and_edits_use_the_language(catalogue_text):
    """A warning's words go through tr(), its dates through local_dates."""
    from roundtable.domain.records import AgendaItemRecord, DayRecord
    from roundtable.services.agenda_timing import schedule_day
    from roundtable.services.edits.text import date_label, quoted

    catalogue_text("ja", "“{title}” has no duration.", "「{title}」に長さがありません。")
    catalogue_text("ja", "“{title}”", "「{title}」")
    day = DayRecord(WED, items=[AgendaItemRecord("Placeholder", 0)])
    with speaking("ja"):
        [warning] = schedule_day(day, "Europe/Moscow").warnings
        assert warning.message == "「Placeholder」に長さがありません。"
        assert quoted("Lunch") == "「Lunch」"
        assert date_label(WED) == "2017年3月15日（水）"
    assert date_label(WED) == "Wednesday 15 March 2017"
    assert quoted("Lunch") == "“Lunch”"
