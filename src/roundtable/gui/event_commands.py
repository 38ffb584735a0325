"""Every change a user makes to events, as an undoable command that talks to the store.

The store commits each call at once, so a command's job is to know how to put the database back.
Commands keep full snapshots (with attachment data) of what they wrote or removed; replaying a
snapshot re-creates rows with the same ids, so a redo after an undo restores exactly the same
event, and anything that refers to it by id keeps working.

A store error inside redo/undo must not crash the app or leave the stack lying about the data:
the command reports the error, marks itself obsolete (Qt then drops it from the stack) and the
views reload from the store.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from roundtable.domain.records import EventRecord
from roundtable.errors import NotFoundError, UserError

if TYPE_CHECKING:
    from roundtable.services.bundle import ImportMode
    from roundtable.store.facade import Store


def _ignore_change(_event_id: int | None) -> None:
    pass


def _ignore_message(_title: str, _message: str) -> None:
    pass


@dataclass
class CommandContext:
    """What commands need from their surroundings, without knowing any window."""

    store: Store
    changed: Callable[[int | None], None] = field(default=_ignore_change)
    """Called after every change; the argument is the event to select, or None to keep."""
    failed: Callable[[str, str], None] = field(default=_ignore_message)
    """Called with (what was attempted, the error's text) when the store refuses a change."""
    informed: Callable[[str, str], None] = field(default=_ignore_message)
    """Called with (title, text) for news that is not an error, e.g. nothing left to load."""


def quoted(title: str, limit: int = 60) -> str:
    text = " ".join(title.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def duplicate_record(source: EventRecord) -> EventRecord:
    """A new event with the same content: the event and its own rows lose their ids, while the
    people, organisations and series it refers to stay shared."""
    clone = copy.deepcopy(source)
    clone.id = None
    clone.uid = None
    clone.slug = ""
    clone.title = f"{source.title} (copy)"
    uid_of = {p.id: p.person.uid for p in source.participants}
    for item in (*clone.organisations, *clone.delegations, *clone.participants, *clone.days):
        item.id = None
    for attachment in clone.attachments:
        attachment.id = None
    for day in clone.days:
        for agenda_item in day.items:
            # The copy's participants get new ids: point at them through their people.
            agenda_item.id = None
            agenda_item.chair_person_uid = uid_of.get(agenda_item.chair_participation_id)
            agenda_item.chair_participation_id = None
            for speaker in agenda_item.speakers:
                speaker.id = None
                speaker.person_uid = uid_of.get(speaker.participation_id)
                speaker.participation_id = None
    for plan in clone.seating_plans:
        plan.id = None
        for seat in plan.seats:
            seat.id = None
            seat.person_uid = uid_of.get(seat.participation_id)
            seat.participation_id = None
        for rule in plan.pair_rules:
            rule.id = None
            rule.first_person_uid = uid_of.get(rule.first_participation_id)
            rule.second_person_uid = uid_of.get(rule.second_participation_id)
            rule.first_participation_id = rule.second_participation_id = None
    return clone


class StoreCommand(QUndoCommand):
    """Runs ``_apply``/``_revert`` and turns a refused change into a report, not a crash."""

    def __init__(self, context: CommandContext, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._store = context.store

    def redo(self) -> None:
        self._run(self._apply, self.text())

    def undo(self) -> None:
        self._run(self._revert, f"Undo {self.text()[:1].lower()}{self.text()[1:]}")

    def _run(self, step: Callable[[], int | None], attempt: str) -> None:
        try:
            selected = step()
        except UserError as exc:
            self.setObsolete(True)
            self._context.failed(attempt, str(exc))
            self._context.changed(None)
            return
        self._context.changed(selected)

    def _apply(self) -> int | None:
        raise NotImplementedError

    def _revert(self) -> int | None:
        raise NotImplementedError

    def _snapshot(self, event_id: int) -> EventRecord:
        return self._store.get_event(event_id, with_attachment_data=True)


class CreateEventCommand(StoreCommand):
    def __init__(self, context: CommandContext, record: EventRecord, text: str = "") -> None:
        super().__init__(context, text or f"New event {quoted(record.title)}")
        self._record = record
        self._saved: EventRecord | None = None

    @property
    def event_id(self) -> int | None:
        return self._saved.id if self._saved else None

    def _apply(self) -> int:
        saved = self._store.save_event(self._saved or self._record)
        assert saved.id is not None
        self._saved = self._snapshot(saved.id)
        return saved.id

    def _revert(self) -> None:
        assert self._saved is not None and self._saved.id is not None
        self._store.delete_event(self._saved.id)
        return None


class DuplicateEventCommand(CreateEventCommand):
    def __init__(self, context: CommandContext, event_id: int) -> None:
        source = context.store.get_event(event_id, with_attachment_data=True)
        super().__init__(
            context, duplicate_record(source), f"Duplicate event {quoted(source.title)}"
        )


class EditEventCommand(StoreCommand):
    """``old`` must carry its attachment data: undoing a removed attachment re-creates it."""

    def __init__(self, context: CommandContext, old: EventRecord, new: EventRecord) -> None:
        super().__init__(context, f"Edit event {quoted(new.title or old.title)}")
        if old.id is None or new.id != old.id:
            raise ValueError("an edit needs the same, saved event before and after")
        self._old = old
        self._new = new

    def _apply(self) -> int:
        saved = self._store.save_event(self._new)
        assert saved.id is not None
        self._new = self._snapshot(saved.id)
        return saved.id

    def _revert(self) -> int:
        saved = self._store.save_event(self._old)
        assert saved.id is not None
        return saved.id


class DeleteEventCommand(StoreCommand):
    def __init__(self, context: CommandContext, event_id: int) -> None:
        snapshot = context.store.get_event(event_id, with_attachment_data=True)
        super().__init__(context, f"Delete event {quoted(snapshot.title)}")
        self._snapshot_record = snapshot
        self._snapshot_log = context.store.event_log(event_id)  # goes with the event

    def _apply(self) -> None:
        assert self._snapshot_record.id is not None
        self._store.delete_event(self._snapshot_record.id)
        return None

    def _revert(self) -> int:
        saved = self._store.save_event(self._snapshot_record, log=self._snapshot_log)
        assert saved.id is not None
        return saved.id


class LoadDemoCommand(StoreCommand):
    """The first redo runs the demo loader; later ones replay what it created."""

    def __init__(
        self, context: CommandContext, loader: Callable[[Store], list[int]] | None = None
    ) -> None:
        super().__init__(context, "Load example events")
        self._loader = loader
        self._created: list[EventRecord] | None = None

    def _apply(self) -> int | None:
        if self._created is None:
            loader = self._loader
            if loader is None:
                from roundtable.services.demo import load_demo as loader
            before = {e.id for e in self._store.list_events()}
            try:
                ids = loader(self._store)
            except UserError:
                self._remove_new_events(before)  # all or nothing, as for any other command
                raise
            if not ids:
                self.setObsolete(True)  # nothing changed, so there is nothing to undo
                self._context.informed(
                    "Example events", "The example events are already in this database."
                )
                return None
            self._created = [self._snapshot(event_id) for event_id in ids]
        else:
            for record in self._created:
                self._store.save_event(record)
        return self._created[0].id if self._created else None

    def _remove_new_events(self, before: set[int]) -> None:
        for event in self._store.list_events():
            if event.id not in before:
                self._store.delete_event(event.id)

    def _revert(self) -> None:
        for record in reversed(self._created or []):
            assert record.id is not None
            self._store.delete_event(record.id)
        return None


class ImportBundleCommand(StoreCommand):
    """Imports a bundle; when it replaces an event, undo brings that event back as it was."""

    def __init__(
        self,
        context: CommandContext,
        bundle: dict[str, Any],
        mode: ImportMode | str = "fail",
        replaces: int | None = None,
    ) -> None:
        title = str((bundle.get("event") or {}).get("title") or "event bundle")
        super().__init__(context, f"Import event {quoted(title)}")
        self._bundle = bundle
        self._mode = mode
        self._replaces = replaces if str(mode) == "replace" else None
        self._replaced: EventRecord | None = None
        self._imported: EventRecord | None = None

    @property
    def event_id(self) -> int | None:
        return self._imported.id if self._imported else None

    def _apply(self) -> int:
        if self._imported is None:
            from roundtable.services.bundle import ImportMode, import_bundle

            if self._replaces is not None:
                self._replaced = self._snapshot(self._replaces)
            new_id = import_bundle(self._store, self._bundle, ImportMode(str(self._mode)))
            self._imported = self._snapshot(new_id)
            return new_id
        if self._replaced is not None:
            assert self._replaced.id is not None
            with contextlib.suppress(NotFoundError):  # it had the same id as the import
                self._store.delete_event(self._replaced.id)
        saved = self._store.save_event(self._imported)
        assert saved.id is not None
        return saved.id

    def _revert(self) -> int | None:
        assert self._imported is not None and self._imported.id is not None
        self._store.delete_event(self._imported.id)
        if self._replaced is None:
            return None
        return self._store.save_event(self._replaced).id
