"""Keeping spreadsheets from running what people typed: the formula guard of every CSV and
XLSX the app writes, and its removal when such a file is imported again.

Excel, LibreOffice and Google Sheets treat a cell as a formula when its first character is
= + - or @, and they are lenient about what comes before it: leading spaces (a no-break space
too), a line break, invisible direction marks such as U+202E, or the full-width forms ＝ ＋ －
＠ that Japanese and Chinese keyboards type. A cell starting with a tab, carriage return or
other control character is read as a formula by some of them as well. OWASP's advice for CSV
injection is to put a single quote before any such cell, keeping the text otherwise as it is,
and to quote every field so a separator inside a value cannot start a new cell; the CSV
writers do both. XLSX cells are written as strings and marked with Excel's own quote prefix.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence

GUARD = "'"
_FORMULA_STARTS = frozenset("=+-@")
# Characters a spreadsheet skips before it decides whether a cell is a formula: whitespace of
# every kind, control characters and invisible formatting (bidi, zero-width) characters.
_SKIPPED_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def _runs_as_formula(text: str) -> bool:
    if not text:
        return False
    if unicodedata.category(text[0]) == "Cc":  # tab, CR, LF, NUL... at the very start
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in _SKIPPED_CATEGORIES:
            continue
        # NFKC folds the full-width and small forms (＝ ﹦ ＋ ﹢ － ﹣ ＠ ﹫) to = + - @.
        return unicodedata.normalize("NFKC", char)[:1] in _FORMULA_STARTS
    return False


def needs_guard(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula. Leading quotes are looked
    through, so that a text which itself starts with a quote before a formula gets a guard
    too, and removing one guard on import gives back exactly what was exported."""
    return _runs_as_formula(text.lstrip(GUARD))


def guard_cell(text: str) -> str:
    """The text a CSV cell may hold safely: a single quote before what a spreadsheet would
    run, the text itself otherwise."""
    return GUARD + text if needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """The text before ``guard_cell``: the quote it added is dropped, any other kept."""
    if text.startswith(GUARD) and needs_guard(text[1:]):
        return text[1:]
    return text


def guarded_csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV as Excel reads it right (UTF-8 with a BOM, CRLF line ends), every field in double
    quotes and every cell guarded: the one way the app writes a CSV."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([guard_cell(str(cell)) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
