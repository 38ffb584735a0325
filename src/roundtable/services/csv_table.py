"""Reading a CSV list: its encoding and separator guessed, its rows streamed and checked.

Lists arrive from everywhere: Excel on Windows saves CSV in the machine's code page with
semicolons in much of Europe and in Russia (cp1252, cp1251; cp932 in Japan), Google Sheets and
the registration tools write UTF-8 with or without a BOM, Excel's "Unicode text" is UTF-16.
``text_encoding`` tells them apart (a BOM first, then UTF-8, then the likeliest code page); the
user may name the encoding instead, and ``Table.encoding`` says which one was read. The file
is read a piece at a time (never whole), stopping past ``table_rows.MAX_ROWS`` rows; a file
that is plain ASCII at first and in a code page further on is read in the one its first
non-UTF-8 piece points to.

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
from roundtable.services.text_encoding import detect_legacy, encoding_label, sniff_utf16
from roundtable.wording import tr

_DELIMITERS = (",", ";", "\t")
_BARE = re.compile(r"[,;\t\s]*")
_SAMPLE_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
_MAX_LINE_CHARS = 8 * 1024 * 1024
_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _UndecodableError(Exception):
    """A line the encoding being tried cannot read; ``data`` is the piece of the file it is
    in, to guess the encoding from when the file started out as plain ASCII."""

    def __init__(self, line: int, data: bytes = b"") -> None:
        super().__init__(line)
        self.line = line
        self.data = data


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
                raise _UndecodableError(bad_line, chunk) from None
            lines = io.StringIO(text, newline="").readlines()
            # The last piece may be half a line (or a \r whose \n is in the next chunk).
            tail = lines.pop() if chunk and lines else ""
            for line in lines:
                self.number += 1
                if "\x00" in line:
                    raise UserError(
                        tr("{file} is not a text (CSV) file: line {line} holds a NUL byte").format(
                            file=self._file, line=self.number
                        )
                    )
                self._record.append(line)
                yield line
            if not chunk:
                return
            if len(tail) > _MAX_LINE_CHARS:
                raise UserError(
                    tr(
                        "{file}: line {line} is longer than {millions} million characters; "
                        "this is not a participant list"
                    ).format(
                        file=self._file,
                        line=self.number + 1,
                        millions=_MAX_LINE_CHARS // 1024 // 1024,
                    )
                )

    def take(self) -> tuple[list[str], int]:
        """The lines of the record just read, and the number of its first line."""
        lines, self._record = self._record, []
        return lines, self.number - len(lines) + 1


# -- encoding and separator ------------------------------------------------------------------


def _encodings(head: bytes) -> list[tuple[str, str]]:
    """The (encoding, error handling) to try in turn, from the file's first bytes: a BOM
    decides; then UTF-16 without one; then UTF-8 if the start reads as UTF-8, else the legacy
    code pages ``text_encoding`` finds likely; Windows-1252 and Latin-1 last."""
    if head.startswith(b"\xef\xbb\xbf"):
        return [("utf-8-sig", "strict"), ("utf-8-sig", "replace")]
    if head.startswith(_UTF16_BOMS):
        return [("utf-16", "strict")]
    utf16 = sniff_utf16(head)
    if utf16:
        return [(utf16, "strict")]
    fallbacks = [("cp1252", "strict"), ("latin-1", "strict")]
    if _reads_as_utf8(head):
        return [("utf-8", "strict"), *fallbacks]
    return [(name, "strict") for name in detect_legacy(head)] + fallbacks


def _reads_as_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 (a character cut off at its end is no error)."""
    try:
        codecs.getincrementaldecoder("utf-8")(errors="strict").decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _note(encoding: str, errors: str, bad_line: int) -> str | None:
    """What the user should know about how the file was read: only where the reading may be
    wrong (a guess of the last resort, letters replaced); the encoding itself is reported
    with the table (``Table.encoding``)."""
    if errors == "replace":
        return tr(
            "the file says it is UTF-8 but line {line} is not; letters that could not be "
            "read are shown as �"
        ).format(line=bad_line)
    if encoding == "utf-16":
        return tr("read as UTF-16 (Excel's “Unicode text”)")
    if encoding == "cp1252":
        return tr("the file is not UTF-8; it was read as {encoding}").format(
            encoding=encoding_label(encoding)
        )
    if encoding == "latin-1":
        return tr(
            "the file is neither UTF-8 nor Windows-1252; it was read as Latin-1, so check "
            "accented letters"
        )
    return None


