"""Render the sign-in sheet to look at: the DC roundtable and the Trilateral's second round.

    python tools/render_signin.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``) and writes
each event's sign-in sheet (the event's own paper: Letter for Washington, A4 for the
Trilateral), renders every page with ``pdftoppm -r DPI -png`` as ``signin-<event>-<n>.png``
and prints what ``pdffonts`` says (every font embedded, none Helvetica) with the start of the
text ``pdftotext`` reads. ``--docs`` copies each first page into ``docs/screenshots`` as
``signin-<event>.png``. Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS = {
    "dc": "dc-policy-forum-russia-us-japan-alliance-2018",
    "trilateral": "us-japan-russia-trilateral-round-2-2017",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUTDIR")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true", help="copy the first pages to the docs")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from roundtable.pdf.kind_signin import SIGNIN
    from roundtable.pdf.signin import expected
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store
    from tools.render_log_pdf import render, report

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        load_demo(store)
        events = {name: store.get_event(store.resolve_event(slug)) for name, slug in EVENTS.items()}
        store.close()
    for name, event in events.items():
        pdf = args.out / f"signin-{name}.pdf"
        SIGNIN.export(event, str(pdf), SIGNIN.options(), None)
        print(f"{event.title}: {len(expected(event))} expected")
        report(pdf, render(pdf, args.out, args.dpi))
        if args.docs:
            shutil.copyfile(args.out / f"signin-{name}-1.png",
                            ROOT / "docs" / "screenshots" / f"signin-{name}.png")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
