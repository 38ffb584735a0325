"""What the Seating tab says and shows about a plan: each seat's look, the legend, the score,
the plan's one-line summary and the line after auto seating.

Kept apart from the view so the wording and the looks can be checked without building a
window, and so the view is about layout and changes only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from roundtable.domain import local_dates
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.seating.seating_models import (
    NO_DELEGATION_FILL,
    delegation_colours,
    display_name,
)
from roundtable.gui.seating.seating_scene import SeatLook
from roundtable.services.auto_seating import GuestOfHonour, SeatingResult
from roundtable.wording import tr


def score_shown(score: float) -> str:
    """ "−41" with a real minus sign; "0", never "−0" (a score is minus a penalty)."""
    return f"{score:g}".replace("-", "−") if score else "0"


def score_text(score: float, broken: int) -> str:
    """ "Score 0: every rule kept" or "Score −41: 3 rules broken" (0 is the best score)."""
    shown = score_shown(score)
    if not broken:
        return tr("<b>Score {score}</b>: every rule kept.").format(score=shown)
    return tr("<b>Score {score}</b>: %n rules broken (0 is best).", "", broken).format(score=shown)


def plan_summary(plan: SeatingPlanRecord) -> str:
    """ "Round · 10 seats · Monday 26 February 2018", beside the plan chooser (the day as the
    interface's language writes it)."""
    parts = [tr(plan.shape.label), tr("%n seats", "", plan.seat_count)]
    if plan.day_date is not None:
        parts.append(local_dates.day_heading(plan.day_date))
    return " · ".join(parts)


def seat_looks(event: EventRecord, plan: SeatingPlanRecord) -> dict[int, SeatLook]:
    """Every seat of ``plan`` as the drawing shows it: who sits there (name, own-script name,
    delegation colour), its label, lock and whether it is the head, and a tooltip saying all
    of it. An empty seat kept for a delegation (labelled with its name) takes its tint."""
    people = {p.id: p for p in event.participants}
    colours = delegation_colours(event)
    looks: dict[int, SeatLook] = {}
    for number in range(1, plan.seat_count + 1):
        seat = plan.seat(number)
        person = people.get(seat.participation_id)
        tips = [tr("Seat {number}").format(number=number)]
        if number == plan.head_seat:
            tips.append(tr("head of the table"))
        name = native = ""
        fill = None
        if person is not None:
            name = display_name(person)
            native = person.person.native_name.strip()
            fill = colours.get(person.delegation.strip(), QColor(NO_DELEGATION_FILL))
            tips.append(full_name(person.person, honorific=True) or name)
            if native and native != name:
                tips.append(native)
            tips.append(tr(person.role.label))
            if person.delegation:
                tips.append(person.delegation)
        elif seat.participation_id is not None:
            name = tr("(not a participant)")
        if seat.label:
            tips.append(tr("kept for: {label}").format(label=seat.label))
        if seat.locked:
            tips.append(tr("locked", "seat"))
        looks[number] = SeatLook(
            number=number,
            name=name,
            native=native if native != name else "",
            label=seat.label,
            locked=seat.locked,
            head=number == plan.head_seat,
            fill=fill,
            participation_id=seat.participation_id,
            tooltip=" · ".join(tips),
            tint=colours.get(seat.label) if person is None else None,
        )
    return looks


def legend_html(event: EventRecord | None) -> str:
    """The line under the drawing: the marks, then each delegation's colour."""
    parts = ["<span style='color:#c8961e'>★</span> " + tr("head seat"), tr("padlock: locked"),
             tr("dashed circle: empty")]  # fmt: skip
    for name, colour in delegation_colours(event).items():
        parts.append(f"<span style='color:{colour.darker(140).name()}'>■</span> {name}")
    return " &nbsp;·&nbsp; ".join(parts)


def guest_of_honour_line(guest: GuestOfHonour | None) -> str:
    """The same, short, for the status line after auto seating: "Guest of honour by
    precedence: Yuko Tanaka (choose another in Auto-seat…)"; "" when there is none."""
    if guest is None:
        return ""
    if guest.by_precedence:
        return tr("Guest of honour by precedence: {name} (choose another in Auto-seat…)").format(
            name=guest.name
        )
    return tr("Guest of honour: {name}").format(name=guest.name)


def auto_seat_line(plan: SeatingPlanRecord, result: SeatingResult, moved: bool) -> str:
    """What auto seating did, in one status-bar line: the seats taken, the score, how many
    rules it could not keep (they are listed under Rules broken) and who was the guest of
    honour, said to be precedence's choice when the user made none.

    Two counts, each with its own plural, so each is a clause of its own put into the sentence.
    """
    seated = len(result.assignments)
    done = (
        tr("%n seats taken", "", seated)
        if moved
        else tr("%n seats taken, nobody moved", "", seated)
    )
    broken = len(result.violations)
    rules = (
        tr("every rule kept")
        if not broken
        else tr("%n rules broken, listed under Rules broken", "", broken)
    )
    line = tr("Auto-seated “{plan}”: {seats}; score {score}, {rules}.").format(
        plan=plan.name, seats=done, score=score_shown(result.score), rules=rules
    )
    guest = guest_of_honour_line(result.guest_of_honour)
    if not guest:
        return line
    return tr("{auto_seated} {guest_of_honour}.").format(auto_seated=line, guest_of_honour=guest)
