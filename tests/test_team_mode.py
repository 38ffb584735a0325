"""Edits as changes, on SQLite and on PostgreSQL: two stores on one database (two windows, the
command line and a window, two users) never erase each other's work.

Each scenario of issue 13 is here: an open event dialog while the command line imports people;
two stores editing different parts of one event at once, round after round; undo after someone
else's change; a change built on what someone else has changed since, refused with nothing
written; and every store learning what the others wrote.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path

import pytest
from cli_helpers import run_db
from sqlalchemy import text

from roundtable.domain.edits.agenda import RemoveAgendaItems, SetItemFields
from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.edits.participants import AddParticipants, RemoveParticipants
from roundtable.domain.edits.seating import SeatState, SetSeats
from roundtable.domain.enums import ChangeArea
from roundtable.domain.parts import Part
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.errors import ConflictError, UserError
from roundtable.services.demo import load_demo
from roundtable.services.edits.event import event_edit
from roundtable.store.facade import Store
from roundtable.store.recorder import StaleError

pytestmark = pytest.mark.both_backends

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
ROUNDS = 50
VOLATILE = {"updated_at", "revision"}
BOOKKEEPING = {"change_feed", "store_state", "event_change", "alembic_version"}


@pytest.fixture
def alice(database):
    store = Store.open(database, daily_backup=False)
    store.author = "Alice"
    load_demo(store)
    yield store
    store.close()


@pytest.fixture
def bob(alice, database):
    store = Store.open(database, daily_backup=False)
    store.author = "Bob"
    yield store
    store.close()


def dump(store: Store) -> dict:
    """Every row of every table the user's data lives in, to compare before and after."""
    out = {}
    with store.engine.connect() as c:
        tables = [t for t in store.engine.dialect.get_table_names(c) if t not in BOOKKEEPING]
        for table in sorted(tables):
            rows = c.execute(text(f'SELECT * FROM "{table}" ORDER BY id')).mappings().all()
            out[table] = [{k: v for k, v in r.items() if k not in VOLATILE} for r in rows]
    return out


def people(n: int, prefix: str) -> tuple[ParticipationRecord, ...]:
    return tuple(
        ParticipationRecord(PersonRecord(given_name=f"{prefix}{i}", family_name="Tester"))
        for i in range(n)
    )


# -- an open dialog and the command line (run in this process: a Store of its own) -----------


def test_an_open_event_dialog_keeps_what_the_command_line_imported(alice, database, tmp_factory):
    event_id = alice.resolve_event(DC)
    before = alice.get_event(event_id)
    seated = before.seating_plans[0].occupants()
    # The dialog opens on the event as it is now...
    opened = alice.get_event(event_id, parts=(Part.EVENT, Part.AGENDA))
    # ...the command line adds 50 people meanwhile...
    csv = tmp_factory / "fifty.csv"
    csv.write_text("Given name,Family name\n" + "".join(f"Guest{i},Visitor\n" for i in range(50)))
    result = run_db(database, "import", "participants", DC, str(csv))
    assert result.returncode == 0, result.stderr
    assert len(alice.get_event(event_id).participants) == len(before.participants) + 50
    # ...and the dialog's OK changes the title: only the title.
    edited = copy.deepcopy(opened)
    edited.title = "Russia in the US-Japan Alliance (renamed)"
    alice.apply(event_edit(opened, edited))
    after = alice.get_event(event_id)
    assert after.title == "Russia in the US-Japan Alliance (renamed)"
    assert len(after.participants) == len(before.participants) + 50
    assert after.seating_plans[0].occupants() == seated


def test_a_whole_record_read_before_a_change_is_refused(alice, bob):
    event_id = alice.resolve_event(DC)
    stale = alice.get_event(event_id)
    bob.apply(AddParticipants(event_id=event_id, entries=people(1, "Late")))
    before = dump(alice)
    stale.title = "Saved from an old copy"
    with pytest.raises(StaleError, match="changed after this copy"):
        alice.save_event(stale)
    assert dump(alice) == before, "nothing deleted, nothing written"


# -- two stores at once ------------------------------------------------------------------------


