"""Dates and times as programmes print them: "15–16 March 2017", "10:30–12:00".

The list, the overview, ``roundtable show`` and the PDFs all use these, so an event reads the
same everywhere. They follow the current language (``wording.language()``: the interface's, or
a PDF's while it is written) through :mod:`roundtable.domain.local_dates`, so a Japanese reader
gets "2017年3月15日～16日" where an English one gets "15–16 March 2017".
"""

from __future__ import annotations

from datetime import date, time

from roundtable.domain import local_dates
from roundtable.wording import tr


def date_range(start: date, end: date, *, short_month: bool = False) -> str:
    """Shortest unambiguous form: "12 Mar 2024", "12–14 March 2024", "30 Mar – 2 Apr 2024"."""
    return local_dates.date_range(start, end, short_month=short_month)


def long_date_range(start: date, end: date) -> str:
    """With weekdays, where there is room: "Tue 12 – Thu 14 March 2024"."""
    return local_dates.long_date_range(start, end)


def time_range(start: time | None, end: time | None) -> str:
    """ "10:30–12:00", "from 10:30" with no end, "" with no start."""
    return local_dates.time_range(start, end)


def when(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    times = time_range(start_time, end_time)
    dates = date_range(start, end)
    return tr("{dates} ({times})").format(dates=dates, times=times) if times else dates


def iso_span(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    """Compact and sortable, for one-line listings: 2018-02-26 10:30-12:00, 2017-03-15..16."""
    text = start.isoformat()
    if end != start:
        same_month = (end.year, end.month) == (start.year, start.month)
        text += ".." + (f"{end.day:02d}" if same_month else end.isoformat())
    if start_time is not None:
        text += f" {start_time:%H:%M}" + (f"-{end_time:%H:%M}" if end_time else "")
    return text


def year_span(years: list[int]) -> str:
    if not years:
        return ""
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}–{high}"


def file_size(size: int) -> str:
    """ "1 byte", "500 bytes", "3 KB", "5.0 MB" (decimal commas where the language has them)."""
    if size < 1024:
        return tr("%n bytes", "", size)
    if size < 1024 * 1024:
        return tr("{size} KB").format(size=local_dates.number(size / 1024))
    return tr("{size} MB").format(size=local_dates.number(size / (1024 * 1024), decimals=1))
