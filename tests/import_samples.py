"""Participant lists as organisers really send them, built in code for the import tests.

Every list is written by the same few helpers in the encodings and formats the import must read:
CSV in UTF-8 with and without a BOM, CSV in cp1252 with semicolons (what Excel saves in much of
Europe), and XLSX. The headers of the four registration tools are theirs, word for word, with the
extra columns they carry that Roundtable has no field for; where each set comes from is noted at
each list. People other than the Trilateral's two opening speakers are fictional.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

Rows = Sequence[Sequence[object]]

# -- writers -----------------------------------------------------------------------------------


def write_csv(
    path: Path, rows: Rows, *, encoding: str = "utf-8-sig", delimiter: str = ",",
    line_end: str = "\r\n",
) -> Path:  # fmt: skip
    """A CSV as a spreadsheet program writes it: quoted where needed, CRLF line ends."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end).writerows(
        [["" if cell is None else str(cell) for cell in row] for row in rows]
    )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Rows, *, formats: dict[str, str] | None = None,
               sheet: str = "Sheet1", extra_sheets: Sequence[str] = ()) -> Path:  # fmt: skip
    """An XLSX with ``rows`` on its first sheet; ``formats`` maps cell ("D2") to number format."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for cell, number_format in (formats or {}).items():
        worksheet[cell].number_format = number_format
    for name in extra_sheets:
        workbook.create_sheet(name).append(["Notes"])
    workbook.save(path)
    return path


def set_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formula cells the result Excel would have stored with them.

    openpyxl writes formulas without results (``<f>…</f><v/>``), like a file produced by a script
    and never opened in Excel; Excel and LibreOffice store the last computed value beside the
    formula. This rewrites the sheet XML inside the zip to do what they do: ``<v>`` gets the
    value, and ``t="str"`` marks a text result.
    """
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode("utf-8")
    for cell, value in values.items():
        pattern = re.compile(rf'<c r="{cell}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)(</c>)')
        kind = "" if re.fullmatch(r"-?\d+(\.\d+)?", value) else ' t="str"'
        result = f"<v>{_xml(value)}</v></c>"
        xml, count = pattern.subn(
            lambda m, c=cell, k=kind, r=result: f'<c r="{c}"{m.group(1)}{k}><f>{m.group(2)}</f>{r}',
            xml,
        )
        assert count == 1, f"no formula cell {cell} in {path}"
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)
    return path


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write(path: Path, rows: Rows, kind: str) -> Path:
    """``rows`` as one of the four encodings the tests run every list through."""
    if kind == "csv-bom":
        return write_csv(path.with_suffix(".csv"), rows)
    if kind == "csv-utf8":
        return write_csv(path.with_suffix(".csv"), rows, encoding="utf-8", line_end="\n")
    if kind == "csv-cp1252":
        return write_csv(path.with_suffix(".csv"), rows, encoding="cp1252", delimiter=";")
    if kind == "xlsx":
        return write_xlsx(path.with_suffix(".xlsx"), rows)
    raise ValueError(kind)


KINDS = ("csv-bom", "csv-utf8", "csv-cp1252", "xlsx")

# -- the Trilateral ------------------------------------------------------------------------------

# The second round's two opening speakers, as the event page names them (services/demo.py).
TRILATERAL = [
    ("Honorific", "Given name", "Family name", "Native name", "Position", "Affiliation", "Country",
     "Delegation", "Role", "Email"),
    ("Ambassador", "Toyohisa", "Kozuki", "上月豊久", "Japanese Ambassador to Russia",
     "Embassy of Japan in Russia", "Japan", "Japanese delegation", "Opening speaker", ""),
    ("", "Andrey", "Kortunov", "Андрей Кортунов", "Director General", "RIAC", "Russia",
     "Russian delegation", "Opening speaker", ""),
]  # fmt: skip

# What of it a cp1252 file can hold: everything but the native names.
TRILATERAL_LATIN = [row[:3] + row[4:] for row in TRILATERAL]

