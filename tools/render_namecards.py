"""Render the seed events' name cards in every layout, as sheets and as folded cards.

For each layout this writes, into ``--out`` (default ``docs/screenshots``):

* ``namecards-<layout>.png``: the first sheets side by side, as printed (pdftoppm -r 60);
* ``namecards-<layout>-folded.png``: each card of the first sheet as the two sides a table
  sees once it is folded: the lower half as printed, and the upper half turned over (rotated
  180 degrees). Both must read upright.

It also prints what ``pdffonts`` says (every font must be embedded) and each card's text as
``pdftotext`` reads it. Needs poppler-utils. Uses the shipped demo events in a scratch database.

    python tools/render_namecards.py [--out DIR] [--dpi 60]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform  # noqa: E402

from roundtable.pdf.namecards import LAYOUTS, export_namecards  # noqa: E402
from roundtable.services.demo import load_demo  # noqa: E402
from roundtable.services.namecards import CardOptions  # noqa: E402
from roundtable.store.facade import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ("dc-policy-forum", "round-2-2017")


def render(pdf: Path, dpi: int, prefix: Path, last_page: int = 2) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-l", str(last_page), "-png", str(pdf),
                    str(prefix)], check=True)  # fmt: skip
    pages = sorted(prefix.parent.glob(prefix.name + "-*.png"))
    return [QImage(str(page)) for page in pages]


def side_by_side(images: list[QImage], gap: int = 12) -> QImage:
    width = sum(i.width() for i in images) + gap * (len(images) - 1)
    height = max(i.height() for i in images)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a8f98"))
    painter = QPainter(sheet)
    x = 0
    for image in images:
        painter.drawImage(QPoint(x, 0), image)
        x += image.width() + gap
    painter.end()
    return sheet


def folded_sides(page: QImage, layout_key: str, dpi: int) -> list[QImage]:
    """Each card of the page as its two standing sides: lower half, upper half turned."""
    layout = LAYOUTS[layout_key]
    scale = dpi / 72
    sides = []
    for x, y, width, height in sorted(layout.cards, key=lambda c: -c[1]):
        top = round((layout.page[1] - y - height) * scale)  # image rows run downwards
        half = round(height / 2 * scale)
        left, w = round(x * scale), round(width * scale)
        upper = page.copy(QRect(left, top, w, half)).transformed(QTransform().rotate(180))
        lower = page.copy(QRect(left, top + half, w, half))
        sides.append(side_by_side([lower, upper]))
    return sides


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        store = Store.open(str(work / "demo.sqlite3"), daily_backup=False)
        events = [store.get_event(i) for i in load_demo(store)]
        chosen = [next(e for e in events if key in e.slug) for key in EVENTS]
        for layout_key, layout in LAYOUTS.items():
            options = CardOptions(cut_marks=bool(layout.cut_edges))
            sheets, folded = [], []
            for event in chosen:
                pdf = work / f"{event.slug}-{layout_key}.pdf"
                export_namecards(event, str(pdf), layout=layout_key, options=options)
                fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                                       check=True).stdout.splitlines()[2:]  # fmt: skip
                unembedded = [row.split()[0] for row in fonts if row.split()[-5] != "yes"]
                print(f"{pdf.name}: {len(fonts)} fonts, not embedded: {unembedded or 'none'}")
                pages = render(pdf, args.dpi, work / f"{event.slug}-{layout_key}")
                sheets.extend(pages[:2] if layout.per_sheet == 1 else pages[:1])
                folded.extend(folded_sides(pages[0], layout_key, args.dpi))
            side_by_side(sheets).save(str(args.out / f"namecards-{layout_key}.png"))
            stacked = folded[0]
            for image in folded[1:]:
                merged = QImage(max(stacked.width(), image.width()),
                                stacked.height() + image.height() + 12,
                                QImage.Format.Format_RGB32)  # fmt: skip
                merged.fill(QColor("#8a8f98"))
                painter = QPainter(merged)
                painter.drawImage(QPoint(0, 0), stacked)
                painter.drawImage(QPoint(0, stacked.height() + 12), image)
                painter.end()
                stacked = merged
            stacked.save(str(args.out / f"namecards-{layout_key}-folded.png"))
            print(f"wrote namecards-{layout_key}.png and namecards-{layout_key}-folded.png")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
