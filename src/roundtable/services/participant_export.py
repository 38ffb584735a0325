"""An event's participants as CSV or XLSX, for Excel, mail merges and the next import.

The CSV is UTF-8 with a BOM because Excel on Windows otherwise reads it as cp1252 and turns
上月豊久 or Андрей into mojibake. A cell a spreadsheet would run as a formula (``formula_guard``:
= + - @ after any spaces or invisible marks, their full-width forms, a control character) gets
a leading quote in the CSV; in the XLSX every cell is stored as a string, and such a cell also
carries Excel's quote prefix, so a name like "=HYPERLINK(...)" stays inert text even when it is
edited there. The columns match the import's headers, and the import drops the guard quote
again, so an export reads back cleanly.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from roundtable.atomic_write import atomic_output
from roundtable.domain.names import affiliation_text
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.errors import UserError
from roundtable.services.formula_guard import guard_cell, guarded_csv_bytes, needs_guard

__all__ = ["COLUMNS", "csv_bytes", "export_participants", "guard_cell", "participant_rows"]

COLUMNS = (
    "Honorific", "Given name", "Family name", "Native name", "Role", "Delegation", "Precedence",
    "Attendance", "Affiliation", "Position", "Country", "Email", "Phone", "Bio",
)  # fmt: skip

# Characters XML 1.0 cannot hold (openpyxl refuses them): control characters but tab and newlines.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDTHS = {"Bio": 60, "Affiliation": 40, "Position": 30}


def participant_rows(event: EventRecord) -> list[list[str | int]]:
    """One row per participant in programme order (precedence, then as listed)."""
    ordered = sorted(enumerate(event.participants), key=lambda i: (i[1].precedence, i[0]))
    return [_row(p) for _i, p in ordered]


def _row(participation: ParticipationRecord) -> list[str | int]:
    person = participation.person
    positions = [a.position for a in person.affiliations]
    return [
        person.honorific,
        person.given_name,
        person.family_name,
        person.native_name,
        participation.role.label,
        participation.delegation,
        participation.precedence,
        participation.attendance.label,
        affiliation_text(person),
        " / ".join(positions) if any(positions) else "",
        person.country,
        person.email,
        person.phone,
        person.bio,
    ]


def _display_width(text: str) -> int:
    """Columns a line takes on screen: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def export_participants(event: EventRecord, path: str | Path) -> None:
    """Write ``event``'s participants to ``path``: CSV or XLSX by its suffix, atomically."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        data = csv_bytes(event)
        with atomic_output(target) as stream:
            stream.write(data)
    elif suffix == ".xlsx":
        workbook = _workbook(event)
        with atomic_output(target) as stream:
            workbook.save(stream)
    else:
        shown = suffix or "a file without a suffix"
        raise UserError(f"cannot export participants as {shown}; name the file .csv or .xlsx")


def csv_bytes(event: EventRecord) -> bytes:
    return guarded_csv_bytes(COLUMNS, participant_rows(event))


def _workbook(event: EventRecord):
    from openpyxl import Workbook  # imported on use: most commands never need it
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Participants"
    bold = Font(bold=True)
    widths = [len(c) for c in COLUMNS]
    for column, title in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=column, value=title).font = bold
    for row_number, row in enumerate(participant_rows(event), start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, int):
                cell.value = value
            else:
                cell.value = _ILLEGAL_XML.sub("", value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if needs_guard(value):  # and still text when someone edits it in Excel
                    cell.quotePrefix = True
                if "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            longest = max(map(_display_width, str(value).splitlines()), default=0)
            widths[column - 1] = max(widths[column - 1], longest)
    for column, title in enumerate(COLUMNS, start=1):
        limit = _WIDTHS.get(title, 30)
        width = min(widths[column - 1], limit) + 2
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return workbook
