"""Reading a CSV list: its encoding and separator guessed, its rows streamed and checked.

Lists arrive from everywhere: Excel on Windows saves CSV in cp1252 with semicolons in much of
Europe, Google Sheets and the registration tools write UTF-8 with or without a BOM. The file is
read a piece at a time (never whole), stopping past ``table_rows.MAX_ROWS`` rows.

Python's csv reader forgives a quote that is never closed: it reads everything up to the end of
the file as one cell, so ``"Ann,Lee,ann@x.org`` followed by ``Bob,Ray,bob@x.org`` became one
person with both lines as a name. Each record is therefore compared with the lines it was read
from: a record whose quote runs to the end of the file, whose quote swallowed line breaks and so
left it with a different number of cells than the header, or with text after a closing quote is
reported against its line, and the import takes nothing until the file is fixed.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from roundtable.errors import UserError
from roundtable.services import table_rows
from roundtable.services.formula_guard import unguard_cell
from roundtable.services.table_rows import Table, build_table, clean_cell, too_many_rows

_DELIMITERS = (",", ";", "\t")
_BARE = re.compile(r"[,;\t\s]*")
_SAMPLE_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
_MAX_LINE_CHARS = 8 * 1024 * 1024
_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_QUOTE_HELP = 'write a quote inside a cell as two ("")'


class _UndecodableError(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


# -- lines -----------------------------------------------------------------------------------


class _Lines:
    """The file's lines as text, decoded a piece at a time, split where csv splits them (\\r,
    \\n, \\r\\n). Remembers the lines handed out since the last ``take``: the lines of the
    record the csv reader has just finished."""

    def __init__(self, file: Path, stream: BinaryIO, encoding: str, errors: str) -> None:
        self._file = file
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
        self.number = 0
        self._record: list[str] = []

    def __iter__(self) -> Iterator[str]:
        tail = ""
        while True:
            chunk = self._stream.read(_CHUNK_BYTES)
            try:
                text = tail + self._decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                before = chunk[: max(exc.start, 0)]
                bad_line = self.number + 1 + len(_LINE_BREAKS.findall(before))
                raise _UndecodableError(bad_line) from None
            lines = io.StringIO(text, newline="").readlines()
            # The last piece may be half a line (or a \r whose \n is in the next chunk).
            tail = lines.pop() if chunk and lines else ""
            for line in lines:
                self.number += 1
                if "\x00" in line:
                    raise UserError(
                        f"{self._file} is not a text (CSV) file: line {self.number} holds a "
                        "NUL byte"
                    )
                self._record.append(line)
                yield line
            if not chunk:
                return
            if len(tail) > _MAX_LINE_CHARS:
                raise UserError(
                    f"{self._file}: line {self.number + 1} is longer than "
                    f"{_MAX_LINE_CHARS // 1024 // 1024} million characters; this is not a "
                    "participant list"
                )

    def take(self) -> tuple[list[str], int]:
        """The lines of the record just read, and the number of its first line."""
        lines, self._record = self._record, []
        return lines, self.number - len(lines) + 1


# -- encoding and separator ------------------------------------------------------------------


def _encodings(head: bytes) -> list[tuple[str, str]]:
    """The (encoding, error handling) to try in turn, from the file's first bytes."""
    if head.startswith(b"\xef\xbb\xbf"):
        return [("utf-8-sig", "strict"), ("utf-8-sig", "replace")]
    if head.startswith(_UTF16_BOMS):
        return [("utf-16", "strict")]
    return [("utf-8", "strict"), ("cp1252", "strict"), ("latin-1", "strict")]


def _note(encoding: str, errors: str, bad_line: int) -> str | None:
    if errors == "replace":
        return (
            f"the file says it is UTF-8 but line {bad_line} is not; letters that could not be "
            "read are shown as �"
        )
    return {
        "utf-16": "read as UTF-16 (Excel's “Unicode text”)",
        "cp1252": "the file is not UTF-8; it was read as Windows-1252 (Western European)",
        "latin-1": (
            "the file is neither UTF-8 nor Windows-1252; it was read as Latin-1, so check "
            "accented letters"
        ),
    }.get(encoding)


