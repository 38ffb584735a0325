"""Who came: the attendance list the minutes and the log PDF start with.

Present are those marked Attended; apologies, those who Declined; the rest (Invited or
Confirmed) are absent once the event has been held or its last day is past, and "expected"
before, as the minutes of an event still to come cannot call anyone absent. Where the event
has delegations, each group lists its people by delegation (in the event's order of
delegations, those in none last); people keep the event's order (precedence) within.
Pure: no Qt, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from roundtable.domain.enums import Attendance, EventStatus
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.wording import tr

PRESENT, APOLOGIES, ABSENT, EXPECTED = "present", "apologies", "absent", "expected"


@dataclass(frozen=True)
class AttendanceGroup:
    key: str  # PRESENT, APOLOGIES, ABSENT or EXPECTED
    # (delegation's name, "" for none, its participants); one ("", all) without delegations.
    delegations: tuple[tuple[str, tuple[ParticipationRecord, ...]], ...]

    @property
    def title(self) -> str:
        return {
            PRESENT: tr("Present", "attendance list"),
            APOLOGIES: tr("Apologies", "attendance list"),
            ABSENT: tr("Absent", "attendance list"),
            EXPECTED: tr("Expected", "attendance list"),
        }[self.key]

    @property
    def count(self) -> int:
        return sum(len(people) for _name, people in self.delegations)


def is_over(event: EventRecord, today: date) -> bool:
    """Held, or its last day before ``today``: whoever did not come was absent."""
    return event.status is EventStatus.HELD or event.end_date < today


def _place(delegation: str, order: list[str]) -> tuple[bool, int, str]:
    """The event's delegations in its order; an unknown name after them; none last."""
    known = order.index(delegation) if delegation in order else len(order)
    return (delegation == "", known, delegation)


def attendance_groups(event: EventRecord, today: date | None = None) -> list[AttendanceGroup]:
    """Present, apologies, then absent (or expected): the groups that have anyone."""
    today = today or date.today()
    missing = ABSENT if is_over(event, today) else EXPECTED
    keys = {Attendance.ATTENDED: PRESENT, Attendance.DECLINED: APOLOGIES}
    sorted_in: dict[str, list[ParticipationRecord]] = {}
    for participation in sorted(event.participants, key=lambda p: p.precedence):
        key = keys.get(participation.attendance, missing)
        sorted_in.setdefault(key, []).append(participation)
    order = [d.name for d in event.delegations]
    groups = []
    for key in (PRESENT, APOLOGIES, missing):
        people = sorted_in.get(key, [])
        if not people:
            continue
        names = sorted({p.delegation for p in people}, key=lambda n: _place(n, order))
        delegations = tuple(
            (name, tuple(p for p in people if p.delegation == name)) for name in names
        )
        groups.append(AttendanceGroup(key, delegations))
    return groups
