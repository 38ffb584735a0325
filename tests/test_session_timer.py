"""The session timer driven through whole sessions with a fake clock: what is on, what is left,
and the timing entries it writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from roundtable.domain.clock import SetClock
from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.records import (
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.errors import UserError
from roundtable.services.demo import load_demo
from roundtable.services.planned_actual import planned_vs_actual
from roundtable.services.session_timer import (
    FINISHED,
    NORMAL,
    OVERTIME,
    PAUSED,
    READY,
    RUNNING,
    WARNING,
    SessionTimer,
    countdown_text,
    days_with_items,
    duration_text,
    state_of,
)

START = datetime(2018, 2, 26, 15, 30, tzinfo=UTC)


def person(pid: int, given: str, family: str) -> PersonRecord:
    return PersonRecord(given_name=given, family_name=family, id=pid)


def forum(*, speakers: bool = True) -> EventRecord:
    """Opening (10 min, one speaker with 5 set minutes), a discussion (30 min, three speakers
    sharing it, the middle one with 6 set minutes) and a Q&A (15 min, nobody)."""
    people = [
        ParticipationRecord(person(101, "Guadalupe", "Correa Cabrera"), id=1),
        ParticipationRecord(person(102, "Yong-Chool", "Ha"), id=2),
        ParticipationRecord(person(103, "Matthew", "Rojansky"), id=3),
        ParticipationRecord(person(104, "Paul J.", "Saunders"), id=4),
    ]
    opening = AgendaItemRecord("Opening remarks", 10, id=11)
    discussion = AgendaItemRecord("Russia in the alliance", 30, id=12)
    qa = AgendaItemRecord("Q&A", 15, id=13)
    if speakers:
        opening.speakers = [AgendaSpeakerRecord(1, 5)]
        discussion.speakers = [
            AgendaSpeakerRecord(2, None),
            AgendaSpeakerRecord(3, 6),
            AgendaSpeakerRecord(4, None),
        ]
    day = DayRecord(date(2018, 2, 26), items=[opening, discussion, qa], id=7)
    return EventRecord(
        "Forum", date(2018, 2, 26), date(2018, 2, 26), timezone="America/New_York",
        participants=people, days=[day], id=1,
    )  # fmt: skip


def texts(records) -> list[str]:
    return [r.text for r in records]


def test_texts_and_states():
    assert duration_text(timedelta(minutes=12, seconds=30)) == "12:30"
    assert duration_text(timedelta(hours=2, minutes=35)) == "2:35:00"
    assert duration_text(timedelta(seconds=59.9)) == "0:59"
    assert countdown_text(timedelta(seconds=0.2)) == "0:01"  # rounded up: not yet time
    assert countdown_text(timedelta()) == "0:00"
    assert countdown_text(timedelta(seconds=-65)) == "+1:05"
    assert state_of(timedelta(minutes=3)) == NORMAL
    assert state_of(timedelta(minutes=2)) == WARNING
    assert state_of(timedelta()) == WARNING
    assert state_of(timedelta(seconds=-1)) == OVERTIME


def test_a_whole_session_with_speakers():
    clock = SetClock(START)
    timer = SessionTimer(forum(), clock=clock)
    assert timer.phase == READY and timer.item.title == "Opening remarks"
    assert timer.speaker_name() == "Guadalupe Correa Cabrera"
    assert timer.remaining() == timedelta(minutes=5)  # the speaker's set minutes
    assert timer.up_next() == ("item", "Russia in the alliance")
    clock.advance(3)  # waiting for the room does not count
    assert timer.start() == [] and timer.phase == RUNNING
    clock.advance(4)
    assert timer.remaining() == timedelta(minutes=1) and timer.state() == WARNING
    assert timer.item_remaining() == timedelta(minutes=6)
    clock.advance(2)
    assert timer.remaining() == timedelta(minutes=-1) and timer.state() == OVERTIME
    assert countdown_text(timer.remaining()) == "+1:00"
    ended = timer.next_speaker()  # after the last turn the item goes on
    assert texts(ended) == ["Guadalupe Correa Cabrera spoke 6:00 on “Opening remarks” "
                            "(allowed 5:00)"]  # fmt: skip
    turn = ended[0]
    assert (turn.category, turn.span, turn.agenda_item_id) == (LogCategory.TIMING,
                                                               LogSpan.SPEAKER, 11)  # fmt: skip
    assert turn.person_ids == [101]  # the PERSON, not the participation
    assert (turn.at, turn.ends_at) == (START + timedelta(minutes=3), START + timedelta(minutes=9))
    assert timer.speaker is None and timer.remaining() == timedelta(minutes=4)  # the item's
    assert not timer.can_next_speaker()
    assert timer.next_speaker() == []
    clock.advance(6, 30)
    ended = timer.next_item()
    assert texts(ended) == ["“Opening remarks” ran 12:30 (planned 10:00)"]
    assert ended[0].span is LogSpan.ITEM and ended[0].person_ids == []
    # The discussion: 30 minutes, Saunders and Ha share what Rojansky's 6 minutes leave.
    assert timer.speaker_name() == "Yong-Chool Ha"
    assert timer.remaining() == timedelta(minutes=12)
    assert timer.up_next() == ("speaker", "Matthew Rojansky")
    clock.advance(15)  # Ha runs three minutes over
    ended = timer.next_speaker()
    assert texts(ended) == ["Yong-Chool Ha spoke 15:00 on “Russia in the alliance” "
                            "(allowed 12:00)"]  # fmt: skip
    assert timer.remaining() == timedelta(minutes=6)
    clock.advance(6)
    timer.next_speaker()
    # Saunders's share is what is left: 30 - 21 = 9 minutes.
    assert timer.speaker_name() == "Paul J. Saunders"
    assert timer.remaining() == timedelta(minutes=9)
    assert timer.up_next() == ("item", "Q&A")
    clock.advance(9)
    ended = timer.next_item()
    assert [r.span for r in ended] == [LogSpan.SPEAKER, LogSpan.ITEM]
    assert ended[1].text == "“Russia in the alliance” ran 30:00 (planned 30:00)"
    assert timer.speaker is None and timer.remaining() == timedelta(minutes=15)
    assert not timer.can_next_item() and timer.next_item() == []
    assert timer.up_next() == ("", "")
    clock.advance(14)
    ended = timer.finish()
    assert texts(ended) == ["“Q&A” ran 14:00 (planned 15:00)"]
    assert timer.phase == FINISHED and len(timer.records) == 7
    assert timer.next_item() == [] and timer.toggle() == [] and timer.finish() == []


def test_pauses_do_not_count_and_are_recorded_as_stretches():
    clock = SetClock(START)
    timer = SessionTimer(forum(speakers=False), clock=clock)
    timer.toggle()
    clock.advance(4)
    paused = timer.toggle()
    assert timer.phase == PAUSED
    assert texts(paused) == ["“Opening remarks” ran 4:00 before a pause (planned 10:00)"]
    clock.advance(20)  # a fire alarm
    assert timer.remaining() == timedelta(minutes=6)
    assert timer.toggle() == [] and timer.phase == RUNNING
    clock.advance(7)
    assert timer.remaining() == timedelta(minutes=-1)
    ended = timer.next_item()
    assert texts(ended) == ["“Opening remarks” ran 7:00 more (11:00 in all, planned 10:00)"]
    assert ended[0].at == START + timedelta(minutes=24)
    # Planned against actual adds the stretches up: the 20 minutes' pause is not in it.
    report = planned_vs_actual(forum(speakers=False), timer.records)
    assert report.rows[0].actual_seconds == 11 * 60
    assert report.rows[0].actual_start == START


def test_moving_while_paused_or_before_the_start_records_nothing():
    clock = SetClock(START)
    timer = SessionTimer(forum(speakers=False), clock=clock)
    assert timer.next_item() == [] and timer.item.title == "Russia in the alliance"
    timer.start()  # the opening was skipped: the session starts at the discussion
    clock.advance(5)
    timer.pause()
    timer.next_item()
    clock.advance(5)
    assert timer.phase == PAUSED and timer.item.title == "Q&A"
    assert timer.remaining() == timedelta(minutes=15)
    timer.resume()
    clock.advance(1)
    assert timer.finish()[0].text == "“Q&A” ran 1:00 (planned 15:00)"
    assert [r.agenda_item_id for r in timer.records] == [12, 13]


def test_extend_a_speaker_or_the_item():
    clock = SetClock(START)
    timer = SessionTimer(forum(), clock=clock)
    timer.extend()  # before the start: the speaker's turn
    timer.start()
    assert timer.remaining() == timedelta(minutes=6)
    timer.extend(whole_item=True)
    timer.extend(whole_item=True)
    assert timer.item_remaining() == timedelta(minutes=12)
    clock.advance(6)
    assert timer.state() == WARNING
    ended = timer.next_speaker()
    assert ended[0].text.endswith("(allowed 5:00, extended by 1 min)")
    timer.extend()  # nobody speaking: the item
    assert timer.remaining() == timedelta(minutes=7)
    clock.advance(7)
    ended = timer.next_item()
    assert ended[0].text == "“Opening remarks” ran 13:00 (planned 10:00, extended by 3 min)"
    timer.finish()
    timer.extend()
    assert timer.finished


def test_going_back_carries_on_from_the_time_used():
    clock = SetClock(START)
    timer = SessionTimer(forum(), clock=clock)
    timer.next_item()
    timer.start()  # Ha, 12 minutes
    clock.advance(2)
    timer.next_speaker()  # too early: back to Ha
    clock.advance(1, 30)
    assert timer.speaker_name() == "Matthew Rojansky"
    back = timer.previous_speaker()
    assert back[0].text == "Matthew Rojansky spoke 1:30 on “Russia in the alliance” (allowed 6:00)"
    assert timer.speaker_name() == "Yong-Chool Ha"
    assert timer.remaining() == timedelta(minutes=10)
    assert not timer.can_previous_speaker() and timer.previous_speaker() == []
    clock.advance(10)
    ended = timer.next_speaker()
    assert ended[0].text == (
        "Yong-Chool Ha spoke 10:00 more on “Russia in the alliance” (12:00 in all, allowed 12:00)"
    )
    assert timer.remaining() == timedelta(minutes=4, seconds=30)  # Rojansky goes on too
    clock.advance(1)
    ended = timer.previous_item()  # the opening speaker wants to add something
    assert [r.span for r in ended] == [LogSpan.SPEAKER, LogSpan.ITEM]
    assert (
        timer.item.title == "Opening remarks" and timer.speaker_name() == "Guadalupe Correa Cabrera"
    )
    assert timer.item_remaining() == timedelta(minutes=10)
    clock.advance(2)
    timer.next_item()
    # Back in the discussion at Rojansky, with the time the item had already used.
    assert timer.speaker_name() == "Matthew Rojansky"
    assert timer.item_remaining() == timedelta(minutes=30 - 14, seconds=-30)
    assert timer.remaining() == timedelta(minutes=3, seconds=30)
    clock.advance(4)
    timer.next_speaker()
    assert timer.speaker_name() == "Paul J. Saunders"
    # Saunders shares what is left of the discussion alone.
    assert timer.remaining() == timedelta(minutes=30 - 18, seconds=-30)
    # After the last speaker, Left goes back to him.
    timer.next_speaker()
    assert timer.speaker is None and timer.can_previous_speaker()
    timer.previous_speaker()
    assert timer.speaker_name() == "Paul J. Saunders"
    timer.finish()
    report = planned_vs_actual(forum(), timer.records)
    ha = report.speakers_of(12)[0]
    assert ha.actual_seconds == 12 * 60 and ha.planned_minutes is None  # a share, not set
    discussion = report.items()[1]
    assert discussion.actual_seconds == (2 + 1.5 + 10 + 1 + 4) * 60


def test_a_day_with_no_speakers():
    clock = SetClock(START)
    timer = SessionTimer(forum(speakers=False), clock=clock)
    timer.start()
    assert timer.speaker is None and timer.speaker_allowance() is None
    assert not timer.can_next_speaker() and not timer.can_previous_speaker()
    assert timer.next_speaker() == [] and timer.previous_speaker() == []
    for minutes in (9, 31):
        clock.advance(minutes)
        timer.next_item()
    clock.advance(15)
    timer.finish()
    assert all(r.span is LogSpan.ITEM for r in timer.records)
    assert texts(timer.records)[1] == "“Russia in the alliance” ran 31:00 (planned 30:00)"


def test_a_quick_double_press_records_no_empty_turn():
    clock = SetClock(START)
    timer = SessionTimer(forum(), clock=clock)
    timer.next_item()
    timer.start()
    clock.advance(seconds=0.4)
    assert timer.next_speaker() == []  # Ha was not here
    clock.advance(6)
    assert timer.next_speaker()[0].text.startswith("Matthew Rojansky spoke 6:00")


def test_an_empty_agenda_is_refused():
    empty = forum()
    empty.days[0].items = []
    with pytest.raises(UserError, match="no agenda to run"):
        SessionTimer(empty, clock=SetClock(START))
    two = forum()
    two.days.append(DayRecord(date(2018, 2, 27), title="Site visit"))
    assert days_with_items(two) == [0]
    with pytest.raises(UserError, match="Tue 27 February 2018 — Site visit has no agenda items"):
        SessionTimer(two, 1, clock=SetClock(START))


def test_a_demo_session_written_to_the_log(store):
    """Against the store: entries are accepted as they are and the report reads them back."""
    load_demo(store)
    dc_id = store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018")
    dc = store.get_event(dc_id)
    clock = SetClock(datetime(2018, 2, 26, 15, 33, tzinfo=UTC))
    store.clock = clock
    timer = SessionTimer(dc, clock=clock)
    assert timer.planned_start().strftime("%H:%M") == "10:30"
    timer.start()
    for minutes in (11, 12, 12, 14, 10, 9):  # Correa Cabrera, then five speakers
        clock.advance(minutes)
        produced = timer.next_speaker() if timer.speaker is not None else []
        for record in produced:
            store.add_log_entry(dc_id, record)
        if timer.speaker is None:
            for record in timer.next_item():
                store.add_log_entry(dc_id, record)
    clock.advance(18)
    for record in timer.finish():
        store.add_log_entry(dc_id, record)
    entries = store.event_log(dc_id).entries
    assert len(entries) == len(timer.records) == 9
    report = planned_vs_actual(dc, entries)
    assert [round(r.actual_minutes or 0) for r in report.items()] == [11, 57, 18]
    ha = next(r for r in report.rows if r.speaker == "Yong-Chool Ha")
    assert ha.actual_seconds == 12 * 60
