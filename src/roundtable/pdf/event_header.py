"""The opening facts of an event, set the same way at the top of every export.

Dates with times, the venue's address lines and the organisations by role read identically in
the bios booklet, the agenda and later exports; only the styles, and how much room they may
take, differ (the agenda sets them compactly so that a half-day programme is one page).
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from datetime import datetime, time
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from roundtable.domain.enums import OrganisationRole
from roundtable.domain.records import EventRecord
from roundtable.pdf.document import para
from roundtable.pdf.fonts import lang_for_country
from roundtable.pdf.people import organisation_lang
from roundtable.services.dates import long_date_range, time_range
from roundtable.services.venue_text import address_lines, locality
from roundtable.wording import QT_TR_NOOP, tr

# The headings are translated where they are set (``tr(heading)``).
ORGANISATION_HEADINGS = (
    (OrganisationRole.HOST, QT_TR_NOOP("Hosted by")),
    (OrganisationRole.CO_HOST, QT_TR_NOOP("Co-hosted by")),
    (OrganisationRole.PARTNER, QT_TR_NOOP("In partnership with")),
    (OrganisationRole.SPONSOR, QT_TR_NOOP("Supported by")),
)


def when_line(event: EventRecord, style: ParagraphStyle) -> Flowable:
    """ "Wed 15 – Thu 16 March 2017, 09:30–17:00", in the document's language."""
    when = long_date_range(event.start_date, event.end_date)
    times = time_range(event.start_time, event.end_time)
    return para(tr("{dates}, {times}").format(dates=when, times=times) if times else when, style)


def event_keywords(event: EventRecord, *more: str) -> list[str]:
    """The PDF's keywords for ``event``: ``more`` (the document's name), then its short
    title, series, programme, city and year, as a catalogue or a search finds it."""
    return [
        *more,
        event.short_title.strip() or event.title.strip(),
        event.series.name.strip() if event.series is not None else "",
        event.programme.strip(),
        event.venue.city.strip(),
        str(event.start_date.year),
    ]


def zone_line(event: EventRecord) -> str:
    """The event's time zone as a place: "Washington time (EST)", "Moscow time (MSK)".

    The place is the venue's city when the venue is in the zone (its country is one of the
    zone's in the tz database, or its country is not one we can tell), else the zone's own
    city ("America/New_York": "New York"). The abbreviation is the one on the event's first
    day, so a summer event says EDT; a zone without one gives its offset ("UTC+4"). A zone
    with no city (UTC) or one this computer does not know is written as it is.
    """
    key = event.timezone.strip() or "UTC"
    try:
        zone = zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return tr("Times are {zone}").format(zone=key)
    moment = datetime.combine(event.start_date, event.start_time or time(12, 0), tzinfo=zone)
    abbreviation = moment.tzname() or ""
    if not abbreviation or abbreviation[0] in "+-" or abbreviation == key:
        offset = moment.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        hours, rest = divmod(abs(minutes), 60)
        sign = "+" if minutes >= 0 else "−"
        abbreviation = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "") if minutes else "UTC"
    place = _zone_place(event, key)
    if not place:
        return tr("Times are {zone}").format(zone=abbreviation)
    return tr("{place} time ({abbreviation})").format(place=place, abbreviation=abbreviation)


def _zone_place(event: EventRecord, key: str) -> str:
    """The venue's city when it is in zone ``key``, else the zone's own city; "" for none."""
    city = " ".join(event.venue.city.split())
    countries = _zone_countries().get(key)
    own = key.rsplit("/", 1)[-1].replace("_", " ") if "/" in key else ""
    if key.split("/", 1)[0] == "Etc":
        own = ""
    if not city or not own:
        return own  # no venue city, or a zone of no place (UTC, Etc/GMT-3)
    code = _country_code(event.venue.country)
    if code is None or countries is None or code in countries:
        return city  # countries None: an old alias ("US/Eastern") the tables do not list
    return own


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


