"""Where everything on a seating chart drawing goes: :func:`layout_chart`.

A pure function of the table's geometry
(:func:`roundtable.services.seating_geometry.plan_geometry`), the texts by seat and the box it
is given: it picks one standard scale ("Scale 1:50") and one way of placing names, and returns
a :class:`~roundtable.pdf.seating_layout_model.ChartLayout` for
:func:`roundtable.pdf.seating_chart.draw_chart` to draw.

Each seat gets a *slot* beside it, outside the table (:mod:`roundtable.pdf.seating_slots`), and
its name is fitted into that slot (:mod:`roundtable.pdf.seating_label_fit`): shrunk towards a
floor, then wrapped onto two lines, and only then made smaller still; slots of neighbouring
seats are built not to meet, and the finished layout is checked against every other name,
seat mark and piece of table anyway (:meth:`ChartLayout.problems`). Four ways of making slots
compete, and the one whose smallest name is largest wins:

* **horizontal**: level text beside side seats and above or below end seats; reads best, and
  wins at tables with few seats;
* **fanned**: as horizontal, but a straight row of seats at the top or bottom of a table
  (a U's base) has its texts in one level row further out, spread across the box and joined
  to the seats by leader lines that keep the seats' order;
* **radial**: text running straight out from the table, perpendicular to its edge (upright
  text on a long side becomes vertical); the only way thirty names fit round a round table;
* **desk**: classroom rows have the next row's desks right behind every chair, so names go on
  the desk in front of each seat.

A name that cannot be drawn at a readable size even so is left off the drawing and listed in
the layout's ``omitted``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from roundtable.domain.enums import TableShape
from roundtable.domain.seating_geometry import SEAT_PITCH, TableGeometry
from roundtable.pdf.fonts import fit_size
from roundtable.pdf.seating_label_fit import (
    NAME_START,
    SMALLEST,
    WRAP_PENALTY,
    fit_block,
    place_block,
)
from roundtable.pdf.seating_layout_model import (
    POINTS_PER_METRE,
    ChartLabel,
    ChartLayout,
    SeatMark,
    SeatText,
    TablePiece,
    offenders,
)
from roundtable.pdf.seating_slots import PAD, Slot, desk_slots, horizontal_slots, radial_slots

# Scales an architect would print, largest first: the chart uses the largest that serves.
SCALES = (10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750,
          1000, 1500, 2000, 3000, 5000)  # fmt: skip


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
    strategies = ("desk",) if geometry.shape is TableShape.CLASSROOM else STRATEGIES[:4]
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


# Preferred first among near-equals.
STRATEGIES = ("horizontal", "tiered", "fanned", "radial", "desk")
LEVEL = frozenset({"horizontal", "tiered", "fanned", "desk"})
UNCUT = SMALLEST / NAME_START * WRAP_PENALTY - 1e-9  # the least fill of a name not cut short


def choose(candidates: Sequence[ChartLayout]) -> ChartLayout:
    """The best of several layouts: fewest names left out; level text over radial text when
    both have no name cut short (radial only when it is the way to fit everyone); the fewest
    names cut short; then,
    among those whose smallest text is not much smaller than the best smallest (by a tenth
    of full size, or a fifth of it when all are small), the largest texts on average; among
    near-equals level text before radial, then the larger scale, then the first given."""
    fewest = min(len(c.omitted) for c in candidates)
    pool = [c for c in candidates if len(c.omitted) == fewest]
    level = [c for c in pool if c.strategy in LEVEL]
    if level and max(c.score for c in level) >= min(UNCUT, max(c.score for c in pool)):
        pool = level
    fewest_cut = min(_cut(c) for c in pool)
    pool = [c for c in pool if _cut(c) == fewest_cut]
    best_smallest = max(c.score for c in pool)
    slack = min(0.1, 0.2 * best_smallest)
    pool = [c for c in pool if c.score >= best_smallest - slack - 1e-9]
    best_mean = max(c.mean_fill for c in pool)
    pool = [c for c in pool if c.mean_fill >= best_mean - 0.02]
    return min(pool, key=lambda c: (STRATEGIES.index(c.strategy), c.denominator))


def _cut(layout: ChartLayout) -> int:
    """How many of the layout's names are cut short with "…"."""
    return sum(1 for label in layout.labels if label.fill < UNCUT)


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
            reserved=_reserved(texts.get(s.number)),
        )
        for s in geometry.seats
    )  # fmt: skip
    gap = max(2.0, 0.05 * k)
    if strategy == "desk":
        slots = desk_slots(geometry, texts, place, k, gap)
    elif strategy == "radial":
        slots = radial_slots(texts, marks, out, width, height, gap)
    else:
        tiers = 2 if strategy == "tiered" else 1
        slots = horizontal_slots(texts, marks, out, width, height, gap, tiers,
                                 fan=strategy == "fanned")  # fmt: skip
    labels, omitted = _fit_all(texts, slots, width, height, tables, marks, strategy)
    score = 0.0 if omitted else min((label.fill for label in labels), default=1.0)
    return ChartLayout(
        width, height, denominator, strategy, tables, marks, tuple(labels), tuple(omitted), score
    )


def _reserved(text: SeatText | None) -> bool:
    """A seat kept for someone its label names, with nobody in it."""
    return text is not None and bool(text.label.strip()) and not text.name.strip()


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


def _fit_all(
    texts: Mapping[int, SeatText],
    slots: Mapping[int, Slot],
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
        if slot is None or block is None:
            omitted.append(number)
        else:
            placed[number] = place_block(number, slot, *block)
    for _round in range(4):
        labels = list(placed.values())
        layout = ChartLayout(width, height, 1, strategy, tuple(tables), tuple(marks),
                             tuple(labels))  # fmt: skip
        bad = offenders(layout)
        if not bad:
            break
        for index in bad:
            number = labels[index].number
            thinner = limits[number].thinner(0.6)
            limits[number] = thinner
            block = fit_block(texts[number], thinner.length, thinner.thickness)
            if block is None:
                del placed[number]
                omitted.append(number)
            else:
                placed[number] = place_block(number, thinner, *block)
    else:
        layout = ChartLayout(width, height, 1, strategy, tuple(tables), tuple(marks),
                             tuple(placed.values()))  # fmt: skip
        for index in sorted(offenders(layout), reverse=True):
            number = layout.labels[index].number
            del placed[number]
            omitted.append(number)
    return sorted(placed.values(), key=lambda label: label.number), sorted(omitted)
