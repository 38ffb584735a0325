"""What the Seating tab says and shows about a plan: each seat's look, the legend, the score,
the plan's one-line summary and the report after auto seating.

Kept apart from the view so the wording and the looks can be checked without building a
window, and so the view is about layout and changes only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from roundtable.domain.records import EventRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.seating_models import NO_DELEGATION_FILL, delegation_colours, display_name
from roundtable.gui.seating_scene import SeatLook
from roundtable.services.auto_seating import GuestOfHonour, SeatingResult
from roundtable.services.names import full_name
from roundtable.services.seating_score import ROLE_WORDS

REPORT_LIMIT = 8  # broken rules listed after auto seating; the rest are in the list beside


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


def guest_of_honour_text(guest: GuestOfHonour | None) -> str:
    """Who was seated as the guest of honour and how they were chosen: when nobody chose
    one, precedence did, and the user should know whom it picked and where to change that."""
    if guest is None:
        return ""
    where = ROLE_WORDS.get(guest.where, "")
    if not guest.by_precedence:
        return f"Guest of honour ({where}): {guest.name}, as you chose."
    return (
        f"Guest of honour ({where}): {guest.name}, chosen by precedence as the first "
        "participant who is not the host, moderator or chair. To choose another, or nobody, "
        "use Auto-seat… again."
    )


def guest_of_honour_line(guest: GuestOfHonour | None) -> str:
    """The same, short, for the status line after auto seating: "Guest of honour by
    precedence: Yuko Tanaka (choose another in Auto-seat…)"; "" when there is none."""
    if guest is None:
        return ""
    if guest.by_precedence:
        return f"Guest of honour by precedence: {guest.name} (choose another in Auto-seat…)"
    return f"Guest of honour: {guest.name}"


def auto_seat_report(result: SeatingResult, moved: bool) -> str:
    """What auto seating did, for the dialog after it: the seats taken, who was the guest of
    honour and why, the score and the rules it could not keep (steps out of precedence
    counted, not listed: there are many)."""
    seated = len(result.assignments)
    lines = [f"{seated} seat{'s' if seated != 1 else ''} taken."]
    if not moved:
        lines[0] += " Nobody had to move."
    guest = guest_of_honour_text(result.guest_of_honour)
    if guest:
        lines.append(guest)
    broken = [v for v in result.violations if v.kind != "precedence"]
    steps = len(result.violations) - len(broken)
    score = score_shown(result.score)
    if not result.violations:
        lines.append(f"Score {score}: every rule is kept.")
        return "\n".join(lines)
    lines.append(f"Score {score} (0 is best). Rules that could not be kept:")
    lines += [f"• {v.message}" for v in broken[:REPORT_LIMIT]]
    if len(broken) > REPORT_LIMIT:
        lines.append(f"• … and {len(broken) - REPORT_LIMIT} more (see Rules broken)")
    if steps:
        lines.append(f"• {steps} step{'s' if steps != 1 else ''} out of precedence order")
    return "\n".join(lines)
