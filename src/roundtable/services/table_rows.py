"""A participant list as read from a file: headers, rows of cell texts, and what is wrong.

Both readers (``csv_table`` and the XLSX part of ``table_read``) hand their rows to
``build_table``, which settles the header, the width and what is reported where: a problem
with one row (an unclosed quote, a control character) stays with that row, so the import's
report names it and imports nothing until it is fixed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from roundtable.errors import UserError
from roundtable.wording import tr

MAX_ROWS = 100_000
"""Rows one import reads (README: ``import participants``). Far more than any event's list;
a file past it is refused at once instead of being read for minutes into gigabytes."""

_ALLOWED_CONTROLS = frozenset("\t\n\r")


@dataclass
class Table:
    """A list as read: header texts, rows of cell texts (all as long as ``headers``)."""

    headers: list[str]
    rows: list[list[str]]
    source: str
    notes: list[str] = field(default_factory=list)
    # The line (CSV) or row number (XLSX) each row came from, for messages a user can find.
    line_numbers: list[int] = field(default_factory=list)
    # (row index, column index) of cells holding a formula the file stores no result for: their
    # text is the formula, which must not be imported as a name or an email address.
    uncomputed: set[tuple[int, int]] = field(default_factory=set)
    # What is wrong with the file's shape, by row index ("an opening quote is never closed"),
    # and what is wrong outside any row (in the header line, or a line left empty by it).
    row_problems: dict[int, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # The encoding a CSV was read in (Python's codec name: "utf-8", "cp1251", "cp932", ...);
    # "" for a workbook, which has none. Shown with the list, so a wrong guess can be undone.
    encoding: str = ""

    def line(self, row_index: int) -> int:
        if row_index < len(self.line_numbers):
            return self.line_numbers[row_index]
        return row_index + 2


def clean_cell(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\ufeff", "")).strip()


def control_problem(cells: list[str]) -> str | None:
    """A control character in a cell (other than tab and line breaks) is no part of a name or
    an address: it is binary junk or a damaged file, and is named, not stored."""
    for cell in cells:
        for char in cell:
            if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc":
                return tr(
                    "holds the control character {code}, which is not text; remove it (the "
                    "file may be damaged)"
                ).format(code=f"U+{ord(char):04X}")
    return None


def too_many_rows(where: str) -> UserError:
    """The refusal of a list past ``MAX_ROWS`` (read when raised, so a test can lower it)."""
    return UserError(
        tr(
            "{where} has more than {limit} rows; Roundtable imports at most {limit} at a time, "
            "so split the list"
        ).format(where=where, limit=f"{MAX_ROWS:,}")
    )


def build_table(
    source: str,
    raw_rows: list[tuple[int, list[str]]],
    notes: list[str],
    uncomputed: set[tuple[int, int]] | None = None,
    line_problems: dict[int, list[str]] | None = None,
) -> Table:
    """Header = first non-empty row; fully empty rows dropped; all rows as wide as the widest.
    ``line_problems`` (by line or row number) go to their row, else to the whole table."""
    problems = dict(line_problems or {})
    for line, cells in raw_rows:
        found = control_problem(cells)
        if found:
            problems.setdefault(line, []).append(found)
    rows = [(line, cells) for line, cells in raw_rows if any(cells)]
    if not rows:
        table = Table([], [], source, notes)
        table.problems = _outside(problems, set())
        return table
    header_line = rows[0][0]
    if header_line in problems:  # no header to map columns by: the file must be fixed
        raise UserError(
            tr("{file}: line {line}: {problem}").format(
                file=source, line=header_line, problem=problems[header_line][0]
            )
        )
    width = max(len(cells) for _line, cells in rows)
    while width > 0 and not any(len(c) >= width and c[width - 1] for _l, c in rows):
        width -= 1
    header = rows[0][1]
    headers = [
        (header[i] if i < len(header) else "") or tr("(column {number})").format(number=i + 1)
        for i in range(width)
    ]
    body, lines, marks = [], [], set()
    index_of = {line: i for i, (line, _c) in enumerate(rows)}
    for line, cells in rows[1:]:
        body.append([cells[i] if i < len(cells) else "" for i in range(width)])
        lines.append(line)
    for line, column in uncomputed or set():
        if line in index_of and index_of[line] > 0 and column < width:
            marks.add((index_of[line] - 1, column))
    table = Table(headers, body, source, notes, lines, marks)
    in_rows = set(lines)
    table.row_problems = {
        index_of[line] - 1: found for line, found in problems.items() if line in in_rows
    }
    table.problems = _outside(problems, in_rows)
    return table


def _outside(problems: dict[int, list[str]], in_rows: set[int]) -> list[str]:
    """Problems of the header line, or of a line that left no row, as "line N: …"."""
    return [
        tr("line {line}: {problem}").format(line=line, problem=problem)
        for line, found in sorted(problems.items())
        if line not in in_rows
        for problem in found
    ]