# The same two in the shape of a list typed by hand: one "Name" cell, family name first for one
# of them, the organisation's full name with its acronym.
TRILATERAL_BY_HAND = [
    ("Name", "Name in native script", "Organisation", "Job title", "Delegation", "Role"),
    ("Amb. Toyohisa Kozuki", "上月豊久", "Embassy of Japan in Russia",
     "Japanese Ambassador to Russia", "Japanese delegation", "Keynote"),
    ("Kortunov, Andrey", "Андрей Кортунов", "Russian International Affairs Council (RIAC)",
     "Director General", "Russian delegation", "Opening speaker"),
]  # fmt: skip

# -- a list in many scripts ------------------------------------------------------------------

MIXED = [
    ("Full name", "Native name", "Affiliation", "Country", "Email", "Role"),
    ("Zoë Ångström", "", "Université de Genève", "Switzerland", "zoe.angstrom@example.org",
     "Panellist"),
    ("José Álvarez Núñez", "", "Universidad Complutense de Madrid", "Spain",
     "jose.alvarez@example.org", "Moderator"),
    ("Łukasz Wróbel", "", "Uniwersytet Warszawski", "Poland", "l.wrobel@example.org", "Speaker"),
    ("Olga Smirnova", "Ольга Смирнова", "Институт мировой экономики", "Russia",
     "o.smirnova@example.org", "Discussant"),
    ("Γιώργος Παπαδόπουλος", "", "Πανεπιστήμιο Αθηνών", "Greece", "g.papadopoulos@example.org",
     "Panelist"),
    ("Haruka Sato", "佐藤遥", "Kyushu University", "Japan", "h.sato@example.org", "Chair"),
    ("Kim Ji-hoon", "김지훈", "Seoul National University", "Korea", "jh.kim@example.org",
     "Rapporteur"),
    ("Li Wei", "李伟", "Peking University", "China", "li.wei@example.org", "Observer"),
    ("山田花子", "", "Waseda University", "Japan", "", "Participant"),
    ("박서준", "", "Korea University", "Korea", "", ""),
]  # fmt: skip

# The Latin-1 part of it: what a cp1252 file can hold. The Euro sign in the notes exists in cp1252
# but not in Latin-1, and "Kortunov, Andrey" has a comma inside a semicolon-separated cell.
WESTERN = [
    ("Name", "Affiliation", "Email", "Notes"),
    ("Zoë Ångström", "Université de Genève", "zoe.angstrom@example.org", "Fee 50 € paid"),
    ("François Lefèvre", "Sciences Po", "f.lefevre@example.org", ""),
    ("José Álvarez Núñez", "Universidad Complutense de Madrid", "jose.alvarez@example.org", ""),
    ("Jürgen Müller", "Universität Wien", "j.mueller@example.org", "Arrives 15 March"),
    ("Kortunov, Andrey", "RIAC", "", ""),
]  # fmt: skip

# -- the registration tools ------------------------------------------------------------------

# Indico's registrant export (Registrations > Export > CSV or Excel). Columns: "ID" and "Name"
# (first and last name joined), then the titles of the chosen form fields, then the chosen
# static items. The personal-data field titles are Indico's defaults, PersonalDataType.__titles__
# in indico/modules/events/registration/models/items.py ("Email Address", "First Name",
# "Last Name", "Affiliation", "Title", "Address", "Phone Number", "Country", "Position"); the
# static items are "Registration date", "Registration state", "Price", "Checked in", ... from
# generate_spreadsheet_from_registrations() in indico/modules/events/registration/util.py
# (github.com/indico/indico). "Dietary requirements" is a custom form field.
INDICO = [
    ("ID", "Name", "First Name", "Last Name", "Email Address", "Affiliation", "Title",
     "Position", "Country", "Phone Number", "Dietary requirements", "Registration date",
     "Registration state", "Checked in"),
    (1, "Olga Smirnova", "Olga", "Smirnova", "o.smirnova@example.org",
     "Institute of World Economy", "Dr", "Senior Fellow", "Russia", "+7 495 000 00 00",
     "Vegetarian", "2017-02-01 10:15:00", "Completed", "False"),
    (2, "Haruka Sato", "Haruka", "Sato", "h.sato@example.org", "Kyushu University", "Prof.",
     "Professor", "Japan", "+81 92 000 0000", "", "2017-02-03 08:02:11", "Completed", "True"),
    (3, "Daniel Brooks", "Daniel", "Brooks", "d.brooks@example.org", "NCAFP", "Mr",
     "Program Officer", "United States", "", "No pork", "2017-02-07 17:40:00",
     "Pending", "False"),
]  # fmt: skip
INDICO_IGNORED = ["ID", "Dietary requirements", "Registration date", "Checked in"]

