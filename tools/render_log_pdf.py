"""Render the event log exports to look at: the demo's log in A4 and Letter, the minutes, the CSV
and Markdown, and a stress log.

    python tools/render_log_pdf.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``), whose
Trilateral second round carries a log with the timer's timings and an edited entry, and writes
its log PDF (A4 and Letter), its minutes PDF, and the log as CSV and Markdown. Then the stress
log of ``tests/pdf/test_log_pdf.py``: 300 entries by people who write their names in five
scripts, markup in texts, a 3,000-character entry, 36 timed items and turns. Every page is
rendered with ``pdftoppm -r DPI -png`` as ``log-pdf-<what>-<paper>-<page>.png``; what
``pdffonts`` says (every font embedded, none Helvetica) is printed for each PDF, with the start
of the text ``pdftotext`` reads. ``--docs`` copies the pages that show each section into
``docs/screenshots`` as ``log-pdf-<what>.png``. Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
# docs/screenshots name -> (the PDF's stem in OUTDIR, a text the page shows first of its kind)
DOCS = {
    "log-pdf-trilateral-minutes": ("log-pdf-trilateral-a4", "EVENT LOG"),
    "log-pdf-trilateral-journal": ("log-pdf-trilateral-a4", "Journal"),
    "log-pdf-trilateral-planned": ("log-pdf-trilateral-a4", "Planned against actual"),
    "log-pdf-trilateral-letter-planned": ("log-pdf-trilateral-letter", "Planned against actual"),
    "log-pdf-minutes": ("log-pdf-minutes-a4", "MINUTES"),
    "log-pdf-stress-journal": ("log-pdf-stress-letter", "Journal"),
    "log-pdf-stress-long-entry": ("log-pdf-stress-letter", "Line 20:"),
    "log-pdf-stress-planned": ("log-pdf-stress-letter", "Planned against actual"),
    "log-pdf-stress-changes": ("log-pdf-stress-letter", "Change history"),
}


def page_texts(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(pdf)).pages]


def render(pdf: Path, out: Path, dpi: int) -> int:
    """Each page as ``<stem>-<n>.png``; returns the number of pages."""
    with tempfile.TemporaryDirectory() as scratch:
        prefix = Path(scratch) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
        pages = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1]))
        for number, rendered in enumerate(pages, start=1):
            shutil.move(str(rendered), out / f"{pdf.stem}-{number}.png")
    return len(pages)


def report(pdf: Path, pages: int) -> None:
    from tools.render_seating_chart import fonts_line  # every font embedded, none Helvetica

    print(f"{pdf.name}: {pages} pages; {fonts_line(pdf)}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    print("   ", " ".join(text.split())[:240])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUTDIR")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true", help="copy the pages the docs show")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from roundtable.pdf.log_pdf import export_log_pdf, export_minutes_pdf
    from roundtable.services.demo import load_demo
    from roundtable.services.log_export import export_log_text
    from roundtable.services.planned_actual import planned_vs_actual
    from roundtable.store.facade import Store
    from tests.pdf.test_log_pdf import stress_event, stress_log

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        load_demo(store)
        event = store.get_event(store.resolve_event(ROUND_2))
        log = store.event_log(event.id)
        store.close()
    timed = len(planned_vs_actual(event, log.entries).timed)
    print(f"{event.title}: {len(log.entries)} entries, {timed} timed items and turns")
    stress = stress_event()
    made = [
        ("log-pdf-trilateral-a4", lambda p: export_log_pdf(event, log, p)),
        ("log-pdf-trilateral-letter", lambda p: export_log_pdf(event, log, p, paper="letter")),
        ("log-pdf-minutes-a4", lambda p: export_minutes_pdf(event, p)),
        ("log-pdf-stress-letter",
         lambda p: export_log_pdf(stress, stress_log(stress), p, paper="letter")),
    ]  # fmt: skip
    for stem, make in made:
        pdf = args.out / f"{stem}.pdf"
        make(pdf)
        report(pdf, render(pdf, args.out, args.dpi))
    for suffix in (".csv", ".md"):
        path = args.out / f"log-trilateral{suffix}"
        export_log_text(event, log, path)
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        print(f"{path.name}: {len(lines)} lines; {lines[0][:100]}")
    if args.docs:
        docs = ROOT / "docs" / "screenshots"
        for name, (stem, marker) in DOCS.items():
            texts = page_texts(args.out / f"{stem}.pdf")
            number = next(i for i, text in enumerate(texts, start=1) if marker in text)
            shutil.copyfile(args.out / f"{stem}-{number}.png", docs / f"{name}.png")
        print(f"copied {len(DOCS)} pages to {docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
