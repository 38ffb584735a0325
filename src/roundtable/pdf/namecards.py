"""Folded tent name cards: one card per participant, the name on both halves.

A card is folded along its horizontal middle and stood on the table. The lower half reads
upright; the upper half is drawn rotated 180 degrees, so once folded both sides read upright
and each side's foot line sits on the table. Each half is laid out once (:func:`layout_half`)
and drawn twice.

Text never leaves the card: a name shrinks to fit the width down to a floor, then wraps to two
lines; only a name that cannot fit two lines at the floor goes smaller still
(:func:`roundtable.pdf.text_fit.fit_lines`, which the seating chart uses too). The same holds
for every other line, and the whole block shrinks together if it is too tall for its half.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.pdf.document import (
    INK,
    MUTED,
    RULE,
    Progress,
    ProgressTracker,
    make_canvas,
    write_pdf,
)
from roundtable.pdf.fonts import runs
from roundtable.pdf.people import person_lang
from roundtable.pdf.text_fit import TextPart, fit_lines, unit_width
from roundtable.services.namecards import (
    LAYOUT_LABELS,
    CardOptions,
    CardSelection,
    CardText,
    cards_for,
)
from roundtable.wording import tr

# -- layouts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardLayout:
    """A sheet and where its cards lie on it, in points from the bottom-left corner."""

    key: str
    label: str
    page: tuple[float, float]
    cards: tuple[tuple[float, float, float, float], ...]  # (x, y, width, height), unfolded

    @property
    def per_sheet(self) -> int:
        return len(self.cards)

    @property
    def cut_edges(self) -> tuple[float, ...]:
        """Heights of the card edges that lie inside the sheet: where a cut is needed."""
        edges = {y for _x, y, _w, _h in self.cards} | {y + h for _x, y, _w, h in self.cards}
        return tuple(sorted(e for e in edges if 0.01 < e < self.page[1] - 0.01))


def _stacked(
    page: tuple[float, float], card_height: float, count: int
) -> tuple[tuple[float, float, float, float], ...]:
    """``count`` full-width cards stacked and centred vertically on ``page``."""
    margin = (page[1] - card_height * count) / 2
    return tuple((0.0, margin + i * card_height, page[0], card_height) for i in range(count))


_A4_LANDSCAPE = landscape(A4)
_LETTER_LANDSCAPE = landscape(LETTER)

LAYOUTS: dict[str, CardLayout] = {
    layout.key: layout
    for layout in (
        CardLayout("a4", LAYOUT_LABELS["a4"], _A4_LANDSCAPE, ((0.0, 0.0, *_A4_LANDSCAPE),)),
        CardLayout(
            "letter", LAYOUT_LABELS["letter"], _LETTER_LANDSCAPE,
            ((0.0, 0.0, *_LETTER_LANDSCAPE),),
        ),
        # Avery 5305 tent cards: 2½" × 8½" folded (5" × 8½" open), two per Letter sheet with
        # ½" waste at top and bottom.
        CardLayout(
            "avery5305", LAYOUT_LABELS["avery5305"], LETTER, _stacked(LETTER, 5 * inch, 2)
        ),
        CardLayout("a4-two", LAYOUT_LABELS["a4-two"], A4, _stacked(A4, A4[1] / 2, 2)),
    )
}  # fmt: skip


def get_layout(key: str) -> CardLayout:
    try:
        return LAYOUTS[key.strip().lower()]
    except KeyError:
        raise UserError(
            tr("unknown layout {layout}; use {layouts}").format(
                layout=repr(key), layouts=", ".join(LAYOUTS)
            )
        ) from None


# -- fitting text ----------------------------------------------------------------------------

LEADING = 1.16  # line height as a multiple of the size
NAME_FLOOR = 0.55  # a name shrinks to 55% of its starting size before it wraps


@dataclass(frozen=True)
class PlacedLine:
    """One drawn line in a half's own coordinates (origin at its bottom-left, upright)."""

    text: str
    size: float
    bold: bool
    lang: str | None
    x_centre: float
    baseline: float
    width: float
    ascent: float
    descent: float  # positive, below the baseline
    muted: bool = False  # grey: the foot and delegation lines
    pieces: tuple[tuple[str, str], ...] = ()  # (font, text) runs, found once for both halves

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the ink area the fonts allow for."""
        left = self.x_centre - self.width / 2
        return (left, self.baseline - self.descent, left + self.width, self.baseline + self.ascent)


@lru_cache(maxsize=64)
def _ascent_descent(font: str) -> tuple[float, float]:
    """Ascent and descent (positive) per point of size."""
    ascent, descent = pdfmetrics.getAscentDescent(font, 1000)
    return ascent / 1000, -descent / 1000


def _extent(text: str, bold: bool, lang: str | None) -> tuple[float, float]:
    """The tallest ascent and deepest descent, per point, among the fonts drawing ``text``."""
    up, down = 0.8, 0.2
    for font, _piece in runs(text, bold, lang):
        ascent, descent = _ascent_descent(font)
        up, down = max(up, ascent), max(down, descent)
    return up, down


# -- one half --------------------------------------------------------------------------------


def _parts(card: CardText, height: float) -> list[TextPart]:
    name_start = min(0.25 * height, 72.0)
    small = min(0.085 * height, 22.0)
    parts = [TextPart(card.name, name_start, name_start * NAME_FLOOR, True, False, 0)]
    if card.native_name:
        native = 0.6 * name_start
        parts.append(TextPart(card.native_name, native, native * NAME_FLOOR, True, False, 0.25))
    if card.affiliation:
        parts.append(TextPart(card.affiliation, small, small * 0.7, False, False, 0.7))
    if card.delegation:
        parts.append(TextPart(card.delegation, small * 0.85, small * 0.6, False, True, 0.45))
    return parts


def margins(width: float, height: float) -> tuple[float, float]:
    """Horizontal and vertical margins of a half: clear of the edges a printer cannot reach
    and of the fold, where the card bends."""
    return max(12 * mm, 0.045 * width), max(6 * mm, 0.08 * height)


def layout_half(card: CardText, width: float, height: float) -> list[PlacedLine]:
    """Lines of one half (``width`` × ``height``, upright, table edge at the bottom).

    The foot line (the event) sits above the bottom margin; the name block is centred in the
    space above it. If the block is too tall, every size shrinks by the same factor.
    """
    margin_x, margin_y = margins(width, height)
    room = width - 2 * margin_x
    lines: list[PlacedLine] = []
    bottom = margin_y
    if card.foot:
        foot_size = min(max(0.055 * height, 7.0), 12.0)
        foot_lines, size = fit_lines(card.foot, room, foot_size, foot_size * 0.75, lang=card.lang)
        for text in reversed(foot_lines):
            up, down = _extent(text, False, card.lang)
            baseline = bottom + down * size
            lines.append(_line(text, size, False, card.lang, width / 2, baseline, up, down, True))
            bottom = baseline + up * size + 0.2 * size
        bottom += 0.04 * height
    top = height - margin_y
    parts = _parts(card, height)
    scale = 1.0
    for _attempt in range(8):
        block = _fit_block(parts, room, scale, card.lang)
        total = sum(h for _lines, _size, _part, h in block)
        if total <= top - bottom or total == 0:
            break
        scale *= max(0.5, (top - bottom) / total * 0.98)
    else:  # keep the line breaks and shrink the sizes, which only narrows the lines
        factor = (top - bottom) / total
        block = [(ls, size * factor, part, h * factor) for ls, size, part, h in block]
        total *= factor
    y = top - ((top - bottom) - total) / 2  # top of the centred block
    for part_lines, size, part, _height in block:
        y -= part.gap_before * size if part is not parts[0] else 0
        for text in part_lines:
            up, down = _extent(text, part.bold, card.lang)
            y -= LEADING * size
            baseline = y + (LEADING * size - (up + down) * size) / 2 + down * size
            lines.append(
                _line(text, size, part.bold, card.lang, width / 2, baseline, up, down, part.muted)
            )
    return lines


def _fit_block(
    parts: Sequence[TextPart], room: float, scale: float, lang: str | None
) -> list[tuple[list[str], float, TextPart, float]]:
    """Each part's lines and size at ``scale``, with the height it takes (gap included)."""
    block = []
    for index, part in enumerate(parts):
        part_lines, size = fit_lines(
            part.text, room, part.start * scale, part.floor * scale, bold=part.bold, lang=lang
        )
        height = len(part_lines) * LEADING * size + (part.gap_before * size if index else 0)
        block.append((part_lines, size, part, height))
    return block


