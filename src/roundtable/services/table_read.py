"""Reading a participant list from CSV or XLSX into plain rows of text.

Lists arrive from everywhere (``csv_table`` reads the CSV ones), and XLSX files store phone
numbers as numbers whose leading "+" or zeros exist only in the cell's display format.
Everything is turned into the text a person sees in the cell, because that is what they expect
to import; anything that could not be read faithfully is named in ``Table.notes`` (or refused),
never silently dropped or left empty. Only regular files are opened (``input_files``), and a
sheet is streamed row by row and refused past ``table_rows.MAX_ROWS`` rows, however large.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from roundtable.errors import UserError
from roundtable.services import table_rows
from roundtable.services.csv_table import read_csv
from roundtable.services.formula_guard import unguard_cell
from roundtable.services.input_files import open_input
from roundtable.services.table_rows import Table, build_table, clean_cell, too_many_rows
from roundtable.services.text_encoding import check_encoding, encoding_label
from roundtable.wording import QT_TR_NOOP, tr

__all__ = ["Table", "encoding_label", "list_sheets", "number_text", "read_table"]

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_WHAT = QT_TR_NOOP("a CSV or XLSX file")
MAX_SHARED_TEXT_BYTES = 256 * 1024 * 1024
"""A list of ``MAX_ROWS`` rows of names, addresses and bios needs far less shared text."""


def read_table(path: str | Path, sheet: str | None = None, encoding: str | None = None) -> Table:
    """Read a CSV or XLSX file (by its content, then its suffix); UserError if it cannot be.

    A CSV is read in ``encoding`` when given (the user's choice: a name ``check_encoding``
    accepts), else in the one its bytes point to; ``Table.encoding`` says which. A workbook
    stores text as Unicode, so ``encoding`` does not apply to it and is refused."""
    file = Path(path)
    if encoding is not None:
        encoding = check_encoding(encoding)
    with open_input(file, tr(_WHAT)) as stream:  # a named pipe or a device is refused here
        try:
            kind = _kind(file, stream.read(8), sheet)
            stream.seek(0)
            table = read_csv(file, stream, encoding) if kind == "csv" else None
        except OSError as exc:
            raise UserError(
                tr("cannot read {file}: {reason}").format(file=file, reason=exc.strerror or exc)
            ) from exc
    if table is None:
        if encoding is not None:
            raise UserError(
                tr(
                    "{file} is a workbook (.xlsx), which has no text encoding; leave the "
                    "encoding out"
                ).format(file=file)
            )
        table = _read_xlsx(file, sheet)
    if not table.headers:
        if table.problems:  # a line of nothing but an unclosed quote, say
            raise UserError(tr("{file}: {problem}").format(file=file, problem=table.problems[0]))
        raise UserError(tr("{file} has no data (no header row was found)").format(file=file))
    return table


def _kind(file: Path, head: bytes, sheet: str | None) -> str:
    """ "csv" or "xlsx", from the first bytes and the suffix; UserError for anything else."""
    suffix = file.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise UserError(
            tr(
                "{file} is an old-format Excel workbook (.xls) or a password-protected one; "
                "open it in Excel or LibreOffice and save it as .xlsx (without a password) "
                "or .csv"
            ).format(file=file)
        )
    if suffix in {".ods", ".numbers"}:
        raise UserError(
            tr("{file}: {suffix} files cannot be read; save the list as .xlsx or .csv").format(
                file=file, suffix=suffix
            )
        )
    if head.startswith(b"PK\x03\x04"):
        if suffix in CSV_SUFFIXES:
            raise UserError(
                tr(
                    "{file} is not a CSV file (it looks like a spreadsheet or a zip "
                    "archive); save it as .csv, or give it its .xlsx name"
                ).format(file=file)
            )
        return "xlsx"
    if suffix in XLSX_SUFFIXES:
        raise UserError(
            tr("{file} is not a valid .xlsx file (it may be damaged or misnamed)").format(file=file)
        )
    if suffix in CSV_SUFFIXES or not suffix:
        if sheet is not None:
            raise UserError(tr("{file} is a CSV file, which has no sheets").format(file=file))
        return "csv"
    raise UserError(
        tr("{file}: cannot import {suffix} files; use .csv or .xlsx").format(
            file=file, suffix=suffix
        )
    )


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names of an XLSX file, for a "which sheet?" choice; [] for CSV."""
    file = Path(path)
    if file.suffix.lower() not in XLSX_SUFFIXES:
        return []
    with ExitStack() as files:
        workbook = _open_workbook(file, files, data_only=True)
        try:
            return list(workbook.sheetnames)
        finally:
            workbook.close()


# -- XLSX ----------------------------------------------------------------------------------


def _open_workbook(file: Path, files: ExitStack, *, data_only: bool):
    """The workbook in read-only mode (rows are parsed as they are asked for), from a file
    opened by ``open_input``; ``files`` closes it."""
    from openpyxl import load_workbook  # only when a workbook is read: keeps start-up quick

    stream = files.enter_context(open_input(file, tr(_WHAT)))
    try:
        _check_shared_text(file, stream)
        with _no_size_scan():
            return load_workbook(stream, read_only=True, data_only=data_only)
    except UserError:
        raise
    except Exception as exc:  # zipfile's, openpyxl's and the XML parser's errors alike
        raise UserError(
            tr("{file} is not a readable .xlsx file ({reason})").format(file=file, reason=exc)
        ) from exc


