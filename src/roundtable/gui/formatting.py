"""How dates, times and sizes read in the list, the overview and the editor, all alike."""

from __future__ import annotations

from datetime import date, time


def date_range(start: date, end: date) -> str:
    """Shortest unambiguous form: "12 Mar 2024", "12–14 Mar 2024", "30 Mar – 2 Apr 2024"."""
    if end <= start:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def long_date_range(start: date, end: date) -> str:
    """With weekdays, for the overview where there is room: "Tue 12 – Thu 14 March 2024"."""
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


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def year_span(years: list[int]) -> str:
    if not years:
        return ""
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}–{high}"
