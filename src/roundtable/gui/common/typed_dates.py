"""Dates and times read as people type them: "Wed 14 Apr 2027", "14th of April", "14/4/2027",
"2027年4月14日（水）", "14 апр. 2027 г.", "1430", "2:30 pm".

Qt's QDateEdit and QTimeEdit read each section on its own, so "Wed 14 Apr 2027" typed into one
came out as 14 December and "14" typed into the minutes of "09:00" was ignored. These parsers
read the whole text at once, in English and in the month and weekday names of the interface's
language, the system's and every language Roundtable speaks (from QLocale, hence a GUI module),
with the locale's day/month order for all-number dates. A date field shows its date in the
interface's language (``date_text``), and reads that form back.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import cache

from PySide6.QtCore import QLocale

from roundtable import wording
from roundtable.domain import local_dates

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""English names, read in every language (they are what imported lists and e-mails hold)."""

EXAMPLE_DATE = date(2027, 4, 14)
"""The date the fields' hints show, in the field's own form ("14 Apr 2027", "2027年4月14日")."""


def date_text(value: date) -> str:
    """ "14 Apr 2027", "2027年4月14日", "14 апр. 2027 г.": how a date field shows a date, in the
    interface's language with the month in words (never ambiguous, as "4/5" is), and a form it
    reads back. The weekday is shown beside the field rather than in it, so there is nothing
    in the text to contradict."""
    return local_dates.long_date(value, short_month=True)


def _words(english: tuple[str, ...], local: list[str]) -> dict[str, int]:
    """Words for months or weekdays, numbered from 1: English in full and in three letters,
    then the local languages' (``local``, in the same order, repeated per form), so a date
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


def _locales() -> tuple[str, ...]:
    """The locales whose names are read: the interface's (Qt's default), the system's, and
    those of every language Roundtable speaks, so a Russian date reads on an English desktop."""
    names = [QLocale().name(), QLocale.system().name()]
    names += [code for code in wording.LANGUAGES if code != wording.SOURCE_LANGUAGE]
    return tuple(dict.fromkeys(names))


_FORMS = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)


def _month_words() -> dict[str, int]:
    return _month_words_in(_locales())


@cache
def _month_words_in(locales: tuple[str, ...]) -> dict[str, int]:
    local: list[str] = []
    for name in locales:
        locale = QLocale(name)
        local += [locale.monthName(m, f) for f in _FORMS for m in range(1, 13)]
        local += [locale.standaloneMonthName(m, f) for f in _FORMS for m in range(1, 13)]
    for code in wording.LANGUAGES:
        for short in (False, True):
            local += [local_dates.month_name(date(2000, m, 1), short=short, lang=code)
                      for m in range(1, 13)]  # fmt: skip
    return {**_words(MONTH_NAMES, local), "sept": 9}


def _weekday_words() -> dict[str, int]:
    return _weekday_words_in(_locales())


@cache
def _weekday_words_in(locales: tuple[str, ...]) -> dict[str, int]:
    local: list[str] = []
    for name in locales:
        locale = QLocale(name)
        local += [locale.dayName(d, f) for f in _FORMS for d in range(1, 8)]  # Qt's 1 is Monday
    for code in wording.LANGUAGES:
        for short in (False, True):  # 1 to 7 January 2024: Monday to Sunday
            local += [local_dates.weekday(date(2024, 1, d), short=short, lang=code)
                      for d in range(1, 8)]  # fmt: skip
    return {**_words(WEEKDAY_NAMES, local), "tues": 2, "thur": 4, "thurs": 4}


def day_first() -> bool:
    """Whether this computer writes the day before the month ("14/4" rather than "4/14"), for
    numeric dates that could be read either way."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return not 0 <= form.find("M") < form.find("d")


_FILLERS = {"st", "nd", "rd", "th", "of"}  # "the 14th of April"
_UNITS = re.compile(r"(\d)\s*(?:[年月日]|г\.?(?![^\W\d_]))")
"""The words that follow a number in "2027年4月14日" and "2027 г.": year, month, day. Taken out
before the words are read, as "月" and "日" on their own are weekdays (Monday, Sunday)."""


def _tokens(text: str) -> list[str]:
    return re.findall(r"\d+|[^\W\d_]+", _UNITS.sub(r"\1 ", text.casefold()))


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
