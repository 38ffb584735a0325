"""Render the first page of name cards, agenda, seating chart and log of the demo DC event,
its people renamed to tests/data/world_names.csv (Arabic, Persian, Hebrew, Hindi, Bengali,
...), as PNG pages in docs/screenshots/print-scripts-*.png.

    python tools/render_world_scripts.py [CHUNK]   (needs pdftoppm)
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from roundtable.cli import main as cli
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
DC = "dc-policy-forum-russia-us-japan-alliance-2018"


def main() -> None:
    chunk = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    rows = list(csv.DictReader((ROOT / "tests/data/world_names.csv").open(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "world.sqlite3"
        store = Store.open(str(db), daily_backup=False)
        try:
            load_demo(store)
            event = store.get_event(store.resolve_event(DC))
            count = len(event.participants)
            for participation, row in zip(
                event.participants, rows[chunk * count : (chunk + 1) * count], strict=False
            ):
                person = participation.person
                person.given_name, person.family_name = row["given_name"], row["family_name"]
                person.native_name = person.patronymic = ""
                store.save_person(person)
        finally:
            store.close()
        kinds = (
            ("namecards", "agenda", "bios", "seating", "log")
            if chunk == 0
            else ("namecards", "bios")
        )
        for kind in kinds:
            pdf = Path(folder) / f"{kind}.pdf"
            assert cli(["--db", str(db), "export", kind, DC, "-o", str(pdf)]) == 0
            suffix = f"-{chunk}" if chunk else ""
            out = ROOT / "docs" / "screenshots" / f"print-scripts-{kind}{suffix}"
            page = "2" if kind == "bios" else "1"  # the booklet's first page is its cover
            subprocess.run(
                ["pdftoppm", "-r", "60", "-png", "-f", page, "-l", page, "-singlefile", pdf, out],
                check=True,
            )
            print(f"{out}.png")


if __name__ == "__main__":
    main()
