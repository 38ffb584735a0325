"""Seating plans are stored with their event: ids kept, seats tied to participants."""

from datetime import date

import pytest

from roundtable.domain.enums import TableShape
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.errors import UserError
from roundtable.services.demo import load_demo

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well


@pytest.fixture
def dc(store):
    load_demo(store)
    event = store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))
    event.seating_plans = []
    for day in event.days:
        day.items = []  # so the tests can remove a participant without touching the agenda
    return store.save_event(event)


def pid(event, family_name):
    return next(p.id for p in event.participants if p.person.family_name == family_name)


def with_plan(store, event):
    event.seating_plans = [
        SeatingPlanRecord(
            "Main table",
            TableShape.ROUND,
            seat_count=10,
            head_seat=1,
            day_date=event.days[0].day_date,
            seats=[
                SeatRecord(1, pid(event, "Boyle"), locked=True),
                SeatRecord(2, pid(event, "Ha")),
                SeatRecord(3, pid(event, "Rojansky")),
                SeatRecord(10, None, label="Press"),
            ],
            pair_rules=[PairRule(pid(event, "Ha"), pid(event, "Iwashita"), together=False)],
        )
    ]
    return store.save_event(event)


def test_a_plan_round_trips_with_its_seats_and_rules(store, dc):
    saved = with_plan(store, dc)
    plan = saved.seating_plans[0]
    assert (plan.name, plan.shape, plan.seat_count, plan.day_date) == (
        "Main table", TableShape.ROUND, 10, dc.days[0].day_date,
    )  # fmt: skip
    assert [(s.number, s.locked, s.label) for s in plan.seats] == [
        (1, True, ""), (2, False, ""), (3, False, ""), (10, False, "Press"),
    ]  # fmt: skip
    assert plan.occupants() == {1: pid(dc, "Boyle"), 2: pid(dc, "Ha"), 3: pid(dc, "Rojansky")}
    assert plan.pair_rules[0].together is False and plan.pair_rules[0].id is not None


def test_a_swap_keeps_the_seat_rows(store, dc):
    saved = with_plan(store, dc)
    plan = saved.seating_plans[0]
    ids = [s.id for s in plan.seats]
    plan.seat(2).participation_id, plan.seat(3).participation_id = (
        plan.seat(3).participation_id, plan.seat(2).participation_id,
    )  # fmt: skip
    again = store.save_event(saved).seating_plans[0]
    assert [s.id for s in again.seats] == ids
    assert again.occupants()[2] == pid(dc, "Rojansky")


def test_an_empty_seat_is_not_stored(store, dc):
    saved = with_plan(store, dc)
    saved.seating_plans[0].seat(3).participation_id = None
    again = store.save_event(saved).seating_plans[0]
    assert [s.number for s in again.seats] == [1, 2, 10]


def test_undoing_a_plan_deletion_brings_back_the_same_rows(store, dc):
    saved = with_plan(store, dc)
    before = store.get_event(saved.id)
    saved.seating_plans = []
    assert store.save_event(saved).seating_plans == []
    assert store.save_event(before) == before


def test_a_participant_who_leaves_empties_their_seat_and_drops_their_rules(store, dc):
    saved = with_plan(store, dc)
    before = store.get_event(saved.id)
    ha = pid(saved, "Ha")
    saved.participants = [p for p in saved.participants if p.id != ha]
    with pytest.raises(UserError, match="not a participant"):
        store.save_event(saved)
    saved.seating_plans[0].seat(2).participation_id = None
    saved.seating_plans[0].pair_rules = []
    after = store.save_event(saved).seating_plans[0]
    assert 2 not in after.occupants() and after.pair_rules == []
    assert store.save_event(before) == before, "undo puts the seat and the rule back"


def test_stale_seats_and_rules_are_dropped_with_their_participant(store, dc):
    """An edit made from a record loaded before the plan existed still saves cleanly."""
    saved = with_plan(store, dc)
    stale = store.get_event(saved.id)
    ha = pid(stale, "Ha")
    stale.participants = [p for p in stale.participants if p.id != ha]
    stale.seating_plans[0].seats = [s for s in stale.seating_plans[0].seats if s.number != 2]
    stale.seating_plans[0].pair_rules = []
    after = store.save_event(stale)
    assert ha not in after.seating_plans[0].occupants().values()


