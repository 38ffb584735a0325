"""Planned against actual time for each agenda item and each speaker's turn.

The plan comes from the agenda (``agenda_timing``: cascading starts, anchors; a speaker's turn
from their set speaking minutes, in order from the item's start). What actually happened comes
from the log's timing entries, the ones the moderator's timer writes: span ITEM or SPEAKER, with
a start (``at``) and an end. An item timed twice (stopped and resumed) counts all its spans, from
the first start. Pure logic, so the Log tab, the log PDF and the CSV all show the same numbers.

Lengths follow the timer's one rounding rule (``session_timer.whole_seconds``): an item's actual
time is the sum of what its entries say they lasted, so the report and the journal agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord
from roundtable.services.agenda_timing import schedule_day
from roundtable.services.session_timer import duration_text, whole_seconds


@dataclass(frozen=True)
class PlanActualRow:
    kind: str  # "item" or "speaker"
    day_date: date
    item_id: int | None
    title: str  # the item's title; for a speaker row, still the item's
    speaker: str  # the speaker's name on a speaker row, "" on an item row
    person_id: int | None
    planned_start: datetime | None  # in the event's time zone
    planned_minutes: int | None  # None: the agenda sets no time (a speaker without minutes)
    actual_start: datetime | None  # None: not timed
    actual_seconds: int | None

    @property
    def actual_minutes(self) -> float | None:
        return None if self.actual_seconds is None else self.actual_seconds / 60

    @property
    def delta_minutes(self) -> float | None:
        """Actual minus planned (positive: ran over); None unless both are known."""
        if self.actual_seconds is None or self.planned_minutes is None:
            return None
        return self.actual_seconds / 60 - self.planned_minutes

    @property
    def start_delta_minutes(self) -> float | None:
        """How late (positive) or early it started against the plan."""
        if self.actual_start is None or self.planned_start is None:
            return None
        return (self.actual_start - self.planned_start).total_seconds() / 60


@dataclass(frozen=True)
class PlanActualReport:
    rows: list[PlanActualRow]

    @property
    def timed(self) -> list[PlanActualRow]:
        return [r for r in self.rows if r.actual_seconds is not None]

    def items(self) -> list[PlanActualRow]:
        return [r for r in self.rows if r.kind == "item"]

    def speakers_of(self, item_id: int | None) -> list[PlanActualRow]:
        return [r for r in self.rows if r.kind == "speaker" and r.item_id == item_id]


def _spans(entries: list[LogEntryRecord], span: LogSpan) -> dict[tuple, list[LogEntryRecord]]:
    found: dict[tuple, list[LogEntryRecord]] = {}
    for e in entries:
        if e.category is not LogCategory.TIMING or e.span is not span or e.ends_at is None:
            continue
        if e.agenda_item_id is None:
            continue
        person = e.person_ids[0] if span is LogSpan.SPEAKER and e.person_ids else None
        found.setdefault((e.agenda_item_id, person), []).append(e)
    return found


def _actual(spans: list[LogEntryRecord] | None, zone) -> tuple[datetime | None, int | None]:
    if not spans:
        return None, None
    start = min(e.at for e in spans).astimezone(zone)
    seconds = sum(whole_seconds(e.ends_at - e.at) for e in spans if e.ends_at)
    return start, seconds


def planned_vs_actual(event: EventRecord, entries: list[LogEntryRecord]) -> PlanActualReport:
    """Every agenda item, followed by its speakers, with the plan and what the log recorded."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(event.timezone)
    items = _spans(entries, LogSpan.ITEM)
    turns = _spans(entries, LogSpan.SPEAKER)
    person_of = {p.id: p.person for p in event.participants}
    rows: list[PlanActualRow] = []
    for day in sorted(event.days, key=lambda d: d.day_date):
        schedule = schedule_day(day, event.timezone)
        for timed in schedule.items:
            item = timed.item
            start, seconds = _actual(items.get((item.id, None)), zone)
            rows.append(
                PlanActualRow("item", day.day_date, item.id, item.title, "", None,
                              timed.start, item.duration_minutes, start, seconds)
            )  # fmt: skip
            offset = timedelta()
            for speaker in item.speakers:
                person = person_of.get(speaker.participation_id)
                if person is None:
                    continue
                minutes = speaker.speaking_minutes
                planned = timed.start + offset if minutes is not None else None
                if minutes is not None:
                    offset += timedelta(minutes=minutes)
                start, seconds = _actual(turns.get((item.id, person.id)), zone)
                rows.append(PlanActualRow("speaker", day.day_date, item.id, item.title,
                                          full_name(person), person.id, planned, minutes,
                                          start, seconds))  # fmt: skip
    return PlanActualReport(rows)


def minutes_text(value: float | None, *, signed: bool = False) -> str:
    """Minutes as a clock: "12:30" for 12.5, "2:35:00" from an hour on, "+2:05" signed, "—"
    for unknown; whole seconds by the timer's rule (``whole_seconds``), as every length is."""
    if value is None:
        return "—"
    seconds = whole_seconds(timedelta(minutes=value))
    sign = ("+" if seconds > 0 else "−" if seconds < 0 else "±") if signed else ""
    return sign + duration_text(timedelta(seconds=abs(seconds)))
