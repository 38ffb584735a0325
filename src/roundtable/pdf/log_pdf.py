"""The event log PDF, and the minutes on their own.

The log: the event's header, then the sections asked for (:class:`LogSections`): the minutes
(the event's summary; left out when it is empty), the journal by day in the event's time zone
(:mod:`roundtable.pdf.log_journal`), planned against actual as a table and a bar chart per day
(:mod:`roundtable.pdf.log_chart`), and the change history. What each entry, row and change says
comes from :mod:`roundtable.services.log_export`, which the CSV and Markdown exports read too,
so the three agree to the second.

The minutes PDF is the header and the summary, to hand out after the event.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from roundtable.domain import local_dates
from roundtable.domain.log import EventLog
from roundtable.domain.records import EventRecord
from roundtable.pdf.document import (
    INK,
    RULE,
    Document,
    Progress,
    ProgressTracker,
    RoomFor,
    page_size,
    para,
    rich,
    table,
    typographic,
    write_pdf,
)
from roundtable.pdf.event_header import event_keywords
from roundtable.pdf.fonts import string_width
from roundtable.pdf.log_chart import OVER, UNDER_TEXT, PlanChart
from roundtable.pdf.log_journal import discussion_record, journal
from roundtable.pdf.log_parts import (
    HEADER_SHADE,
    LogStyles,
    attendance,
    header,
    minutes_body,
    section,
)
from roundtable.services.attribution import Descriptions
from roundtable.services.log_export import (
    ALL_SECTIONS,
    CHANGE_COLUMNS,
    NO_AGENDA,
    NO_CHANGES,
    NOTHING_TIMED,
    PLAN_COLUMNS,
    PLAN_NOTE,
    LogSections,
    change_lines,
    journal_days,
    long_day,
    moment_text,
    plan_cells,
    plan_days,
    plan_report,
    require_minutes,
)
from roundtable.services.planned_actual import PlanActualRow
from roundtable.wording import QT_TR_NOOP, tr

# The planned-against-actual table's five time columns: "DIFFERENCE" is the widest head.
NUMBER_WIDTHS = (18 * mm, 17 * mm, 18 * mm, 17 * mm, 21 * mm)
# A table's head row (two lines) and a first row of two lines: what must fit below a heading,
# as a table splits only between rows and repeats its head.
TABLE_START = 80
NO_MINUTES_YET = QT_TR_NOOP("No minutes have been written yet.")
NOT_ATTRIBUTED = QT_TR_NOOP(
    "Held under the Chatham House Rule: no speaker is named; each is described by their role, "
    "delegation or kind of affiliation."
)
_GRID = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
]  # fmt: skip


# -- planned against actual ------------------------------------------------------------------


def _difference_colour(delta: float | None) -> colors.Color:
    if delta is None or abs(delta) < 1 / 120:  # under half a second: on time
        return INK
    return OVER if delta > 0 else UNDER_TEXT


def _number_widths(heads: Sequence[str], styles: LogStyles) -> list[float]:
    """The time columns' widths: as set, or wider where a word of the head would not fit (a
    Russian head, "ФАКТИЧЕСКОЕ НАЧАЛО", must not break inside a word)."""
    font = styles.head_right
    padding = 8 + 1  # the grid's left and right padding, and a point to spare
    return [
        max(base, *(string_width(word, font.fontSize, bold=True) + padding for word in h.split()))
        for base, h in zip(NUMBER_WIDTHS, heads, strict=True)
    ]


def _plan_table(rows: Sequence[PlanActualRow], styles: LogStyles, width: float) -> Flowable:
    """Items and, indented beneath each, its speakers' turns; the difference coloured."""
    heads = [tr(text).upper() for text in PLAN_COLUMNS]
    data: list[list[object]] = [
        [para(heads[0], styles.head)] + [para(t, styles.head_right) for t in heads[1:]]
    ]
    for row in rows:
        cells = plan_cells(row)
        colour = _difference_colour(row.delta_minutes)
        data.append([
            para(cells[0], styles.speaker if row.kind == "speaker" else styles.cell),
            *(para(c, styles.cell_right) for c in cells[1:5]),
            rich([(cells[5], colour is not INK, None, colour)], styles.cell_right),
        ])  # fmt: skip
    numbers = _number_widths(heads[1:], styles)
    widths = [width - sum(numbers), *numbers]
    return table(data, widths, _GRID, repeatRows=1, splitByRow=1, hAlign="LEFT")


def _planned(event: EventRecord, log: EventLog, styles: LogStyles, width: float) -> list[Flowable]:
    report = plan_report(event, log)
    note = NO_AGENDA if not report.rows else NOTHING_TIMED if not report.timed else PLAN_NOTE
    note_para = para(typographic(tr(note)), styles.note)
    title = tr("Planned against actual")
    if not report.timed:
        return [*section(title, styles, note_para), note_para]
    items = report.items()
    scale = max((v for r in items for v in (r.planned_minutes, r.actual_minutes) if v),
                default=1.0)  # fmt: skip
    story: list[Flowable] = []
    for day, rows in plan_days(report):
        heading = para(long_day(day), styles.day)
        plan = _plan_table(rows, styles, width)
        if not story:  # the section's heading comes with the first day's table
            story += [*section(title, styles, plan, [note_para, heading], TABLE_START),
                      note_para]  # fmt: skip
        story += [RoomFor([heading], then=plan, min_height=TABLE_START), heading, plan]
        day_items = [r for r in rows if r.kind == "item"]
        if day_items:  # every day's chart at one scale, so the days compare at a glance
            chart = PlanChart(day_items, scale, caption=local_dates.short_day(day))
            story += [Spacer(1, 4 * mm), chart]
    return story


