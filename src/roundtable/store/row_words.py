"""What the store's messages call a table and a column: "the duration of an agenda item".

Both the recording transaction (a row changed meanwhile) and the last check of values (a value
out of range) name rows this way, so the words live here, below both.
"""

from __future__ import annotations

NOUNS = {
    "event": "the event",
    "series": "the series",
    "event_organisation": "an organisation's role",
    "attachment": "an attachment",
    "delegation": "a delegation",
    "organisation": "an organisation",
    "participation": "a participant",
    "event_day": "a day of the programme",
    "agenda_item": "an agenda item",
    "agenda_speaker": "a speaker",
    "seating_plan": "a seating plan",
    "seat": "a seat",
    "seat_pair_rule": "a seating rule",
    "log_entry": "a log entry",
    "log_revision": "an earlier text of a log entry",
    "log_entry_person": "a log entry's person",
    "event_change": "the change history",
    "person": "a person",
    "affiliation": "an affiliation",
}


def column_noun(column: str) -> str:
    return {
        "duration_minutes": "duration",
        "participation_id": "occupant",
        "chair_participation_id": "chair",
        "slot_start": "slot",
        "slot_end": "slot",
        "day_id": "day",
        "delegation_id": "delegation",
        "series_id": "series",
        "organisation_id": "organisation",
    }.get(column, column.replace("_", " "))