@pytest.mark.slow
def test_two_stores_editing_different_parts_at_once_lose_nothing(alice, bob):
    """Each round both stores write at the same moment: Alice adds a participant and moves a
    seat, Bob adds a participant and changes a duration. After 50 rounds all 200 are there."""
    event_id = alice.resolve_event(DC)
    event = alice.get_event(event_id)
    plan = event.seating_plans[0]
    item = event.days[0].items[0]
    start = len(event.participants)
    barrier = threading.Barrier(2)
    failures: list[BaseException] = []

    def alice_rounds() -> None:
        number = plan.head_seat
        for i in range(ROUNDS):
            barrier.wait()
            alice.apply(AddParticipants(event_id=event_id, entries=people(1, f"Alice{i}-")))
            label = f"Kept {i}"
            shown = alice.get_event(event_id, parts=(Part.SEATING,)).seating_plans[0]
            seat = shown.seat(number)
            was = SeatState(seat.participation_id, seat.locked, seat.label)
            now = SeatState(seat.participation_id, seat.locked, label)
            alice.apply(SetSeats(plan_id=plan.id, seats={number: (was, now)}))

    def bob_rounds() -> None:
        for i in range(ROUNDS):
            barrier.wait()
            bob.apply(AddParticipants(event_id=event_id, entries=people(1, f"Bob{i}-")))
            current = bob.get_event(event_id, parts=(Part.AGENDA,)).days[0].items[0]
            bob.apply(
                SetItemFields(
                    item_id=item.id,
                    changes={"duration_minutes": (current.duration_minutes, 10 + i)},
                )
            )

    def guarded(rounds):
        def run() -> None:
            try:
                rounds()
            except BaseException as exc:  # reported below, with the thread's traceback
                failures.append(exc)
                barrier.abort()

        return run

    threads = [threading.Thread(target=guarded(f)) for f in (alice_rounds, bob_rounds)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    after = alice.get_event(event_id)
    names = {p.person.given_name for p in after.participants}
    assert len(after.participants) == start + 2 * ROUNDS
    assert all(f"Alice{i}-0" in names and f"Bob{i}-0" in names for i in range(ROUNDS))
    assert after.days[0].items[0].duration_minutes == 10 + ROUNDS - 1
    assert after.seating_plans[0].seat(plan.head_seat).label == f"Kept {ROUNDS - 1}"
    assert after.seating_plans[0].occupants() == plan.occupants()


def test_two_adds_at_the_same_moment_both_stay(alice, bob):
    event_id = alice.resolve_event(DC)
    start = len(alice.get_event(event_id).participants)
    barrier = threading.Barrier(2)

    def add(store: Store, name: str) -> None:
        for i in range(10):
            barrier.wait()
            store.apply(AddParticipants(event_id=event_id, entries=people(1, f"{name}{i}-")))

    threads = [threading.Thread(target=add, args=(s, n)) for s, n in ((alice, "A"), (bob, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(alice.get_event(event_id).participants) == start + 20


# -- undo ---------------------------------------------------------------------------------------


def test_undo_after_someone_elses_change_keeps_theirs(alice, bob):
    event_id = alice.resolve_event(DC)
    event = alice.get_event(event_id)
    mine = alice.apply(
        SetEventFields(event_id=event_id, changes={"title": (event.title, "Alice's title")})
    )
    bob.apply(
        SetEventFields(
            event_id=event_id, changes={"programme": (event.programme, "Bob's programme")}
        )
    )
    added = bob.apply(AddParticipants(event_id=event_id, entries=people(1, "Bobs-guest-")))
    alice.undo(mine)
    after = alice.get_event(event_id)
    assert after.title == event.title, "Alice's change is taken back"
    assert after.programme == "Bob's programme", "Bob's change stays"
    assert added.result[0] in {p.id for p in after.participants}


def test_undo_of_something_someone_else_changed_since_is_refused(alice, bob):
    event_id = alice.resolve_event(DC)
    event = alice.get_event(event_id)
    mine = alice.apply(
        SetEventFields(event_id=event_id, changes={"title": (event.title, "Alice's title")})
    )
    bob.apply(
        SetEventFields(event_id=event_id, changes={"title": ("Alice's title", "Bob's title")})
    )
    before = dump(alice)
    with pytest.raises(StaleError, match="title .* was changed meanwhile"):
        alice.undo(mine)
    assert dump(alice) == before
    assert alice.get_event(event_id).title == "Bob's title"


def test_undo_and_redo_of_a_removal_bring_back_the_same_rows(alice):
    event_id = alice.resolve_event(DC)
    before = dump(alice)
    event = alice.get_event(event_id)
    speaker = event.days[0].items[1].speakers[0].participation_id
    removed = alice.apply(RemoveParticipants(event_id=event_id, participation_ids=(speaker,)))
    after_removal = dump(alice)
    undone = alice.undo(removed)
    assert dump(alice) == before, "the same ids, the turn to speak and the seat back"
    alice.redo(undone)
    assert dump(alice) == after_removal


# -- refused, nothing written -----------------------------------------------------------------


def test_a_change_built_on_what_someone_changed_since_is_refused(alice, bob):
    event_id = alice.resolve_event(DC)
    item = alice.get_event(event_id).days[0].items[0]
    bob.apply(
        SetItemFields(item_id=item.id, changes={"duration_minutes": (item.duration_minutes, 25)})
    )
    before = dump(alice)
    with pytest.raises(StaleError, match="duration .* was changed meanwhile"):
        alice.apply(
            SetItemFields(
                item_id=item.id, changes={"duration_minutes": (item.duration_minutes, 15)}
            )
        )
    assert dump(alice) == before


def test_a_change_to_something_removed_since_is_refused(alice, bob):
    event_id = alice.resolve_event(DC)
    item = alice.get_event(event_id).days[0].items[0]
    day_id = alice.get_event(event_id).days[0].id
    bob.apply(RemoveAgendaItems(day_id=day_id, item_ids=(item.id,)))
    before = dump(alice)
    with pytest.raises(StaleError, match="removed meanwhile"):
        alice.apply(SetItemFields(item_id=item.id, changes={"title": (item.title, "Renamed")}))
    assert dump(alice) == before


def test_two_changes_of_different_fields_of_one_row_never_clash(alice, bob):
    event_id = alice.resolve_event(DC)
    item = alice.get_event(event_id).days[0].items[0]
    alice.apply(SetItemFields(item_id=item.id, changes={"title": (item.title, "Opening")}))
    bob.apply(SetItemFields(item_id=item.id, changes={"room": (item.room, "Hall B")}))
    stored = alice.get_event(event_id).days[0].items[0]
    assert (stored.title, stored.room) == ("Opening", "Hall B")


def test_a_refused_edit_is_a_user_error_with_words(alice):
    with pytest.raises(ConflictError, match="already takes part"):
        event_id = alice.resolve_event(DC)
        person = alice.get_event(event_id).participants[0].person
        alice.apply(AddParticipants(event_id=event_id, entries=(ParticipationRecord(person),)))
    with pytest.raises(UserError):
        alice.apply(SetItemFields(item_id=10**6, changes={"title": ("a", "b")}))


# -- every store learns what the others wrote ----------------------------------------------------


def test_the_feed_tells_each_store_what_the_others_wrote(alice, bob):
    event_id = alice.resolve_event(DC)
    start = bob.revision()
    alice.apply(AddParticipants(event_id=event_id, entries=people(1, "New-")))
    revision, entries = bob.changes_since(start)
    assert revision > start
    assert {e.event_id for e in entries} == {event_id}
    assert Part.PARTICIPANTS in set().union(*(e.parts for e in entries))
    assert alice.changes_since(start)[1] == [], "a store's own writes are not news to it"
    assert bob.changes_since(revision) == (revision, [])


def test_the_history_names_who_made_each_change(alice, bob):
    event_id = alice.resolve_event(DC)
    event = alice.get_event(event_id)
    alice.apply(
        SetEventFields(
            event_id=event_id, changes={"title": (event.title, "T")}, text="Renamed the event"
        )
    )
    bob.apply(AddParticipants(event_id=event_id, entries=people(1, "Guest-"), text="Added a guest"))
    changes = alice.event_log(event_id).changes
    assert [(c.author, c.area, c.summary) for c in changes[-2:]] == [
        ("Alice", ChangeArea.EVENT, "Renamed the event"),
        ("Bob", ChangeArea.PARTICIPANTS, "Added a guest"),
    ]


def test_the_command_line_signs_its_changes(alice, database, tmp_factory):
    csv = tmp_factory / "one.csv"
    csv.write_text("Given name,Family name\nUna,Script\n")
    result = run_db(
        database, "import", "participants", DC, str(csv), env={"ROUNDTABLE_AUTHOR": "Night batch"}
    )
    assert result.returncode == 0, result.stderr
    last = alice.event_log(alice.resolve_event(DC)).changes[-1]
    assert last.author == "Night batch" and "Import 1 participant" in last.summary


# -- the command line on either database -----------------------------------------------------------


def test_the_command_line_works_on_either_database(alice, database, tmp_factory):
    shown = run_db(database, "show", DC)
    assert shown.returncode == 0 and "Russia in the US-Japan Alliance" in shown.stdout
    listed = run_db(database, "events")
    assert listed.returncode == 0 and len(listed.stdout.strip().splitlines()) == 3
    pdf = tmp_factory / "agenda.pdf"
    exported = run_db(database, "export", "agenda", DC, "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    bundle = tmp_factory / "dc.roundtable.json"
    assert run_db(database, "export", "bundle", DC, "-o", str(bundle)).returncode == 0
    again = run_db(database, "import", "bundle", str(bundle), "--as-new")
    assert again.returncode == 0, again.stderr
    assert len(alice.list_events()) == 4
    refused = run_db(database, "import", "bundle", str(bundle))
    assert refused.returncode == 1 and "already in the database" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.fixture
def tmp_factory(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("team")


def test_a_store_that_slept_past_the_kept_feed_reloads_everything(alice, bob):
    event_id = alice.resolve_event(DC)
    start = bob.revision()
    for i in range(3):
        alice.apply(AddParticipants(event_id=event_id, entries=people(1, f"P{i}-")))
    alice.prune_feed(keep=0)
    revision, entries = bob.changes_since(start)
    assert revision == alice.revision()
    assert [(e.event_id, e.parts) for e in entries] == [(None, frozenset(Part))]
