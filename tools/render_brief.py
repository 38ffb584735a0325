"""Render the moderator's brief to look at: the DC roundtable and the Trilateral's second round.

    python tools/render_brief.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``) and writes
each event's brief on the event's own paper (Letter for Washington, A4 for the Trilateral),
renders every page with ``pdftoppm -r DPI -png`` as ``brief-<event>-<n>.png`` and prints what
``pdffonts`` says (every font embedded, none Helvetica) with the start of the text
``pdftotext`` reads. ``--docs`` copies the pages into ``docs/screenshots`` (``brief-dc-<n>.png``,
``brief-trilateral-2-<n>.png``). Needs poppler-utils.

The demo records neither event's rule of the room, house rules or how a name is said, so
the Trilateral's brief is rendered with ILLUSTRATIVE ones (``ILLUSTRATION`` below, in memory
only: the database is untouched) to show those parts; the DC brief is the demo as it is, and
shows what a brief says when they are missing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS = {
    "dc": "dc-policy-forum-russia-us-japan-alliance-2018",
    "trilateral-2": "us-japan-russia-trilateral-round-2-2017",
}
ILLUSTRATION = {
    "house_rules": "No recording or photography during the sessions.\n"
    "Press may attend the opening remarks only.\n"
    "Phones on silent; interpretation on channel 2 (Russian) and 3 (Japanese).",
    "pronunciation": {
        "Kozuki": "toh-yoh-HEE-sah koh-ZOO-kee",
        "Kortunov": "an-DRAY kar-TOO-nov",
    },
}


def illustrated(event):
    """The Trilateral under the Chatham House Rule with house rules and two pronunciations."""
    from roundtable.domain.enums import Attribution

    said = ILLUSTRATION["pronunciation"]
    assert isinstance(said, dict)
    participants = [
        replace(p, person=replace(p.person, pronunciation=said.get(p.person.family_name, "")))
        for p in event.participants
    ]
    return replace(event, attribution=Attribution.CHATHAM_HOUSE,
                   house_rules=ILLUSTRATION["house_rules"], participants=participants)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUTDIR")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true", help="copy the pages to the docs")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from roundtable.pdf.kind_brief import BRIEF
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store
    from tools.render_log_pdf import render, report

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        load_demo(store)
        events = {name: store.get_event(store.resolve_event(slug)) for name, slug in EVENTS.items()}
        store.close()
    events["trilateral-2"] = illustrated(events["trilateral-2"])
    for name, event in events.items():
        pdf = args.out / f"brief-{name}.pdf"
        BRIEF.export(event, str(pdf), BRIEF.options(), None)
        pages = render(pdf, args.out, args.dpi)
        report(pdf, pages)
        if args.docs:
            for number in range(1, pages + 1):
                png = f"brief-{name}-{number}.png"
                shutil.copyfile(args.out / png, ROOT / "docs" / "screenshots" / png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
