"""Writing a whole event record through the ORM: creating an event, and the legacy whole-record
save (``Store.save_event``).

Edits of an event that exists go through ``store/edits`` and change only what they name; this
is for the cases where a whole record is the input: a new event (the editor's, a duplicate, a
bundle's, the examples') and a save of a record read at the event's current revision. Child
rows are matched by id (``store/event_children.py``), so unchanged rows keep their ids, and a
record whose ids are free is created with those ids: a deleted event brought back by undo keeps
everything that pointed at it.
"""

from __future__ import annotations

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from roundtable.domain.records import EventRecord, SeriesRecord
from roundtable.domain.seating_geometry import plan_geometry
from roundtable.domain.validation import validate_event
from roundtable.errors import ConflictError, UserError
from roundtable.store import mapping
from roundtable.store import models as m
from roundtable.store.event_children import sync_children
from roundtable.store.slugs import event_slug
from roundtable.store.value_limits import check_values
from roundtable.wording import tr


def check_record(record: EventRecord) -> None:
    """What a whole record must pass before it is written (UserError, phrased for people)."""
    validate_event(record)
    for plan in record.seating_plans:
        try:
            plan_geometry(plan)
        except UserError as exc:
            raise UserError(
                tr("seating plan “{plan}”: {problem}").format(plan=plan.name.strip(), problem=exc)
            ) from None


def write_event(s: Session, record: EventRecord) -> tuple[int, EventRecord | None]:
    """Make the event's rows match ``record``; returns its id and, for an existing event, the
    record as it was. The caller has checked the record (``check_record``)."""
    row = event_row(s, record)
    old = mapping.event_record(row, False) if sa_inspect(row).persistent else None
    with s.no_autoflush:
        row.slug = unique_slug(s, row.id, record)
    mapping.copy_event_fields(row, record)
    row.series = series_row(s, record.series) if record.series else None
    sync_children(s, row, record)
    check_pending(s)
    s.flush()
    return row.id, old


def check_pending(s: Session) -> None:
    """Every row the flush will write keeps to the limits the store's edits keep to
    (``value_limits``): the whole-record path must not be a way round them."""
    for item in [*s.new, *s.dirty]:
        state = sa_inspect(item)
        loaded = state.dict
        values = {
            attr.columns[0].name: loaded[attr.key]
            for attr in state.mapper.column_attrs
            if attr.key in loaded
        }
        check_values(item.__table__.name, values)


def event_row(s: Session, record: EventRecord) -> m.Event:
    if record.id is not None:
        row = s.get(m.Event, record.id)
        if row is not None:
            return row
    if record.uid and s.scalar(select(m.Event.id).where(m.Event.uid == record.uid)):
        raise ConflictError(tr("an event with uid {uid} already exists").format(uid=record.uid))
    row = m.Event(id=record.id, uid=record.uid or m.new_uid())
    s.add(row)
    return row


def slug_owner(s: Session, slug: str, except_event: int | None) -> int | None:
    query = select(m.Event.id).where(m.Event.slug == slug)
    if except_event is not None:
        query = query.where(m.Event.id != except_event)
    return s.scalar(query)


def unique_slug(s: Session, event_id: int | None, record: EventRecord) -> str:
    """The record's own slug if free (else a clear error); a fresh one if it has none."""
    if record.slug:
        owner = slug_owner(s, record.slug, event_id)
        if owner is not None:
            raise ConflictError(
                tr("the short name {slug} is used by event {event}").format(
                    slug=repr(record.slug), event=owner
                )
            )
        return record.slug
    base = event_slug(record.title, record.start_date.year)
    slug, n = base, 1
    while slug_owner(s, slug, event_id) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def series_row(s: Session, rec: SeriesRecord) -> m.Series:
    row = s.get(m.Series, rec.id) if rec.id else None
    if row is None and rec.uid:
        row = s.scalar(select(m.Series).where(m.Series.uid == rec.uid))
    if row is None:
        row = s.scalar(select(m.Series).where(m.Series.name == rec.name.strip()))
    if row is None:
        row = m.Series(uid=rec.uid or m.new_uid(), name=rec.name.strip())
        s.add(row)
    row.name = rec.name.strip()
    row.short_name = rec.short_name
    row.description = rec.description
    return row
