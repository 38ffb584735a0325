"""Where every seat of a seating plan is, which seats are beside or across from each other.

Pure geometry on a plan's layout settings, so auto seating, the plan view and the seating chart
PDF all agree on one table: no Qt, no reportlab. Units are metres; the table is centred on the
origin with y pointing *up* (north) and angles counter-clockwise from east, as on paper. A Qt
scene flips y; reportlab does not need to.

Conventions every shape keeps, because the rules rely on them:

* Seats are numbered along one walk round the table, counter-clockwise seen from above, so for
  someone sitting at the table the next seat number is on their right. Seat 1 is where the walk
  starts (the top of a round table, the north end of a boardroom table); ``natural_head_seat``
  says where a head usually sits for each shape.
* ``neighbours`` are the seats beside each other along one edge of a table (all round a round or
  boardroom table). Seats on either side of a corner of a hollow square or U are not: the corner
  piece of table keeps them two metres apart. Nor are seats across the bare ends of a two-sided
  rectangle, or in different classroom rows.
* ``facing`` pairs seats directly across the table from each other (the bilateral format).
* Each seat has a side relative to the head (``RIGHT``/``LEFT`` of the head as the head sits, or
  ``CENTRE`` for the seat straight across a round table or behind the head in a classroom) and a
  rank (1 = beside the head on that side). ``precedence_order`` alternates right and left by rank.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from roundtable.domain.enums import TableShape
from roundtable.domain.local_dates import number
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.errors import UserError
from roundtable.wording import tr

SEAT_PITCH = 0.7  # metres of table edge per seat along a straight edge
# Round tables come in the sizes furniture makers sell: 0.9 m (36 in) for 4, 1.2 m (48 in) for
# 6, 1.5 m (60 in) for 8, 1.8 m (72 in) for 10. Larger ones give each seat this much of the
# edge (a 1.8 m table gives 10 people 0.57 m each), the chairs fanning out behind it.
ROUND_SIZES = ((4, 0.9), (6, 1.2), (8, 1.5), (10, 1.8))
ROUND_EDGE_PER_SEAT = 0.58
SIZE_STEP = 0.1  # larger round tables come in whole tenths of a metre across
CHAIR_OFFSET = 0.45  # from the table's edge to the middle of the chair
TABLE_DEPTH = 0.8  # of a straight table (one side, hollow square, U, classroom desks)
RECTANGLE_WIDTH = 1.1  # across a two-sided rectangle
ROW_PITCH = 1.2  # between classroom rows
MAX_SEATS = 2000


class HeadSide(StrEnum):
    HEAD = "head"
    RIGHT = "right"
    LEFT = "left"
    CENTRE = "centre"


@dataclass(frozen=True)
class SeatPlace:
    """One seat: where its chair is, which way its sitter looks, and where it is from the head.

    ``facing`` is in radians (0 = east, pi/2 = north). ``edge`` names the table edge the seat is
    at ("north", "west side", "row 2", …) so a drawing can group them.
    """

    number: int
    x: float
    y: float
    facing: float
    edge: str
    side: HeadSide
    rank: int


@dataclass(frozen=True)
class OutlinePart:
    """One piece of table to draw: an ellipse or a rectangle, by its centre and size (metres)."""

    kind: str  # "ellipse" or "rect"
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TableGeometry:
    shape: TableShape
    seats: tuple[SeatPlace, ...]  # seats[i].number == i + 1
    outline: tuple[OutlinePart, ...]
    head_seat: int
    neighbours: Mapping[int, tuple[int, ...]]
    facing: Mapping[int, int]  # seat → the seat straight across, both ways

    def place(self, number: int) -> SeatPlace:
        return self.seats[number - 1]

    def beside(self, first: int, second: int) -> bool:
        return second in self.neighbours.get(first, ())

    def facing_pairs(self) -> list[tuple[int, int]]:
        return sorted((a, b) for a, b in self.facing.items() if a < b)

    def neighbour_pairs(self) -> list[tuple[int, int]]:
        return sorted((a, b) for a, others in self.neighbours.items() for b in others if a < b)

    def seat_on(self, side: HeadSide, rank: int) -> int | None:
        """The seat at ``rank`` on ``side`` of the head (``RIGHT``, 1: the head's right hand)."""
        for seat in self.seats:
            if seat.side is side and seat.rank == rank:
                return seat.number
        return None

    def precedence_order(self) -> list[int]:
        """Seats from the most to the least senior: the head, then right and left by turns."""
        order = {HeadSide.HEAD: 0, HeadSide.RIGHT: 1, HeadSide.LEFT: 2, HeadSide.CENTRE: 3}
        ranked = sorted(self.seats, key=lambda s: (s.rank, order[s.side], s.number))
        return [s.number for s in ranked]

    def bounds(self) -> tuple[float, float, float, float]:
        """(min x, min y, max x, max y) of the seats and table, for fitting a drawing."""
        xs = [s.x for s in self.seats]
        ys = [s.y for s in self.seats]
        for part in self.outline:
            xs += [part.x - part.width / 2, part.x + part.width / 2]
            ys += [part.y - part.height / 2, part.y + part.height / 2]
        return min(xs), min(ys), max(xs), max(ys)


def _metres(value: float) -> str:
    return number(value, decimals=1)


def table_size_text(geometry: TableGeometry) -> str:
    """The table's size in words for a chart: "Round table, 1.5 m across", "Table 4.2 × 1.1 m",
    "U-shape 3.0 × 4.2 m, tables 0.8 m deep", "Desks 5.8 × 0.5 m, rows 1.2 m apart"."""
    parts = geometry.outline
    left = min(p.x - p.width / 2 for p in parts)
    right = max(p.x + p.width / 2 for p in parts)
    low = min(p.y - p.height / 2 for p in parts)
    high = max(p.y + p.height / 2 for p in parts)
    wide, deep = _metres(right - left), _metres(high - low)
    shape = geometry.shape
    if shape is TableShape.ROUND:
        return tr("Round table, {across} m across").format(across=wide)
    if shape is TableShape.BOARDROOM:
        return tr("Oval table {length} × {width} m").format(length=deep, width=wide)
    if shape is TableShape.HOLLOW_SQUARE:
        return tr("Hollow square {width} × {length} m, tables {depth} m deep").format(
            width=wide, length=deep, depth=_metres(TABLE_DEPTH)
        )
    if shape is TableShape.U_SHAPE:
        return tr("U-shape {width} × {length} m, tables {depth} m deep").format(
            width=wide, length=deep, depth=_metres(TABLE_DEPTH)
        )
    if shape is TableShape.CLASSROOM:
        desk = parts[0]
        return tr("Desks {length} × {depth} m, rows {pitch} m apart").format(
            length=_metres(desk.width), depth=_metres(desk.height), pitch=_metres(ROW_PITCH)
        )
    return tr("Table {length} × {width} m").format(length=wide, width=deep)


def plan_geometry(plan: SeatingPlanRecord) -> TableGeometry:
    """The geometry of ``plan``'s layout (raises ``UserError`` for impossible settings)."""
    return table_geometry(
        plan.shape, plan.seat_count, plan.seats_per_side, plan.head_seat, plan.rows
    )


@lru_cache(maxsize=64)
def table_geometry(
    shape: TableShape,
    seat_count: int,
    seats_per_side: int | None = None,
    head_seat: int = 1,
    rows: int | None = None,
) -> TableGeometry:
    """Seat places, neighbours, facing pairs and outline for one layout.

    Kept for the layouts used lately: every seat moved redraws and rescores the plan, and the
    layout of 200 seats is the same each time (the geometry is never changed by its users).

    ``seats_per_side`` is ignored for round tables; ``rows`` is used only by classrooms.
    """
    layout = _build(shape, seat_count, seats_per_side, rows)
    _check_head(head_seat, seat_count)
    sides = _sides(layout, head_seat)
    seats = tuple(
        SeatPlace(i + 1, p.x, p.y, p.facing, p.edge, *sides[i]) for i, p in enumerate(layout.places)
    )
    return TableGeometry(
        shape=shape,
        seats=seats,
        outline=tuple(layout.outline),
        head_seat=head_seat,
        neighbours=_neighbours(layout),
        facing=_facing(layout),
    )


def natural_head_seat(
    shape: TableShape, seat_count: int, seats_per_side: int | None = None, rows: int | None = None
) -> int:
    """Where the head usually sits: the top of a round or boardroom table, else mid-side."""
    layout = _build(shape, seat_count, seats_per_side, rows)
    return layout.natural_head


# --- building each shape -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    x: float
    y: float
    facing: float
    edge: str
    row: int = 0


@dataclass
class _Layout:
    places: list[_Place]
    outline: list[OutlinePart]
    natural_head: int
    loop: bool  # the walk comes back round to seat 1 (for right and left of the head)
    closed: bool  # … and the last seat sits beside the first
    breaks: set[int]  # walk positions i where seat i+1 is not beside seat i+2 (0-based i)
    facing_edges: list[tuple[str, str, str]]  # (edge, edge, "x" or "y": coordinate to match)
    rows: bool = False


NORTH, SOUTH, EAST, WEST = math.pi / 2, -math.pi / 2, 0.0, math.pi


def _build(shape: TableShape, n: int, per_side: int | None, rows: int | None) -> _Layout:
    if n < 1:
        raise UserError(tr("A seating plan needs at least one seat."))
    if n > MAX_SEATS:
        raise UserError(
            tr("A seating plan can have at most {most} seats, not {seats}.").format(
                most=number(MAX_SEATS), seats=number(n)
            )
        )
    if per_side is not None and per_side < 1 and shape is not TableShape.ROUND:
        raise UserError(
            tr("Seats per side must be at least 1, not {per_side}.").format(per_side=per_side)
        )
    builders = {
        TableShape.ROUND: lambda: _round(n),
        TableShape.RECTANGLE_ONE_SIDE: lambda: _one_side(n, per_side),
        TableShape.RECTANGLE: lambda: _rectangle(n, per_side),
        TableShape.BOARDROOM: lambda: _boardroom(n, per_side),
        TableShape.HOLLOW_SQUARE: lambda: _hollow_square(n, per_side),
        TableShape.U_SHAPE: lambda: _u_shape(n, per_side),
        TableShape.CLASSROOM: lambda: _classroom(n, per_side, rows),
    }
    return builders[shape]()


def _check_head(head_seat: int, n: int) -> None:
    if not 1 <= head_seat <= n:
        raise UserError(
            tr("The head seat must be one of seats 1 to {seats}, not {head_seat}.").format(
                seats=n, head_seat=head_seat
            )
        )


def _line(count: int, slots: int) -> list[float]:
    """Centres of ``count`` seats on a straight edge with room for ``slots``, ascending.

    Sides that face each other share the longer side's slots, so their seats line up exactly.
    """
    start = (slots - count) // 2
    return [(i - (slots - 1) / 2) * SEAT_PITCH for i in range(start, start + count)]


def _split(n: int, parts: int, order: list[int]) -> list[int]:
    """``n`` seats shared over ``parts`` sides as evenly as possible, extras in ``order``."""
    counts = [n // parts] * parts
    for index in order[: n % parts]:
        counts[index] += 1
    return counts


def round_table_diameter(n: int) -> float:
    """Across a round table for ``n``, measured at its edge: the smallest standard size that
    seats them (7 or 8: 1.5 m), and beyond 10 room for each at the edge in whole tenths."""
    for most, across in ROUND_SIZES:
        if n <= most:
            return across
    return math.ceil(round(n * ROUND_EDGE_PER_SEAT / math.pi / SIZE_STEP, 6)) * SIZE_STEP


def _round(n: int) -> _Layout:
    table = round_table_diameter(n)
    radius = table / 2 + CHAIR_OFFSET  # the ring of chairs, outside the edge
    places = []
    for k in range(n):
        angle = math.pi / 2 + 2 * math.pi * k / n
        places.append(
            _Place(radius * math.cos(angle), radius * math.sin(angle), _towards(angle), "round")
        )
    return _Layout(
        places=places,
        outline=[OutlinePart("ellipse", 0.0, 0.0, table, table)],
        natural_head=1,
        loop=True,
        closed=n >= 3,
        breaks=set() if n >= 3 else {0},
        facing_edges=[],
    )


def _towards(angle: float) -> float:
    """The direction opposite ``angle``, in (-pi, pi], as every seat's facing is given."""
    return math.atan2(-math.sin(angle), -math.cos(angle))


def _one_side(n: int, per_side: int | None) -> _Layout:
    if per_side is not None and per_side != n:
        raise UserError(
            tr(
                "A table with seats on one side only has all {seats} of its seats on that side, "
                "not {per_side}."
            ).format(seats=n, per_side=per_side)
        )
    y = TABLE_DEPTH / 2 + CHAIR_OFFSET
    places = [_Place(x, y, SOUTH, "north") for x in reversed(_line(n, n))]
    return _Layout(
        places=places,
        outline=[OutlinePart("rect", 0.0, 0.0, n * SEAT_PITCH + 0.4, TABLE_DEPTH)],
        natural_head=(n + 1) // 2,
        loop=False,
        closed=False,
        breaks=set(),
        facing_edges=[],
    )


def _rectangle(n: int, per_side: int | None) -> _Layout:
    if per_side is not None and n != 2 * per_side:
        raise UserError(
            tr(
                "A rectangle with {per_side} seats on each long side has {total} seats, not "
                "{seats}."
            ).format(per_side=per_side, total=2 * per_side, seats=n)
        )
    near = per_side if per_side is not None else (n + 1) // 2
    far = n - near
    y = RECTANGLE_WIDTH / 2 + CHAIR_OFFSET
    places = [_Place(x, y, SOUTH, "north") for x in reversed(_line(near, near))]
    places += [_Place(x, -y, NORTH, "south") for x in _line(far, near)]
    return _Layout(
        places=places,
        outline=[OutlinePart("rect", 0.0, 0.0, near * SEAT_PITCH + 0.4, RECTANGLE_WIDTH)],
        natural_head=(near + 1) // 2,
        loop=True,
        closed=False,
        breaks={near - 1},
        facing_edges=[("north", "south", "x")],
    )


def _boardroom(n: int, per_side: int | None) -> _Layout:
    if n < 3:
        raise UserError(
            tr("A boardroom table needs at least 3 seats, not {seats}.").format(seats=n)
        )
    side = per_side if per_side is not None else (n - 1) // 2
    ends = n - 2 * side
    if ends not in (1, 2):
        raise UserError(
            tr(
                "A boardroom table with {side} seats on each long side seats {odd} or {even} (one "
                "at each end), not {seats}."
            ).format(side=side, odd=2 * side + 1, even=2 * side + 2, seats=n)
        )
    semi_x = 0.6
    semi_y = side * SEAT_PITCH / 2 + 0.3
    places = [_Place(0.0, semi_y + CHAIR_OFFSET, SOUTH, "north end")]
    places += [_oval_seat(semi_x, semi_y, -1, y, "west side") for y in reversed(_line(side, side))]
    if ends == 2:
        places.append(_Place(0.0, -semi_y - CHAIR_OFFSET, NORTH, "south end"))
    places += [_oval_seat(semi_x, semi_y, 1, y, "east side") for y in _line(side, side)]
    return _Layout(
        places=places,
        outline=[OutlinePart("ellipse", 0.0, 0.0, 2 * semi_x, 2 * semi_y)],
        natural_head=1,
        loop=True,
        closed=True,
        breaks=set(),
        facing_edges=[("west side", "east side", "y"), ("north end", "south end", "x")],
    )


def _oval_seat(semi_x: float, semi_y: float, sign: int, y: float, edge: str) -> _Place:
    """A chair at height ``y`` beside an oval, pushed out along the edge's normal."""
    edge_x = sign * semi_x * math.sqrt(max(1 - (y / semi_y) ** 2, 0.0))
    normal_x, normal_y = edge_x / semi_x**2, y / semi_y**2
    length = math.hypot(normal_x, normal_y)
    normal_x, normal_y = normal_x / length, normal_y / length
    x, y2 = edge_x + CHAIR_OFFSET * normal_x, y + CHAIR_OFFSET * normal_y
    return _Place(x, y2, math.atan2(-normal_y, -normal_x), edge)


def _hollow_square(n: int, per_side: int | None) -> _Layout:
    if n < 4:
        raise UserError(
            tr("A hollow square needs at least 4 seats, one on each side, not {seats}.").format(
                seats=n
            )
        )
    if per_side is not None and n != 4 * per_side:
        raise UserError(
            tr(
                "A hollow square with {per_side} seats on each side has {total} seats, not {seats}."
            ).format(per_side=per_side, total=4 * per_side, seats=n)
        )
    north, west, south, east = _split(n, 4, [0, 2, 1, 3])
    across_ns, across_we = max(north, south), max(west, east)
    size = max(across_ns, across_we) * SEAT_PITCH + 2 * TABLE_DEPTH
    out = size / 2 + CHAIR_OFFSET
    inner = size - 2 * TABLE_DEPTH
    places = [_Place(x, out, SOUTH, "north") for x in reversed(_line(north, across_ns))]
    places += [_Place(-out, y, EAST, "west") for y in reversed(_line(west, across_we))]
    places += [_Place(x, -out, NORTH, "south") for x in _line(south, across_ns)]
    places += [_Place(out, y, WEST, "east") for y in _line(east, across_we)]
    rim = size / 2 - TABLE_DEPTH / 2
    outline = [
        OutlinePart("rect", 0.0, rim, size, TABLE_DEPTH),
        OutlinePart("rect", 0.0, -rim, size, TABLE_DEPTH),
        OutlinePart("rect", -rim, 0.0, TABLE_DEPTH, inner),
        OutlinePart("rect", rim, 0.0, TABLE_DEPTH, inner),
    ]
    return _Layout(
        places=places,
        outline=outline,
        natural_head=(north + 1) // 2,
        loop=True,
        closed=False,
        breaks={north - 1, north + west - 1, north + west + south - 1},
        facing_edges=[("north", "south", "x"), ("west", "east", "y")],
    )


def _u_shape(n: int, per_side: int | None) -> _Layout:
    if n < 3:
        raise UserError(
            tr("A U-shape needs at least 3 seats, one on each side, not {seats}.").format(seats=n)
        )
    if per_side is not None and n != 3 * per_side:
        raise UserError(
            tr(
                "A U-shape with {per_side} seats on each of its three sides has {total} seats, "
                "not {seats}."
            ).format(per_side=per_side, total=3 * per_side, seats=n)
        )
    east, base, west = _split(n, 3, [1, 0, 2])
    arm_slots = max(east, west)
    arm_length = arm_slots * SEAT_PITCH + 0.4
    width = max(base * SEAT_PITCH, 1.4) + 2 * TABLE_DEPTH
    top = (arm_length + TABLE_DEPTH) / 2
    arm_middle = top - TABLE_DEPTH - arm_length / 2
    side_x = width / 2 + CHAIR_OFFSET
    places = [_Place(side_x, arm_middle + y, WEST, "east arm") for y in _line(east, arm_slots)]
    base_slots = round((width - 2 * TABLE_DEPTH) / SEAT_PITCH)
    places += [
        _Place(x, top + CHAIR_OFFSET, SOUTH, "base")
        for x in reversed(_line(base, max(base, base_slots)))
    ]
    places += [
        _Place(-side_x, arm_middle + y, EAST, "west arm") for y in reversed(_line(west, arm_slots))
    ]
    arm_x = width / 2 - TABLE_DEPTH / 2
    outline = [
        OutlinePart("rect", 0.0, top - TABLE_DEPTH / 2, width, TABLE_DEPTH),
        OutlinePart("rect", -arm_x, arm_middle, TABLE_DEPTH, arm_length),
        OutlinePart("rect", arm_x, arm_middle, TABLE_DEPTH, arm_length),
    ]
    return _Layout(
        places=places,
        outline=outline,
        natural_head=east + (base + 1) // 2,
        loop=False,
        closed=False,
        breaks={east - 1, east + base - 1},
        facing_edges=[("east arm", "west arm", "y")],
    )


def _classroom(n: int, per_row: int | None, rows: int | None) -> _Layout:
    per_row, rows = _classroom_size(n, per_row, rows)
    places: list[_Place] = []
    outline: list[OutlinePart] = []
    breaks: set[int] = set()
    for row in range(rows):
        count = min(per_row, n - row * per_row)
        y = -row * ROW_PITCH
        places += [_Place(x, y, NORTH, f"row {row + 1}", row) for x in _line(count, per_row)]
        breaks.add(len(places) - 1)
        desk_y = y + CHAIR_OFFSET + TABLE_DEPTH / 4
        outline.append(OutlinePart("rect", 0.0, desk_y, per_row * SEAT_PITCH + 0.2, 0.5))
    return _Layout(
        places=places,
        outline=outline,
        natural_head=(min(per_row, n) + 1) // 2,
        loop=False,
        closed=False,
        breaks=breaks,
        facing_edges=[],
        rows=True,
    )


def _classroom_size(n: int, per_row: int | None, rows: int | None) -> tuple[int, int]:
    if rows is not None and rows < 1:
        raise UserError(tr("A classroom needs at least one row, not {rows}.").format(rows=rows))
    if rows is not None and rows > n:
        raise UserError(
            tr("{seats} seats cannot fill {rows} rows; use at most {seats} rows.").format(
                seats=n, rows=rows
            )
        )
    if per_row is None:
        per_row = math.ceil(n / rows) if rows is not None else min(n, 8)
    needed = math.ceil(n / per_row)
    if rows is not None and rows != needed:
        raise UserError(
            tr("{rows} rows of {per_row} seats hold {fewest} to {most} seats, not {seats}.").format(
                rows=rows,
                per_row=per_row,
                fewest=(rows - 1) * per_row + 1,
                most=rows * per_row,
                seats=n,
            )
        )
    return per_row, needed


# --- relations between seats -------------------------------------------------------------------


def _neighbours(layout: _Layout) -> dict[int, tuple[int, ...]]:
    n = len(layout.places)
    found: dict[int, list[int]] = {number: [] for number in range(1, n + 1)}
    links = [(i, i + 1) for i in range(n - 1) if i not in layout.breaks]
    if layout.closed and n >= 3:
        links.append((n - 1, 0))
    for a, b in links:
        found[a + 1].append(b + 1)
        found[b + 1].append(a + 1)
    return {number: tuple(sorted(others)) for number, others in found.items()}


def _facing(layout: _Layout) -> dict[int, int]:
    pairs: dict[int, int] = {}
    places = layout.places
    if not layout.facing_edges and places and places[0].edge == "round" and len(places) >= 2:
        half, odd = divmod(len(places), 2)
        if not odd:
            for k in range(half):
                pairs[k + 1], pairs[k + half + 1] = k + half + 1, k + 1
        return pairs
    for first, second, axis in layout.facing_edges:
        across = {
            round(getattr(p, axis), 3): i + 1 for i, p in enumerate(places) if p.edge == second
        }
        for i, place in enumerate(places):
            if place.edge != first:
                continue
            other = across.get(round(getattr(place, axis), 3))
            if other is not None:
                pairs[i + 1], pairs[other] = other, i + 1
    return pairs


def _sides(layout: _Layout, head: int) -> list[tuple[HeadSide, int]]:
    if layout.rows:
        return _sides_by_rows(layout.places, head)
    n = len(layout.places)
    found: list[tuple[HeadSide, int]] = []
    for i in range(n):
        if layout.loop:
            right, left = (i - (head - 1)) % n, ((head - 1) - i) % n
        else:
            right = left = i - (head - 1)
            left = -left
        if i == head - 1:
            found.append((HeadSide.HEAD, 0))
        elif layout.loop and right == left:
            found.append((HeadSide.CENTRE, right))
        elif (layout.loop and right < left) or (not layout.loop and right > 0):
            found.append((HeadSide.RIGHT, right))
        else:
            found.append((HeadSide.LEFT, left))
    return found


def _sides_by_rows(places: list[_Place], head: int) -> list[tuple[HeadSide, int]]:
    """Classroom: right and left by where a seat is across the room, nearer rows ranked first."""
    anchor = places[head - 1]
    right_x, right_y = math.sin(anchor.facing), -math.cos(anchor.facing)
    sides: list[HeadSide] = []
    for place in places:
        lateral = (place.x - anchor.x) * right_x + (place.y - anchor.y) * right_y
        if place is anchor:
            sides.append(HeadSide.HEAD)
        elif abs(lateral) < 1e-6:
            sides.append(HeadSide.CENTRE)
        else:
            sides.append(HeadSide.RIGHT if lateral > 0 else HeadSide.LEFT)
    found: list[tuple[HeadSide, int]] = [(HeadSide.HEAD, 0)] * len(places)
    for side in (HeadSide.RIGHT, HeadSide.LEFT, HeadSide.CENTRE):
        members = [i for i, s in enumerate(sides) if s is side]
        members.sort(
            key=lambda i: (abs(places[i].row - anchor.row), abs(places[i].x - anchor.x), i)
        )
        for rank, i in enumerate(members, start=1):
            found[i] = (side, rank)
    return found
