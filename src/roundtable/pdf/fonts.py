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

Fonts are registered once, lazily, on first use, and safely from any thread.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from roundtable.errors import UserError
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

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, frozenset[int]] = {}

# Characters that no shipped font has, counted as they are met (reportlab draws a box for them).
_missing: Counter[str] = Counter()


# -- registration ----------------------------------------------------------------------------


def register_fonts() -> None:
    """Register the shipped fonts with reportlab, once; later calls return at once.

    Raises UserError when a font file is missing or unreadable, i.e. a broken installation.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FONT_FILES.items():
            path = resource_path("fonts", filename)
            try:
                font = TTFont(name, str(path))
            except Exception as exc:  # reportlab raises TTFError, OSError or struct errors
                raise UserError(
                    tr(
                        "the font {font} cannot be loaded from {folder} ({reason}); reinstall "
                        "Roundtable"
                    ).format(font=filename, folder=path.parent, reason=exc)
                ) from exc
            pdfmetrics.registerFont(font)
            _cmaps[name] = frozenset(font.face.charToGlyph)
        # Families let a <b> in our own markup, or a bold style, find the right face.
        for family in (LATIN, *CJK_FAMILIES.values()):
            pdfmetrics.registerFontFamily(
                family.regular,
                normal=family.regular,
                bold=family.bold,
                italic=family.regular,
                boldItalic=family.bold,
            )
            if family.bold != family.regular:
                pdfmetrics.registerFontFamily(
                    family.bold,
                    normal=family.regular,
                    bold=family.bold,
                    italic=family.regular,
                    boldItalic=family.bold,
                )
        _registered = True


def has_glyph(font_name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _cmaps[font_name]


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
    if bold and cp in _cmaps[family.bold]:
        return family.bold
    if cp in _cmaps[family.regular]:
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

    fonts: list[str] = [PRIMARY] * n
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
    fonts: list[str],
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
            face = LATIN.bold if bold else LATIN.regular
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
    fonts: list[str],
    missing: list[str],
) -> None:
    """Latin, Cyrillic, Greek and the rest: the primary font, else any font with the glyph.

    A space, punctuation mark or combining mark stays in the font of the character before it
    when that font has it, so runs are not cut at every space.
    """
    order = [LATIN] + [CJK_FAMILIES[k] for k in _cjk_order(text_classes, set(), lang)]
    previous: str | None = fonts[start - 1] if start > 0 else None
    for k in range(start, end):
        cp = ord(text[k])
        if (
            previous is not None
            and classes[k] in (_NEUTRAL, _MARK)
            and cp in _cmaps[previous]
            and (classes[k] == _MARK or previous in (LATIN.regular, LATIN.bold))
        ):
            fonts[k] = previous
            continue
        face = next((f for f in (_face(fam, bold, cp) for fam in order) if f), None)
        if face is None:
            face = LATIN.bold if bold else LATIN.regular
            missing.append(text[k])
        fonts[k] = face
        previous = face


def runs(text: str, bold: bool = False, lang: str | None = None) -> list[tuple[str, str]]:
    """``text`` (NFC-normalised) as ``(font name, text)`` pieces, in order.

    Characters no shipped font has stay in the primary font (reportlab will draw a box) and
    are counted; see :func:`missing_glyphs`.
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
    """Escaped Paragraph markup drawing ``text`` with a ``<font name=...>`` per run."""
    return "".join(
        f'<font name="{font}">{escape_text(piece)}</font>' for font, piece in runs(text, bold, lang)
    )


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
    """Width in points of ``text`` drawn by runs at ``size``."""
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text, bold, lang))


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
) -> float:
    """Draw ``text`` on its baseline at ``y``, run by run; returns its width.

    ``align`` is "left" (``x`` is the start), "centre" (``x`` is the middle) or "right" (``x`` is
    the end). The canvas font is changed; callers wrap the call in saveState()/restoreState()
    when that matters (it always does around a rotation).
    """
    pieces = runs(text, bold, lang)
    width = sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in pieces)
    if align in ("centre", "center"):
        x -= width / 2
    elif align == "right":
        x -= width
    elif align != "left":
        raise ValueError(f"align must be left, centre or right, not {align!r}")
    text_object = canvas.beginText(x, y)
    for font, piece in pieces:
        text_object.setFont(font, size)
        text_object.textOut(piece)
    canvas.drawText(text_object)
    return width


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
