"""Reading a participant list from CSV or XLSX into plain rows of text.

Lists arrive from everywhere: Excel on Windows saves CSV in cp1252 with semicolons in much of
Europe, Google Sheets and the registration tools write UTF-8 with or without a BOM, and XLSX files
store phone numbers as numbers whose leading "+" or zeros exist only in the cell's display format.
Everything is turned into the text a person sees in the cell, because that is what they expect
to import; anything that could not be read faithfully is named in ``Table.notes`` (or refused),
never silently dropped or left empty.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from roundtable.errors import UserError

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_DELIMITERS = (",", ";", "\t")
_BARE = re.compile(r"[,;\t\s]*")
_GUARDED = re.compile(r"^'(?=[=+\-@\t\r])")  # the formula guard our own CSV export adds


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

    def line(self, row_index: int) -> int:
        if row_index < len(self.line_numbers):
            return self.line_numbers[row_index]
        return row_index + 2


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file (by its content, then its suffix); UserError if it cannot be."""
    file = Path(path)
    try:
        with open(file, "rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise UserError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{file} is a folder, not a CSV or XLSX file") from None
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror}") from exc
    suffix = file.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise UserError(
            f"{file} is an old-format Excel workbook (.xls) or a password-protected one; "
            "open it in Excel or LibreOffice and save it as .xlsx (without a password) or .csv"
        )
    if suffix in {".ods", ".numbers"}:
        raise UserError(f"{file}: {suffix} files cannot be read; save the list as .xlsx or .csv")
    if head.startswith(b"PK\x03\x04"):
        if suffix in CSV_SUFFIXES:
            raise UserError(
                f"{file} is not a CSV file (it looks like a spreadsheet or a zip "
                "archive); save it as .csv, or give it its .xlsx name"
            )
        table = _read_xlsx(file, sheet)
    elif suffix in XLSX_SUFFIXES:
        raise UserError(f"{file} is not a valid .xlsx file (it may be damaged or misnamed)")
    elif suffix in CSV_SUFFIXES or not suffix:
        if sheet is not None:
            raise UserError(f"{file} is a CSV file, which has no sheets")
        table = _read_csv(file)
    else:
        raise UserError(f"{file}: cannot import {suffix} files; use .csv or .xlsx")
    if not table.headers:
        raise UserError(f"{file} has no data (no header row was found)")
    return table


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names of an XLSX file, for a "which sheet?" choice; [] for CSV."""
    file = Path(path)
    if file.suffix.lower() not in XLSX_SUFFIXES:
        return []
    workbook = _open_workbook(file, data_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


# -- shared --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\ufeff", "")).strip()


def _build(
    source: str,
    raw_rows: list[tuple[int, list[str]]],
    notes: list[str],
    uncomputed: set[tuple[int, int]] | None = None,
) -> Table:
    """Header = first non-empty row; fully empty rows dropped; all rows as wide as the widest."""
    rows = [(line, cells) for line, cells in raw_rows if any(cells)]
    if not rows:
        return Table([], [], source, notes)
    width = max(len(cells) for _line, cells in rows)
    while width > 0 and not any(len(c) >= width and c[width - 1] for _l, c in rows):
        width -= 1
    header = rows[0][1]
    headers = [(header[i] if i < len(header) else "") or f"(column {i + 1})" for i in range(width)]
    body, lines, marks = [], [], set()
    index_of = {line: i for i, (line, _c) in enumerate(rows)}
    for line, cells in rows[1:]:
        body.append([cells[i] if i < len(cells) else "" for i in range(width)])
        lines.append(line)
    for line, column in uncomputed or set():
        if line in index_of and index_of[line] > 0 and column < width:
            marks.add((index_of[line] - 1, column))
    return Table(headers, body, source, notes, lines, marks)


# -- CSV -----------------------------------------------------------------------------------


def _decode(data: bytes, file: Path, notes: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            notes.append(
                f"the file says it is UTF-8 but byte {exc.start + 3} is not; "
                "letters that could not be read are shown as �"
            )
            return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        notes.append("read as UTF-16 (Excel's “Unicode text”)")
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UserError(f"{file} is not a text (CSV) file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("the file is not UTF-8; it was read as Windows-1252 (Western European)")
        return text
    except UnicodeDecodeError:
        notes.append(
            "the file is neither UTF-8 nor Windows-1252; it was read as Latin-1, so "
            "check accented letters"
        )
        return data.decode("latin-1")


def _parse(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    line = 1
    try:
        for cells in reader:
            rows.append((line, cells))
            line = reader.line_num + 1
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as exc:
        raise UserError(f"line {line}: the CSV cannot be read ({exc})") from exc
    return rows


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """How well ``delimiter`` splits the start of the file: (share of rows as wide as the
    header, header width). Real data gives every row the header's width."""
    try:
        rows = [c for _l, c in _parse(text, delimiter, limit=50) if any(x.strip() for x in c)]
    except UserError:
        return (0.0, 0)
    if not rows:
        return (0.0, 0)
    width = len(rows[0])
    if width < 2:
        return (0.0, width)
    same = sum(1 for cells in rows if len(cells) == width)
    return (same / len(rows), width)