def _line(
    text: str, size: float, bold: bool, lang: str | None, x: float, baseline: float,
    up: float, down: float, muted: bool = False,
) -> PlacedLine:  # fmt: skip
    return PlacedLine(
        text, size, bold, lang, x, baseline, unit_width(text, bold, lang) * size,
        up * size, down * size, muted, tuple(runs(text, bold, lang)),
    )  # fmt: skip


# -- drawing ---------------------------------------------------------------------------------


def _draw_half(canvas: Canvas, lines: Sequence[PlacedLine]) -> None:
    """All lines of a half in one text object, each run in its font (a card draws thousands
    of lines; a text object per line would cost a third more time)."""
    text_object = canvas.beginText()
    muted: bool | None = None
    for line in lines:
        if line.muted is not muted:
            muted = line.muted
            text_object.setFillColor(MUTED if muted else INK)
        text_object.setTextOrigin(line.x_centre - line.width / 2, line.baseline)
        for font, piece in line.pieces:
            text_object.setFont(font, line.size)
            text_object.textOut(piece)
    canvas.drawText(text_object)


def draw_card(
    canvas: Canvas,
    card: CardText,
    rect: tuple[float, float, float, float],
    options: CardOptions,
) -> list[PlacedLine]:
    """Draw one card in ``rect``; returns the half's lines (both halves carry the same)."""
    x, y, width, height = rect
    half = height / 2
    lines = layout_half(card, width, half)
    canvas.saveState()
    canvas.translate(x, y)
    _draw_half(canvas, lines)
    canvas.restoreState()
    canvas.saveState()  # upper half: upside down, so it reads upright once folded
    canvas.translate(x + width, y + height)
    canvas.rotate(180)
    _draw_half(canvas, lines)
    canvas.restoreState()
    if options.fold_line:
        _draw_fold(canvas, x, y + half, width)
    return lines


