"""Right-to-left order and HarfBuzz shaping for the text the PDFs draw.

reportlab lays characters left to right, one glyph each, from the font's character map. That
prints an Arabic name as isolated letters in reverse and a Hindi name with its vowel signs in
the wrong place. Here a line's font runs (``fonts.runs``) become :class:`Glyphs` in visual
order:

1. The Unicode bidi algorithm (python-bidi's reference implementation, levels only) gives each
   character its embedding level (the line direction: see below);
   runs are cut where the level changes and reordered by rule L2. A line is right
   to left when it has no left-to-right letters (an Arabic name on a card), else left to
   right like the documents (an Arabic name, then ", Harvard").
2. A run in a font that needs it (``scripts.Script.shaped``) is shaped by HarfBuzz through
   reportlab's own ``shapeStr``; joining forms, conjuncts, reordered vowel signs and mark
   positions come out in visual order. A right-to-left run in another font is reversed, with
   brackets mirrored.
3. Wherever the drawn glyphs differ from the text, the drawing is wrapped in a PDF marked-
   content span whose ``/ActualText`` is the run's text in logical order, so copying or
   ``pdftotext`` gives back the name as typed, not glyph codes.

Shaping is independent of the size (HarfBuzz advances are kept per 1000 units), so each run is
shaped once and cached.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import algorithm as _bidi  # type: ignore[import-untyped]
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from roundtable.pdf.scripts import SCRIPTS

SHAPED_FONTS = frozenset(
    face for script in SCRIPTS if script.shaped for face in (script.regular, script.bold)
)

# Bidi classes that make a text need the algorithm at all; most text has none and skips it.
_RTL_CLASSES = frozenset(("R", "AL", "RLE", "RLO", "RLI", "AN"))
_STRONG = {"L": False, "R": True, "AL": True}

_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


@dataclass(frozen=True)
class Glyphs:
    """One run of a line, ready to draw: in ``font``, in visual order."""

    font: str
    text: str  # the run's text, in logical order (what a reader copies)
    drawn: str  # what is drawn: a reportlab ShapedStr, or plain characters
    width: float  # the advance at 1 pt
    rtl: bool

    @property
    def actual_text(self) -> bool:
        """Whether the drawing needs an ActualText span to read back as its text: a left-to-
        right run whose glyphs differ from its characters (conjuncts, reordered vowel signs),
        or a right-to-left one drawn with glyphs that have no character of their own.

        Other right-to-left runs go without: their glyphs map to letters (Arabic through the
        presentation forms), and PDF readers reverse a right-to-left stretch themselves, which
        would turn an ActualText in logical order backwards."""
        drawn = str(self.drawn)
        if self.rtl:
            return any(0xE000 <= ord(char) <= 0xF8FF for char in drawn)
        return drawn != self.text


def needs_bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def is_rtl(text: str) -> bool:
    """Whether the whole line reads right to left: it has Hebrew or Arabic letters and no
    left-to-right ones. A line mixing them (an Arabic name, a Latin affiliation) takes the
    documents' own direction, left to right, with the Arabic stretch reversed inside it."""
    rtl = False
    for char in text:
        strong = _STRONG.get(unicodedata.bidirectional(char))
        if strong is False:
            return False
        rtl = rtl or bool(strong)
    return rtl


def levels(text: str) -> list[int]:
    """The resolved embedding level of each character (even: left to right)."""
    if not needs_bidi(text):
        return [0] * len(text)
    storage = _bidi.get_empty_storage()
    base = 1 if is_rtl(text) else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    resolved = [int(ch["level"]) for ch in storage["chars"]]
    # Rule L1: whitespace at the end of the line goes back to the paragraph's level.
    k = len(text) - 1
    while k >= 0 and text[k].isspace():
        resolved[k] = base
        k -= 1
    return resolved if len(resolved) == len(text) else [base] * len(text)


