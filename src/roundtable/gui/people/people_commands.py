"""Every change to the people directory, as an undoable command (``EditCommand`` around an
edit from ``services/edits/people.py``). Undo applies the recorded inverse, so undoing a merge
or a delete brings back the same person, with the same id, in every event that listed them."""

from __future__ import annotations

from roundtable.domain.records import PersonRecord
from roundtable.gui.common.undo import CommandContext, EditCommand
from roundtable.services.edits.people import (
    add_person_edit,
    delete_person_edit,
    merge_edit,
    person_edit,
    person_label,
)
from roundtable.wording import tr

__all__ = ["AddPersonCommand", "DeletePersonCommand", "EditPersonCommand",
           "MergePeopleCommand", "person_label"]  # fmt: skip


class AddPersonCommand(EditCommand):
    def __init__(self, context: CommandContext, record: PersonRecord) -> None:
        super().__init__(context, add_person_edit(record))

    @property
    def person_id(self) -> int | None:
        return self.result


class EditPersonCommand(EditCommand):
    """What the editor changed, from ``before`` (the person as it opened on them) to
    ``after``; a field changed meanwhile by someone else is refused, not overwritten."""

    def __init__(self, context: CommandContext, before: PersonRecord, after: PersonRecord) -> None:
        edit = person_edit(before, after)
        super().__init__(context, edit, edit.text if edit else tr("Edit person"),
                         select_person=before.id)  # fmt: skip


class DeletePersonCommand(EditCommand):
    """Removes someone who takes part in no event (the store refuses otherwise)."""

    def __init__(self, context: CommandContext, person_id: int) -> None:
        super().__init__(context, delete_person_edit(context.store.get_person(person_id)),
                         select_person=person_id)  # fmt: skip


class MergePeopleCommand(EditCommand):
    """Folds ``other`` into ``keep``; undo puts both back exactly."""

    def __init__(self, context: CommandContext, keep_id: int, other_id: int) -> None:
        keep = context.store.get_person(keep_id)
        other = context.store.get_person(other_id)
        super().__init__(context, merge_edit(keep, other), select_person=keep_id)
        self._keep_id = keep_id

    @property
    def keep_id(self) -> int:
        return self._keep_id
