"""Agenda timing: cascading times, anchors, slots, fitting, midnight and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from roundtable.domain.enums import AgendaItemKind
from roundtable.domain.records import AgendaItemRecord, AgendaSpeakerRecord, DayRecord
from roundtable.errors import UserError
from roundtable.services.agenda_timing import (
    AgendaWarning,
    DaySchedule,
    fit_to_slot,
    format_clock,
    schedule_day,
    speaker_minutes,
)

DC = "America/New_York"
LONDON = "Europe/London"
DAY = date(2017, 3, 15)


def item(
    title: str,
    minutes: int,
    kind: AgendaItemKind = AgendaItemKind.SESSION,
    anchor: time | None = None,
    speakers: list[AgendaSpeakerRecord] | None = None,
) -> AgendaItemRecord:
    return AgendaItemRecord(
        title=title, duration_minutes=minutes, kind=kind, anchor=anchor, speakers=speakers or []
    )


def day_of(
    *items: AgendaItemRecord,
    on: date = DAY,
    slot: tuple[time | None, time | None] = (None, None),
) -> DayRecord:
    return DayRecord(day_date=on, slot_start=slot[0], slot_end=slot[1], items=list(items))


def clocks(schedule: DaySchedule, on: date = DAY) -> list[tuple[str, str]]:
    return [(format_clock(t.start, on), format_clock(t.end, on)) for t in schedule.items]


def kinds(schedule: DaySchedule) -> list[str]:
    return [w.kind for w in schedule.warnings]


def only(schedule: DaySchedule, kind: str) -> AgendaWarning:
    found = [w for w in schedule.warnings if w.kind == kind]
    assert len(found) == 1, schedule.warnings
    return found[0]


def dc_roundtable(q_and_a: int = 20) -> DayRecord:
    return day_of(
        item("Opening remarks", 10, AgendaItemKind.OPENING_REMARKS),
        item("Roundtable discussion", 60, AgendaItemKind.ROUNDTABLE_DISCUSSION),
        item("Q&A", q_and_a, AgendaItemKind.QA),
        slot=(time(10, 30), time(12, 0)),
    )


def elapsed(start: datetime, end: datetime) -> int:
    return round((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60)


# --- cascade ---------------------------------------------------------------------------------


def test_items_cascade_from_the_default_start() -> None:
    schedule = schedule_day(day_of(item("A", 30), item("B", 45), item("C", 15)), DC)
    assert clocks(schedule) == [("09:00", "09:30"), ("09:30", "10:15"), ("10:15", "10:30")]
    assert schedule.warnings == []
    assert [t.index for t in schedule.items] == [0, 1, 2]
    assert not any(t.anchored or t.past_midnight for t in schedule.items)


def test_default_start_can_be_chosen() -> None:
    schedule = schedule_day(day_of(item("A", 30)), DC, default_start=time(14, 0))
    assert clocks(schedule) == [("14:00", "14:30")]


def test_times_are_aware_in_the_event_zone() -> None:
    schedule = schedule_day(dc_roundtable(), DC)
    first = schedule.items[0]
    assert first.start.tzinfo == ZoneInfo(DC)
    assert first.start == datetime(2017, 3, 15, 10, 30, tzinfo=ZoneInfo(DC))
    assert schedule.day_start == first.start
    assert schedule.day_end == datetime(2017, 3, 15, 12, 0, tzinfo=ZoneInfo(DC))
    assert schedule.slot_start == schedule.day_start
    assert schedule.slot_end == schedule.day_end


def test_changing_one_duration_retimes_everything_after_it() -> None:
    day = day_of(item("A", 30), item("B", 30), item("C", 30), item("D", 30))
    before = schedule_day(day, LONDON)
    day.items[1].duration_minutes = 50
    after = schedule_day(day, LONDON)
    assert after.items[0] == before.items[0]
    assert after.items[1].start == before.items[1].start
    for old, new in zip(before.items[1:], after.items[1:], strict=True):
        assert new.end - old.end == timedelta(minutes=20)
    assert clocks(after)[-1] == ("10:50", "11:20")


def test_item_record_is_kept_on_the_timed_item() -> None:
    day = day_of(item("A", 30))
    assert schedule_day(day, DC).items[0].item is day.items[0]


# --- anchors ----------------------------------------------------------------------------------


def test_anchor_after_the_cascade_leaves_a_gap() -> None:
    day = day_of(
        item("Session 1", 90),
        item("Session 2", 80),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 30)),
        item("Session 3", 60),
    )
    schedule = schedule_day(day, DC)
    assert clocks(schedule) == [
        ("09:00", "10:30"),
        ("10:30", "11:50"),
        ("12:30", "13:30"),
        ("13:30", "14:30"),
    ]
    assert [t.anchored for t in schedule.items] == [False, False, True, False]
    gap = only(schedule, "gap")
    assert gap.item_index == 2
    assert gap.minutes == 40
    assert gap.message == "“Lunch” at 12:30 leaves a 40-minute gap after “Session 2”."


def test_anchor_before_the_cascade_ends_is_an_overlap() -> None:
    day = day_of(
        item("Session", 110, anchor=time(10, 30)),
        item("Q&A", 20, AgendaItemKind.QA),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 30)),
    )
    schedule = schedule_day(day, DC)
    assert clocks(schedule) == [("10:30", "12:20"), ("12:20", "12:40"), ("12:30", "13:30")]
    overlap = only(schedule, "overlap")
    assert (overlap.item_index, overlap.minutes) == (2, 10)
    assert overlap.message == "“Q&A” overlaps the anchored “Lunch” (12:30) by 10 minutes."
    assert "gap" not in kinds(schedule)


def test_anchor_exactly_at_the_cascade_has_no_warning() -> None:
    day = day_of(item("A", 30), item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(9, 30)))
    assert schedule_day(day, DC).warnings == []


def test_first_items_anchor_sets_the_day_start_over_the_slot() -> None:
    day = day_of(item("Opening", 15, anchor=time(11, 0)), slot=(time(10, 30), None))
    schedule = schedule_day(day, DC)
    assert clocks(schedule) == [("11:00", "11:15")]
    assert schedule.day_start == datetime(2017, 3, 15, 11, 0, tzinfo=ZoneInfo(DC))


def test_anchor_earlier_than_the_cascade_is_an_overlap_not_a_gap_into_tomorrow() -> None:
    day = day_of(item("Lunch", 60, anchor=time(12, 30)), item("Coffee", 15, anchor=time(10, 0)))
    schedule = schedule_day(day, DC)
    assert clocks(schedule)[1] == ("10:00", "10:15")
    assert only(schedule, "overlap").minutes == 210


def test_anchor_after_midnight_falls_on_the_next_day() -> None:
    day = day_of(
        item("Dinner", 120, anchor=time(21, 0)),
        item("Night cap", 30, anchor=time(0, 30)),
        slot=(time(21, 0), time(1, 0)),
    )
    schedule = schedule_day(day, LONDON)
    assert clocks(schedule) == [("21:00", "23:00"), ("00:30 (+1 day)", "01:00 (+1 day)")]
    assert only(schedule, "gap").minutes == 90
    assert schedule.items[1].past_midnight
    assert "past_midnight" not in kinds(schedule)  # the slot itself runs to 01:00


# --- the slot ---------------------------------------------------------------------------------


def test_dc_roundtable_fits_its_slot_exactly() -> None:
    schedule = schedule_day(dc_roundtable(), DC)
    assert clocks(schedule) == [("10:30", "10:40"), ("10:40", "11:40"), ("11:40", "12:00")]
    assert schedule.warnings == []
    assert (schedule.unused_minutes, schedule.overrun_minutes) == (0, 0)


def test_dc_roundtable_overrun() -> None:
    schedule = schedule_day(dc_roundtable(q_and_a=35), DC)
    assert schedule.overrun_minutes == 15
    assert schedule.unused_minutes == 0
    overrun = only(schedule, "overrun")
    assert overrun.message == "The day runs 15 minutes past the end of its slot (12:00)."
    assert (overrun.item_index, overrun.minutes) == (2, 15)


def test_overrun_names_the_first_item_past_the_slot_end() -> None:
    day = dc_roundtable()
    day.items[1].duration_minutes = 90
    assert only(schedule_day(day, DC), "overrun").item_index == 1


def test_dc_roundtable_unused_time() -> None:
    schedule = schedule_day(dc_roundtable(q_and_a=5), DC)
    assert (schedule.unused_minutes, schedule.overrun_minutes) == (15, 0)
    unused = only(schedule, "unused")
    assert unused.message == (
        "The day ends at 11:45, 15 minutes before the end of its slot (12:00)."
    )
    assert unused.minutes == 15


def test_late_start_and_gaps_count_as_unused() -> None:
    day = day_of(
        item("Opening", 10, anchor=time(10, 40)),
        item("Talk", 20),
        item("Q&A", 20, AgendaItemKind.QA, anchor=time(11, 20)),
        slot=(time(10, 30), time(12, 0)),
    )
    schedule = schedule_day(day, DC)
    # 10 before the opening, 10 before Q&A, 20 after it.
    assert schedule.unused_minutes == 40
    assert sorted(w.minutes for w in schedule.warnings if w.kind == "unused") == [10, 20]
    assert only(schedule, "gap").minutes == 10
    late = [w for w in schedule.warnings if w.kind == "unused" and w.item_index == 0][0]
    assert "10 minutes after the slot opens (10:30)" in late.message


def test_start_before_the_slot_is_reported() -> None:
    day = day_of(item("Coffee", 30, anchor=time(10, 0)), slot=(time(10, 30), time(12, 0)))
    schedule = schedule_day(day, DC)
    early = only(schedule, "before_slot")
    assert early.minutes == 30
    assert early.message == "“Coffee” starts at 10:00, 30 minutes before the slot opens (10:30)."
    assert schedule.unused_minutes == 90  # Coffee ends at 10:30, before the slot starts


def test_overlapping_items_count_once_as_used() -> None:
    day = day_of(
        item("Talk", 60),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(11, 0)),
        slot=(time(10, 30), time(12, 30)),
    )
    schedule = schedule_day(day, DC)
    assert clocks(schedule) == [("10:30", "11:30"), ("11:00", "12:00")]
    assert schedule.unused_minutes == 30
    assert schedule.overrun_minutes == 0


def test_slot_start_without_end_is_reported() -> None:
    schedule = schedule_day(day_of(item("A", 30), slot=(time(10, 30), None)), DC)
    warning = only(schedule, "no_slot_end")
    assert warning.message == (
        "The day's slot starts at 10:30 but has no end, so overrun and unused time are not checked."
    )
    assert schedule.slot_end is None
    assert (schedule.unused_minutes, schedule.overrun_minutes) == (0, 0)


def test_slot_end_without_start_measures_from_the_day_start() -> None:
    schedule = schedule_day(day_of(item("A", 30), slot=(None, time(10, 0))), DC)
    assert schedule.slot_start is None
    assert schedule.unused_minutes == 30
    assert only(schedule, "unused").minutes == 30


def test_no_slot_at_all_has_no_slot_warnings() -> None:
    schedule = schedule_day(day_of(item("A", 600)), DC)
    assert schedule.warnings == []
    assert schedule.slot_start is None and schedule.slot_end is None


def test_empty_day_starts_at_the_slot_and_has_no_warnings() -> None:
    schedule = schedule_day(day_of(slot=(time(10, 30), time(12, 0))), DC)
    assert schedule.items == []
    assert schedule.warnings == []
    assert schedule.day_start == datetime(2017, 3, 15, 10, 30, tzinfo=ZoneInfo(DC))
    assert schedule.day_end == schedule.day_start
    assert schedule.unused_minutes == 90
    assert schedule.overrun_minutes == 0


def test_empty_day_without_slot_starts_at_the_default() -> None:
    schedule = schedule_day(day_of(), DC, default_start=time(8, 0))
    assert schedule.day_start == datetime(2017, 3, 15, 8, 0, tzinfo=ZoneInfo(DC))
    assert schedule.warnings == []


def test_slot_end_before_start_runs_past_midnight() -> None:
    day = day_of(item("Gala", 180), slot=(time(22, 0), time(1, 0)))
    schedule = schedule_day(day, LONDON)
    assert schedule.slot_end == datetime(2017, 3, 16, 1, 0, tzinfo=ZoneInfo(LONDON))
    assert schedule.warnings == []
    assert schedule.items[0].past_midnight


# --- past midnight ----------------------------------------------------------------------------


def test_items_past_midnight_are_flagged_and_reported() -> None:
    day = day_of(item("Dinner", 120, anchor=time(22, 30)), item("Music", 30))
    schedule = schedule_day(day, LONDON)
    assert clocks(schedule) == [("22:30", "00:30 (+1 day)"), ("00:30 (+1 day)", "01:00 (+1 day)")]
    assert [t.past_midnight for t in schedule.items] == [True, True]
    warnings = [w for w in schedule.warnings if w.kind == "past_midnight"]
    assert [(w.item_index, w.minutes) for w in warnings] == [(0, 30), (1, 60)]
    assert warnings[0].message == "“Dinner” runs past midnight: it ends at 00:30 (+1 day)."


def test_item_ending_exactly_at_midnight_is_not_past_midnight() -> None:
    schedule = schedule_day(day_of(item("Dinner", 60, anchor=time(23, 0))), LONDON)
    assert not schedule.items[0].past_midnight
    assert schedule.warnings == []
    assert format_clock(schedule.items[0].end, DAY) == "00:00 (+1 day)"


def test_item_past_the_end_of_a_night_slot_is_reported() -> None:
    day = day_of(item("Gala", 240), slot=(time(22, 0), time(1, 0)))
    schedule = schedule_day(day, LONDON)
    assert set(kinds(schedule)) == {"past_midnight", "overrun"}


# --- format_clock -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2017, 3, 15, 10, 30), "10:30"),
        (datetime(2017, 3, 15, 0, 5), "00:05"),
        (datetime(2017, 3, 16, 0, 15), "00:15 (+1 day)"),
        (datetime(2017, 3, 17, 9, 0), "09:00 (+2 days)"),
        (datetime(2017, 3, 14, 23, 0), "23:00 (-1 day)"),
    ],
)
def test_format_clock(moment: datetime, expected: str) -> None:
    assert format_clock(moment.replace(tzinfo=ZoneInfo(DC)), DAY) == expected


# --- daylight saving --------------------------------------------------------------------------

SPRING = date(2017, 3, 12)  # New York: 02:00 EST -> 03:00 EDT
AUTUMN = date(2017, 10, 29)  # London: 02:00 BST -> 01:00 GMT


def test_item_across_spring_forward_lasts_its_real_minutes() -> None:
    day = day_of(item("Night watch", 60, anchor=time(1, 30)), item("Breakfast", 30), on=SPRING)
    schedule = schedule_day(day, DC)
    assert clocks(schedule, SPRING) == [("01:30", "03:30"), ("03:30", "04:00")]
    assert [elapsed(t.start, t.end) for t in schedule.items] == [60, 30]
    change = only(schedule, "clock_change")
    assert (change.item_index, change.minutes) == (0, 60)
    assert "go forward 60 minutes" in change.message
    assert "ends at 03:30" in change.message


def test_item_across_fall_back_lasts_its_real_minutes() -> None:
    day = day_of(item("Night session", 90, anchor=time(0, 30)), item("Rest", 60), on=AUTUMN)
    schedule = schedule_day(day, LONDON)
    assert clocks(schedule, AUTUMN) == [("00:30", "01:00"), ("01:00", "02:00")]
    assert [elapsed(t.start, t.end) for t in schedule.items] == [90, 60]
    assert schedule.items[0].start.tzname() == "BST"
    assert schedule.items[0].end.tzname() == "GMT"
    assert "go back 60 minutes" in only(schedule, "clock_change").message


def test_anchor_at_a_nonexistent_time_shifts_forward_and_is_reported() -> None:
    day = day_of(item("Early call", 30, anchor=time(1, 0)), item("Call", 30, anchor=time(2, 30)))
    day.day_date = SPRING
    schedule = schedule_day(day, DC)
    assert clocks(schedule, SPRING)[1] == ("03:30", "04:00")
    warning = only(schedule, "nonexistent_time")
    assert warning.item_index == 1
    assert warning.minutes == 60
    assert warning.message == (
        "“Call” is set for 02:30, which does not exist on 12 March 2017 because the clocks go "
        "forward; 03:30 is used instead."
    )
    # 01:30 by the clock is followed by 03:30: only one real hour passes, not two.
    assert only(schedule, "gap").minutes == 60


def test_first_anchor_at_a_nonexistent_time_sets_the_day_start() -> None:
    schedule = schedule_day(day_of(item("Call", 30, anchor=time(2, 15)), on=SPRING), DC)
    assert schedule.day_start == datetime(2017, 3, 12, 3, 15, tzinfo=ZoneInfo(DC))
    assert only(schedule, "nonexistent_time").item_index == 0


def test_anchor_at_an_ambiguous_time_uses_the_first_one_and_is_reported() -> None:
    day = day_of(
        item("Vigil", 30, anchor=time(0, 45)), item("Call", 30, anchor=time(1, 30)), on=AUTUMN
    )
    schedule = schedule_day(day, LONDON)
    call = schedule.items[1]
    assert call.start.astimezone(UTC) == datetime(2017, 10, 29, 0, 30, tzinfo=UTC)
    assert call.start.tzname() == "BST"
    warning = only(schedule, "ambiguous_time")
    assert warning.item_index == 1
    assert warning.message == (
        "“Call” is set for 01:30, which happens twice on 29 October 2017 because the clocks go "
        "back; the first one (BST) is used."
    )
    assert only(schedule, "gap").minutes == 15


def test_slot_times_at_dst_trouble_are_reported_without_an_item() -> None:
    day = day_of(item("A", 30), slot=(time(2, 30), time(5, 0)), on=SPRING)
    schedule = schedule_day(day, DC)
    warning = only(schedule, "nonexistent_time")
    assert warning.item_index is None
    assert warning.message.startswith("The slot start is set for 02:30")
    assert clocks(schedule, SPRING) == [("03:30", "04:00")]


def test_slot_across_spring_forward_is_an_hour_shorter() -> None:
    day = day_of(item("A", 60), slot=(time(1, 0), time(4, 0)), on=SPRING)
    schedule = schedule_day(day, DC)
    assert schedule.unused_minutes == 60  # 1:00-4:00 is two real hours
    assert fit_to_slot(day, DC) == [120]


def test_multi_day_event_across_a_dst_change() -> None:
    saturday = day_of(item("Talk", 60), on=date(2017, 3, 11), slot=(time(9, 0), time(10, 0)))
    sunday = day_of(item("Talk", 60), on=SPRING, slot=(time(9, 0), time(10, 0)))
    first, second = schedule_day(saturday, DC), schedule_day(sunday, DC)
    assert first.warnings == second.warnings == []
    assert first.items[0].start.utcoffset() == timedelta(hours=-5)
    assert second.items[0].start.utcoffset() == timedelta(hours=-4)


# --- durations and speakers -------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [0, -10])
def test_item_without_duration_is_reported_and_takes_no_time(minutes: int) -> None:
    schedule = schedule_day(day_of(item("A", 30), item("Placeholder", minutes), item("C", 30)), DC)
    assert clocks(schedule) == [("09:00", "09:30"), ("09:30", "09:30"), ("09:30", "10:00")]
    warning = only(schedule, "no_duration")
    assert (warning.item_index, warning.minutes) == (1, minutes)
    assert warning.message == "“Placeholder” has no duration."


def test_speaker_totals_across_days() -> None:
    monday = day_of(
        item("Panel", 60, speakers=[AgendaSpeakerRecord(1, 10), AgendaSpeakerRecord(2, 15)]),
        item("Debate", 30, speakers=[AgendaSpeakerRecord(1, 5), AgendaSpeakerRecord(3)]),
    )
    tuesday = day_of(
        item("Closing", 20, speakers=[AgendaSpeakerRecord(2, 10), AgendaSpeakerRecord(1)]),
        on=date(2017, 3, 16),
    )
    assert speaker_minutes([monday, tuesday]) == {1: 15, 2: 25, 3: 0}
    assert speaker_minutes([]) == {}


def test_speaker_totals_skip_speakers_without_a_participation_id() -> None:
    speaker = AgendaSpeakerRecord(1, 10)
    speaker.participation_id = None  # type: ignore[assignment]  # a bundle's uid-only speaker
    assert speaker_minutes([day_of(item("Talk", 30, speakers=[speaker]))]) == {}


def test_speaker_times_over_the_item_duration_are_reported() -> None:
    speakers = [AgendaSpeakerRecord(1, 20), AgendaSpeakerRecord(2, 25), AgendaSpeakerRecord(3)]
    schedule = schedule_day(day_of(item("Panel", 40, speakers=speakers)), DC)
    warning = only(schedule, "speaker_time")
    assert (warning.item_index, warning.minutes) == (0, 5)
    assert warning.message == (
        "The speakers' set times in “Panel” add up to 45 minutes, 5 more than its 40."
    )


def test_speaker_times_within_the_duration_are_fine() -> None:
    speakers = [AgendaSpeakerRecord(1, 20), AgendaSpeakerRecord(2, 20)]
    assert schedule_day(day_of(item("Panel", 40, speakers=speakers)), DC).warnings == []


def test_unknown_time_zone_is_a_user_error() -> None:
    with pytest.raises(UserError, match="not a known time zone"):
        schedule_day(day_of(item("A", 30)), "Mars/Olympus_Mons")


# --- fit to slot ------------------------------------------------------------------------------


def test_fit_scales_proportionally_to_multiples_of_five() -> None:
    assert fit_to_slot(dc_roundtable(q_and_a=30), DC) == [10, 55, 25]


def test_fit_leaves_an_exact_day_alone() -> None:
    assert fit_to_slot(dc_roundtable(), DC) == [10, 60, 20]


def test_fit_stretches_a_short_day() -> None:
    durations = fit_to_slot(dc_roundtable(q_and_a=5), DC)
    assert sum(durations) == 90
    assert all(d % 5 == 0 for d in durations)
    assert durations[1] > 60


@pytest.mark.parametrize(
    "minutes",
    [[7, 13, 29], [1, 1, 1, 1], [45, 45, 45], [3, 100], [33, 33, 33], [0, 0, 20]],
)
def test_fit_is_exact_rounded_and_at_least_five(minutes: list[int]) -> None:
    day = day_of(*(item(f"I{n}", m) for n, m in enumerate(minutes)), slot=(time(10, 30), time(12)))
    durations = fit_to_slot(day, DC)
    assert sum(durations) == 90
    assert all(d % 5 == 0 and d >= 5 for d in durations)
    for n, d in enumerate(durations):
        day.items[n].duration_minutes = d
    schedule = schedule_day(day, DC)
    assert schedule.warnings == []
    assert schedule.day_end == schedule.slot_end


def test_fit_gives_leftover_units_to_the_largest_remainders() -> None:
    # 90 minutes = 18 units over weights 1:1:1 -> 6 each; over 2:1 -> 12 and 6.
    day = day_of(item("A", 20), item("B", 10), slot=(time(10, 30), time(12, 0)))
    assert fit_to_slot(day, DC) == [60, 30]
    # 17 units (85 min) over 1:1 -> 8.5 each: the tie goes to the earlier item.
    day = day_of(item("A", 10), item("B", 10), slot=(time(10, 30), time(11, 55)))
    assert fit_to_slot(day, DC) == [45, 40]


def test_fit_keeps_breaks_and_anchors() -> None:
    day = day_of(
        item("Session 1", 60),
        item("Coffee", 15, AgendaItemKind.BREAK),
        item("Session 2", 60),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 30)),
        item("Session 3", 90),
        slot=(time(9, 0), time(15, 0)),
    )
    durations = fit_to_slot(day, DC)
    assert durations[1] == 15 and durations[3] == 60
    # Before lunch: 210 minutes, 15 for the break -> sessions 1 and 2 share 195 (100 / 95).
    assert durations[0] + durations[2] == 195
    assert durations[4] == 90  # 13:30-15:00
    for n, d in enumerate(durations):
        day.items[n].duration_minutes = d
    assert schedule_day(day, DC).warnings == []


def test_fit_closes_an_overlap_before_an_anchor() -> None:
    day = day_of(
        item("Talk", 200),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 0)),
        item("Wrap-up", 30),
        slot=(time(10, 0), time(13, 30)),
    )
    assert fit_to_slot(day, DC) == [120, 60, 30]


def test_fit_leaves_a_stretch_without_flexible_items_alone() -> None:
    day = day_of(
        item("Coffee", 15, AgendaItemKind.BREAK),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 0)),
        item("Talk", 30),
        slot=(time(10, 0), time(14, 0)),
    )
    assert fit_to_slot(day, DC) == [15, 60, 60]  # the 105-minute gap stays


def test_fit_to_a_slot_not_a_multiple_of_five() -> None:
    day = dc_roundtable()
    day.slot_end = time(11, 58)
    durations = fit_to_slot(day, DC)
    assert sum(durations) == 88
    assert [d % 5 for d in durations] == [0, 0, 3]  # the last flexible item absorbs 3 minutes


def test_fit_with_a_fixed_item_last_puts_the_odd_minutes_on_the_last_flexible_one() -> None:
    day = day_of(
        item("Talk", 30),
        item("Discussion", 30),
        item("Coffee", 15, AgendaItemKind.BREAK),
        slot=(time(10, 0), time(11, 17)),
    )
    assert fit_to_slot(day, DC) == [30, 32, 15]


def test_fit_raises_without_a_slot_end() -> None:
    day = dc_roundtable()
    day.slot_end = None
    with pytest.raises(UserError, match="no slot end"):
        fit_to_slot(day, DC)


def test_fit_raises_without_items() -> None:
    with pytest.raises(UserError, match="no items"):
        fit_to_slot(day_of(slot=(time(10, 30), time(12, 0))), DC)


def test_fit_raises_without_flexible_items() -> None:
    day = day_of(
        item("Opening", 10, anchor=time(10, 30)),
        item("Coffee", 15, AgendaItemKind.BREAK),
        slot=(time(10, 30), time(12, 0)),
    )
    with pytest.raises(UserError, match="every item is anchored or a break"):
        fit_to_slot(day, DC)


def test_fit_raises_when_nothing_after_the_last_anchor_can_move() -> None:
    day = day_of(
        item("Talk", 60),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(12, 0)),
        slot=(time(10, 30), time(14, 0)),
    )
    with pytest.raises(UserError, match="end cannot move: from the anchored “Lunch” \\(12:00\\)"):
        fit_to_slot(day, DC)


def test_fit_raises_when_fixed_parts_exceed_the_slot() -> None:
    day = day_of(
        item("Talk", 30),
        item("Long lunch", 100, AgendaItemKind.LUNCH),
        slot=(time(10, 30), time(12, 0)),
    )
    with pytest.raises(UserError) as caught:
        fit_to_slot(day, DC)
    assert str(caught.value) == (
        "From the day's start (10:30) to the slot end (12:00) there are 90 minutes, but the "
        "anchored items and breaks take 100 minutes and the flexible item needs at least 5; "
        "shorten or remove something first."
    )


def test_fit_raises_when_flexible_items_cannot_get_five_minutes_each() -> None:
    day = day_of(*(item(f"Talk {n}", 10) for n in range(4)), slot=(time(10, 30), time(10, 45)))
    with pytest.raises(UserError, match="4 flexible items need at least 20"):
        fit_to_slot(day, DC)


def test_fit_raises_when_an_anchor_is_after_the_slot_end() -> None:
    day = day_of(
        item("Talk", 60),
        item("Drinks", 30, anchor=time(12, 30)),
        item("Toast", 10),
        slot=(time(10, 30), time(12, 0)),
    )
    expected = r"From the anchored “Drinks” \(12:30\) to the slot end \(12:00\) there is no time"
    with pytest.raises(UserError, match=expected):
        fit_to_slot(day, DC)


def test_fit_raises_when_a_stretch_between_anchors_is_too_short() -> None:
    day = day_of(
        item("Opening", 10, anchor=time(10, 0)),
        item("Coffee", 30, AgendaItemKind.BREAK),
        item("Talk", 30),
        item("Lunch", 60, AgendaItemKind.LUNCH, anchor=time(10, 40)),
        item("Talk 2", 30),
        slot=(time(10, 0), time(12, 0)),
    )
    with pytest.raises(UserError, match="to the anchored “Lunch” \\(10:40\\) there are 40"):
        fit_to_slot(day, DC)


def test_fit_past_midnight() -> None:
    day = day_of(item("Dinner", 60), item("Dancing", 60), slot=(time(22, 0), time(1, 0)))
    assert fit_to_slot(day, LONDON) == [90, 90]


def test_fit_does_not_change_the_day() -> None:
    day = dc_roundtable(q_and_a=30)
    fit_to_slot(day, DC)
    assert [i.duration_minutes for i in day.items] == [10, 60, 30]
