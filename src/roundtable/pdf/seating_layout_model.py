"""The seating chart's layout as data, and the check that nothing in it collides.

:func:`roundtable.pdf.seating_layout.layout_chart` decides where every table, seat mark and
name goes; :func:`roundtable.pdf.seating_chart.draw_chart` draws what it decided. Between the
two stands a :class:`ChartLayout`, plain frozen data in points, so the tests can check what
the drawing will hold without reading a PDF. :meth:`ChartLayout.problems` is that check: a
label or seat outside the box, two labels touching, a label over a seat mark or the table.
The layout uses the same check (:func:`offenders`) to thin or drop a label that collides.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from roundtable.wording import tr

POINTS_PER_METRE = 72 / 0.0254


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
    leader: tuple[float, float, float, float] | None = None  # from the seat to the text

    def corners(self) -> tuple[tuple[float, float], ...]:
        cos, sin = cos_sin(self.angle)
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
    reserved: bool = False  # kept for someone named by the seat's label ("Press")


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
    strategy: str  # "horizontal", "tiered", "fanned", "radial" or "desk"
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
        """ "Scale 1:50", in the document's language."""
        return tr("Scale 1:{denominator}").format(denominator=self.denominator)

    def problems(self) -> list[str]:
        """Every place where the drawing would be wrong: a label or seat outside the box, two
        labels touching, a label over a seat mark or (except on classroom desks) the table."""
        return [message for message, _labels in findings(self)]


def cos_sin(angle: float) -> tuple[float, float]:
    """The cosine and sine of ``angle`` in degrees: labels and slots turn by degrees."""
    radians = math.radians(angle)
    return math.cos(radians), math.sin(radians)


# -- checking a layout ------------------------------------------------------------------------


def offenders(layout: ChartLayout) -> set[int]:
    """Indexes of the labels involved in any problem."""
    found: set[int] = set()
    for _message, indexes in findings(layout):
        found |= indexes
    return found


def findings(layout: ChartLayout) -> list[tuple[str, set[int]]]:
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
    for i, label in enumerate(layout.labels):
        if label.leader is None:
            continue
        for j, polygon in enumerate(polygons):
            if j != i and _segment_meets(label.leader, polygon):
                pair = (label.number, layout.labels[j].number)
                found.append((f"the leader of seat {pair[0]} crosses the text of seat "
                              f"{pair[1]}", {i, j}))  # fmt: skip
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


def _segment_meets(
    segment: tuple[float, float, float, float], polygon: Sequence[tuple[float, float]]
) -> bool:
    """Whether a leader line runs through a (convex) label, sampled along its length."""
    x1, y1, x2, y2 = segment
    steps = 24
    for step in range(1, steps):
        t = step / steps
        if _inside(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, polygon):
            return True
    return False


def _inside(x: float, y: float, polygon: Sequence[tuple[float, float]]) -> bool:
    """Strictly inside a convex polygon whose corners run counter-clockwise."""
    for i, (x1, y1) in enumerate(polygon):
        x2, y2 = polygon[(i + 1) % len(polygon)]
        if (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) <= 1e-6:
            return False
    return True


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
    cos, sin = cos_sin(label.angle)
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
