"""The agenda PDF: what is on, when, where, who speaks, and who is in the room.

A header block (programme, title, subtitle, dates and times with the time zone, venue, hosts,
host and moderator), then one section per day with a table of its items, then (unless left out)
the participants by role. Times come from :func:`roundtable.services.agenda_timing.schedule_day`,
so the PDF shows exactly what the agenda view shows. Items are table rows that split across
pages (a description longer than a page splits between its pieces), and the table's header row
repeats. Declined participants are left out, as in the bios booklet: the agenda is handed out on
the day.

A half-day roundtable's agenda is one sheet of paper, on A4 and on Letter: the participants are
one line each in the same two-column grid as the programme (the role beside its first person,
not above it), and the vertical spacing is set for that. No heading ends a page: a day's heading
takes its table's header and first item along, an item's title its first line of text, "Speakers:"
its first speaker, a role its first person; items short enough are never split at all.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import date, time
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscent
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from roundtable.domain import local_dates
from roundtable.domain.enums import AgendaItemKind, Attendance, ParticipantRole
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import (
    AgendaItemRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.pdf.bios import role_heading
from roundtable.pdf.document import (
    ACCENT,
    MUTED,
    RULE,
    Document,
    Progress,
    ProgressTracker,
    RoomFor,
    para,
    plain_paragraphs,
    rich,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.event_header import (
    event_keywords,
    organisation_groups,
    round_text,
    venue_lines,
    when_line,
    zone_line,
)
from roundtable.pdf.people import person_lang
from roundtable.services.agenda_timing import TimedItem, format_clock, schedule_day
from roundtable.services.event_text import participants_by_role
from roundtable.services.paper import default_paper
from roundtable.wording import tr

TIME_WIDTH = 30 * mm
PIECE_CHARS = 1500  # a description row's most characters: well under a page at 9.5 pt
# An item no taller than this is kept whole on one page; a taller one may split between rows.
# About a dozen lines (a roundtable with five speakers), a quarter of a page: keeping one whole
# never leaves much of a page empty.
WHOLE_ITEM_HEIGHT = 55 * mm
PAUSE_SHADE = colors.HexColor("#F2F4F7")  # breaks and lunch, so the eye skips them
HEADER_SHADE = colors.HexColor("#E8EDF3")

# The people named in the header block, beside the hosting organisations.
HEADER_ROLES = (ParticipantRole.HOST, ParticipantRole.MODERATOR, ParticipantRole.CHAIR)


class _Styles:
    """The agenda's type: compact enough that a half-day roundtable fits on one page.

    ``tight`` takes space out between the parts (before a day and the participants, around the
    title's rule, inside the tables' rows), never out of the type: it is the second try for a
    programme that spilled a few lines onto a second page.
    """

    def __init__(self, tight: bool = False) -> None:
        self.tight = tight
        self.rule_space = (3 * mm, 2 * mm) if tight else (4 * mm, 3 * mm)  # the title's rule
        self.row_padding = (3, 5) if tight else (5, 7)  # above and below an item
        self.group_gap = 3 if tight else 5  # between roles in the participants
        self.kicker = style("kicker", 10, 14, bold=True, colour=ACCENT)
        self.title = style("title", 22, 27, bold=True, spaceBefore=4)
        self.subtitle = style("subtitle", 13, 17.5, colour=MUTED, spaceBefore=6)
        self.when = style("when", 11, 15, bold=True)
        self.venue = style("venue", 10, 13.5)
        self.label = style("label", 7.5, 10, bold=True, colour=MUTED)
        self.line = style("line", 10, 13.5)
        before_day = (4 if tight else 7) * mm
        self.day = style("day", 14, 18, bold=True, colour=ACCENT, spaceBefore=before_day)
        self.topic = style("topic", 11, 15, spaceBefore=2, spaceAfter=2)
        self.head = style("head", 8, 10, bold=True, colour=MUTED)
        self.time = style("time", 10, 13.5, bold=True)
        self.kind = style("kind", 7.5, 10, colour=MUTED)
        self.item_title = style("item-title", 10.5, 14, bold=True)
        self.text = style("text", 9.5, 13, spaceBefore=3)
        self.detail = style("detail", 9.5, 13, spaceBefore=2)
        self.label_inline = style("label-inline", 9.5, 13, bold=True, spaceBefore=2)
        self.speaker = style("speaker", 9.5, 13, leftIndent=8)
        self.empty = style("empty", 10, 14, colour=MUTED, spaceBefore=4)
        before = (5 if tight else 8) * mm
        self.section = style("section", 14, 18, bold=True, colour=ACCENT, spaceBefore=before)
        # The role in the grid's first column, as TIME is in the programme's: small, so the
        # longest ("PARTICIPANTS / PANELISTS") takes two lines at most.
        self.role = style("role", 7.5, 10, bold=True, colour=ACCENT)
        self.person = style("person", 9.5, 12.5)


def export_agenda(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str | None = None,
    progress: Progress | None = None,
    *,
    participants: bool = True,
) -> bool:
    """Write the agenda of ``event`` to ``path`` (atomically); True when written.

    ``paper`` is "a4" or "letter"; None takes the event's (:func:`services.paper.default_paper`:
    Letter in the United States and Canada, else A4). ``participants=False`` leaves the list of
    participants out, for a programme that must be one page or is handed out with the booklet.
    ``progress`` is called with (days laid out, days + 1 for the participants) and may return
    False to cancel: then nothing is written and the result is False. Raises UserError for an
    unknown paper size, an unknown time zone or a file that cannot be written.

    An agenda that comes out a page and a bit is set again with less space between its parts
    (the type stays as it is), and that is kept when it is one page: one sheet to hand out.
    """
    paper = default_paper(event) if paper is None else paper
    days = sorted(event.days, key=lambda d: d.day_date)
    tracker = ProgressTracker(progress, len(days) + 1)
    people = {p.id: p for p in event.participants if p.id is not None}

    def render(stream: BinaryIO, tight: bool) -> int:
        """Lay the agenda out into ``stream``; the number of pages."""
        doc = Document(
            stream,
            paper=paper,
            title=tr("{title} — Agenda").format(title=event.title),
            kind="agenda",
            keywords=event_keywords(event, tr("Agenda")),
            footer=event.short_title or event.title,
        )
        styles = _Styles(tight)
        story = _header(event, styles, doc.width)
        if not days:
            story.append(para(tr("No agenda days yet."), styles.empty))
        for done, day in enumerate(days, start=1):
            story += _day(event, day, people, styles, doc.width)
            story.append(tracker.mark(done))
        if participants:
            story += _participants(event, styles, doc.width)
        doc.build(story)
        return doc.page

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        pdf = io.BytesIO()
        if render(pdf, tight=False) == 2:
            tighter = io.BytesIO()
            if render(tighter, tight=True) == 1:
                pdf = tighter
        stream.write(pdf.getvalue())
        tracker.report(len(days) + 1)

    return write_pdf(path, build)


# -- text helpers ----------------------------------------------------------------------------


def _rich(
    pieces: list[tuple[str, bool]], paragraph_style: ParagraphStyle, lang: str | None = None
) -> Paragraph:
    """Bold and regular pieces in one language (a name in bold, then its affiliation)."""
    return rich([(piece, bold, lang, None) for piece, bold in pieces], paragraph_style)


def _name(person: PersonRecord) -> str:
    """The name as agendas print it (``domain.naming``: with the honorific, "Ambassador
    Toyohisa Kozuki"), else the own-script one, so every speaker line has a name."""
    return printed_name(person, Output.AGENDA) or tr("Unnamed participant")


def _affiliation(person: PersonRecord) -> str:
    return printed_affiliation(person, Output.AGENDA).strip()


def _with_affiliation(person: PersonRecord) -> str:
    """ "Andrey Kortunov (Director General, Russian International Affairs Council)"."""
    affiliation = _affiliation(person)
    name = _name(person)
    return f"{name} ({affiliation})" if affiliation else name


def _long_day(on: date) -> str:
    """ "Wednesday 15 March 2017", "2017年3月15日（水）", "среда, 15 марта 2017 г."."""
    return local_dates.day_heading(on)


# -- header ----------------------------------------------------------------------------------


def _header(event: EventRecord, styles: _Styles, width: float) -> list[Flowable]:
    """Kicker, title, subtitle, when, time zone, venue (two lines), then the hosting
    organisations and the host and moderator in a grid: each heading ("HOSTED BY", "HOST")
    beside its names, aligned with the programme's columns, so a heading costs no line."""
    story: list[Flowable] = []
    kicker = [event.programme.strip()] if event.programme.strip() else []
    if event.series is not None:
        kicker.append(round_text(event.series.name, event.round_number))
    if kicker:
        story.append(para(" · ".join(dict.fromkeys(kicker)).upper(), styles.kicker))
    story.append(para(event.title, styles.title))
    if event.subtitle.strip():
        story.append(para(event.subtitle, styles.subtitle))
    story.append(
        HRFlowable(
            width=24 * mm,
            thickness=2,
            color=ACCENT,
            hAlign="LEFT",
            spaceBefore=styles.rule_space[0],
            spaceAfter=styles.rule_space[1],
        )
    )
    story.append(when_line(event, styles.when))
    story.append(para(zone_line(event), styles.venue))
    story += venue_lines(event, styles.venue, compact=True)

    rows: list[tuple[Flowable, list[Flowable]]] = [
        (para(heading.upper(), styles.label), lines)
        for heading, lines in organisation_groups(event, styles.line)
    ]
    groups = dict(participants_by_role(event))
    for role in HEADER_ROLES:
        members = [p for p in groups.get(role, []) if p.attendance is not Attendance.DECLINED]
        if not members:
            continue
        label = para(role_heading(role, len(members)).upper(), styles.label)
        lines = [
            para(_with_affiliation(p.person), styles.line, person_lang(p.person)) for p in members
        ]
        rows.append((label, lines))
    if rows:
        grid = _grid(rows, width, styles.label, styles.line, inset=0, gap=4, ruled=False)
        story += [Spacer(1, 2 * mm), grid]
    return story


def _grid(
    groups: list[tuple[Flowable, list[Flowable]]],
    width: float,
    label_style: ParagraphStyle,
    line_style: ParagraphStyle,
    *,
    inset: float,
    gap: float,
    ruled: bool,
) -> Flowable:
    """Headings in a first column as wide as the programme's times, each beside its lines.

    ``inset`` is the first column's left padding (0 lines the headings up with the title, 5
    with the programme's times); ``gap`` the space between groups; ``ruled`` draws a rule
    under each group. A heading (in ``label_style``, smaller than ``line_style``) is lowered to
    share its first line's baseline. It spans its group's first two lines, so a two-line one
    ("IN PARTNERSHIP WITH") does not push them apart, and those two lines never part (the
    heading stays with its first name); nor do the last two (no name alone atop a page).
    """
    drop = getAscent(line_style.fontName, line_style.fontSize) - getAscent(
        label_style.fontName, label_style.fontSize
    )
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), inset),
        ("LEFTPADDING", (1, 0), (1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for index, (label, lines) in enumerate(groups):
        first = len(rows)
        rows += [[label if n == 0 else "", line] for n, line in enumerate(lines)]
        last = len(rows) - 1
        opening = min(first + 1, last)
        commands += [
            ("SPAN", (0, first), (0, opening)),
            ("NOSPLIT", (0, first), (-1, opening)),
            ("NOSPLIT", (0, max(last - 1, first)), (-1, last)),
        ]
        top = gap if index or ruled else 0
        commands += [
            ("TOPPADDING", (1, first), (1, first), top),
            ("TOPPADDING", (0, first), (0, first), top + drop),
        ]
        if ruled:
            commands += [
                ("BOTTOMPADDING", (0, last), (-1, last), gap),
                ("LINEBELOW", (0, last), (-1, last), 0.4, RULE),
            ]
    return table(rows, [TIME_WIDTH, width - TIME_WIDTH], commands, splitByRow=1, hAlign="LEFT")


# -- days ------------------------------------------------------------------------------------


def _day(
    event: EventRecord,
    day: DayRecord,
    people: dict[int, ParticipationRecord],
    styles: _Styles,
    width: float,
) -> list[Flowable]:
    """The day's heading and topic, then its items as a table (or a note that it has none)."""
    heading: list[Flowable] = [para(_long_day(day.day_date), styles.day)]
    if day.title.strip():
        heading.append(para(day.title.strip(), styles.topic))
    heading.append(HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2))
    if not day.items:
        empty = para(tr("No agenda items yet."), styles.empty)
        return [RoomFor(heading, then=empty), *heading, empty]
    schedule = schedule_day(day, event.timezone, default_start=event.start_time or time(9, 0))
    rows: list[list[object]] = [
        [
            para(tr("Time", "agenda column").upper(), styles.head),
            para(tr("Session", "agenda column").upper(), styles.head),
        ]
    ]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), styles.row_padding[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.row_padding[1]),
    ]
    text_width = width - TIME_WIDTH - 10  # the session column less its padding
    for timed in schedule.items:
        first = len(rows)
        cells = _cell(timed, people, styles)
        rows.append([para(_times(timed, day.day_date), styles.time), cells[0].content])
        rows += [["", cell.content] for cell in cells[1:]]
        last = len(rows) - 1
        commands += [
            ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
            ("LINEBELOW", (0, last), (-1, last), 0.4, RULE),
        ]
        commands += _keep_rows(cells, first, text_width)
        if timed.item.kind.is_pause:
            commands.append(("BACKGROUND", (0, first), (-1, last), PAUSE_SHADE))
    items = table(
        rows,
        [TIME_WIDTH, width - TIME_WIDTH],
        commands,
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
    )
    # The heading never ends a page alone: the table's header and its first item (or, for a
    # long one, the item's first rows) come with it.
    gap = Spacer(1, 2 * mm)
    return [RoomFor([*heading, gap], then=items), *heading, gap, items]


