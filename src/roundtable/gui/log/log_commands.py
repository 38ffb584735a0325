"""Changes to an event's log and minutes, as undoable commands with names.

Entries are added and edited, never deleted: undoing an add takes the entry back, and a redo
brings it again with the same id, so a selection or a link to it survives. Editing keeps the
replaced text as an earlier version. The minutes are the event's ``summary`` field.
"""

from __future__ import annotations

from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.edits.log import AddLogEntry, EditLogEntry
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import EventRecord
from roundtable.gui.common.undo import CommandContext, EditCommand
from roundtable.gui.log.log_model import first_line
from roundtable.services.edits.text import quoted
from roundtable.wording import tr

QUOTE_LIMIT = 40


def entry_label(entry: LogEntryRecord) -> str:
    """ "“Participants agreed that there was a n…”": how a command names an entry."""
    return quoted(first_line(entry.text) or entry.category.label, QUOTE_LIMIT)


class AddLogEntryCommand(EditCommand):
    def __init__(self, context: CommandContext, event_id: int, entry: LogEntryRecord) -> None:
        text = tr("Add log entry {entry}").format(entry=entry_label(entry))
        super().__init__(context, AddLogEntry(event_id=event_id, entry=entry, text=text),
                         select=event_id)  # fmt: skip

    @property
    def entry_id(self) -> int | None:
        return self.result


class EditLogEntryCommand(EditCommand):
    """``before`` is the entry as the user opened it: if it changed meanwhile, the edit is
    refused rather than overwrite the other change."""

    def __init__(
        self,
        context: CommandContext,
        event_id: int,
        before: LogEntryRecord,
        after: LogEntryRecord,
    ) -> None:
        if before.id is None or after.id != before.id:
            raise ValueError("an edit needs the same, saved entry before and after")
        text = tr("Edit log entry {entry}").format(entry=entry_label(after))
        super().__init__(context, EditLogEntry(before=before, after=after, text=text),
                         select=event_id)  # fmt: skip
        self._entry_id = before.id

    @property
    def entry_id(self) -> int | None:
        return self._entry_id


class SaveMinutesCommand(EditCommand):
    """The minutes (the event's summary) saved as one step named for what it was.

    ``select=False`` is for a save made on the way to another event (or at closing): its first
    run must not select the event it saved, which would pull the user back; its undo and redo
    do select it, to show what they changed."""

    def __init__(
        self, context: CommandContext, old: EventRecord, summary: str, *, select: bool = True
    ) -> None:
        assert old.id is not None
        text = tr("Save minutes of {title}").format(title=quoted(old.title))
        edit = SetEventFields(event_id=old.id, changes={"summary": (old.summary, summary)},
                              text=text)  # fmt: skip
        super().__init__(context, edit, text, select=old.id)
        self.quiet_first = not select
