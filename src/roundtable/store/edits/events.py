"""Handlers for events as a whole and for what the event dialog edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from roundtable.domain.edits.event import (
    EVENT_FIELD_NAMES,
    CreateEvent,
    DeleteEvent,
    MoveDays,
    SetAttachments,
    SetDelegations,
    SetEventFields,
    SetEventOrganisations,
)
from roundtable.domain.enums import ChangeArea
from roundtable.domain.file_names import safe_file_name
from roundtable.domain.records import OrganisationRecord, SeriesRecord
from roundtable.domain.slugs import is_valid_slug
from roundtable.domain.validation import validate_event
from roundtable.errors import ConflictError, UserError
from roundtable.store import models as m
from roundtable.store.edits.common import event_row, organisation_id, plain
from roundtable.store.edits.registry import EditContext, handles
from roundtable.store.event_reader import read_event
from roundtable.store.event_writer import check_pending, check_record, write_event
from roundtable.store.mapping import ORGANISATION_FIELDS
from roundtable.store.recorder import Insert, StaleError, Update
from roundtable.store.slugs import event_slug
from roundtable.wording import tr

TABLE_ORDER = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}

# -- whole events -------------------------------------------------------------------------------


@handles(CreateEvent)
def create_event(context: EditContext, edit: CreateEvent) -> int:
    record = edit.record
    if record.id is not None and context.tx.get("event", record.id) is not None:
        raise ConflictError(tr("an event with id {id} already exists").format(id=record.id))
    check_record(record)
    with _recording_orm(context):
        event_id, _old = write_event(context.session, record)
        if edit.log is not None:
            context.store._replace_log(context.session, event_id, edit.log)
            context.session.flush()
    if edit.log is None or not edit.log.changes:
        # A bundle's own history travels with it (and says how the event came about); an
        # event with none starts its history here, as the examples do.
        context.tx.note(event_id, ChangeArea.EVENT, f"Created the event “{record.title}”")
    context.tx.touch(event_id)
    return event_id


class _recording_orm:  # noqa: N801 - used as a context manager, named for what it does
    """Record what the ORM inserts and updates while it writes a whole record, so that the
    Tx's operations (and so undo) cover it like any other edit."""

    def __init__(self, context: EditContext) -> None:
        self.context = context
        self.inserted: list[Any] = []
        self.updates: list[Update] = []

    def __enter__(self) -> None:
        session = self.context.session
        orm_event.listen(session, "pending_to_persistent", self._persistent)
        orm_event.listen(session, "before_flush", self._before_flush)

    def __exit__(self, kind, value, traceback) -> None:
        session = self.context.session
        if kind is None:
            session.flush()
        orm_event.remove(session, "pending_to_persistent", self._persistent)
        orm_event.remove(session, "before_flush", self._before_flush)
        if kind is not None:
            return
        tx = self.context.tx
        for update in self.updates:
            tx.ops.append(update)
            tx._mark(update.table, {"id": update.id})
        # The ORM says when each row became persistent, not in which order it wrote them:
        # parents first (the schema's order of tables), so undo deletes children first.
        for obj in sorted(self.inserted, key=lambda o: (TABLE_ORDER[o.__table__.name], o.id)):
            table = obj.__table__.name
            row = tx.get(table, obj.id)
            assert row is not None
            tx.ops.append(Insert(table, row))
            tx._mark(table, row)

    def _persistent(self, _session: Session, obj: Any) -> None:
        self.inserted.append(obj)

    def _before_flush(self, session: Session, _context, _instances) -> None:
        if session.deleted:
            raise AssertionError("writing a new event deletes nothing")
        check_pending(session)  # a bundle's log rows too keep to the store's limits
        for obj in session.dirty:
            state = sa_inspect(obj)
            if not state.persistent:
                continue
            before, after = {}, {}
            for attr in state.mapper.column_attrs:
                history = state.attrs[attr.key].history
                if history.deleted:
                    column = attr.columns[0].name
                    before[column] = history.deleted[0]
                    after[column] = history.added[0] if history.added else None
            if before:
                self.updates.append(Update(obj.__table__.name, obj.id, before, after))


@handles(DeleteEvent)
def delete_event(context: EditContext, edit: DeleteEvent) -> None:
    row = event_row(context, edit.event_id)
    if edit.revision is not None and row["revision"] != edit.revision:
        raise StaleError(
            tr(
                "“{title}” was changed after you chose to delete it (by another window or user); "
                "nothing was deleted. Look at it again first."
            ).format(title=row["title"])
        )
    context.tx.delete("event", edit.event_id, what=tr("“{title}”").format(title=row["title"]))


# -- the event's own fields -----------------------------------------------------------------------


