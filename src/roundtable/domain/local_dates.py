"""Dates, weekdays and numbers written the way a reader of each language expects.

"Wednesday 15 March 2017", "2017年3月15日（水）", "среда, 15 марта 2017 г.". The GUI, the command
line and every PDF use these, in ``wording.language()``: the interface's language, or a PDF's
while it is written. The month and weekday names are locale data (CLDR's), not translations, so
they live here rather than in the .ts files; the few words around them ("from 10:30") go through
``tr()``. Times are 24-hour in all three languages, as programmes in each print them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from roundtable.wording import language, tr

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_JA_WEEKDAYS = "月火水木金土日"
_RU_MONTHS_OF = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")  # fmt: skip
"""Genitive, as after a day: "15 марта"."""
_RU_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
              "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip
"""Nominative, as a month on its own: "март 2017 г."."""
_RU_MONTHS_SHORT = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                    "окт.", "нояб.", "дек.")  # fmt: skip
_RU_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                "воскресенье")  # fmt: skip
_RU_WEEKDAYS_SHORT = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def _lang(lang: str | None) -> str:
    return lang or language()


def weekday(d: date, *, short: bool = False, lang: str | None = None) -> str:
    """ "Wednesday"/"Wed", "水曜日"/"水", "среда"/"ср"."""
    match _lang(lang):
        case "ja":
            return _JA_WEEKDAYS[d.weekday()] + ("" if short else "曜日")
        case "ru":
            return (_RU_WEEKDAYS_SHORT if short else _RU_WEEKDAYS)[d.weekday()]
        case _:
            name = _EN_WEEKDAYS[d.weekday()]
            return name[:3] if short else name


def month_name(d: date, *, short: bool = False, lang: str | None = None) -> str:
    """The month as it stands after a day: "March"/"Mar", "3月", "марта"/"мар."."""
    match _lang(lang):
        case "ja":
            return f"{d.month}月"
        case "ru":
            return (_RU_MONTHS_SHORT if short else _RU_MONTHS_OF)[d.month - 1]
        case _:
            name = _EN_MONTHS[d.month - 1]
            return name[:3] if short else name


def long_date(d: date, *, short_month: bool = False, lang: str | None = None) -> str:
    """ "15 March 2017", "2017年3月15日", "15 марта 2017 г."."""
    match _lang(lang):
        case "ja":
            return f"{d.year}年{d.month}月{d.day}日"
        case "ru":
            return f"{d.day} {month_name(d, short=short_month, lang='ru')} {d.year} г."
        case _:
            return f"{d.day} {month_name(d, short=short_month, lang='en')} {d.year}"


def day_heading(d: date, *, short_weekday: bool = False, lang: str | None = None) -> str:
    """A day with its weekday, as an agenda heads it: "Wednesday 15 March 2017",
    "2017年3月15日（水）", "среда, 15 марта 2017 г."."""
    code = _lang(lang)
    match code:
        case "ja":
            return f"{long_date(d, lang=code)}（{weekday(d, short=True, lang=code)}）"
        case "ru":
            return f"{weekday(d, short=short_weekday, lang=code)}, {long_date(d, lang=code)}"
        case _:
            return f"{weekday(d, short=short_weekday, lang=code)} {long_date(d, lang=code)}"


def short_day(d: date, *, lang: str | None = None) -> str:
    """A day within a known year: "Wed 15 March", "3月15日（水）", "ср, 15 марта"."""
    code = _lang(lang)
    match code:
        case "ja":
            return f"{d.month}月{d.day}日（{weekday(d, short=True, lang=code)}）"
        case "ru":
            return f"{weekday(d, short=True, lang=code)}, {d.day} {month_name(d, lang=code)}"
        case _:
            return f"{weekday(d, short=True, lang=code)} {d.day} {month_name(d, lang=code)}"


def short_date(d: date) -> str:
    """ "Wed 15 Mar", "3月15日（水）", "ср, 15 мар."."""
    code = _lang(None)
    if code == "ja":
        return short_day(d, lang=code)
    separator = ", " if code == "ru" else " "
    return (
        f"{weekday(d, short=True, lang=code)}{separator}{d.day} "
        f"{month_name(d, short=True, lang=code)}"
    )


def day_and_month(d: date) -> str:
    """ "15 Mar", "3月15日", "15 мар.": a day of a known week, where the weekday is not needed."""
    code = _lang(None)
    if code == "ja":
        return f"{d.month}月{d.day}日"
    return f"{d.day} {month_name(d, short=True, lang=code)}"


def short_date_time(moment: datetime) -> str:
    """ "Wed 15 Mar 09:04" (``moment`` already in the zone it is to be read in)."""
    return f"{short_date(moment.date())} {clock(moment.time())}"


def month_year(d: date, *, lang: str | None = None) -> str:
    """ "March 2017", "2017年3月", "март 2017 г."."""
    match _lang(lang):
        case "ja":
            return f"{d.year}年{d.month}月"
        case "ru":
            return f"{_RU_MONTHS[d.month - 1]} {d.year} г."
        case _:
            return f"{_EN_MONTHS[d.month - 1]} {d.year}"


def date_range(
    start: date, end: date, *, short_month: bool = False, lang: str | None = None
) -> str:
    """Shortest unambiguous form: "12–14 March 2024", "2024年3月12日～14日",
    "12–14 марта 2024 г."."""
    code = _lang(lang)
    if end <= start:
        return long_date(start, short_month=short_month, lang=code)
    if code == "ja":
        if start.year != end.year:
            return f"{long_date(start, lang=code)}～{long_date(end, lang=code)}"
        tail = f"{end.day}日" if start.month == end.month else f"{end.month}月{end.day}日"
        return f"{long_date(start, lang=code)}～{tail}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end, short_month=short_month, lang=code)}"
    if start.year == end.year:
        return (
            f"{start.day} {month_name(start, short=short_month, lang=code)} – "
            f"{long_date(end, short_month=short_month, lang=code)}"
        )
    return (
        f"{long_date(start, short_month=short_month, lang=code)} – "
        f"{long_date(end, short_month=short_month, lang=code)}"
    )


def long_date_range(start: date, end: date, *, lang: str | None = None) -> str:
    """With weekdays, where there is room: "Tue 12 – Thu 14 March 2024",
    "2024年3月12日（火）～14日（木）", "вт, 12 – чт, 14 марта 2024 г."."""
    code = _lang(lang)
    if end <= start:
        return day_heading(start, short_weekday=True, lang=code)
    if code == "ja":
        tail = (
            f"{end.day}日"
            if (start.year, start.month) == (end.year, end.month)
            else f"{end.month}月{end.day}日"
            if start.year == end.year
            else long_date(end, lang=code)
        )
        return f"{day_heading(start, lang=code)}～{tail}（{weekday(end, short=True, lang=code)}）"
    sep = ", " if code == "ru" else " "
    if start.year == end.year:
        left = f"{weekday(start, short=True, lang=code)}{sep}{start.day}"
        if start.month != end.month:
            left += f" {month_name(start, lang=code)}"
        return f"{left} – {day_heading(end, short_weekday=True, lang=code)}"
    return (
        f"{day_heading(start, short_weekday=True, lang=code)} – "
        f"{day_heading(end, short_weekday=True, lang=code)}"
    )


def clock(t: time) -> str:
    return f"{t:%H:%M}"


def time_range(start: time | None, end: time | None) -> str:
    """ "10:30–12:00", or "from 10:30" when the end is open."""
    if start is None:
        return ""
    if end is not None:
        return f"{clock(start)}–{clock(end)}"
    return tr("from {time}").format(time=clock(start))


def number(value: int | float, *, decimals: int = 0, lang: str | None = None) -> str:
    """ "12,345.5", "12,345.5", "12 345,5" (Russian groups with a narrow no-break space)."""
    text = f"{value:,.{decimals}f}"
    if _lang(lang) == "ru":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text
