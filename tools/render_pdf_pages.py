#!/usr/bin/env python3
"""Check a PDF the way the issue's "done" asks, and render its pages to PNG for a look.

    python tools/render_pdf_pages.py FILE.pdf [--out DIR] [--dpi 60]
    python tools/render_pdf_pages.py --bios-demo DIR [--paper a4|letter]
    python tools/render_pdf_pages.py --agenda-demo DIR [--paper a4|letter]

Runs ``pdffonts`` (fails if any font is not embedded), ``pdftotext`` (printed, so names can be
read back) and ``pdftoppm -png`` into DIR (default: beside the PDF, ``<name>-pages/``).
``--bios-demo`` first writes the bios booklets of the DC roundtable, the Trilateral's second
round and a mixed-script sample event into DIR (a scratch database), then checks each.
``--agenda-demo`` does the same with the agendas of the demo events, with and without their
participants (the DC roundtable's must be one page on either paper).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def check(pdf: Path, out: Path | None, dpi: int, quiet: bool = False) -> bool:
    for tool in ("pdffonts", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: install poppler-utils")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    print(f"== {pdf}\n{fonts.stdout}", end="")
    rows = fonts.stdout.splitlines()[2:]
    unembedded = [r for r in rows if r.split()[-5] != "yes"]
    if unembedded:
        print("NOT EMBEDDED:\n" + "\n".join(unembedded))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    if not quiet:
        print(text.stdout)
    out = out or pdf.with_name(pdf.stem + "-pages")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / "page")], check=True)
    pages = sorted(out.glob("page-*.png"))
    print(f"{len(pages)} page(s) rendered at {dpi} dpi into {out}")
    return not unembedded


def bios_demo(folder: Path, paper: str) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "pdf"))
    from pdf_samples import mixed_script_event, sample_photos  # type: ignore[import-not-found]

    from roundtable.pdf.bios import export_bios
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        try:
            load_demo(store)
            events = {s.slug: s.id for s in store.list_events()}
            for slug, name in (
                ("dc-policy-forum-russia-us-japan-alliance-2018", "bios-dc"),
                ("us-japan-russia-trilateral-round-2-2017", "bios-trilateral-2"),
            ):
                target = folder / f"{name}-{paper}.pdf"
                export_bios(store.get_event(events[slug]), target, paper=paper)
                written.append(target)
        finally:
            store.close()
    event = mixed_script_event()
    target = folder / f"bios-mixed-{paper}.pdf"
    export_bios(event, target, paper=paper, photos=sample_photos(event))
    written.append(target)
    return written


DEMO_EVENTS = (
    ("dc-policy-forum-russia-us-japan-alliance-2018", "dc"),
    ("us-japan-russia-trilateral-round-1-2016", "trilateral-1"),
    ("us-japan-russia-trilateral-round-2-2017", "trilateral-2"),
)


def agenda_demo(folder: Path, paper: str) -> list[Path]:
    from roundtable.pdf.agenda import export_agenda
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        try:
            load_demo(store)
            events = {s.slug: s.id for s in store.list_events()}
            for slug, name in DEMO_EVENTS:
                event = store.get_event(events[slug])
                for participants, suffix in ((True, ""), (False, "-programme")):
                    target = folder / f"agenda-{name}{suffix}-{paper}.pdf"
                    export_agenda(event, target, paper=paper, participants=participants)
                    written.append(target)
        finally:
            store.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--bios-demo", type=Path, metavar="DIR")
    parser.add_argument("--agenda-demo", type=Path, metavar="DIR")
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    parser.add_argument("--quiet", action="store_true", help="do not print the text")
    args = parser.parse_args()
    if args.bios_demo:
        pdfs = bios_demo(args.bios_demo, args.paper)
    elif args.agenda_demo:
        pdfs = agenda_demo(args.agenda_demo, args.paper)
    elif args.pdf:
        pdfs = [args.pdf]
    else:
        parser.error("give a PDF, --bios-demo DIR or --agenda-demo DIR")
    ok = all(check(pdf, args.out if args.pdf else None, args.dpi, args.quiet) for pdf in pdfs)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
