"""The seating chart PDF: each plan's table drawn to scale with every seat's name, then a seat list.

A plan gets one drawing page, portrait or landscape, whichever lets its names be larger, with
the event's header, the plan's name, shape and day, the table from
:func:`roundtable.services.seating_geometry.plan_geometry` at one standard scale stated on the
page ("Scale 1:50", with a scale bar), and a numbered mark on every seat. Then the seat list
(:mod:`roundtable.pdf.seating_list`), a table that runs over as many portrait pages as it needs.

This module draws and assembles; where the names go is decided by
:func:`roundtable.pdf.seating_layout.layout_chart`. A name that cannot be drawn at a readable
size is left off the drawing (its seat still has its number) and a note under the drawing
points to the seat list, which always has everyone.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, TABLOID, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.frames import Frame

from roundtable.domain import local_dates
from roundtable.domain.enums import TableShape
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import TableGeometry, plan_geometry, table_size_text
from roundtable.errors import UserError
from roundtable.pdf.document import (
    ACCENT,
    INK,
    MUTED,
    Document,
    Progress,
    ProgressTracker,
    page_size,
    para,
    style,
    write_pdf,
)
from roundtable.pdf.event_header import when_line
from roundtable.pdf.fonts import draw_string, string_width
from roundtable.pdf.people import person_lang
from roundtable.pdf.seating_layout import choose, layout_chart
from roundtable.pdf.seating_layout_model import ChartLayout, SeatMark, SeatText
from roundtable.pdf.seating_list import SeatListStyles, seat_list
from roundtable.services.namecards import seating_plan
from roundtable.services.venue_text import venue_line
from roundtable.wording import tr

# Poster papers for big plans: the whole chart (drawing and seat list) on them, with the
# margins and styles of the office paper of the same family.
POSTER_PAPERS: dict[str, tuple[tuple[float, float], str]] = {
    "a3": (A3, "a4"),
    "tabloid": (TABLOID, "letter"),
}
LEGEND_HEIGHT = 9 * mm
NOTE_HEIGHT = 4.5 * mm

TABLE_FILL = colors.HexColor("#EEF1F5")
HEAD_FILL = ACCENT
RESERVED_FILL = colors.HexColor("#F3F0E6")


# -- drawing ----------------------------------------------------------------------------------


def draw_chart(canvas: Canvas, layout: ChartLayout, x: float = 0, y: float = 0) -> None:
    """The tables, the seat marks and the labels, with the box's origin at (x, y)."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setLineWidth(0.9)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(TABLE_FILL)
    for piece in layout.tables:
        left, bottom = piece.x - piece.width / 2, piece.y - piece.height / 2
        if piece.kind == "ellipse":
            canvas.ellipse(left, bottom, left + piece.width, bottom + piece.height, fill=1)
        else:
            canvas.rect(left, bottom, piece.width, piece.height, fill=1)
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    for label in layout.labels:
        if label.leader is not None:
            canvas.line(*label.leader)
    for mark in layout.marks:
        _draw_mark(canvas, mark)
    for label in layout.labels:
        canvas.saveState()
        canvas.translate(label.x, label.y)
        canvas.rotate(label.angle)
        for line in label.lines:
            canvas.setFillColor(MUTED if line.muted else INK)
            draw_string(canvas, line.x, line.baseline, line.text, line.size, line.bold, line.lang)
        canvas.restoreState()
    canvas.restoreState()


def _draw_mark(canvas: Canvas, mark: SeatMark) -> None:
    """A numbered disc: filled for the head seat, with a heavy ring when locked and a dashed
    one when reserved."""
    canvas.saveState()
    canvas.setFillColor(
        HEAD_FILL if mark.head else RESERVED_FILL if mark.reserved else colors.white
    )
    canvas.setStrokeColor(INK if mark.locked or mark.reserved else MUTED)
    ring = max(1.4, mark.radius * 0.22) if mark.locked else 0.9 if mark.reserved else 0.6
    canvas.setLineWidth(ring)
    if mark.reserved and not mark.locked:
        canvas.setDash(1.6, 1.2)
    canvas.circle(mark.x, mark.y, mark.radius - ring / 2, stroke=1, fill=1)
    if not mark.number_size:  # the legend's sample marks have no number
        canvas.restoreState()
        return
    canvas.setFillColor(colors.white if mark.head else INK)
    size = mark.number_size * (0.85 if mark.locked else 1.0)
    draw_string(canvas, mark.x, mark.y - 0.36 * size, str(mark.number), size, True,
                align="centre")  # fmt: skip
    canvas.restoreState()


