"""Where each seat's text may go on the seating chart: a slot beside the seat, off the table.

A :class:`Slot` is a rectangle in its own turned frame; the text of a seat is fitted into it
(:mod:`roundtable.pdf.seating_label_fit`). Slots are made in three ways, which
:func:`roundtable.pdf.seating_layout.layout_chart` tries against each other:

* :func:`horizontal_slots`: level text beside side seats and above or below end seats;
  with ``fan``, a straight end row's texts spread in a row further out, with leaders;
* :func:`radial_slots`: text running straight out from the table, perpendicular to its edge;
* :func:`desk_slots`: on the desk in front of each seat, for classroom rows.

Slots of neighbouring seats are built not to meet, so names only collide where a slot had to
be guessed (corners, the far side of a table), which the layout's check then catches.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from roundtable.domain.seating_geometry import SEAT_PITCH, TableGeometry
from roundtable.pdf.fonts import string_width
from roundtable.pdf.seating_layout_model import SeatMark, SeatText, cos_sin

THICKNESS_CAP = 46.0  # a slot never needs more room across its lines than three full lines
PAD = 2.0  # kept free along the drawing box's edges


@dataclass(frozen=True)
class Slot:
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
    leader: tuple[float, float] | None = None  # a line from here (the seat) to the text

    def thinner(self, factor: float) -> Slot:
        """The same slot with less room across, kept centred on the same line."""
        thickness = self.thickness * factor
        shift = (self.thickness - thickness) / 2
        cos, sin = cos_sin(self.angle)
        if self.stack == "bottom":
            shift = 0.0
        elif self.stack == "top":
            shift = self.thickness - thickness
        return Slot(self.x - shift * sin, self.y + shift * cos, self.angle, self.length,
                    thickness, self.align, self.stack, self.leader)  # fmt: skip


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


def radial_slots(
    texts: Mapping[int, SeatText],
    marks: Sequence[SeatMark],
    out: Mapping[int, tuple[float, float]],
    width: float,
    height: float,
    gap: float,
) -> dict[int, Slot]:
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
    slots: dict[int, Slot] = {}
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
            slots[number] = Slot(ax - vx * half, ay - vy * half, angle, length, thickness,
                                 "start", "middle")  # fmt: skip
        else:  # reads towards the seat, ending beside it
            slots[number] = Slot(ax + ux * length + vx * half, ay + uy * length + vy * half,
                                 angle + 180, length, thickness, "end", "middle")  # fmt: skip
    return slots


def _wrap(number: int, count: int) -> tuple[int, ...]:
    """The seats beside the first and last of a walk that closes on itself."""
    if number == 1:
        return (count,)
    if number == count:
        return (1,)
    return ()


def horizontal_slots(
    texts: Mapping[int, SeatText],
    marks: Sequence[SeatMark],
    out: Mapping[int, tuple[float, float]],
    width: float,
    height: float,
    gap: float,
    tiers: int = 1,
    fan: bool = False,
) -> dict[int, Slot]:
    """Level slots: seats facing left or right get a band of height beside them, seats at the
    top or bottom a band of width above or below. Bands of one side split the space half-way
    between seats; the top and bottom bands stay between the side seats, so no two meet.
    With ``fan``, a straight row of seats at the top or bottom gets its texts in one row
    spread wide across the box, beyond the other texts (:func:`_fan_slots`)."""
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
    slots: dict[int, Slot] = {}
    for key in ("left", "right"):
        members = sorted(groups[key], key=lambda n: anchors[n][1])
        bounds = _bands([anchors[n][1] for n in members], PAD, height - PAD)
        for number, (low, high) in zip(members, bounds, strict=True):
            if number not in texts:
                continue
            ax, ay = anchors[number]
            half = min(ay - low, high - ay, THICKNESS_CAP / 2) - gap / 2
            if key == "right":
                slots[number] = Slot(ax, ay - half, 0, width - PAD - ax, 2 * half,
                                     "start", "middle")  # fmt: skip
            else:
                slots[number] = Slot(PAD, ay - half, 0, ax - PAD, 2 * half, "end", "middle")
    side_top = max((s.y + s.thickness for s in slots.values()), default=-math.inf)
    side_bottom = min((s.y for s in slots.values()), default=math.inf)
    for key in ("up", "down"):
        members = sorted(groups[key], key=lambda n: anchors[n][0])
        if fan and len(members) > 1 and _in_a_row([anchors[n][1] for n in members], gap):
            limit = side_top if key == "up" else side_bottom
            slots.update(_fan_slots(key, members, anchors, texts, marks, limit, width, height,
                                    gap, (left_edge, right_edge)))  # fmt: skip
            continue
        count = tiers if len(members) > 1 else 1
        for tier in range(count):
            mine = members[tier::count]
            bounds = _bands([anchors[n][0] for n in mine], left_edge, right_edge)
            for number, (low, high) in zip(mine, bounds, strict=True):
                if number in texts:
                    slots[number] = _end_slot(key, anchors[number], low, high, tier, count,
                                              marks[number - 1], width, height, gap)  # fmt: skip
    return slots


FAN_LEADER = 14.0  # the shortest leader from a seat to a fanned text
FAN_BAND = 170.0  # the most room along one fanned text: wider only spreads the row out


def _one_line(text: SeatText | None) -> float:
    """How long a seat's name (or own-script name) runs on one line at its smallest size."""
    if text is None:
        return 0.0
    return max(string_width(text.name, 8.0, True, text.lang),
               string_width(text.native_name, 7.5, False, text.lang))  # fmt: skip


