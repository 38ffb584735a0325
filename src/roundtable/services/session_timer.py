"""Running a session over one day's agenda: what is on now, how long it has left, and the log's
record of what actually happened.

The moderator's timer window is a thin face on :class:`SessionTimer`; everything that decides a
number lives here, without Qt, so it can be driven through a whole session in a test with a fake
clock. The clock is injected (a callable returning an aware UTC ``datetime``) and read on every
question, so the timer holds no ticking state of its own: the window merely asks again four
times a second.

Decisions worth knowing:

* **What counts down.** While a speaker has the floor, their turn; otherwise the item. A speaker
  with set speaking minutes is allowed those; one without gets an equal share of what is left of
  the item after the set minutes of the speakers still to come, worked out when their turn first
  starts (so a long first speaker squeezes the later ones, which is what the moderator has to
  tell them).
* **Pauses do not count.** Time on an item or a turn is added up from the stretches it ran.
  The log records each stretch as its own timing entry (``planned_actual`` adds up an item's
  entries), so the report and the countdown the room saw agree. A stretch is recorded as soon
  as it ends, at a pause as much as at a change of item, so nothing is lost if the app closes.
* **Going back** (to an item or a speaker already timed) carries on from the time already used,
  with the allowance fixed when it first started: the second stretch is recorded as "more".
* **Moving on before the start, or while paused**, only moves: nothing runs, so nothing is
  recorded, and the session (or the pause) goes on where it was.
* A stretch of a second or less (two presses of the arrow) is not worth an entry, and is not
  counted either: the time an item or a turn had is what its entries add up to.
* **One clock, one rounding rule.** The timer reads its clock on the second (``on_the_second``),
  so every start, end and length it shows or records is whole seconds, and a length of time is
  shown the same way everywhere (``whole_seconds``, ``duration_text``): the countdown, the
  entries' texts, their times, the log view, planned against actual and the log's exports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from roundtable.domain import local_dates
from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.names import full_name
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    EventRecord,
    PersonRecord,
)
from roundtable.errors import UserError
from roundtable.services.agenda_timing import DaySchedule, schedule_day
from roundtable.wording import tr

WARNING_SECONDS = 120
"""At this much left or less the countdown warns (changes colour)."""

READY, RUNNING, PAUSED, FINISHED = "ready", "running", "paused", "finished"
NORMAL, WARNING, OVERTIME = "normal", "warning", "overtime"

Clock = Callable[[], datetime]


SECOND = timedelta(seconds=1)


def utc_now() -> datetime:
    return datetime.now(UTC)


def on_the_second(moment: datetime) -> datetime:
    """A reading of the timer's clock: ``moment`` without its fraction of a second. The starts
    and ends the log records are such readings, so the length an entry's text gives is exactly
    its end less its start, whoever works it out (a stretch from 10:00:00.7 to 10:00:06.2 would
    otherwise be "ran 0:05" in its text and 0:06 between the times it shows)."""
    return moment.replace(microsecond=0)


def whole_seconds(delta: timedelta) -> int:
    """The one rounding rule for a length of time, wherever it is shown or added up: whole
    seconds, the fraction dropped (a turn of 59.9 seconds did not last a minute; -5.5 s is -5).
    Exact: a timedelta counts microseconds, so 125/60 of a minute is 125 seconds, not 124."""
    seconds = abs(delta) // SECOND
    return seconds if delta >= timedelta() else -seconds


def duration_text(delta: timedelta) -> str:
    """ "12:30" for twelve and a half minutes, "2:35:00" past an hour (``whole_seconds``; a
    negative length is 0:00)."""
    total = max(whole_seconds(delta), 0)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def countdown_text(remaining: timedelta) -> str:
    """What the big clock shows: the time left, or the overtime counting up with a "+".

    Both are the allowance (whole seconds) against the whole seconds used, so the count and
    the length the log records for the same moment agree: time left is rounded up ("0:01" with
    a fraction of a second to go; 0:00 means time is up), overtime rounded down."""
    if remaining >= timedelta():
        return duration_text(-(-remaining // SECOND) * SECOND)
    return "+" + duration_text(-remaining)


def state_of(remaining: timedelta) -> str:
    """ "normal", "warning" (two minutes or less left) or "overtime" (past zero)."""
    seconds = remaining.total_seconds()
    if seconds < 0:
        return OVERTIME
    return WARNING if seconds <= WARNING_SECONDS else NORMAL


def days_with_items(event: EventRecord) -> list[int]:
    """Indexes (in ``event.days``) of the days there is something to run."""
    return [i for i, day in enumerate(event.days) if day.items]


def day_title(event: EventRecord, day_index: int) -> str:
    """ "Wed 15 March 2017 — Russia-Japan relations …", for the day chooser and the window."""
    day = event.days[day_index]
    text = local_dates.day_heading(day.day_date, short_weekday=True)
    return f"{text} — {day.title}" if day.title else text


@dataclass
class _Span:
    """The time one item or one speaker's turn has had, made of the stretches it ran."""

    allowance: timedelta
    used: timedelta = timedelta()  # closed stretches, pauses left out
    extended_minutes: int = 0
    started_at: datetime | None = None  # the open stretch's start; None while not running
    stretches: int = 0  # closed stretches recorded so far

    def elapsed(self, now: datetime) -> timedelta:
        running = now - self.started_at if self.started_at is not None else timedelta()
        return self.used + max(running, timedelta())

    def total_allowance(self) -> timedelta:
        return self.allowance + timedelta(minutes=self.extended_minutes)

    def remaining(self, now: datetime) -> timedelta:
        return self.total_allowance() - self.elapsed(now)