@handles(SetEventFields)
def set_event_fields(context: EditContext, edit: SetEventFields) -> None:
    row = event_row(context, edit.event_id)
    expect: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for name, (old, new) in edit.changes.items():
        if name not in EVENT_FIELD_NAMES:
            raise ValueError(f"cannot set {name!r} of an event")
        if name == "series":
            expect["series_id"] = _series_id_seen(old)
            values["series_id"] = _series_id(context, new) if new is not None else None
        elif name == "slug":
            expect["slug"] = old
            values["slug"] = _slug(context, row, new)
        else:
            expect[name] = plain(old)
            values[name] = " ".join(str(new).split()) if name == "title" else plain(new)
    context.tx.update(
        "event",
        edit.event_id,
        expect=expect,
        what=tr("the event “{title}”").format(title=row["title"]),
        **values,
    )
    _check_event_later(context, edit.event_id)
    if edit.text:
        context.tx.note(edit.event_id, ChangeArea.EVENT, edit.text)


def _series_id_seen(old: SeriesRecord | None) -> int | None:
    return old.id if old is not None else None


def _series_id(context: EditContext, record: SeriesRecord) -> int:
    """The series' row (by id, then uid, then name), its fields as in ``record``."""
    tx = context.tx
    name = record.name.strip()
    if not name:
        raise UserError(tr("the series needs a name"))
    found = tx.get("series", record.id) if record.id is not None else None
    if found is None and record.uid:
        found = next(iter(tx.find("series", uid=record.uid)), None)
    if found is None:
        found = next(iter(tx.find("series", name=name)), None)
    if found is None:
        return tx.insert(
            "series",
            uid=record.uid or m.new_uid(),
            name=name,
            short_name=record.short_name,
            description=record.description,
        )
    tx.update(
        "series",
        found["id"],
        name=name,
        short_name=record.short_name,
        description=record.description,
    )
    return found["id"]


def _slug(context: EditContext, row: dict[str, Any], wanted: str) -> str:
    """The short name asked for if free, or a fresh one made from the title when cleared."""
    tx = context.tx
    if wanted:
        if not is_valid_slug(wanted):
            raise UserError(
                tr("the short name {slug} may use only a-z, 0-9 and single hyphens").format(
                    slug=repr(wanted)
                )
            )
        owner = next((r for r in tx.find("event", slug=wanted) if r["id"] != row["id"]), None)
        if owner is not None:
            raise ConflictError(
                tr("the short name {slug} is used by event {event}").format(
                    slug=repr(wanted), event=owner["id"]
                )
            )
        return wanted
    base = event_slug(row["title"], row["start_date"].year)
    slug, n = base, 1
    while any(r["id"] != row["id"] for r in tx.find("event", slug=slug)):
        n += 1
        slug = f"{base}-{n}"
    return slug


def _check_event_later(context: EditContext, event_id: int) -> None:
    def check() -> None:
        record = read_event(context.tx.connection, event_id, ())
        validate_event(record)
        for day in context.tx.find("event_day", event_id=event_id):
            if not record.start_date <= day["day_date"] <= record.end_date:
                raise UserError(
                    tr("the day {day} is outside the event's dates").format(day=day["day_date"])
                )

    context.check_later(f"event:{event_id}", check)


@handles(MoveDays)
def move_days(context: EditContext, edit: MoveDays) -> None:
    event_row(context, edit.event_id)
    # Later first when moving later (and earlier first when earlier), so no two days ever share
    # a date on the way.
    moves = sorted(edit.dates.items(), key=lambda kv: kv[1][0], reverse=_later(edit))
    for day_id, (old, new) in moves:
        day = context.tx.need("event_day", day_id, tr("a day of the programme"))
        if day["event_id"] != edit.event_id:
            raise ValueError(f"day {day_id} is not a day of event {edit.event_id}")
        context.tx.update(
            "event_day",
            day_id,
            expect={"day_date": old},
            day_date=new,
            what=tr("the day {day}").format(day=old),
        )
    _check_event_later(context, edit.event_id)


def _later(edit: MoveDays) -> bool:
    return any(new > old for old, new in edit.dates.values())


# -- the event's lists ----------------------------------------------------------------------------


def _same_list(current: Sequence[Any], seen: Sequence[Any], what: str) -> None:
    if list(current) != list(seen):
        raise StaleError(
            tr(
                "{things} were changed meanwhile (by another window or user); nothing was changed"
            ).format(things=what)
        )


def _sync(
    context: EditContext,
    table: str,
    current: Sequence[dict[str, Any]],
    after: Sequence[Any],
    values: Callable[[Any, int], dict[str, Any]],
    **parent: Any,
) -> None:
    """Make ``table``'s rows for the parent match ``after`` (records with ids or new)."""
    tx = context.tx
    keep = {item.id for item in after if item.id is not None}
    for row in current:
        if row["id"] not in keep:
            tx.delete(table, row["id"])
    existing = {row["id"] for row in current}
    for index, item in enumerate(after):
        if item.id is not None and item.id in existing:
            tx.update(table, item.id, **values(item, index))
        else:
            tx.insert(table, **parent, **values(item, index))


