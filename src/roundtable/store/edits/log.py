"""Handlers for an event's journal: entries are added and edited, never deleted (only an undo
of their adding takes them back)."""

from __future__ import annotations

from roundtable.domain.edits.log import AddLogEntry, EditLogEntry
from roundtable.domain.log import LogEntryRecord, check_times
from roundtable.errors import UserError
from roundtable.store import models as m
from roundtable.store.edits.common import event_row
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.log import clean_text, to_db
from roundtable.store.recorder import StaleError
from roundtable.wording import tr


def _checked(context: EditContext, event_id: int, entry: LogEntryRecord) -> dict:
    """The entry's columns, checked as the entry dialog checks them."""
    check_times(entry)
    tx = context.tx
    if entry.agenda_item_id is not None:
        item = tx.get("agenda_item", entry.agenda_item_id)
        day = tx.get("event_day", item["day_id"]) if item is not None else None
        if day is None or day["event_id"] != event_id:
            raise StaleError(
                tr(
                    "the log entry points at an agenda item of another event, or one removed "
                    "meanwhile (by another window or user); nothing was saved"
                )
            )
    for person_id in entry.person_ids:
        if tx.get("person", person_id) is None:
            raise UserError(tr("the log entry names a person who is not in the directory"))
    return {
        "text": clean_text(entry.text),
        "at": to_db(entry.at),
        "ends_at": to_db(entry.ends_at),
        "category": entry.category.value,
        "span": entry.span.value,
        "agenda_item_id": entry.agenda_item_id,
    }


def _link_people(context: EditContext, entry_id: int, person_ids: list[int]) -> None:
    tx = context.tx
    current = {r["person_id"]: r for r in tx.find("log_entry_person", entry_id=entry_id)}
    for person_id, link in current.items():
        if person_id not in person_ids:
            tx.delete("log_entry_person", link["id"])
    for position, person_id in enumerate(person_ids):
        row = current.get(person_id)
        if row is None:
            tx.insert("log_entry_person", entry_id=entry_id, person_id=person_id, position=position)
        else:
            tx.update("log_entry_person", row["id"], position=position)


@handles(AddLogEntry)
def add_entry(context: EditContext, edit: AddLogEntry) -> int:
    event_row(context, edit.event_id)
    entry = edit.entry
    values = _checked(context, edit.event_id, entry)
    entry_id = context.tx.insert(
        "log_entry",
        event_id=edit.event_id,
        uid=entry.uid or m.new_uid(),
        author=entry.author or context.author,
        created_at=to_db(entry.created_at) or context.now,
        **values,
    )
    _link_people(context, entry_id, entry.person_ids)
    return entry_id


@handles(EditLogEntry)
def edit_entry(context: EditContext, edit: EditLogEntry) -> None:
    before, after = edit.before, edit.after
    if before.id is None or after.id != before.id:
        raise ValueError("an edit needs the same, saved entry before and after")
    tx = context.tx
    row = tx.need("log_entry", before.id, tr("this log entry"))
    seen = _checked(context, row["event_id"], before)
    people = [
        r["person_id"]
        for r in tx.find("log_entry_person", entry_id=before.id, order_by=("position", "id"))
    ]
    if any(row[k] != v for k, v in seen.items()) or people != list(before.person_ids):
        raise StaleError(
            tr(
                "this log entry was changed meanwhile (by another window or user); nothing was "
                "saved"
            )
        )
    values = _checked(context, row["event_id"], after)
    if values["text"] != row["text"]:
        tx.insert(
            "log_revision",
            entry_id=before.id,
            text=row["text"],
            replaced_at=context.now,
            replaced_by=context.author,
        )
    tx.update("log_entry", before.id, **values)
    _link_people(context, before.id, after.person_ids)
