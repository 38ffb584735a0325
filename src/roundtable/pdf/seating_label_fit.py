"""Fitting one seat's text (name, own-script name, label) into its slot on the seating chart.

Each part is fitted as name cards fit names (:func:`roundtable.pdf.text_fit.fit_lines`):
shrunk towards a floor on one line, then wrapped onto two lines, and only then made smaller
still; on a classroom desk a long name may take three lines. A block too thick for its slot
shrinks as a whole; below :data:`SMALLEST` the text is left to the seat list instead. The
fitted block is then set in its slot as a :class:`~roundtable.pdf.seating_layout_model.ChartLabel`
(:func:`place_block`).
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.pdf.fonts import ellipsize, string_width
from roundtable.pdf.seating_layout_model import ChartLabel, ChartLine, SeatText, cos_sin
from roundtable.pdf.seating_slots import Slot
from roundtable.pdf.text_fit import TextPart, fit_lines, fit_many_lines

NAME_START, NAME_FLOOR = 10.0, 8.0  # a name shrinks to the floor on one line, then wraps
NATIVE_START, NATIVE_FLOOR = 9.0, 7.5
LABEL_START, LABEL_FLOOR = 8.0, 7.0
# Nothing on a chart is smaller: a name that does not fit at this size is cut short with "…"
# (the seat list has it whole), and one that has no room even so is left to the seat list.
SMALLEST = 7.0
CUT_PENALTY = 0.6  # a name cut short counts as this much of full size when layouts compete
LEADING = 1.22  # line height per point of size
BASELINE_DROP = 0.95  # baseline below a line's top: every shipped font's ink stays in the line
WRAP_PENALTY = 0.85  # a name on two lines counts as this much smaller when layouts compete
PART_GAP = 0.15  # between a name and its own-script name, per point of size
# A name cut shorter than this many characters ("Pa…") tells nobody anything: it is left to
# the seat list instead.
MIN_KEPT = 5


def _parts(text: SeatText) -> list[TextPart]:
    parts = []
    if text.name.strip():
        parts.append(TextPart(text.name, NAME_START, NAME_FLOOR, True, False, 0))
    if text.native_name.strip():
        parts.append(TextPart(text.native_name, NATIVE_START, NATIVE_FLOOR, False, False, PART_GAP))
    if text.label.strip():
        parts.append(TextPart(text.label, LABEL_START, LABEL_FLOOR, False, True, PART_GAP))
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
    cut = False
    if min(size for _part, _lines, size in fitted) < SMALLEST:
        shortened = _cut_short(parts, length, thickness, text.lang)
        if shortened is None:
            return None
        fitted, cut = shortened, True
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
    if cut:
        fill *= CUT_PENALTY
    return lines, block_width, _block_height(fitted), fill


def _fit_part(
    part: TextPart, length: float, scale: float, lang: str | None, max_lines: int
) -> tuple[list[str], float]:
    """One part as name cards fit it (one line down to the floor, then two), and when two
    lines at the floor are still too long, up to ``max_lines`` lines: a name of fifty letters
    on a classroom desk reads better in three lines than in two tiny ones."""
    start, floor = part.start * scale, part.floor * scale
    lines, size = fit_lines(part.text, length, start, floor, bold=part.bold, lang=lang)
    if size >= floor or max_lines < 3:
        return lines, size
    more = fit_many_lines(part.text, length, start, part.bold, lang, max_lines)
    if more is not None and more[1] > size:
        return more
    return lines, size


def _cut_short(
    parts: Sequence[TextPart], length: float, thickness: float, lang: str | None
) -> list[tuple[TextPart, list[str], float]] | None:
    """Every part at :data:`SMALLEST` on at most two lines, each line cut short with "…";
    the own-script name and the seat's label go first, then the second line, when the
    block is still too thick. None when not even one line of the name fits."""
    whole = []
    for part in parts:
        lines, _size = fit_lines(part.text, length, SMALLEST, SMALLEST, bold=part.bold, lang=lang)
        if len(lines) > 1 and string_width(lines[1], SMALLEST, part.bold, lang) > length:
            lines = [lines[0], ellipsize(lines[1], length, SMALLEST, part.bold, lang)]
        lines = [ellipsize(line, length, SMALLEST, part.bold, lang) for line in lines]
        whole.append((part, lines, SMALLEST))
    while whole and _block_height(whole) > thickness:
        part, lines, size = whole[-1]
        if len(whole) > 1:
            whole.pop()
        elif len(lines) > 1:
            joined = " ".join(lines)
            whole[-1] = (part, [ellipsize(joined, length, size, part.bold, lang)], size)
        else:
            return None
    if not whole or any(line in ("", "…") for _p, lines, _s in whole for line in lines):
        return None
    part, lines, _size = whole[0]
    if lines[0].endswith("…") and len(lines[0]) - 1 < min(MIN_KEPT, len(part.text.strip())):
        return None
    return whole


def _block_height(fitted: Sequence[tuple[TextPart, list[str], float]]) -> float:
    return sum(
        len(lines) * LEADING * size + (part.gap_before * size if index else 0)
        for index, (part, lines, size) in enumerate(fitted)
    )


def place_block(
    number: int,
    slot: Slot,
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
    cos, sin = cos_sin(slot.angle)
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
    leader = None
    if slot.leader is not None:  # level slots only: to the nearest point of the block's edge
        lx, ly = slot.leader
        end_x = min(max(lx, x + 2.0), x + block_w - 2.0)
        end_y = y if ly < y else y + block_h
        leader = (lx, ly, end_x, end_y)
    return ChartLabel(number, x, y, slot.angle, block_w, block_h, tuple(aligned), fill, leader)
