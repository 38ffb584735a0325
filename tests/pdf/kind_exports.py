"""Every PDF kind exported for one example event, through the kinds table as ``roundtable
export`` does it (read from the store, default options): what tests of the whole set read."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

from roundtable.domain.records import EventRecord
from roundtable.pdf.kinds import KINDS
from roundtable.store.facade import Store

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"  # Kozuki: an ambassador, with a position


def export_every_kind(demo_database: Path, folder: Path) -> tuple[EventRecord, dict[str, Path]]:
    """(the event, {kind key: its PDF}) for the Trilateral's second round."""
    copy = folder / "demo.sqlite3"
    shutil.copyfile(demo_database, copy)
    store = Store.open(str(copy), daily_backup=False)
    try:
        ids = {summary.slug: summary.id for summary in store.list_events()}
        event = store.get_event(ids[ROUND_2])
        paths = {}
        for kind in KINDS:
            prepared = kind.read(store, event)
            paths[kind.key] = folder / f"{kind.key}.pdf"
            assert kind.export(prepared, str(paths[kind.key]), kind.options(), None) is True
        return event, paths
    finally:
        store.close()


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text, NFC, every run of white space one space (lines rewrap anywhere)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True, check=True
    )
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())
