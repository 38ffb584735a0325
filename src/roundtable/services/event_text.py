"""Everything about one event as text (``roundtable show``) or as plain JSON (``--json``).

Command-line text, so its words stay English (they are not wrapped for translation); its dates
come from ``domain.local_dates``, in English here too, so they read as everywhere else.
"""

from __future__ import annotations

import textwrap
from typing import Any

from roundtable.domain import local_dates
from roundtable.domain.enums import ParticipantRole
from roundtable.domain.names import affiliation_text, full_name
from roundtable.domain.records import EventRecord, EventSummary, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.services.bundle import bundle_from_record
from roundtable.services.dates import iso_span, when
from roundtable.services.venue_text import venue_line

WIDTH = 96


def summary_line(event: EventSummary) -> str:
    """One line of ``roundtable events``: id, slug, dates, title, series and round, venue."""
    series = ""
    if event.series_name:
        series = f"  [{event.series_name}"
        series += f", round {event.round_number}]" if event.round_number else "]"
    venue = f"  @ {event.venue_display}" if event.venue_display else ""
    span = iso_span(event.start_date, event.end_date, event.start_time, event.end_time)
    return f"{event.id}\t{event.slug}\t{span}\t{event.title}{series}{venue}"


def summary_json(event: EventSummary) -> dict[str, Any]:
    return {
        "id": event.id,
        "slug": event.slug,
        "title": event.title,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "start_time": event.start_time.strftime("%H:%M") if event.start_time else None,
        "end_time": event.end_time.strftime("%H:%M") if event.end_time else None,
        "timezone": event.timezone,
        "status": event.status.value,
        "kind": event.kind.value,
        "series": event.series_name or None,
        "round": event.round_number,
        "programme": event.programme,
        "venue": event.venue_display,
    }


def participant_line(p: ParticipationRecord) -> str:
    name = full_name(p.person, honorific=True)
    if p.person.native_name:
        name += f" — {p.person.native_name}"
    aff = affiliation_text(p.person, positions=True)
    line = f"{name} ({aff})" if aff else name
    if p.delegation:
        line += f" [{p.delegation}]"
    if p.attendance.value != "attended":
        line += f" · {p.attendance.label.lower()}"
    return line


def participants_by_role(event: EventRecord) -> list[tuple[ParticipantRole, list]]:
    groups = []
    for role in ParticipantRole:
        members = sorted(
            (p for p in event.participants if p.role is role), key=lambda p: p.precedence
        )
        if members:
            groups.append((role, members))
    return groups


def _agenda_lines(event: EventRecord, day) -> list[str]:
    """The day's items with computed times, who speaks, and what the timing check found."""
    if not day.items:
        return []
    from roundtable.services.agenda_timing import format_clock, schedule_day

    names = {p.id: full_name(p.person, honorific=True) for p in event.participants}
    schedule = schedule_day(day, event.timezone)
    lines = []
    for slot in schedule.items:
        item = slot.item
        when = f"{format_clock(slot.start, day.day_date)}–{format_clock(slot.end, day.day_date)}"
        line = f"    {when}  {item.title}"
        if item.kind.label.casefold() != item.title.casefold():
            line += f" ({item.kind.label})"
        lines.append(line)
        if item.chair_participation_id in names:
            lines.append(f"        Chair: {names[item.chair_participation_id]}")
        speakers = [names[s.participation_id] for s in item.speakers if s.participation_id in names]
        if speakers:
            lines.append(f"        Speakers: {', '.join(speakers)}")
    lines += [f"    ! {w.message}" for w in schedule.warnings]
    return lines


def _seating_lines(event: EventRecord, plan: SeatingPlanRecord) -> list[str]:
    """The plan's layout, then every seat that has someone or something on it, by number."""
    layout = f"{plan.shape.label}, {plan.seat_count} seats, head seat {plan.head_seat}"
    if plan.day_date:
        layout += f"; {local_dates.day_heading(plan.day_date)}"
    lines = [f"  {plan.name} ({layout})"]
    if plan.notes.strip():
        lines += _paragraphs(plan.notes, "    ")
    names = {p.id: full_name(p.person, honorific=True) for p in event.participants}
    for seat in sorted(plan.seats, key=lambda seat: seat.number):
        what = [names[seat.participation_id]] if seat.participation_id in names else []
        if seat.label:
            what.append(f"[{seat.label}]" if what else f"reserved: {seat.label}")
        if seat.locked:
            what.append("(locked)")
        if what:
            head = " (head)" if seat.number == plan.head_seat else ""
            lines.append(f"    {seat.number:>3}  {' '.join(what)}{head}")
    return lines


def _paragraphs(text: str, indent: str = "  ") -> list[str]:
    lines: list[str] = []
    for para in text.strip().split("\n\n"):
        lines += textwrap.wrap(
            " ".join(para.split()), WIDTH, initial_indent=indent, subsequent_indent=indent,
            break_on_hyphens=False, break_long_words=False,
        ) or [""]  # fmt: skip
        lines.append("")
    return lines[:-1]