def _keep_rows(cells: list[_Row], first: int, width: float) -> list[tuple[object, ...]]:
    """NOSPLIT commands for an item whose rows start at table row ``first``: the whole item
    when it is short (a page break inside a short item reads as two items), else each heading
    row with the row after it (a title with its first piece of text, "Speakers:" with the
    first speaker). Long items must split somewhere: a NOSPLIT taller than a page cannot be
    laid out at all, and a heading and the row after it are at most a description piece."""
    last = first + len(cells) - 1
    if last == first:
        return []
    if sum(_height(cell.content, width) for cell in cells) + 12 <= WHOLE_ITEM_HEIGHT:
        return [("NOSPLIT", (0, first), (-1, last))]
    return [
        ("NOSPLIT", (0, first + offset), (-1, first + offset + 1))
        for offset, cell in enumerate(cells[:-1])
        if cell.heading
    ]


def _height(content: Flowable | list[Flowable], width: float) -> float:
    """How tall ``content`` is in a table cell ``width`` wide, with its paragraphs' spacing."""
    flowables = content if isinstance(content, list) else [content]
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 1e6)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _times(timed: TimedItem, day: date) -> str:
    """ "10:30–10:40"; an item with no length shows its start only."""
    start = format_clock(timed.start, day)
    if timed.end <= timed.start:
        return start
    return f"{start}–{format_clock(timed.end, day)}"