def _delimiter(text: str) -> str:
    sample = text[:65536]
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


def _read_csv(file: Path) -> Table:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror}") from exc
    notes: list[str] = []
    text = _decode(data, file, notes)
    first, _sep, rest = text.partition("\n")
    skipped = 0
    sep_line = re.fullmatch(r"\s*sep=(.)\s*", first)
    if sep_line:  # Excel's "sep=;" first line names the delimiter
        delimiter, text, skipped = sep_line.group(1), rest, 1
    else:
        delimiter = _delimiter(text)
    try:
        parsed = _parse(text, delimiter)
    except UserError as exc:
        raise UserError(f"{file}: {exc}") from None
    rows = [
        (line + skipped, [_GUARDED.sub("", _clean(cell)).strip() for cell in cells])
        for line, cells in parsed
    ]
    # A line of bare separators (";;;" left by a spreadsheet) is as empty as a blank line,
    # whichever separator the file turned out to use.
    rows = [(line, [] if _BARE.fullmatch("".join(cells)) else cells) for line, cells in rows]
    return _build(str(file), rows, notes)


# -- XLSX ----------------------------------------------------------------------------------


def _open_workbook(file: Path, *, data_only: bool):
    from openpyxl import load_workbook  # only when a workbook is read: keeps start-up quick

    try:
        return load_workbook(file, read_only=True, data_only=data_only)
    except Exception as exc:  # zipfile's, openpyxl's and the XML parser's errors alike
        raise UserError(f"{file} is not a readable .xlsx file ({exc})") from exc


def _pick_sheet(workbook, file: Path, sheet: str | None):
    names = list(workbook.sheetnames)
    if sheet is None:
        if not names:
            raise UserError(f"{file} has no sheets")
        chosen = names[0]
    elif sheet in names:
        chosen = sheet
    else:
        matches = [n for n in names if n.casefold() == sheet.strip().casefold()]
        if len(matches) != 1:
            listed = ", ".join(names)
            raise UserError(f"{file} has no sheet {sheet!r}; its sheets are: {listed}")
        chosen = matches[0]
    worksheet = workbook[chosen]
    if not hasattr(worksheet, "iter_rows"):
        raise UserError(f"{file}: the sheet {chosen!r} is a chart, not a table")
    return worksheet


def _read_xlsx(file: Path, sheet: str | None) -> Table:
    values_book = _open_workbook(file, data_only=True)
    formulas_book = _open_workbook(file, data_only=False)
    try:
        values_sheet = _pick_sheet(values_book, file, sheet)
        formulas_sheet = formulas_book[values_sheet.title]
        for ws in (values_sheet, formulas_sheet):
            ws.reset_dimensions()  # some writers store a wrong size; read every row there is
        notes: list[str] = []
        rows: list[tuple[int, list[str]]] = []
        uncomputed: set[tuple[int, int]] = set()
        formula_rows = formulas_sheet.iter_rows()
        # Read-only sheets yield every row from 1, gaps filled, so the count is the row number.
        for number, values_row in enumerate(values_sheet.iter_rows(), start=1):
            formula_row = next(formula_rows, ())
            cells = []
            for index, cell in enumerate(values_row):
                formula_cell = formula_row[index] if index < len(formula_row) else None
                text = _cell_text(cell, formula_cell, notes)
                if text is None:  # a formula with no stored result: its text, and a note
                    formula = _formula_text(formula_cell)
                    notes.append(
                        f"{_cell_name(formula_cell, number, index)}: formula "
                        f"{_short(formula)} has no computed value; imported as its "
                        "text"
                    )
                    uncomputed.add((number, index))
                    text = formula
                cells.append(_clean(text))
            rows.append((number, cells))
        if not any(any(c) for _n, c in rows):
            others = [n for n in values_book.sheetnames if n != values_sheet.title]
            hint = f"; its other sheets are: {', '.join(others)}" if others else ""
            raise UserError(f"{file}: the sheet {values_sheet.title!r} is empty{hint}")
        table = _build(str(file), rows, notes, uncomputed)
        if len(values_book.sheetnames) > 1 and sheet is None:
            table.notes.insert(
                0, f"read the first sheet, {values_sheet.title!r}, of {len(values_book.sheetnames)}"
            )
        return table
    finally:
        values_book.close()
        formulas_book.close()


