"""Subset the Noto Sans fonts for right-to-left, Indic and other scripts into resources/fonts.

Run by hand when updating the fonts (needs fontTools, ``pip install fonttools``; not a run-time
dependency). Source: Debian's ``fonts-noto-core`` (``/usr/share/fonts/truetype/noto``), Noto
Sans <Script> under the SIL Open Font License 1.1. Each font keeps its own script's Unicode
blocks, the punctuation a name may hold, and every OpenType layout table and feature
(GSUB/GPOS), so HarfBuzz can still shape the text: joining forms, conjuncts, mark positions.
Arabic keeps the presentation-form blocks as well: the shaped glyphs are mapped back to those
characters, which is what a PDF's text layer falls back to.

    python tools/subset_fonts.py [SOURCE_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from roundtable.pdf.scripts import COMMON, SCRIPTS

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
SOURCE = Path("/usr/share/fonts/truetype/noto")


def subset_font(source: Path, target: Path, blocks: list[tuple[int, int]]) -> None:
    unicodes = set(COMMON)
    for low, high in blocks:
        unicodes.update(range(low, high + 1))
    options = subset.Options()
    options.layout_features = ["*"]  # every GSUB/GPOS feature: shaping needs them
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # PDFs are not hinted; halves the files
    options.drop_tables += ["DSIG"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)


def main() -> None:
    source_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    for script in SCRIPTS:
        for name in (script.regular_file, script.bold_file):
            subset_font(source_dir / name, TARGET / name, list(script.blocks))
            print(f"{name}: {(TARGET / name).stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
