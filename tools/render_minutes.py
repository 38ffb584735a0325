"""Render the non-attributed minutes of the DC roundtable and the Trilateral's second round.

    python tools/render_minutes.py OUTDIR [--dpi 60] [--docs]

In a scratch database it loads the demo (``roundtable.services.demo.load_demo``). Both example
events are on the record in the seed data (the seed pages say nothing of the Chatham House
Rule), so each record is put under the Rule in memory only, never saved. The DC roundtable has
no minutes and no log in the seed data: it is given an illustrative summary and three
discussion entries (one about two linked panelists, one naming a panelist in its text), and the
second round keeps its own. Before each PDF the texts the export would warn about are printed
(``services.attribution.naming_texts``); then they are rephrased as staff would (by hand:
:data:`REPHRASED`), and the minutes written non-attributed. Every page is rendered with
``pdftoppm -r DPI -png`` as ``minutes-nonattributed-<event>-<n>.png``, with what ``pdffonts``
says and the start of what ``pdftotext`` reads. ``--docs`` copies the pages into
``docs/screenshots``. Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DC = "dc-policy-forum-russia-us-japan-alliance-2018"
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
DC_SUMMARY = """\
The panel discussed how Russia figures in the US-Japan Alliance, beyond the challenges posed \
by China and North Korea.

Russia and the Alliance

A US scholar argued that Washington and Tokyo remain out of step on Russia; a Japanese \
participant stressed Tokyo's interest in a peace treaty and the Northern Territories."""


def dc_log(event):  # -> EventLog
    """Three illustrative entries of the DC roundtable's discussion (the seed has no log)."""
    from roundtable.domain.enums import LogCategory
    from roundtable.domain.log import EventLog, LogEntryRecord

    people = {p.person.family_name: p.person.id for p in event.participants}
    at = datetime(2018, 2, 26, 15, 45, tzinfo=UTC)  # 10:45 in Washington
    return EventLog([
        LogEntryRecord(at=at, text="Panelists compared Russia's place in US and Japanese "
                       "strategy.", person_ids=[people["Rojansky"], people["Iwashita"]]),
        LogEntryRecord(at=at.replace(minute=58), text="Golunov noted the cross-border "
                       "economic ties in the Russian Far East.", person_ids=[people["Golunov"]]),
        LogEntryRecord(at=at.replace(hour=16, minute=40), text="Circulate the panel's reading "
                       "list to participants.", category=LogCategory.ACTION_ITEM),
    ])  # fmt: skip


# What staff would write instead of each text the warning lists, by how the text starts.
REPHRASED = {
    "Golunov noted": "A Japanese scholar noted the cross-border economic ties in the Russian "
    "Far East.",
    "Japanese Ambassador to Russia": "The heads of the Japanese and Russian delegations opened "
    "the event.",
}


def rephrased(event, log):  # -> EventLog
    """The entries the warning lists, rephrased as staff would (:data:`REPHRASED`)."""
    from roundtable.domain.log import EventLog
    from roundtable.services.attribution import naming_texts

    listed = {id(f.entry) for f in naming_texts(event, log.entries) if f.entry is not None}
    entries = []
    for entry in log.entries:
        if id(entry) in listed:
            start = next(key for key in REPHRASED if entry.text.startswith(key))
            entry = replace(entry, text=REPHRASED[start])
        entries.append(entry)
    return EventLog(entries, log.changes)


def render(pdf: Path, out: Path, dpi: int) -> list[Path]:
    with tempfile.TemporaryDirectory() as scratch:
        prefix = Path(scratch) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
        pages = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1]))
        made = []
        for number, page in enumerate(pages, start=1):
            target = out / f"{pdf.stem}-{number}.png"
            shutil.move(str(page), target)
            made.append(target)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--docs", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from roundtable.domain.enums import Attribution
    from roundtable.pdf.log_pdf import export_minutes_pdf
    from roundtable.services.attribution import naming_texts
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store
    from tools.render_seating_chart import fonts_line

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(str(Path(scratch) / "demo.sqlite3"), daily_backup=False)
        try:
            load_demo(store)
            made = {}
            for slug, name in ((DC, "dc"), (ROUND_2, "trilateral-2")):
                event = store.get_event(store.resolve_event(slug))
                log = store.event_log(event.id)
                if slug == DC:
                    event, log = replace(event, summary=DC_SUMMARY), dc_log(event)
                made[name] = (replace(event, attribution=Attribution.CHATHAM_HOUSE), log)
        finally:
            store.close()
    pngs: list[Path] = []
    for name, (event, log) in made.items():
        print(f"{name}: texts naming a participant, rephrased before writing:")
        for found in naming_texts(event, log.entries):
            print(f"  {found.at or 'minutes'}: {found.excerpt}")
        pdf = args.outdir / f"minutes-nonattributed-{name}.pdf"
        export_minutes_pdf(event, pdf, paper="letter" if name == "dc" else "a4",
                           log=rephrased(event, log), non_attributed=True)  # fmt: skip
        pages = render(pdf, args.outdir, args.dpi)
        pngs += pages
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        print(f"  {pdf.name}: {len(pages)} page(s); {fonts_line(pdf)}")
        print("  " + " ".join(text.split())[:300])
    if args.docs:
        for png in pngs:
            shutil.copyfile(png, ROOT / "docs" / "screenshots" / png.name)
            print(f"docs/screenshots/{png.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
