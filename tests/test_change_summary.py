"""The change history's sentences: one per area, saying what happened in the user's words."""

import copy

import pytest

from roundtable.domain.change_summary import describe
from roundtable.domain.enums import ChangeArea, ParticipantRole
from roundtable.domain.records import AgendaItemRecord, ParticipationRecord, PersonRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.services.demo import load_demo


@pytest.fixture
def dc(store):
    load_demo(store)
    return store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))


def test_a_new_event(dc):
    assert describe(None, dc) == [(ChangeArea.EVENT, f"Created the event “{dc.title}”")]


def test_nothing_changed(dc):
    assert describe(dc, copy.deepcopy(dc)) == []


def test_event_fields(dc):
    new = copy.deepcopy(dc)
    new.title, new.end_date, new.summary = "New title", dc.end_date, "Minutes"
    assert describe(dc, new) == [(ChangeArea.EVENT, "Changed the title, summary")]


def test_participants(dc):
    new = copy.deepcopy(dc)
    new.participants[1].role = ParticipantRole.DISCUSSANT
    new.participants.pop(2)
    new.participants.append(ParticipationRecord(PersonRecord("Ann", "Lee")))
    new.participants[0], new.participants[1] = new.participants[1], new.participants[0]
    ((area, text),) = describe(dc, new)
    assert area is ChangeArea.PARTICIPANTS
    assert text == ("Added Ann Lee (Participant / panelist); removed Matthew Rojansky; "
                    "Yong-Chool Ha: role Participant / panelist → Discussant; "
                    "changed the order of precedence")  # fmt: skip


def test_agenda(dc):
    new = copy.deepcopy(dc)
    items = new.days[0].items
    items[0].duration_minutes = 15
    items[2].title = "Questions"
    items.insert(0, AgendaItemRecord("Welcome coffee", 15))
    items[2].speakers = items[2].speakers[:2]
    items[1].room = "Seminar Room"
    ((area, text),) = describe(dc, new)
    assert area is ChangeArea.AGENDA
    assert "Added “Welcome coffee”" in text and "“Opening remarks”: 10 → 15 min" in text
    assert "renamed “Q&A” to “Questions”" in text
    assert "“Opening remarks”: room Seminar Room" in text
    assert "speakers Yong-Chool Ha, Matthew Rojansky" in text


def test_seating(dc):
    new = copy.deepcopy(dc)
    plan = new.seating_plans[0]
    plan.seat(2).participation_id, plan.seat(3).participation_id = (
        plan.seat(3).participation_id, plan.seat(2).participation_id)  # fmt: skip
    plan.seat(7).participation_id = None
    plan.seat(1).locked = True
    plan.seats[-1].label = "Press"
    new.seating_plans.append(SeatingPlanRecord("Lunch"))
    ((area, text),) = describe(dc, new)
    assert area is ChangeArea.SEATING
    assert "Matthew Rojansky 3 → 2" in text and "Guadalupe Correa Cabrera 2 → 3" in text
    assert "unseated Yong-Chool Ha" in text and "locked seat 1" in text
    assert f"named seat {plan.seats[-1].number} “Press”" in text
    assert "added the plan “Lunch”" in text


def test_long_lists_are_cut_short(dc):
    new = copy.deepcopy(dc)
    new.participants = []
    new.days, new.seating_plans = [], []
    text = dict(describe(dc, new))[ChangeArea.PARTICIPANTS]
    assert text.endswith("and 1 more") and text.lower().count("removed") == 6
