"""The seating chart PDF: each plan's table drawn to scale with every seat's name, then a seat list.

A plan gets one drawing page, portrait or landscape, whichever lets its names be larger, with
the event's header, the plan's name, shape and day, the table from
:func:`roundtable.services.seating_geometry.plan_geometry` at one standard scale stated on the
page ("Scale 1:50", with a scale bar), and a numbered mark on every seat. Then the seat list, a
table that runs over as many portrait pages as it needs.

Where the names go is decided by :func:`layout_chart`, a pure function of the geometry, the
texts and the box, so the tests can check what the drawing will hold without reading a PDF.
Each seat gets a *slot* beside it, outside the table, and its name is fitted into that slot:
shrunk towards a floor, then wrapped onto two lines, and only then made smaller still; slots of
neighbouring seats are built not to meet, and the finished layout is checked against every
other name, seat mark and piece of table anyway (:meth:`ChartLayout.problems`). Three ways of
making slots compete, and the one whose smallest name is largest wins:

* **horizontal**: level text beside side seats and above or below end seats; reads best, and
  wins at tables with few seats;
* **radial**: text running straight out from the table, perpendicular to its edge (upright
  text on a long side becomes vertical); the only way thirty names fit round a round table;
* **desk**: classroom rows have the next row's desks right behind every chair, so names go on
  the desk in front of each seat.

A name that cannot be drawn at a readable size even so is left off the drawing (its seat still
has its number) and a note under the drawing points to the seat list, which always has
everyone.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, PageTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.frames import Frame

from roundtable.domain.enums import Attendance, TableShape
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.pdf.document import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    Document,
    Progress,
    ProgressTracker,
    page_size,
    para,
    plain_paragraphs,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.event_header import when_line
from roundtable.pdf.fonts import draw_string, fit_size, normalize, string_width
from roundtable.pdf.namecards import _break_points, _Part, fit_lines
from roundtable.pdf.people import person_lang
from roundtable.services.namecards import seating_plan
from roundtable.services.names import affiliation_text, full_name
from roundtable.services.seating_geometry import SEAT_PITCH, TableGeometry, plan_geometry
from roundtable.services.venue_text import venue_line

POINTS_PER_METRE = 72 / 0.0254
# Scales an architect would print, largest first: the chart uses the largest that serves.
SCALES = (10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750,
          1000, 1500, 2000, 3000, 5000)  # fmt: skip

NAME_START, NAME_FLOOR = 10.0, 6.5  # a name shrinks to the floor on one line, then wraps
NATIVE_START, NATIVE_FLOOR = 9.0, 6.0
LABEL_START, LABEL_FLOOR = 8.0, 5.5
SMALLEST = 3.5  # below this a name is left to the seat list rather than printed unreadably
LEADING = 1.22  # line height per point of size
BASELINE_DROP = 0.95  # baseline below a line's top: every shipped font's ink stays in the line
WRAP_PENALTY = 0.85  # a name on two lines counts as this much smaller when layouts compete
PART_GAP = 0.15  # between a name and its own-script name, per point of size
THICKNESS_CAP = 46.0  # a slot never needs more room across its lines than three full lines
PAD = 2.0  # kept free along the drawing box's edges
LEGEND_HEIGHT = 9 * mm
NOTE_HEIGHT = 4.5 * mm

TABLE_FILL = colors.HexColor("#EEF1F5")
HEAD_FILL = ACCENT


# -- what the layout takes and gives ----------------------------------------------------------


@dataclass(frozen=True)
class SeatText:
    """What the chart writes beside one seat: the name, the own-script name, a seat's label."""

    name: str = ""
    native_name: str = ""
    lang: str | None = None  # Han-glyph hint for the names
    label: str = ""  # "Press", "Interpreter", "NCAFP delegation"

    @property
    def empty(self) -> bool:
        return not (self.name.strip() or self.native_name.strip() or self.label.strip())


@dataclass(frozen=True)
class ChartLine:
    """One line of a label, in the label's own frame (x along the text, y across it)."""

    text: str
    size: float
    bold: bool
    muted: bool
    lang: str | None
    x: float
    baseline: float
    width: float


@dataclass(frozen=True)
class ChartLabel:
    """A seat's text block: the rectangle [0, width] × [0, height] of its own frame, whose
    origin is at (x, y) in the drawing box and whose x axis runs at ``angle`` degrees."""

    number: int
    x: float
    y: float
    angle: float
    width: float
    height: float
    lines: tuple[ChartLine, ...]
    fill: float = 1.0  # the smallest part's size as a share of its full size

    def corners(self) -> tuple[tuple[float, float], ...]:
        cos, sin = _cos_sin(self.angle)
        return tuple(
            (self.x + px * cos - py * sin, self.y + px * sin + py * cos)
            for px, py in ((0, 0), (self.width, 0), (self.width, self.height), (0, self.height))
        )

    @property
    def smallest(self) -> float:
        return min((line.size for line in self.lines), default=0.0)

    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True)