def _check_text(file: Path, head: bytes, sample: str) -> None:
    """Refuse what is plainly not text: NUL bytes, or a start thick with control codes."""
    if not head.startswith(_UTF16_BOMS) and b"\x00" in head:
        raise UserError(f"{file} is not a text (CSV) file")
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\x0c")
    if controls > max(8, len(sample) // 100):
        raise UserError(f"{file} is not a text (CSV) file (it holds binary data)")


def _sample_rows(text: str, delimiter: str, limit: int) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for cells in reader:
            rows.append(cells)
            if len(rows) >= limit:
                break
    except csv.Error:
        return []
    return rows


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """How well ``delimiter`` splits the start of the file: (share of rows as wide as the
    header, header width). Real data gives every row the header's width."""
    rows = [c for c in _sample_rows(text, delimiter, 50) if any(x.strip() for x in c)]
    if not rows:
        return (0.0, 0)
    width = len(rows[0])
    if width < 2:
        return (0.0, width)
    same = sum(1 for cells in rows if len(cells) == width)
    return (same / len(rows), width)


def _delimiter(sample: str) -> str:
    scores = {d: _consistency(sample, d) for d in _DELIMITERS}
    best = max(scores.values())
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in scores and scores[sniffed] == best and best[1] >= 2:
        return sniffed
    if best[1] < 2:
        return ","  # one column: any delimiter reads it the same
    return next(d for d in _DELIMITERS if scores[d] == best)


# -- malformed records -----------------------------------------------------------------------


def _quote_problem(text: str, delimiter: str) -> str | None:
    """What the strict csv rules say of one record's own lines: "unclosed", "after" (text
    after a closing quote), another csv message, or None."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for _cells in reader:
            pass
    except csv.Error as exc:
        message = str(exc)
        if "end of data" in message:
            return "unclosed"
        return "after" if "expected after" in message else message
    return None


def _record_problem(
    lines: list[str], cells: list[str], delimiter: str, start: int, width: int | None
) -> str | None:
    text = "".join(lines)
    if '"' not in text:
        return None
    end = start + len(lines) - 1
    found = _quote_problem(text, delimiter)
    if found == "unclosed":
        if end > start:
            return (
                f"an opening quote is never closed, so lines {start}–{end} were read as one "
                f"cell; close the quote, or {_QUOTE_HELP}"
            )
        return f"an opening quote is never closed; close it, or {_QUOTE_HELP}"
    if end > start and width is not None and len(cells) != width:
        # A cell may hold line breaks; but here they took the row's cells with them.
        count = f"{len(cells)} cell{'s' * (len(cells) != 1)}"
        return (
            f"a quote opened on line {start} closes only on line {end}, so lines "
            f"{start}–{end} were read as one row of {count} where the header has {width}; "
            "check the quotes"
        )
    if found == "after":
        return (
            "text follows the closing quote of a cell; put the whole cell in quotes and "
            f"{_QUOTE_HELP}"
        )
    if found:
        return f"the quotes do not follow the CSV rules ({found}); {_QUOTE_HELP}"
    return None


# -- reading ---------------------------------------------------------------------------------


def read_csv(file: Path, stream: BinaryIO) -> Table:
    """Read the open CSV ``stream`` of ``file``; UserError if it cannot be read at all."""
    max_rows = table_rows.MAX_ROWS
    head = stream.read(_SAMPLE_BYTES)
    candidates = _encodings(head)
    sample = head.decode(candidates[0][0], "replace")
    _check_text(file, head, sample)
    first = sample.partition("\n")[0]
    sep_line = re.fullmatch(r"\s*sep=(.)\s*", first)
    delimiter = sep_line.group(1) if sep_line else _delimiter(sample)
    bad_line = 0
    for encoding, errors in candidates:
        stream.seek(0)
        try:
            rows, problems = _records(file, stream, encoding, errors, delimiter, max_rows,
                                      skip_first=bool(sep_line))  # fmt: skip
        except _UndecodableError as exc:
            bad_line = bad_line or exc.line
            continue
        note = _note(encoding, errors, bad_line)
        return build_table(str(file), rows, [note] if note else [], line_problems=problems)
    raise UserError(f"{file}: line {bad_line} cannot be read as text (UTF-16 was expected)")


def _records(
    file: Path,
    stream: BinaryIO,
    encoding: str,
    errors: str,
    delimiter: str,
    max_rows: int,
    skip_first: bool,
) -> tuple[list[tuple[int, list[str]]], dict[int, list[str]]]:
    lines = _Lines(file, stream, encoding, errors)
    source = iter(lines)
    if skip_first:  # Excel's "sep=;" line names the separator and is no row
        next(source, None)
        lines.take()
    reader = csv.reader(source, delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    problems: dict[int, list[str]] = {}
    width: int | None = None  # the header's, once it is read
    counted = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raw, start = lines.take()
            if len(raw) > 1:
                raise UserError(
                    f"{file}: line {start}: an opening quote is never closed (the cell runs "
                    f"past line {start + len(raw) - 1}, longer than any cell can be); close "
                    f"the quote, or {_QUOTE_HELP}"
                ) from None
            raise UserError(f"{file}: line {start}: the CSV cannot be read ({exc})") from None
        raw, start = lines.take()
        cleaned = [unguard_cell(clean_cell(cell)).strip() for cell in cells]
        # A line of bare separators (";;;" left by a spreadsheet) is as empty as a blank line,
        # whichever separator the file turned out to use.
        if _BARE.fullmatch("".join(cleaned)):
            cleaned = []
        problem = _record_problem(raw, cells, delimiter, start, width)
        if problem:
            problems[start] = [problem]
        if cleaned and width is None:
            width = len(cells)
        elif cleaned:
            counted += 1
            if counted > max_rows:
                raise too_many_rows(str(file))
        rows.append((start, cleaned))
    return rows, problems
