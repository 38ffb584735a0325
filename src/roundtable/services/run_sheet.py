"""The moderator's run sheet: each agenda item at its clock time, each speaker's turn in it,
the time cues, and who introduces whom. Pure logic on records (the PDF is ``pdf.brief``).

The item times are the Agenda tab's (``agenda_timing.schedule_day``: cascading, anchored,
computed in absolute time and shown in the event's zone), so the brief and the screen agree.

Decisions:

* **Turns.** The speakers of an item speak in the agenda's order from the item's start. A
  speaker with a set speaking time gets it; the item's time left over is shared equally, in
  whole minutes, among the speakers without one (the first ones get the odd minutes). When
  every speaker has a set time and they leave time over, that time closes the item as open
  discussion. Set times that run past the item are kept as set (the Agenda tab warns of it).
* **Cues.** Every item and every turn longer than five minutes gets a "5 min left" cue at five
  minutes before its end; one of at least two minutes gets a "wrap up" cue at its last
  ``WRAP_UP_MINUTES`` (one minute for one shorter than five).
* **Who introduces whom.** The item's chair introduces its speakers, in order; an item
  without a chair is introduced by the event's moderator (the first by precedence), else by
  its chair (the participant role). The introducer never introduces themselves. With nobody
  to introduce, the item says so, for the organisers to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import (
    AgendaItemRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
)
from roundtable.services.agenda_timing import format_clock, schedule_day

FIVE_MINUTES = 5
WRAP_UP_MINUTES = 2


@dataclass(frozen=True)
class Cue:
    kind: str  # "five" ("5 min left") or "wrap" ("wrap up")
    at: str  # the clock time, as format_clock writes it


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in an item; ``speaker`` None for the open discussion after the set
    turns."""

    speaker: ParticipationRecord | None
    start: str
    end: str
    minutes: int
    set_time: bool  # the agenda sets this speaker's minutes (else an equal share)
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class RunItem:
    item: AgendaItemRecord
    start: str
    end: str
    minutes: int
    chair: ParticipationRecord | None
    introducer: ParticipationRecord | None  # who introduces the speakers (see the module)
    turns: tuple[Turn, ...]
    cues: tuple[Cue, ...]

    @property
    def speakers(self) -> list[ParticipationRecord]:
        return [t.speaker for t in self.turns if t.speaker is not None]


@dataclass(frozen=True)
class RunDay:
    day: DayRecord
    items: tuple[RunItem, ...]


@dataclass(frozen=True)
class RunSheet:
    days: tuple[RunDay, ...]
    speakers: tuple[ParticipationRecord, ...] = field(default=())  # in order of first turn

    @property
    def has_items(self) -> bool:
        return any(d.items for d in self.days)


def cues(end: datetime, minutes: int, day: date) -> tuple[Cue, ...]:
    """The cues of a stretch of ``minutes`` ending at ``end`` (see the module's rule)."""
    out = []
    if minutes > FIVE_MINUTES:
        out.append(Cue("five", format_clock(_moved(end, -FIVE_MINUTES), day)))
    if minutes >= 2:
        wrap = WRAP_UP_MINUTES if minutes >= FIVE_MINUTES else 1
        out.append(Cue("wrap", format_clock(_moved(end, -wrap), day)))
    return tuple(out)


def _moved(moment: datetime, minutes: int) -> datetime:
    """``moment`` ``minutes`` later by the clock on the wall: counted in absolute time, so a
    change of clocks in between is honoured (see agenda_timing)."""
    assert moment.tzinfo is not None
    return (moment.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(moment.tzinfo)


def shares(item: AgendaItemRecord, count_minutes: int) -> list[tuple[int, bool]]:
    """Each speaker's (minutes, set) in order: set times as set, the rest of ``count_minutes``
    shared equally among the others."""
    unset = [s for s in item.speakers if s.speaking_minutes is None]
    set_total = sum(max(s.speaking_minutes or 0, 0) for s in item.speakers)
    left = max(count_minutes - set_total, 0)
    base, odd = divmod(left, len(unset)) if unset else (0, 0)
    out = []
    handed = 0
    for speaker in item.speakers:
        if speaker.speaking_minutes is not None:
            out.append((max(speaker.speaking_minutes, 0), True))
        else:
            out.append((base + (1 if handed < odd else 0), False))
            handed += 1
    return out


def introducer_of(
    event: EventRecord, chair: ParticipationRecord | None
) -> ParticipationRecord | None:
    """The item's chair, else the event's moderator, else its chair (by precedence)."""
    if chair is not None:
        return chair
    for role in (ParticipantRole.MODERATOR, ParticipantRole.CHAIR):
        found = sorted(
            (p for p in event.participants
             if p.role is role and p.attendance is not Attendance.DECLINED),
            key=lambda p: p.precedence,
        )  # fmt: skip
        if found:
            return found[0]
    return None


def run_sheet(event: EventRecord) -> RunSheet:
    """The run sheet of every day of ``event`` that has items."""
    people: dict[int | None, ParticipationRecord] = {
        p.id: p for p in event.participants if p.id is not None
    }
    days = []
    order: dict[int, ParticipationRecord] = {}
    for day in event.days:
        if not day.items:
            continue
        schedule = schedule_day(day, event.timezone)
        items = []
        for timed in schedule.items:
            item = timed.item
            minutes = max(item.duration_minutes, 0)
            chair = people.get(item.chair_participation_id)
            turns = []
            at = timed.start
            for speaker, (length, set_time) in zip(
                item.speakers, shares(item, minutes), strict=True
            ):
                who = people.get(speaker.participation_id)
                if who is None:
                    continue
                end = _moved(at, length)
                turns.append(Turn(who, format_clock(at, day.day_date),
                                  format_clock(end, day.day_date), length, set_time,
                                  cues(end, length, day.day_date)))  # fmt: skip
                order.setdefault(who.id or 0, who)
                at = end
            if turns and all(t.set_time for t in turns) and at < timed.end:
                rest = _minutes_between(at, timed.end)
                turns.append(Turn(None, format_clock(at, day.day_date),
                                  format_clock(timed.end, day.day_date), rest, False,
                                  cues(timed.end, rest, day.day_date)))  # fmt: skip
            items.append(
                RunItem(
                    item=item,
                    start=format_clock(timed.start, day.day_date),
                    end=format_clock(timed.end, day.day_date),
                    minutes=minutes,
                    chair=chair,
                    introducer=introducer_of(event, chair),
                    turns=tuple(turns),
                    cues=cues(timed.end, minutes, day.day_date),
                )
            )
        days.append(RunDay(day, tuple(items)))
    return RunSheet(tuple(days), tuple(order.values()))


def _minutes_between(start: datetime, end: datetime) -> int:
    return int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)


def introductions(item: RunItem) -> list[ParticipationRecord]:
    """Whom the item's introducer introduces: its speakers in order, never themselves."""
    who = item.introducer
    return [s for s in item.speakers if who is None or s.id != who.id]
