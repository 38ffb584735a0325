"""Dates and times as programmes print them: "15–16 March 2017", "10:30–12:00"."""

from __future__ import annotations

from datetime import date, time


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def date_range(start: date, end: date) -> str:
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{_day(start)} – {_day(end)}"


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
        text += ".." + (end.isoformat()[8:] if end.strftime("%Y-%m") == start.strftime("%Y-%m")
                        else end.isoformat())  # fmt: skip
    if start_time is not None:
        text += f" {start_time:%H:%M}" + (f"-{end_time:%H:%M}" if end_time else "")
    return text