class SeatMark:
    number: int
    x: float
    y: float
    radius: float
    number_size: float
    head: bool = False
    locked: bool = False


@dataclass(frozen=True)
class TablePiece:
    """A piece of table in the drawing box: ``kind`` "ellipse" or "rect", centre and size."""

    kind: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChartLayout:
    """Everything the drawing shows, in points inside a ``width`` × ``height`` box."""

    width: float
    height: float
    denominator: int  # the scale is 1:denominator
    strategy: str  # "horizontal", "radial" or "desk"
    tables: tuple[TablePiece, ...]
    marks: tuple[SeatMark, ...]
    labels: tuple[ChartLabel, ...]
    omitted: tuple[int, ...] = ()  # seats whose text did not fit at a readable size
    score: float = field(default=0.0, compare=False)  # the smallest label's fill; 1 = full size

    @property
    def points_per_metre(self) -> float:
        return POINTS_PER_METRE / self.denominator

    @property
    def mean_fill(self) -> float:
        """The labels' average size as a share of full size (1 with no labels)."""
        if not self.labels:
            return 1.0
        return sum(label.fill for label in self.labels) / len(self.labels)

    @property
    def scale_text(self) -> str:
        return f"Scale 1:{self.denominator}"

    def problems(self) -> list[str]:
        """Every place where the drawing would be wrong: a label or seat outside the box, two
        labels touching, a label over a seat mark or (except on classroom desks) the table."""
        return [message for message, _labels in _findings(self)]


