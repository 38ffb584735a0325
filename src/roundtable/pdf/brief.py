"""The moderator's brief: what the person running the room holds on the day, A4 or Letter.

In order: the header (title, date, venue, and the rule of the room and house rules in a box,
because the moderator announces them first); the run sheet, each item at its clock time with
each speaker's turn, its allowance and its cues ("5 min left", "wrap up"); who introduces
whom; each speaker's name as it is said, affiliation and bio cut to two lines; the seating
plan in miniature with seat numbers; and the rule and house rules worded to be read out.

The timing and the introductions are ``services.run_sheet`` (its docstring states the rules).
How a name is said (``PersonRecord.pronunciation``) is printed here and nowhere else: it is
for the one who says the names aloud. What the event does not have yet (an agenda, a seating
plan, bios) is said where it would be, so a brief printed early shows what is missing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from roundtable.domain import local_dates
from roundtable.domain.enums import Attendance, Attribution, ParticipantRole
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import DayRecord, EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import plan_geometry
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
    round_text,
    venue_lines,
    when_line,
    zone_line,
)
from roundtable.pdf.people import person_lang
from roundtable.pdf.seating_chart import draw_chart, plan_facts, seat_texts
from roundtable.pdf.seating_layout import layout_chart
from roundtable.pdf.text_fit import sentences
from roundtable.services.run_sheet import Cue, RunItem, RunSheet, introductions, run_sheet
from roundtable.wording import tr

RULE_FILL = colors.HexColor("#EEF3F8")
ITEM_FILL = colors.HexColor("#F2F4F7")
CHART_HEIGHT = 72 * mm
BIO_LINES = 2
# Words ending in a full stop that do not end a sentence ("Dr. Ha", "U.S. relations").


class _Styles:
    def __init__(self) -> None:
        self.kicker = style("kicker", 9.5, 13, bold=True, colour=ACCENT)
        self.title = style("title", 17, 21, bold=True, spaceBefore=2)
        self.subtitle = style("subtitle", 11.5, 15, colour=MUTED, spaceBefore=2)
        self.when = style("when", 10.5, 14, bold=True, spaceBefore=4)
        self.venue = style("venue", 9.5, 12.5, colour=MUTED)
        self.rule = style("rule", 15, 19, bold=True, colour=ACCENT)
        self.rule_text = style("rule-text", 9, 12, spaceBefore=2)
        self.house = style("house", 9.5, 12.8, leftIndent=9, firstLineIndent=-9, spaceBefore=1.5)
        self.heading = style("heading", 12.5, 16, bold=True, colour=ACCENT, spaceBefore=6 * mm,
                             spaceAfter=2 * mm)  # fmt: skip
        self.day = style("day", 9.5, 12.5, spaceBefore=2 * mm, spaceAfter=1.5 * mm)
        self.cell = style("cell", 8.8, 11.2)
        self.cell_bold = style("cell-bold", 9, 11.5, bold=True)
        self.cell_muted = style("cell-muted", 8, 10.5, colour=MUTED)
        self.text = style("text", 9.5, 13, spaceBefore=1.5)
        self.missing = style("missing", 9.5, 13, colour=MUTED)
        self.name = style("name", 11, 14, bold=True)
        self.affiliation = style("affiliation", 8.8, 11.5, colour=MUTED)
        self.bio = style("bio", 9, 12)
        self.plan = style("plan", 10, 13, bold=True, spaceBefore=2 * mm)
        self.facts = style("facts", 8.5, 11, colour=MUTED)
        self.key = style("key", 8, 10.5, colour=MUTED, spaceBefore=1)
        self.read_out = style("read-out", 10.5, 14.5, spaceBefore=2)


def export_brief(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    progress: Progress | None = None,
) -> bool:
    """Write the moderator's brief of ``event`` to ``path`` (atomically); True when written,
    False when ``progress`` cancelled. UserError for an unknown paper or an unwritable file."""
    tracker = ProgressTracker(progress, 2)

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        name = tr("Moderator’s brief")
        doc = Document(
            stream,
            paper=paper,
            title=tr("{title} — Moderator’s brief").format(title=event.title),
            kind="brief",
            keywords=event_keywords(event, name),
            footer=tr("{title} — Moderator’s brief").format(title=event.short_title or event.title),
            margins=(18 * mm, 18 * mm, 16 * mm, 20 * mm),
        )
        styles = _Styles()
        sheet = run_sheet(event)
        story = _header(event, styles, doc.width)
        story += _run_sheet(event, sheet, styles, doc.width)
        story += _introductions(sheet, styles)
        story.append(tracker.mark(1))
        story += _speakers(event, sheet, styles, doc.width)
        story += _seating(event, styles, doc.width)
        story += _read_out(event, styles)
        doc.build(story)
        tracker.report(2)

    return write_pdf(path, build)


# -- the header ------------------------------------------------------------------------------


def rule_statement(rule: Attribution) -> str:
    """The rule as the moderator announces it (the Chatham House Rule in its own words)."""
    return {
        Attribution.ON_RECORD: tr(
            "This meeting is on the record: what is said may be reported and attributed to "
            "the speaker by name."
        ),
        Attribution.CHATHAM_HOUSE: tr(
            "This meeting is held under the Chatham House Rule: participants are free to use "
            "the information received, but neither the identity nor the affiliation of the "
            "speaker(s), nor that of any other participant, may be revealed."
        ),
        Attribution.OFF_RECORD: tr(
            "This meeting is off the record: nothing said here may be reported, quoted or "
            "attributed."
        ),
    }[rule]


def house_rule_lines(event: EventRecord) -> list[str]:
    """The event's house rules, a line each as typed (recording, press, photography)."""
    return [line.strip(" \t•-–") for line in event.house_rules.splitlines() if line.strip(" \t•-–")]


