"""The opening facts of an event, set the same way at the top of every export.

Dates with times, the venue's address lines and the organisations by role read identically in
the bios booklet, the agenda and later exports; only the styles differ.
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
from roundtable.services.venue_text import address_lines

ORGANISATION_HEADINGS = (
    (OrganisationRole.HOST, "Hosted by"),
    (OrganisationRole.CO_HOST, "Co-hosted by"),
    (OrganisationRole.PARTNER, "In partnership with"),
    (OrganisationRole.SPONSOR, "Supported by"),
)


def when_line(event: EventRecord, style: ParagraphStyle) -> Flowable:
    when = long_date_range(event.start_date, event.end_date)
    times = time_range(event.start_time, event.end_time)
    return para(f"{when}, {times}" if times else when, style)


def venue_lines(event: EventRecord, style: ParagraphStyle) -> list[Flowable]:
    lines = address_lines(event.venue)
    if not lines:
        return []
    lang = lang_for_country(event.venue.country)
    return [Spacer(1, 2 * mm), *(para(line, style, lang) for line in lines)]


def organisation_lines(
    event: EventRecord, label_style: ParagraphStyle, line_style: ParagraphStyle
) -> list[Flowable]:
    """Hosts, co-hosts, partners and sponsors, each under its heading ("Hosted by")."""
    story: list[Flowable] = []
    for role, heading in ORGANISATION_HEADINGS:
        orgs = [o.organisation for o in event.organisations if o.role is role]
        if not orgs:
            continue
        story.append(para(heading.upper(), label_style))
        for org in orgs:
            text = org.name or org.short_name
            if org.short_name and org.name and org.short_name != org.name:
                text += f" ({org.short_name})"
            story.append(para(text, line_style, organisation_lang(org)))
    return story