# -- change history --------------------------------------------------------------------------


def _changes(event: EventRecord, log: EventLog, styles: LogStyles, width: float) -> list[Flowable]:
    history = change_lines(event, log.changes)
    title = tr("Change history")
    if not history:
        note = para(tr(NO_CHANGES), styles.note)
        return [*section(title, styles, note), note]
    data: list[list[object]] = [[para(tr(text).upper(), styles.head) for text in CHANGE_COLUMNS]]
    for change in history:
        texts = (moment_text(change.at), change.author, change.area.label, change.summary)
        data.append([para(text, styles.cell) for text in texts])
    widths = [30 * mm, 34 * mm, 22 * mm, width - 86 * mm]
    changes = table(data, widths, _GRID, repeatRows=1, splitByRow=1, hAlign="LEFT")
    return [*section(title, styles, changes, min_height=TABLE_START), changes]


# -- the documents ---------------------------------------------------------------------------


def _document(stream: BinaryIO, event: EventRecord, paper: str, what: str, kind: str) -> Document:
    """``what`` is the document's name, translated: "Event log", "Minutes"; ``kind`` its
    key, "log" or "minutes" (the PDF's subject is the kind's sentence, ``pdf.about``)."""
    short = event.short_title.strip() or event.title
    named = tr("{title} — {document}")
    return Document(stream, paper=paper, title=named.format(title=event.title, document=what),
                    subject=what, kind=kind, keywords=event_keywords(event, what),
                    footer=named.format(title=short, document=what))  # fmt: skip


def export_log_pdf(
    event: EventRecord,
    log: EventLog,
    path: str | os.PathLike[str],
    paper: str = "a4",
    sections: LogSections = ALL_SECTIONS,
    progress: Progress | None = None,
) -> bool:
    """Write the log of ``event`` to ``path`` (atomically); True when written.

    ``progress`` is called with (parts laid out, parts), a part being the header, each section
    and each day of the journal, and may return False to cancel: then nothing is written and
    the result is False. Raises UserError for an unknown paper, no section chosen, or a file
    that cannot be written.
    """
    page_size(paper)  # refuse an unknown paper before touching the file system
    sections.check()
    minutes = sections.minutes and bool(event.summary.strip())
    days = len(journal_days(event, log.entries)) if sections.journal else 0
    total = 1 + int(minutes) + days + int(sections.planned) + int(sections.changes)
    tracker = ProgressTracker(progress, total)

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        what = tr("Event log")
        doc = _document(stream, event, paper, what, "log")
        styles = LogStyles()
        story = [*header(event, styles, what), *attendance(event, styles, False),
                 tracker.mark(1)]  # fmt: skip
        done = 1
        if minutes:
            body = minutes_body(event, styles)
            done += 1
            story += [*section(tr("Minutes"), styles, body[0]), *body, tracker.mark(done)]
        elif sections == LogSections(True, False, False, False):
            story.append(para(tr(NO_MINUTES_YET), styles.note))  # not a blank page
        if sections.journal:
            part, done = journal(event, log, styles, doc.width, tracker, done)
            story += part
        if sections.planned:
            done += 1
            story += [*_planned(event, log, styles, doc.width), tracker.mark(done)]
        if sections.changes:
            done += 1
            story += [*_changes(event, log, styles, doc.width), tracker.mark(done)]
        doc.build(story)
        tracker.report(total)

    return write_pdf(path, build)


def export_minutes_pdf(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    progress: Progress | None = None,
    log: EventLog | None = None,
    non_attributed: bool = False,
) -> bool:
    """Write the minutes under the event's header; True when written: the attendance list, the
    minutes (the event's summary) and, with ``log``, the record of the discussion.

    ``non_attributed`` (Chatham House minutes) gives the attendance as counts and each person
    an entry is about as their description (``services.attribution``); the texts are printed
    as typed, so the caller warns first about those that name someone. Raises UserError when
    the event has no minutes, for an unknown paper, or a file that cannot be written;
    ``progress`` may cancel as with :func:`export_log_pdf`.
    """
    page_size(paper)
    require_minutes(event)
    tracker = ProgressTracker(progress, 1)

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        what = tr("Minutes")
        doc = _document(stream, event, paper, what, "minutes")
        styles = LogStyles()
        descriptions = Descriptions(event) if non_attributed else None
        body = minutes_body(event, styles)
        story = [*header(event, styles, what)]
        if non_attributed:
            story.append(para(tr(NOT_ATTRIBUTED), styles.note))
        story += attendance(event, styles, non_attributed)
        story += [*section(tr("Minutes"), styles, body[0]), *body]
        if log is not None:
            story += discussion_record(event, log.entries, styles, doc.width, descriptions)
        doc.build(story)
        tracker.report(1)

    return write_pdf(path, build)
