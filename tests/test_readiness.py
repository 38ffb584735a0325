"""The readiness check (services/readiness.py): each check on small records, and the three
example events, whose findings must be true of them."""

from __future__ import annotations

from datetime import date, time

import pytest

from roundtable.domain.enums import AgendaItemKind, Attendance, EventStatus, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    AgendaItemRecord,
    AgendaSpeakerRecord,
    DayRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    VenueRecord,
)
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.services.readiness import (
    Severity,
    Tab,
    check_event,
    findings_for,
    names_fingerprint,
    output_fingerprint,
)
from roundtable.store.readiness import PrintedOutput

TODAY = date(2026, 3, 1)
DAY = date(2026, 3, 10)


def nothing_missing(_text: str) -> set[str]:
    return set()


def person(given: str, family: str, pid: int, **fields) -> PersonRecord:
    org = OrganisationRecord("Kyushu University", id=1)
    defaults = dict(bio="A bio.", has_photo=True, affiliations=[AffiliationRecord(org)])
    return PersonRecord(given, family, id=pid, **{**defaults, **fields})


def ready_event() -> EventRecord:
    """An event with nothing missing (name cards printed with the names it has)."""
    people = [
        ParticipationRecord(person("Ann", "Moderator", 1), ParticipantRole.MODERATOR,
                            attendance=Attendance.CONFIRMED, id=11),
        ParticipationRecord(person("Ben", "Speaker", 2), ParticipantRole.OPENING_SPEAKER,
                            attendance=Attendance.CONFIRMED, id=12),
    ]  # fmt: skip
    items = [
        AgendaItemRecord("Opening", 30, AgendaItemKind.OPENING_REMARKS, id=101,
                         speakers=[AgendaSpeakerRecord(12)]),
        AgendaItemRecord("Coffee", 30, AgendaItemKind.BREAK, id=102),
        AgendaItemRecord("Talk", 60, AgendaItemKind.SESSION, id=103,
                         chair_participation_id=11),
    ]  # fmt: skip
    day = DayRecord(DAY, slot_start=time(9), slot_end=time(11), items=items, id=201)
    plan = SeatingPlanRecord("Table", seat_count=2, id=301,
                             seats=[SeatRecord(1, 11), SeatRecord(2, 12)])  # fmt: skip
    return EventRecord(
        "Ready", DAY, DAY, status=EventStatus.CONFIRMED, timezone="Europe/London",
        venue=VenueRecord("Hall", street="1 Main St", city="London"),
        participants=people, days=[day], seating_plans=[plan], id=1,
    )  # fmt: skip


def check(event: EventRecord, *, printed=True, uncovered=nothing_missing, today=TODAY):
    outputs = {}
    if printed:
        outputs["namecards"] = PrintedOutput("namecards", None, names_fingerprint(event))  # type: ignore[arg-type]
    return findings_for(event, uncovered=uncovered, today=today, printed=outputs)


def keys(findings) -> dict[str, Severity]:
    return {f.key: f.severity for f in findings}


def test_a_ready_event_has_no_findings():
    assert check(ready_event()) == []


def test_participants_without_bio_photo_affiliation_or_confirmation():
    event = ready_event()
    event.participants[0].person.bio = ""  # the moderator chairs an item: a speaker
    event.participants[0].person.has_photo = False
    event.participants[1].person.affiliations = []
    event.participants[1].attendance = Attendance.INVITED
    guest = ParticipationRecord(person("Cy", "Guest", 3, bio=""), id=13,
                                attendance=Attendance.CONFIRMED)  # fmt: skip
    event.participants.append(guest)
    event.seating_plans[0].seat_count = 3
    event.seating_plans[0].seats.append(SeatRecord(3, 13))
    found = keys(check(event, printed=False))
    assert found == {
        "bio:person:1": Severity.BLOCKING,
        "photo:person:1": Severity.WORTH_A_LOOK,
        "affiliation:person:2": Severity.WORTH_A_LOOK,
        "attendance:person:2": Severity.WORTH_A_LOOK,
        "bio:person:3": Severity.WORTH_A_LOOK,
        "namecards:never": Severity.WORTH_A_LOOK,
    }
    bio = next(f for f in check(event) if f.key == "bio:person:1")
    assert "Ann Moderator" in bio.message and bio.target.tab is Tab.PARTICIPANTS
    assert bio.target.item_id == 11


def test_no_participants_and_no_agenda_block():
    event = EventRecord("Empty", DAY, DAY, timezone="UTC",
                        venue=VenueRecord("Hall", street="1 Main St"))  # fmt: skip
    assert keys(check(event, printed=False)) == {
        "participants:none": Severity.BLOCKING,
        "agenda:none": Severity.BLOCKING,
    }


def test_a_name_no_font_prints_blocks():
    event = ready_event()
    event.participants[1].person.native_name = "\U0001d400x"

    def uncovered(text: str) -> set[str]:
        return {c for c in text if ord(c) > 0xFFFF}

    found = [f for f in check(event, uncovered=uncovered) if f.key == "font:person:2"]
    assert len(found) == 1 and found[0].severity is Severity.BLOCKING
    assert "\U0001d400" in found[0].message