def reorder(items: list[Any], item_levels: list[int]) -> list[Any]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every stretch of
    items at that level or above."""
    if not items:
        return items
    order = list(range(len(items)))
    highest = max(item_levels)
    lowest_odd = (
        min(level for level in item_levels if level % 2)
        if any(level % 2 for level in item_levels)
        else highest + 1
    )
    current = list(item_levels)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if current[i] >= level:
                j = i
                while j < len(order) and current[j] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                current[i:j] = current[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[k] for k in order]


def visual(pieces: tuple[tuple[str, str], ...]) -> tuple[Glyphs, ...]:
    """Font runs of one line (logical order) as glyph runs in visual order."""
    text = "".join(piece for _font, piece in pieces)
    char_levels = levels(text)
    cut: list[tuple[str, str, int]] = []
    k = 0
    for font, piece in pieces:
        for char in piece:
            level = char_levels[k]
            k += 1
            if cut and cut[-1][0] == font and cut[-1][2] == level:
                cut[-1] = (font, cut[-1][1] + char, level)
            else:
                cut.append((font, char, level))
    ordered = reorder(cut, [level for _font, _text, level in cut])
    return tuple(_glyphs(font, run, level % 2 == 1) for font, run, level in ordered)


@lru_cache(maxsize=8192)
def _glyphs(font: str, text: str, rtl: bool) -> Glyphs:
    if font in SHAPED_FONTS and (not rtl or is_rtl(text)):
        shaped = _shape(text, font)
        if isinstance(shaped, ShapedStr):
            width = sum(data.x_advance for data in shaped.__shapeData__) / 1000
            return Glyphs(font, text, shaped, width, rtl)
        drawn = str(shaped)
    elif rtl:
        drawn = text[::-1].translate(_MIRROR)
    else:
        drawn = text
    return Glyphs(font, text, drawn, pdfmetrics.stringWidth(drawn, font, 1), rtl)


# HarfBuzz's defaults (joining forms, required ligatures, marks) plus kerning and standard
# ligatures; not reportlab's "dlig", which turns محمد into the single ﷴ ornament.
_FEATURES = {"kern": True, "liga": True}


def _shape(text: str, font: str) -> str:
    """``text`` shaped in ``font``: a ShapedStr, or the text itself when shaping changes
    nothing (reportlab's shapeStr, without its discretionary ligatures)."""
    word = [pdfmetrics.stringWidth(text, font, 1000), (ABag(fontName=font, fontSize=1000), text)]
    shaped = shapeFragWord(word, features=_FEATURES)
    return shaped[1][1] if len(shaped) == 2 else text


# -- marked content: the text behind the glyphs ---------------------------------------------


def actual_text_begin(text: str) -> str:
    """The PDF operator opening a span whose text is ``text`` (UTF-16BE, as PDF text strings)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


ACTUAL_TEXT_END = "EMC"


def text_out(text_object: Any, glyphs: Sequence[Glyphs], size: float) -> None:
    """Draw glyph runs on a reportlab text object at its current point, each in its font."""
    for run in glyphs:
        text_object.setFont(run.font, size)
        if run.actual_text:
            text_object._code.append(actual_text_begin(run.text))
            text_object.textOut(run.drawn)
            text_object._code.append(ACTUAL_TEXT_END)
        else:
            text_object.textOut(run.drawn)


# Paragraph markup cannot hold PDF operators, but it can call back into the canvas while the
# line is drawn (<onDraw name=... label=.../>), with the text object at hand: the callbacks
# below open and close the ActualText span around a run's glyphs. reportlab looks callbacks up
# per canvas (Canvas.getNamedCB); ours are found for every canvas.
BEGIN_CALLBACK = "roundtable_actual_text"
END_CALLBACK = "roundtable_actual_text_end"


def _begin(canvas: Canvas, _kind: str, label: str | None) -> None:
    info = getattr(canvas, "_curr_tx_info", None)
    if info is not None and label:
        text = bytes.fromhex(label).decode("utf-16-be")
        info["tx"]._code.append(actual_text_begin(text))


def _end(canvas: Canvas, _kind: str, _label: str | None) -> None:
    info = getattr(canvas, "_curr_tx_info", None)
    if info is not None:
        info["tx"]._code.append(ACTUAL_TEXT_END)


_CALLBACKS = {BEGIN_CALLBACK: _begin, END_CALLBACK: _end}
_reportlab_get_named_cb = Canvas.getNamedCB


def _get_named_cb(self: Canvas, name: str) -> Any:
    return _reportlab_get_named_cb(self, name) or _CALLBACKS.get(name)


Canvas.getNamedCB = _get_named_cb


def paragraph_markup(run: Glyphs, escape: Any) -> str:
    """One glyph run as Paragraph markup: the drawn characters in its font, inside the
    callbacks that give them their text. A shaped run is drawn by its glyphs' characters
    (positions from GPOS beyond the advances are not kept: Paragraph cannot place them)."""
    drawn = escape(str(run.drawn))
    body = f'<font name="{run.font}">{drawn}</font>'
    if not run.actual_text:
        return body
    label = run.text.encode("utf-16-be").hex().upper()
    return (
        f'<onDraw name="{BEGIN_CALLBACK}" label="{label}"/>{body}'
        f'<onDraw name="{END_CALLBACK}" label="-"/>'
    )
