"""Writes that remember exactly which rows they changed, so a change can be undone as its inverse.

Every edit (``store/edits``) runs inside one ``Tx``: it reads rows, then inserts, updates and
deletes them through the Tx, which records each as an operation with the values before and
after. Undo applies the inverse operations, redo the same ones again, each to the database as
it is now: an update is applied only where the column still holds what the operation expects,
so undoing my change never overwrites yours, and a change to a row someone else changed or
deleted meanwhile is refused (``StaleError``) with nothing written.

Deletes follow the schema's foreign keys themselves instead of leaving them to the database, so
that what a cascade removes or empties is recorded too and comes back on undo. A replayed
delete (undo of an add, redo of a remove) cascades only into the event's history; anything else
pointing at the row was added by someone since, and the delete is refused rather than erase it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select

from roundtable.domain.enums import ChangeArea
from roundtable.domain.parts import Part
from roundtable.errors import ConflictError
from roundtable.store import models as m
from roundtable.store.row_words import column_noun, first_upper, noun
from roundtable.store.value_limits import check_values
from roundtable.wording import tr


class StaleError(ConflictError):
    """The change rests on something another window, command or user has changed since."""


TABLES: Mapping[str, Table] = m.Base.metadata.tables

VOLATILE = frozenset({"updated_at", "revision"})
"""Columns the database keeps up by itself: never compared, never a conflict."""

HISTORY = frozenset({"event_change", "log_entry", "log_entry_person", "log_revision"})
"""Tables a replayed delete may cascade into: entries written since are kept by the undo."""

TABLE_PARTS: Mapping[str, frozenset[Part]] = {
    "event": frozenset({Part.EVENT}),
    "series": frozenset({Part.EVENT}),
    "event_organisation": frozenset({Part.EVENT}),
    "attachment": frozenset({Part.EVENT}),
    # Participants show their delegation's name, people their organisations' names.
    "delegation": frozenset({Part.EVENT, Part.PARTICIPANTS}),
    "organisation": frozenset({Part.EVENT, Part.PARTICIPANTS, Part.PEOPLE}),
    "participation": frozenset({Part.PARTICIPANTS}),
    "event_day": frozenset({Part.AGENDA}),
    "agenda_item": frozenset({Part.AGENDA}),
    "agenda_speaker": frozenset({Part.AGENDA}),
    "seating_plan": frozenset({Part.SEATING}),
    "seat": frozenset({Part.SEATING}),
    "seat_pair_rule": frozenset({Part.SEATING}),
    "log_entry": frozenset({Part.LOG}),
    "log_entry_person": frozenset({Part.LOG}),
    "log_revision": frozenset({Part.LOG}),
    "event_change": frozenset({Part.LOG}),
    "person": frozenset({Part.PEOPLE, Part.PARTICIPANTS}),
    "affiliation": frozenset({Part.PEOPLE, Part.PARTICIPANTS}),
}


# -- operations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Insert:
    table: str
    row: Mapping[str, Any]  # every column, the id included


@dataclass(frozen=True)
class Delete:
    table: str
    row: Mapping[str, Any]  # every column as it was when deleted


@dataclass(frozen=True)
class Update:
    table: str
    id: int
    before: Mapping[str, Any]  # only the columns changed
    after: Mapping[str, Any]


Op = Insert | Delete | Update


def inverse(ops: Sequence[Op]) -> list[Op]:
    """The operations that undo ``ops``: each one inverted, last first."""
    out: list[Op] = []
    for op in reversed(ops):
        if isinstance(op, Insert):
            out.append(Delete(op.table, op.row))
        elif isinstance(op, Delete):
            out.append(Insert(op.table, op.row))
        else:
            out.append(Update(op.table, op.id, op.after, op.before))
    return out


# -- the foreign keys, once ------------------------------------------------------------------


@dataclass(frozen=True)
class _Reference:
    table: str
    column: str
    ondelete: str  # CASCADE, SET NULL or RESTRICT


def _references() -> dict[str, list[_Reference]]:
    found: dict[str, list[_Reference]] = defaultdict(list)
    for table in TABLES.values():
        for key in table.foreign_keys:
            found[key.column.table.name].append(
                _Reference(table.name, key.parent.name, (key.ondelete or "RESTRICT").upper())
            )
    return found


REFERENCES = _references()


# -- what a change did -----------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    """A change as written: its operations (to undo or redo it) and what it touched."""

    ops: tuple[Op, ...]
    events: frozenset[int]  # events whose rows changed
    parts: frozenset[Part]
    revision: int  # the database revision it was written as
    text: str = ""
    created: frozenset[int] = frozenset()  # events it created
    deleted: frozenset[int] = frozenset()  # events it deleted
    people: frozenset[int] = frozenset()  # people whose rows changed
    result: Any = None  # what the edit returns (a new id), for its caller

    @property
    def empty(self) -> bool:
        return not self.ops


# -- the recording transaction ---------------------------------------------------------------


class Tx:
    """One write transaction that records what it does (see the module's docstring).

    Handlers say which events they work on with ``touch`` and what to write in the event's
    change history with ``note``; the store bumps the revisions and writes the history and the
    change feed when the handler is done.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.ops: list[Op] = []
        self.events: set[int] = set()
        self.people: set[int] = set()
        self.notes: list[tuple[int, ChangeArea, str]] = []
        self._parts: set[Part] = set()

    # -- reading ------------------------------------------------------------------------------

    def get(self, table: str, row_id: int | None) -> dict[str, Any] | None:
        if row_id is None:
            return None
        t = TABLES[table]
        row = self.connection.execute(select(t).where(t.c.id == row_id)).mappings().first()
        return dict(row) if row is not None else None

    def need(self, table: str, row_id: int | None, what: str = "") -> dict[str, Any]:
        """The row, or a StaleError saying it is gone (someone removed it since it was shown)."""
        row = self.get(table, row_id)
        if row is None:
            raise StaleError(
                tr(
                    "{thing} was removed meanwhile (by another window or user); nothing was changed"
                ).format(thing=what or noun(table))
            )
        return row

    def find(
        self, table: str, *, order_by: Sequence[str] = ("id",), **equal: Any
    ) -> list[dict[str, Any]]:
        """Rows whose columns equal the values given (a list or set: any of them; None: null)."""
        t = TABLES[table]
        query = select(t)
        for name, value in equal.items():
            column = t.c[name]
            if value is None:
                query = query.where(column.is_(None))
            elif isinstance(value, list | tuple | set | frozenset):
                query = query.where(column.in_(list(value)))
            else:
                query = query.where(column == value)
        query = query.order_by(*(t.c[name] for name in order_by))
        return [dict(r) for r in self.connection.execute(query).mappings()]

    def largest(self, table: str, column: str, **equal: Any) -> int | None:
        t = TABLES[table]
        query = select(func.max(t.c[column]))
        for name, value in equal.items():
            query = query.where(t.c[name] == value)
        return self.connection.execute(query).scalar()

    # -- writing ------------------------------------------------------------------------------

    def insert(self, table: str, **values: Any) -> int:
        check_values(table, values)
        t = TABLES[table]
        result = self.connection.execute(t.insert().values(**values))
        row_id = values.get("id")
        if not row_id:
            key = result.inserted_primary_key
            assert key is not None  # an insert of one row reports its key
            row_id = key[0]
        row = self.get(table, row_id)
        assert row is not None
        self.ops.append(Insert(table, row))
        self._mark(table, row)
        return int(row_id)

    def update(
        self,
        table: str,
        row_id: int,
        *,
        expect: Mapping[str, Any] | None = None,
        what: str = "",
        **values: Any,
    ) -> dict[str, Any]:
        """Set ``values`` on the row; with ``expect``, only if those columns still hold those
        values (what the user saw), else StaleError. Returns the row as it was."""
        row = self.need(table, row_id, what)
        for column, value in (expect or {}).items():
            if row[column] != value:
                raise StaleError(
                    tr(
                        "the {field} of {thing} was changed meanwhile (by another window or "
                        "user); nothing was changed"
                    ).format(field=column_noun(column), thing=what or noun(table))
                )
        changed = {k: v for k, v in values.items() if row[k] != v}
        check_values(table, changed)
        if changed:
            t = TABLES[table]
            self.connection.execute(t.update().where(t.c.id == row_id).values(**changed))
            self.ops.append(Update(table, row_id, {k: row[k] for k in changed}, changed))
            self._mark(table, row)
        return row

    def delete(
        self,
        table: str,
        row_id: int,
        *,
        expect: Mapping[str, Any] | None = None,
        what: str = "",
        cascade: bool = True,
    ) -> dict[str, Any]:
        """Delete the row and, following the foreign keys, what hangs off it (recorded). With
        ``cascade`` False only the history goes with it; anything else refuses the delete."""
        row = self.need(table, row_id, what)
        for column, value in (expect or {}).items():
            if row[column] != value:
                raise StaleError(
                    tr(
                        "{thing} was changed meanwhile (by another window or user); nothing was "
                        "changed"
                    ).format(thing=what or noun(table))
                )
        self._clear_references(table, row, cascade, what)
        t = TABLES[table]
        self.connection.execute(t.delete().where(t.c.id == row_id))
        self.ops.append(Delete(table, row))
        self._mark(table, row)
        return row

    def _clear_references(self, table: str, row: Mapping[str, Any], cascade: bool, what: str):
        for ref in REFERENCES.get(table, []):
            children = self.find(ref.table, **{ref.column: row["id"]})
            if not children:
                continue
            if ref.ondelete == "CASCADE" and (cascade or ref.table in HISTORY):
                for child in children:
                    self.delete(ref.table, child["id"], cascade=cascade)
            elif ref.ondelete == "SET NULL" and cascade:
                cleared: dict[str, Any] = {ref.column: None}
                for child in children:
                    self.update(ref.table, child["id"], **cleared)
            elif ref.ondelete == "RESTRICT" and cascade:
                raise ConflictError(
                    tr("{thing} is still used by {count} {user}(s); nothing was changed").format(
                        thing=what or noun(table), count=len(children), user=noun(ref.table)
                    )
                )
            else:
                raise StaleError(
                    tr(
                        "{used_by} was added meanwhile (by another window or user) that uses "
                        "{thing}; nothing was changed"
                    ).format(used_by=first_upper(noun(ref.table)), thing=what or noun(table))
                )

    # -- replaying ----------------------------------------------------------------------------

    def replay(self, ops: Iterable[Op]) -> None:
        """Apply ``ops`` (an undo's inverse, or a redo) to the rows as they are now."""
        for op in ops:
            if isinstance(op, Insert):
                self._replay_insert(op)
            elif isinstance(op, Delete):
                self._replay_delete(op)
            else:
                self._replay_update(op)

    def _replay_insert(self, op: Insert) -> None:
        existing = self.get(op.table, op.row["id"])
        if existing is not None:
            if _same(existing, op.row):
                return  # already there, as it should be
            raise StaleError(
                tr(
                    "{thing} that this would bring back exists again, changed (by another "
                    "window or user); nothing was changed"
                ).format(thing=first_upper(noun(op.table)))
            )
        t = TABLES[op.table]
        self.connection.execute(t.insert().values(**op.row))
        self.ops.append(op)
        self._mark(op.table, op.row)

    def _replay_delete(self, op: Delete) -> None:
        existing = self.get(op.table, op.row["id"])
        if existing is None:
            return  # already gone
        if not _same(existing, op.row):
            raise StaleError(
                tr(
                    "{thing} was changed meanwhile (by another window or user); nothing was changed"
                ).format(thing=_label(self, op.table, existing))
            )
        self.delete(op.table, op.row["id"], cascade=False, what=_label(self, op.table, existing))

    def _replay_update(self, op: Update) -> None:
        row = self.get(op.table, op.id)
        if row is None:
            raise StaleError(
                tr(
                    "{thing} that this changes was removed meanwhile (by another window or "
                    "user); nothing was changed"
                ).format(thing=first_upper(noun(op.table)))
            )
        for column, value in op.before.items():
            if column not in VOLATILE and row[column] != value:
                raise StaleError(
                    tr(
                        "the {field} of {thing} was changed meanwhile (by another window or "
                        "user); nothing was changed"
                    ).format(field=column_noun(column), thing=_label(self, op.table, row))
                )
        t = TABLES[op.table]
        self.connection.execute(t.update().where(t.c.id == op.id).values(**op.after))
        self.ops.append(op)
        self._mark(op.table, row)

    # -- bookkeeping --------------------------------------------------------------------------

    def touch(self, event_id: int | None) -> None:
        if event_id is not None:
            self.events.add(event_id)

    def note(self, event_id: int, area: ChangeArea, summary: str) -> None:
        """A line for the event's change history (written with the author at the end)."""
        self.touch(event_id)
        self.notes.append((event_id, area, summary))

    def _mark(self, table: str, row: Mapping[str, Any]) -> None:
        self._parts |= TABLE_PARTS.get(table, frozenset())
        if table == "event":
            self.events.add(row["id"])
        elif "event_id" in row and row["event_id"] is not None:
            self.events.add(row["event_id"])
        if table == "person":
            self.people.add(row["id"])
        elif table == "affiliation":
            self.people.add(row["person_id"])

    @property
    def parts(self) -> frozenset[Part]:
        return frozenset(self._parts)

    def created_events(self) -> frozenset[int]:
        return frozenset(
            op.row["id"] for op in self.ops if isinstance(op, Insert) and op.table == "event"
        )

    def deleted_events(self) -> frozenset[int]:
        return frozenset(
            op.row["id"] for op in self.ops if isinstance(op, Delete) and op.table == "event"
        )


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return all(a.get(k) == v for k, v in b.items() if k not in VOLATILE)


def _label(tx: Tx, table: str, row: Mapping[str, Any]) -> str:
    """How a message names a row: “Opening remarks”, seat 3, Andrey Kortunov."""
    if table == "event":
        return tr("the event “{title}”").format(title=row["title"])
    if table in ("agenda_item", "log_entry"):
        text = " ".join(str(row.get("title") or row.get("text") or "").split())
        return _quoted(text[:40]) if text else noun(table)
    if table in ("seating_plan", "delegation", "organisation", "series"):
        return _quoted(row["name"])
    if table == "seat":
        return tr("seat {number}").format(number=row["number"])
    if table == "person":
        name = " ".join(p for p in (row["given_name"], row["family_name"]) if p)
        return name or tr("a person")
    if table == "participation":
        person = tx.get("person", row["person_id"])
        return _label(tx, "person", person) if person else noun(table)
    if table == "event_day":
        return tr("the day {day}").format(day=row["day_date"])
    if table == "attachment":
        return _quoted(row["filename"])
    return noun(table)


def _quoted(name: str) -> str:
    return tr("“{title}”").format(title=name)


def stamp(tx: Tx, revision: int, origin: str, author: str, now: datetime) -> None:
    """Bump the touched events' and people's revisions, write the change history and the
    change feed: what every recorded change ends with."""
    event, person = TABLES["event"], TABLES["person"]
    alive = [e for e in tx.events if e not in tx.deleted_events()]
    if alive:
        tx.connection.execute(event.update().where(event.c.id.in_(alive)).values(revision=revision))
    if tx.people:
        tx.connection.execute(
            person.update().where(person.c.id.in_(sorted(tx.people))).values(revision=revision)
        )
    for event_id, area, summary in tx.notes:
        if event_id in alive:
            tx.connection.execute(
                TABLES["event_change"]
                .insert()
                .values(event_id=event_id, at=now, author=author, area=area.value, summary=summary)
            )
    parts = ",".join(sorted(p.value for p in tx.parts | _note_parts(tx)))
    feed = TABLES["change_feed"]
    rows: list[dict[str, int | None]] = [{"event_id": e} for e in sorted(tx.events)]
    if not rows:
        rows = [{"event_id": None}]
    tx.connection.execute(
        feed.insert(),
        [dict(r, revision=revision, parts=parts, origin=origin, at=now) for r in rows],
    )


def _note_parts(tx: Tx) -> set[Part]:
    return {Part.LOG} if tx.notes else set()