def test_speakers_with_no_item():
    event = ready_event()
    event.days[0].items[0].speakers = []
    event.days[0].items[2].chair_participation_id = None
    found = keys(check(event))
    assert found["no-item:person:2"] is Severity.BLOCKING  # an opening speaker
    assert found["no-item:person:1"] is Severity.WORTH_A_LOOK  # a moderator
    assert found["no-speaker:item:101"] is Severity.BLOCKING  # opening remarks
    assert found["no-speaker:item:103"] is Severity.WORTH_A_LOOK  # a session
    assert "no-speaker:item:102" not in found  # a break needs nobody


def test_a_day_over_or_under_its_slot_and_overlapping_anchors():
    event = ready_event()
    day = event.days[0]
    day.slot_end = time(10)
    found = check(event)
    over = next(f for f in found if f.key.startswith("slot-over"))
    assert over.severity is Severity.BLOCKING and over.target.tab is Tab.AGENDA
    assert over.target.day == 0 and "2026-03-10" in over.message
    day.slot_end = time(13)
    assert keys(check(event)) == {"slot-under:day:2026-03-10": Severity.WORTH_A_LOOK}
    day.slot_end = time(11)
    day.items[2].anchor = time(9, 30)
    overlap = [f for f in check(event) if f.key == "overlap:item:103"]
    assert overlap and overlap[0].severity is Severity.BLOCKING
    assert overlap[0].target.item_id == 103


def test_seats_not_assigned_rules_broken_and_seated_twice():
    event = ready_event()
    plan = event.seating_plans[0]
    plan.seats = [SeatRecord(1, 11)]
    found = check(event)
    unseated = next(f for f in found if f.key == "unseated:day:all")
    assert unseated.severity is Severity.BLOCKING and "Ben Speaker" in unseated.message
    assert unseated.target.tab is Tab.SEATING and unseated.target.item_id == 301
    plan.seat_count = 4
    plan.seats = [SeatRecord(1, 12), SeatRecord(2, 11)]  # the moderator off the head
    plan.pair_rules = [PairRule(11, 12, together=False)]
    found = keys(check(event))
    assert found["seating:301:head:11"] is Severity.WORTH_A_LOOK
    assert found["seating:301:apart:11,12"] is Severity.WORTH_A_LOOK
    plan.pair_rules = []
    plan.seats = [SeatRecord(1, 11), SeatRecord(2, 12)]
    plan.day_date = DAY
    lunch = SeatingPlanRecord("Lunch", seat_count=2, day_date=DAY, id=302,
                              seats=[SeatRecord(1, 11), SeatRecord(2, 12)])  # fmt: skip
    event.seating_plans.append(lunch)
    assert keys(check(event)) == {
        "twice:day:2026-03-10:11": Severity.WORTH_A_LOOK,
        "twice:day:2026-03-10:12": Severity.WORTH_A_LOOK,
    }


def test_no_seating_plan_is_worth_a_look():
    event = ready_event()
    event.seating_plans = []
    assert keys(check(event)) == {"seating:none": Severity.WORTH_A_LOOK}


def test_name_cards_printed_before_a_name_changed():
    event = ready_event()
    printed = output_fingerprint("namecards", event)
    assert output_fingerprint("agenda", event) == ""
    event.participants[1].person.family_name = "Spiker"
    assert names_fingerprint(event) != printed
    outputs = {"namecards": PrintedOutput("namecards", None, printed)}  # type: ignore[arg-type]
    found = findings_for(event, uncovered=nothing_missing, today=TODAY, printed=outputs)
    assert keys(found) == {"namecards:stale": Severity.BLOCKING}
    event.participants[1].card_name = "Dr Speaker"
    assert names_fingerprint(event) != printed


def test_venue_time_zone_and_past_dates():
    event = ready_event()
    event.venue = VenueRecord("Hall")
    event.timezone = "Mars/Olympus"
    found = keys(check(event, today=date(2026, 4, 1)))
    assert found == {
        "venue:address": Severity.WORTH_A_LOOK,
        "event:timezone": Severity.BLOCKING,
        "event:past": Severity.WORTH_A_LOOK,
    }
    event.venue = VenueRecord()
    event.status = EventStatus.HELD
    assert keys(check(event, today=date(2026, 4, 1))) == {
        "venue:none": Severity.BLOCKING,
        "event:timezone": Severity.BLOCKING,
    }


@pytest.fixture
def demo(store):
    from roundtable.pdf.fonts import uncovered
    from roundtable.services.demo import load_demo

    load_demo(store)

    def findings(slug: str):
        return check_event(store, store.resolve_event(slug), uncovered=uncovered, today=TODAY)

    return findings


def test_the_trilateral_first_round_has_no_participants_and_no_agenda(demo):
    found = keys(demo("us-japan-russia-trilateral-round-1-2016"))
    assert found == {
        "participants:none": Severity.BLOCKING,
        "agenda:none": Severity.BLOCKING,
        "venue:address": Severity.WORTH_A_LOOK,
    }


def test_the_dc_panelists_have_no_bios(demo):
    found = demo("dc-policy-forum-russia-us-japan-alliance-2018")
    bios = [f for f in found if f.key.startswith("bio:")]
    assert len(bios) == 7 and all(f.severity is Severity.BLOCKING for f in bios)
    assert any("Matthew Rojansky" in f.message for f in bios)
    assert not [f for f in found if f.key.startswith(("font:", "unseated", "event:"))]


def test_the_second_round_sessions_have_no_speakers(demo):
    found = keys(demo("us-japan-russia-trilateral-round-2-2017"))
    assert sum(1 for k in found if k.startswith("no-speaker:")) == 4
    assert found["venue:address"] is Severity.WORTH_A_LOOK