def _draw_legend(canvas: Canvas, layout: ChartLayout, width: float, has_locked: bool) -> None:
    """Under the drawing: the scale in words and as a bar, and what the marks mean."""
    canvas.saveState()
    baseline = 3 * mm
    size = 8
    canvas.setFillColor(INK)
    x = draw_string(canvas, 0, baseline, layout.scale_text, size, True) + 4 * mm
    metres = _bar_metres(layout.points_per_metre)
    bar = metres * layout.points_per_metre
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(x, baseline + 1, x + bar, baseline + 1)
    for tick in (x, x + bar):
        canvas.line(tick, baseline - 1, tick, baseline + 4)
    x += bar + 1.5 * mm
    length = local_dates.number(metres, decimals=0 if metres == int(metres) else 1)
    x += draw_string(canvas, x, baseline, tr("{metres} m").format(metres=length), size) + 7 * mm
    items = [(SeatMark(0, 0, 0, 4.5, 0, head=True), tr("Head seat"))]
    if has_locked:
        items.append((SeatMark(0, 0, 0, 4.5, 0, locked=True), tr("Locked seat")))
    if any(mark.reserved for mark in layout.marks):
        items.append((SeatMark(0, 0, 0, 4.5, 0, reserved=True), tr("Reserved seat")))
    for mark, text in items:
        if x + 10 + string_width(text, size) > width:
            break
        _draw_mark(canvas, SeatMark(0, x + 4.5, baseline + 2.5, 4.5, 0, mark.head, mark.locked,
                                    mark.reserved))  # fmt: skip
        canvas.setFillColor(INK)
        x += 12
        x += draw_string(canvas, x, baseline, text, size) + 6 * mm
    canvas.restoreState()


def omitted_note(seats: Sequence[int]) -> str:
    """Under a drawing that could not hold every name: which ones, or how many."""
    if len(seats) == 1:
        return tr("Too little room to print the name at seat {seat}: see the seat list.").format(
            seat=seats[0]
        )
    if len(seats) <= 8:
        listed = tr("{seats} and {last}").format(
            seats=", ".join(str(n) for n in seats[:-1]), last=seats[-1]
        )
        return tr("Too little room to print the names at seats {seats}: see the seat list.").format(
            seats=listed
        )
    return tr("Too little room to print %n of the names here: see the seat list.", "", len(seats))


def _bar_metres(points_per_metre: float) -> float:
    """A round length whose bar is between about 2 and 5 cm long."""
    for metres in (0.5, 1, 2, 5, 10, 20, 50, 100):
        if metres * points_per_metre >= 20 * mm:
            return float(metres)
    return 100.0


class ChartFlowable(Flowable):
    """The drawing: fills what is left of the frame, its legend at the foot.

    The layout is made in ``wrap``, for exactly the room the frame has left.
    """

    def __init__(
        self, geometry: TableGeometry, texts: Mapping[int, SeatText], locked: Iterable[int]
    ) -> None:
        super().__init__()
        self.geometry = geometry
        self.texts = dict(texts)
        self.locked = frozenset(locked)
        self.layout: ChartLayout | None = None
        self._size = (0.0, 0.0)

    def make_layout(self, width: float, height: float) -> ChartLayout:
        drawing_h = max(height - LEGEND_HEIGHT - NOTE_HEIGHT, 1.0)
        return layout_chart(self.geometry, self.texts, width, drawing_h, self.locked)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.layout is None or self._size != (avail_width, avail_height):
            self.layout = self.make_layout(avail_width, avail_height)
            self._size = (avail_width, avail_height)
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        layout = self.layout
        assert layout is not None
        canvas = self.canv
        top = LEGEND_HEIGHT + NOTE_HEIGHT
        draw_chart(canvas, layout, 0, top)
        _draw_legend(canvas, layout, self.width, bool(self.locked))
        if layout.omitted:
            canvas.saveState()
            canvas.setFillColor(MUTED)
            draw_string(canvas, 0, LEGEND_HEIGHT + 1.2 * mm, omitted_note(layout.omitted), 7.5)
            canvas.restoreState()


