"""After auto seating, the status line says who was the guest of honour and how they were chosen."""

from __future__ import annotations

from dataclasses import replace

from test_seating_view import (
    dc_fixture,  # noqa: F401 - the "dc" fixture
    open_tab,
    pid,
)

from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.seating import seating_dialogs
from roundtable.gui.seating.seating_looks import auto_seat_line, guest_of_honour_line
from roundtable.services.auto_seating import GuestOfHonour, SeatingResult, SeatingRules


def test_the_status_line_says_the_guest_was_chosen_by_precedence_and_where_to_change_it():
    guest = GuestOfHonour(4, "Yuko Tanaka", 8, "left", by_precedence=True)
    plan = SeatingPlanRecord(name="Main table")
    line = auto_seat_line(plan, SeatingResult({1: 3, 8: 4}, [], 0, [], guest), True)
    assert line == (
        "Auto-seated “Main table”: 2 seats taken; score 0, every rule kept. Guest of honour by "
        "precedence: Yuko Tanaka (choose another in Auto-seat…)."
    )
    assert auto_seat_line(plan, SeatingResult({1: 3}, [], 0, []), False) == (
        "Auto-seated “Main table”: 1 seat taken, nobody moved; score 0, every rule kept."
    )


def test_the_status_line_text_for_the_guest_of_honour():
    guest = GuestOfHonour(4, "Yuko Tanaka", 8, "left", by_precedence=True)
    assert guest_of_honour_line(guest) == (
        "Guest of honour by precedence: Yuko Tanaka (choose another in Auto-seat…)"
    )
    assert guest_of_honour_line(replace(guest, by_precedence=False)) == (
        "Guest of honour: Yuko Tanaka"
    )
    assert guest_of_honour_line(None) == ""


def test_auto_seating_the_tab_seats_the_guest_of_honour_chosen(window, dc, monkeypatch):
    view = open_tab(window, dc.id)
    answers = iter(
        [
            (SeatingRules(), True),
            (SeatingRules(guest_of_honour_id=pid(dc, "Saunders")), True),
            (SeatingRules(no_guest_of_honour=True), True),
        ]
    )
    monkeypatch.setattr(seating_dialogs, "get_auto_seat_rules", lambda *_a: next(answers))
    by_precedence = view.auto_seat().guest_of_honour
    assert (by_precedence.name, by_precedence.by_precedence) == ("Yong-Chool Ha", True)
    chosen = view.auto_seat().guest_of_honour
    assert (chosen.name, chosen.by_precedence) == ("Paul J. Saunders", False)
    assert chosen.participation_id == pid(dc, "Saunders")
    assert view.auto_seat().guest_of_honour is None
