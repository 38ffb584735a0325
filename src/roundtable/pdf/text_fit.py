"""Fitting text into a width: shrink towards a floor on one line, then wrap.

Name cards and the seating chart both print names into room that is too short for some of
them, and both fit them the same way: a name keeps one line while it can stay at or above a
floor size, then breaks onto two lines (at a space, after a hyphen or slash, or between CJK
characters), and only a name that two lines at the floor cannot hold goes smaller still
(:func:`fit_lines`). The seating chart's classroom desks may take a third line
(:func:`fit_many_lines`). A block of such texts, each with its own sizes, is a list of
:class:`TextPart`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from roundtable.pdf.fonts import effective_lang, normalize, string_width


@dataclass(frozen=True)
class TextPart:
    """One text of a block (a name, an own-script name, a label) and how it may be sized."""

    text: str
    start: float
    floor: float
    bold: bool
    muted: bool
    gap_before: float  # as a multiple of this part's size


def unit_width(text: str, bold: bool, lang: str | None) -> float:
    """Width at 1 pt (widths scale with the size); fitting asks for the same lines often.

    Cached by the hint the fonts will use, which may be the document's language, so a width
    measured for a Japanese PDF is not reused for a Russian one."""
    return _unit_width(text, bold, effective_lang(lang))


@lru_cache(maxsize=4096)
def _unit_width(text: str, bold: bool, lang: str | None) -> float:
    return string_width(text, 1, bold, lang)


# As when unit_width was the cache itself: benchmarks/namecards.py starts each export cold.
unit_width.cache_clear = _unit_width.cache_clear  # type: ignore[attr-defined]


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def break_points(text: str) -> list[int]:
    """Where a line may break: at spaces, after a hyphen or slash, and between two CJK
    characters (which have no spaces to break at)."""
    points = []
    for i in range(1, len(text)):
        before, here = text[i - 1], text[i]
        wide = _is_wide(before) and _is_wide(here)
        if here == " " or before in "-/" or wide:
            points.append(i)
    return points


def _two_lines(text: str, bold: bool, lang: str | None) -> tuple[str, str] | None:
    """The split into two lines whose wider line is narrowest, or None with no break point."""
    best: tuple[float, tuple[str, str]] | None = None
    for point in break_points(text):
        first, second = text[:point].strip(), text[point:].strip()
        if not first or not second:
            continue
        wider = max(unit_width(first, bold, lang), unit_width(second, bold, lang))
        if best is None or wider < best[0]:
            best = (wider, (first, second))
    return best[1] if best else None


def fit_lines(
    text: str,
    width: float,
    start: float,
    floor: float,
    *,
    bold: bool = False,
    lang: str | None = None,
    max_lines: int = 2,
) -> tuple[list[str], float]:
    """``text`` as one line at the largest size up to ``start`` that fits ``width``; below
    ``floor`` as two lines instead (each at most ``width``); and if two lines at the floor are
    still too wide, two lines at whatever size fits. Never returns text wider than ``width``.
    """
    text = " ".join(normalize(text).split())
    one = unit_width(text, bold, lang)
    if one == 0:
        return [], start
    size = min(start, width / one)
    if size >= floor or max_lines < 2:
        return [text], _round_down(size)
    split = _two_lines(text, bold, lang)
    if split is None:
        return [text], _round_down(size)
    wider = max(unit_width(part, bold, lang) for part in split)
    two_size = min(start, width / wider)
    if two_size <= size:  # a break that does not help (one very long word): keep one line
        return [text], _round_down(size)
    return list(split), _round_down(two_size)


def _round_down(size: float) -> float:
    """Tenths of a point, rounded down, so the width computed at ``size`` still fits."""
    return int(size * 10) / 10


def fit_many_lines(
    text: str, length: float, start: float, bold: bool, lang: str | None, max_lines: int
) -> tuple[list[str], float] | None:
    """The largest size up to ``start`` at which ``text`` breaks into at most ``max_lines``
    lines no longer than ``length`` (filling each line in turn), and those lines."""
    text = " ".join(normalize(text).split())
    cuts = [0, *break_points(text), len(text)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]

    def lines_within(limit: float) -> list[str] | None:
        lines: list[str] = []
        current = ""
        for piece in pieces:
            if current and string_width((current + piece).strip(), 1, bold, lang) > limit:
                lines.append(current.strip())
                current = piece
            else:
                current += piece
        lines.append(current.strip())
        fits = all(string_width(line, 1, bold, lang) <= limit for line in lines)
        return lines if fits and len(lines) <= max_lines else None

    low, high, best = 0.0, start, None
    for _step in range(14):  # bisect the size to well under a tenth of a point
        middle = (low + high) / 2
        found = lines_within(length / middle) if middle > 0 else None
        if found is not None:
            low, best = middle, found
        else:
            high = middle
    if best is None:
        return None
    return best, int(low * 10) / 10


# Words whose full stop does not end a sentence ("Dr. Ha", "e.g. Japan").
ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "st", "amb", "gen", "col", "no", "vs", "jr", "sr",
     "e.g", "i.e", "etc", "cf", "inc", "ltd", "co", "dept", "univ"}
)  # fmt: skip


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences: after ".", "!" or "?" and a space before a capital (not
    after "Dr." or "U.S."), and after "。", "！" or "？"."""
    out: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?]['’”)]?\s+(?=[\"“‘(]?[A-ZА-ЯЁ0-9])|[。！？]", text):
        before = text[start : match.start() + 1].split()
        word = before[-1].rstrip(".").casefold() if before else ""
        if match.group().startswith(".") and (
            word in ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", word)
        ):
            continue
        out.append(text[start : match.end()].strip())
        start = match.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out
