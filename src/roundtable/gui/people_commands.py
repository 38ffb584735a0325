"""Every change to the people directory, as an undoable command.

Like the event commands, these keep exact snapshots (``Store.person_snapshot``: the person with
photo and every participation row by id) and put them back with ``Store.restore_person``, so a
redo after an undo brings back the same person with the same id, and events that list them are
exactly as they were. The context's ``changed`` callback receives the person to select.
"""

from __future__ import annotations

from roundtable.domain.records import PersonRecord, PersonSnapshot
from roundtable.gui.event_commands import CommandContext, StoreCommand, quoted
from roundtable.services.names import full_name


def person_label(person: PersonRecord) -> str:
    """The name a command's text uses: "Andrey Kortunov", or the own-script name alone."""
    return full_name(person) or person.native_name.strip() or "person"


class AddPersonCommand(StoreCommand):
    """Adds a person to the directory; redo after undo restores the same id and uid."""

    def __init__(self, context: CommandContext, record: PersonRecord) -> None:
        super().__init__(context, f"Add person {quoted(person_label(record))}")
        self._record = record
        self._snapshot: PersonSnapshot | None = None

    @property
    def person_id(self) -> int | None:
        return self._snapshot.person.id if self._snapshot else None

    def _apply(self) -> int:
        if self._snapshot is None:
            saved = self._store.save_person(self._record)
            assert saved.id is not None
            self._snapshot = self._store.person_snapshot(saved.id)
        else:
            self._store.restore_person(self._snapshot)
        assert self._snapshot.person.id is not None
        return self._snapshot.person.id

    def _revert(self) -> None:
        assert self._snapshot is not None and self._snapshot.person.id is not None
        self._store.delete_person(self._snapshot.person.id)
        return None


class EditPersonCommand(StoreCommand):
    """Saves the editor's record; undo puts back the snapshot taken before (photo included)."""

    def __init__(self, context: CommandContext, new: PersonRecord) -> None:
        if new.id is None:
            raise ValueError("an edit needs a saved person")
        super().__init__(context, f"Edit person {quoted(person_label(new))}")
        self._before = context.store.person_snapshot(new.id)
        self._record = new
        self._after: PersonSnapshot | None = None

    def _apply(self) -> int:
        if self._after is None:
            saved = self._store.save_person(self._record)
            assert saved.id is not None
            self._after = self._store.person_snapshot(saved.id)
        else:
            self._store.restore_person(self._after)
        assert self._after.person.id is not None
        return self._after.person.id

    def _revert(self) -> int:
        self._store.restore_person(self._before)
        assert self._before.person.id is not None
        return self._before.person.id


class DeletePersonCommand(StoreCommand):
    """Removes someone who takes part in no event (the store refuses otherwise)."""

    def __init__(self, context: CommandContext, person_id: int) -> None:
        snapshot = context.store.person_snapshot(person_id)
        super().__init__(context, f"Delete person {quoted(person_label(snapshot.person))}")
        self._snapshot = snapshot

    def _apply(self) -> None:
        assert self._snapshot.person.id is not None
        self._store.delete_person(self._snapshot.person.id)
        return None

    def _revert(self) -> int:
        self._store.restore_person(self._snapshot)
        assert self._snapshot.person.id is not None
        return self._snapshot.person.id


class MergePeopleCommand(StoreCommand):
    """Folds ``other`` into ``keep``. Undo restores the removed person first (their
    participations come back to them), then the kept one as they were before the merge."""

    def __init__(self, context: CommandContext, keep_id: int, other_id: int) -> None:
        keep = context.store.person_snapshot(keep_id)
        other = context.store.person_snapshot(other_id)
        super().__init__(
            context,
            f"Merge {quoted(person_label(other.person))} into {quoted(person_label(keep.person))}",
        )
        self._keep = keep
        self._other = other

    @property
    def keep_id(self) -> int:
        assert self._keep.person.id is not None
        return self._keep.person.id

    def _apply(self) -> int:
        assert self._other.person.id is not None
        self._store.merge_people(self.keep_id, self._other.person.id)
        return self.keep_id

    def _revert(self) -> int:
        self._store.restore_person(self._other)
        self._store.restore_person(self._keep)
        return self.keep_id
