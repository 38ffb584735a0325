"""The store's side of edits (``domain/edits``): one handler per kind of edit, each applying it
through a recording transaction (``store/recorder.py``) to the rows as they are now.

Importing this package registers every handler.
"""

from roundtable.store.edits import (  # noqa: F401
    agenda,
    arrival,
    events,
    log,
    participants,
    people,
    seating,
)
from roundtable.store.edits.registry import EditContext
from roundtable.store.edits.registry import run as run_edit

__all__ = ["EditContext", "run_edit"]