# -- the layout -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """Room for a label: [0, length] × [0, thickness] in a frame at (x, y) turned ``angle``.

    ``align`` places the block along the text ("start", "end", "centre"); ``stack`` across it
    ("bottom", "top", "middle").
    """

    x: float
    y: float
    angle: float
    length: float
    thickness: float
    align: str
    stack: str


def layout_chart(
    geometry: TableGeometry,
    texts: Mapping[int, SeatText],
    width: float,
    height: float,
    locked: Iterable[int] = (),
) -> ChartLayout:
    """The drawing of ``geometry`` in a ``width`` × ``height`` box (points), with ``texts`` by
    seat number beside the seats and the ``locked`` seats marked.

    Every standard scale at which the table fits is tried with every way of making slots (see
    :func:`choose`). The result has no :meth:`~ChartLayout.problems`: a text that could not be
    placed without one is left out and listed in ``omitted``.
    """
    texts = {n: t for n, t in texts.items() if not t.empty and 1 <= n <= len(geometry.seats)}
    locked_seats = frozenset(locked)
    strategies = ("desk",) if geometry.shape is TableShape.CLASSROOM else ("horizontal", "radial")
    candidates: list[ChartLayout] = []
    for strategy in strategies:
        for denominator in SCALES:
            layout = _try(geometry, texts, width, height, denominator, strategy, locked_seats)
            if layout is None:
                continue
            candidates.append(layout)
            if layout.score >= 1 and not layout.omitted:
                break  # a smaller scale cannot do better: the names are at full size already
            if texts and len(layout.omitted) == len(texts):
                break  # nor when no name fits: smaller seats leave even less room
    if not candidates:  # even the smallest scale does not fit: no drawing at all
        return ChartLayout(width, height, SCALES[-1], strategies[0], (), (), (), tuple(texts))
    return choose(candidates)


STRATEGIES = ("horizontal", "radial", "desk")  # the order of preference among near-equals


def choose(candidates: Sequence[ChartLayout]) -> ChartLayout:
    """The best of several layouts: fewest names left out; then, among those whose smallest
    text is not much smaller than the best smallest (by a tenth of full size, or a fifth of
    it when all are small), the largest texts on average; among near-equals level text before
    radial, then the larger scale, then the first given."""
    fewest = min(len(c.omitted) for c in candidates)
    pool = [c for c in candidates if len(c.omitted) == fewest]
    best_smallest = max(c.score for c in pool)
    slack = min(0.1, 0.2 * best_smallest)
    pool = [c for c in pool if c.score >= best_smallest - slack - 1e-9]
    best_mean = max(c.mean_fill for c in pool)
    pool = [c for c in pool if c.mean_fill >= best_mean - 0.02]
    return min(pool, key=lambda c: (STRATEGIES.index(c.strategy), c.denominator))


def _try(
    geometry: TableGeometry,
    texts: Mapping[int, SeatText],
    width: float,
    height: float,
    denominator: int,
    strategy: str,
    locked: frozenset[int],
) -> ChartLayout | None:
    """One scale and one way of making slots; None when the table does not fit the box."""
    k = POINTS_PER_METRE / denominator
    radius = _mark_radius(k)
    min_x, min_y, max_x, max_y = geometry.bounds()
    drawing_w = (max_x - min_x) * k + 2 * radius
    drawing_h = (max_y - min_y) * k + 2 * radius
    free_x, free_y = width - 2 * PAD - drawing_w, height - 2 * PAD - drawing_h
    if free_x < 0 or free_y < 0:
        return None
    out = {s.number: _outward(s.facing) for s in geometry.seats}
    left, right, down, up = _pull(out, texts, strategy)
    origin_x = PAD + radius - min_x * k + free_x * _share(left, right)
    origin_y = PAD + radius - min_y * k + free_y * _share(down, up)

    def place(x: float, y: float) -> tuple[float, float]:
        return origin_x + x * k, origin_y + y * k

    tables = tuple(
        TablePiece(part.kind, *place(part.x, part.y), part.width * k, part.height * k)
        for part in geometry.outline
    )
    marks = tuple(
        SeatMark(
            s.number, *place(s.x, s.y), radius, _number_size(s.number, radius),
            head=s.number == geometry.head_seat, locked=s.number in locked,
        )
        for s in geometry.seats
    )  # fmt: skip
    gap = max(2.0, 0.05 * k)
    if strategy == "desk":
        slots = _desk_slots(geometry, texts, place, k, gap)
    else:
        make = _horizontal_slots if strategy == "horizontal" else _radial_slots
        slots = make(texts, marks, out, width, height, gap)
    labels, omitted = _fit_all(texts, slots, width, height, tables, marks, strategy)
    score = 0.0 if omitted else min((label.fill for label in labels), default=1.0)
    return ChartLayout(
        width, height, denominator, strategy, tables, marks, tuple(labels), tuple(omitted), score
    )


def _mark_radius(k: float) -> float:
    """A seat's mark: about a chair's size, clamped so numbers stay legible and marks apart."""
    return min(max(0.2 * k, 5.0), 11.0, 0.45 * SEAT_PITCH * k)


def _number_size(number: int, radius: float) -> float:
    text = str(number)
    start = max(min(radius * 0.95, 9.0), 2.5)
    return fit_size(text, 1.55 * radius, start, 2.5, bold=True)


def _outward(facing: float) -> tuple[float, float]:
    """Away from the table: the sitter faces the table, so the opposite of ``facing``."""
    return -math.cos(facing), -math.sin(facing)


def _cos_sin(angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return math.cos(radians), math.sin(radians)


def _pull(
    out: Mapping[int, tuple[float, float]], texts: Mapping[int, SeatText], strategy: str
) -> tuple[float, float, float, float]:
    """How much text wants room on each side (left, right, below, above): the free space of
    the box is shared out by it, so a table with names above only sits low on the page."""
    if strategy == "desk":
        return 1, 1, 1, 1
    left = right = down = up = 0.0
    for number in texts:
        ux, uy = out[number]
        left, right = left + max(0.0, -ux), right + max(0.0, ux)
        down, up = down + max(0.0, -uy), up + max(0.0, uy)
    return left, right, down, up


def _share(low: float, high: float) -> float:
    """The part of the free space to put on the low side."""
    if low + high < 1e-9:
        return 0.5
    return low / (low + high)


def _ray_exit(x: float, y: float, dx: float, dy: float, width: float, height: float) -> float:
    """How far from (x, y) along (dx, dy) the box [PAD, width-PAD] × [PAD, height-PAD] ends;
    0 when the point is already outside it."""
    low_x, high_x, low_y, high_y = PAD, width - PAD, PAD, height - PAD
    if not (low_x <= x <= high_x and low_y <= y <= high_y):
        return 0.0
    reach = math.inf
    if dx > 1e-9:
        reach = min(reach, (high_x - x) / dx)
    elif dx < -1e-9:
        reach = min(reach, (low_x - x) / dx)
    if dy > 1e-9:
        reach = min(reach, (high_y - y) / dy)
    elif dy < -1e-9:
        reach = min(reach, (low_y - y) / dy)
    return max(0.0, reach)


def _radial_slots(
    texts: Mapping[int, SeatText],
    marks: Sequence[SeatMark],
    out: Mapping[int, tuple[float, float]],
    width: float,
    height: float,
    gap: float,
) -> dict[int, _Slot]:
    """Slots running straight out from each seat. Their width across is the distance to the
    next seat's slot where the two run alike (seats along one edge, or round a round table),
    so neighbours' slots never meet; text on the left half turns over to stay upright."""
    anchors = {
        m.number: (
            m.x + out[m.number][0] * (m.radius + gap),
            m.y + out[m.number][1] * (m.radius + gap),
        )
        for m in marks
    }
    slots: dict[int, _Slot] = {}
    for number in texts:
        ax, ay = anchors[number]
        ux, uy = out[number]
        vx, vy = -uy, ux
        thickness = THICKNESS_CAP
        for other in (number - 1, number + 1, *_wrap(number, len(anchors))):
            if other not in anchors or other == number:
                continue
            ox, oy = out[other]
            if ux * ox + uy * oy < 0.5:  # running apart (a corner, the table's far side)
                continue
            bx, by = anchors[other]
            across = abs((bx - ax) * vx + (by - ay) * vy)
            thickness = min(thickness, across - gap)
        half = thickness / 2
        length = min(
            _ray_exit(ax + vx * half, ay + vy * half, ux, uy, width, height),
            _ray_exit(ax - vx * half, ay - vy * half, ux, uy, width, height),
        )
        angle = math.degrees(math.atan2(uy, ux))
        if -90 < angle <= 90.0001:
            slots[number] = _Slot(ax - vx * half, ay - vy * half, angle, length, thickness,
                                  "start", "middle")  # fmt: skip
        else:  # reads towards the seat, ending beside it
            slots[number] = _Slot(ax + ux * length + vx * half, ay + uy * length + vy * half,
                                  angle + 180, length, thickness, "end", "middle")  # fmt: skip
    return slots


