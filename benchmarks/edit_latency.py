"""How long one edit takes, through the same path the GUI uses: command, store, and the refresh
of the view that shows it.

Not a test (times depend on the machine): one JSON object per line is printed, to be recorded
in ``benchmarks/README.md``. ``tests/test_benchmarks.py`` runs it at a tiny size so it never rots.

The event is built to the sizes given (by default 300 participants, 300 agenda items over 3 days
and a 200-seat plan with 200 people seated), in a scratch SQLite file, or in the database given
with ``--db`` (a PostgreSQL URL for team mode: the event is created there and deleted after).
Then a main window (Qt "offscreen" unless ``--platform``) shows the event on the tab each edit is
made in, and each edit is timed from the call the widget makes (a cell committed, a seat
dropped, the event dialog accepted) until the call returns: the command has run, the store has
written, and the visible view's models are refreshed (``median_ms``). ``painted_median_ms`` adds
the repaint Qt does next (``processEvents``), which depends on the window's size and platform:

* ``duration``: an agenda item's duration set in the Agenda tab (as typing it in the cell);
* ``seat_swap``: two seated people swapped in the Seating tab (as dropping one on the other);
* ``role``: a participant's role changed in the Participants tab (as choosing it in the cell);
* ``title``: the event's title changed in the Edit event dialog, from the moment it returns.

Usage::

    python benchmarks/edit_latency.py
    python benchmarks/edit_latency.py --participants 30 --items 30 --seats 20 --runs 3
    python benchmarks/edit_latency.py --db postgresql+psycopg://localhost/roundtable
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock
from pathlib import Path


def build_event(store, participants: int, items: int, days: int, seats: int) -> int:
    """An event of the given size; returns its id."""
    from roundtable.domain.enums import AgendaItemKind, ParticipantRole, TableShape
    from roundtable.domain.records import (
        AffiliationRecord,
        AgendaItemRecord,
        AgendaSpeakerRecord,
        DayRecord,
        EventRecord,
        OrganisationRecord,
        ParticipationRecord,
        PersonRecord,
    )
    from roundtable.domain.seating import SeatingPlanRecord, SeatRecord

    stamp = time.time_ns()
    organisations = [OrganisationRecord(name=f"Institute {i} {stamp}") for i in range(20)]
    people = [
        PersonRecord(
            given_name=f"Given{i}",
            family_name=f"Family{i}",
            native_name=f"Имя{i}",
            affiliations=[AffiliationRecord(organisations[i % 20], "Fellow")],
        )
        for i in range(participants)
    ]
    delegations = ["Alpha", "Beta", "Gamma"]
    event = EventRecord(
        title=f"Edit latency {stamp}",
        start_date=date(2027, 3, 1),
        end_date=date(2027, 3, max(days, 1)),
        timezone="Europe/Moscow",
        participants=[
            ParticipationRecord(
                person=person,
                role=ParticipantRole.PARTICIPANT,
                delegation=delegations[i % 3],
                precedence=i + 1,
            )
            for i, person in enumerate(people)
        ],
    )
    saved = store.save_event(event)
    participation_ids = [p.id for p in saved.participants]
    per_day = [items // days + (1 if d < items % days else 0) for d in range(days)]
    saved.days = [
        DayRecord(
            day_date=date(2027, 3, d + 1),
            slot_start=clock(9, 0),
            slot_end=clock(18, 0),
            items=[
                AgendaItemRecord(
                    title=f"Session {d + 1}.{n + 1}",
                    duration_minutes=5,
                    kind=AgendaItemKind.SESSION,
                    speakers=[
                        AgendaSpeakerRecord(participation_ids[(d * 97 + n) % participants], 3)
                    ]
                    if participation_ids
                    else [],
                )
                for n in range(per_day[d])
            ],
        )
        for d in range(days)
    ]
    if seats:
        saved.seating_plans = [
            SeatingPlanRecord(
                name="Plenary",
                shape=TableShape.CLASSROOM,
                seat_count=seats,
                seats_per_side=10,
                rows=(seats + 9) // 10,
                seats=[
                    SeatRecord(number=n + 1, participation_id=participation_ids[n])
                    for n in range(min(seats, participants))
                ],
            )
        ]
    saved = store.save_event(saved)
    assert saved.id is not None
    return saved.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--items", type=int, default=300, help="agenda items, over --days")
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--seats", type=int, default=200, help="seats in the plan (all seated)")
    parser.add_argument("--runs", type=int, default=21, help="timed edits of each kind")
    parser.add_argument("--db", default=None, help="a database URL or path (default: scratch)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    parser.add_argument("--profile", metavar="NAME", help="print where the time of NAME goes")
    parser.add_argument("--only", metavar="NAME", action="append", help="time only these edits")
    args = parser.parse_args(argv)
    if min(args.participants, args.items, args.days, args.runs) < 1 or args.seats < 2:
        parser.error("sizes must be at least 1 (and --seats at least 2)")
    if args.seats > args.participants:
        parser.error("--seats cannot exceed --participants (every seat is filled)")
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("ROUNDTABLE_AUTHOR", "benchmark")

    from PySide6.QtCore import QSettings

    from roundtable.domain.enums import ParticipantRole
    from roundtable.gui.common.none_guard import guard_none
    from roundtable.gui.shell.app import application
    from roundtable.gui.shell.main_window import (
        TAB_AGENDA,
        TAB_PARTICIPANTS,
        TAB_SEATING,
        MainWindow,
    )
    from roundtable.store.facade import Store

    guard_none()
    app = application()
    scratch = tempfile.TemporaryDirectory(prefix="roundtable-edit-latency-")
    db = args.db or str(Path(scratch.name) / "edit-latency.sqlite3")
    store = Store.open(db, daily_backup=False)
    event_id = build_event(store, args.participants, args.items, args.days, args.seats)
    settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1400, 900)
    window.show()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def wait_for(ready, what: str) -> None:
        """Process events until ``ready()``: the window shows an event's details a moment
        after its first paint, so a fixed number of rounds is not enough on a busy machine."""
        deadline = time.monotonic() + 60
        while not ready():
            if time.monotonic() > deadline:
                raise SystemExit(f"edit_latency: {what} never happened")
            app.processEvents()
            time.sleep(0.005)

    def shown(view) -> bool:
        current = view._event  # what the tab shows; edits are built on it
        return current is not None and current.id == event_id

    settle()
    window.select_event(event_id)
    wait_for(lambda: getattr(window.overview.current_event, "id", None) == event_id,
             "the event's overview")  # fmt: skip
    settle()

    profiles: dict[str, cProfile.Profile] = {}

    painted: dict[str, list[float]] = {}

    def timed(edit: Callable[[int], float | None], name: str) -> list[float]:
        times: list[float] = []
        if args.only and name not in args.only:
            return times
        profile = profiles.setdefault(name, cProfile.Profile())
        for run in range(args.runs):
            if name == args.profile:
                profile.enable()
            start = time.perf_counter()
            started = edit(run)  # a dialog's edit starts when the dialog returns
            start = started if isinstance(started, float) else start
            done = time.perf_counter()
            settle()
            times.append((done - start) * 1000)
            painted.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            profile.disable()
        return times

    results: dict[str, list[float]] = {}

    # Agenda: the duration of the middle item of the first day, as the cell editor commits it.
    window.event_tabs.setCurrentIndex(TAB_AGENDA)
    wait_for(lambda: window.agenda_view is not None and shown(window.agenda_view), "the agenda")
    agenda = window.agenda_view
    row = agenda.model.rowCount() // 2
    results["duration"] = timed(
        lambda run: agenda.set_value(row, "duration_minutes", 6 + run % 2), "duration"
    )

    # Seating: swap the occupants of two seats, as dropping one seated person on another.
    window.event_tabs.setCurrentIndex(TAB_SEATING)
    wait_for(lambda: window.seating_view is not None and shown(window.seating_view), "seating")
    seating = window.seating_view

    def swap(_run: int) -> None:
        plan = seating.current_plan
        first = plan.seat(1).participation_id
        seating.seat_person(first, args.seats)

    results["seat_swap"] = timed(swap, "seat_swap")

    # Participants: the role of the middle participant, as chosen in the cell.
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    wait_for(lambda: window.participants_view is not None and shown(window.participants_view),
             "the participants")  # fmt: skip
    participants = window.participants_view
    middle = participants.model.participation(participants.model.rowCount() // 2).id
    roles = (ParticipantRole.DISCUSSANT, ParticipantRole.PARTICIPANT)
    results["role"] = timed(
        lambda run: participants.set_value(middle, "role", roles[run % 2]), "role"
    )

    # The event's title, as the Edit event dialog returns it.
    from roundtable.gui.events import event_editor

    titles = iter(f"Edit latency, title {n}" for n in range(args.runs))

    returned: list[float] = []

    def accept_title(_parent, _store, record):
        edited = copy.deepcopy(record)  # what the dialog does as it opens, not timed
        edited.title = next(titles)
        returned.append(time.perf_counter())
        return edited, True

    def edit_title(_run: int) -> float:
        window.edit_event()
        return returned[-1]

    real_dialog = event_editor.get_event
    event_editor.get_event = accept_title
    try:
        results["title"] = timed(edit_title, "title")
    finally:
        event_editor.get_event = real_dialog

    for name, times in results.items():
        if not times:
            continue
        line = {
            "name": name,
            "median_ms": round(statistics.median(times), 2),
            "runs": len(times),
            "painted_median_ms": round(statistics.median(painted[name]), 2),
        }
        print(json.dumps(line), flush=True)

    if args.profile in profiles:
        stats = pstats.Stats(profiles[args.profile], stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(40)

    window.close()
    if args.db:
        store.delete_event(event_id)
    store.close()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