def _draw_fold(canvas: Canvas, x: float, y: float, width: float) -> None:
    """The dashed fold line. Its stroke state is left set: nothing else on a card strokes
    except the cut marks, which set their own."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.line(x, y, x + width, y)


def _draw_cut_marks(canvas: Canvas, layout: CardLayout) -> None:
    """Short ticks at both sheet edges where a card edge lies inside the sheet."""
    tick = 6 * mm
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    canvas.setDash([])
    for edge in layout.cut_edges:
        canvas.line(0, edge, tick, edge)
        canvas.line(layout.page[0] - tick, edge, layout.page[0], edge)
    canvas.restoreState()


def draw_cards(
    canvas: Canvas,
    cards: Sequence[CardText],
    layout: CardLayout,
    options: CardOptions,
    tracker: ProgressTracker | None = None,
) -> int:
    """Every card, ``layout.per_sheet`` to a page (the first slot is the top one, as a
    reader expects); returns the number of pages."""
    slots = sorted(layout.cards, key=lambda rect: -rect[1])
    pages = 0
    for start in range(0, len(cards), len(slots)):
        for card, rect in zip(cards[start : start + len(slots)], slots, strict=False):
            draw_card(canvas, card, rect, options)
        if options.cut_marks:
            _draw_cut_marks(canvas, layout)
        canvas.showPage()
        pages += 1
        if tracker is not None:
            tracker.report(min(start + len(slots), len(cards)))
    return pages


def event_cards(
    event: EventRecord, selection: CardSelection, options: CardOptions
) -> list[CardText]:
    """The cards of ``event``, with each person's Han-glyph language hint."""
    return cards_for(event, selection, options, person_lang)


def check_options(layout: CardLayout, options: CardOptions) -> None:
    if options.cut_marks and not layout.cut_edges:
        raise UserError(
            tr(
                "cut marks: the {layout} layout prints one card per sheet, which needs no cutting"
            ).format(layout=layout.key)
        )


def export_namecards(
    event: EventRecord,
    path: str,
    *,
    layout: str = "a4",
    selection: CardSelection | None = None,
    options: CardOptions | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write the cards to ``path`` atomically; False when ``progress`` cancelled.

    Raises UserError when nobody matches the selection, or for a bad layout or option.
    """
    card_layout = get_layout(layout)
    options = options or CardOptions()
    check_options(card_layout, options)
    cards = event_cards(event, selection or CardSelection(), options)
    if not cards:
        raise UserError(tr("no participant matches the selection: there are no name cards to make"))
    tracker = ProgressTracker(progress, len(cards))

    def build(stream: BinaryIO) -> None:
        canvas = make_canvas(stream, title=tr("Name cards: {title}").format(title=event.title))
        canvas.setPageSize(card_layout.page)
        tracker.report(0)
        draw_cards(canvas, cards, card_layout, options, tracker)
        canvas.save()

    return write_pdf(path, build)
