"""The fonts every PDF export uses, and text split into runs by the font that has its glyphs.

reportlab draws a box for any character its current font lacks and has no fallback of its own,
and a Canvas or Paragraph left on its defaults references Helvetica, which is never embedded.
So Roundtable ships TrueType fonts (``resources/fonts``; see ``docs/fonts.md``) and every string
goes through :func:`runs`: it is NFC-normalised, then cut into pieces that each name a font
holding all of their glyphs. Paragraphs get that as escaped ``<font name=...>`` markup
(:func:`markup`); canvas drawing gets it run by run (:func:`draw_string`).

Han characters are shared by Chinese, Japanese and Korean but drawn differently in each, so a
whole stretch of CJK text goes to ONE font, chosen by evidence in the text (kana means Japanese,
Hangul means Korean) and then by the caller's language hint (``lang``: "ja", "ko" or "zh",
usually from the person's or their organisation's country; see :func:`lang_for_country`).
A name therefore never mixes glyph styles, and 上月豊久 is drawn as a Japanese reader expects.
Text with no hint of its own (the document's headings and labels, a name whose country says
nothing) takes the document's language as its hint: in a Japanese agenda, 議題 is Japanese type
(:func:`effective_lang`). Cyrillic and Greek are in the primary font, bold included.

Arabic, Hebrew, Indic, Thai, Khmer, Georgian and Armenian letters go to the Noto Sans font of
their script (``pdf.scripts``); right-to-left text is put in visual order and complex scripts
are shaped with HarfBuzz by ``pdf.shaping``, which :func:`draw_string`, :func:`string_width`
and :func:`markup` go through. A character no shipped font has (an emoji, say) is left out
and counted, never drawn as a box; ``pdf.coverage`` warns about such names before printing.

Fonts are registered lazily, each on first use (a Latin-only document loads DejaVu Sans and
nothing else), and safely from any thread.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from roundtable.errors import UserError
from roundtable.pdf import shaping
from roundtable.pdf.scripts import SCRIPTS, script_of
from roundtable.pdf.shaping import Glyphs
from roundtable.resource_files import resource_path
from roundtable.wording import language, tr

PRIMARY = "DejaVuSans"
PRIMARY_BOLD = "DejaVuSans-Bold"
JAPANESE = "IPAexGothic"
KOREAN = "NanumGothic"
KOREAN_BOLD = "NanumGothic-Bold"
CHINESE = "DroidSansFallback"

# Registered name -> file under resources/fonts. Upstream file names, unmodified files.
FONT_FILES: dict[str, str] = {
    PRIMARY: "DejaVuSans.ttf",
    PRIMARY_BOLD: "DejaVuSans-Bold.ttf",
    JAPANESE: "ipaexg.ttf",
    KOREAN: "NanumGothic.ttf",
    KOREAN_BOLD: "NanumGothicBold.ttf",
    CHINESE: "DroidSansFallbackFull.ttf",
}
for _script in SCRIPTS:
    FONT_FILES[_script.regular] = _script.regular_file
    FONT_FILES[_script.bold] = _script.bold_file

LANGUAGES = ("ja", "ko", "zh")


@dataclass(frozen=True)
class Family:
    """One typeface: a regular face and a bold one (the regular again when none is shipped).

    The CJK fonts without a bold face stay regular in bold text: stroking outlines to fake bold
    smudges dense Han characters at booklet sizes.
    """

    key: str
    regular: str
    bold: str


LATIN = Family("latin", PRIMARY, PRIMARY_BOLD)
CJK_FAMILIES: dict[str, Family] = {
    "ja": Family("ja", JAPANESE, JAPANESE),
    "ko": Family("ko", KOREAN, KOREAN_BOLD),
    "zh": Family("zh", CHINESE, CHINESE),
}
SCRIPT_FAMILIES: dict[str, Family] = {
    script.key: Family(script.key, script.regular, script.bold) for script in SCRIPTS
}
# The faces of the script fonts: a space or punctuation mark after their letters stays in them.
_SCRIPT_FACES = frozenset(
    face for family in SCRIPT_FAMILIES.values() for face in (family.regular, family.bold)
)
_FAMILY_OF: dict[str, Family] = {}
for _family in (LATIN, *CJK_FAMILIES.values(), *SCRIPT_FAMILIES.values()):
    _FAMILY_OF[_family.regular] = _family
    _FAMILY_OF[_family.bold] = _family

# With no hint and no kana or Hangul, Han text is taken as Chinese (the font with most Han).
DEFAULT_CJK_ORDER = ("zh", "ja", "ko")

# Country names (casefolded) that hint at a CJK language for Han characters.
_COUNTRY_LANG = {
    "japan": "ja",
    "jp": "ja",
    "日本": "ja",
    "korea": "ko",
    "south korea": "ko",
    "north korea": "ko",
    "republic of korea": "ko",
    "korea, republic of": "ko",
    "democratic people's republic of korea": "ko",
    "dprk": "ko",
    "rok": "ko",
    "kr": "ko",
    "대한민국": "ko",
    "한국": "ko",
    "china": "zh",
    "people's republic of china": "zh",
    "prc": "zh",
    "cn": "zh",
    "taiwan": "zh",
    "republic of china": "zh",
    "tw": "zh",
    "hong kong": "zh",
    "hong kong sar": "zh",
    "hk": "zh",
    "macau": "zh",
    "macao": "zh",
    "singapore": "zh",
    "中国": "zh",
    "中國": "zh",
    "台灣": "zh",
    "台湾": "zh",
    "香港": "zh",
}

_lock = threading.RLock()
_cmaps: dict[str, frozenset[int]] = {}

# Characters that no shipped font has, counted as they are met (reportlab draws a box for them).
_missing: Counter[str] = Counter()


# -- registration ----------------------------------------------------------------------------


def register_fonts() -> None:
    """Register the primary fonts (DejaVu Sans and its bold) with reportlab, once; the others
    are registered when a text first needs them (:func:`ensure_font`).

    Raises UserError when a font file is missing or unreadable, i.e. a broken installation.
    """
    if PRIMARY_BOLD in _cmaps:
        return
    ensure_font(PRIMARY)
    ensure_font(PRIMARY_BOLD)


def ensure_font(name: str) -> frozenset[int]:
    """Register the shipped font ``name`` (and its family's other face) if not yet done;
    returns the code points it has glyphs for."""
    cmap = _cmaps.get(name)
    if cmap is not None:
        return cmap
    with _lock:
        if name in _cmaps:
            return _cmaps[name]
        family = _FAMILY_OF[name]
        for face in dict.fromkeys((family.regular, family.bold)):
            if face not in _cmaps:
                _load(face)
        _register_family(family)
        return _cmaps[name]


def _load(name: str) -> None:
    filename = FONT_FILES[name]
    path = resource_path("fonts", filename)
    try:
        font = TTFont(name, str(path))
    except Exception as exc:  # reportlab raises TTFError, OSError or struct errors
        raise UserError(
            tr(
                "the font {font} cannot be loaded from {folder} ({reason}); reinstall Roundtable"
            ).format(font=filename, folder=path.parent, reason=exc)
        ) from exc
    pdfmetrics.registerFont(font)
    _cmaps[name] = frozenset(font.face.charToGlyph)


def _register_family(family: Family) -> None:
    """Families let a <b> in our own markup, or a bold style, find the right face."""
    for face in dict.fromkeys((family.regular, family.bold)):
        pdfmetrics.registerFontFamily(
            face,
            normal=family.regular,
            bold=family.bold,
            italic=family.regular,
            boldItalic=family.bold,
        )


def registered_fonts() -> list[str]:
    """The shipped fonts registered so far, in the order they were."""
    return list(_cmaps)


def _cmap(name: str) -> frozenset[int]:
    return _cmaps.get(name) or ensure_font(name)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _cmap(font_name)


# -- classifying characters ------------------------------------------------------------------

_KANA, _HANGUL, _HAN, _CJK_PUNCT, _NEUTRAL, _MARK, _OTHER = range(7)
_CJK_CLASSES = (_KANA, _HANGUL, _HAN, _CJK_PUNCT)

# Not drawn at all: zero-width joiners and spaces, variation selectors (reportlab cannot apply
# them, and a font lacking them would show a box), byte-order marks.
_IGNORABLE = frozenset(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, *range(0xFE00, 0xFE10)]
    + list(range(0xE0100, 0xE01F0))
)


def _char_class(char: str) -> int:
    cp = ord(char)
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return _KANA
    if (
        0xAC00 <= cp <= 0xD7AF
        or 0x1100 <= cp <= 0x11FF
        or 0x3130 <= cp <= 0x318F
        or 0xA960 <= cp <= 0xA97F
        or 0xD7B0 <= cp <= 0xD7FF
        or 0xFFA0 <= cp <= 0xFFDC
    ):
        return _HANGUL
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
        or 0x2E80 <= cp <= 0x2FDF
        or cp in (0x3005, 0x3006, 0x3007)
        or 0x3021 <= cp <= 0x3029
        or 0x3038 <= cp <= 0x303B
    ):
        return _HAN
    if (
        0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x3200 <= cp <= 0x33FF
        or 0xFE30 <= cp <= 0xFE4F
        or 0x3190 <= cp <= 0x31BF
    ):
        return _CJK_PUNCT
    category = unicodedata.category(char)
    if category[0] == "M":
        return _MARK
    if category[0] in "PZS" or category == "Nd" or char.isspace():
        return _NEUTRAL
    return _OTHER


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """NFC, with line breaks and tabs as spaces and invisible controls removed.

    NFC makes a decomposed "e + combining acute" one character, which every font has, and is
    what pdftotext gives back, so a name reads back exactly as typed. Cached: a name card
    measures the same line many times while fitting it.
    """
    text = unicodedata.normalize("NFC", text)
    out = []
    for char in text:
        cp = ord(char)
        if cp in _IGNORABLE:
            continue
        if char in "\t\n\r\x0b\x0c\x85\u2028\u2029":
            out.append(" ")
        elif unicodedata.category(char) == "Cc":
            continue
        else:
            out.append(char)
    return "".join(out)


def lang_for_country(country: str | None) -> str | None:
    """ "ja", "ko" or "zh" for a country written in English or its own script, else None."""
    if not country:
        return None
    return _COUNTRY_LANG.get(" ".join(country.split()).casefold())


def _check_lang(lang: str | None) -> str | None:
    if lang is None or lang == "":
        return None
    key = lang.strip().lower().replace("_", "-").split("-")[0]
    return key if key in LANGUAGES else None


def effective_lang(lang: str | None) -> str | None:
    """The CJK hint for a text: the caller's, else the document's language when it is one of
    ours with Han characters (a Japanese PDF's labels are Japanese, not Chinese, type).

    The document's language is ``wording.language()``: the PDF's while it is written.
    """
    return _check_lang(lang) or _check_lang(language())


# -- runs ------------------------------------------------------------------------------------


def _cjk_order(text_classes: set[int], segment_classes: set[int], lang: str | None) -> list[str]:
    """Language preference for one stretch of CJK text: evidence in the text, then the hint."""
    order: list[str] = []
    if _HANGUL in segment_classes:
        order.append("ko")
    if _KANA in segment_classes or _KANA in text_classes:
        order.append("ja")
    if lang:
        order.append(lang)
    if _HANGUL in text_classes:
        order.append("ko")
    order.extend(DEFAULT_CJK_ORDER)
    return list(dict.fromkeys(order))


def _face(family: Family, bold: bool, cp: int) -> str | None:
    """The face of ``family`` to draw ``cp`` in: bold if asked and it has the glyph."""
    if bold and cp in _cmap(family.bold):
        return family.bold
    if cp in _cmap(family.regular):
        return family.regular
    return None


@lru_cache(maxsize=4096)
def _assign(text: str, bold: bool, lang: str | None) -> tuple[tuple[tuple[str, str], ...], str]:
    """Runs for already normalised ``text`` and the characters no font has."""
    register_fonts()
    if not text:
        return (), ""
    classes = [_char_class(c) for c in text]
    text_classes = set(classes)

    # Neutral characters (spaces, digits, punctuation) and combining marks between two CJK
    # characters belong to the CJK stretch, so "岩下 明裕" or "第2回" stays in one font; so do
    # digits that open or close the text beside CJK, so "2017年3月15日" is one font throughout.
    is_cjk = [c in _CJK_CLASSES for c in classes]
    n = len(text)
    i = 0
    while i < n:
        if classes[i] in (_NEUTRAL, _MARK) and not is_cjk[i]:
            j = i
            while j < n and classes[j] in (_NEUTRAL, _MARK):
                j += 1
            left = i > 0 and is_cjk[i - 1]
            right = j < n and is_cjk[j]
            digits = text[i:j].isdecimal()
            if (left and right) or digits and (left and j == n or right and i == 0):
                for k in range(i, j):
                    is_cjk[k] = True
            i = j
        else:
            i += 1

    fonts: list[str | None] = [PRIMARY] * n
    missing: list[str] = []
    i = 0
    while i < n:
        j = i
        while j < n and is_cjk[j] == is_cjk[i]:
            j += 1
        if is_cjk[i]:
            _assign_cjk(text, classes, text_classes, i, j, bold, lang, fonts, missing)
        else:
            _assign_other(text, classes, text_classes, i, j, bold, lang, fonts, missing)
        i = j

    runs: list[tuple[str, str]] = []
    for char, font in zip(text, fonts, strict=True):
        if font is None:  # no font has it: left out (and counted), never drawn as a box
            continue
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return tuple(runs), "".join(missing)


def _assign_cjk(
    text: str,
    classes: list[int],
    text_classes: set[int],
    start: int,
    end: int,
    bold: bool,
    lang: str | None,
    fonts: list[str | None],
    missing: list[str],
) -> None:
    """One font for the whole stretch: the first, by preference, that has all its glyphs."""
    segment_classes = set(classes[start:end])
    order = [CJK_FAMILIES[k] for k in _cjk_order(text_classes, segment_classes, lang)]
    needed = [k for k in range(start, end) if not text[k].isspace()]
    for family in order:
        faces = [_face(family, bold, ord(text[k])) for k in needed]
        if all(faces):
            for k in range(start, end):
                fonts[k] = _face(family, bold, ord(text[k])) or _latin_face(bold, text[k])
            return
    # No single font has them all: each character in the first font, by preference, that
    # has it. Only reached for rare characters (CJK extension B and the like).
    for k in range(start, end):
        cp = ord(text[k])
        face = next((f for f in (_face(fam, bold, cp) for fam in order) if f), None)
        if face is None:
            face = _face(LATIN, bold, cp)
        if face is None:
            missing.append(text[k])
        fonts[k] = face


def _latin_face(bold: bool, char: str) -> str:
    return _face(LATIN, bold, ord(char)) or (LATIN.bold if bold else LATIN.regular)


def _assign_other(
    text: str,
    classes: list[int],
    text_classes: set[int],
    start: int,
    end: int,
    bold: bool,
    lang: str | None,
    fonts: list[str | None],
    missing: list[str],
) -> None:
    """Latin, Cyrillic, Greek and the rest: the font of the character's script (Arabic,
    Devanagari, ...: ``pdf.scripts``) when it is one of ours, else the primary font, else any
    font with the glyph. The CJK fonts are only opened when the others lack a character.

    A space, punctuation mark or combining mark stays in the font of the character before it
    when that font has it, so runs are not cut at every space (and an Arabic or Hindi name
    stays one run, shaped as a whole).
    """
    order = [LATIN] + [CJK_FAMILIES[k] for k in _cjk_order(text_classes, set(), lang)]
    previous: str | None = fonts[start - 1] if start > 0 else None
    for k in range(start, end):
        cp = ord(text[k])
        if (
            previous is not None
            and classes[k] in (_NEUTRAL, _MARK)
            and cp in _cmap(previous)
            and (
                classes[k] == _MARK
                or previous in (LATIN.regular, LATIN.bold)
                or previous in _SCRIPT_FACES
            )
        ):
            fonts[k] = previous
            continue
        script = script_of(cp)
        candidates = [SCRIPT_FAMILIES[script.key], *order] if script else order
        face = next((f for f in (_face(fam, bold, cp) for fam in candidates) if f), None)
        if face is None:
            missing.append(text[k])
        else:
            previous = face
        fonts[k] = face


def runs(text: str, bold: bool = False, lang: str | None = None) -> list[tuple[str, str]]:
    """``text`` (NFC-normalised) as ``(font name, text)`` pieces, in logical order.

    Characters no shipped font has are left out and counted; see :func:`missing_glyphs`.
    Drawing goes through :func:`visual_runs` (right-to-left order and shaping) instead.
    """
    pieces, missing = _assign(normalize(text), bool(bold), effective_lang(lang))
    if missing:
        _missing.update(missing)
    return list(pieces)


def uncovered(text: str) -> set[str]:
    """The characters of ``text`` that no shipped font can draw (empty for supported text)."""
    _pieces, missing = _assign(normalize(text), False, None)
    return set(missing)


def missing_glyphs() -> Counter[str]:
    """How often each character without a glyph was met since start-up (or the last reset)."""
    return Counter(_missing)


def reset_missing_glyphs() -> None:
    _missing.clear()


# -- Paragraph markup ------------------------------------------------------------------------

_QUOTES = {'"': "&quot;", "'": "&#39;"}


def escape_text(text: str) -> str:
    """User text made inert for reportlab's Paragraph parser: & < > and quotes escaped.

    Without this, a name like ``AT&T <b>Corp`` turns bold and ``<img src="/etc/passwd"/>``
    makes reportlab open a file.
    """
    return escape(text, _QUOTES)


def markup(text: str, bold: bool = False, lang: str | None = None) -> str:
    """Escaped Paragraph markup drawing ``text`` with a ``<font name=...>`` per run.

    Right-to-left and shaped runs come in visual order, as their glyphs, inside callbacks
    that give the PDF their text (``shaping.paragraph_markup``); meant for a name or a line,
    since a paragraph that wraps inside a right-to-left stretch keeps that stretch's order.
    """
    pieces = runs(text, bold, lang)
    if not any(_complex(font, piece) for font, piece in pieces):
        return "".join(f'<font name="{font}">{escape_text(piece)}</font>' for font, piece in pieces)
    return "".join(
        shaping.paragraph_markup(run, escape_text) for run in shaping.visual(tuple(pieces))
    )


def _complex(font: str, piece: str) -> bool:
    """Whether a run needs shaping or the bidi algorithm (most text needs neither)."""
    return font in shaping.SHAPED_FONTS or shaping.needs_bidi(piece)


def visual_runs(text: str, bold: bool = False, lang: str | None = None) -> tuple[Glyphs, ...]:
    """``text`` as glyph runs ready to draw, in visual order (see ``pdf.shaping``)."""
    return _visual(normalize(text), bool(bold), effective_lang(lang))


@lru_cache(maxsize=4096)
def _visual(text: str, bold: bool, lang: str | None) -> tuple[Glyphs, ...]:
    pieces, missing = _assign(text, bold, lang)
    if missing:
        _missing.update(missing)
    if not any(_complex(font, piece) for font, piece in pieces):
        return tuple(
            Glyphs(font, piece, piece, pdfmetrics.stringWidth(piece, font, 1), False)
            for font, piece in pieces
        )
    return shaping.visual(pieces)


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left (Arabic or Hebrew letters and no Latin ones):
    such a line is right-aligned where the layout leaves the choice (``align="start"``)."""
    return shaping.is_rtl(normalize(text))


def needs_cjk_wrap(text: str) -> bool:
    """Whether a paragraph is mostly Chinese or Japanese, which has no spaces to break lines at.

    Korean separates words with spaces, and Latin text must not be broken inside words, so
    only text where Han and kana make up a good share of the letters qualifies.
    """
    letters = [c for c in normalize(text) if not c.isspace()]
    if not letters:
        return False
    cjk = sum(1 for c in letters if _char_class(c) in (_HAN, _KANA, _CJK_PUNCT))
    return cjk * 10 >= len(letters) * 3


# -- canvas drawing --------------------------------------------------------------------------


def string_width(text: str, size: float, bold: bool = False, lang: str | None = None) -> float:
    """Width in points of ``text`` drawn by runs (shaped where needed) at ``size``."""
    return sum(run.width for run in visual_runs(text, bold, lang)) * size


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    lang: str | None = None,
    *,
    align: str = "left",
    box_width: float = 0.0,
) -> float:
    """Draw ``text`` on its baseline at ``y``, run by run, right-to-left runs in visual order
    and complex scripts shaped; returns its width.

    ``align`` is "left" (``x`` is the start), "centre" (``x`` is the middle) or "right" (``x`` is
    the end); "start" puts a left-to-right line at ``x`` and a right-to-left one (an Arabic or
    Hebrew name) flush right in the box ``x`` to ``x + box_width``. The canvas font is
    changed; callers wrap the call in saveState()/restoreState() when that matters (it always
    does around a rotation).
    """
    glyphs = visual_runs(text, bold, lang)
    width = sum(run.width for run in glyphs) * size
    if align == "start":
        align = "left"
        if box_width and is_rtl(text):
            x += box_width - width
    if align in ("centre", "center"):
        x -= width / 2
    elif align == "right":
        x -= width
    elif align != "left":
        raise ValueError(f"align must be left, centre, right or start, not {align!r}")
    text_object = canvas.beginText(x, y)
    shaping.text_out(text_object, glyphs, size)
    canvas.drawText(text_object)
    return width


def text_out(text_object: Any, glyphs: Sequence[Glyphs], size: float) -> None:
    """Draw :func:`visual_runs` on a reportlab text object at its current point (for callers
    that put many lines in one text object, as name cards do)."""
    shaping.text_out(text_object, glyphs, size)


def fit_size(
    text: str,
    max_width: float,
    start: float,
    floor: float,
    bold: bool = False,
    lang: str | None = None,
) -> float:
    """The largest size up to ``start`` at which ``text`` fits ``max_width``, but not below
    ``floor`` (at the floor it may still be too wide: wrap it or use :func:`ellipsize`).

    Sizes are rounded down to tenths of a point so the result always fits when it can.
    """
    if floor > start:
        raise ValueError("floor must not exceed start")
    width = string_width(text, start, bold, lang)
    if width <= max_width or width == 0:
        return start
    size = int(start * max_width / width * 10) / 10
    return max(floor, min(start, size))


def ellipsize(
    text: str, max_width: float, size: float, bold: bool = False, lang: str | None = None
) -> str:
    """``text`` cut short with "…" to fit ``max_width``; unchanged when it already fits."""
    text = normalize(text)
    if string_width(text, size, bold, lang) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if string_width(text[:middle].rstrip() + "…", size, bold, lang) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
