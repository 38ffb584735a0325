"""Folded tent name cards: one card per participant, the name on both halves.

A card is folded along its horizontal middle and stood on the table. The lower half reads
upright; the upper half is drawn rotated 180 degrees, so once folded both sides read upright
and each side's foot line sits on the table. Each half is laid out once (:func:`layout_half`)
and drawn twice.

Text never leaves the card. By default a set's names share one size (:func:`set_name_size`):
the size at which the longest name that fits at a readable size fits one line, so a table of
cards reads alike. The few names longer than that wrap onto two or more lines at that size,
shrinking only as far as the half's height needs, and never below :data:`NAME_MIN` (a word too
long for the card at that size is broken). With ``uniform_size`` off, each name shrinks to fit
the width down to a floor, then wraps (:func:`roundtable.pdf.text_fit.fit_lines`, which the
seating chart uses too). The affiliation and the other lines are never larger than the name,
and the whole block shrinks together if it is too tall for its half.
"""

from __future__ import annotations

import unicodedata
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
from roundtable.pdf.fonts import normalize, runs, text_out, visual_runs
from roundtable.pdf.people import person_lang
from roundtable.pdf.text_fit import TextPart, fit_lines, fit_many_lines, unit_width
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
NAME_MIN = 18.0  # points: below this a name is hard to read across a table
NAME_MAX_LINES = 3  # an outlier name wraps onto at most this many lines, then breaks words


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
    kind: str = ""  # "name", "native", "affiliation", "delegation" or "foot"

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


def name_start(height: float) -> float:
    """The largest a name prints on a half ``height`` tall."""
    return min(0.25 * height, 72.0)


def _parts(card: CardText, height: float, name_size: float | None = None) -> list[TextPart]:
    """The block's texts, the name first. With ``name_size`` (the set's size) the name
    starts there and any name that does not fit one line at it wraps; without, it starts at
    :func:`name_start` and shrinks to :data:`NAME_FLOOR` of that before wrapping."""
    start = name_start(height)
    top = start if name_size is None else name_size
    floor = start * NAME_FLOOR if name_size is None else name_size
    small = min(0.085 * height, 22.0)
    parts = [TextPart(card.name, top, floor, True, False, 0)]
    if card.native_name:
        native = 0.6 * top
        # Regular in every script: the CJK fonts have no bold, so a bold Cyrillic line
        # beside a regular Japanese one made the same line look different card to card.
        parts.append(TextPart(card.native_name, native, native * NAME_FLOOR, False, False, 0.25))
    if card.affiliation:
        parts.append(TextPart(card.affiliation, small, small * 0.7, False, False, 0.7))
    if card.delegation:
        parts.append(TextPart(card.delegation, small * 0.85, small * 0.6, False, True, 0.45))
    return parts


_KINDS = ("name", "native", "affiliation", "delegation")


def _kinds(card: CardText) -> list[str]:
    """What each of :func:`_parts` is, in the same order."""
    present = (True, bool(card.native_name), bool(card.affiliation), bool(card.delegation))
    return [kind for kind, here in zip(_KINDS, present, strict=True) if here]


def margins(width: float, height: float) -> tuple[float, float]:
    """Horizontal and vertical margins of a half: clear of the edges a printer cannot reach
    and of the fold, where the card bends."""
    return max(12 * mm, 0.045 * width), max(6 * mm, 0.08 * height)


