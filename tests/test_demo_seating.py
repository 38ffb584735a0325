"""The example events are seated as the issue asks, by the app's own rules, inventing no one."""

import copy

import pytest

from roundtable.domain.enums import DelegationSeating, ParticipantRole, TableShape
from roundtable.domain.seating_geometry import plan_geometry
from roundtable.services.auto_seating import SeatingRules, auto_seat, check
from roundtable.services.demo import load_demo


@pytest.fixture
def demo(store):
    load_demo(store)
    return {
        "dc": store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018")),
        "round1": store.get_event(store.resolve_event("us-japan-russia-trilateral-round-1-2016")),
        "round2": store.get_event(store.resolve_event("us-japan-russia-trilateral-round-2-2017")),
    }


def test_the_dc_roundtable_sits_at_a_round_table_with_the_moderator_at_the_head(demo):
    event = demo["dc"]
    (plan,) = event.seating_plans
    assert plan.shape is TableShape.ROUND and plan.day_date == event.days[0].day_date
    by_id = {p.id: p for p in event.participants}
    seated = plan.occupants()
    assert by_id[seated[plan.head_seat]].role is ParticipantRole.MODERATOR
    assert by_id[seated[plan.head_seat]].person.family_name == "Boyle"
    assert sorted(seated.values()) == sorted(by_id), "everyone on the page has a seat"
    geometry = plan_geometry(plan)
    host = next(n for n, pid in seated.items() if by_id[pid].role is ParticipantRole.HOST)
    assert geometry.beside(plan.head_seat, host)
    assert check(plan, event.participants, SeatingRules()) == []


def test_the_dc_seats_are_what_auto_seating_gives(demo):
    event = demo["dc"]
    empty = copy.deepcopy(event.seating_plans[0])
    empty.seats = []
    result = auto_seat(empty, event.participants, SeatingRules())
    assert result.assignments == event.seating_plans[0].occupants()
    assert result.violations == [] and result.unseated == []


def test_the_moscow_round_alternates_the_three_delegations(demo):
    event = demo["round2"]
    (plan,) = event.seating_plans
    delegation = {p.id: p.delegation for p in event.participants}
    names = [d.name for d in event.delegations]
    side = {}
    for number in range(1, plan.seat_count + 1):
        seat = plan.seat(number)
        side[number] = delegation[seat.participation_id] if seat.participation_id else seat.label
    assert set(side.values()) == set(names), "every seat is a delegation's, all three used"
    geometry = plan_geometry(plan)
    for a, b in geometry.neighbour_pairs():
        assert side[a] != side[b], f"seats {a} and {b} both {side[a]}"
    # The page names only the two opening speakers: no one else is invented to fill the table.
    assert sorted(plan.occupants().values()) == sorted(p.id for p in event.participants)
    rules = SeatingRules(delegations=DelegationSeating.ALTERNATE)
    assert check(plan, event.participants, rules) == []
    assert "photo caption" in plan.notes


def test_the_first_round_has_no_plan(demo):
    assert demo["round1"].seating_plans == []


def test_show_lists_the_seats(demo):
    from roundtable.services.event_text import event_text

    text = event_text(demo["round2"])
    assert "Round table, Moscow (Round, 9 seats, head seat 1)" in text
    assert "  1  Ambassador Toyohisa Kozuki (head)" in text
    assert "  9  reserved: NCAFP delegation" in text
