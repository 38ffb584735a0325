"""The pieces the log PDF and the minutes PDF are built of: their type, the event's header,
section headings, paragraphs that keep the line breaks they were typed with, and the minutes.

Split from :mod:`roundtable.pdf.log_pdf` so the journal (:mod:`roundtable.pdf.log_journal`) and
the documents share them. Every piece of user text goes through ``markup`` (escaped, NFC, in
runs of fonts that have its glyphs), never straight into a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import HRFlowable

from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord
from roundtable.pdf.document import (
    ACCENT,
    MUTED,
    Piece,
    RoomFor,
    para,
    rich,
    style,
    wrapping_for,
)
from roundtable.pdf.event_header import round_text, when_line, zone_line
from roundtable.pdf.fonts import lang_for_country, markup
from roundtable.pdf.people import person_lang
from roundtable.services.attendance_list import attendance_groups
from roundtable.services.log_export import minutes_blocks
from roundtable.services.venue_text import venue_line
from roundtable.wording import QT_TR_NOOP, tr

TIME_WIDTH = 27 * mm  # the journal's time column
HEADER_SHADE = colors.HexColor("#E8EDF3")


class LogStyles:
    """Compact type: a day's journal of a few dozen entries reads on two or three pages."""

    def __init__(self) -> None:
        self.kicker = style("kicker", 9.5, 13, bold=True, colour=ACCENT)
        self.title = style("title", 19, 24, bold=True, spaceBefore=3)
        self.subtitle = style("subtitle", 12, 16, colour=MUTED, spaceBefore=4)
        self.when = style("when", 10.5, 14, bold=True, spaceBefore=4 * mm)
        self.venue = style("venue", 9.5, 13, colour=MUTED)
        self.section = style("section", 14, 18, bold=True, colour=ACCENT, spaceBefore=8 * mm)
        self.day = style("day", 11, 15, bold=True, spaceBefore=5 * mm, spaceAfter=1 * mm)
        self.note = style("note", 9, 12.5, colour=MUTED, spaceBefore=2 * mm)
        self.minutes = style("minutes", 10.5, 15, spaceBefore=2.5 * mm)
        self.minutes_head = style("minutes-head", 11, 15, bold=True, spaceBefore=5 * mm)
        self.time = style("time", 9.5, 12.5, bold=True)
        self.category = style("category", 8, 12.5)
        self.text = style("text", 9.5, 13, leftIndent=TIME_WIDTH, spaceBefore=1.5)
        self.meta = style("meta", 7.5, 10, colour=MUTED, leftIndent=TIME_WIDTH, spaceBefore=2)
        self.earlier = style("earlier", 7.5, 10, colour=MUTED, leftIndent=TIME_WIDTH + 4 * mm,
                             spaceBefore=2)  # fmt: skip
        self.head = style("head", 7, 9, bold=True, colour=MUTED)
        self.head_right = style("head-right", 7, 9, bold=True, colour=MUTED,
                                alignment=TA_RIGHT)  # fmt: skip
        self.cell = style("cell", 8.5, 11)
        self.cell_right = style("cell-right", 8.5, 11, alignment=TA_RIGHT)
        self.speaker = style("speaker", 8.5, 11, colour=MUTED, leftIndent=4 * mm)
        self.present = style("present", 9.5, 13.5, spaceBefore=1.5 * mm)


# -- paragraphs ------------------------------------------------------------------------------


def typed_lines(
    lines: Sequence[str], paragraph_style: ParagraphStyle, lead: Sequence[Piece] = ()
) -> Paragraph:
    """One paragraph whose line breaks are kept: each line escaped, joined by <br/>; ``lead``
    (e.g. "Earlier text, …: " in bold) runs in before the first line."""
    head = "".join(markup(piece, bold, lang) for piece, bold, lang, _colour in lead)
    body = "<br/>".join(markup(line.strip()) for line in lines)
    return Paragraph(head + body, wrapping_for(paragraph_style, "\n".join(lines)))


def section(
    title: str,
    styles: LogStyles,
    then: Flowable | None,
    first: Sequence[Flowable] = (),
    min_height: float = 50,
) -> list[Flowable]:
    """A section's heading and rule, never left alone at a page's foot: ``first`` (which the
    caller puts next, e.g. a note and a day's heading) and ``min_height`` points of ``then``
    come too."""
    heading = [para(title, styles.section),
               HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2)]  # fmt: skip
    return [RoomFor([*heading, *first], then=then, min_height=min_height), *heading]


# -- header and minutes ----------------------------------------------------------------------


def header(event: EventRecord, styles: LogStyles, what: str) -> list[Flowable]:
    """ "EVENT LOG · <series> · ROUND 2", the title, when, where, and the zone times are in."""
    series = event.series.name if event.series is not None else ""
    if series:
        series = round_text(series, event.round_number)
    kicker = " · ".join(dict.fromkeys(t for t in (what, event.programme.strip(), series) if t))
    story: list[Flowable] = [para(kicker.upper(), styles.kicker), para(event.title, styles.title)]
    if event.subtitle.strip():
        story.append(para(event.subtitle, styles.subtitle))
    story.append(when_line(event, styles.when))
    venue = venue_line(event.venue)
    if venue:
        story.append(para(venue, styles.venue, lang_for_country(event.venue.country)))
    story.append(para(zone_line(event), styles.venue))
    story.append(HRFlowable(width=24 * mm, thickness=2, color=ACCENT, hAlign="LEFT",
                            spaceBefore=4 * mm, spaceAfter=1 * mm))  # fmt: skip
    return story


def minutes_body(event: EventRecord, styles: LogStyles) -> list[Flowable]:
    """The summary's paragraphs, line breaks kept; a short line of its own is a heading, kept
    with the paragraph after it."""
    story: list[Flowable] = []
    blocks = minutes_blocks(event.summary)
    for index, (heading, lines) in enumerate(blocks):
        if heading:
            title = para(lines[0], styles.minutes_head)
            following = typed_lines(blocks[index + 1][1], styles.minutes)
            story += [RoomFor([title], then=following, min_height=40), title]
        else:
            story.append(typed_lines(lines, styles.minutes))
    return story


# -- attendance ------------------------------------------------------------------------------

NO_PARTICIPANTS = QT_TR_NOOP("The event has no participants.")


def attendance(event: EventRecord, styles: LogStyles, non_attributed: bool) -> list[Flowable]:
    """The attendance list (``services.attendance_list``): a paragraph per group, "Present
    (7): A, B…", by delegation where the event has them. Non-attributed minutes give only the
    counts: under the Chatham House Rule no participant's identity or affiliation is told,
    and a list of names beside the described speakers would undo the descriptions."""
    groups = attendance_groups(event)
    title = tr("Attendance")
    if not groups:
        note = para(tr(NO_PARTICIPANTS), styles.note)
        return [*section(title, styles, note), note]
    story: list[Flowable] = []
    for group in groups:
        pieces: list[Piece] = [(f"{group.title} ({group.count})", True, None, None)]
        if not non_attributed:
            for index, (delegation, people) in enumerate(group.delegations):
                lead = ": " if index == 0 else "; "
                if delegation:
                    lead += delegation + ": "
                pieces.append((lead, False, None, None))
                for number, participation in enumerate(people):
                    person = participation.person
                    name = printed_name(person, Output.LOG) or tr("Unnamed participant")
                    pieces += [(", " if number else "", False, None, None),
                               (name, False, person_lang(person), None)]  # fmt: skip
        story.append(rich(pieces, styles.present))
    return [*section(title, styles, story[0]), *story]
