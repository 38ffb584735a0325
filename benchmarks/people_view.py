"""How quickly the People view loads, filters and sorts 5,000 people (or ``--people``).

Not a test (times depend on the machine): the numbers are printed, to be recorded alongside the
start-up figures. Uses a database built by ``startup.py``'s generator (by default 200 events,
5,000 people with names in six scripts; ``--events`` and ``--people`` choose another size, from
a handful to 50,000 and more), copied to a scratch folder so the shared file is never migrated
or changed. Without ``--db`` the database is cached in the temporary folder, one per size.

Usage::

    python benchmarks/people_view.py                 # offscreen, 5 repetitions
    python benchmarks/people_view.py --runs 9 --db /tmp/big.sqlite3
    python benchmarks/people_view.py --events 2000 --people 50000
    xvfb-run -a python benchmarks/people_view.py --platform xcb

After the table it prints one JSON line per figure,
``{"name": ..., "median_ms": ..., "runs": ..., "label": ..., "people": ...}``: ``first_show``,
``reload``, ``filter<N>_keystroke_mean`` and ``filter<N>_keystroke_max`` (with the ``filter``
typed), ``filter_clear``, ``sort_column<N>`` (with the ``column``), ``select_person``, ``scroll``.

Measured, each as the median of the repetitions, including the repaint Qt does afterwards:

* first show: switching the main window to People the first time (query, model, view, page);
* reload: re-reading the directory into a view already shown (after a change elsewhere);
* each keystroke of a few filters typed letter by letter, in Latin, Cyrillic and Hangul;
* sorting by every column; selecting a person (their page: three queries and the HTML);
* scrolling from the top to the bottom of the list.
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
FILTERS = ("kozuki", "кузнецов", "김민", "university tokyo")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sys.path.insert(0, str(HERE))
    import startup  # the database builder

    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="the database to use, built with startup.py's generator if missing (default: one "
        "per size in the temporary folder)",
    )
    parser.add_argument("--events", type=int, default=startup.DEFAULT_EVENTS)
    parser.add_argument("--people", type=int, default=startup.DEFAULT_PEOPLE)
    parser.add_argument(
        "--regenerate", action="store_true", help="rebuild the database even if it exists"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)
    if args.events < 1 or args.people < 1:
        parser.error("--events and --people must be at least 1")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    os.environ["QT_QPA_PLATFORM"] = args.platform

    source = args.db
    if source is None:
        default_size = (args.events, args.people) == (
            startup.DEFAULT_EVENTS,
            startup.DEFAULT_PEOPLE,
        )
        source = (
            startup.DEFAULT_DB
            if default_size
            else Path(tempfile.gettempdir())
            / f"roundtable-benchmark-{args.events}-events-{args.people}-people.sqlite3"
        )
    startup.ensure_database(source, args.events, args.people, args.regenerate)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from roundtable.gui.shell.app import application
    from roundtable.gui.shell.main_window import MODE_EVENTS, MODE_PEOPLE, MainWindow
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

    results: dict[str, list[float]] = {}
    labels: dict[str, str] = {}
    extras: dict[str, dict[str, str]] = {}

    def record(name: str, label: str, value: float, **extra: str) -> None:
        """``name`` for the JSON line, ``label`` for the table."""
        results.setdefault(name, []).append(value)
        labels[name] = label
        extras[name] = extra

    def measure_view(view) -> None:
        """One repetition on a People view just shown for the first time."""
        assert view is not None and view.model.rowCount() == people
        record("reload", "reload (after a change)", timed(view.reload))
        clears = []
        for number, text in enumerate(FILTERS, start=1):
            times = []
            for end in range(1, len(text) + 1):
                times.append(timed(lambda t=text[:end]: view.filter_edit.setText(t)))
            record(
                f"filter{number}_keystroke_mean",
                f"filter “{text}”, per keystroke (mean)",
                statistics.mean(times),
                filter=text,
            )
            record(
                f"filter{number}_keystroke_max",
                f"filter “{text}”, slowest keystroke",
                max(times),
                filter=text,
            )
            clears.append(timed(view.filter_edit.clear))
        record("filter_clear", "clear the filter (mean of the filters)", statistics.mean(clears))
        descending = Qt.SortOrder.DescendingOrder
        for column in range(view.model.columnCount()):
            name = view.model.headerData(column, Qt.Orientation.Horizontal)
            record(
                f"sort_column{column}",
                f"sort by {name}",
                timed(lambda c=column: view.table.sortByColumn(c, descending)),
                column=str(name),
            )
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        settle()
        target = view.proxy.person_id(view.proxy.rowCount() // 2)
        record(
            "select_person", "select a person (page)", timed(lambda: view.select_people([target]))
        )
        bar = view.table.verticalScrollBar()
        record("scroll", "scroll top to bottom", timed(lambda: bar.setValue(bar.maximum())))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "people.sqlite3"
        shutil.copy(source, path)
        store = Store.open(str(path), daily_backup=False)
        people = store.count_people()
        for _run in range(args.runs):
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            settings.clear()
            window = MainWindow(store, settings)
            window.resize(1280, 800)
            window.show()
            settle()
            record(
                "first_show",
                "first show of the People view",
                timed(lambda w=window: w.set_mode(MODE_PEOPLE)),
            )
            measure_view(window.people_view)
            window.set_mode(MODE_EVENTS)
            window.close()
            window.deleteLater()
            settle()
        store.close()

    print(f"People view with {people:,} people, {args.runs} runs, Qt platform {args.platform}")
    print(f"{'':46} median    min    max  (ms)")
    for name, values in results.items():
        print(
            f"{labels[name]:46} {statistics.median(values):6.1f} {min(values):6.1f} "
            f"{max(values):6.1f}"
        )
    for name, values in results.items():
        line = {
            "name": name,
            "median_ms": round(statistics.median(values), 2),
            "runs": len(values),
            "label": labels[name],
            **extras[name],
            "people": people,
            "platform": args.platform,
        }
        print(json.dumps(line), flush=True)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
