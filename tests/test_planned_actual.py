"""Planned against actual: the plan from the agenda, the actual from the timer's entries."""

from datetime import UTC, datetime, timedelta

from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import AgendaSpeakerRecord
from roundtable.services.demo import load_demo
from roundtable.services.planned_actual import minutes_text, planned_vs_actual


def timing(item_id, start, minutes, span=LogSpan.ITEM, person=None, seconds=0):
    return LogEntryRecord(at=start, ends_at=start + timedelta(minutes=minutes, seconds=seconds),
                          text="t", category=LogCategory.TIMING, span=span,
                          agenda_item_id=item_id,
                          person_ids=[person] if person else [])  # fmt: skip


def test_items_and_speakers_against_the_plan(store):
    load_demo(store)
    dc = store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))
    opening, discussion, qa = dc.days[0].items
    correa = dc.participants[0].person.id
    ha = next(p for p in dc.participants if p.person.family_name == "Ha")
    discussion.speakers[0] = AgendaSpeakerRecord(ha.id, 12, id=discussion.speakers[0].id)
    dc = store.save_event(dc)
    opening, discussion, qa = dc.days[0].items
    start = datetime(2018, 2, 26, 15, 33, tzinfo=UTC)  # 10:33 in Washington: three late
    entries = [
        timing(opening.id, start, 12, seconds=30),
        timing(opening.id, start, 11, LogSpan.SPEAKER, correa),
        timing(discussion.id, start + timedelta(minutes=13), 30),
        timing(discussion.id, start + timedelta(minutes=50), 35),  # resumed after a stop
        timing(discussion.id, start + timedelta(minutes=13), 15, LogSpan.SPEAKER, ha.person.id),
        LogEntryRecord(at=start, text="a note, not timing"),
    ]
    report = planned_vs_actual(dc, entries)
    first = report.rows[0]
    assert (first.kind, first.title, first.planned_minutes) == ("item", "Opening remarks", 10)
    assert first.planned_start.strftime("%H:%M") == "10:30"
    assert first.actual_start.strftime("%H:%M") == "10:33" and first.actual_seconds == 750
    assert first.delta_minutes == 2.5 and first.start_delta_minutes == 3
    correa_row = report.speakers_of(opening.id)[0]
    assert correa_row.planned_minutes is None and correa_row.actual_seconds == 660
    disc = next(r for r in report.items() if r.item_id == discussion.id)
    assert disc.actual_seconds == 65 * 60 and disc.delta_minutes == 5
    ha_row = report.speakers_of(discussion.id)[0]
    assert ha_row.speaker == "Yong-Chool Ha" and ha_row.planned_minutes == 12
    assert ha_row.planned_start == disc.planned_start and ha_row.delta_minutes == 3
    q = next(r for r in report.items() if r.item_id == qa.id)
    assert q.actual_seconds is None and q.delta_minutes is None
    assert len(report.timed) == 4


def test_minutes_text():
    assert minutes_text(12.5) == "12:30"
    assert minutes_text(125 / 60, signed=True) == "+2:05"  # exactly 125 seconds, not 124
    assert minutes_text(2.0833) == "2:04"  # 124.998 seconds: the fraction is dropped
    assert minutes_text(-0.001, signed=True) == "±0:00"  # no "−0:00"
    assert minutes_text(-1, signed=True) == "−1:00"
    assert minutes_text(None) == "—"
    assert minutes_text(155) == "2:35:00" and minutes_text(-61, signed=True) == "−1:01:00"