def layout_half(
    card: CardText, width: float, height: float, name_size: float | None = None
) -> list[PlacedLine]:
    """Lines of one half (``width`` × ``height``, upright, table edge at the bottom).

    ``name_size`` is the set's one name size (:func:`lay_out_set`); None fits this card's
    name on its own. The foot line (the event) sits above the bottom margin; the name block
    is centred in the space above it. If the block is too tall, every size shrinks by the
    same factor.
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
            lines.append(
                _line(text, size, False, card.lang, width / 2, baseline, up, down, True, "foot")
            )
            bottom = baseline + up * size + 0.2 * size
        bottom += 0.04 * height
    top = height - margin_y
    parts = _parts(card, height, name_size)
    kinds = _kinds(card)
    scale = 1.0
    for _attempt in range(8):
        block = _fit_block(parts, room, scale, card.lang, top - bottom)
        total = sum(h for _lines, _size, _part, h in block)
        if total <= top - bottom or total == 0:
            break
        scale *= max(0.5, (top - bottom) / total * 0.98)
    else:  # keep the line breaks and shrink the sizes, which only narrows the lines
        factor = (top - bottom) / total
        block = [(ls, size * factor, part, h * factor) for ls, size, part, h in block]
        total *= factor
    y = top - ((top - bottom) - total) / 2  # top of the centred block
    for (part_lines, size, part, _height), kind in zip(block, kinds, strict=True):
        y -= part.gap_before * size if part is not parts[0] else 0
        for text in part_lines:
            up, down = _extent(text, part.bold, card.lang)
            y -= LEADING * size
            baseline = y + (LEADING * size - (up + down) * size) / 2 + down * size
            lines.append(
                _line(text, size, part.bold, card.lang, width / 2, baseline, up, down,
                      part.muted, kind)
            )  # fmt: skip
    return lines


def _fit_block(
    parts: Sequence[TextPart], room: float, scale: float, lang: str | None, height: float
) -> list[tuple[list[str], float, TextPart, float]]:
    """Each part's lines and size at ``scale``, with the height it takes (gap included).

    The name (the first part) gets the ``height`` the others leave it; no other part is
    larger than the name."""
    name, rest = parts[0], parts[1:]
    fitted = [
        fit_lines(p.text, room, p.start * scale, p.floor * scale, bold=p.bold, lang=lang)
        for p in rest
    ]
    others = sum(len(ls) * LEADING * size + p.gap_before * size
                 for (ls, size), p in zip(fitted, rest, strict=True))  # fmt: skip
    name_lines, name_size = _fit_name(
        name.text, room, name.start * scale, name.floor * scale, height - others, lang
    )
    block = [(name_lines, name_size, name, len(name_lines) * LEADING * name_size)]
    for part, (part_lines, size) in zip(rest, fitted, strict=True):
        if size > name_size and name_lines:  # never larger than the name
            part_lines, size = fit_lines(part.text, room, name_size,
                                         min(part.floor * scale, name_size),
                                         bold=part.bold, lang=lang)  # fmt: skip
        block.append((part_lines, size, part, (len(part_lines) * LEADING + part.gap_before) * size))
    return block


def _fit_name(
    text: str, room: float, start: float, floor: float, height: float, lang: str | None
) -> tuple[list[str], float]:
    """The name's lines and size: one line at ``floor`` or more, else two; a name that two
    lines at the floor cannot hold (an outlier) takes as many lines (up to
    :data:`NAME_MAX_LINES`) as give it the largest size ``height`` allows, and never goes
    below :data:`NAME_MIN`: a word too long for the card at that size is broken."""
    lines, size = fit_lines(text, room, start, floor, bold=True, lang=lang)
    if size >= floor or not lines:
        return lines, size

    def fitting(candidate: tuple[list[str], float]) -> tuple[list[str], float]:
        found, at = candidate
        return found, min(at, _round_down(height / (len(found) * LEADING)))

    best = fitting((lines, size))
    for count in range(3, NAME_MAX_LINES + 1):
        found = fit_many_lines(text, room, start, True, lang, count)
        if found is not None and fitting(found)[1] > best[1]:
            best = fitting(found)
    least = min(NAME_MIN, start)
    if best[1] >= least:
        return best
    # Words too long for the card: break them, at the largest size whose lines the half holds.
    size = _round_down(min(start, height / LEADING))
    while size > least:
        wrapped = _wrap(text, room, size, lang)
        if len(wrapped) <= NAME_MAX_LINES and len(wrapped) * LEADING * size <= height:
            return wrapped, size
        size = _round_down(size * 0.95)
    return _wrap(text, room, least, lang), least


def _round_down(size: float) -> float:
    return int(max(size, 0.0) * 10) / 10


def _wrap(text: str, room: float, size: float, lang: str | None) -> list[str]:
    """``text`` in bold at ``size`` broken into lines no wider than ``room``: at spaces, and
    inside a word only when the word alone is wider (never before a combining mark)."""
    limit = room / size
    lines: list[str] = []
    current = ""
    for word in " ".join(normalize(text).split()).split(" "):
        trial = f"{current} {word}" if current else word
        if unit_width(trial, True, lang) <= limit:
            current = trial
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:  # the word on its own, cut where it must be
            if (current and unicodedata.category(char)[0] != "M"
                    and unit_width(current + char, True, lang) > limit):  # fmt: skip
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


def _name_size(lines: Sequence[PlacedLine]) -> tuple[int, float]:
    """How many lines the name takes, and its size."""
    names = [line for line in lines if line.kind == "name"]
    return len(names), (names[0].size if names else 0.0)


def set_name_size(cards: Sequence[CardText], width: float, height: float) -> float:
    """The one name size of a set on halves ``width`` × ``height``: the size at which the
    longest name that fits one line at a readable size (:data:`NAME_FLOOR` of the largest,
    and :data:`NAME_MIN` at least) fits; names longer still wrap at it."""
    margin_x, _margin_y = margins(width, height)
    room = width - 2 * margin_x
    start = name_start(height)
    readable = max(start * NAME_FLOOR, min(NAME_MIN, start))
    size = start
    for card in cards:
        one = unit_width(" ".join(normalize(card.name).split()), True, card.lang)
        if one > 0 and readable <= room / one < size:
            size = room / one
    return _round_down(size)


def lay_out_set(
    cards: Sequence[CardText], width: float, height: float, uniform: bool = True
) -> list[list[PlacedLine]]:
    """The halves of every card of a set, the names in one size when ``uniform``. A card
    whose block is too tall for its half at the set's size lowers the size for all."""
    if not uniform:
        return [layout_half(card, width, height) for card in cards]
    size = set_name_size(cards, width, height)
    laid = [layout_half(card, width, height, size) for card in cards]
    single = [name_size for count, name_size in map(_name_size, laid) if count == 1]
    smallest = min(single, default=size)
    if smallest < size:
        laid = [layout_half(card, width, height, smallest) for card in cards]
    return laid