@dataclass(frozen=True)
class _Row:
    """One table row of an item's text; a heading row stays on the page of the row after it."""

    content: Flowable | list[Flowable]
    heading: bool = False


def _cell(timed: TimedItem, people: dict[int, ParticipationRecord], styles: _Styles) -> list[_Row]:
    """The item's text as table rows: kind and title, each description paragraph (in pieces no
    taller than a page), room, chair, each speaker.

    One row per piece, because a table splits across pages only between rows (reportlab's
    split inside a row repeats the header row mid-page), and no row may be taller than a page.
    """
    item: AgendaItemRecord = timed.item
    title = item.title.strip() or item.kind.label
    head: list[Flowable] = []
    if item.kind is not AgendaItemKind.OTHER and item.kind.label.casefold() != title.casefold():
        head.append(para(item.kind.label.upper(), styles.kind))
    head.append(para(title, styles.item_title))
    rows = [_Row(head, heading=True)]
    for text in plain_paragraphs(item.description):
        rows += [_Row(para(piece, styles.text)) for piece in _pieces(text)]
    if item.room.strip():
        pieces = [(tr("Room:") + " ", True), (item.room.strip(), False)]
        rows.append(_Row(_rich(pieces, styles.detail)))
    chair = people.get(item.chair_participation_id) if item.chair_participation_id else None
    if chair is not None:
        person = chair.person
        pieces = [(tr("Chair:") + " ", True), (_with_affiliation(person), False)]
        rows.append(_Row(_rich(pieces, styles.detail, person_lang(person))))
    speakers = [
        (people[s.participation_id], s.speaking_minutes)
        for s in item.speakers
        if s.participation_id is not None and s.participation_id in people
    ]
    if speakers:
        label = tr("Speakers:") if len(speakers) > 1 else tr("Speaker:")
        rows.append(_Row(para(label, styles.label_inline), heading=True))
    for participation, minutes in speakers:
        person = participation.person
        text = _with_affiliation(person)
        if minutes:  # never "5" at a line's end and "min" below
            text += " · " + tr("{minutes} min").format(minutes=minutes).replace(" ", "\u00a0")
        rows.append(_Row(para(text, styles.speaker, person_lang(person))))
    return rows


