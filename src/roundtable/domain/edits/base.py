"""The base of every edit, and a batch of edits applied as one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Change = tuple[Any, Any]
"""A field's value as the user saw it, and the value they set: (before, after)."""


@dataclass(frozen=True, kw_only=True)
class Edit:
    text: str = ""
    """The change in words ("Set duration of “Q&A” to 25 min"): the undo menu and the change
    history name it so."""


@dataclass(frozen=True, kw_only=True)
class Batch(Edit):
    """Several edits as one transaction and one undo step (a dialog's OK, an import)."""

    edits: tuple[Edit, ...] = ()
