"""The log PDF's bar chart: planned against actual length for each agenda item of a day.

Drawn on the canvas (not with reportlab.graphics, whose labels would be in Helvetica and could
not switch fonts inside a title), so every label goes through our font runs. One row per item:
its title at the left (up to two lines, shrunk a little before it is cut short), a thin bar for
the plan and a thicker one for what the timer recorded; the part of the actual bar beyond the
plan is red, so overruns stand out even in grey print, where they are still the darker part
past the plan's end mark. The lengths are written after the bars. The chart splits between
rows across pages, each part with its legend and scale, all parts at one scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from roundtable.pdf.document import ACCENT, INK, MUTED, RULE
from roundtable.pdf.fonts import draw_string, ellipsize, normalize, string_width
from roundtable.pdf.text_fit import break_points
from roundtable.services.planned_actual import PlanActualRow, minutes_text
from roundtable.wording import tr

PLANNED = colors.HexColor("#AEB9C9")
ACTUAL = ACCENT
OVER = colors.HexColor("#C0392B")
UNDER_TEXT = colors.HexColor("#1E7B45")

LABEL_SIZE = 7.5
VALUE_SIZE = 7.0
ROW_GAP = 5.0
PLAN_BAR = 4.5
ACTUAL_BAR = 7.0
BAR_GAP = 1.5
LEGEND = 14.0  # the legend's band at the top
AXIS = 14.0  # the scale's band at the foot
VALUE_ROOM = 25 * mm  # after the longest bar, for "155:00 (+5:00)"


@dataclass(frozen=True)
class _Row:
    lines: list[str]
    size: float
    planned: float | None  # minutes
    actual: float | None
    height: float


def two_lines(text: str, width: float, size: float) -> list[str]:
    """``text`` on one line, else filled into two at break points, the second cut short with
    "…" if it still does not fit: every label at one size, so the rows read evenly."""
    text = " ".join(normalize(text).split())
    if string_width(text, size) <= width:
        return [text]
    cut = 0
    for point in break_points(text):
        if string_width(text[:point].strip(), size) > width:
            break
        cut = point
    if cut == 0:
        return [ellipsize(text, width, size)]
    return [text[:cut].strip(), ellipsize(text[cut:].strip(), width, size)]


def _tick_step(longest: float) -> int:
    """Minutes between grid lines: a round step giving about four to eight of them."""
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 240):
        if longest / step <= 8:
            return step
    return 480


class PlanChart(Flowable):
    """The chart of ``rows`` (item rows of planned_vs_actual). ``scale_max`` in minutes makes
    the parts of a split chart share one scale."""

    def __init__(
        self,
        rows: Sequence[PlanActualRow],
        scale_max: float | None = None,
        caption: str = "",
        made: list[_Row] | None = None,
    ) -> None:
        super().__init__()
        self.caption = caption  # the day, in the legend's band: a chart may turn a page
        self.source = list(rows)
        values = [v for r in self.source for v in (r.planned_minutes, r.actual_minutes) if v]
        self.scale_max = scale_max or max(values, default=1.0)
        self._made = made  # rows already laid out (a part of a split)
        self._label_width = 0.0

    # -- layout ------------------------------------------------------------------------------

    def _layout(self, width: float) -> list[_Row]:
        self._label_width = min(60 * mm, width * 0.34)
        if self._made is not None:
            return self._made
        made = []
        room = self._label_width - 3 * mm
        for row in self.source:
            lines = two_lines(row.title.strip() or tr("Untitled item"), room, LABEL_SIZE)
            bars = PLAN_BAR + BAR_GAP + ACTUAL_BAR
            height = max(bars, len(lines) * LABEL_SIZE * 1.2) + ROW_GAP
            made.append(_Row(lines, LABEL_SIZE, row.planned_minutes, row.actual_minutes, height))
        self._made = made
        return made

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        rows = self._layout(avail_width)
        self.width = avail_width
        self.height = LEGEND + sum(r.height for r in rows) + AXIS
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Between rows; but a chart that fits a page of its own goes to the next one whole."""
        rows = self._layout(avail_width)
        frame = self._doctemplateAttr("frame")
        whole = LEGEND + sum(r.height for r in rows) + AXIS
        if frame is not None and not getattr(frame, "_atTop", True) and whole <= frame._height:
            return []
        room = avail_height - LEGEND - AXIS
        count = 0
        for row in rows:
            if room < row.height:
                break
            room -= row.height
            count += 1
        if count == 0 or count == len(rows):
            return [] if count == 0 else [self]
        first = PlanChart(self.source[:count], self.scale_max, self.caption, rows[:count])
        rest = PlanChart(self.source[count:], self.scale_max, self.caption, rows[count:])
        return [first, rest]

    # -- drawing -----------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        rows = self._layout(self.width)
        left = self._label_width
        span = max(self.width - left - VALUE_ROOM, 20 * mm)
        step = _tick_step(self.scale_max)
        top_tick = math.ceil(self.scale_max / step) * step
        per_minute = span / top_tick
        canvas.saveState()
        self._draw_legend(left)
        chart_top = self.height - LEGEND
        # The grid under the bars, with minutes along the foot.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setFillColor(MUTED)
        for minute in range(0, top_tick + 1, step):
            x = left + minute * per_minute
            canvas.line(x, AXIS - 2, x, chart_top)
            draw_string(canvas, x, AXIS - 9, str(minute), VALUE_SIZE, align="centre")
        label_x = left + top_tick * per_minute + string_width(str(top_tick), VALUE_SIZE) / 2
        draw_string(canvas, label_x + 1.5, AXIS - 9, tr("min"), VALUE_SIZE)
        y = chart_top
        for row in rows:
            y -= row.height
            self._draw_row(row, left, y + ROW_GAP / 2, per_minute)
        canvas.restoreState()

    def _draw_legend(self, left: float) -> None:
        canvas = self.canv
        x, base = left, self.height - LEGEND + 4
        if self.caption:
            canvas.setFillColor(INK)
            caption = ellipsize(self.caption, left - 3 * mm, VALUE_SIZE, True)
            draw_string(canvas, left - 3 * mm, base, caption, VALUE_SIZE, True, align="right")
        legend = ((PLANNED, tr("Planned")), (ACTUAL, tr("Actual")), (OVER, tr("Over the plan")))
        for colour, text in legend:
            canvas.setFillColor(colour)
            canvas.rect(x, base - 0.5, 9, 6, stroke=0, fill=1)
            canvas.setFillColor(INK)
            x += 12 + draw_string(canvas, x + 12, base, text, VALUE_SIZE) + 6 * mm

    def _draw_row(self, row: _Row, left: float, bottom: float, per_minute: float) -> None:
        canvas = self.canv
        body = row.height - ROW_GAP
        # The title, centred on the bars, right-aligned against them.
        leading = row.size * 1.2
        first = bottom + body / 2 + (len(row.lines) * leading) / 2 - row.size
        canvas.setFillColor(INK)
        for index, line in enumerate(row.lines):
            draw_string(canvas, left - 3 * mm, first - index * leading, line, row.size,
                        align="right")  # fmt: skip
        bars = PLAN_BAR + BAR_GAP + ACTUAL_BAR
        plan_y = bottom + (body + bars) / 2 - PLAN_BAR
        actual_y = plan_y - BAR_GAP - ACTUAL_BAR
        end = left
        if row.planned is not None:
            canvas.setFillColor(PLANNED)
            canvas.rect(left, plan_y, row.planned * per_minute, PLAN_BAR, stroke=0, fill=1)
            end = left + row.planned * per_minute
        if row.actual is None:
            canvas.setFillColor(MUTED)
            draw_string(canvas, end + 2 * mm, actual_y + 1.5, tr("not timed"), VALUE_SIZE)
            return
        within = row.actual if row.planned is None else min(row.actual, row.planned)
        canvas.setFillColor(ACTUAL)
        canvas.rect(left, actual_y, within * per_minute, ACTUAL_BAR, stroke=0, fill=1)
        if row.planned is not None and row.actual > row.planned:
            canvas.setFillColor(OVER)
            canvas.rect(left + row.planned * per_minute, actual_y,
                        (row.actual - row.planned) * per_minute, ACTUAL_BAR, stroke=0,
                        fill=1)  # fmt: skip
        if row.planned is not None:  # the plan's end, across both bars
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            x = left + row.planned * per_minute
            canvas.line(x, actual_y - 1, x, plan_y + PLAN_BAR + 1)
        x = left + max(row.actual, row.planned or 0) * per_minute + 2 * mm
        canvas.setFillColor(INK)
        x += draw_string(canvas, x, actual_y + 1.5, minutes_text(row.actual), VALUE_SIZE, True)
        if row.planned is not None:
            delta = row.actual - row.planned
            canvas.setFillColor(OVER if delta > 0 else UNDER_TEXT if delta < 0 else MUTED)
            text = f" ({minutes_text(delta, signed=True)})"
            draw_string(canvas, x, actual_y + 1.5, text, VALUE_SIZE, delta > 0)
