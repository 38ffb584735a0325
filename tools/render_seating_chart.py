"""Render seating charts to look at: both demo events in A4 and Letter, and a stress chart.

    python tools/render_seating_chart.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``) and writes the
seating chart of every demo event that has plans, in A4 and in US Letter, and the stress chart
(also on A3)
of ``tests/pdf/test_seating_chart.py`` (thirty long names in six scripts round one table, a
U-shape, a classroom and the other shapes). Every page is rendered with ``pdftoppm -r DPI
-png`` and named after what it shows: ``seating-chart-<event>-<paper>-<plan>.png`` for a
drawing, ``…-<plan>-list.png`` for the first page of its seat list. What ``pdffonts`` says
(every font embedded, none Helvetica) is printed for each PDF, with the text ``pdftotext``
reads on its first page. ``--docs`` copies the pages the documentation shows into
``docs/screenshots``. Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS = {"dc-policy-forum": "dc", "round-2-2017": "trilateral"}
# The pages docs/screenshots keeps (names as written into OUTDIR, without .png).
DOCS = (
    "seating-chart-dc-a4-round-table-seminar-room",
    "seating-chart-dc-letter-round-table-seminar-room",
    "seating-chart-dc-a4-round-table-seminar-room-list",
    "seating-chart-trilateral-a4-round-table-moscow",
    "seating-chart-trilateral-letter-round-table-moscow",
    "seating-chart-trilateral-a4-round-table-moscow-list",
    "seating-chart-stress-a4-thirty-at-one-round-table",
    "seating-chart-stress-letter-thirty-at-one-round-table",
    "seating-chart-stress-a4-thirty-at-one-round-table-list",
    "seating-chart-stress-a4-u-shape",
    "seating-chart-stress-a3-u-shape",
    "seating-chart-stress-a4-classroom",
    "seating-chart-stress-a4-boardroom",
    "seating-chart-stress-a4-hollow-square",
    "seating-chart-stress-a4-rectangle",
)


def fonts_line(pdf: Path) -> str:
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]  # fmt: skip
    unembedded = [row.split()[0] for row in rows if row.split()[-5] != "yes"]
    helvetica = [row.split()[0] for row in rows if "Helvetica" in row.split()[0]]
    return (f"{len(rows)} fonts, not embedded: {unembedded or 'none'}, "
            f"Helvetica: {helvetica or 'none'}")  # fmt: skip


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def page_names(pdf: Path, stem: str, plans: list[str]) -> list[str]:
    """A name for each page: the plan it draws, its seat list's first page, or its overflow."""
    from pypdf import PdfReader

    names: list[str] = []
    plan = ""
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        text = page.extract_text()
        lines = [line.strip() for line in text.splitlines()]
        drawn = next((p for p in plans if "Scale 1:" in text and p in lines), None)
        if drawn is not None:
            plan = drawn
            names.append(f"{stem}-{slug(plan)}")
        elif f"Seat list · {plan}" in text:
            names.append(f"{stem}-{slug(plan)}-list")
        else:
            names.append(f"{stem}-page-{number}")
    return names


def render(pdf: Path, names: list[str], out: Path, dpi: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        prefix = Path(scratch) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
        for rendered, name in zip(sorted(Path(scratch).glob("page-*.png")), names, strict=True):
            shutil.move(str(rendered), out / f"{name}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUTDIR")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true", help="copy the pages the docs show")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from roundtable.pdf.seating_chart import export_seating_chart
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store
    from tests.pdf.test_seating_chart import stress_event

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        events = [store.get_event(i) for i in load_demo(store)]
        store.close()
    charts = [(e, name) for e in events for key, name in EVENTS.items() if key in e.slug]
    charts.append((stress_event(), "stress"))
    for event, name in charts:
        # The stress chart on A3 too: the poster size for big plans.
        for paper in ("a4", "letter", "a3") if name == "stress" else ("a4", "letter"):
            pdf = args.out / f"seating-chart-{name}-{paper}.pdf"
            export_seating_chart(event, pdf, paper=paper)
            names = page_names(pdf, pdf.stem, [p.name for p in event.seating_plans])
            render(pdf, names, args.out, args.dpi)
            print(f"{pdf.name}: {len(names)} pages; {fonts_line(pdf)}")
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf), "-"],
                                  capture_output=True, text=True, check=True).stdout  # fmt: skip
            print("   ", " ".join(text.split())[:300])
    if args.docs:
        docs = ROOT / "docs" / "screenshots"
        for name in DOCS:
            shutil.copyfile(args.out / f"{name}.png", docs / f"{name}.png")
        print(f"copied {len(DOCS)} pages to {docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
