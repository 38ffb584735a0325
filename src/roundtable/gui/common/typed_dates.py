"""Dates and times read as people type them: "Wed 14 Apr 2027", "14th of April", "14/4/2027",
"1430", "2:30 pm".

Qt's QDateEdit and QTimeEdit read each section on its own, so "Wed 14 Apr 2027" typed into one
came out as 14 December and "14" typed into the minutes of "09:00" was ignored. These parsers
read the whole text at once, in English and in the system language's month and weekday names
(from QLocale, hence a GUI module), with the system's day/month order for all-number dates.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QLocale

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_text(value: date) -> str:
    """ "14 Apr 2027": how a date field shows a date, and a form it reads back. The weekday is
    shown beside the field rather than in it, so there is nothing in the text to contradict."""
    return f"{value.day} {MONTH_NAMES[value.month - 1][:3]} {value.year}"


def _words(english: tuple[str, ...], local: list[str]) -> dict[str, int]:
    """Words for months or weekdays, numbered from 1: English in full and in three letters,
    then the system language's (``local``, in the same order, repeated per form), so a date
    copied from a local invitation reads too."""
    words: dict[str, int] = {}
    for number, name in enumerate(english, start=1):
        words[name.casefold()] = number
        words[name[:3].casefold()] = number
    for index, name in enumerate(local):
        key = name.casefold().strip(".")
        if key and not key.isdigit():
            words.setdefault(key, index % len(english) + 1)
    return words


def _month_words() -> dict[str, int]:
    locale, forms = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    local = [locale.monthName(m, f) for f in forms for m in range(1, 13)]
    local += [locale.standaloneMonthName(m, f) for f in forms for m in range(1, 13)]
    return {**_words(MONTH_NAMES, local), "sept": 9}


def _weekday_words() -> dict[str, int]:
    locale, forms = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    local = [locale.dayName(d, f) for f in forms for d in range(1, 8)]  # Qt's 1 is Monday too
    return {**_words(WEEKDAY_NAMES, local), "tues": 2, "thur": 4, "thurs": 4}


def day_first() -> bool:
    """Whether this computer writes the day before the month ("14/4" rather than "4/14"), for
    numeric dates that could be read either way."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return not 0 <= form.find("M") < form.find("d")


_FILLERS = {"st", "nd", "rd", "th", "of"}  # "the 14th of April"


def _tokens(text: str) -> list[str]:
    return re.findall(r"\d+|[^\W\d_]+", text.casefold())


def _day(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1000 <= year <= 9999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(digits: str | None, reference: date) -> int | None:
    if digits is None:
        return reference.year
    if len(digits) <= 2:
        return 2000 + int(digits)
    return int(digits) if len(digits) == 4 else None


def parse_date(text: str, reference: date, day_first: bool = True) -> date | None:
    """The date ``text`` means, as people type one; None if it is not one.

    Reads "14 Apr 2027", "Wed 14 April 2027", "April 14, 2027", "14th of April", "14/4/2027",
    "14.04.27", "2027-04-14" and "20270414". A weekday is allowed and ignored (the field shows
    the real one beside the date); a missing year is ``reference``'s, and a lone day number is
    that day of ``reference``'s month. Numbers alone are day first when ``day_first`` (see
    :func:`day_first`), unless only the other order makes a date.
    """
    months, weekdays = _month_words(), _weekday_words()
    month: int | None = None
    numbers: list[str] = []
    for token in _tokens(text):
        if token.isdigit():
            numbers.append(token)
        elif token in _FILLERS or token in weekdays:
            continue
        elif token in months and month is None:
            month = months[token]
        else:
            return None
    if month is not None:
        if len(numbers) == 1:
            return _day(reference.year, month, int(numbers[0]))
        if len(numbers) != 2:
            return None
        first, second = numbers
        if len(first) > 2 >= len(second):  # "2027 Apr 14"
            first, second = second, first
        return _day(_year(second, reference), month, int(first))
    if len(numbers) == 1:
        digits = numbers[0]
        if len(digits) == 8:
            return _day(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _day(reference.year, reference.month, int(digits)) if len(digits) <= 2 else None
    if len(numbers) == 3 and len(numbers[0]) == 4:
        return _day(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    if len(numbers) not in (2, 3):
        return None
    year = _year(numbers[2] if len(numbers) == 3 else None, reference)
    a, b = int(numbers[0]), int(numbers[1])
    orders = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]
    for day, month_number in orders:
        found = _day(year, month_number, day)
        if found is not None:
            return found
    return None


def weekday_typed(text: str) -> int | None:
    """The weekday named in ``text`` (1 = Monday), if any: to point out one that does not
    match the date, as the date and the weekday cannot both be right."""
    weekdays = _weekday_words()
    return next((weekdays[t] for t in _tokens(text) if t in weekdays), None)


_MERIDIEM = re.compile(r"\s*([ap])\.?\s*(?:m\.?)?\s*$")
_CLOCK = re.compile(r"(\d{1,2})(?:\s*[:.h]\s*(\d{2})?|\s+(\d{2})|(\d{2}))?")


def parse_time(text: str) -> time | None:
    """The time of day ``text`` means; None if it is not one (or is empty).

    Reads "14:30", "14.30", "14h30", "14 30", "1430", "930", "14" (14:00) and "2:30 pm";
    hours beyond 23 and minutes beyond 59 are not times.
    """
    rest = text.strip().casefold()
    half = _MERIDIEM.search(rest)
    if half is not None and half.start() > 0:
        rest = rest[: half.start()].strip()
    found = _CLOCK.fullmatch(rest)
    if found is None:
        return None
    hours = int(found.group(1))
    minutes = int(found.group(2) or found.group(3) or found.group(4) or 0)
    if half is not None and half.start() > 0:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half.group(1) == "p" else 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)
