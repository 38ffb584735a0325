"""The undoable commands of whole events: new, edited in the dialog, duplicated, deleted,
imported from a bundle, and the example events.

Each is an ``EditCommand`` (``gui/common/undo.py``) around the edit that says what changed, built by
``services/edits/event.py``; these classes only name them and choose what to select after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from roundtable.domain.edits import Batch, Edit
from roundtable.domain.records import EventRecord
from roundtable.gui.common.undo import CommandContext, EditCommand
from roundtable.services.edits.event import (
    create_edit,
    delete_edit,
    duplicate_edit,
    event_edit,
)
from roundtable.services.edits.text import quoted
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.services.bundle import ImportMode
    from roundtable.store.facade import Store
    from roundtable.store.recorder import Applied


class CreateEventCommand(EditCommand):
    def __init__(self, context: CommandContext, record: EventRecord, text: str = "") -> None:
        super().__init__(context, create_edit(record, text), select_created=True)

    @property
    def event_id(self) -> int | None:
        return self.result


class DuplicateEventCommand(EditCommand):
    def __init__(self, context: CommandContext, event_id: int) -> None:
        source = context.store.get_event(event_id, with_attachment_data=True)
        super().__init__(context, duplicate_edit(source), select_created=True)


class EditEventCommand(EditCommand):
    """What the event dialog changed, from ``old`` (the event as the dialog opened on it) to
    ``new``; only that is written, and a field changed elsewhere meanwhile is refused."""

    def __init__(self, context: CommandContext, old: EventRecord, new: EventRecord) -> None:
        text = tr("Edit event {title}").format(title=quoted(new.title or old.title))
        super().__init__(context, event_edit(old, new, text), text, select=old.id)


class DeleteEventCommand(EditCommand):
    """Refused if the event changed after the user chose to delete it; undo brings it back
    whole, its log included, with the same ids."""

    def __init__(self, context: CommandContext, event_id: int) -> None:
        event = context.store.get_event(event_id, parts=())
        super().__init__(context, delete_edit(event), select=event_id)


def _demo_edit(store: Store) -> Edit | None:
    from roundtable.services.demo import demo_edit

    return demo_edit(store)


class LoadDemoCommand(EditCommand):
    """The example events that are not there yet, as one step."""

    def __init__(
        self, context: CommandContext, build: Callable[[Store], Edit | None] | None = None
    ) -> None:
        super().__init__(context, None, tr("Load example events"), select_created=True)
        self._build = build or _demo_edit

    def _first(self) -> Applied:
        edit = self._build(self.store)
        if edit is None:
            self._context.informed(
                tr("Example events"), tr("The example events are already in this database.")
            )
            return self.store.apply(Batch())
        return self.store.apply(edit)


class ImportBundleCommand(EditCommand):
    """Imports a bundle; when it replaces an event, undo brings that event back as it was."""

    def __init__(
        self,
        context: CommandContext,
        bundle: dict[str, Any],
        mode: ImportMode | str = "fail",
        replaces: int | None = None,
    ) -> None:
        title = str((bundle.get("event") or {}).get("title") or tr("event bundle"))
        text = tr("Import event {title}").format(title=quoted(title))
        super().__init__(context, None, text, select_created=True)
        self._bundle = bundle
        self._mode = mode

    @property
    def event_id(self) -> int | None:
        from roundtable.services.bundle import imported_event

        return imported_event(self._applied) if self._applied is not None else None

    def _first(self) -> Applied:
        from roundtable.services.bundle import ImportMode, import_edit

        return self.store.apply(import_edit(self.store, self._bundle, ImportMode(str(self._mode))))
