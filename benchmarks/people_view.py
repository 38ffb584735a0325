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
typed), ``filter_keystroke`` (the median of every keystroke of every filter and run, the
issue's figure, with ``max_ms`` and ``keystrokes``), ``filter_clear``, ``sort_column<N>`` (with
the ``column``), ``select_person``, ``scroll``, and ``first_show_memory`` (how much the
process's peak resident memory grew when the view was first shown: ``mb``, with ``median_ms``
null; Linux and macOS only).

Measured, each as the median of the repetitions, including the repaint Qt does afterwards:

* first show: switching the main window to People the first time (query, model, view, page);
* reload: re-reading the directory into a view already shown (after a change elsewhere);
* each keystroke of a few filters typed letter by letter into the filter box (key events, as
  a user types), in Latin, Cyrillic and Hangul, after the list has been on screen for half a
  second (the view folds the filter's texts meanwhile, as it does while a user reads);
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

    startup.add_database_options(parser, runs=5)
    args = parser.parse_args(argv)
    source = startup.prepared_database(parser, args)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from roundtable.gui.shell.app import application
    from roundtable.gui.shell.main_window import MODE_EVENTS, MODE_PEOPLE, MainWindow
    from roundtable.store.facade import Store

    app = application()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def idle(seconds: float = 1.0) -> None:
        """Let the main window finish what it defers after start-up (the first event's
        overview, fonts) so that the first show measures the People view alone."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        settle()
        return (time.perf_counter() - start) * 1000

    results: dict[str, list[float]] = {}
    labels: dict[str, str] = {}
    extras: dict[str, dict[str, object]] = {}

    def record(name: str, label: str, value: float, **extra: str) -> None:
        """``name`` for the JSON line, ``label`` for the table."""
        results.setdefault(name, []).append(value)
        labels[name] = label
        extras[name] = extra

    keystrokes: list[float] = []

    def type_key(widget, char: str) -> None:
        """A key pressed and released, as a keyboard sends it (QTest.keyClicks only knows
        ASCII)."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)

    def measure_view(view) -> None:
        """One repetition on a People view just shown for the first time."""
        assert view is not None and view.model.rowCount() == people
        record("reload", "reload (after a change)", timed(view.reload))
        idle(0.5)
        clears = []
        for number, text in enumerate(FILTERS, start=1):
            times = []
            for char in text:
                times.append(timed(lambda c=char: type_key(view.filter_edit, c)))
            assert view.filter_edit.text() == text
            keystrokes.extend(times)
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

    memory_growth: list[float] = []
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
            idle()
            peak = peak_mb()
            record(
                "first_show",
                "first show of the People view",
                timed(lambda w=window: w.set_mode(MODE_PEOPLE)),
            )
            if peak is not None and _run == 0:  # later runs reuse memory freed by the first
                memory_growth.append(peak_mb() - peak)
            measure_view(window.people_view)
            window.set_mode(MODE_EVENTS)
            window.close()
            window.deleteLater()
            settle()
        store.close()

    # The median of every keystroke, not of the runs' figures.
    results["filter_keystroke"] = keystrokes
    labels["filter_keystroke"] = "filter, every keystroke"
    extras["filter_keystroke"] = {"max_ms": round(max(keystrokes), 2),
                                  "keystrokes": len(keystrokes)}  # fmt: skip
    print(f"People view with {people:,} people, {args.runs} runs, Qt platform {args.platform}")
    print(f"{'':46} median    min    max  (ms)")
    for name, values in results.items():
        print(
            f"{labels[name]:46} {statistics.median(values):6.1f} {min(values):6.1f} "
            f"{max(values):6.1f}"
        )
    if memory_growth:
        print(f"{'peak memory added by the first show (MB)':46} {memory_growth[0]:6.1f}")
    for name, values in results.items():
        line = {
            "name": name,
            "median_ms": round(statistics.median(values), 2),
            "runs": args.runs,
            "label": labels[name],
            **extras[name],
            "people": people,
            "platform": args.platform,
        }
        print(json.dumps(line), flush=True)
    if memory_growth:
        line = {"name": "first_show_memory", "median_ms": None, "runs": 1,
                "mb": round(memory_growth[0], 1), "people": people,
                "platform": args.platform}  # fmt: skip
        print(json.dumps(line), flush=True)
    QApplication.processEvents()
    return 0


def peak_mb() -> float | None:
    """The process's peak resident memory so far, in MB (None where ``resource`` is
    missing, on Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes or KiB


if __name__ == "__main__":
    sys.exit(main())