def _check_text(file: Path, head: bytes, sample: str, encoding: str) -> None:
    """Refuse what is plainly not text: NUL bytes, or a start thick with control codes."""
    if not encoding.startswith("utf-16") and b"\x00" in head:
        raise UserError(tr("{file} is not a text (CSV) file").format(file=file))
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\x0c")
    if controls > max(8, len(sample) // 100):
        raise UserError(
            tr("{file} is not a text (CSV) file (it holds binary data)").format(file=file)
        )


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
            return tr(
                "an opening quote is never closed, so lines {start}–{end} were read as one "
                'cell; close the quote, or write a quote inside a cell as two ("")'
            ).format(start=start, end=end)
        return tr(
            'an opening quote is never closed; close it, or write a quote inside a cell as two ("")'
        )
    if end > start and width is not None and len(cells) != width:
        # A cell may hold line breaks; but here they took the row's cells with them.
        return tr(
            "a quote opened on line {start} closes only on line {end}, so lines "
            "{start}–{end} were read as one row of %n cells where the header has {width}; "
            "check the quotes",
            "",
            len(cells),
        ).format(start=start, end=end, width=width)
    if found == "after":
        return tr(
            "text follows the closing quote of a cell; put the whole cell in quotes and "
            'write a quote inside a cell as two ("")'
        )
    if found:
        return tr(
            "the quotes do not follow the CSV rules ({reason}); write a quote inside a cell "
            'as two ("")'
        ).format(reason=found)
    return None


# -- reading ---------------------------------------------------------------------------------


def read_csv(file: Path, stream: BinaryIO, encoding: str | None = None) -> Table:
    """Read the open CSV ``stream`` of ``file``, in ``encoding`` if given, else in the one
    the file's bytes point to (``_encodings``); UserError if it cannot be read at all."""
    max_rows = table_rows.MAX_ROWS
    head = stream.read(_SAMPLE_BYTES)
    attempts = [(encoding, "strict")] if encoding else _encodings(head)
    sample = _decoded_sample(head, attempts)
    _check_text(file, head, sample, attempts[0][0])
    first = sample.partition("\n")[0]
    sep_line = re.fullmatch(r"\s*sep=(.)\s*", first)
    delimiter = sep_line.group(1) if sep_line else _delimiter(sample)
    bad_line = 0
    tried: set[tuple[str, str]] = set()
    while attempts:
        attempt = attempts.pop(0)
        if attempt in tried:
            continue
        tried.add(attempt)
        name, errors = attempt
        stream.seek(0)
        try:
            rows, problems = _records(file, stream, name, errors, delimiter, max_rows,
                                      skip_first=bool(sep_line))  # fmt: skip
        except _UndecodableError as exc:
            bad_line = bad_line or exc.line
            if name == "utf-8" and not encoding:  # ASCII at first, then another encoding
                attempts[:0] = [(n, "strict") for n in detect_legacy(exc.data)]
            continue
        note = _note(name, errors, bad_line)
        table = build_table(str(file), rows, [note] if note else [], line_problems=problems)
        table.encoding = name
        return table
    if encoding:
        raise UserError(
            tr("{file}: line {line} cannot be read as {encoding}; choose another encoding").format(
                file=file, line=bad_line, encoding=encoding_label(encoding)
            )
        )
    raise UserError(
        tr("{file}: line {line} cannot be read as text (UTF-16 was expected)").format(
            file=file, line=bad_line
        )
    )


def _decoded_sample(head: bytes, attempts: list[tuple[str, str]]) -> str:
    """The start of the file as text, for the checks and the separator: in the first
    encoding that reads it, else the first with the unreadable bytes replaced."""
    for name, _errors in attempts:
        try:
            return codecs.getincrementaldecoder(name)(errors="strict").decode(head, final=False)
        except UnicodeDecodeError:
            continue
    return head.decode(attempts[0][0], "replace")


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
                    tr(
                        "{file}: line {line}: an opening quote is never closed (the cell runs "
                        "past line {last}, longer than any cell can be); close the quote, or "
                        'write a quote inside a cell as two ("")'
                    ).format(file=file, line=start, last=start + len(raw) - 1)
                ) from None
            raise UserError(
                tr("{file}: line {line}: the CSV cannot be read ({reason})").format(
                    file=file, line=start, reason=exc
                )
            ) from None
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
