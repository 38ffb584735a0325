"""Sample events for the GUI tests: a two-round series and a standalone event, close to the
example data in shape (own-script names, delegations, an attachment)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from roundtable.domain.enums import EventStatus, OrganisationRole, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    AttachmentRecord,
    DayRecord,
    DelegationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)


def trilateral(round_number: int = 2, **changes: Any) -> EventRecord:
    riac = OrganisationRecord(name="Russian International Affairs Council", short_name="RIAC")
    kortunov = PersonRecord(
        given_name="Andrey",
        family_name="Kortunov",
        native_name="Андрей Кортунов",
        affiliations=[AffiliationRecord(riac, "Director General")],
    )
    start = date(2016 + round_number, 3, 15)
    values: dict[str, Any] = {
        "title": f"U.S.-Japan-Russia Trilateral: round {round_number}",
        "start_date": start,
        "end_date": date(start.year, 3, 16),
        "start_time": time(10),
        "end_time": time(17, 30),
        "timezone": "Europe/Moscow",
        "programme": "Track II",
        "status": EventStatus.HELD,
        "series": SeriesRecord(name="U.S.-Japan-Russia Trilateral"),
        "round_number": round_number,
        "venue": VenueRecord(name="Hotel Baltschug", city="Moscow", country="Russia"),
        "organisations": [
            EventOrganisationRecord(riac, OrganisationRole.PARTNER),
            EventOrganisationRecord(
                OrganisationRecord(name="National Committee on American Foreign Policy"),
                OrganisationRole.HOST,
            ),
        ],
        "delegations": [DelegationRecord("Russian delegation", "Russia")],
        "participants": [
            ParticipationRecord(
                kortunov, ParticipantRole.OPENING_SPEAKER, delegation="Russian delegation"
            )
        ],
        "days": [DayRecord(start, title="Russia-Japan relations")],
        "attachments": [AttachmentRecord(filename="flyer.pdf", data=b"%PDF-1.4 flyer")],
    }
    values.update(changes)
    return EventRecord(**values)


def standalone(title: str = "Russia in the US-Japan Alliance?", **changes: Any) -> EventRecord:
    values: dict[str, Any] = {
        "title": title,
        "start_date": date(2018, 2, 26),
        "end_date": date(2018, 2, 26),
        "programme": "DC Policy Forum",
        "venue": VenueRecord(name="Wilson Center", city="Washington", country="United States"),
    }
    values.update(changes)
    return EventRecord(**values)
