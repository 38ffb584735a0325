"""The last check before a value reaches the database, whichever edit writes it.

Dialogs, bundles and imported lists check what they hand the store (``domain.validation``),
but an edit can also come from a script, another window or an older record; so every row the
store inserts or updates is checked here against ``domain.limits`` and the column it goes into.
A value out of range becomes a one-line UserError naming the field, not an OverflowError from
the SQLite driver, a DataError from PostgreSQL or a report that fails a week later.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Integer, String

from roundtable.domain import limits
from roundtable.errors import UserError
from roundtable.store import models as m
from roundtable.store.row_words import column_noun, noun
from roundtable.wording import tr

_TABLES = m.Base.metadata.tables
_SEATS = (1, limits.MAX_SEATS, "")
_RANGES: dict[tuple[str, str], tuple[int, int, str]] = {
    ("event", "round_number"): (1, limits.MAX_ROUND_NUMBER, ""),
    ("participation", "precedence"): (0, limits.MAX_PRECEDENCE, ""),
    ("agenda_item", "duration_minutes"): (0, limits.MAX_DURATION_MINUTES, "minutes"),
    ("agenda_speaker", "speaking_minutes"): (0, limits.MAX_DURATION_MINUTES, "minutes"),
    ("seating_plan", "seat_count"): _SEATS,
    ("seating_plan", "head_seat"): _SEATS,
    ("seating_plan", "seats_per_side"): (0, limits.MAX_SEATS, ""),
    ("seating_plan", "rows"): (0, limits.MAX_SEATS, ""),
    ("seat", "number"): _SEATS,
    ("attachment", "size"): (0, limits.MAX_ATTACHMENT_BYTES, "bytes"),
}


def check_values(table: str, values: Mapping[str, Any]) -> None:
    """UserError naming the first value of ``values`` that ``table`` cannot keep."""
    columns = _TABLES[table].c
    for name, value in values.items():
        if value is None or isinstance(value, bool) or name not in columns:
            continue
        problem = _problem(table, name, columns[name].type, value)
        if problem:
            raise UserError(
                tr("{what} {problem}").format(what=_field(table, name), problem=problem)
            )


def _problem(table: str, name: str, kind: Any, value: Any) -> str | None:
    if isinstance(value, int):
        if (table, name) in _RANGES:
            return limits.range_problem(value, *_RANGES[table, name])
        if isinstance(kind, Integer):
            return limits.range_problem(value, *limits.INT_RANGE)
        return None
    if isinstance(value, str):
        length = kind.length if isinstance(kind, String) and kind.length else None
        return limits.text_problem(value, length or limits.LONG_TEXT)
    if isinstance(value, bytes | bytearray | memoryview):
        if len(value) > limits.MAX_ATTACHMENT_BYTES:
            return tr("is larger than 50 MB")
        return None
    if isinstance(value, date):  # datetimes too
        return limits.year_problem(value.year)
    return None


def _field(table: str, column: str) -> str:
    """ "the duration of an agenda item", in the words the store's other messages use."""
    return tr("the {field} of {owner}").format(field=column_noun(column), owner=noun(table))
