"""The agenda PDF: what is on, when, where, who speaks, and who is in the room.

A header block (programme, title, subtitle, dates and times with the time zone, venue, hosts,
host and moderator), then one section per day with a table of its items, then the participants
by role. Times come from :func:`roundtable.services.agenda_timing.schedule_day`, so the PDF
shows exactly what the agenda view shows. Items are table rows that split across pages (a
description longer than a page splits inside its row), and the table's header row repeats.
Declined participants are left out, as in the bios booklet: the agenda is handed out on the day.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time
from typing import BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from roundtable.domain.enums import AgendaItemKind, Attendance, ParticipantRole
from roundtable.domain.records import (
    AgendaItemRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.pdf.bios import ROLE_HEADINGS
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
from roundtable.pdf.event_header import organisation_lines, venue_lines, when_line
from roundtable.pdf.people import person_lang
from roundtable.services.agenda_timing import TimedItem, format_clock, schedule_day
from roundtable.services.event_text import participants_by_role
from roundtable.services.names import affiliation_text, full_name

TIME_WIDTH = 30 * mm
PIECE_CHARS = 1500  # a description row's most characters: well under a page at 9.5 pt
PAUSE_SHADE = colors.HexColor("#F2F4F7")  # breaks and lunch, so the eye skips them
HEADER_SHADE = colors.HexColor("#E8EDF3")

# The people named in the header block, beside the hosting organisations.
HEADER_ROLES = (ParticipantRole.HOST, ParticipantRole.MODERATOR, ParticipantRole.CHAIR)


class _Styles:
    """The agenda's type: compact enough that a half-day roundtable fits on one page."""

    def __init__(self) -> None:
        self.kicker = style("kicker", 10, 14, bold=True, colour=ACCENT)
        self.title = style("title", 22, 27, bold=True, spaceBefore=4)
        self.subtitle = style("subtitle", 13, 17.5, colour=MUTED, spaceBefore=6)
        self.when = style("when", 11, 15, bold=True)
        self.venue = style("venue", 10, 13.5)
        self.label = style("label", 8, 11, bold=True, colour=MUTED, spaceBefore=7)
        self.line = style("line", 10, 13.5)
        self.day = style("day", 14, 18, bold=True, colour=ACCENT, spaceBefore=9 * mm)
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
        self.section = style("section", 14, 18, bold=True, colour=ACCENT, spaceBefore=10 * mm)
        self.role = style("role", 8.5, 12, bold=True, colour=ACCENT, spaceBefore=8)
        self.person = style("person", 10, 13.5, spaceBefore=3, leftIndent=0)


def export_agenda(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    progress: Progress | None = None,
) -> bool:
    """Write the agenda of ``event`` to ``path`` (atomically); True when written.

    ``progress`` is called with (days laid out, days + 1 for the participants) and may return
    False to cancel: then nothing is written and the result is False. Raises UserError for an
    unknown paper size, an unknown time zone or a file that cannot be written.
    """
    days = sorted(event.days, key=lambda d: d.day_date)
    tracker = ProgressTracker(progress, len(days) + 1)

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        doc = Document(
            stream,
            paper=paper,
            title=f"{event.title} — Agenda",
            subject="Agenda",
            footer=event.short_title or event.title,
        )
        styles = _Styles()
        people = {p.id: p for p in event.participants if p.id is not None}
        story = _header(event, styles)
        if not days:
            story.append(para("No agenda days yet.", styles.empty))
        for done, day in enumerate(days, start=1):
            story += _day(event, day, people, styles, doc.width)
            story.append(tracker.mark(done))
        story += _participants(event, styles)
        doc.build(story)
        tracker.report(len(days) + 1)

    return write_pdf(path, build)


# -- text helpers ----------------------------------------------------------------------------


def _rich(
    pieces: list[tuple[str, bool]], paragraph_style: ParagraphStyle, lang: str | None = None
) -> Paragraph:
    """Bold and regular pieces in one language (a name in bold, then its affiliation)."""
    return rich([(piece, bold, lang, None) for piece, bold in pieces], paragraph_style)


def _name(person: PersonRecord) -> str:
    """The Latin-script name, else the own-script one, so every speaker line has a name."""
    return full_name(person).strip() or person.native_name.strip() or "Unnamed participant"


def _with_affiliation(person: PersonRecord) -> str:
    """ "Andrey Kortunov (Director General, Russian International Affairs Council)"."""
    affiliation = affiliation_text(person, positions=True).strip()
    name = _name(person)
    return f"{name} ({affiliation})" if affiliation else name


def _long_day(on: date) -> str:
    return f"{on:%A} {on.day} {on:%B %Y}"


def _zone_label(event: EventRecord) -> str:
    """ "EST, America/New_York": the abbreviation readers know, and the zone that decides it.

    The abbreviation is taken on the event's first day, so a summer event says EDT.
    """
    zone = event.timezone.strip() or "UTC"
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    moment = datetime.combine(event.start_date, event.start_time or time(12, 0), tzinfo=tz)
    abbreviation = moment.tzname() or ""
    if not abbreviation or abbreviation == zone or abbreviation.startswith(("+", "-")):
        return zone
    return f"{abbreviation}, {zone}"


