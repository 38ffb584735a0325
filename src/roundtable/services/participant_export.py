"""An event's participants as CSV or XLSX, for Excel, mail merges and the next import.

The CSV is UTF-8 with a BOM by default, because Excel on Windows otherwise reads it in the
machine's legacy code page and turns 上月豊久 or Андрей into mojibake. Older Excel (and tools
built on it) in Moscow or Tokyo reads only that legacy code page, so the CSV can be written in
it instead (``legacy_encoding``: cp1251 for Russian, cp932 for Japanese); a name that code page
has no letters for is refused, naming the person, and nothing is written.

A cell a spreadsheet would run as a formula (``formula_guard``: = + - @ after any spaces or
invisible marks, their full-width forms, a control character) gets a leading quote in the CSV;
in the XLSX every cell is stored as a string, and such a cell also carries Excel's quote
prefix, so a name like "=HYPERLINK(...)" stays inert text even when it is edited there. The
columns match the import's headers, and the import drops the guard quote again, so an export
reads back cleanly.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from roundtable.atomic_write import atomic_output
from roundtable.domain.names import affiliation_text, full_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.errors import UserError
from roundtable.services.formula_guard import guard_cell, guarded_csv_bytes, needs_guard
from roundtable.services.text_encoding import check_encoding, encoding_label
from roundtable.wording import tr

__all__ = [
    "COLUMNS", "DEFAULT_ENCODING", "csv_bytes", "csv_encodings", "export_participants",
    "guard_cell", "legacy_encoding", "participant_rows",
]  # fmt: skip

# The headers are the import's (so an export reads back) and stay English in every language.
# The patronymic and then the name on the card came last, after the others: mail merges made
# on earlier exports still find every column where it was.
COLUMNS = (
    "Honorific", "Given name", "Family name", "Native name", "Role", "Delegation", "Precedence",
    "Attendance", "Affiliation", "Position", "Country", "Email", "Phone", "Bio", "Patronymic",
    "Name on card",
)  # fmt: skip

DEFAULT_ENCODING = "utf-8-sig"
"""UTF-8 with a BOM: every name in every script, and Excel reads it right."""

_LEGACY = {"ru": "cp1251", "ja": "cp932", "en": "cp1252"}


def legacy_encoding(language: str) -> str:
    """The code page older Excel reads CSV in on a machine set to ``language``."""
    return _LEGACY.get(language, "cp1252")


def csv_encodings(language: str) -> list[tuple[str, str]]:
    """(encoding, label) to offer for a CSV export: UTF-8 with a BOM first (the default), then
    the legacy code page of ``language`` (the interface's)."""
    return [(name, encoding_label(name)) for name in (DEFAULT_ENCODING, legacy_encoding(language))]


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
        person.patronymic,
        participation.card_name,
    ]


def _display_width(text: str) -> int:
    """Columns a line takes on screen: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def check_export(path: str | Path, encoding: str | None = None) -> str | None:
    """Refuse a file kind or an encoding that cannot be written (before anything is read):
    the encoding's canonical name (None for the default or an XLSX)."""
    suffix = Path(path).suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        if suffix:
            raise UserError(
                tr("cannot export participants as {suffix}; name the file .csv or .xlsx").format(
                    suffix=suffix
                )
            )
        raise UserError(
            tr("cannot export participants as a file without a suffix; name the file .csv or .xlsx")
        )
    if encoding is None:
        return None
    name = check_encoding(encoding)
    if suffix == ".xlsx":
        raise UserError(
            tr("an XLSX file has no text encoding; leave the encoding out, or export a .csv")
        )
    return name


def export_participants(event: EventRecord, path: str | Path, encoding: str | None = None) -> None:
    """Write ``event``'s participants to ``path``: CSV (in ``encoding``, by default UTF-8 with
    a BOM) or XLSX by its suffix, atomically; nothing is written if any of it cannot be."""
    target = Path(path)
    encoding = check_export(target, encoding)
    if target.suffix.lower() == ".csv":
        data = csv_bytes(event, encoding or DEFAULT_ENCODING)
        with atomic_output(target) as stream:
            stream.write(data)
    else:
        workbook = _workbook(event)
        with atomic_output(target) as stream:
            workbook.save(stream)


def csv_bytes(event: EventRecord, encoding: str = DEFAULT_ENCODING) -> bytes:
    """The CSV, in ``encoding``; UserError naming the first person it cannot hold."""
    data = guarded_csv_bytes(COLUMNS, participant_rows(event))  # UTF-8 with a BOM
    if check_encoding(encoding) == DEFAULT_ENCODING:
        return data
    _check_encodable(event, encoding)
    return data.decode("utf-8-sig").encode(encoding)


def _check_encodable(event: EventRecord, encoding: str) -> None:
    """Every cell must be writable in ``encoding``; the first one that is not names its
    person, its column and the character."""
    ordered = sorted(enumerate(event.participants), key=lambda i: (i[1].precedence, i[0]))
    for _index, participation in ordered:
        for column, value in zip(COLUMNS, _row(participation), strict=True):
            try:
                str(value).encode(encoding)
            except UnicodeEncodeError as exc:
                person = participation.person
                raise UserError(
                    tr(
                        "{person} cannot be written in {encoding}: the {column} holds ‘{char}’, "
                        "which that encoding has no letter for; nothing was written. Export as "
                        "UTF-8 with BOM instead"
                    ).format(
                        person=full_name(person) or person.native_name,
                        encoding=encoding_label(encoding),
                        column=tr(column),
                        char=str(value)[exc.start],
                    )
                ) from None


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
