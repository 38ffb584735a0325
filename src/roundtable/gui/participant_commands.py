"""Changes to an event's participant list, as undoable commands with specific names.

Participants are part of the event aggregate, so each change is an edit of the whole event
(``EditEventCommand``: save the new record, undo by saving the old one) under a name that says
what happened ("Move Kortunov up", "Set role of Ha to Chair"). The record builders below make
the new record from a fresh copy of the event; nothing here edits a record in place.

People who are new to the directory are created by the command itself, with ``save_person``
(which keeps their photo, where ``save_event`` would not), and removed again by its undo, so an
undone "add a new person" leaves no one behind. Their snapshots are kept without
participations, and a redo restores them with the same ids before the event is saved again.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import (
    EventRecord,
    ParticipationRecord,
    PersonRecord,
    PersonSnapshot,
)
from roundtable.errors import UserError
from roundtable.gui.event_commands import CommandContext, EditEventCommand, quoted
from roundtable.services.names import full_name

if TYPE_CHECKING:
    from roundtable.store.facade import Store

ROLE, DELEGATION, ATTENDANCE = "role", "delegation", "attendance"
FIELDS = (ROLE, DELEGATION, ATTENDANCE)


def short_name(person: PersonRecord) -> str:
    """How a command names one person: "Kortunov" (the family name), else the whole name."""
    return (
        person.family_name.strip()
        or full_name(person)
        or person.native_name.strip()
        or "a participant"
    )


def ordered(participants: Iterable[ParticipationRecord]) -> list[ParticipationRecord]:
    """By precedence; equal precedences keep their order (a stable sort)."""
    return sorted(participants, key=lambda p: p.precedence)


def _people_text(people: Sequence[PersonRecord]) -> str:
    if len(people) == 1:
        return full_name(people[0]) or people[0].native_name or "1 participant"
    return f"{len(people)} participants"


# -- building the new record ----------------------------------------------------------------


def with_added(
    event: EventRecord,
    people: Sequence[PersonRecord],
    role: ParticipantRole = ParticipantRole.PARTICIPANT,
    delegation: str = "",
    attendance: Attendance = Attendance.INVITED,
) -> EventRecord:
    """``event`` with ``people`` appended at the end of the order."""
    new = copy.deepcopy(event)
    last = max((p.precedence for p in new.participants), default=0)
    for offset, person in enumerate(people, start=1):
        new.participants.append(
            ParticipationRecord(
                person=copy.deepcopy(person),
                role=role,
                delegation=delegation,
                precedence=last + offset,
                attendance=attendance,
            )
        )
    return new


def with_removed(event: EventRecord, participation_ids: Iterable[int]) -> EventRecord:
    """``event`` without those participants, nor their places in the agenda and the seating
    (speaker, chair, seat, pair rule): the store refuses a record that still names them, and
    undo puts all of it back from the old record."""
    gone = set(participation_ids)
    new = copy.deepcopy(event)
    new.participants = [p for p in new.participants if p.id not in gone]
    for day in new.days:
        for item in day.items:
            item.speakers = [s for s in item.speakers if s.participation_id not in gone]
            if item.chair_participation_id in gone:
                item.chair_participation_id = None
    for plan in new.seating_plans:
        for seat in plan.seats:
            if seat.participation_id in gone:
                seat.participation_id = None
        plan.pair_rules = [
            rule
            for rule in plan.pair_rules
            if not {rule.first_participation_id, rule.second_participation_id} & gone
        ]
    return new


def with_order(event: EventRecord, participation_ids: Sequence[int]) -> EventRecord:
    """``event`` with its participants in the given order, precedence renumbered 1, 2, 3…"""
    new = copy.deepcopy(event)
    by_id = {p.id: p for p in new.participants}
    if set(by_id) != set(participation_ids) or len(participation_ids) != len(by_id):
        raise ValueError("the new order must list every participant once")
    new.participants = [by_id[i] for i in participation_ids]
    for position, participation in enumerate(new.participants, start=1):
        participation.precedence = position
    return new


def with_value(event: EventRecord, participation_id: int, field: str, value) -> EventRecord:
    if field not in FIELDS:
        raise ValueError(f"cannot set {field!r} of a participant")
    new = copy.deepcopy(event)
    for participation in new.participants:
        if participation.id == participation_id:
            if field == DELEGATION:
                value = " ".join(str(value or "").split())
            setattr(participation, field, value)
            return new
    raise ValueError(f"no participation {participation_id} in this event")


def moved(ids: Sequence[int], moving: Iterable[int], step: int) -> list[int]:
    """``ids`` with the ``moving`` ones one place up (step -1) or down (+1), as a block where
    they are together; unchanged when the block is already at that end."""
    chosen = set(moving)
    order = list(ids)
    positions = [i for i, pid in enumerate(order) if pid in chosen]
    if not positions:
        return order
    if step < 0 and positions[0] == 0 or step > 0 and positions[-1] == len(order) - 1:
        return order
    for i in positions if step < 0 else reversed(positions):
        order[i], order[i + step] = order[i + step], order[i]
    return order


# -- texts --------------------------------------------------------------------------------------


def add_text(event: EventRecord, people: Sequence[PersonRecord]) -> str:
    return f"Add {_people_text(people)} to {quoted(event.title, 40)}"


def remove_text(event: EventRecord, people: Sequence[PersonRecord]) -> str:
    return f"Remove {_people_text(people)} from {quoted(event.title, 40)}"


def move_text(people: Sequence[PersonRecord], step: int = 0) -> str:
    who = short_name(people[0]) if len(people) == 1 else f"{len(people)} participants"
    direction = {-1: " up", 1: " down"}.get(step, "")
    return f"Move {who}{direction}"


def value_text(person: PersonRecord, field: str, value) -> str:
    if field == DELEGATION:
        shown = value or "none"
    else:
        shown = value.label if hasattr(value, "label") else str(value)
    return f"Set {field} of {short_name(person)} to {shown}"


# -- commands -----------------------------------------------------------------------------------


def _without_participations(snapshot: PersonSnapshot) -> PersonSnapshot:
    return PersonSnapshot(copy.deepcopy(snapshot.person), [])


class ParticipantsCommand(EditEventCommand):
    """An edit of the event's participant list under a specific name.

    Participations whose person has no id yet are new people: the first redo creates them with
    ``save_person`` before saving the event, undo deletes them after putting the event back.
    """

    def __init__(
        self, context: CommandContext, old: EventRecord, new: EventRecord, text: str
    ) -> None:
        super().__init__(context, old, new)
        self.setText(text)
        self._created: list[PersonSnapshot] | None = None

    @property
    def created_people(self) -> list[int]:
        return [s.person.id for s in self._created or [] if s.person.id is not None]

    def _apply(self) -> int:
        if self._created is None:
            self._created = self._create_people()
        else:
            for snapshot in self._created:
                self._store.restore_person(snapshot)
        try:
            return super()._apply()
        except UserError:
            self._remove_created()  # all or nothing: no one is left in the directory
            raise

    def _create_people(self) -> list[PersonSnapshot]:
        created: list[PersonSnapshot] = []
        try:
            for participation in self._new.participants:
                if participation.person.id is not None:
                    continue
                saved = self._store.save_person(participation.person)
                assert saved.id is not None
                created.append(_without_participations(self._store.person_snapshot(saved.id)))
                participation.person = saved
        except UserError:
            for snapshot in created:
                assert snapshot.person.id is not None
                self._store.delete_person(snapshot.person.id)
            raise
        return created

    def _remove_created(self) -> None:
        for snapshot in self._created or []:
            assert snapshot.person.id is not None
            self._store.delete_person(snapshot.person.id)

    def _revert(self) -> int:
        selected = super()._revert()
        self._remove_created()
        return selected


class ImportParticipantsCommand(EditEventCommand):
    """Runs a checked import plan (all or nothing, in the service); undo puts the event back and
    removes the people the import added to the directory; redo replays the imported event."""

    def __init__(
        self, context: CommandContext, old: EventRecord, plan, count: int | None = None
    ) -> None:
        super().__init__(context, old, copy.deepcopy(old))
        rows = count if count is not None else sum(1 for r in plan.rows if not r.skip)
        noun = "participant" if rows == 1 else "participants"
        self.setText(f"Import {rows} {noun} into {quoted(old.title, 40)}")
        self._plan = plan
        self._imported = False
        self._created: list[PersonSnapshot] = []

    @property
    def created_people(self) -> list[int]:
        return [s.person.id for s in self._created if s.person.id is not None]

    def _apply(self) -> int:
        store: Store = self._store
        assert self._old.id is not None
        if not self._imported:
            from roundtable.services.participant_import import apply_import

            before = {p.id for p in store.list_people()}
            apply_import(store, self._old.id, self._plan)
            self._new = self._snapshot(self._old.id)
            self._created = [
                _without_participations(store.person_snapshot(p.person.id))
                for p in self._new.participants
                if p.person.id is not None and p.person.id not in before
            ]
            self._imported = True
            return self._old.id
        for snapshot in self._created:
            store.restore_person(snapshot)
        return super()._apply()

    def _revert(self) -> int:
        selected = super()._revert()
        for snapshot in self._created:
            assert snapshot.person.id is not None
            self._store.delete_person(snapshot.person.id)
        return selected
