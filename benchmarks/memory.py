"""Peak memory with every view opened, at 200 events / 5,000 people (or ``--events``,
``--people``).

Not a test (memory depends on the platform and the libraries): the numbers are printed, to be
recorded alongside the start-up figures. Uses a database built by ``startup.py``'s generator,
cached in the temporary folder, one per size (the same files ``people_view.py`` uses); each run
works on a scratch copy.

Usage::

    python benchmarks/memory.py                      # 3 runs, Qt "offscreen"
    python benchmarks/memory.py --events 2000 --people 50000 --runs 5

Each run is a fresh ``python`` process (so nothing measured before is still in memory) with its
settings in a scratch ``XDG_CONFIG_HOME``, as ``startup.py`` launches the app. In it, the main
window opens on the database (1280 × 800) and every view is opened in turn, as a user would
walk through them: the events list, the selected event's Overview, Participants, Agenda,
Seating and Log tabs, the People view, a person's page, and the print dialog's agenda preview.
After each step: the process's resident memory (RSS) and its peak so far (``ru_maxrss``).

JSON lines: one per step, ``{"name": "rss_<step>", "median_ms": null, "rss_mb": ...,
"peak_mb": ..., "runs": ...}`` (medians over the runs), then ``{"name": "peak_rss_all_views",
"peak_mb": ..., "runs": ...}``: the median of the runs' peaks once every view of the window is
open (the events list, each tab, the People view and a person's page), the figure issue 19 sets
a goal for (at most 250 MB at 2,000 events / 50,000 people); and ``peak_rss_with_print_preview``,
the peak after the print dialog's preview too (reportlab, and the fonts the event's names need:
the CJK ones are large).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = (
    ("started", "imports, database open"),
    ("events_list", "main window, events list"),
    ("overview", "selected event's Overview"),
    ("participants", "Participants tab"),
    ("agenda", "Agenda tab"),
    ("seating", "Seating tab"),
    ("log", "Log tab"),
    ("people_view", "People view"),
    ("person_page", "a person's page"),
    ("print_dialog", "print dialog, agenda preview"),
)
VIEWS_DONE = "person_page"
"""The last of the window's views; the print preview after it is a dialog, reported apart."""
TIMEOUT_S = 60.0


def rss_mb() -> float:
    """The resident set now (Linux: /proc), else the peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes there, KiB here


def child(db: Path) -> int:
    """One run: open every view in turn, printing one JSON line per step."""

    def report(step: str) -> None:
        print(json.dumps({"step": step, "rss_mb": rss_mb(), "peak_mb": peak_mb()}), flush=True)

    from PySide6.QtCore import QSettings

    from roundtable.gui.shell.app import application
    from roundtable.gui.shell.main_window import (
        MODE_EVENTS,
        MODE_PEOPLE,
        TAB_AGENDA,
        TAB_LOG,
        TAB_PARTICIPANTS,
        TAB_SEATING,
        MainWindow,
    )
    from roundtable.store.facade import Store

    app = application()

    def settle(until=lambda: True, what: str = "") -> None:
        deadline = time.monotonic() + TIMEOUT_S
        app.processEvents()
        while not until():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.005)
        for _ in range(3):
            app.processEvents()

    store = Store.open(str(db), daily_backup=False)
    settings = QSettings()
    report("started")

    window = MainWindow(store, settings)
    window.resize(1280, 800)
    window.show()
    settle()
    report("events_list")

    settle(lambda: window.overview.current_event is not None, "the event's details")
    report("overview")

    tabs = (
        ("participants", TAB_PARTICIPANTS, lambda: window.participants_view),
        ("agenda", TAB_AGENDA, lambda: window.agenda_view),
        ("seating", TAB_SEATING, lambda: window.seating_view),
        ("log", TAB_LOG, lambda: window.log_view),
    )
    for step, tab, view in tabs:
        window.event_tabs.setCurrentIndex(tab)
        settle(lambda v=view: v() is not None, step)
        report(step)

    window.set_mode(MODE_PEOPLE)
    settle(lambda: window.people_view is not None, "the People view")
    people = window.people_view
    assert people is not None
    report("people_view")
    if people.proxy.rowCount():
        people.select_people([people.proxy.person_id(people.proxy.rowCount() // 2)])
    settle()
    report("person_page")

    window.set_mode(MODE_EVENTS)
    event = window.overview.current_event
    from roundtable.gui.printing.print_dialog import PrintDialog
    from roundtable.gui.printing.print_kinds import PrintContext
    from roundtable.gui.printing.printables import all_kinds

    dialog = PrintDialog(window, PrintContext(store, settings, event), all_kinds(), "agenda")
    dialog.resize(1120, 800)
    dialog.show()
    settle(lambda: dialog.ready_path is not None and not dialog.builder.busy, "the preview")
    report("print_dialog")
    dialog.close()
    window.close()
    settle()
    store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sys.path.insert(0, str(HERE))
    import startup  # the database builder and the launch environment

    startup.add_database_options(parser, runs=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # one run, on this copy
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(args.child)
    source = startup.prepared_database(parser, args)
    events, people = startup.database_counts(source)

    rss: dict[str, list[float]] = {step: [] for step, _label in STEPS}
    peak: dict[str, list[float]] = {step: [] for step, _label in STEPS}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "memory.sqlite3"
        for _run in range(args.runs):
            shutil.copy(source, copy)
            env = startup.app_env(args.platform, Path(tmp) / "config")
            env.pop("ROUNDTABLE_QUIT_AFTER_START")  # this run quits by itself
            result = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(copy)],
                capture_output=True, text=True, env=env, timeout=600, stdin=subprocess.DEVNULL,
            )  # fmt: skip
            if result.returncode != 0:
                raise SystemExit(f"the run failed:\n{result.stderr}")
            for line in result.stdout.splitlines():
                if line.startswith("{"):
                    step = json.loads(line)
                    rss[step["step"]].append(step["rss_mb"])
                    peak[step["step"]].append(step["peak_mb"])

    print(f"Memory with {events:,} events and {people:,} people, {args.runs} runs, "
          f"Qt platform {args.platform} (medians, MB)")  # fmt: skip
    print(f"{'after':32} {'RSS':>7} {'step':>7} {'peak':>7}")
    before = 0.0
    for step, label in STEPS:
        now = statistics.median(rss[step])
        print(f"{label:32} {now:7.1f} {now - before:+7.1f} {statistics.median(peak[step]):7.1f}")
        before = now
    for step, label in STEPS:
        line = {
            "name": f"rss_{step}",
            "median_ms": None,
            "rss_mb": round(statistics.median(rss[step]), 1),
            "peak_mb": round(statistics.median(peak[step]), 1),
            "runs": len(rss[step]),
            "label": label,
            "events": events,
            "people": people,
            "platform": args.platform,
        }
        print(json.dumps(line), flush=True)
    for name, step in (("peak_rss_all_views", VIEWS_DONE), ("peak_rss_with_print_preview",
                                                             STEPS[-1][0])):  # fmt: skip
        summary = {
            "name": name,
            "median_ms": None,
            "peak_mb": round(statistics.median(peak[step]), 1),
            "runs": len(peak[step]),
            "max_mb": round(max(peak[step]), 1),
            "events": events,
            "people": people,
            "platform": args.platform,
        }
        print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