def _cell_name(cell: Any, row: int, index: int) -> str:
    coordinate = getattr(cell, "coordinate", None)
    if coordinate:
        return coordinate
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(index + 1)}{row}"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _formula_text(cell: Any) -> str:
    value = getattr(cell, "value", None)
    text = getattr(value, "text", value)  # ArrayFormula / DataTableFormula carry .text
    text = "" if text is None else str(text)
    return text if text.startswith("=") else f"={text}"


def _is_formula(cell: Any) -> bool:
    if cell is None:
        return False
    value = getattr(cell, "value", None)
    return (
        getattr(cell, "data_type", None) == "f"
        or hasattr(value, "text")
        and (type(value).__name__ in {"ArrayFormula", "DataTableFormula"})
    )


def _cell_text(cell: Any, formula_cell: Any, notes: list[str]) -> str | None:
    """The text a person sees in the cell; None for a formula the file has no result for."""
    value = getattr(cell, "value", None)
    if value is None:
        return None if _is_formula(formula_cell) else ""
    data_type = getattr(cell, "data_type", None)
    if data_type == "e":
        where = getattr(cell, "coordinate", "a cell")
        notes.append(f"{where}: the cell shows the error {value}; imported as that text")
        return str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value, getattr(cell, "number_format", "General") or "General")
    return str(value)


def number_text(value: int | float, number_format: str) -> str:
    """A number as its cell shows it where that matters for people's data: a format that adds
    a literal "+" or leading zeros (phone numbers, postcodes) is applied; otherwise the number
    is written plainly, integers without ".0" and without thousands separators."""
    if isinstance(value, float) and not value.is_integer():
        return format(value, ".15g")
    number = int(value)
    section = _first_section(number_format)
    if number < 0 or not _is_digit_pattern(section):
        return str(number)
    return _fill_pattern(str(number), section)


def _first_section(number_format: str) -> str:
    section = number_format.split(";")[0]
    return re.sub(r"\[[^\]]*\]", "", section)  # colours, conditions, locales


def _is_digit_pattern(section: str) -> bool:
    """Only digit placeholders and literal text: ``"+"0``, ``\\+0``, ``00000000000``,
    ``"+44 "0000 000000``. Decimals, percentages, fractions, dates, "General" and "@" are not."""
    if "0" not in section:
        return False
    plain = re.sub(r'"[^"]*"|\\.', "", section)
    return not re.search(r"[.%/eEyYmMdDhHsS@?]|General", plain)


def _fill_pattern(digits: str, section: str) -> str:
    tokens: list[tuple[str, str]] = []  # ("digit", "0"/"#") or ("text", literal)
    i = 0
    while i < len(section):
        char = section[i]
        if char == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("text", section[i + 1 : end]))
            i = end + 1
            continue
        if char == "\\" and i + 1 < len(section):
            tokens.append(("text", section[i + 1]))
            i += 2
            continue
        if char in "0#":
            tokens.append(("digit", char))
        elif char == ",":
            pass  # thousands separator: data, not display
        elif char in "_*":
            i += 2  # padding directives take the next character
            continue
        else:
            tokens.append(("text", char))
        i += 1
    placeholders = [n for n, (kind, _t) in enumerate(tokens) if kind == "digit"]
    out = [t if kind == "text" else "" for kind, t in tokens]
    remaining = digits
    for position in reversed(placeholders):
        if remaining:
            out[position] = remaining[-1]
            remaining = remaining[:-1]
        elif tokens[position][1] == "0":
            out[position] = "0"
    if remaining and placeholders:
        out[placeholders[0]] = remaining + out[placeholders[0]]
    return "".join(out)
