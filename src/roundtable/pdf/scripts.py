"""The writing systems Roundtable ships a font for beyond Latin, Cyrillic, Greek and CJK.

One table says, for each script, its Unicode blocks, its fonts (Noto Sans <Script>, subset to
those blocks by ``tools/subset_fonts.py``) and whether HarfBuzz must shape it: Arabic letters
join, Indic consonants form conjuncts and reorder their vowel signs, Thai and Khmer stack
marks. Georgian and Armenian need none of that. No reportlab here: the table is read by the
font code (``pdf.fonts``) and by the subsetting tool.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Script:
    key: str  # "arabic"
    name: str  # "Arabic": the font files are NotoSans<name>-Regular.ttf and -Bold.ttf
    blocks: tuple[tuple[int, int], ...]  # inclusive code point ranges
    shaped: bool  # HarfBuzz shaping needed
    rtl: bool = False

    @property
    def regular(self) -> str:
        return f"NotoSans{self.name}"

    @property
    def bold(self) -> str:
        return f"NotoSans{self.name}-Bold"

    @property
    def regular_file(self) -> str:
        return f"NotoSans{self.name}-Regular.ttf"

    @property
    def bold_file(self) -> str:
        return f"NotoSans{self.name}-Bold.ttf"


SCRIPTS: tuple[Script, ...] = (
    Script(
        "arabic",
        "Arabic",
        # Arabic (Persian and Urdu letters included), Supplement, Extended-A, and the
        # presentation forms: a shaped glyph is mapped back to one of those in the text layer.
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        shaped=True,
        rtl=True,
    ),
    Script("hebrew", "Hebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), shaped=True, rtl=True),
    Script(
        "devanagari",
        "Devanagari",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
        shaped=True,
    ),
    Script("bengali", "Bengali", ((0x0980, 0x09FF),), shaped=True),
    Script("tamil", "Tamil", ((0x0B80, 0x0BFF), (0x11FC0, 0x11FFF)), shaped=True),
    Script("thai", "Thai", ((0x0E00, 0x0E7F),), shaped=True),
    Script("khmer", "Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF)), shaped=True),
    Script(
        "georgian",
        "Georgian",
        ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
        shaped=False,
    ),
    Script("armenian", "Armenian", ((0x0530, 0x058F), (0xFB13, 0xFB17)), shaped=False),
)

BY_KEY = {script.key: script for script in SCRIPTS}

# Punctuation, digits and spaces a name may hold beside its letters, the joiners and direction
# marks, and the dotted circle HarfBuzz shows under a lone mark: kept in every subset, so a
# space or hyphen inside an Arabic or Hindi name stays in the name's font.
COMMON: tuple[int, ...] = (
    *range(0x20, 0x41),
    *range(0x5B, 0x61),
    *range(0x7B, 0x7F),
    0xA0,
    0xAD,
    *range(0x200B, 0x2028),
    0x25CC,
)

_STARTS: list[int] = []
_RANGES: list[tuple[int, int, Script]] = []
for _script in SCRIPTS:
    for _low, _high in _script.blocks:
        _RANGES.append((_low, _high, _script))
_RANGES.sort(key=lambda item: item[0])
_STARTS = [low for low, _high, _script in _RANGES]


def script_of(cp: int) -> Script | None:
    """The shipped script whose blocks hold code point ``cp``, or None."""
    index = bisect_right(_STARTS, cp) - 1
    if index < 0:
        return None
    low, high, script = _RANGES[index]
    return script if low <= cp <= high else None