# -- the document -----------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        self.event = style("event", 12.5, 16, bold=True)
        self.when = style("when", 9.5, 12.5)
        self.venue = style("venue", 9.5, 12.5, colour=MUTED)
        self.plan = style("plan", 16, 20, bold=True, colour=ACCENT, spaceBefore=3 * mm)
        self.facts = style("facts", 9.5, 13, spaceAfter=2 * mm)


def plan_facts(plan: SeatingPlanRecord) -> str:
    """ "Round table, 1.5 m across · 7 seats · head: seat 1 · Monday 26 February 2018"."""
    shape = table_size_text(plan_geometry(plan))
    if plan.shape in (TableShape.RECTANGLE, TableShape.RECTANGLE_ONE_SIDE, TableShape.CLASSROOM):
        shape = f"{plan.shape.label}: {shape}"
    facts = [shape, tr("%n seats", "", plan.seat_count),
             tr("head: seat {seat}").format(seat=plan.head_seat)]  # fmt: skip
    if plan.day_date is not None:
        facts.append(local_dates.day_heading(plan.day_date))
    return " · ".join(facts)


def seat_texts(event: EventRecord, plan: SeatingPlanRecord) -> dict[int, SeatText]:
    """What to write at each seat: the name as charts print it (``naming``), the own-script name
    when it says something the Latin one does not, and the seat's label."""
    # Looked up by a seat's participation id, None for an empty seat.
    people: dict[int | None, ParticipationRecord] = {
        p.id: p for p in event.participants if p.id is not None
    }
    texts: dict[int, SeatText] = {}
    for seat in plan.seats:
        participation = people.get(seat.participation_id)
        name = native = ""
        lang = None
        if participation is not None:
            person = participation.person
            name = printed_name(person, Output.CHART)
            native = person.native_name.strip()
            if native.casefold() == name.casefold():
                native = ""
            lang = person_lang(person)
        text = SeatText(name, native, lang, seat.label.strip())
        if not text.empty:
            texts[seat.number] = text
    return texts


def _header(event: EventRecord, plan: SeatingPlanRecord, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [para(event.title, styles.event), when_line(event, styles.when)]
    venue = venue_line(event.venue)
    if venue:
        story.append(para(venue, styles.venue))
    story.append(HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2 * mm))
    story.append(para(plan.name, styles.plan))
    story.append(para(plan_facts(plan), styles.facts))
    return story


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 10_000)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def chart_page_size(paper: str) -> tuple[float, float]:
    """The upright page of a chart in points: A4 and Letter, or the poster papers A3
    (841.89 × 1190.55) and Tabloid (792 × 1224). UserError for any other."""
    key = paper.strip().lower()
    if key in POSTER_PAPERS:
        return POSTER_PAPERS[key][0]
    try:
        return page_size(key)
    except UserError:
        raise UserError(
            tr("unknown paper size {paper}; use a4, letter, a3 or tabloid").format(
                paper=repr(paper)
            )
        ) from None


def _use_sheet(doc: Document, size: tuple[float, float]) -> None:
    """Turn a document made for office paper into one on a poster sheet of ``size``."""
    doc.pagesize = size
    doc._calc()  # reportlab's own way to recompute width and height
    body = doc.pageTemplates[-1]
    body.frames = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]  # fmt: skip