# -- header ----------------------------------------------------------------------------------


def _header(event: EventRecord, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    kicker = [event.programme.strip()] if event.programme.strip() else []
    if event.series is not None:
        series = event.series.name
        if event.round_number:
            series += f" · Round {event.round_number}"
        kicker.append(series)
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
            spaceBefore=5 * mm,
            spaceAfter=4 * mm,
        )
    )
    story.append(when_line(event, styles.when))
    story.append(para(f"Times are {_zone_label(event)}", styles.venue))
    story += venue_lines(event, styles.venue)
    story += organisation_lines(event, styles.label, styles.line)

    groups = dict(participants_by_role(event))
    for role in HEADER_ROLES:
        members = [p for p in groups.get(role, []) if p.attendance is not Attendance.DECLINED]
        if not members:
            continue
        singular, plural = ROLE_HEADINGS.get(role, (role.label, role.label))
        story.append(para((plural if len(members) > 1 else singular).upper(), styles.label))
        for participation in members:
            person = participation.person
            story.append(para(_with_affiliation(person), styles.line, person_lang(person)))
    return story


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
        return [*heading, para("No agenda items yet.", styles.empty)]
    schedule = schedule_day(day, event.timezone, default_start=event.start_time or time(9, 0))
    rows: list[list[object]] = [[para("TIME", styles.head), para("SESSION", styles.head)]]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for timed in schedule.items:
        first = len(rows)
        cells = _cell(timed, people, styles)
        rows.append([para(_times(timed, day.day_date), styles.time), cells[0]])
        rows += [["", cell] for cell in cells[1:]]
        last = len(rows) - 1
        commands += [
            ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
            ("LINEBELOW", (0, last), (-1, last), 0.4, RULE),
        ]
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
    # The heading never ends a page alone: the table's header and a first item come with it.
    return [RoomFor(heading, then=items, min_height=28 * mm), *heading, Spacer(1, 2 * mm), items]


def _times(timed: TimedItem, day: date) -> str:
    """ "10:30–10:40"; an item with no length shows its start only."""
    start = format_clock(timed.start, day)
    if timed.end <= timed.start:
        return start
    return f"{start}–{format_clock(timed.end, day)}"


def _cell(
    timed: TimedItem, people: dict[int, ParticipationRecord], styles: _Styles
) -> list[Flowable | list[Flowable]]:
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
    rows: list[Flowable | list[Flowable]] = [head]
    for text in plain_paragraphs(item.description):
        rows += [para(piece, styles.text) for piece in _pieces(text)]
    if item.room.strip():
        rows.append(_rich([("Room: ", True), (item.room.strip(), False)], styles.detail))
    chair = people.get(item.chair_participation_id) if item.chair_participation_id else None
    if chair is not None:
        person = chair.person
        pieces = [("Chair: ", True), (_with_affiliation(person), False)]
        rows.append(_rich(pieces, styles.detail, person_lang(person)))
    speakers = [
        (people[s.participation_id], s.speaking_minutes)
        for s in item.speakers
        if s.participation_id is not None and s.participation_id in people
    ]
    if speakers:
        rows.append(para("Speakers:" if len(speakers) > 1 else "Speaker:", styles.label_inline))
    for participation, minutes in speakers:
        person = participation.person
        text = _with_affiliation(person)
        if minutes:
            text += f" · {minutes}\u00a0min"  # never "5" at a line's end and "min" below
        rows.append(para(text, styles.speaker, person_lang(person)))
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


def _participants(event: EventRecord, styles: _Styles) -> list[Flowable]:
    """Everyone attending, by role, with their own-script name and affiliations."""
    groups = [
        (role, [p for p in members if p.attendance is not Attendance.DECLINED])
        for role, members in participants_by_role(event)
    ]
    groups = [(role, members) for role, members in groups if members]
    heading: list[Flowable] = [
        para("Participants", styles.section),
        HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2),
    ]
    if not groups:
        return [*heading, para("No participants have been added yet.", styles.empty)]
    story: list[Flowable] = []
    for role, members in groups:
        singular, plural = ROLE_HEADINGS.get(role, (role.label, role.label))
        label = para((plural if len(members) > 1 else singular).upper(), styles.role)
        entries = [_person_line(p, styles) for p in members]
        if not story:
            story += [RoomFor([*heading, label], then=entries[0], min_height=30), *heading]
        else:
            story.append(RoomFor([label], then=entries[0], min_height=30))
        story.append(label)
        story += entries
    return story


def _person_line(participation: ParticipationRecord, styles: _Styles) -> Paragraph:
    """ "Yong-Chool Ha 하용출 — University of Washington", delegation after a dot."""
    person = participation.person
    name = _name(person)
    native = person.native_name.strip()
    pieces: list[tuple[str, bool]] = [(name, True)]
    if native and native != name:
        pieces.append((f"  {native}", False))
    details = [affiliation_text(person, positions=True).strip(), participation.delegation.strip()]
    rest = " · ".join(d for d in details if d)
    if rest:
        pieces.append((f" — {rest}", False))
    return _rich(pieces, styles.person, person_lang(person))
