"""The log PDF's journal: a heading per day in the event's time zone, then each entry.

An entry is its time (start–end for a timed one) beside its category and agenda item, then its
text as typed (paragraphs and line breaks kept), then who it is about, who wrote it and whether
it was edited, and last its earlier texts in small type: entries are never lost, and the PDF
shows that. Everything below the first line is paragraphs, so an entry of any length runs on
over pages; the first line is never left alone at a page's foot.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from roundtable.domain.enums import LogCategory
from roundtable.domain.log import EventLog, LogEntryRecord
from roundtable.domain.records import EventRecord, PersonRecord
from roundtable.pdf.document import (
    ACCENT,
    INK,
    MUTED,
    Piece,
    ProgressTracker,
    RoomFor,
    para,
    rich,
    table,
)
from roundtable.pdf.log_chart import OVER
from roundtable.pdf.log_parts import TIME_WIDTH, LogStyles, section, typed_lines
from roundtable.pdf.people import person_lang
from roundtable.services.attribution import Descriptions, discussion
from roundtable.services.log_export import (
    NO_ENTRIES,
    Earlier,
    JournalLine,
    journal_days,
    long_day,
    moment_text,
    people_of,
    text_blocks,
)
from roundtable.wording import tr

# Categories that carry consequences stand out; the rest are muted.
_STRONG = {LogCategory.DECISION: ACCENT, LogCategory.ACTION_ITEM: ACCENT,
           LogCategory.INCIDENT: OVER}  # fmt: skip
_HEAD_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]  # fmt: skip


def _about(line: JournalLine, people: dict[int, PersonRecord]) -> list[Piece]:
    """ "People: A, B · By: Jane · Edited", each name in its own language's font. A label is
    tied to what follows it by a no-break space, so "By:" never ends a line alone."""
    pieces: list[Piece] = []
    for index, (name, pid) in enumerate(line.people):
        person = people.get(pid)
        pieces += [(_label(tr("People:")) if index == 0 else ", ", index == 0, None, None),
                   (name, False, person_lang(person) if person else None, None)]  # fmt: skip
    if line.author:
        pieces += [(" · " if pieces else "", False, None, None),
                   (_label(tr("By:")), True, None, None),
                   (line.author, False, None, None)]  # fmt: skip
    if line.earlier:
        pieces += [(" · " if pieces else "", False, None, None), (tr("Edited"), True, None, None)]
    return pieces


def _label(text: str) -> str:
    """ "By:" and a no-break space, which ties it to what follows."""
    return text + "\u00a0"


def _earlier_lead(earlier: Earlier) -> str:
    """ "Earlier text, replaced 15 Mar 2017 10:00 by Jane: ", in bold before the old text."""
    moment = moment_text(earlier.replaced_at)
    if earlier.replaced_by:
        text = tr("Earlier text, replaced {moment} by {author}:").format(
            moment=moment, author=earlier.replaced_by
        )
    else:
        text = tr("Earlier text, replaced {moment}:").format(moment=moment)
    return text + " "


def entry_flowables(
    line: JournalLine, people: dict[int, PersonRecord], styles: LogStyles, width: float
) -> list[Flowable]:
    """One entry: a first line that keeps a few lines of its text with it, then the rest."""
    category = line.category.upper() + (f" · {line.duration}" if line.duration else "")
    first: list[Piece] = [(category, True, None, _STRONG.get(line.entry.category, MUTED))]
    if line.item:
        first.append((f"   {line.item}", False, None, INK))
    head = table([[para(line.when, styles.time), rich(first, styles.category)]],
                 [TIME_WIDTH, width - TIME_WIDTH], _HEAD_STYLE, hAlign="LEFT",
                 spaceBefore=3 * mm)  # fmt: skip
    body: list[Flowable] = [typed_lines(block, styles.text) for block in text_blocks(line.text)]
    about = _about(line, people)
    if about:
        body.append(rich(about, styles.meta))
    for earlier in line.earlier:
        lead: Piece = (_earlier_lead(earlier), True, None, None)
        typed = [text for block in text_blocks(earlier.text) for text in block]
        body.append(typed_lines(typed, styles.earlier, [lead]))
    return [RoomFor([head], then=body[0] if body else None, min_height=26), head, *body]


def journal(
    event: EventRecord, log: EventLog, styles: LogStyles, width: float,
    tracker: ProgressTracker, done: int,
) -> tuple[list[Flowable], int]:  # fmt: skip
    """The section, with a progress mark after each day; returns it and the progress made."""
    days = journal_days(event, log.entries)
    if not days:
        note = para(tr(NO_ENTRIES), styles.note)
        return [*section(tr("Journal"), styles, note), note], done
    people = people_of(event)
    story: list[Flowable] = []
    for number, (day, lines) in enumerate(days):
        heading = para(long_day(day), styles.day)
        entries = [entry_flowables(line, people, styles, width) for line in lines]
        _keep, first_head, *first_body = entries[0]
        then = first_body[0] if first_body else None
        if number == 0:
            story += section(tr("Journal"), styles, then, [heading, first_head])
        story += [RoomFor([heading, first_head], then=then, min_height=26), heading]
        for flowables in entries:
            story += flowables
        done += 1
        story.append(tracker.mark(done))
    return story, done


def discussion_record(
    event: EventRecord, entries: list[LogEntryRecord], styles: LogStyles, width: float,
    descriptions: Descriptions | None,
) -> list[Flowable]:  # fmt: skip
    """The minutes' record of the discussion: the journal's notes, decisions and action items
    by day (``attribution.DISCUSSION``), without who wrote them or their earlier texts (the
    log keeps those). With ``descriptions`` (non-attributed minutes) the people an entry is
    about are their descriptions; the entry's own text is as typed, which is why the export
    warns first about the texts that name someone (``attribution.naming_texts``)."""
    days = journal_days(event, discussion(entries))
    if not days:
        return []
    people = {} if descriptions is not None else people_of(event)
    story: list[Flowable] = []
    for day, lines in days:
        heading = para(long_day(day), styles.day)
        entries_flowables = []
        for line in lines:
            named = line.people
            if descriptions is not None:
                named = [(descriptions.of(pid), pid) for _name, pid in line.people]
            shown = replace(line, author="", earlier=[], people=named)
            entries_flowables.append(entry_flowables(shown, people, styles, width))
        _keep, first_head, *first_body = entries_flowables[0]
        then = first_body[0] if first_body else None
        if not story:
            story += section(tr("Record of the discussion"), styles, then, [heading, first_head])
        story += [RoomFor([heading, first_head], then=then, min_height=26), heading]
        for flowables in entries_flowables:
            story += flowables
    return story
