"""What the Seating tab says about a plan: seat looks and tooltips, the legend, the score, the
plan's summary and the report after auto seating."""

from __future__ import annotations

from PySide6.QtGui import QColor
from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    pid,
    plan_of,
    three_delegations,
)

from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.gui.seating.seating_looks import (
    auto_seat_line,
    legend_html,
    plan_summary,
    score_shown,
    score_text,
    seat_looks,
)
from roundtable.gui.seating.seating_models import NO_DELEGATION_FILL
from roundtable.services.auto_seating import SeatingResult, Violation


def test_scores_read_as_numbers():
    assert score_shown(0.0) == score_shown(-0.0) == "0"
    assert score_shown(-41.0) == "−41" and score_shown(-2.5) == "−2.5"
    assert score_text(-0.0, 0) == "<b>Score 0</b>: every rule kept."
    assert score_text(-41, 1) == "<b>Score −41</b>: 1 rule broken (0 is best)."
    assert score_text(-90, 3).endswith("3 rules broken (0 is best).")


def test_plan_summary(dc):
    plan = plan_of(dc)
    assert plan_summary(plan) == "Round · 10 seats · Monday 26 February 2018"
    plan.day_date, plan.seat_count = None, 1
    assert plan_summary(plan) == "Round · 1 seat"


def test_seat_looks(dc):
    looks = seat_looks(dc, plan_of(dc))
    assert sorted(looks) == list(range(1, 11))
    boyle, ha, press, empty = looks[1], looks[2], looks[10], looks[5]
    assert boyle.head and boyle.locked and boyle.name == "Edward Boyle"
    assert "head of the table" in boyle.tooltip and "Moderator" in boyle.tooltip
    assert (ha.name, ha.native) == ("Yong-Chool Ha", "하용출")
    assert ha.fill == QColor(NO_DELEGATION_FILL) and ha.participation_id == pid(dc, "Ha")
    assert press.label == "Press" and not press.occupied and "kept for: Press" in press.tooltip
    assert empty.fill is None and empty.tooltip == "Seat 5" and empty.tint is None


def test_delegation_colours_reach_seats_and_reserved_seats():
    event = three_delegations()
    for index, person in enumerate(event.participants, start=1):
        person.id = index
    plan = event.seating_plans[0]
    kortunov = next(p.id for p in event.participants if p.person.family_name == "Kortunov")
    plan.seats = [SeatRecord(2, kortunov), SeatRecord(3, label="Japanese delegation")]
    looks = seat_looks(event, plan)
    assert looks[2].fill is not None and looks[2].fill != QColor(NO_DELEGATION_FILL)
    assert looks[3].tint is not None and looks[3].fill is None
    assert looks[3].tint != looks[2].fill, "each delegation its own colour"
    html = legend_html(event)
    assert "Russian delegation" in html and "Japanese delegation" in html and "head seat" in html


def test_the_auto_seat_line_counts_what_it_could_not_keep():
    broken = [Violation("apart", f"Rule {n} broken.", (n,), (n,), 40) for n in range(10)]
    steps = [Violation("precedence", "late", (1,), (1,), 1)] * 3
    result = SeatingResult({1: 10}, [], -403, broken + steps)
    assert auto_seat_line(SeatingPlanRecord(name="Dinner"), result, True) == (
        "Auto-seated “Dinner”: 1 seat taken; score −403, 13 rules broken, listed under Rules "
        "broken."
    )