@handles(SetEventOrganisations)
def set_organisations(context: EditContext, edit: SetEventOrganisations) -> None:
    event_row(context, edit.event_id)
    tx = context.tx
    current = tx.find("event_organisation", event_id=edit.event_id, order_by=("sort_order", "id"))
    _same_list(
        [(r["id"], r["organisation_id"], r["role"]) for r in current],
        [(o.id, o.organisation.id, plain(o.role)) for o in edit.before],
        tr("the event's organisations"),
    )
    seen = {o.organisation.id: o.organisation for o in edit.before}
    logos_set: set[int] = set()
    for link in edit.after:
        organisation = link.organisation
        if organisation.id is None:
            continue
        old = seen.get(organisation.id)
        if organisation.logo is not None and organisation.id not in logos_set:
            logos_set.add(organisation.id)
            _set_logo(context, organisation, old)
        if old is None:
            continue
        changes = {
            f: (plain(getattr(old, f)), plain(getattr(organisation, f)))
            for f in ORGANISATION_FIELDS
            if getattr(old, f) != getattr(organisation, f)
        }
        if changes:
            if not organisation.name.strip():
                raise UserError(tr("every organisation needs a name"))
            tx.update(
                "organisation",
                organisation.id,
                what=f"“{old.name}”",
                expect={f: a for f, (a, _b) in changes.items()},
                **{f: b for f, (_a, b) in changes.items()},
            )
    if len({(organisation_id(context, o.organisation), plain(o.role)) for o in edit.after}) < len(
        edit.after
    ):
        raise UserError(tr("an organisation is listed twice in the same role"))
    _sync(
        context,
        "event_organisation",
        current,
        edit.after,
        lambda o, i: {
            "organisation_id": organisation_id(context, o.organisation),
            "role": plain(o.role),
            "sort_order": i,
        },
        event_id=edit.event_id,
    )


def _set_logo(
    context: EditContext, organisation: OrganisationRecord, old: OrganisationRecord | None
) -> None:
    """A logo chosen (bytes) or removed (b"") in the organisation dialog, as a person's photo:
    refused if a logo came or went since the event was read; the Tx keeps the old bytes, so
    undo puts them back exactly."""
    assert organisation.id is not None and organisation.logo is not None
    tx = context.tx
    what = f"“{organisation.name}”"
    row = tx.need("organisation", organisation.id, what)
    if old is not None and (row["logo"] is not None) != old.has_logo:
        raise StaleError(
            tr(
                "the logo of {name} was changed meanwhile (by another window or user); "
                "nothing was changed"
            ).format(name=what)
        )
    data = organisation.logo
    tx.update("organisation", organisation.id, what=what,
              logo=data or None, logo_mime=organisation.logo_mime if data else "")  # fmt: skip


@handles(SetDelegations)
def set_delegations(context: EditContext, edit: SetDelegations) -> None:
    event_row(context, edit.event_id)
    tx = context.tx
    current = tx.find("delegation", event_id=edit.event_id, order_by=("sort_order", "id"))
    _same_list(
        [(r["id"], r["name"], r["country"], r["organisation_id"]) for r in current],
        [
            (d.id, d.name, d.country, d.organisation.id if d.organisation else None)
            for d in edit.before
        ],
        tr("the event's delegations"),
    )
    names = [d.name.strip() for d in edit.after]
    if any(not name for name in names):
        raise UserError(tr("every delegation needs a name"))
    if len(set(names)) != len(names):
        raise UserError(tr("two delegations have the same name"))
    _sync(
        context,
        "delegation",
        current,
        edit.after,
        lambda d, i: {
            "name": d.name.strip(),
            "country": d.country,
            "sort_order": i,
            "organisation_id": organisation_id(context, d.organisation) if d.organisation else None,
        },
        event_id=edit.event_id,
    )


@handles(SetAttachments)
def set_attachments(context: EditContext, edit: SetAttachments) -> None:
    event_row(context, edit.event_id)
    tx = context.tx
    current = tx.find("attachment", event_id=edit.event_id, order_by=("sort_order", "id"))
    _same_list(
        [(r["id"], r["filename"], r["kind"], r["caption"]) for r in current],
        [(a.id, a.filename, plain(a.kind), a.caption) for a in edit.before],
        tr("the event's attachments"),
    )
    for attachment in edit.after:
        if not attachment.filename.strip():
            raise UserError(tr("every attachment needs a file name"))
        if attachment.id is None and attachment.data is None:
            raise UserError(
                tr("the attachment {file} has no content").format(file=attachment.filename)
            )

    def values(a, i: int) -> dict[str, Any]:
        out = {
            "filename": safe_file_name(a.filename),  # a base name, whatever came in
            "kind": plain(a.kind),
            "caption": a.caption,
            "mime_type": a.mime_type,
            "sort_order": i,
        }
        if a.data is not None:
            out.update(data=a.data, size=len(a.data))
        return out

    _sync(context, "attachment", current, edit.after, values, event_id=edit.event_id)
