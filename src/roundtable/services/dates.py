"""Dates and times as programmes print them: "15–16 March 2017", "10:30–12:00".

The list, the overview, ``roundtable show`` and later the PDFs all use these, so an event reads
the same everywhere.
"""

from __future__ import annotations

from datetime import date, time


def date_range(start: date, end: date, *, short_month: bool = False) -> str:
    """Shortest unambiguous form: "12 Mar 2024", "12–14 March 2024", "30 Mar – 2 Apr 2024"."""
    month = "%b" if short_month else "%B"
    if end <= start:
        return f"{start.day} {start:{month} %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:{month} %Y}"
    if start.year == end.year:
        return f"{start.day} {start:{month}} – {end.day} {end:{month} %Y}"
    return f"{start.day} {start:{month} %Y} – {end.day} {end:{month} %Y}"


def long_date_range(start: date, end: date) -> str:
    """With weekdays, where there is room: "Tue 12 – Thu 14 March 2024"."""
    if end <= start:
        return f"{start:%a} {start.day} {start:%B %Y}"
    if start.year == end.year:
        left = f"{start:%a} {start.day}" + ("" if start.month == end.month else f" {start:%B}")
        return f"{left} – {end:%a} {end.day} {end:%B %Y}"
    return f"{start:%a} {start.day} {start:%B %Y} – {end:%a} {end.day} {end:%B %Y}"


def time_range(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}" if end is not None else f"from {start:%H:%M}"


def when(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    times = time_range(start_time, end_time)
    return f"{date_range(start, end)} ({times})" if times else date_range(start, end)


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
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
