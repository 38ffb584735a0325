"""What File ▸ New event and Edit ▸ Edit, Delete event ask, and the command each makes; the
window pushes it. Every one is one undoable command; the dialogs are reached through their
modules' functions, so tests can answer them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.domain.parts import Part
from roundtable.domain.records import EventSummary
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.events import event_editor
from roundtable.gui.events.event_commands import (
    CreateEventCommand,
    DeleteEventCommand,
    EditEventCommand,
)
from roundtable.wording import tr


def new_event(
    parent: QWidget, context: CommandContext, series: list[EventSummary]
) -> CreateEventCommand | None:
    """A new event; with a series selected (``series``: its rounds), as its next round."""
    record = event_editor.new_event_record()
    if series:
        found = next((s for s in context.store.list_series() if s.id == series[0].series_id), None)
        rounds = [e.round_number for e in series if e.round_number is not None]
        record.series = found
        record.round_number = (max(rounds) + 1) if rounds and found else None
    new, accepted = event_editor.get_event(parent, context.store, record)
    return CreateEventCommand(context, new) if accepted and new is not None else None


def edit_event(parent: QWidget, context: CommandContext, event_id: int) -> EditEventCommand | None:
    """Raises UserError if the event cannot be read (deleted elsewhere, say)."""
    # What the dialog shows and edits: the event's own fields and lists, and the days (which
    # move with its dates). The rest is not touched, so not read.
    old = context.store.get_event(event_id, parts=(Part.EVENT, Part.AGENDA))
    new, accepted = event_editor.get_event(parent, context.store, old)
    if accepted and new is not None and new != old:
        return EditEventCommand(context, old, new)
    return None


def delete_event(
    parent: QWidget, context: CommandContext, event_id: int, summary: EventSummary | None
) -> DeleteEventCommand | None:
    """Asks first (it can be undone, and says so). Raises UserError if the event cannot be
    read."""
    title = summary.title if summary else tr("event {number}").format(number=event_id)
    answer = QMessageBox.question(
        parent,
        tr("Delete event"),
        tr(
            "Delete “{title}”?\n\nIts participant list, programme days and attachments are "
            "deleted with it. You can bring it back with Edit ▸ Undo."
        ).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return DeleteEventCommand(context, event_id)
