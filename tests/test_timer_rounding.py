"""One clock and one rounding rule: a length of time reads the same in the timer's count, in the
text of the entry it writes, between the entry's own start and end, in planned against actual
and in the log's CSV and Markdown, at fractions of a second, at exact minutes and after "+"."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

from roundtable.domain.enums import LogSpan
from roundtable.domain.log import EventLog
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.services.log_export import journal_days, log_csv, log_markdown, plan_cells
from roundtable.services.planned_actual import minutes_text, planned_vs_actual
from roundtable.services.session_timer import (
    OVERTIME,
    WARNING,
    SessionTimer,
    countdown_text,
    duration_text,
    on_the_second,
    whole_seconds,
)

START = datetime(2018, 2, 26, 15, 30, tzinfo=UTC)
LENGTH = re.compile(r"(?:spoke|ran) (\d+:\d\d)")


class CreepingClock:
    """A clock that, like a real one, has moved on a little every time it is read."""

    def __init__(self, now: datetime, creep: timedelta = timedelta(microseconds=7)) -> None:
        self.now = now
        self.creep = creep

    def __call__(self) -> datetime:
        self.now += self.creep
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += timedelta(minutes=minutes, seconds=seconds)


def panel() -> EventRecord:
    """A ten-minute opening with one speaker, an hour shared by five and half an hour by two:
    turns of exactly 10:00, 12:00 and 15:00."""
    people = [ParticipationRecord(PersonRecord(given_name=f"P{n}", family_name="Speaker",
                                               id=100 + n), id=n) for n in range(1, 6)]  # fmt: skip

    def sharing(*numbers: int) -> list[AgendaSpeakerRecord]:
        return [AgendaSpeakerRecord(n, None) for n in numbers]  # nobody has set minutes

    opening = AgendaItemRecord("Opening", 10, id=11, speakers=sharing(1))
    debate = AgendaItemRecord("Debate", 60, id=12, speakers=sharing(1, 2, 3, 4, 5))
    close = AgendaItemRecord("Closing", 30, id=13, speakers=sharing(1, 2))
    day = DayRecord(date(2018, 2, 26), items=[opening, debate, close], id=7)
    return EventRecord("Panel", date(2018, 2, 26), date(2018, 2, 26), timezone="UTC",
                       participants=people, days=[day], id=1)  # fmt: skip


def test_the_rule():
    assert whole_seconds(timedelta(seconds=59.9)) == 59
    assert whole_seconds(timedelta(seconds=-5.5)) == -5
    assert whole_seconds(timedelta(minutes=125 / 60)) == 125  # float minutes, exact seconds
    assert on_the_second(START + timedelta(seconds=5.7)) == START + timedelta(seconds=5)
    assert duration_text(timedelta(minutes=10)) == "10:00" == minutes_text(10)
    assert duration_text(timedelta(seconds=599.99)) == "9:59" == minutes_text(599.99 / 60)
    assert countdown_text(timedelta(seconds=0.2)) == "0:01"  # the last second is not over
    assert countdown_text(timedelta(seconds=-0.2)) == "+0:00"
    assert countdown_text(timedelta(seconds=-60.9)) == "+1:00"


def test_allowances_are_whole_minutes_though_the_clock_moves_on_as_it_is_read():
    """9:59, 11:59 and 14:59 came from reading the clock twice as a turn started: here the
    session starts a few microseconds before a second ends, and every speaker speaks exactly
    the time they were given."""
    clock = CreepingClock(START + timedelta(microseconds=999_990))
    timer = SessionTimer(panel(), clock=clock)
    timer.start()
    assert timer.allowance() == timedelta(minutes=10)
    produced = []
    while True:
        clock.advance(seconds=timer.remaining().total_seconds())
        if timer.speaker is not None:
            produced += timer.next_speaker()
        elif timer.can_next_item():
            produced += timer.next_item()
        else:
            break
    produced += timer.finish()
    turns = [r.text for r in produced if r.span is LogSpan.SPEAKER]
    shares = [re.search(r"allowed (\d+:\d\d)", t).group(1) for t in turns]
    assert shares == ["10:00"] + ["12:00"] * 5 + ["15:00"] * 2
    spoke = [LENGTH.search(t).group(1) for t in turns]
    assert spoke == shares


def lengths_everywhere(event: EventRecord, records) -> list[set[str]]:
    """For each timing entry, every way the log says how long it lasted."""
    log = EventLog(list(records), [])
    lines = [line for _day, day_lines in journal_days(event, log.entries) for line in day_lines]
    rows = list(csv.DictReader(io.StringIO(log_csv(event, log).decode("utf-8-sig"))))
    markdown = log_markdown(event, log)
    said = []
    for line, row in zip(lines, rows, strict=True):
        entry = line.entry
        in_text = LENGTH.search(entry.text).group(1)
        between = duration_text(entry.ends_at - entry.at)
        assert f"Timing ({line.duration})" in markdown
        said.append({in_text, between, line.duration, row["Duration"]})
    return said


def test_a_stretch_reads_the_same_in_its_text_its_times_and_every_export():
    """Times a fraction of a second apart: "ran 0:05" in the text and 0:06 in the header, once."""
    clock = CreepingClock(START + timedelta(seconds=0.7))
    event = panel()
    timer = SessionTimer(event, clock=clock)
    timer.start()
    for seconds in (5.5, 59.95, 0.6, 61.2):  # the 0.6 is two presses of a key: nothing
        clock.advance(seconds=seconds)
        timer.next_speaker() if timer.can_next_speaker() else timer.next_item()
    clock.advance(minutes=2, seconds=0.49)
    timer.finish()
    records = timer.records
    assert all(r.at.microsecond == 0 == r.ends_at.microsecond for r in records)
    said = lengths_everywhere(event, records)
    assert all(len(ways) == 1 for ways in said), said
    # Planned against actual adds up exactly what the entries say.
    report = planned_vs_actual(event, records)
    for row in report.timed:
        spans = [r for r in records if r.agenda_item_id == row.item_id
                 and (r.span is LogSpan.ITEM) == (row.kind == "item")
                 and (row.kind == "item" or r.person_ids == [row.person_id])]  # fmt: skip
        assert row.actual_seconds == sum(whole_seconds(r.ends_at - r.at) for r in spans)
        assert plan_cells(row)[4] == duration_text(timedelta(seconds=row.actual_seconds))


def test_at_the_exact_minute_and_one_second_past():
    clock = CreepingClock(START, timedelta())
    event = panel()
    timer = SessionTimer(event, clock=clock)
    timer.start()
    clock.advance(minutes=10)
    assert countdown_text(timer.remaining()) == "0:00" and timer.state() == WARNING
    clock.advance(seconds=0.999)
    assert countdown_text(timer.remaining()) == "0:00"  # the clock reads whole seconds
    ended = timer.next_speaker()
    assert ended[0].text == "P1 Speaker spoke 10:00 on “Opening” (allowed 10:00)"
    clock.advance(seconds=1)
    assert timer.state() == OVERTIME and countdown_text(timer.remaining()) == "+0:01"
    ended = timer.next_item()
    assert ended[0].text == "“Opening” ran 10:01 (planned 10:00)"
    row = planned_vs_actual(event, timer.records).items()[0]
    assert minutes_text(row.actual_minutes) == "10:01"
    assert minutes_text(row.delta_minutes, signed=True) == "+0:01"
    assert {frozenset(ways) for ways in lengths_everywhere(event, timer.records)} == {
        frozenset({"10:00"}), frozenset({"10:01"})}  # fmt: skip


def test_after_extend_the_count_and_the_item_agree_to_the_second():
    """The count reads 10:55 and the item 9:55: the extra minute is the speaker's alone."""
    clock = CreepingClock(START + timedelta(seconds=0.4))
    timer = SessionTimer(panel(), clock=clock)
    timer.start()
    clock.advance(seconds=5.3)
    timer.extend()
    assert countdown_text(timer.remaining()) == "10:55"
    assert countdown_text(timer.item_remaining()) == "9:55"
    assert timer.remaining() - timer.item_remaining() == timedelta(minutes=1)
    assert timer.extended_minutes() == 1
    clock.advance(minutes=10, seconds=53.5)
    assert countdown_text(timer.remaining()) == "0:01"
    assert countdown_text(timer.item_remaining()) == "+0:59"
    ended = timer.next_speaker()
    assert ended[0].text == ("P1 Speaker spoke 10:59 on “Opening” (allowed 10:00, extended "
                             "by 1 min)")  # fmt: skip
    assert duration_text(ended[0].ends_at - ended[0].at) == "10:59"
