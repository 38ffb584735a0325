"""How quickly the events list filters as a user types, at 200 events (or ``--events``).

Not a test (times depend on the machine): the numbers are printed, to be recorded alongside the
start-up figures. Uses a database built by ``startup.py``'s generator (by default 200 events,
5,000 people; ``--events`` and ``--people`` choose another size), copied to a scratch folder so
the shared file is never migrated or changed. Without ``--db`` the database is cached in the
temporary folder, one per size (the same files ``people_view.py`` uses).

Usage::

    python benchmarks/events_view.py                 # offscreen, 5 repetitions
    python benchmarks/events_view.py --events 2000 --people 50000 --runs 7
    xvfb-run -a python benchmarks/events_view.py --platform xcb

Each repetition opens the main window (1280 × 800), then types each of a few five-letter words
into the real filter box, one key press at a time (``QTest.keyClick``, so the box's own key
handling runs), and clears the box after each word. A keystroke is timed from the key press to
the end of the event processing that follows it, the list's repaint included. Figures:
``filter_keystroke`` (median over every keystroke of every repetition, with ``max_ms``), one
``filter_<word>`` per word (its keystrokes' median), and ``filter_clear`` (emptying the box:
every series back, the folded ones still folded). One JSON line per figure,
``{"name": ..., "median_ms": ..., "runs": ..., "events": ..., "people": ...}``, after the table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = ("trila", "seoul", "water", "round", "marit")
"""Five letters each: a series, a city, a topic, a word in almost every title, a rare one."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sys.path.insert(0, str(HERE))
    import startup  # the database builder

    startup.add_database_options(parser, runs=5)
    args = parser.parse_args(argv)
    source = startup.prepared_database(parser, args)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from roundtable.gui.shell.app import application
    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.store.facade import Store

    app = application()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        settle()
        return (time.perf_counter() - start) * 1000

    keystrokes: list[float] = []
    per_word: dict[str, list[float]] = {word: [] for word in WORDS}
    clears: list[float] = []

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.sqlite3"
        shutil.copy(source, path)
        store = Store.open(str(path), daily_backup=False)
        events = len(store.list_events())
        people = store.count_people()
        for _run in range(args.runs):
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            settings.clear()
            window = MainWindow(store, settings)
            window.resize(1280, 800)
            window.show()
            window.activateWindow()
            settle()
            # Let the selected event's details (a timer after the first paint) come in first.
            QTest.qWait(100)
            settle()
            edit = window.filter_edit
            edit.setFocus()
            for word in WORDS:
                for letter in word:
                    took = timed(lambda c=letter, e=edit: QTest.keyClick(e, c))
                    keystrokes.append(took)
                    per_word[word].append(took)
                clears.append(timed(edit.clear))
            assert window.events_pane.visible_event_ids(), "the list is empty after clearing"
            window.close()
            window.deleteLater()
            settle()
        store.close()

    rows = [
        ("filter_keystroke", "filter, per keystroke (all words)", keystrokes, {}),
        *(
            (f"filter_{word}", f"filter “{word}”, per keystroke", times, {"filter": word})
            for word, times in per_word.items()
        ),
        ("filter_clear", "clear the filter", clears, {}),
    ]
    print(
        f"Events list with {events:,} events and {people:,} people, {args.runs} runs, "
        f"Qt platform {args.platform}"
    )
    print(f"{'':40} median    min    max  (ms)")
    for _name, label, values, _extra in rows:
        print(f"{label:40} {statistics.median(values):6.1f} {min(values):6.1f} {max(values):6.1f}")
    for name, label, values, extra in rows:
        line = {
            "name": name,
            "median_ms": round(statistics.median(values), 2),
            "runs": len(values),
            "max_ms": round(max(values), 2),
            "label": label,
            **extra,
            "events": events,
            "people": people,
            "platform": args.platform,
        }
        print(json.dumps(line), flush=True)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