def _wrap(number: int, count: int) -> tuple[int, ...]:
    """The seats beside the first and last of a walk that closes on itself."""
    if number == 1:
        return (count,)
    if number == count:
        return (1,)
    return ()


def _horizontal_slots(
    texts: Mapping[int, SeatText],
    marks: Sequence[SeatMark],
    out: Mapping[int, tuple[float, float]],
    width: float,
    height: float,
    gap: float,
) -> dict[int, _Slot]:
    """Level slots: seats facing left or right get a band of height beside them, seats at the
    top or bottom a band of width above or below. Bands of one side split the space half-way
    between seats; the top and bottom bands stay between the side seats, so no two meet."""
    side = 0.35  # how far out of the vertical a seat must look to count as a side seat
    groups: dict[str, list[int]] = {"left": [], "right": [], "up": [], "down": []}
    anchors: dict[int, tuple[float, float]] = {}
    for mark in marks:
        ux, uy = out[mark.number]
        key = "right" if ux >= side else "left" if ux <= -side else "up" if uy > 0 else "down"
        groups[key].append(mark.number)
        step_x, step_y = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1)}[key]
        reach = mark.radius + gap
        anchors[mark.number] = (mark.x + step_x * reach, mark.y + step_y * reach)
    right_edge = min((anchors[n][0] for n in groups["right"]), default=width - PAD)
    left_edge = max((anchors[n][0] for n in groups["left"]), default=PAD)
    slots: dict[int, _Slot] = {}
    for key in ("left", "right"):
        members = sorted(groups[key], key=lambda n: anchors[n][1])
        bounds = _bands([anchors[n][1] for n in members], PAD, height - PAD)
        for number, (low, high) in zip(members, bounds, strict=True):
            if number not in texts:
                continue
            ax, ay = anchors[number]
            half = min(ay - low, high - ay, THICKNESS_CAP / 2) - gap / 2
            if key == "right":
                slots[number] = _Slot(ax, ay - half, 0, width - PAD - ax, 2 * half,
                                      "start", "middle")  # fmt: skip
            else:
                slots[number] = _Slot(PAD, ay - half, 0, ax - PAD, 2 * half, "end", "middle")
    for key in ("up", "down"):
        members = sorted(groups[key], key=lambda n: anchors[n][0])
        bounds = _bands([anchors[n][0] for n in members], left_edge, right_edge)
        for number, (low, high) in zip(members, bounds, strict=True):
            if number not in texts:
                continue
            ax, ay = anchors[number]
            half = min(ax - low, high - ax) - gap / 2
            if key == "up":
                slots[number] = _Slot(ax - half, ay, 0, 2 * half, height - PAD - ay,
                                      "centre", "bottom")  # fmt: skip
            else:
                slots[number] = _Slot(ax - half, PAD, 0, 2 * half, ay - PAD, "centre", "top")
    return slots


def _bands(positions: Sequence[float], low: float, high: float) -> list[tuple[float, float]]:
    """Each sorted position's stretch: half-way to its neighbours, the ends out to the limits."""
    bands = []
    for i, position in enumerate(positions):
        below = (positions[i - 1] + position) / 2 if i > 0 else low
        above = (positions[i + 1] + position) / 2 if i + 1 < len(positions) else high
        bands.append((below, above))
    return bands


def _desk_slots(
    geometry: TableGeometry,
    texts: Mapping[int, SeatText],
    place,  # noqa: ANN001 - (x, y) in metres -> points
    k: float,
    gap: float,
) -> dict[int, _Slot]:
    """Classroom rows: each name on its own stretch of the desk in front of the seat."""
    slots: dict[int, _Slot] = {}
    for number in texts:
        seat = geometry.place(number)
        desk = min(
            (p for p in geometry.outline if p.y > seat.y and abs(p.x - seat.x) <= p.width / 2),
            key=lambda p: p.y - seat.y,
            default=None,
        )
        if desk is None:
            continue
        x, y = place(seat.x - SEAT_PITCH / 2, desk.y - desk.height / 2)
        slots[number] = _Slot(x + gap / 2, y + gap / 2, 0, SEAT_PITCH * k - gap,
                              desk.height * k - gap, "centre", "middle")  # fmt: skip
    return slots


