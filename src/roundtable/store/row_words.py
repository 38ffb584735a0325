"""What the store's messages call a table and a column: "the duration of an agenda item".

Both the recording transaction (a row changed meanwhile) and the last check of values (a value
out of range) name rows this way, so the words live here, below both. They are in the
interface's language (``noun`` and ``column_noun`` look them up when a message is made).
"""

from __future__ import annotations

from collections.abc import Callable

from roundtable.wording import QT_TR_NOOP, SOURCE_LANGUAGE, speaking, tr

NOUNS = {
    "event": QT_TR_NOOP("the event"),
    "series": QT_TR_NOOP("the series"),
    "event_organisation": QT_TR_NOOP("an organisation's role"),
    "attachment": QT_TR_NOOP("an attachment"),
    "delegation": QT_TR_NOOP("a delegation"),
    "organisation": QT_TR_NOOP("an organisation"),
    "participation": QT_TR_NOOP("a participant"),
    "event_day": QT_TR_NOOP("a day of the programme"),
    "agenda_item": QT_TR_NOOP("an agenda item"),
    "agenda_speaker": QT_TR_NOOP("a speaker"),
    "seating_plan": QT_TR_NOOP("a seating plan"),
    "seat": QT_TR_NOOP("a seat"),
    "seat_pair_rule": QT_TR_NOOP("a seating rule"),
    "log_entry": QT_TR_NOOP("a log entry"),
    "log_revision": QT_TR_NOOP("an earlier text of a log entry"),
    "log_entry_person": QT_TR_NOOP("a log entry's person"),
    "event_change": QT_TR_NOOP("the change history"),
    "person": QT_TR_NOOP("a person"),
    "affiliation": QT_TR_NOOP("an affiliation"),
}
"""English, marked for translation; a message reads them through ``noun``."""


def noun(table: str) -> str:
    """How a message names a row of ``table`` it cannot name better ("an agenda item")."""
    english = NOUNS.get(table)
    return tr(english) if english else table.replace("_", " ")


def in_both(words: Callable[[], str]) -> tuple[str, str]:
    """``words()`` in the current language and in English: a message to show and the same
    message as a fixed text that code may test (why a file cannot be opened, say), from one
    ``tr()`` call."""
    with speaking(SOURCE_LANGUAGE):
        english = words()
    return words(), english


def first_upper(text: str) -> str:
    """``text`` opening a sentence (unlike ``str.capitalize``, the rest keeps its case)."""
    return text[:1].upper() + text[1:]


def column_noun(column: str) -> str:
    """How a message names a column ("duration"); a column not listed keeps its own name."""
    words = {
        "area": tr("area", "field"),
        "at": tr("at", "field"),
        "attendance": tr("attendance", "field"),
        "author": tr("author", "field"),
        "bio": tr("bio", "field"),
        "caption": tr("caption", "field"),
        "category": tr("category", "field"),
        "chair_participation_id": tr("chair", "field"),
        "country": tr("country", "field"),
        "day_date": tr("day date", "field"),
        "day_id": tr("day", "field"),
        "delegation_id": tr("delegation", "field"),
        "description": tr("description", "field"),
        "duration_minutes": tr("duration", "field"),
        "email": tr("email", "field"),
        "end_date": tr("end date", "field"),
        "end_time": tr("end time", "field"),
        "ends_at": tr("ends at", "field"),
        "family_name": tr("family name", "field"),
        "filename": tr("filename", "field"),
        "given_name": tr("given name", "field"),
        "head_seat": tr("head seat", "field"),
        "honorific": tr("honorific", "field"),
        "kind": tr("kind", "field"),
        "label": tr("label", "field"),
        "locked": tr("locked", "field"),
        "mime_type": tr("mime type", "field"),
        "name": tr("name", "field"),
        "name_order": tr("name order", "field"),
        "native_name": tr("native name", "field"),
        "notes": tr("notes", "field"),
        "number": tr("number", "field"),
        "organisation_id": tr("organisation", "field"),
        "participation_id": tr("occupant", "field"),
        "patronymic": tr("patronymic", "field"),
        "phone": tr("phone", "field"),
        "photo": tr("photo", "field"),
        "photo_crop": tr("photo crop", "field"),
        "pronunciation": tr("pronunciation", "field"),
        "attribution": tr("attribution rule", "field"),
        "house_rules": tr("house rules", "field"),
        "rsvp": tr("RSVP line", "field"),
        "logo": tr("logo", "field"),
        "card_name": tr("name on card", "field"),
        "position": tr("position", "field"),
        "precedence": tr("precedence", "field"),
        "programme": tr("programme", "field"),
        "replaced_at": tr("replaced at", "field"),
        "replaced_by": tr("replaced by", "field"),
        "role": tr("role", "field"),
        "room": tr("room", "field"),
        "round_number": tr("round number", "field"),
        "rows": tr("rows", "field"),
        "seat_count": tr("seat count", "field"),
        "seats_per_side": tr("seats per side", "field"),
        "series_id": tr("series", "field"),
        "shape": tr("shape", "field"),
        "short_name": tr("short name", "field"),
        "short_title": tr("short title", "field"),
        "size": tr("size", "field"),
        "slot_end": tr("slot", "field"),
        "slot_start": tr("slot", "field"),
        "slug": tr("slug", "field"),
        "sort_order": tr("sort order", "field"),
        "span": tr("span", "field"),
        "speaking_minutes": tr("speaking minutes", "field"),
        "start_date": tr("start date", "field"),
        "start_time": tr("start time", "field"),
        "status": tr("status", "field"),
        "subtitle": tr("subtitle", "field"),
        "summary": tr("summary", "field"),
        "text": tr("text", "field"),
        "timezone": tr("timezone", "field"),
        "title": tr("title", "field"),
        "together": tr("together", "field"),
        "venue_city": tr("venue city", "field"),
        "venue_country": tr("venue country", "field"),
        "venue_name": tr("venue name", "field"),
        "venue_postcode": tr("venue postcode", "field"),
        "venue_region": tr("venue region", "field"),
        "venue_room": tr("venue room", "field"),
        "venue_street": tr("venue street", "field"),
        "website": tr("website", "field"),
    }
    return words.get(column) or column.replace("_", " ")