# Eventbrite's attendee report (Reports > Attendee summary > Export). The header row is word for
# word the "Example Input Format (Eventbrite CSV)" of github.com/rherardi/eb2ez (README.md), an
# Eventbrite-to-badge converter that checks for exactly these headers; custom checkout questions
# ("How did you hear about this event?") sit between "Home Country" and "Job Title". "Prefix" and
# "Cell Phone" are two of Eventbrite's optional standard questions.
EVENTBRITE = [
    ("Order #", "Order Date", "Prefix", "First Name", "Last Name", "Email", "Quantity",
     "Price Tier", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid",
     "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status",
     "Home Address 1", "Home Address 2", "Home City", "Home State", "Home Zip", "Home Country",
     "Cell Phone", "How did you hear about this event?", "Job Title", "Company"),
    ("1121191224", "2/1/17 22:28", "Dr.", "Olga", "Smirnova", "o.smirnova@example.org", 1, "",
     "General Admission", "1844158342", "", "Free Order", "USD", 0, 0, 0, 0, "Attending", "", "",
     "", "", "", "Russia", "+7 916 000 00 00", "Newsletter", "Senior Fellow",
     "Institute of World Economy"),
    ("1121198721", "2/2/17 9:54", "", "Daniel", "Brooks", "d.brooks@example.org", 1, "",
     "General Admission", "1844170088", "", "Free Order", "USD", 0, 0, 0, 0, "Checked In",
     "2000 M Street", "", "Washington", "DC", "20006", "United States", "", "Colleague",
     "Program Officer", "NCAFP"),
]  # fmt: skip
EVENTBRITE_IGNORED = [
    "Order #", "Order Date", "Quantity", "Price Tier", "Ticket Type", "Attendee #", "Group",
    "Order Type", "Currency", "Total Paid", "Fees Paid", "Eventbrite Fees",
    "Eventbrite Payment Processing", "Home Address 1", "Home Address 2", "Home City",
    "Home State", "Home Zip", "How did you hear about this event?",
]  # fmt: skip

# pretalx's "Speaker CSV" exporter: fieldnames = ["name", "email", "confirmed"], "confirmed"
# being str(bool) of whether a talk is confirmed (CSVSpeakerExporter in
# src/pretalx/person/exporters.py, github.com/pretalx/pretalx).
PRETALX_SPEAKERS = [
    ("name", "email", "confirmed"),
    ("Olga Smirnova", "o.smirnova@example.org", "True"),
    ("Haruka Sato", "h.sato@example.org", "False"),
]
PRETALX_SPEAKERS_IGNORED: list[str] = []