def _parts(text: SeatText) -> list[_Part]:
    parts = []
    if text.name.strip():
        parts.append(_Part(text.name, NAME_START, NAME_FLOOR, True, False, 0))
    if text.native_name.strip():
        parts.append(_Part(text.native_name, NATIVE_START, NATIVE_FLOOR, False, False, PART_GAP))
    if text.label.strip():
        parts.append(_Part(text.label, LABEL_START, LABEL_FLOOR, False, True, PART_GAP))
    return parts


def fit_block(
    text: SeatText, length: float, thickness: float
) -> tuple[list[ChartLine], float, float, float] | None:
    """``text``'s lines fitted into ``length`` along × ``thickness`` across: each part shrinks
    towards its floor on one line, then wraps to two; if the block is still too thick, every
    part shrinks together. Returns (lines, width, height, fill: the smallest part's size as a
    share of its full size), or None below a readable size."""
    parts = _parts(text)
    if not parts or length < 4 or thickness < SMALLEST * LEADING:
        return None
    scale = 1.0
    for _attempt in range(10):
        fitted = [
            (part, *_fit_part(part, length, scale, text.lang, 2 if part.muted else 3))
            for part in parts
        ]
        total = _block_height(fitted)
        if total <= thickness:
            break
        scale *= max(0.5, thickness / total * 0.98)
    else:  # keep the line breaks and shrink the sizes, which only narrows the lines
        factor = thickness / total * 0.999
        fitted = [(part, lines, int(size * factor * 10) / 10) for part, lines, size in fitted]
    if min(size for _part, _lines, size in fitted) < SMALLEST:
        return None
    lines: list[ChartLine] = []
    top = _block_height(fitted)
    for index, (part, part_lines, size) in enumerate(fitted):
        if index:
            top -= part.gap_before * size
        for line in part_lines:
            line_width = string_width(line, size, part.bold, text.lang)
            lines.append(ChartLine(line, size, part.bold, part.muted, text.lang, 0.0,
                                   top - BASELINE_DROP * size, line_width))  # fmt: skip
            top -= LEADING * size
    block_width = max(line.width for line in lines)
    # A wrapped part counts as smaller than it is: one line reads better than two.
    fill = min(
        size / part.start * (WRAP_PENALTY if len(ls) > 1 else 1) for part, ls, size in fitted
    )
    return lines, block_width, _block_height(fitted), fill


def _fit_part(
    part: _Part, length: float, scale: float, lang: str | None, max_lines: int
) -> tuple[list[str], float]:
    """One part as name cards fit it (one line down to the floor, then two), and when two
    lines at the floor are still too long, up to ``max_lines`` lines: a name of fifty letters
    on a classroom desk reads better in three lines than in two tiny ones."""
    start, floor = part.start * scale, part.floor * scale
    lines, size = fit_lines(part.text, length, start, floor, bold=part.bold, lang=lang)
    if size >= floor or max_lines < 3:
        return lines, size
    more = _greedy_fit(part.text, length, start, part.bold, lang, max_lines)
    if more is not None and more[1] > size:
        return more
    return lines, size


def _greedy_fit(
    text: str, length: float, start: float, bold: bool, lang: str | None, max_lines: int
) -> tuple[list[str], float] | None:
    """The largest size up to ``start`` at which ``text`` breaks into at most ``max_lines``
    lines no longer than ``length`` (filling each line in turn), and those lines."""
    text = " ".join(normalize(text).split())
    cuts = [0, *_break_points(text), len(text)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]

    def lines_within(limit: float) -> list[str] | None:
        lines: list[str] = []
        current = ""
        for piece in pieces:
            if current and string_width((current + piece).strip(), 1, bold, lang) > limit:
                lines.append(current.strip())
                current = piece
            else:
                current += piece
        lines.append(current.strip())
        fits = all(string_width(line, 1, bold, lang) <= limit for line in lines)
        return lines if fits and len(lines) <= max_lines else None

    low, high, best = 0.0, start, None
    for _step in range(14):  # bisect the size to well under a tenth of a point
        middle = (low + high) / 2
        found = lines_within(length / middle) if middle > 0 else None
        if found is not None:
            low, best = middle, found
        else:
            high = middle
    if best is None:
        return None
    return best, int(low * 10) / 10


def _block_height(fitted: Sequence[tuple[_Part, list[str], float]]) -> float:
    return sum(
        len(lines) * LEADING * size + (part.gap_before * size if index else 0)
        for index, (part, lines, size) in enumerate(fitted)
    )


