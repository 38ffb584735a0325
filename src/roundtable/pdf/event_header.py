"""The opening facts of an event, set the same way at the top of every export.

Dates with times, the venue's address lines and the organisations by role read identically in
the bios booklet, the agenda and later exports; only the styles, and how much room they may
take, differ (the agenda sets them compactly so that a half-day programme is one page).
"""

from __future__ import annotations

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
