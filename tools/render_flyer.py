"""Render the flyer to look at, for all three example events.

    python tools/render_flyer.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``) and writes
each event's flyer on the event's own paper (Letter for Washington, A4 for the Trilateral),
renders it with ``pdftoppm -r DPI -png`` as ``flyer-<event>-1.png`` and prints what
``pdffonts`` says with the start of the text ``pdftotext`` reads. ``--docs`` copies them
into ``docs/screenshots`` as ``flyer-<event>.png``. Needs poppler-utils.

The demo has no RSVP lines and no logos, so the second round is rendered with an ILLUSTRATIVE
RSVP line and a drawn stand-in logo for its host (in memory only: the database is untouched);
the other two show the flyer as the demo is.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS = {
    "dc": "dc-policy-forum-russia-us-japan-alliance-2018",
    "trilateral-1": "us-japan-russia-trilateral-round-1-2016",
    "trilateral-2": "us-japan-russia-trilateral-round-2-2017",
}
RSVP = "By invitation only. RSVP to events@ncafp.example by 1 March 2017"


def stand_in_logo(text: str) -> bytes:
    """A plain wordmark PNG (an accent square and the initials), standing in for a logo."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, 119, 119), fill=(31, 78, 121, 255))
    draw.text((140, 40), text, fill=(26, 26, 26, 255), font_size=44)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUTDIR")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true", help="copy the pages to the docs")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from roundtable.pdf.kind_flyer import FLYER, FlyerData, read_flyer
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store
    from tools.render_log_pdf import render, report

    args.out.mkdir(parents=True, exist_ok=True)
    data: dict[str, FlyerData] = {}
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        load_demo(store)
        for name, slug in EVENTS.items():
            data[name] = read_flyer(store, store.get_event(store.resolve_event(slug)))
        store.close()
    second = data["trilateral-2"]
    host = second.event.organisations[0].organisation
    assert host.id is not None
    logos = {**second.logos, host.id: stand_in_logo(host.short_name or "LOGO")}
    data["trilateral-2"] = FlyerData(replace(second.event, rsvp=RSVP), second.photos, logos)
    for name, prepared in data.items():
        pdf = args.out / f"flyer-{name}.pdf"
        FLYER.export(prepared, str(pdf), FLYER.options(), None)
        pages = render(pdf, args.out, args.dpi)
        report(pdf, pages)
        if args.docs:
            shutil.copyfile(args.out / f"flyer-{name}-1.png",
                            ROOT / "docs" / "screenshots" / f"flyer-{name}.png")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