# pretalx's organiser speaker export (Speakers > Export, CSV): "ID" (the speaker code), then the
# chosen fields labelled as in SpeakerExportForm (src/pretalx/orga/forms/speaker.py: model fields
# "Name" and "Biography" by their verbose names, then "Email", "Picture", "Proposal IDs",
# "Proposal titles"), then the speaker questions by their text. Several proposals share one cell,
# one per line (the "Newline" data delimiter).
PRETALX_EXPORT = [
    ("ID", "Name", "Biography", "Email", "Picture", "Proposal IDs", "Proposal titles",
     "Pronouns"),
    ("7QJUVC", "Olga Smirnova", "Olga Smirnova works on Russia's economic ties with East Asia.",
     "o.smirnova@example.org", "https://pretalx.example.org/media/avatars/olga.jpg",
     "SKTHDE\nWRJ3PA", "Sanctions and trade\nEnergy in the Far East", "she/her"),
    ("8CBKQA", "Haruka Sato", "", "h.sato@example.org", "", "EVQ8SD", "Borders in Northeast Asia",
     ""),
]  # fmt: skip
PRETALX_EXPORT_IGNORED = ["ID", "Picture", "Proposal IDs", "Proposal titles", "Pronouns"]

# A Google Forms response sheet (Responses > Link to Sheets, then File > Download): "Timestamp"
# first, then "Email address" when the form collects addresses ("Email Address" in older forms),
# then each question's title as typed by the organiser. Both spellings and the timestamp format
# appear in the parsers and tests of many public repositories (e.g. "Timestamp,Email Address,
# Full name,What do you need?" and "Timestamp,Email address,Full Name,Mobile Number (WhatsApp)").
GOOGLE_FORMS = [
    ("Timestamp", "Email address", "Full name", "Title (Dr, Prof., ...)",
     "Organisation / Institution", "Position", "Country", "Will you join the dinner?",
     "Dietary requirements"),
    ("2017/02/10 9:15:02 AM GMT+3", "o.smirnova@example.org", "Dr Olga Smirnova", "",
     "Institute of World Economy", "Senior Fellow", "Russia", "Yes", "Vegetarian"),
    ("2017/02/11 4:40:57 PM GMT+3", "h.sato@example.org", "Haruka Sato", "Prof.",
     "Kyushu University", "Professor", "Japan", "No", ""),
]  # fmt: skip
GOOGLE_FORMS_IGNORED = ["Timestamp", "Will you join the dinner?", "Dietary requirements"]


def google_forms_xlsx_rows() -> list[list[object]]:
    """The Google Forms sheet as Sheets downloads it as .xlsx: the timestamp is a date-time."""
    rows = [list(r) for r in GOOGLE_FORMS]
    rows[1][0] = datetime(2017, 2, 10, 9, 15, 2)
    rows[2][0] = datetime(2017, 2, 11, 16, 40, 57)
    return rows


TOOLS = {
    "indico": (INDICO, INDICO_IGNORED),
    "eventbrite": (EVENTBRITE, EVENTBRITE_IGNORED),
    "pretalx-speakers": (PRETALX_SPEAKERS, PRETALX_SPEAKERS_IGNORED),
    "pretalx-export": (PRETALX_EXPORT, PRETALX_EXPORT_IGNORED),
    "google-forms": (GOOGLE_FORMS, GOOGLE_FORMS_IGNORED),
}

# -- XLSX phone numbers and formulas ---------------------------------------------------------

PHONES = [
    ("Given name", "Family name", "Phone", "Full name", "Ticket"),
    ("Jane", "Doe", "+44 20 7946 0018", '=A2&" "&B2', "=1+1"),
    ("Max", "Muster", 4915112345678, '=CONCAT(A3," ",B3)', "=2+2"),
    ("Anna", "Rossi", 3912345678, '=A4&" "&B4', "=3+3"),
]
PHONE_FORMATS = {"C3": '"+"0', "C4": "000000000000"}
PHONES_EXPECTED = ["+44 20 7946 0018", "+4915112345678", "003912345678"]


def phones_xlsx(path: Path, *, cached: bool) -> Path:
    """PHONES as an XLSX; with ``cached``, the formulas carry results as Excel stores them."""
    write_xlsx(path, PHONES, formats=PHONE_FORMATS)
    if cached:
        set_cached_values(path, {"D2": "Jane Doe", "D3": "Max Muster", "D4": "Anna Rossi",
                                 "E2": "2", "E3": "4", "E4": "6"})  # fmt: skip
    return path