# Country names people type that the tz database's iso3166.tab spells otherwise.
_COUNTRY_ALIASES = {
    "usa": "US", "unitedstatesofamerica": "US", "america": "US", "uk": "GB",
    "unitedkingdom": "GB", "greatbritain": "GB", "england": "GB", "scotland": "GB",
    "russianfederation": "RU", "southkorea": "KR", "republicofkorea": "KR", "korea": "KR",
    "northkorea": "KP", "prc": "CN", "peoplesrepublicofchina": "CN", "uae": "AE",
    "czechia": "CZ", "czechrepublic": "CZ", "vietnam": "VN", "iran": "IR", "syria": "SY",
    "taiwan": "TW", "turkey": "TR", "turkiye": "TR", "holland": "NL", "thenetherlands": "NL",
}  # fmt: skip


def _country_code(country: str) -> str | None:
    """The ISO code of a country as typed ("United States", "USA", "US"), None if unknown."""
    folded = _fold(country)
    if not folded:
        return None
    if folded.upper() in _iso_names().values():
        return folded.upper()
    return _COUNTRY_ALIASES.get(folded) or _iso_names().get(folded)


def _tz_table(name: str) -> list[list[str]]:
    """The rows of one of the tz database's tables (zone1970.tab, iso3166.tab): the system's,
    else the tzdata package's; none when neither is there."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            break
    else:
        try:
            text = (resources.files("tzdata") / "zoneinfo" / name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, OSError):
            return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _iso_names() -> dict[str, str]:
    """Folded country name -> ISO code ("unitedstates": "US")."""
    return {_fold(row[1]): row[0] for row in _tz_table("iso3166.tab") if len(row) >= 2}


@cache
def _zone_countries() -> dict[str, frozenset[str]]:
    """Zone -> the ISO codes of the countries it is used in (zone.tab and zone1970.tab)."""
    found: dict[str, set[str]] = {}
    for name in ("zone.tab", "zone1970.tab"):
        for row in _tz_table(name):
            if len(row) >= 3:
                found.setdefault(row[2], set()).update(row[0].split(","))
    return {zone: frozenset(codes) for zone, codes in found.items()}


def round_text(series: str, round_number: int | None) -> str:
    """ "Trilateral Dialogue · Round 2": a series with its round, for the kickers."""
    if not round_number:
        return series
    return tr("{series} · Round {number}").format(series=series, number=round_number)


def venue_lines(
    event: EventRecord, style: ParagraphStyle, *, compact: bool = False
) -> list[Flowable]:
    """The venue as its address is written on an envelope, a line each; ``compact``: the place
    on one line and the rest of the address on the next ("2000 M Street, Washington DC
    20006, United States"), two lines instead of four."""
    lines = address_lines(event.venue)
    if not lines:
        return []
    if compact:
        venue = event.venue
        place = ", ".join(p for p in (venue.name, venue.room) if p)
        rest = ", ".join(p for p in (venue.street, locality(venue), venue.country) if p)
        lines = [line for line in (place, rest) if line]
    lang = lang_for_country(event.venue.country)
    return [Spacer(1, 2 * mm), *(para(line, style, lang) for line in lines)]


def organisation_groups(
    event: EventRecord, line_style: ParagraphStyle
) -> list[tuple[str, list[Flowable]]]:
    """(heading, a line per organisation) for hosts, co-hosts, partners and sponsors, for a
    caller that sets the heading beside its lines rather than above them."""
    groups: list[tuple[str, list[Flowable]]] = []
    for role, heading in ORGANISATION_HEADINGS:
        orgs = [o.organisation for o in event.organisations if o.role is role]
        if not orgs:
            continue
        lines: list[Flowable] = []
        for org in orgs:
            text = org.name or org.short_name
            if org.short_name and org.name and org.short_name != org.name:
                text += f" ({org.short_name})"
            lines.append(para(text, line_style, organisation_lang(org)))
        groups.append((tr(heading), lines))
    return groups


def organisation_lines(
    event: EventRecord, label_style: ParagraphStyle, line_style: ParagraphStyle
) -> list[Flowable]:
    """Hosts, co-hosts, partners and sponsors, each under its heading ("Hosted by")."""
    story: list[Flowable] = []
    for heading, lines in organisation_groups(event, line_style):
        story.append(para(heading.upper(), label_style))
        story += lines
    return story