def _in_a_row(positions: Sequence[float], gap: float) -> bool:
    """Whether seats stand in one straight row (a table's edge, not round a curve)."""
    return max(positions) - min(positions) <= gap


def _fan_slots(
    key: str, members: Sequence[int], anchors: Mapping[int, tuple[float, float]],
    texts: Mapping[int, SeatText], marks: Sequence[SeatMark], limit: float, width: float,
    height: float, gap: float, between: tuple[float, float],
) -> dict[int, Slot]:  # fmt: skip
    """A row of seats at the top ("up") or bottom of a table, its texts in one level row
    further out, in seat order, each band as wide as the row's share of the box allows (up to
    :data:`FAN_BAND`), and joined to its seat by a leader. The leaders keep the seats' order,
    so none crosses another or a text of the row. Where the row is clear of the side seats'
    texts (beyond ``limit``) it may run the box's whole width; else it stays ``between`` the
    side seats."""
    up = key == "up"
    row = max(anchors[n][1] for n in members) if up else min(anchors[n][1] for n in members)
    edge = row + FAN_LEADER if up else row - FAN_LEADER
    clear = edge >= limit + gap if up else edge <= limit - gap
    if not clear:
        wide = limit + gap if up else limit - gap
        if (height - PAD - wide if up else wide - PAD) >= 2 * FAN_LEADER:
            edge, clear = wide, True
    low, high = (PAD, width - PAD) if clear else between
    span = min(high - low, FAN_BAND * len(members))
    centre = sum(anchors[n][0] for n in members) / len(members)
    start = min(max(centre - span / 2, low), high - span)
    # Longer texts get wider bands (by the square root of their length on one line), so the
    # short names lend the long ones room.
    weights = [math.sqrt(max(_one_line(texts.get(n)), 40.0)) for n in members]
    bands = [span * w / sum(weights) for w in weights]
    thickness = min(THICKNESS_CAP * 1.35, (height - PAD - edge) if up else (edge - PAD))
    slots: dict[int, Slot] = {}
    if thickness <= 0:
        return slots
    for index, number in enumerate(members):
        if number not in texts:
            continue
        mark = marks[number - 1]
        x = start + sum(bands[:index]) + gap / 2
        band = bands[index]
        if up:
            slots[number] = Slot(x, edge, 0, band - gap, thickness, "centre", "bottom",
                                 (mark.x, mark.y + mark.radius))  # fmt: skip
        else:
            slots[number] = Slot(x, edge - thickness, 0, band - gap, thickness, "centre",
                                 "top", (mark.x, mark.y - mark.radius))  # fmt: skip
    return slots


def _end_slot(
    key: str, anchor: tuple[float, float], low: float, high: float, tier: int, tiers: int,
    mark: SeatMark, width: float, height: float, gap: float,
) -> Slot:  # fmt: skip
    """A level slot above ("up") or below a seat. With two tiers, every other seat's text sits
    in a second row further out, as wide as two seats, joined to its seat by a leader line
    that runs between the first row's texts (their bands end half-way, at its seat)."""
    ax, ay = anchor
    half = max(min(ax - low, high - ax) - (gap if tiers > 1 else gap / 2), 0.0)
    room = height - PAD - ay if key == "up" else ay - PAD
    if tiers > 1:
        first = min(THICKNESS_CAP, max(room - gap, 0.0) / 2)
        start = 0.0 if tier == 0 else first + gap
        thickness = first if tier == 0 else min(THICKNESS_CAP, max(room - start, 0.0))
    else:
        start, thickness = 0.0, room
    leader = None
    if tier:
        leader = (mark.x, mark.y + mark.radius if key == "up" else mark.y - mark.radius)
    if key == "up":
        return Slot(ax - half, ay + start, 0, 2 * half, thickness, "centre", "bottom", leader)
    return Slot(ax - half, ay - start - thickness, 0, 2 * half, thickness, "centre", "top",
                leader)  # fmt: skip


def _bands(positions: Sequence[float], low: float, high: float) -> list[tuple[float, float]]:
    """Each sorted position's stretch: half-way to its neighbours, the ends out to the limits."""
    bands = []
    for i, position in enumerate(positions):
        below = (positions[i - 1] + position) / 2 if i > 0 else low
        above = (positions[i + 1] + position) / 2 if i + 1 < len(positions) else high
        bands.append((below, above))
    return bands


def desk_slots(
    geometry: TableGeometry,
    texts: Mapping[int, SeatText],
    place: Callable[[float, float], tuple[float, float]],  # metres -> points
    k: float,
    gap: float,
) -> dict[int, Slot]:
    """Classroom rows: each name on its own stretch of the desk in front of the seat."""
    slots: dict[int, Slot] = {}
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
        slots[number] = Slot(x + gap / 2, y + gap / 2, 0, SEAT_PITCH * k - gap,
                             desk.height * k - gap, "centre", "middle")  # fmt: skip
    return slots
