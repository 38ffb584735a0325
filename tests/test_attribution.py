"""Non-attributed minutes' words (services.attribution): each participant's description from
role, delegation, affiliation and country, the same for one person throughout; the texts that
still name someone, in Latin, Cyrillic and Japanese; and the attendance list's groups
(services.attendance_list)."""

from datetime import UTC, date, datetime

from roundtable.domain.enums import (
    Attendance,
    EventStatus,
    LogCategory,
    NameOrder,
    OrganisationKind,
    ParticipantRole,
)
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import (
    AffiliationRecord,
    DelegationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.services.attendance_list import ABSENT, EXPECTED, attendance_groups
from roundtable.services.attribution import Descriptions, NameFinder, describe, naming_texts

GMU = OrganisationRecord("George Mason University", kind=OrganisationKind.UNIVERSITY,
                         country="United States")  # fmt: skip
RIAC = OrganisationRecord("Russian International Affairs Council", kind=OrganisationKind.THINK_TANK,
                          country="Russia")  # fmt: skip
MOFA = OrganisationRecord("Ministry of Foreign Affairs", kind=OrganisationKind.GOVERNMENT,
                          country="Japan")  # fmt: skip


def person(pid: int, given: str, family: str, org=None, **fields) -> PersonRecord:
    affiliations = [AffiliationRecord(org)] if org is not None else []
    return PersonRecord(given_name=given, family_name=family, affiliations=affiliations, id=pid,
                        **fields)  # fmt: skip


CORREA = person(1, "Guadalupe", "Correa Cabrera", GMU)
SAUNDERS = person(2, "Paul", "Saunders", GMU)
KORTUNOV = person(3, "Andrey", "Kortunov", RIAC, native_name="Андрей Кортунов", country="Russia")
KOZUKI = person(4, "Toyohisa", "Kozuki", MOFA, native_name="上月豊久", country="Japan",
                name_order=NameOrder.FAMILY_FIRST)  # fmt: skip
BOYLE = person(5, "Edward", "Boyle", OrganisationRecord("Somewhere"))
ANALYST = person(6, "Olga", "Ivanova", RIAC)
NOBODY = person(7, "Kim", "Lee")


def event(**fields) -> EventRecord:
    participants = [
        ParticipationRecord(CORREA, precedence=1, attendance=Attendance.ATTENDED),
        ParticipationRecord(SAUNDERS, precedence=2, attendance=Attendance.CONFIRMED),
        ParticipationRecord(KORTUNOV, delegation="Russian delegation", precedence=3,
                            attendance=Attendance.ATTENDED),
        ParticipationRecord(KOZUKI, delegation="Japan team", precedence=4,
                            attendance=Attendance.DECLINED),
        ParticipationRecord(BOYLE, ParticipantRole.MODERATOR, precedence=0,
                            attendance=Attendance.ATTENDED),
        ParticipationRecord(ANALYST, precedence=5, attendance=Attendance.ATTENDED),
        ParticipationRecord(NOBODY, precedence=6, attendance=Attendance.INVITED),
    ]  # fmt: skip
    delegations = [
        DelegationRecord("Russian delegation", country="Russia"),
        DelegationRecord("Japan team", organisation=MOFA),  # the country from its organisation
    ]
    return EventRecord("A roundtable", date(2018, 2, 26), date(2018, 2, 26),
                       participants=participants, delegations=delegations,
                       **fields)  # fmt: skip


def test_each_participant_is_described_by_role_delegation_or_affiliation():
    described = Descriptions(event()).by_person
    assert described == {
        1: "a US scholar",  # the organisation's country, as the person gives none
        2: "a US scholar",  # the same words for two people: not numbered apart (see the module)
        3: "a member of the Russian delegation",
        4: "a member of the Japanese delegation",
        5: "the moderator",
        6: "a Russian analyst",
        7: "a participant",
    }


def test_a_description_is_the_same_every_time_and_never_a_name():
    record = event()
    first, again = Descriptions(record), Descriptions(record)
    assert first.by_person == again.by_person
    assert first.of(999) == "a participant"  # someone no longer in the event
    for text in first.by_person.values():
        assert NameFinder(p.person for p in record.participants).named(text) == []


def test_a_delegation_with_no_known_country_keeps_its_name_quiet():
    record = event()
    record.delegations[0] = DelegationRecord("Russian delegation", country="Narnia")
    assert describe(record.participants[2], record) == "a member of a delegation"


def test_an_official_and_a_vowel():
    record = event()
    indian = person(8, "Raj", "Mehta", OrganisationRecord("MEA", kind=OrganisationKind.GOVERNMENT,
                                                          country="India"))  # fmt: skip
    assert describe(ParticipationRecord(indian), record) == "an Indian official"
    assert describe(ParticipationRecord(person(9, "A", "Bee", MOFA)), record) == (
        "a Japanese official"
    )


def test_names_are_found_in_any_script_folded_whole_words_family_name_alone():
    finder = NameFinder([CORREA, KORTUNOV, KOZUKI, person(10, "Taro", "Ōno")])
    assert finder.named("As CORREA CABRERA put it…") == [CORREA]
    assert finder.named("ono said so")[0].family_name == "Ōno"  # accents folded
    assert finder.named("Kortunov's point") == [KORTUNOV]
    assert finder.named("Выступление Кортунова было долгим") == [KORTUNOV]  # declined
    assert finder.named("上月豊久大使が開会した。") == [KOZUKI]  # no spaces in Japanese
    assert finder.named("The Kozukis' house") == []  # whole words only
    assert finder.named("Participants from the three countries") == []
    assert finder.named("Correa alone") == []  # part of a two-word family name is not it


def test_the_texts_that_name_a_participant():
    at = datetime(2018, 2, 26, 15, 40, tzinfo=UTC)
    entries = [
        LogEntryRecord(at=at, text="Saunders asked about sanctions.", category=LogCategory.NOTE),
        LogEntryRecord(at=at, text="A US scholar answered.", category=LogCategory.NOTE),
        LogEntryRecord(at=at, text="Saunders spoke 5:00", category=LogCategory.TIMING),
        LogEntryRecord(at=at, text="Кортунов: договорились.", category=LogCategory.DECISION),
    ]
    record = event(summary="The moderator opened.\n\nBoyle closed the meeting.")
    found = naming_texts(record, entries)
    assert [(f.at, f.excerpt, [p.id for p in f.people]) for f in found] == [
        (None, "Boyle closed the meeting.", [5]),
        (at, "Saunders asked about sanctions.", [2]),
        (at, "Кортунов: договорились.", [3]),
    ]  # timing entries are not in the minutes' record, so not listed


def test_attendance_groups_present_apologies_absent_by_delegation():
    groups = attendance_groups(event(), today=date(2024, 1, 1))
    shown = [(g.key, [(name, [p.person.id for p in people]) for name, people in g.delegations])
             for g in groups]  # fmt: skip
    assert shown == [
        ("present", [("Russian delegation", [3]), ("", [5, 1, 6])]),
        ("apologies", [("Japan team", [4])]),
        (ABSENT, [("", [2, 7])]),
    ]
    assert [g.count for g in groups] == [4, 1, 2]


def test_before_the_event_those_not_yet_come_are_expected():
    upcoming = event()
    assert attendance_groups(upcoming, today=date(2018, 2, 1))[-1].key == EXPECTED
    upcoming.status = EventStatus.HELD  # marked held: absent, whatever the date
    assert attendance_groups(upcoming, today=date(2018, 2, 1))[-1].key == ABSENT
