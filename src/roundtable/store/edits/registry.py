"""How an edit finds its handler, and what a handler gets to work with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from roundtable.domain.edits import Batch, Edit
from roundtable.domain.parts import change_area
from roundtable.store.recorder import Tx

if TYPE_CHECKING:
    from roundtable.store.facade import Store

E = TypeVar("E", bound=Edit)
Handler = Callable[["EditContext", Any], Any]
HANDLERS: dict[type, Handler] = {}


def handles(edit_type: type[E]) -> Callable[[Callable[[EditContext, E], Any]], Any]:
    def register(function: Callable[[EditContext, E], Any]) -> Callable[[EditContext, E], Any]:
        HANDLERS[edit_type] = function
        return function

    return register


@dataclass
class EditContext:
    """One edit being applied: the recording transaction and what the handlers share.

    ``checks`` are run once every handler of the edit is done (a dialog's edits can break a rule
    half-way and mend it by the end: days moved with the event's dates); a check raises
    UserError to refuse the whole edit.
    """

    tx: Tx
    session: Session
    store: Store
    author: str
    now: datetime  # naive UTC, as the database keeps times
    checks: dict[str, Callable[[], None]] = field(default_factory=dict)
    cache: dict[Any, Any] = field(default_factory=dict)

    def check_later(self, key: str, check: Callable[[], None]) -> None:
        self.checks.setdefault(key, check)

    def run_checks(self) -> None:
        while self.checks:
            _key, check = self.checks.popitem()
            check()


def run(context: EditContext, edit: Edit) -> Any:
    handler = HANDLERS.get(type(edit))
    if handler is None:
        raise TypeError(f"no handler for {type(edit).__name__}")
    return handler(context, edit)


@handles(Batch)
def _batch(context: EditContext, edit: Batch) -> list[Any]:
    """Each edit in turn; the batch's own text goes in the change history of the events it
    touched, unless its edits wrote lines of their own."""
    tx = context.tx
    noted = len(tx.notes)
    results = [run(context, each) for each in edit.edits]
    if edit.text and len(tx.notes) == noted:
        for event_id in sorted(tx.events - tx.deleted_events()):
            tx.note(event_id, change_area(tx.parts), edit.text)
    return results
