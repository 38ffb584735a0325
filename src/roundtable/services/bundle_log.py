"""The event log inside a bundle (``event.log``): journal entries and the change history.

Local ids mean nothing on another machine, so an entry names its agenda item by day and
position and its people by uid (only the event's participants travel in a bundle; links to
anyone else are left out). Times are UTC, written ``YYYY-MM-DDTHH:MM:SSZ``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from roundtable.domain import enums
from roundtable.domain.limits import year_problem
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord, LogRevision
from roundtable.domain.records import EventRecord
from roundtable.services.schema_check import SchemaError
from roundtable.wording import tr


def _stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_optional_stamp(text: str | None, where: str) -> datetime | None:
    return None if text is None else _parse_stamp(text, where)


def _parse_stamp(text: str, where: str) -> datetime:
    """A required time: the schema (checked before this runs) makes it a string."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SchemaError(
            tr("{where}: {value} is not a time like 2017-03-15T07:00:00Z").format(
                where=where, value=repr(text)
            )
        ) from None
    if value.tzinfo is None:
        raise SchemaError(
            tr("{where}: {value} needs its zone (end it with Z for UTC)").format(
                where=where, value=repr(text)
            )
        )
    problem = year_problem(value.year)  # checked first: near the calendar's ends the move
    if problem:  # to UTC itself would overflow
        raise SchemaError(
            tr("{where}: {value} {problem}").format(where=where, value=repr(text), problem=problem)
        )
    return value.astimezone(UTC)


def _item_ref(item: dict[str, Any], where: str) -> tuple[date, int]:
    try:
        day = date.fromisoformat(item["day"])
    except ValueError:
        raise SchemaError(
            tr("{where}.day: {value} is not a date").format(where=where, value=repr(item["day"]))
        ) from None
    return day, item["index"]


def log_to_bundle(event: EventRecord, log: EventLog) -> dict[str, Any]:
    item_ref = {
        item.id: {"day": day.day_date.isoformat(), "index": index}
        for day in event.days
        for index, item in enumerate(day.items)
    }
    person_uid = {p.person.id: p.person.uid for p in event.participants}
    return {
        "entries": [
            {
                "uid": e.uid,
                "at": _stamp(e.at),
                "ends_at": _stamp(e.ends_at),
                "category": e.category.value,
                "span": e.span.value,
                "text": e.text,
                "author": e.author,
                "created_at": _stamp(e.created_at),
                "item": item_ref.get(e.agenda_item_id),
                "people": [person_uid[pid] for pid in e.person_ids if pid in person_uid],
                "revisions": [
                    {
                        "text": r.text,
                        "replaced_at": _stamp(r.replaced_at),
                        "replaced_by": r.replaced_by,
                    }
                    for r in e.revisions
                ],  # fmt: skip
            }
            for e in log.entries
        ],
        "changes": [
            {"at": _stamp(c.at), "author": c.author, "area": c.area.value, "summary": c.summary}
            for c in log.changes
        ],
    }


def log_from_bundle(body: dict[str, Any], participants: set[str]) -> EventLog | None:
    """The bundle's log, or None when the bundle has none (an older bundle)."""
    data = body.get("log")
    if data is None:
        return None
    entries = []
    for i, e in enumerate(data.get("entries", [])):
        where = f"event.log.entries[{i}]"
        for j, uid in enumerate(e.get("people", [])):
            if uid not in participants:
                raise SchemaError(
                    tr("{where}.people[{index}]: {uid} is not a participant").format(
                        where=where, index=j, uid=repr(uid)
                    )
                )
        item = e.get("item")
        entries.append(
            LogEntryRecord(
                uid=e.get("uid"),
                at=_parse_stamp(e["at"], f"{where}.at"),
                ends_at=_parse_optional_stamp(e.get("ends_at"), f"{where}.ends_at"),
                category=enums.LogCategory(e.get("category", "note")),
                span=enums.LogSpan(e.get("span", "none")),
                text=e["text"],
                author=e.get("author", ""),
                created_at=_parse_optional_stamp(e.get("created_at"), f"{where}.created_at"),
                agenda_item_ref=_item_ref(item, f"{where}.item") if item else None,
                person_uids=list(e.get("people", [])),
                revisions=[
                    LogRevision(
                        text=r["text"],
                        replaced_at=_parse_stamp(r["replaced_at"], f"{where}.revisions[{k}]"),
                        replaced_by=r.get("replaced_by", ""),
                    )
                    for k, r in enumerate(e.get("revisions", []))
                ],
            )
        )
    changes = [
        ChangeRecord(
            at=_parse_stamp(c["at"], f"event.log.changes[{i}].at"),
            author=c.get("author", ""),
            area=enums.ChangeArea(c.get("area", "event")),
            summary=c["summary"],
        )
        for i, c in enumerate(data.get("changes", []))
    ]
    return EventLog(entries, changes)