def _place_block(
    number: int,
    slot: _Slot,
    lines: list[ChartLine],
    block_w: float,
    block_h: float,
    fill: float,
) -> ChartLabel:
    """The block set in its slot: along by ``align`` (each line too), across by ``stack``."""
    along = {"start": 0.0, "end": slot.length - block_w}.get(
        slot.align, (slot.length - block_w) / 2
    )
    across = {"bottom": 0.0, "top": slot.thickness - block_h}.get(
        slot.stack, (slot.thickness - block_h) / 2
    )
    cos, sin = _cos_sin(slot.angle)
    x = slot.x + along * cos - across * sin
    y = slot.y + along * sin + across * cos
    aligned = []
    for line in lines:
        offset = {"start": 0.0, "end": block_w - line.width}.get(
            slot.align, (block_w - line.width) / 2
        )
        aligned.append(
            ChartLine(line.text, line.size, line.bold, line.muted, line.lang, offset,
                      line.baseline, line.width)
        )  # fmt: skip
    return ChartLabel(number, x, y, slot.angle, block_w, block_h, tuple(aligned), fill)


def _fit_all(
    texts: Mapping[int, SeatText],
    slots: Mapping[int, _Slot],
    width: float,
    height: float,
    tables: Sequence[TablePiece],
    marks: Sequence[SeatMark],
    strategy: str,
) -> tuple[list[ChartLabel], list[int]]:
    """Fit every text in its slot; a label that meets something is fitted again thinner, a
    few times, and then left out."""
    limits = dict(slots)
    placed: dict[int, ChartLabel] = {}
    omitted: list[int] = []
    for number in sorted(texts):
        slot = limits.get(number)
        block = fit_block(texts[number], slot.length, slot.thickness) if slot else None
        if block is None:
            omitted.append(number)
        else:
            placed[number] = _place_block(number, slot, *block)
    for _round in range(4):
        labels = list(placed.values())
        layout = ChartLayout(width, height, 1, strategy, tuple(tables), tuple(marks),
                             tuple(labels))  # fmt: skip
        bad = _offenders(layout)
        if not bad:
            break
        for index in bad:
            number = labels[index].number
            thinner = _thinner(limits[number], 0.6)
            limits[number] = thinner
            block = fit_block(texts[number], thinner.length, thinner.thickness)
            if block is None:
                del placed[number]
                omitted.append(number)
            else:
                placed[number] = _place_block(number, thinner, *block)
    else:
        layout = ChartLayout(width, height, 1, strategy, tuple(tables), tuple(marks),
                             tuple(placed.values()))  # fmt: skip
        for index in sorted(_offenders(layout), reverse=True):
            number = layout.labels[index].number
            del placed[number]
            omitted.append(number)
    return sorted(placed.values(), key=lambda label: label.number), sorted(omitted)


def _thinner(slot: _Slot, factor: float) -> _Slot:
    """The same slot with less room across, kept centred on the same line."""
    thickness = slot.thickness * factor
    shift = (slot.thickness - thickness) / 2
    cos, sin = _cos_sin(slot.angle)
    if slot.stack == "bottom":
        shift = 0.0
    elif slot.stack == "top":
        shift = slot.thickness - thickness
    return _Slot(slot.x - shift * sin, slot.y + shift * cos, slot.angle, slot.length, thickness,
                 slot.align, slot.stack)  # fmt: skip


# -- checking a layout ------------------------------------------------------------------------


def _offenders(layout: ChartLayout) -> set[int]:
    """Indexes of the labels involved in any problem."""
    found: set[int] = set()
    for _message, indexes in _findings(layout):
        found |= indexes
    return found


def _findings(layout: ChartLayout) -> list[tuple[str, set[int]]]:
    """Each problem of ``layout`` with the indexes of the labels it involves (see
    :meth:`ChartLayout.problems`)."""
    found: list[tuple[str, set[int]]] = []
    eps = 0.01
    polygons = [label.corners() for label in layout.labels]
    boxes = [_bbox(corners) for corners in polygons]
    inside = (-eps, -eps, layout.width + eps, layout.height + eps)
    for i, (label, box) in enumerate(zip(layout.labels, boxes, strict=True)):
        if not _box_within(box, inside):
            found.append((f"seat {label.number}: its text leaves the drawing", {i}))
    for mark in layout.marks:
        circle = (mark.x - mark.radius, mark.y - mark.radius,
                  mark.x + mark.radius, mark.y + mark.radius)  # fmt: skip
        if not _box_within(circle, inside):
            found.append((f"seat {mark.number} is outside the drawing", set()))
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    for position, i in enumerate(order):
        for j in order[position + 1 :]:
            if boxes[j][0] >= boxes[i][2]:
                break
            if _boxes_meet(boxes[i], boxes[j]) and _polygons_meet(polygons[i], polygons[j]):
                numbers = sorted((layout.labels[i].number, layout.labels[j].number))
                found.append((f"the texts of seats {numbers[0]} and {numbers[1]} overlap", {i, j}))
    pieces = [_piece_polygon(piece) for piece in layout.tables] if layout.strategy != "desk" else []
    for i, (label, box) in enumerate(zip(layout.labels, boxes, strict=True)):
        for mark in layout.marks:
            circle = (mark.x - mark.radius, mark.y - mark.radius,
                      mark.x + mark.radius, mark.y + mark.radius)  # fmt: skip
            if _boxes_meet(box, circle) and _label_meets_circle(label, mark.x, mark.y, mark.radius):
                found.append((f"the text of seat {label.number} covers seat {mark.number}", {i}))
        for outline in pieces:
            if _boxes_meet(box, _bbox(outline)) and _polygons_meet(polygons[i], outline):
                found.append((f"the text of seat {label.number} lies on the table", {i}))
    return found


