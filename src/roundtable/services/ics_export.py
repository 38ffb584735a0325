"""iCalendar (.ics) export: one VEVENT per agenda item, or the whole event without an agenda.

Times carry the event's own time zone (TZID plus a VTIMEZONE built from the tz database), so a
calendar program shows a Moscow session at the right hour wherever the reader is. UIDs are
derived from the event's uid and the item's place, so importing a newer export updates the
entries instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from roundtable import __version__
from roundtable.atomic_write import write_bytes_atomically
from roundtable.domain.naming import Output, name_with_affiliation
from roundtable.domain.records import AgendaItemRecord, EventRecord
from roundtable.services.agenda_timing import schedule_day
from roundtable.services.venue_text import venue_line

UID_DOMAIN = "roundtable.app"


def _item_description(item: AgendaItemRecord, names: dict[int | None, str]) -> str:
    lines = [item.kind.english_label]  # a file: English whatever the interface
    if item.chair_participation_id in names:
        lines.append(f"Chair: {names[item.chair_participation_id]}")
    speakers = [
        names[s.participation_id] + (f" ({s.speaking_minutes} min)" if s.speaking_minutes else "")
        for s in item.speakers
        if s.participation_id in names
    ]
    if speakers:
        lines.append("Speakers: " + "; ".join(speakers))
    if item.room:
        lines.append(f"Room: {item.room}")
    if item.description.strip():
        lines += ["", item.description.strip()]
    return "\n".join(lines)


def event_calendar(event: EventRecord, *, now: datetime | None = None) -> bytes:
    """The .ics bytes for ``event``; ``now`` fixes DTSTAMP (tests compare exports)."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    zone = ZoneInfo(event.timezone)
    location = venue_line(event.venue)
    title = event.short_title or event.title
    # "Ambassador Toyohisa Kozuki (Japanese Ambassador to Russia, Embassy of Japan in Russia)":
    # the calendar's rule in domain.naming, position and all, as the agenda names people.
    names = {p.id: name_with_affiliation(p.person, Output.CALENDAR) for p in event.participants}

    calendar = Calendar()
    calendar.add("prodid", f"-//Roundtable//Roundtable {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", event.title)

    def entry(uid: str, summary: str, description: str) -> VEvent:
        vevent = VEvent()
        vevent.add("uid", f"{uid}@{UID_DOMAIN}")
        vevent.add("dtstamp", stamp)
        vevent.add("summary", summary)
        if description:
            vevent.add("description", description)
        if location:
            vevent.add("location", location)
        calendar.add_component(vevent)
        return vevent

    timed = [
        (day, slot)
        for day in event.days
        for slot in schedule_day(day, event.timezone).items
        if slot.item.duration_minutes > 0
    ]
    for day, slot in timed:
        vevent = entry(
            f"{event.uid}-{day.day_date.isoformat()}-{slot.index + 1}",
            f"{slot.item.title} — {title}",
            _item_description(slot.item, names),
        )
        vevent.add("dtstart", slot.start)
        vevent.add("dtend", slot.end)
        vevent.add("categories", [slot.item.kind.english_label])
    if not timed:
        vevent = entry(event.uid or event.slug, event.title, event.description.strip())
        if event.start_time is not None:
            start = datetime.combine(event.start_date, event.start_time, zone)
            end_time = event.end_time or event.start_time
            end = datetime.combine(event.end_date, end_time, zone)
            vevent.add("dtstart", start)
            vevent.add("dtend", end if end > start else start + timedelta(hours=1))
        else:  # all-day: DTEND is the day after the last day
            vevent.add("dtstart", event.start_date)
            vevent.add("dtend", event.end_date + timedelta(days=1))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def write_ics(event: EventRecord, path: str | Path) -> None:
    write_bytes_atomically(path, event_calendar(event))


__all__ = ["event_calendar", "write_ics"]