def event_text(event: EventRecord) -> str:
    """The whole event as plain text: the facts, then each part that has anything in it."""
    out = [event.title]
    if event.subtitle:
        out.append(event.subtitle)
    out.append("")
    out += _fact_lines(event)
    out += _section("Organisations", _organisation_lines(event))
    out += _section("Delegations", _delegation_lines(event))
    out += _section("Participants", _participant_lines(event))
    out += _section("Days", _day_lines(event))
    seating = [line for plan in event.seating_plans for line in _seating_lines(event, plan)]
    out += _section("Seating", seating)
    # House rules are a few short lines (recording, press...): kept a line each.
    rules = [f"  {line.strip()}" for line in event.house_rules.splitlines() if line.strip()]
    out += _section("House rules", rules)
    for label, text in (("Description", event.description), ("Minutes", event.summary),
                        ("Notes", event.notes)):  # fmt: skip
        if text.strip():
            out += ["", label, *_paragraphs(text)]
    attachments = [f"  {a.kind.label}: {a.filename} ({a.size:,} bytes)" for a in event.attachments]
    out += _section("Attachments", attachments)
    return "\n".join(out) + "\n"


def _section(heading: str, lines: list[str]) -> list[str]:
    """A blank line, the heading and the lines; nothing at all when there are no lines."""
    return ["", heading, *lines] if lines else []


def _fact_lines(event: EventRecord) -> list[str]:
    """Each fact the event has, as its label padded to one column and its value."""
    series = ""
    if event.series:
        series = event.series.name + (f", round {event.round_number}" if event.round_number else "")
    rows = [
        ("Id", f"{event.id}   slug: {event.slug}"),
        ("Short title", event.short_title),
        ("Programme", event.programme),
        ("Series", series),
        ("Kind", event.kind.label),
        ("Status", event.status.label),
        ("When", when(event.start_date, event.end_date, event.start_time, event.end_time)),
        ("Time zone", event.timezone),
        ("Venue", venue_line(event.venue)),
        ("Rule", event.attribution.label),
        ("RSVP", event.rsvp),
    ]
    return [f"{label + ':':<13}{value}" for label, value in rows if value]


def _organisation_lines(event: EventRecord) -> list[str]:
    return [
        f"  {o.role.label}: {o.organisation.name}"
        + (f" ({o.organisation.short_name})" if o.organisation.short_name else "")
        + (f", {o.organisation.country}" if o.organisation.country else "")
        + (" [logo]" if o.organisation.has_logo else "")
        for o in event.organisations
    ]


def _delegation_lines(event: EventRecord) -> list[str]:
    lines = []
    for d in event.delegations:
        extra = [x for x in (d.country, d.organisation.name if d.organisation else "") if x]
        lines.append(f"  {d.name}" + (f" ({'; '.join(extra)})" if extra else ""))
    return lines


def _participant_lines(event: EventRecord) -> list[str]:
    lines = []
    for role, members in participants_by_role(event):
        lines.append(f"  {role.label}")
        # How a name is said is the moderator's to read aloud; staff see it here too.
        lines += [f"    {participant_line(p)}" + (f" · say “{p.person.pronunciation}”"
                  if p.person.pronunciation else "") for p in members]  # fmt: skip
    return lines


def _day_lines(event: EventRecord) -> list[str]:
    """Each day's date, hours and title, its notes, then its agenda."""
    lines = []
    for d in event.days:
        slot = f" ({d.slot_start:%H:%M}–{d.slot_end:%H:%M})" if d.slot_start and d.slot_end else ""
        head = f"  {local_dates.day_heading(d.day_date)}{slot}"
        lines.append(head + (f": {d.title}" if d.title else ""))
        if d.notes:
            lines.append(f"    {d.notes}")
        lines += _agenda_lines(event, d)
    return lines


def event_json(event: EventRecord) -> dict[str, Any]:
    """The bundle's view of the event plus local ids; attachments listed without their data."""
    bundle = bundle_from_record(event)
    body = bundle["event"]
    body["id"] = event.id
    # The bundle leaves out what is at its default; a reader of --json gets every field.
    body["attribution"] = event.attribution.value
    body["house_rules"] = event.house_rules
    body["rsvp"] = event.rsvp
    body["series"] = bundle["series"]
    body["attachments"] = [
        {"filename": a.filename, "kind": a.kind.value, "mime_type": a.mime_type,
         "caption": a.caption, "size": a.size}
        for a in event.attachments
    ]  # fmt: skip
    people = {p["uid"]: p for p in bundle["people"]}
    orgs = {o["uid"]: o for o in bundle["organisations"]}
    for person in event.participants:
        people[person.person.uid]["pronunciation"] = person.person.pronunciation
    for p in people.values():
        for a in p["affiliations"]:
            a["organisation"] = orgs[a["organisation"]]
    for o in body["organisations"]:
        o["organisation"] = orgs[o["organisation"]]
    for d in body["delegations"]:
        d["organisation"] = orgs[d["organisation"]] if d["organisation"] else None
    for p in body["participants"]:
        p["person"] = people[p["person"]]
    return body