def _header(event: EventRecord, styles: _Styles, width: float) -> list[Flowable]:
    kicker = [tr("Moderator’s brief")]
    if event.programme.strip():
        kicker.append(event.programme.strip())
    if event.series is not None:
        kicker.append(round_text(event.series.name, event.round_number))
    story: list[Flowable] = [para(" · ".join(dict.fromkeys(kicker)), styles.kicker)]
    story.append(para(event.title, styles.title))
    if event.subtitle.strip():
        story.append(para(event.subtitle, styles.subtitle))
    story.append(when_line(event, styles.when))
    story += venue_lines(event, styles.venue, compact=True)[1:]  # no spacer: a tight header
    story.append(para(zone_line(event), styles.venue))  # the run sheet's clock times are in it
    box: list[Flowable] = [
        para(event.attribution.label, styles.rule),
        para(rule_statement(event.attribution), styles.rule_text),
    ]
    rules = house_rule_lines(event)
    box += [para(f"•  {line}", styles.house) for line in rules]
    if not rules:
        box.append(para(tr("No house rules set (recording, press, photography)."),
                        style("no-house", 9, 12, colour=MUTED, spaceBefore=2)))  # fmt: skip
    story.append(Spacer(1, 4 * mm))
    story.append(
        table(
            [[box]],
            [width],
            [
                ("BACKGROUND", (0, 0), (-1, -1), RULE_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        )
    )
    return story


# -- the run sheet --------------------------------------------------------------------------


def cue_text(cue_list: Sequence[Cue]) -> str:
    words = {"five": tr("5 min left"), "wrap": tr("wrap up")}
    return "\n".join(f"{cue.at}  {words[cue.kind]}" for cue in cue_list)


def _name(participation: ParticipationRecord) -> str:
    return printed_name(participation.person, Output.BRIEF)


def _cell(text: str, cell_style, lang: str | None = None) -> list[Flowable]:
    """A cell of lines (the cues): a paragraph each, so none runs into the next."""
    return [para(line, cell_style, lang) for line in text.split("\n") if line]


def _day_title(day: DayRecord, day_style) -> Flowable:
    """The date in bold, then the day's title (some are long: the day's topics)."""
    pieces: list = [(local_dates.day_heading(day.day_date), True, None, None)]
    if day.title.strip():
        pieces.append(("  ·  " + day.title.strip(), False, None, None))
    return rich(pieces, day_style)


def _run_sheet(
    event: EventRecord, sheet: RunSheet, styles: _Styles, width: float
) -> list[Flowable]:
    heading = para(tr("Run sheet"), styles.heading)
    if not sheet.has_items:
        return [
            heading,
            para(
                tr(
                    "No agenda yet: add items on the Agenda tab for the run "
                    "sheet, its cues and the introductions."
                ),
                styles.missing,
            ),
        ]
    story: list[Flowable] = []
    columns = [24 * mm, width - 24 * mm - 24 * mm - 34 * mm, 24 * mm, 34 * mm]
    head_row = [para(text, styles.cell_muted) for text in
                (tr("Time"), tr("Item and turns"), tr("Allowance"), tr("Cues"))]  # fmt: skip
    several = len(sheet.days) > 1
    for number, run_day in enumerate(sheet.days):
        rows: list[list] = [head_row]
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for item in run_day.items:
            row = len(rows)
            rows.append(_item_row(item, styles))
            commands += [("BACKGROUND", (0, row), (-1, row), ITEM_FILL),
                         ("LINEABOVE", (0, row), (-1, row), 0.4, RULE)]  # fmt: skip
            for turn in item.turns:
                who = (_name(turn.speaker) if turn.speaker is not None
                       else tr("Open discussion"))  # fmt: skip
                lang = person_lang(turn.speaker.person) if turn.speaker is not None else None
                whole = (turn.start, turn.end) == (item.start, item.end)
                allowance = [tr("{minutes} min").format(minutes=turn.minutes)]
                if turn.speaker is not None:
                    allowance.append(
                        tr("whole item")
                        if whole
                        else tr("set")
                        if turn.set_time
                        else tr("equal share")
                    )
                rows.append([
                    para(f"{turn.start}–{turn.end}", styles.cell),
                    rich([("›  ", False, None, MUTED), (who, False, lang, None)], styles.cell),
                    _cell("\n".join(allowance), styles.cell),
                    # A turn that is the whole item has the item's cues, given above it.
                    _cell("" if whole else cue_text(turn.cues), styles.cell),
                ])  # fmt: skip
        day_table = table(rows, columns, commands, repeatRows=1)
        lead: list[Flowable] = [heading] if number == 0 else []
        if several or run_day.day.title.strip():
            lead.append(_day_title(run_day.day, styles.day))
        story += [RoomFor(lead, day_table, min_height=40 * mm), *lead, day_table]
    story.append(para(tr("Cues: “5 min left” five minutes before the end of an item or turn "
                         "longer than five minutes; “wrap up” two minutes before the end."),
                      style("cue-note", 7.5, 10, colour=MUTED, spaceBefore=1.5 * mm)))  # fmt: skip
    return story


def _item_row(item: RunItem, styles: _Styles) -> list:
    title = item.item.title.strip() or item.item.kind.label
    what: list[Flowable] = [para(title, styles.cell_bold)]
    facts = [item.item.kind.label] if item.item.kind.label.casefold() != title.casefold() else []
    if item.item.room.strip():
        facts.append(item.item.room.strip())
    if item.chair is not None:
        facts.append(tr("Chair: {name}").format(name=_name(item.chair)))
    if facts:
        what.append(para(" · ".join(facts), styles.cell_muted))
    return [
        para(f"{item.start}–{item.end}", styles.cell_bold),
        what,
        para(tr("{minutes} min").format(minutes=item.minutes), styles.cell_bold),
        _cell(cue_text(item.cues), styles.cell),
    ]


# -- who introduces whom ---------------------------------------------------------------------


def _list_words(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def _introductions(sheet: RunSheet, styles: _Styles) -> list[Flowable]:
    lines: list[Flowable] = []
    for run_day in sheet.days:
        for item in run_day.items:
            introduced = [_name(p) for p in introductions(item)]
            if not introduced:
                continue
            title = item.item.title.strip() or item.item.kind.label
            if item.introducer is None:
                sentence = tr("No chair or moderator is set: decide who introduces {names}.")
                body = sentence.format(names=_list_words(introduced))
            else:
                sentence = (tr("{who} introduces {names}, in that order.") if len(introduced) > 1
                            else tr("{who} introduces {names}."))  # fmt: skip
                body = sentence.format(who=_name(item.introducer), names=_list_words(introduced))
            lines.append(rich([(f"{item.start}  ", True, None, ACCENT), (f"{title}: ", True,
                               None, None), (body, False, None, None)], styles.text))  # fmt: skip
    heading = para(tr("Who introduces whom"), styles.heading)
    if not lines:
        missing = (tr("No speakers on the agenda yet.") if sheet.has_items
                   else tr("No agenda yet."))  # fmt: skip
        return [heading, para(missing, styles.missing)]
    rule = para(tr("Each item’s chair introduces its speakers in order; without a chair, the "
                   "event’s moderator does."), style("intro-rule", 8, 10.5, colour=MUTED,
                                                       spaceAfter=1))  # fmt: skip
    return [KeepTogether([heading, rule, *lines[:2]]), *lines[2:]]


# -- the speakers ----------------------------------------------------------------------------


def _lines(text: str, paragraph_style, width: float, lang: str | None) -> int:
    height = para(text, paragraph_style, lang).wrap(width, 1e6)[1]
    return round(height / paragraph_style.leading)


def short_bio(bio: str, paragraph_style, width: float, lang: str | None = None) -> str:
    """The bio's first sentences that fit in ``BIO_LINES`` lines of ``width``; when even the
    first does not, it cut at the last whole word that fits, with an ellipsis. Never cut in
    a word (in Chinese or Japanese, which has no spaces, between two characters)."""
    paragraphs = plain_paragraphs(bio)
    if not paragraphs:
        return ""
    parts = sentences(paragraphs[0])
    kept = ""
    for sentence in parts:
        candidate = f"{kept} {sentence}".strip()
        if _lines(candidate, paragraph_style, width, lang) > BIO_LINES:
            break
        kept = candidate
    if kept:
        return kept
    first = parts[0]
    words = first.split(" ") if " " in first else list(first)
    glue = " " if " " in first else ""
    low, high = 0, len(words)
    while low < high:  # the most words that fit with the ellipsis
        middle = (low + high + 1) // 2
        if _lines(glue.join(words[:middle]) + "…", paragraph_style, width, lang) <= BIO_LINES:
            low = middle
        else:
            high = middle - 1
    return glue.join(words[:low]).rstrip(",;:") + "…"


def _speaker_people(event: EventRecord, sheet: RunSheet) -> tuple[list[ParticipationRecord], bool]:
    """The agenda's speakers in order of their first turn; without any, the event's people who
    are there to speak (not staff, observers or those who declined). The flag: from the
    agenda."""
    if sheet.speakers:
        return list(sheet.speakers), True
    quiet = {ParticipantRole.STAFF, ParticipantRole.OBSERVER, ParticipantRole.RAPPORTEUR}
    people = sorted(
        (p for p in event.participants
         if p.role not in quiet and p.attendance is not Attendance.DECLINED),
        key=lambda p: (list(ParticipantRole).index(p.role), p.precedence),
    )  # fmt: skip
    return people, False


def _speakers(event: EventRecord, sheet: RunSheet, styles: _Styles, width: float) -> list[Flowable]:
    heading = para(tr("Speakers: names as they are said"), styles.heading)
    people, from_agenda = _speaker_people(event, sheet)
    if not people:
        return [heading, para(tr("No speakers and no participants yet."), styles.missing)]
    lead: list[Flowable] = [heading]
    if not from_agenda:
        lead.append(para(tr("No speakers on the agenda yet: the participants instead."),
                         styles.missing))  # fmt: skip
    entries: list[Flowable] = []
    for participation in people:
        person = participation.person
        lang = person_lang(person)
        name = _name(participation)
        pieces: list = [(name, True, lang, None)]
        if person.pronunciation.strip():
            pieces += [("   " + tr("say:") + " ", False, None, MUTED),
                       (person.pronunciation.strip(), True, None, ACCENT)]  # fmt: skip
        entry: list[Flowable] = [rich(pieces, styles.name)]
        affiliation = printed_affiliation(person, Output.BRIEF)
        if affiliation:
            entry.append(para(affiliation, styles.affiliation))
        bio = short_bio(person.bio, styles.bio, width, lang)
        if bio:
            entry.append(para(bio, styles.bio, lang))
        else:
            entry.append(para(tr("No bio on file."), styles.missing))
        entry.append(Spacer(1, 3 * mm))
        # The heading never ends a page alone: it is kept with the first speaker.
        entries.append(KeepTogether(entry if entries else [*lead, *entry]))
    return entries


# -- the seating -----------------------------------------------------------------------------


def brief_plans(event: EventRecord) -> list[SeatingPlanRecord]:
    """The plans of the event's first day, else the first plan: the room the moderator opens."""
    if not event.seating_plans:
        return []
    first_day = event.days[0].day_date if event.days else event.start_date
    on_first = [p for p in event.seating_plans if p.day_date == first_day]
    return on_first or [event.seating_plans[0]]


class MiniChart(Flowable):
    """A plan's table drawn into a box of the page's width, with seat numbers and the names
    that fit (a seat key under it names those it had no room for)."""

    def __init__(
        self, event: EventRecord, plan: SeatingPlanRecord, width: float, height: float
    ) -> None:
        super().__init__()
        locked = [s.number for s in plan.seats if s.locked]
        self.layout = layout_chart(plan_geometry(plan), seat_texts(event, plan), width, height,
                                   locked)  # fmt: skip
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_chart(self.canv, self.layout, 0, 0)


def seat_key(event: EventRecord, plan: SeatingPlanRecord) -> str:
    """ "1 Edward Boyle · 2 Guadalupe Correa Cabrera · 3 reserved: NCAFP delegation"."""
    people: dict[int | None, ParticipationRecord] = {
        p.id: p for p in event.participants if p.id is not None
    }
    parts = []
    for seat in sorted(plan.seats, key=lambda s: s.number):
        who = people.get(seat.participation_id)
        text = printed_name(who.person, Output.CHART) if who is not None else seat.label.strip()
        if text:
            parts.append(f"{seat.number} {text}")
    return " · ".join(parts)


def _seating(event: EventRecord, styles: _Styles, width: float) -> list[Flowable]:
    heading = para(tr("Seating"), styles.heading)
    plans = brief_plans(event)
    if not plans:
        return [heading, para(tr("No seating plan yet: make one on the Seating tab."),
                              styles.missing)]  # fmt: skip
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        block: list[Flowable] = [heading] if index == 0 else []
        block += [para(plan.name, styles.plan), para(plan_facts(plan), styles.facts),
                  Spacer(1, 2 * mm)]  # fmt: skip
        chart = MiniChart(event, plan, width, CHART_HEIGHT)
        block.append(chart)
        key = seat_key(event, plan)
        if key and chart.layout.omitted:  # the names the drawing had no room for
            block.append(para(key, styles.key))
        story.append(KeepTogether(block))
    return story


# -- to read out -----------------------------------------------------------------------------


def _read_out(event: EventRecord, styles: _Styles) -> list[Flowable]:
    block: list[Flowable] = [
        para(tr("House rules, to read out at the opening"), styles.heading),
        para(rule_statement(event.attribution), styles.read_out),
    ]
    rules = house_rule_lines(event)
    said = style("read-rule", 10.5, 14.5, leftIndent=10, firstLineIndent=-10, spaceBefore=2)
    block += [para(f"•  {line}", said) for line in rules]
    if not rules:
        block.append(
            para(
                tr(
                    "No house rules set: say whether the meeting may be recorded, "
                    "photographed or reported by the press."
                ),
                styles.missing,
            )
        )
    return [KeepTogether(block)]
