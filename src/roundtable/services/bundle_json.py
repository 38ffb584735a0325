"""Reading a bundle's JSON so that anything a hostile or damaged file holds is refused in words.

Python's JSON reader is generous where a bundle must not be: it accepts NaN and Infinity, turns
``"\\ud800"`` into a string that cannot be written back as UTF-8, reads a number of any length
(or fails with a ValueError past 4,300 digits), and recurses once per bracket, so a file of
100,000 "[" fails with a RecursionError. Each of those becomes a one-line UserError here,
before the schema (``bundle_schema.json``) checks fields and ranges.
"""

from __future__ import annotations

import json
from typing import Any

from roundtable.domain.limits import text_problem
from roundtable.errors import UserError

MAX_DIGITS = 15
"""Longer numbers are refused as they are read: every number in a bundle is far smaller."""


class _RefusedError(ValueError):
    """Raised from inside the JSON reader; carries the user's message out of it."""


def _constant(name: str) -> Any:
    raise _RefusedError(f"holds {name}, which is not a number JSON allows")


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _RefusedError(
            f"holds a number with {digits:,} digits; a bundle's numbers are far smaller"
        )
    return int(text)


def _real(text: str) -> float:
    if len(text) > 64:
        raise _RefusedError("holds a number written with more than 64 characters")
    return float(text)


def load_bundle_json(text: str, name: str) -> Any:
    """The document in ``text``; UserError starting with ``name`` (the file) if it is not
    JSON a bundle can be."""
    try:
        document = json.loads(text, parse_constant=_constant, parse_int=_integer, parse_float=_real)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except _RefusedError as exc:
        raise UserError(f"{name} is not a bundle: it {exc}") from None
    except RecursionError:
        raise UserError(
            f"{name} is not a bundle: its brackets are nested far deeper than a bundle's"
        ) from None
    problem = unicode_problem(document)
    if problem:
        raise UserError(f"{name}: {problem}")
    return document


def unicode_problem(document: Any) -> str | None:
    """Where ``document`` holds text that cannot be stored (a lone surrogate, a NUL), as
    "event.title: holds ...", or None. Walks without recursion, however deep the document."""
    pending: list[tuple[str, Any]] = [("", document)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            problem = text_problem(value, len(value))
            if problem:
                return f"{path or 'the bundle'}: {problem}"
        elif isinstance(value, dict):
            for key, item in value.items():
                problem = text_problem(key, len(key)) if isinstance(key, str) else None
                if problem:
                    return f"{path or 'the bundle'}: a field name {problem}"
                pending.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            pending.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return None
