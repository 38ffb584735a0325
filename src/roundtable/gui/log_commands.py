"""Changes to an event's log and minutes, as undoable commands with names.

Log entries are not part of the event record (undoing an event edit must never take back an
entry), so they have commands of their own that call the store's log methods: adding an entry
is undone by removing it (the only time an entry is ever removed) and redone with the same id,
so a selection or a link to it survives; editing keeps the earlier text as a revision, and its
undo puts the entry back exactly as it was. The minutes are the event's ``summary``, so saving
them is an event edit under its own name.
"""

from __future__ import annotations

import copy

from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import EventRecord
from roundtable.gui.event_commands import CommandContext, EditEventCommand, StoreCommand, quoted
from roundtable.gui.log_model import first_line

QUOTE_LIMIT = 40


def entry_label(entry: LogEntryRecord) -> str:
    """ "“Participants agreed that there was a n…”": how a command names an entry."""
    return quoted(first_line(entry.text) or entry.category.label, QUOTE_LIMIT)


class AddLogEntryCommand(StoreCommand):
    """Add an entry; undo removes it, redo writes the saved copy back (same id, uid, time)."""

    def __init__(self, context: CommandContext, event_id: int, entry: LogEntryRecord) -> None:
        super().__init__(context, f"Add log entry {entry_label(entry)}")
        self._event_id = event_id
        self._entry = entry
        self._saved: LogEntryRecord | None = None

    @property
    def entry_id(self) -> int | None:
        return self._saved.id if self._saved is not None else None

    def _apply(self) -> int:
        self._saved = self._store.add_log_entry(self._event_id, self._saved or self._entry)
        return self._event_id

    def _revert(self) -> int:
        assert self._saved is not None and self._saved.id is not None
        self._store.delete_log_entry(self._saved.id)
        return self._event_id


class EditLogEntryCommand(StoreCommand):
    """Change an entry. Each redo is an edit (the text it replaces becomes a revision, with who
    and when); undo restores the entry as it was, revisions included."""

    def __init__(
        self,
        context: CommandContext,
        event_id: int,
        before: LogEntryRecord,
        after: LogEntryRecord,
    ) -> None:
        super().__init__(context, f"Edit log entry {entry_label(after)}")
        if before.id is None or after.id != before.id:
            raise ValueError("an edit needs the same, saved entry before and after")
        self._event_id = event_id
        self._before = copy.deepcopy(before)
        self._after = copy.deepcopy(after)

    @property
    def entry_id(self) -> int | None:
        return self._before.id

    def _apply(self) -> int:
        self._store.edit_log_entry(copy.deepcopy(self._after))
        return self._event_id

    def _revert(self) -> int:
        self._store.restore_log_entry(copy.deepcopy(self._before))
        return self._event_id


class SaveMinutesCommand(EditEventCommand):
    """The minutes (the event's summary) saved as one step named for what it was.

    ``select=False`` is for a save made on the way to another event (or at closing): its first
    run must not select the event it saved, which would pull the user back; its undo and redo
    do select it, to show what they changed."""

    def __init__(
        self, context: CommandContext, old: EventRecord, summary: str, *, select: bool = True
    ) -> None:
        new = copy.deepcopy(old)
        new.summary = summary
        super().__init__(context, old, new)
        self.setText(f"Save minutes of {quoted(old.title)}")
        self._quiet = not select

    def _apply(self) -> int | None:
        event_id = super()._apply()
        if self._quiet:
            self._quiet = False
            return None
        return event_id