def _line(
    text: str, size: float, bold: bool, lang: str | None, x: float, baseline: float,
    up: float, down: float, muted: bool = False, kind: str = "",
) -> PlacedLine:  # fmt: skip
    return PlacedLine(
        text, size, bold, lang, x, baseline, unit_width(text, bold, lang) * size,
        up * size, down * size, muted, tuple(runs(text, bold, lang)), kind,
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
        text_out(text_object, visual_runs(line.text, line.bold, line.lang), line.size)
    canvas.drawText(text_object)


def draw_card(
    canvas: Canvas,
    card: CardText,
    rect: tuple[float, float, float, float],
    options: CardOptions,
    lines: Sequence[PlacedLine] | None = None,
) -> Sequence[PlacedLine]:
    """Draw one card in ``rect``; returns the half's lines (both halves carry the same).
    ``lines`` is the half laid out already (:func:`lay_out_set`); None lays it out alone."""
    x, y, width, height = rect
    half = height / 2
    if lines is None:
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


# Cut marks run from 3 mm to 16 mm in from the sheet's side: a desktop printer prints nothing
# in its 4 to 6.35 mm margin, so at least 9.5 mm of each mark prints however wide the margin.
CUT_MARK_FROM = 3 * mm
CUT_MARK_TO = 16 * mm


def cut_marks(layout: CardLayout) -> list[tuple[float, float, float, float]]:
    """(x1, y1, x2, y2) of each cut mark: a tick at both sides of the sheet where a card
    edge lies inside it, inside the area a printer prints and clear of the text."""
    width = layout.page[0]
    marks = []
    for edge in layout.cut_edges:
        marks.append((CUT_MARK_FROM, edge, CUT_MARK_TO, edge))
        marks.append((width - CUT_MARK_TO, edge, width - CUT_MARK_FROM, edge))
    return marks


def _draw_cut_marks(canvas: Canvas, layout: CardLayout) -> None:
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    canvas.setDash([])
    for x1, y1, x2, y2 in cut_marks(layout):
        canvas.line(x1, y1, x2, y2)
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
    halves = {(w, h / 2) for _x, _y, w, h in slots}  # every layout has one card size
    laid = {half: lay_out_set(cards, *half, options.uniform_size) for half in halves}
    pages = 0
    for start in range(0, len(cards), len(slots)):
        for index, rect in enumerate(slots[: len(cards) - start]):
            half = laid[(rect[2], rect[3] / 2)][start + index]
            draw_card(canvas, cards[start + index], rect, options, half)
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
        title = tr("Name cards: {title}").format(title=event.title)
        keywords = [tr("Name cards"), event.title]
        canvas = make_canvas(stream, title=title, kind="namecards", keywords=keywords)
        canvas.setPageSize(card_layout.page)
        tracker.report(0)
        draw_cards(canvas, cards, card_layout, options, tracker)
        canvas.save()

    return write_pdf(path, build)
