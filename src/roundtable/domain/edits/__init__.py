"""Edits: what a user action changes, as data, applied by the store to what is stored now.

An edit names only what the user changed, with the values they saw ("item 12's duration 20 →
15", "seat 3: Ha → nobody"). The store (``store/edits``) applies it in one transaction to the
database as it is at that moment and refuses it, changing nothing, where what the user saw is no
longer there (``StaleError``): two windows, the command line and a second user on a shared
database never erase each other's work. Undo is the recorded inverse of what was applied.

The records here are frozen and hold no database objects; building them from what a view shows
is the job of ``services/edits``.
"""

from roundtable.domain.edits.base import Batch, Change, Edit

__all__ = ["Batch", "Change", "Edit"]