class SessionTimer:
    """One day's agenda run item by item and speaker by speaker (see the module docstring).

    Every operation that ends a stretch returns the timing entries it produced (also kept in
    ``records``); the caller writes them to the log at once. Operations that make no sense at
    the moment (next item on the last one, anything after the finish) change nothing and
    return an empty list.
    """

    def __init__(self, event: EventRecord, day_index: int | None = None, clock: Clock = utc_now):
        choosable = days_with_items(event)
        if not choosable:
            raise UserError(
                tr("“{title}” has no agenda to run: add its items in the Agenda tab first").format(
                    title=event.title
                )
            )
        if day_index is None:
            day_index = choosable[0]
        if day_index not in choosable:
            if not 0 <= day_index < len(event.days):
                raise UserError(
                    tr("“{title}” has no day {number}").format(
                        title=event.title, number=day_index + 1
                    )
                )
            raise UserError(
                tr("{day} has no agenda items to run").format(day=day_title(event, day_index))
            )
        self._event_record = event
        self.day_index = day_index
        self.day = event.days[day_index]
        self._read_clock = clock
        self.phase = READY
        self.item_index = 0
        self.speaker_index: int | None = self._first_speaker(0)
        self.records: list[LogEntryRecord] = []
        self._items: dict[int, _Span] = {}
        self._turns: dict[tuple[int, int], _Span] = {}
        self._last_speaker: dict[int, int | None] = {}
        # Looked up by a speaker's or chair's participation id, which is None when unset.
        self._people: dict[int | None, PersonRecord] = {
            p.id: p.person for p in event.participants if p.id is not None
        }
        try:
            self.schedule: DaySchedule | None = schedule_day(self.day, event.timezone)
        except UserError:  # an unknown zone: the planned starts are unknown, nothing else
            self.schedule = None

    # -- what is on -------------------------------------------------------------------------

    @property
    def items(self) -> list[AgendaItemRecord]:
        return self.day.items

    @property
    def item(self) -> AgendaItemRecord:
        return self.items[self.item_index]

    @property
    def speaker(self) -> AgendaSpeakerRecord | None:
        if self.speaker_index is None:
            return None
        return self.item.speakers[self.speaker_index]

    def clock(self) -> datetime:
        """Now, on the second (``on_the_second``): the one clock every number here is read
        from."""
        return on_the_second(self._read_clock())

    def speaker_name(self, speaker: AgendaSpeakerRecord | None = None) -> str:
        """The current (or given) speaker's name; "" for none."""
        speaker = self.speaker if speaker is None else speaker
        if speaker is None:
            return ""
        person = self._people.get(speaker.participation_id)
        if person is None:
            return "?"  # the participant was removed from the event since
        return full_name(person) or person.native_name

    def speaker_person_id(self, speaker: AgendaSpeakerRecord) -> int | None:
        person = self._people.get(speaker.participation_id)
        return None if person is None else person.id

    def chair_name(self) -> str:
        person = self._people.get(self.item.chair_participation_id)
        return "" if person is None else full_name(person) or person.native_name

    @property
    def running(self) -> bool:
        return self.phase == RUNNING

    @property
    def finished(self) -> bool:
        return self.phase == FINISHED

    @property
    def is_last_item(self) -> bool:
        return self.item_index == len(self.items) - 1

    def can_next_item(self) -> bool:
        return not self.finished and not self.is_last_item

    def can_previous_item(self) -> bool:
        return not self.finished and self.item_index > 0

    def can_next_speaker(self) -> bool:
        """Whether there is a speaker after the current one, or a last turn to end."""
        if self.finished or not self.item.speakers:
            return False
        return self.speaker_index is not None

    def can_previous_speaker(self) -> bool:
        if self.finished or not self.item.speakers:
            return False
        return self.speaker_index is None or self.speaker_index > 0

    def up_next(self) -> tuple[str, str]:
        """What comes after the current speaker or item: ("speaker", name) for the next speaker
        in this item, else ("item", title) for the next item, else ("", "")."""
        speakers = self.item.speakers
        if self.speaker_index is not None and self.speaker_index + 1 < len(speakers):
            return "speaker", self.speaker_name(speakers[self.speaker_index + 1])
        if not self.is_last_item:
            return "item", self.items[self.item_index + 1].title
        return "", ""

    def planned_start(self, item_index: int | None = None) -> datetime | None:
        """The agenda's start of an item (event's zone), None when it cannot be worked out."""
        index = self.item_index if item_index is None else item_index
        if self.schedule is None or not 0 <= index < len(self.schedule.items):
            return None
        return self.schedule.items[index].start

    # -- how long -----------------------------------------------------------------------------

    def item_allowance(self) -> timedelta:
        """The current item's time: its duration, plus any minutes it was extended by."""
        span = self._items.get(self.item_index)
        if span is not None:
            return span.total_allowance()
        return timedelta(minutes=self.item.duration_minutes)

    def item_remaining(self) -> timedelta:
        span = self._items.get(self.item_index)
        if span is None:
            return self.item_allowance()
        return span.remaining(self.clock())

    def item_elapsed(self) -> timedelta:
        span = self._items.get(self.item_index)
        return timedelta() if span is None else span.elapsed(self.clock())

    def speaker_allowance(self) -> timedelta | None:
        """The current speaker's time (with extensions), None when nobody has the floor."""
        if self.speaker_index is None:
            return None
        span = self._turns.get((self.item_index, self.speaker_index))
        if span is not None:
            return span.total_allowance()
        return self._turn_allowance(self.item_index, self.speaker_index, self.clock())

    def speaker_remaining(self) -> timedelta | None:
        if self.speaker_index is None:
            return None
        span = self._turns.get((self.item_index, self.speaker_index))
        if span is None:
            return self.speaker_allowance()
        return span.remaining(self.clock())

    def extended_minutes(self) -> int:
        """The minutes the big clock's count (the turn, else the item) was extended by."""
        if self.speaker_index is not None:
            span = self._turns.get((self.item_index, self.speaker_index))
        else:
            span = self._items.get(self.item_index)
        return 0 if span is None else span.extended_minutes

    def allowance(self) -> timedelta:
        """What the big clock counts down from: the speaker's turn, else the item."""
        speaker = self.speaker_allowance()
        return self.item_allowance() if speaker is None else speaker

    def remaining(self) -> timedelta:
        """Time left on the big clock; negative is overtime. Pauses do not count."""
        speaker = self.speaker_remaining()
        return self.item_remaining() if speaker is None else speaker

    def state(self) -> str:
        return state_of(self.remaining())

    def _turn_allowance(self, item_index: int, speaker_index: int, now: datetime) -> timedelta:
        """Set minutes, or an equal share of what is left of the item at ``now`` once the
        speakers still to come with set minutes have had theirs. ``now`` is the reading the
        turn starts at: a second reading, a moment later, would find the item a fraction of a
        second shorter and give 9:59 of a ten-minute item."""
        item = self.items[item_index]
        speaker = item.speakers[speaker_index]
        if speaker.speaking_minutes is not None:
            return timedelta(minutes=speaker.speaking_minutes)
        span = self._items.get(item_index)
        left = span.remaining(now) if span is not None else timedelta(minutes=item.duration_minutes)
        sharing = 0
        for later, other in enumerate(item.speakers):
            started = (item_index, later) in self._turns
            if later < speaker_index or (later != speaker_index and started):
                continue  # had their turn already (going back), or before this one
            if other.speaking_minutes is None:
                sharing += 1
            else:
                left -= timedelta(minutes=other.speaking_minutes)
        share = left / max(sharing, 1)
        return timedelta(seconds=max(whole_seconds(share), 0))

    # -- operations ---------------------------------------------------------------------------

    def start(self) -> list[LogEntryRecord]:
        """Start the session at the current item (the first, unless moved before starting)."""
        if self.phase != READY:
            return []
        self.phase = RUNNING
        self._open()
        return []

    def pause(self) -> list[LogEntryRecord]:
        """Stop the clocks; the stretches so far are recorded."""
        if self.phase != RUNNING:
            return []
        self.phase = PAUSED
        return self._close(pause=True)

    def resume(self) -> list[LogEntryRecord]:
        if self.phase != PAUSED:
            return []
        self.phase = RUNNING
        self._open()
        return []

    def toggle(self) -> list[LogEntryRecord]:
        """What the space bar does: start, pause or resume."""
        if self.phase == READY:
            return self.start()
        return self.pause() if self.phase == RUNNING else self.resume()

    def next_item(self) -> list[LogEntryRecord]:
        if not self.can_next_item():
            return []
        return self._go_to_item(self.item_index + 1)

    def previous_item(self) -> list[LogEntryRecord]:
        if not self.can_previous_item():
            return []
        return self._go_to_item(self.item_index - 1)

    def next_speaker(self) -> list[LogEntryRecord]:
        """The next speaker has the floor; after the last one, the item goes on without a
        current speaker (discussion) until the next item."""
        if not self.can_next_speaker():
            return []
        assert self.speaker_index is not None
        following = self.speaker_index + 1
        return self._go_to_speaker(following if following < len(self.item.speakers) else None)

    def previous_speaker(self) -> list[LogEntryRecord]:
        """Back to the speaker before (after the last turn, the last speaker); their turn goes
        on from the time they already had."""
        if not self.can_previous_speaker():
            return []
        if self.speaker_index is None:
            return self._go_to_speaker(len(self.item.speakers) - 1)
        return self._go_to_speaker(self.speaker_index - 1)

    def extend(self, minutes: int = 1, *, whole_item: bool = False) -> None:
        """Give the current speaker (or, with ``whole_item`` or nobody speaking, the item) more
        time. Extending before the start is allowed; after the finish it does nothing."""
        if self.finished:
            return
        if self.speaker_index is not None and not whole_item:
            span = self._turn_span(self.item_index, self.speaker_index, self.clock())
            span.extended_minutes += minutes
        else:
            self._item_span(self.item_index).extended_minutes += minutes

    def finish(self) -> list[LogEntryRecord]:
        """End the session: the running item and turn are recorded as ended now."""
        if self.phase == FINISHED:
            return []
        produced = self._close() if self.phase == RUNNING else []
        self.phase = FINISHED
        return produced

    # -- inside ---------------------------------------------------------------------------------

    def _first_speaker(self, item_index: int) -> int | None:
        return 0 if self.items[item_index].speakers else None

    def _item_span(self, item_index: int) -> _Span:
        span = self._items.get(item_index)
        if span is None:
            minutes = self.items[item_index].duration_minutes
            span = self._items[item_index] = _Span(timedelta(minutes=minutes))
        return span

    def _turn_span(self, item_index: int, speaker_index: int, now: datetime) -> _Span:
        key = (item_index, speaker_index)
        span = self._turns.get(key)
        if span is None:
            allowance = self._turn_allowance(item_index, speaker_index, now)
            span = self._turns[key] = _Span(allowance)
        return span

    def _open(self) -> None:
        """Open stretches for the current item and speaker at one reading of the clock (the
        item first: a speaker's share is worked out from what the item has left)."""
        now = self.clock()
        self._item_span(self.item_index).started_at = now
        if self.speaker_index is not None:
            self._turn_span(self.item_index, self.speaker_index, now).started_at = now

    def _close(self, *, pause: bool = False, item: bool = True) -> list[LogEntryRecord]:
        """Close the open stretches (the turn, and the item unless ``item`` is False) and
        return their entries."""
        now = self.clock()
        produced = []
        if self.speaker_index is not None:
            key = (self.item_index, self.speaker_index)
            record = self._close_span(self._turns.get(key), now, pause, self.speaker)
            if record is not None:
                produced.append(record)
        if item:
            record = self._close_span(self._items.get(self.item_index), now, pause, None)
            if record is not None:
                produced.append(record)
        self.records.extend(produced)
        return produced

    def _close_span(
        self,
        span: _Span | None,
        now: datetime,
        pause: bool,
        speaker: AgendaSpeakerRecord | None,
    ) -> LogEntryRecord | None:
        if span is None or span.started_at is None:
            return None
        start, span.started_at = span.started_at, None
        stretch = max(now - start, timedelta())
        if stretch <= SECOND:
            return None  # two presses of a key: not worth an entry, so not counted either
        span.used += stretch
        span.stretches += 1
        item = self.item
        if speaker is None:
            text = self._item_text(item, span, stretch, pause)
            span_kind, people = LogSpan.ITEM, []
        else:
            text = self._turn_text(item, speaker, span, stretch, pause)
            person = self.speaker_person_id(speaker)
            span_kind, people = LogSpan.SPEAKER, [] if person is None else [person]
        return LogEntryRecord(at=start, ends_at=now, text=text, category=LogCategory.TIMING,
                              span=span_kind, agenda_item_id=item.id,
                              person_ids=people)  # fmt: skip

    # The entries' texts are written in the interface's language when they are made, as if
    # the moderator had typed them: "“Q&A” ran 14:00 (planned 15:00)". Each sentence is whole
    # (a stretch after the first ran "more"; one ended by a pause ran "before a pause"), and
    # the details in brackets are a second one.

    @staticmethod
    def _details(span: _Span, planned: bool) -> str:
        """ "planned 10:00, extended by 3 min", after "11:00 in all, " for a later stretch."""
        allowance = duration_text(span.allowance)
        minutes = span.extended_minutes
        if planned:
            words = (
                tr("planned {length}, extended by {minutes} min")
                if minutes
                else tr("planned {length}")
            )
        else:
            words = (
                tr("allowed {length}, extended by {minutes} min")
                if minutes
                else tr("allowed {length}")
            )
        details = words.format(length=allowance, minutes=minutes)
        if span.stretches > 1:
            details = tr("{length} in all, {details}").format(
                length=duration_text(span.used), details=details
            )
        return details

    def _item_text(self, item: AgendaItemRecord, span: _Span, stretch: timedelta, pause: bool):
        more = span.stretches > 1
        if pause:
            text = (
                tr("“{title}” ran {length} more before a pause")
                if more
                else tr("“{title}” ran {length} before a pause")
            )
        else:
            text = tr("“{title}” ran {length} more") if more else tr("“{title}” ran {length}")
        sentence = text.format(title=item.title, length=duration_text(stretch))
        return tr("{sentence} ({details})").format(
            sentence=sentence, details=self._details(span, planned=True)
        )

    def _turn_text(self, item, speaker, span: _Span, stretch: timedelta, pause: bool) -> str:
        more = span.stretches > 1
        if pause:
            text = (
                tr("{speaker} spoke {length} more on “{title}” before a pause")
                if more
                else tr("{speaker} spoke {length} on “{title}” before a pause")
            )
        else:
            text = (
                tr("{speaker} spoke {length} more on “{title}”")
                if more
                else tr("{speaker} spoke {length} on “{title}”")
            )
        sentence = text.format(
            speaker=self.speaker_name(speaker), length=duration_text(stretch), title=item.title
        )
        return tr("{sentence} ({details})").format(
            sentence=sentence, details=self._details(span, planned=False)
        )

    def _go_to_item(self, index: int) -> list[LogEntryRecord]:
        produced = self._close() if self.running else []
        self._last_speaker[self.item_index] = self.speaker_index
        self.item_index = index
        self.speaker_index = self._last_speaker.get(index, self._first_speaker(index))
        if self.running:
            self._open()
        return produced

    def _go_to_speaker(self, index: int | None) -> list[LogEntryRecord]:
        produced = self._close(item=False) if self.running else []
        self.speaker_index = index
        if self.running and index is not None:
            now = self.clock()
            self._turn_span(self.item_index, index, now).started_at = now
        return produced