def _check_shared_text(file: Path, stream: BinaryIO) -> None:
    """Refuse a workbook whose shared text alone is far beyond a list's. openpyxl reads all of
    it into memory before the first row, however few rows are then read; its unpacked size is
    in the archive's directory, so a workbook of millions of rows is refused at once."""
    with zipfile.ZipFile(stream) as archive:
        size = sum(i.file_size for i in archive.infolist() if i.filename.endswith("Strings.xml"))
    stream.seek(0)
    if size > MAX_SHARED_TEXT_BYTES:
        rows = table_rows.MAX_ROWS
        raise UserError(
            tr(
                "{file} holds {megabytes} MB of text, far more than a list of {rows} rows; "
                "Roundtable imports at most {rows} rows at a time, so split the list"
            ).format(file=file, megabytes=f"{size / 2**20:,.0f}", rows=f"{rows:,}")
        )


@contextmanager
def _no_size_scan() -> Iterator[None]:
    """Open sheets without reading their stated size. openpyxl looks for it when it opens a
    sheet, and a sheet that states none (as scripts write them) is parsed to its end to find
    that out: minutes for a million rows, before the first row is read. The size is never used
    here (``reset_dimensions``: some writers state a wrong one), so the look is skipped."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    looked = ReadOnlyWorksheet.__dict__.get("_get_size")
    if looked is None:  # another openpyxl: leave it as it is
        yield
        return
    ReadOnlyWorksheet._get_size = ReadOnlyWorksheet.reset_dimensions
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = looked


def _pick_sheet(workbook, file: Path, sheet: str | None):
    names = list(workbook.sheetnames)
    if sheet is None:
        if not names:
            raise UserError(tr("{file} has no sheets").format(file=file))
        chosen = names[0]
    elif sheet in names:
        chosen = sheet
    else:
        matches = [n for n in names if n.casefold() == sheet.strip().casefold()]
        if len(matches) != 1:
            listed = ", ".join(names)
            raise UserError(
                tr("{file} has no sheet {sheet}; its sheets are: {sheets}").format(
                    file=file, sheet=repr(sheet), sheets=listed
                )
            )
        chosen = matches[0]
    worksheet = workbook[chosen]
    if not hasattr(worksheet, "iter_rows"):
        raise UserError(
            tr("{file}: the sheet {sheet} is a chart, not a table").format(
                file=file, sheet=repr(chosen)
            )
        )
    return worksheet


def _read_xlsx(file: Path, sheet: str | None) -> Table:
    with ExitStack() as files:
        values_book = _open_workbook(file, files, data_only=True)
        files.callback(values_book.close)
        formulas_book = _open_workbook(file, files, data_only=False)
        files.callback(formulas_book.close)
        values_sheet = _pick_sheet(values_book, file, sheet)
        formulas_sheet = formulas_book[values_sheet.title]
        for ws in (values_sheet, formulas_sheet):
            ws.reset_dimensions()  # some writers store a wrong size; read every row there is
        notes: list[str] = []
        rows, uncomputed = _sheet_rows(file, values_sheet, formulas_sheet, notes)
        if not any(any(c) for _n, c in rows):
            others = [n for n in values_book.sheetnames if n != values_sheet.title]
            if others:
                raise UserError(
                    tr("{file}: the sheet {sheet} is empty; its other sheets are: {others}").format(
                        file=file, sheet=repr(values_sheet.title), others=", ".join(others)
                    )
                )
            raise UserError(
                tr("{file}: the sheet {sheet} is empty").format(
                    file=file, sheet=repr(values_sheet.title)
                )
            )
        table = build_table(str(file), rows, notes, uncomputed)
        if len(values_book.sheetnames) > 1 and sheet is None:
            table.notes.insert(
                0,
                tr("read the first sheet, {sheet}, of {count}").format(
                    sheet=repr(values_sheet.title), count=len(values_book.sheetnames)
                ),
            )
        return table


def _sheet_rows(
    file: Path, values_sheet: Any, formulas_sheet: Any, notes: list[str]
) -> tuple[list[tuple[int, list[str]]], set[tuple[int, int]]]:
    """The sheet's rows as texts, read one at a time in step from both workbooks, stopping
    past ``table_rows.MAX_ROWS`` rows with something in them (after the header)."""
    rows: list[tuple[int, list[str]]] = []
    uncomputed: set[tuple[int, int]] = set()
    filled = 0
    formula_rows = enumerate(formulas_sheet.iter_rows(), start=1)
    formula_number = 0
    # Read-only sheets yield every row from 1, gaps filled, so the count is the row number.
    for number, values_row in enumerate(values_sheet.iter_rows(), start=1):
        formula_row: tuple = ()
        if any(getattr(cell, "value", None) is None for cell in values_row):
            # Only a cell without a value can be a formula without a result: the formulas
            # are parsed up to here only when such a cell comes (never, in many lists).
            while formula_number < number:
                formula_number, formula_row = next(formula_rows, (number, ()))
        cells = []
        for index, cell in enumerate(values_row):
            formula_cell = formula_row[index] if index < len(formula_row) else None
            text = _cell_text(cell, formula_cell, notes)
            if text is None:  # a formula with no stored result: its text, and a note
                formula = _formula_text(formula_cell)
                notes.append(
                    tr(
                        "{cell}: formula {formula} has no computed value; imported as its text"
                    ).format(cell=_cell_name(formula_cell, number, index), formula=_short(formula))
                )
                uncomputed.add((number, index))
                text = formula
            cells.append(unguard_cell(clean_cell(text)).strip())
        if any(cells):
            filled += 1
            if filled > table_rows.MAX_ROWS + 1:  # the header is the first
                raise too_many_rows(
                    tr("{file}: the sheet {sheet}").format(
                        file=file, sheet=repr(values_sheet.title)
                    )
                )
        rows.append((number, cells))
    return rows, uncomputed


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
        where = getattr(cell, "coordinate", None) or tr("a cell")
        notes.append(
            tr("{cell}: the cell shows the error {error}; imported as that text").format(
                cell=where, error=value
            )
        )
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
