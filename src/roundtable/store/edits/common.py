"""What several handlers need: finding an event's rows, making people and organisations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from roundtable.domain.records import OrganisationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.store import models as m
from roundtable.store.edits.registry import EditContext
from roundtable.store.recorder import StaleError
from roundtable.wording import tr


def plain(value: Any) -> Any:
    """How a value is stored: an enumeration by its value, the rest as it is."""
    return value.value if hasattr(value, "value") else value


def event_row(context: EditContext, event_id: int) -> dict[str, Any]:
    """The event's row; the edit is about this event (windows showing it refresh)."""
    row = context.tx.need("event", event_id, tr("the event"))
    context.tx.touch(event_id)
    return row


def person_name(row: dict[str, Any] | None) -> str:
    if row is None:
        return tr("someone")
    name = " ".join(p for p in (row["given_name"], row["family_name"]) if p)
    return name or row["native_name"] or tr("someone")


def participant_name(context: EditContext, participation_id: int | None) -> str:
    row = context.tx.get("participation", participation_id)
    return person_name(context.tx.get("person", row["person_id"]) if row else None)


def day_event(context: EditContext, day_id: int) -> tuple[dict[str, Any], int]:
    day = context.tx.need("event_day", day_id, tr("that day of the programme"))
    context.tx.touch(day["event_id"])
    return day, day["event_id"]


def item_event(context: EditContext, item_id: int) -> tuple[dict[str, Any], int]:
    item = context.tx.need("agenda_item", item_id, tr("that agenda item"))
    event_id = context.tx.need("event_day", item["day_id"])["event_id"]
    context.tx.touch(event_id)
    return item, event_id


def plan_event(context: EditContext, plan_id: int) -> tuple[dict[str, Any], int]:
    plan = context.tx.need("seating_plan", plan_id, tr("that seating plan"))
    context.tx.touch(plan["event_id"])
    return plan, plan["event_id"]


def check_participants(context: EditContext, event_id: int, ids: Iterable[int | None]) -> None:
    """Every id is a participation of this event (else someone removed them meanwhile)."""
    for participation_id in ids:
        if participation_id is None:
            continue
        row = context.tx.get("participation", participation_id)
        if row is None or row["event_id"] != event_id:
            raise StaleError(
                tr(
                    "someone in this change has left the event meanwhile (another window or "
                    "user removed them); nothing was changed"
                )
            )


def organisation_id(context: EditContext, record: OrganisationRecord) -> int:
    """The organisation's row: by id, then uid; created when neither is found. One new record
    used twice in an edit (host and affiliation) is one organisation."""
    cache = context.cache.setdefault("organisations", {})
    if id(record) in cache:
        return cache[id(record)]
    tx = context.tx
    found = tx.get("organisation", record.id) if record.id is not None else None
    if found is None and record.uid:
        rows = tx.find("organisation", uid=record.uid)
        found = rows[0] if rows else None
    if found is not None:
        cache[id(record)] = found["id"]
        return found["id"]
    if not record.name.strip():
        raise UserError(tr("the organisation needs a name"))
    new_id = tx.insert(
        "organisation",
        uid=record.uid or m.new_uid(),
        name=record.name.strip(),
        short_name=record.short_name,
        kind=plain(record.kind),
        country=record.country,
        website=record.website,
        notes=record.notes,
        logo=record.logo or None,
        logo_mime=record.logo_mime if record.logo else "",
    )
    cache[id(record)] = new_id
    return new_id


PERSON_COLUMNS = (
    "honorific",
    "given_name",
    "family_name",
    "patronymic",
    "name_order",
    "native_name",
    "country",
    "email",
    "phone",
    "website",
    "bio",
    "notes",
    "photo_crop",
    "pronunciation",
)


def create_person(context: EditContext, record: PersonRecord) -> int:
    """A new person with their affiliations and photo (a record without an id)."""
    cache = context.cache.setdefault("people", {})
    if id(record) in cache:
        return cache[id(record)]
    if not (record.given_name.strip() or record.family_name.strip()):
        raise UserError(tr("a person needs a given name or a family name"))
    tx = context.tx
    if record.uid and tx.find("person", uid=record.uid):
        existing = tx.find("person", uid=record.uid)[0]["id"]
        cache[id(record)] = existing
        return existing
    values = {name: plain(getattr(record, name)) for name in PERSON_COLUMNS}
    if record.photo:
        values.update(photo=record.photo, photo_mime=record.photo_mime)
    person_id = tx.insert("person", uid=record.uid or m.new_uid(), **values)
    set_affiliations(context, person_id, record.affiliations)
    cache[id(record)] = person_id
    return person_id


def set_affiliations(context: EditContext, person_id: int, affiliations) -> None:
    """Make the person's affiliations exactly these, in this order."""
    tx = context.tx
    for row in tx.find("affiliation", person_id=person_id):
        tx.delete("affiliation", row["id"])
    for order, affiliation in enumerate(affiliations):
        tx.insert(
            "affiliation",
            person_id=person_id,
            organisation_id=organisation_id(context, affiliation.organisation),
            position=affiliation.position,
            sort_order=order,
        )


def next_order(context: EditContext, table: str, column: str, **where: Any) -> int:
    largest = context.tx.largest(table, column, **where)
    return 0 if largest is None else largest + 1