def _box_within(box: Sequence[float], outer: Sequence[float]) -> bool:
    return box[0] >= outer[0] and box[1] >= outer[1] and box[2] <= outer[2] and box[3] <= outer[3]


def _bbox(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _boxes_meet(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _polygons_meet(
    first: Sequence[tuple[float, float]], second: Sequence[tuple[float, float]]
) -> bool:
    """Whether two convex polygons overlap by more than touching (separating axis test)."""
    for polygon in (first, second):
        for i, (x1, y1) in enumerate(polygon):
            x2, y2 = polygon[(i + 1) % len(polygon)]
            nx, ny = y1 - y2, x2 - x1
            a = [nx * x + ny * y for x, y in first]
            b = [nx * x + ny * y for x, y in second]
            if max(a) <= min(b) + 1e-6 or max(b) <= min(a) + 1e-6:
                return False
    return True


def _label_meets_circle(label: ChartLabel, x: float, y: float, radius: float) -> bool:
    cos, sin = _cos_sin(label.angle)
    dx, dy = x - label.x, y - label.y
    local_x, local_y = dx * cos + dy * sin, -dx * sin + dy * cos
    nearest_x = min(max(local_x, 0.0), label.width)
    nearest_y = min(max(local_y, 0.0), label.height)
    return math.hypot(local_x - nearest_x, local_y - nearest_y) < radius - 1e-6


def _piece_polygon(piece: TablePiece, sides: int = 64) -> list[tuple[float, float]]:
    """A rectangle's corners, or a polygon just outside an ellipse."""
    half_w, half_h = piece.width / 2, piece.height / 2
    if piece.kind != "ellipse":
        left, right = piece.x - half_w, piece.x + half_w
        return [(left, piece.y - half_h), (right, piece.y - half_h),
                (right, piece.y + half_h), (left, piece.y + half_h)]  # fmt: skip
    grow = 1 / math.cos(math.pi / sides)
    return [
        (piece.x + half_w * grow * math.cos(2 * math.pi * i / sides),
         piece.y + half_h * grow * math.sin(2 * math.pi * i / sides))
        for i in range(sides)
    ]  # fmt: skip


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
    """A numbered disc: filled for the head seat, with a heavy ring when locked."""
    canvas.saveState()
    canvas.setFillColor(HEAD_FILL if mark.head else colors.white)
    canvas.setStrokeColor(INK if mark.locked else MUTED)
    ring = max(1.4, mark.radius * 0.22) if mark.locked else 0.6
    canvas.setLineWidth(ring)
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
    x += draw_string(canvas, x, baseline, f"{metres:g} m", size) + 7 * mm
    items = [(SeatMark(0, 0, 0, 4.5, 0, head=True), "Head seat")]
    if has_locked:
        items.append((SeatMark(0, 0, 0, 4.5, 0, locked=True), "Locked seat"))
    for mark, text in items:
        if x + 10 + string_width(text, size) > width:
            break
        _draw_mark(canvas, SeatMark(0, x + 4.5, baseline + 2.5, 4.5, 0, mark.head, mark.locked))
        canvas.setFillColor(INK)
        x += 12
        x += draw_string(canvas, x, baseline, text, size) + 6 * mm
    canvas.restoreState()


def omitted_note(seats: Sequence[int]) -> str:
    """Under a drawing that could not hold every name: which ones, or how many."""
    if len(seats) == 1:
        return f"Too little room to print the name at seat {seats[0]}: see the seat list."
    if len(seats) <= 8:
        listed = ", ".join(str(n) for n in seats[:-1]) + f" and {seats[-1]}"
        return f"Too little room to print the names at seats {listed}: see the seat list."
    return f"Too little room to print {len(seats)} of the names here: see the seat list."


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
        self.list_title = style("list-title", 15, 19, bold=True, colour=ACCENT)
        self.notes = style("notes", 9, 12.5, colour=MUTED, spaceBefore=3)
        self.head = style("head", 7.5, 9.5, bold=True, colour=MUTED)
        self.cell = style("cell", 8.5, 11)
        self.cell_bold = style("cell-bold", 8.5, 11, bold=True)
        self.cell_muted = style("cell-muted", 8, 10.5, colour=MUTED)
        self.summary = style("summary", 9, 12.5, spaceBefore=4 * mm)


def plan_facts(plan: SeatingPlanRecord) -> str:
    """ "Round table · 7 seats · head: seat 1 · Monday 26 February 2018"."""
    shape = plan.shape.label
    if plan.shape is TableShape.ROUND:
        shape = "Round table"
    facts = [shape, f"{plan.seat_count} seat{'s' * (plan.seat_count != 1)}",
             f"head: seat {plan.head_seat}"]  # fmt: skip
    if plan.day_date is not None:
        day = plan.day_date
        facts.append(f"{day:%A} {day.day} {day:%B %Y}")
    return " · ".join(facts)


def seat_texts(event: EventRecord, plan: SeatingPlanRecord) -> dict[int, SeatText]:
    """What to write at each seat: the name (no honorific: room is short), the own-script name
    when it says something the Latin one does not, and the seat's label."""
    people = {p.id: p for p in event.participants if p.id is not None}
    texts: dict[int, SeatText] = {}
    for seat in plan.seats:
        participation = people.get(seat.participation_id)
        name = native = ""
        lang = None
        if participation is not None:
            person = participation.person
            name = full_name(person).strip() or person.native_name.strip()
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


def _seat_list(
    event: EventRecord, plan: SeatingPlanRecord, styles: _Styles, width: float
) -> list[Flowable]:
    """Seat, name, own-script name, delegation, affiliation and role of every seat in use,
    then how many seats are taken and who has none."""
    story: list[Flowable] = [para(f"Seat list · {plan.name}", styles.list_title)]
    story += [para(text, styles.notes) for text in plain_paragraphs(plan.notes)]
    story.append(Spacer(1, 3 * mm))
    people = {p.id: p for p in event.participants if p.id is not None}
    heads = ["SEAT", "NAME", "OWN SCRIPT", "DELEGATION", "AFFILIATION", "ROLE"]
    rows: list[list[object]] = [[para(h, styles.head) for h in heads]]
    taken = 0
    spans: list[tuple[object, ...]] = []  # a reserved seat's line runs across the empty cells
    for seat in sorted(plan.seats, key=lambda s: s.number):
        participation = people.get(seat.participation_id)
        if participation is None and not seat.label.strip() and not seat.locked:
            continue
        number = [para(str(seat.number), styles.cell_bold)]
        if seat.number == plan.head_seat:
            number.append(para("head", styles.cell_muted))
        if seat.locked:
            number.append(para("locked", styles.cell_muted))
        if participation is None:
            label = f"Reserved: {seat.label.strip()}" if seat.label.strip() else "Kept empty"
            rows.append([number, para(label, styles.cell_muted), "", "", "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        taken += 1
        rows.append([number, *_person_cells(participation, seat.label.strip(), styles)])
    ratios = (0.075, 0.25, 0.21, 0.125, 0.2, 0.14)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *spans,
    ]
    if len(rows) > 1:
        story.append(table(rows, [width * r for r in ratios], commands, repeatRows=1,
                           splitByRow=1, hAlign="LEFT"))  # fmt: skip
    seated = set(plan.occupants().values())
    story.append(para(f"{taken} of {plan.seat_count} seats taken.", styles.summary))
    missing = [
        p for p in sorted(event.participants, key=lambda p: p.precedence)
        if p.attendance is not Attendance.DECLINED and p.id not in seated
    ]  # fmt: skip
    if missing:
        names = ", ".join(full_name(p.person, honorific=True) for p in missing)
        story.append(para(f"Not seated: {names}.", styles.notes))
    return story


def _person_cells(participation: ParticipationRecord, label: str, styles: _Styles) -> list[object]:
    person = participation.person
    lang = person_lang(person)
    name: list[Flowable] = [
        para(full_name(person, honorific=True) or person.native_name, styles.cell_bold, lang)
    ]
    if label:
        name.append(para(label, styles.cell_muted))
    native = person.native_name.strip()
    return [
        name,
        para(native, styles.cell, lang) if native else "",
        para(participation.delegation, styles.cell) if participation.delegation else "",
        para(affiliation_text(person), styles.cell, lang),
        para(participation.role.label, styles.cell),
    ]


def _landscape_template(doc: Document, paper: str) -> PageTemplate:
    """A page turned for wide tables, with the same margins and the same footer."""
    width, height = landscape(page_size(paper))
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
    page_size(paper)  # refuse an unknown paper before touching the file system
    plans = chart_plans(event, plan_name)
    geometries = [plan_geometry(plan) for plan in plans]
    tracker = ProgressTracker(progress, 2 * len(plans))

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        title = event.short_title.strip() or event.title
        doc = Document(stream, paper=paper, title=f"{event.title} — Seating chart",
                       subject="Seating chart", footer=f"{title} — Seating chart")  # fmt: skip
        doc.addPageTemplates([_landscape_template(doc, paper)])
        styles = _Styles()
        story: list[Flowable] = []
        portrait = (doc.width, doc.height)
        sheet = landscape(page_size(paper))
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
            story += _seat_list(event, plan, styles, portrait[0])
            story.append(tracker.mark(2 * index + 2))
        doc.build(story)
        tracker.report(2 * len(plans))

    return write_pdf(path, build)