def test_removing_the_plans_day_keeps_the_plan(store, dc):
    saved = with_plan(store, dc)
    saved.seating_plans[0].day_date = None
    saved.days = []
    assert store.save_event(saved).seating_plans[0].day_date is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda plan, e: setattr(plan, "name", " "), "needs a name"),
        (lambda plan, e: plan.seats.append(SeatRecord(11)), "seats 1 to 10, not seat 11"),
        (lambda plan, e: plan.seats.append(SeatRecord(2)), "lists seat 2 twice"),
        (lambda plan, e: plan.seats.append(SeatRecord(4, pid(e, "Ha"))), "same participant"),
        (lambda plan, e: plan.pair_rules.append(PairRule(pid(e, "Ha"), pid(e, "Ha"))),
         "with themselves"),
        (lambda plan, e: setattr(plan, "head_seat", 12), "head seat must be one of seats 1 to 10"),
        (lambda plan, e: setattr(plan, "day_date", date(2001, 1, 1)), "not a day of the event"),
        (lambda plan, e: setattr(plan, "shape", TableShape.RECTANGLE)
         or setattr(plan, "seats_per_side", 0), "per side must be at least 1"),
        (lambda plan, e: e.seating_plans.append(SeatingPlanRecord("main TABLE")), "same name"),
    ],
)  # fmt: skip
def test_bad_plans_are_refused_and_change_nothing(store, dc, change, message):
    saved = with_plan(store, dc)
    before = store.get_event(saved.id)
    plan = saved.seating_plans[0]
    change(plan, saved)
    with pytest.raises(UserError, match=message):
        store.save_event(saved)
    assert store.get_event(saved.id) == before


def test_deleting_the_event_removes_its_plans(store, dc):
    saved = with_plan(store, dc)

    def counts():
        with store.engine.connect() as c:
            return tuple(
                c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("seating_plan", "seat", "seat_pair_rule")
            )

    plans, seats, rules = counts()
    store.delete_event(saved.id)
    assert counts() == (plans - 1, seats - 4, rules - 1)


def test_the_bundle_carries_the_plans(store, dc, tmp_path):
    from roundtable.services.bundle import import_bundle, read_bundle_file, write_bundle_file
    from roundtable.store.facade import Store

    saved = with_plan(store, dc)
    first = tmp_path / "dc.json"
    write_bundle_file(store, saved.id, first)
    other = Store.open(str(tmp_path / "other.sqlite3"), daily_backup=False)
    new_id = import_bundle(other, read_bundle_file(first))
    second = tmp_path / "dc-again.json"
    write_bundle_file(other, new_id, second)
    assert first.read_bytes() == second.read_bytes()
    copy = other.get_event(new_id)
    plan = copy.seating_plans[0]
    assert plan.occupants()[1] == pid(copy, "Boyle") and plan.seat(10).label == "Press"
    assert plan.day_date == saved.days[0].day_date and plan.pair_rules[0].together is False
    other.close()


def test_a_bundle_seat_must_hold_a_participant(store, dc):
    from roundtable.services.bundle import export_bundle, validate_bundle

    saved = with_plan(store, dc)
    bundle = export_bundle(store, saved.id)
    bundle["event"]["seating_plans"][0]["seats"][1]["person"] = "someone-else"
    with pytest.raises(UserError, match=r"event\.seating_plans\[0\]\.seats\[1\]\.person"):
        validate_bundle(bundle)


def test_duplicating_an_event_keeps_its_plans(store, dc):
    from roundtable.services.edits.event import duplicate_record

    saved = with_plan(store, dc)
    copy = store.save_event(duplicate_record(store.get_event(saved.id, with_attachment_data=True)))
    own = {p.id for p in copy.participants}
    plan = copy.seating_plans[0]
    assert set(plan.occupants().values()) <= own and len(plan.occupants()) == 3
    rule = plan.pair_rules[0]
    assert {rule.first_participation_id, rule.second_participation_id} <= own