def _landscape_template(doc: Document, sheet: tuple[float, float]) -> PageTemplate:
    """A page turned for wide tables, with the same margins and the same footer."""
    width, height = landscape(sheet)
    frame = Frame(
        doc.leftMargin, doc.bottomMargin,
        width - doc.leftMargin - doc.rightMargin, height - doc.topMargin - doc.bottomMargin,
        id="turned", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    return PageTemplate("turned", [frame], onPage=doc.pageTemplates[0].onPage,
                        pagesize=(width, height))  # fmt: skip


def choose_turned(
    chart: ChartFlowable, header_height: float, portrait: tuple[float, float],
    turned: tuple[float, float],
) -> bool:  # fmt: skip
    """Whether the drawing is better on a landscape page: larger names, then a larger scale."""
    upright = chart.make_layout(portrait[0], portrait[1] - header_height)
    wide = chart.make_layout(turned[0], turned[1] - header_height)
    return choose([upright, wide]) is wide


def chart_plans(event: EventRecord, plan_name: str | None = None) -> list[SeatingPlanRecord]:
    """The plans a chart shows: all of them, or the one called ``plan_name``. UserError when
    there is none (or none of that name), in the words name cards by seat use too."""
    if plan_name is not None:
        return [seating_plan(event, plan_name)]
    seating_plan(event)  # refuses an event without a plan
    return list(event.seating_plans)


def export_seating_chart(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    plan_name: str | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write the seating chart of ``event`` to ``path`` (atomically); True when written.

    Every plan, or only the one called ``plan_name``. ``progress`` is called with (pages of
    plans done, 2 per plan) and may return False to cancel: then nothing is written and the
    result is False. Raises UserError when the event has no plan or none of that name, for an
    unknown paper size, a layout that is impossible, or a file that cannot be written.
    """
    paper = paper.strip().lower()
    sheet_size = chart_page_size(paper)  # refuse an unknown paper before touching the files
    plans = chart_plans(event, plan_name)
    geometries = [plan_geometry(plan) for plan in plans]
    tracker = ProgressTracker(progress, 2 * len(plans))

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        title = event.short_title.strip() or event.title
        named = tr("{title} — Seating chart")
        office = POSTER_PAPERS[paper][1] if paper in POSTER_PAPERS else paper
        doc = Document(stream, paper=office, title=named.format(title=event.title),
                       subject=tr("Seating chart"), kind="seating",
                       keywords=[tr("Seating chart"), title, event.title],
                       footer=named.format(title=title))  # fmt: skip
        if paper in POSTER_PAPERS:
            _use_sheet(doc, sheet_size)
        doc.addPageTemplates([_landscape_template(doc, sheet_size)])
        styles = _Styles()
        list_styles = SeatListStyles()
        story: list[Flowable] = []
        portrait = (doc.width, doc.height)
        sheet = landscape(sheet_size)
        turned = (sheet[0] - doc.leftMargin - doc.rightMargin,
                  sheet[1] - doc.topMargin - doc.bottomMargin)  # fmt: skip
        for index, (plan, geometry) in enumerate(zip(plans, geometries, strict=True)):
            header = _header(event, plan, styles)
            locked = [s.number for s in plan.seats if s.locked]
            chart = ChartFlowable(geometry, seat_texts(event, plan), locked)
            header_height = _height(header, portrait[0])
            wide = choose_turned(chart, header_height, portrait, turned)
            template = "turned" if wide else "body"
            if index == 0:
                if wide:  # the first page is made from the first template
                    doc.pageTemplates.insert(0, doc.pageTemplates.pop())
            else:
                story += [NextPageTemplate(template), PageBreak()]
            # The mark goes first: the drawing fills the frame, and nothing fits after it.
            story += [*header, tracker.mark(2 * index + 1), chart]
            story += [NextPageTemplate("body"), PageBreak()]
            story += seat_list(event, plan, list_styles, portrait[0])
            story.append(tracker.mark(2 * index + 2))
        doc.build(story)
        tracker.report(2 * len(plans))

    return write_pdf(path, build)
