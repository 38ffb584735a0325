"""What the Seating tab says and shows about a plan: each seat's look, the legend, the score,
the plan's one-line summary and the line after auto seating.

Kept apart from the view so the wording and the looks can be checked without building a
window, and so the view is about layout and changes only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

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


def score_shown(score: float) -> str:
    """ "−41" with a real minus sign; "0", never "−0" (a score is minus a penalty)."""
    return f"{score:g}".replace("-", "−") if score else "0"


def score_text(score: float, broken: int) -> str:
    """ "Score 0: every rule kept" or "Score −41: 3 rules broken" (0 is the best score)."""
    shown = score_shown(score)
    if not broken:
        return f"<b>Score {shown}</b>: every rule kept."
    return f"<b>Score {shown}</b>: {broken} rule{'s' if broken != 1 else ''} broken (0 is best)."


def plan_summary(plan: SeatingPlanRecord) -> str:
    """ "Round · 10 seats · Monday 26 February 2018", beside the plan chooser."""
    parts = [plan.shape.label, f"{plan.seat_count} seat{'s' if plan.seat_count != 1 else ''}"]
    if plan.day_date is not None:
        day = plan.day_date
        parts.append(f"{day:%A} {day.day} {day:%B %Y}")
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
        tips = [f"Seat {number}"]
        if number == plan.head_seat:
            tips.append("head of the table")
        name = native = ""
        fill = None
        if person is not None:
            name = display_name(person)
            native = person.person.native_name.strip()
            fill = colours.get(person.delegation.strip(), QColor(NO_DELEGATION_FILL))
            tips.append(full_name(person.person, honorific=True) or name)
            if native and native != name:
                tips.append(native)
            tips.append(person.role.label)
            if person.delegation:
                tips.append(person.delegation)
        elif seat.participation_id is not None:
            name = "(not a participant)"
        if seat.label:
            tips.append(f"kept for: {seat.label}")
        if seat.locked:
            tips.append("locked")
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
    parts = ["<span style='color:#c8961e'>★</span> head seat", "padlock: locked",
             "dashed circle: empty"]  # fmt: skip
    for name, colour in delegation_colours(event).items():
        parts.append(f"<span style='color:{colour.darker(140).name()}'>■</span> {name}")
    return " &nbsp;·&nbsp; ".join(parts)


def guest_of_honour_line(guest: GuestOfHonour | None) -> str:
    """The same, short, for the status line after auto seating: "Guest of honour by
    precedence: Yuko Tanaka (choose another in Auto-seat…)"; "" when there is none."""
    if guest is None:
        return ""
    if guest.by_precedence:
        return f"Guest of honour by precedence: {guest.name} (choose another in Auto-seat…)"
    return f"Guest of honour: {guest.name}"


def auto_seat_line(plan: SeatingPlanRecord, result: SeatingResult, moved: bool) -> str:
    """What auto seating did, in one status-bar line: the seats taken, the score, how many
    rules it could not keep (they are listed under Rules broken) and who was the guest of
    honour, said to be precedence's choice when the user made none."""
    seated = len(result.assignments)
    done = f"{seated} seat{'s' if seated != 1 else ''} taken" + ("" if moved else ", nobody moved")
    broken = len(result.violations)
    rules = (
        "every rule kept"
        if not broken
        else (f"{broken} rule{'s' if broken != 1 else ''} broken, listed under Rules broken")
    )
    line = f"Auto-seated “{plan.name}”: {done}; score {score_shown(result.score)}, {rules}."
    guest = guest_of_honour_line(result.guest_of_honour)
    return f"{line} {guest}." if guest else line
