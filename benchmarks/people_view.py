"""How quickly the People view loads, filters and sorts 5,000 people.

Not a test (times depend on the machine): the numbers are printed, to be recorded alongside the
start-up figures. Uses the database ``startup.py`` builds (200 events, 5,000 people with names
in six scripts), copied to a scratch folder so the shared file is never migrated or changed.

Usage::

    python benchmarks/people_view.py                 # offscreen, 5 repetitions
    python benchmarks/people_view.py --runs 9 --db /tmp/big.sqlite3
    xvfb-run -a python benchmarks/people_view.py --platform xcb

Measured, each as the median of the repetitions, including the repaint Qt does afterwards:

* first show: switching the main window to People the first time (query, model, view, page);
* reload: re-reading the directory into a view already shown (after a change elsewhere);
* each keystroke of a few filters typed letter by letter, in Latin, Cyrillic and Hangul;
* sorting by every column; selecting a person (their page: three queries and the HTML);
* scrolling from the top to the bottom of the list.
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--db", type=Path, default=None, help="the startup.py database to use")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    sys.path.insert(0, str(HERE))
    import startup  # the database builder

    source = args.db or startup.DEFAULT_DB
    startup.ensure_database(source, startup.DEFAULT_EVENTS, startup.DEFAULT_PEOPLE, False)

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

    def record(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)

    def measure_view(view) -> None:
        """One repetition on a People view just shown for the first time."""
        assert view is not None and view.model.rowCount() == people
        record("reload (after a change)", timed(view.reload))
        for text in FILTERS:
            times = []
            for end in range(1, len(text) + 1):
                times.append(timed(lambda t=text[:end]: view.filter_edit.setText(t)))
            record(f"filter “{text}”, per keystroke (mean)", statistics.mean(times))
            record(f"filter “{text}”, slowest keystroke", max(times))
            record("clear the filter", timed(view.filter_edit.clear))
        descending = Qt.SortOrder.DescendingOrder
        for column in range(view.model.columnCount()):
            name = view.model.headerData(column, Qt.Orientation.Horizontal)
            record(
                f"sort by {name}",
                timed(lambda c=column: view.table.sortByColumn(c, descending)),
            )
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        settle()
        target = view.proxy.person_id(view.proxy.rowCount() // 2)
        record("select a person (page)", timed(lambda: view.select_people([target])))
        bar = view.table.verticalScrollBar()
        record("scroll top to bottom", timed(lambda: bar.setValue(bar.maximum())))

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
            record("first show of the People view", timed(lambda w=window: w.set_mode(MODE_PEOPLE)))
            measure_view(window.people_view)
            window.set_mode(MODE_EVENTS)
            window.close()
            window.deleteLater()
            settle()
        store.close()

    print(f"People view with {people:,} people, {args.runs} runs, Qt platform {args.platform}")
    print(f"{'':46} median    min    max  (ms)")
    for name, values in results.items():
        print(f"{name:46} {statistics.median(values):6.1f} {min(values):6.1f} {max(values):6.1f}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