def _pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut at spaces into pieces of at most ``limit`` characters (about 20 lines),
    so even a description written as one huge paragraph makes rows that fit a page."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


# -- participants ----------------------------------------------------------------------------


def _participants(event: EventRecord, styles: _Styles, width: float) -> list[Flowable]:
    """Everyone attending, by role, one line each with their own-script name and affiliations.

    A grid like the programme's: the role beside its first person, so a role costs no line of
    its own. A role never ends a page without its first person, nor leaves its last person
    alone at the top of the next page.
    """
    groups = [
        (role, [p for p in members if p.attendance is not Attendance.DECLINED])
        for role, members in participants_by_role(event)
    ]
    groups = [(role, members) for role, members in groups if members]
    heading: list[Flowable] = [
        para(tr("Participants"), styles.section),
        HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2),
    ]
    if not groups:
        empty = para(tr("No participants have been added yet."), styles.empty)
        return [RoomFor(heading, then=empty), *heading, empty]
    rows: list[tuple[Flowable, list[Flowable]]] = []
    for role, members in groups:
        label = para(role_heading(role, len(members)).upper(), styles.role)
        rows.append((label, [_person_line(p, styles) for p in members]))
    grid = _grid(rows, width, styles.role, styles.person, inset=5, gap=styles.group_gap, ruled=True)
    gap = Spacer(1, 1 * mm)
    return [RoomFor([*heading, gap], then=grid), *heading, gap, grid]


def _person_line(participation: ParticipationRecord, styles: _Styles) -> Paragraph:
    """ "Yong-Chool Ha 하용출 — University of Washington", delegation after a dot."""
    person = participation.person
    name = _name(person)
    native = person.native_name.strip()
    pieces: list[tuple[str, bool]] = [(name, True)]
    if native and native != name:
        pieces.append((f"  {native}", False))
    details = [_affiliation(person), participation.delegation.strip()]
    rest = " · ".join(d for d in details if d)
    if rest:
        pieces.append((f" — {rest}", False))
    return _rich(pieces, styles.person, person_lang(person))
