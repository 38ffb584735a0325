"""The ranges every stored value keeps to, whichever way it comes in.

A value enters through a dialog, a bundle, an imported list or an edit from another window;
each of those checks it against these numbers, so a bundle cannot store what the agenda dialog
would refuse, and nothing stored can make a report fail later: a thousand-billion-minute item
pushed the agenda's clock past the year 9999. The numbers follow the app's own fields (the
duration box stops at a day, the round box at 999, a seating plan at 2,000 seats) and the
database's columns (a given name holds 200 characters; PostgreSQL refuses more).
"""

from __future__ import annotations

from roundtable.domain.local_dates import number
from roundtable.wording import tr

MIN_YEAR = 1900
MAX_YEAR = 2999
"""Dates of events, programme days and log entries. Far from the calendar's ends, so that an
agenda running days past its last date, or a time moved into any time zone, stays on it."""

MAX_DURATION_MINUTES = 24 * 60
"""An agenda item, and a speaker's turn in it, lasts at most a day."""

MAX_ITEMS_PER_DAY = 500
"""Items on one day's agenda: with ``MAX_DURATION_MINUTES`` the cascade of a day's times ends
within two years of the day."""

MAX_PRECEDENCE = 1_000_000
"""Order of precedence runs 1, 2, 3…; the app renumbers it, so this only bounds a bundle."""

MAX_ROUND_NUMBER = 999

MAX_SEATS = 2000
"""Seats of one seating plan (also its seats per side, rows and head seat); the seating
geometry's own limit (``domain.seating_geometry.MAX_SEATS``, kept equal by a test)."""

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
"""One attached file (a flyer, a photo, a document), and any other stored file."""

INT_RANGE = (-(2**31), 2**31 - 1)
"""Any other whole number the database keeps: PostgreSQL's INTEGER."""

LONG_TEXT = 1_000_000
"""Characters of a text without a column length: a bio, notes, the minutes, a log entry."""

TEXT_LENGTHS: dict[str, dict[str, int]] = {
    "organisation": {"name": 300, "short_name": 60, "country": 100, "website": 500},
    "person": {
        "honorific": 60, "given_name": 200, "family_name": 200, "patronymic": 200,
        "native_name": 300, "country": 100, "email": 300, "phone": 100, "website": 500,
        "photo_crop": 60, "pronunciation": 300,
    },
    "participation": {"card_name": 300},
    "affiliation": {"position": 300},
    "series": {"name": 300, "short_name": 100},
    "event": {
        "slug": 120, "title": 500, "subtitle": 500, "short_title": 200, "programme": 300,
        "timezone": 64, "venue_name": 300, "venue_room": 200, "venue_street": 300,
        "venue_city": 200, "venue_region": 200, "venue_postcode": 40, "venue_country": 100,
        "attribution": 20, "rsvp": 500,
    },
    "delegation": {"name": 200, "country": 100},
    "event_day": {"title": 500},
    "agenda_item": {"title": 500, "room": 200},
    "attachment": {"filename": 300, "mime_type": 100, "caption": 500},
    "seating_plan": {"name": 200},
    "seat": {"label": 200},
    "log_entry": {"author": 200},
    "log_revision": {"replaced_by": 200},
    "event_change": {"author": 200},
}  # fmt: skip
"""The database's column lengths, by table and column (a test keeps them equal to the
models'). A text column not named here is a long text (``LONG_TEXT``)."""


def text_length(table: str, column: str) -> int:
    """How many characters ``table.column`` holds."""
    return TEXT_LENGTHS.get(table, {}).get(column, LONG_TEXT)


def number_text(value: int) -> str:
    """A number for a message, "1,440"; a huge one is described, not written out (Python
    refuses to turn an integer of thousands of digits into text)."""
    if abs(value) < 10**15:
        return number(value)
    return tr("a number far too large") if value > 0 else tr("a number far too small")


def text_problem(value: str, limit: int) -> str | None:
    """Why ``value`` cannot be stored as text of at most ``limit`` characters, or None.

    A lone surrogate (from a bundle's "\\ud800") cannot be written as UTF-8, and a NUL
    character ends a string in C and is refused by PostgreSQL."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return tr("holds a character that is not valid Unicode (a lone surrogate)")
    if "\x00" in value:
        return tr("holds a NUL character")
    if len(value) > limit:
        return tr("is longer than {limit} characters").format(limit=number(limit))
    return None


def range_problem(value: int, low: int, high: int, unit: str = "") -> str | None:
    """Why ``value`` is outside ``low``..``high``, or None. ``unit`` names what is counted."""
    if low <= value <= high:
        return None
    words = {"low": number(low), "high": number(high), "value": number_text(value)}
    if unit == "minutes":
        return tr("must be between {low} and {high} minutes, not {value}").format(**words)
    if unit:
        return tr("must be between {low} and {high} {unit}, not {value}").format(unit=unit, **words)
    return tr("must be between {low} and {high}, not {value}").format(**words)


def year_problem(year: int) -> str | None:
    if MIN_YEAR <= year <= MAX_YEAR:
        return None
    return tr("is in the year {year}; dates run from {first} to {last}").format(
        year=year, first=MIN_YEAR, last=MAX_YEAR
    )
