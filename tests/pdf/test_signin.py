"""The sign-in sheet PDF (pdf.signin): who is listed, in what order, walk-in rows, fonts."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord, VenueRecord
from roundtable.pdf.kinds import kind_named
from roundtable.pdf.signin import MIN_WALK_INS, WalkInRows, expected, export_signin

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"],
                         capture_output=True, check=True)  # fmt: skip
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def _event(extra: int = 0) -> EventRecord:
    def taking_part(given: str, family: str, native: str = "", **kw) -> ParticipationRecord:
        return ParticipationRecord(
            person=PersonRecord(given_name=given, family_name=family, native_name=native),
            **kw,
        )

    people = [
        taking_part("Zoe", "Zoe"),
        taking_part("Яков", "Яковлев"),
        taking_part("Éric", "Éric"),
        taking_part("Борис", "Ёлкин"),
        taking_part("Андрей", "Кортунов"),
        taking_part("Eric", "Eric"),
        taking_part("", "", "上月豊久"),
        taking_part("Declined", "Absent", attendance=Attendance.DECLINED),
        taking_part("Staff", "Doorkeeper", role=ParticipantRole.STAFF),
        taking_part("Olga", "Observer", role=ParticipantRole.OBSERVER),
    ]
    people += [taking_part(f"Guest{i:03d}", f"Many{i:03d}") for i in range(extra)]
    people[6].person.notes = "フリガナ: コウヅキ トヨヒサ"
    return EventRecord(
        title="Sign-in test",
        start_date=date(2017, 3, 15),
        end_date=date(2017, 3, 15),
        venue=VenueRecord(name="RIAC", city="Moscow"),
        participants=people,
        id=1,
    )


def test_expected_leaves_out_declined_and_staff_and_sorts_by_family_name() -> None:
    names = [p.person.family_name or p.person.native_name for p in expected(_event())]
    assert names == ["Eric", "Éric", "Observer", "Zoe", "Ёлкин", "Кортунов", "Яковлев", "上月豊久"]


@needs_poppler
def test_sheet_lists_in_order_with_fonts_embedded_and_walk_in_rows(tmp_path: Path) -> None:
    path = tmp_path / "signin.pdf"
    assert export_signin(_event(), path)
    text = _text(path)
    order = ["Eric Eric", "Éric Éric", "Olga Observer", "Zoe Zoe", "Борис Ёлкин",
             "Андрей Кортунов", "Яков Яковлев", "上月豊久"]  # fmt: skip
    places = [text.index(name) for name in order]
    assert places == sorted(places)
    assert "Absent" not in text and "Doorkeeper" not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded
    assert "Helvetica" not in fonts.stdout
    # Walk-in rows are numbered on from the last person, at least five, to the page's foot.
    numbers = [int(w) for w in text.split() if w.isdigit() and int(w) < 100]
    assert max(numbers) >= len(order) + MIN_WALK_INS
    assert len(PdfReader(str(path)).pages) == 1


def test_walk_in_rows_fill_the_page_or_move_to_the_next() -> None:
    from roundtable.pdf.signin import _Styles, _widths

    rows = WalkInRows(10, _widths(500), _Styles(), MIN_WALK_INS)
    width, height = rows.wrap(500, 700)
    assert rows.count >= 15 and height <= 700
    rows.wrap(500, 80)  # room for fewer than five: does not fit here, nor split
    assert rows.split(500, 80) == []


@needs_poppler
def test_long_list_runs_over_pages_with_the_header_on_each(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    kind = kind_named("signin")
    assert kind is not None
    assert kind.export(_event(extra=40), str(path), kind.options(paper="letter"), None)
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 2
    last = reader.pages[-1].extract_text()
    assert "Signature" in last and f"Page {len(reader.pages)} of {len(reader.pages)}" in last
