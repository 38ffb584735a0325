"""Exporting participants to CSV and XLSX: what Excel sees, and what imports back."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import import_samples as samples
import pytest

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.errors import UserError
from roundtable.services.column_mapping import guess_mapping
from roundtable.services.demo import load_demo
from roundtable.services.participant_export import COLUMNS, export_participants, guard_cell
from roundtable.services.participant_import import apply_import, plan_import, report_lines
from roundtable.services.table_read import read_table
from roundtable.store.facade import Store

ATTACK = "=cmd|' /C calc'!A0"


def open_store(path):
    return Store.open(str(path), daily_backup=False)


def new_event(store, title):
    return store.save_event(EventRecord(title, date(2018, 3, 1), date(2018, 3, 2))).id


def import_into(store, event_id, path):
    table = read_table(path)
    plan = plan_import(table, guess_mapping(table.headers), store.get_event(event_id),
                       store.list_people(), store.list_organisations())  # fmt: skip
    assert plan.ok, report_lines(plan)
    return plan, apply_import(store, event_id, plan)


@pytest.fixture
def source(tmp_path):
    """A store whose event holds every script, every tricky cell and every field."""
    store = open_store(tmp_path / "source.sqlite3")
    event_id = new_event(store, "Everyone")
    for rows in (samples.TRILATERAL, samples.MIXED):
        import_into(store, event_id, samples.write(tmp_path / "list", rows, "csv-bom"))
    event = store.get_event(event_id)
    kyushu, hokkaido = OrganisationRecord("Kyushu University"), OrganisationRecord("Hokkaido U")
    tricky = PersonRecord(
        given_name=ATTACK, family_name="Injection", honorific="@Dr", email="-x@example.org",
        phone="+44 20 7946 0018", country="United Kingdom", bio="- one\n- two; with, commas",
        affiliations=[AffiliationRecord(kyushu, "Professor"), AffiliationRecord(hokkaido, "")],
    )  # fmt: skip
    role = ParticipantRole.DELEGATION_MEMBER
    event.participants.append(
        ParticipationRecord(tricky, role, "Guests", 99, Attendance.DECLINED, "x")
    )
    store.save_event(event)
    yield store, event_id
    store.close()


@pytest.fixture
def other(tmp_path):
    """A second, empty database: where an export is taken to."""
    store = open_store(tmp_path / "other.sqlite3")
    yield store
    store.close()


def fields(event):
    """Everything an export carries, per participant, in programme order."""
    return [
        (p.person.honorific, p.person.given_name, p.person.family_name, p.person.native_name,
         p.person.name_order, p.role, p.delegation, p.attendance, p.person.country,
         p.person.email, p.person.phone, p.person.bio,
         [(a.organisation.name, a.position) for a in p.person.affiliations])
        for p in sorted(event.participants, key=lambda p: p.precedence)
    ]  # fmt: skip


# -- CSV -------------------------------------------------------------------------------------


def test_csv_has_a_bom_the_columns_and_formula_guards(source, tmp_path):
    store, event_id = source
    path = tmp_path / "out.csv"
    export_participants(store.get_event(event_id), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    tricky = next(r for r in rows if r[2] == "Injection")
    by_column = dict(zip(COLUMNS, tricky, strict=True))
    assert by_column["Given name"] == "'" + ATTACK
    assert by_column["Honorific"] == "'@Dr"
    assert by_column["Email"] == "'-x@example.org"
    assert by_column["Phone"] == "'+44 20 7946 0018"
    assert by_column["Bio"] == "'- one\n- two; with, commas"
    assert by_column["Role"] == "Delegation member"
    assert by_column["Affiliation"] == "Kyushu University / Hokkaido U"
    assert by_column["Position"] == "Professor / "
    text = data.decode("utf-8-sig")
    for name in ("上月豊久", "Андрей Кортунов", "Παπαδόπουλος", "김지훈", "李伟", "Zoë", "Łukasz"):
        assert name in text


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_guard(text):
    assert guard_cell(text) == "'" + text
    assert guard_cell("Zoë") == "Zoë" and guard_cell("a=b") == "a=b"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_into_a_new_directory(source, other, tmp_path, suffix):
    store, event_id = source
    path = tmp_path / f"out{suffix}"
    original = store.get_event(event_id)
    export_participants(original, path)
    plan, copied = import_into(other, new_event(other, "Copy"), path)
    assert plan.ignored_columns == ["Precedence"]
    assert fields(copied) == fields(original)
    assert other.count_people() == len(original.participants)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_into_the_same_directory_finds_everyone(source, tmp_path, suffix):
    store, event_id = source
    path = tmp_path / f"out{suffix}"
    export_participants(store.get_event(event_id), path)
    people = store.count_people()
    plan, copied = import_into(store, new_event(store, "Round two"), path)
    assert plan.counts()["existing"] == len(copied.participants) == plan.counts()["rows"]
    assert store.count_people() == people


# -- XLSX ------------------------------------------------------------------------------------


def test_xlsx_keeps_formula_text_as_text(source, tmp_path):
    from openpyxl import load_workbook

    store, event_id = source
    path = tmp_path / "out.xlsx"
    export_participants(store.get_event(event_id), path)
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    sheet = load_workbook(path).active
    tricky = next(row for row in sheet.iter_rows(min_row=2) if row[2].value == "Injection")
    assert (tricky[1].value, tricky[1].data_type) == (ATTACK, "s")
    assert (tricky[12].value, tricky[11].value) == ("+44 20 7946 0018", "-x@example.org")
    assert read_table(path).rows[-1][1] == ATTACK


def test_xlsx_layout(source, tmp_path):
    from openpyxl import load_workbook

    store, event_id = source
    path = tmp_path / "out.xlsx"
    export_participants(store.get_event(event_id), path)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["N"].width <= 62  # Bio: capped
    assert sheet.column_dimensions["B"].width >= len(ATTACK)
    assert [sheet.cell(row=r, column=7).value for r in range(2, sheet.max_row + 1)] == sorted(
        sheet.cell(row=r, column=7).value for r in range(2, sheet.max_row + 1))  # fmt: skip


# -- demo data, suffixes, atomic writes ------------------------------------------------------


def test_demo_round_two(tmp_path):
    store = open_store(tmp_path / "demo.sqlite3")
    load_demo(store)
    round_two = next(e.id for e in store.list_events() if e.round_number == 2)
    export_participants(store.get_event(round_two), tmp_path / "r2.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r2.csv").read_text("utf-8-sig"))))
    assert [(r["Given name"], r["Native name"], r["Role"], r["Delegation"], r["Position"])
            for r in rows] == [
        ("Toyohisa", "上月豊久", "Opening speaker", "Japanese delegation",
         "Japanese Ambassador to Russia"),
        ("Andrey", "Андрей Кортунов", "Opening speaker", "Russian delegation",
         "Director General"),
    ]  # fmt: skip
    store.close()


@pytest.mark.parametrize("name", ["out.doc", "out.xls", "out"])
def test_other_suffixes_are_refused_and_nothing_is_written(source, tmp_path, name):
    store, event_id = source
    with pytest.raises(UserError, match="name the file .csv or .xlsx"):
        export_participants(store.get_event(event_id), tmp_path / name)
    assert not (tmp_path / name).exists()


def test_missing_folder(source, tmp_path):
    store, event_id = source
    with pytest.raises(UserError, match="does not exist"):
        export_participants(store.get_event(event_id), tmp_path / "nowhere" / "out.csv")


def test_a_failed_export_leaves_the_old_file(source, tmp_path, monkeypatch):
    from openpyxl import Workbook

    store, event_id = source
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"the previous export")

    def half_written(self, stream):
        stream.write(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_written)
    with pytest.raises(UserError, match="No space left"):
        export_participants(store.get_event(event_id), path)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


# -- encodings for older Excel ---------------------------------------------------------------


def russian_event(store):
    """An event whose people are all in Cyrillic or Latin script, with a patronymic."""
    event_id = new_event(store, "Круглый стол")
    event = store.get_event(event_id)
    for given, patronymic, family in (("Андрей", "Вадимович", "Кортунов"),
                                      ("Ольга", "Игоревна", "Волкова")):  # fmt: skip
        event.participants.append(
            ParticipationRecord(
                PersonRecord(
                    given_name=given, patronymic=patronymic, family_name=family, country="Россия"
                )
            )  # fmt: skip
        )
    store.save_event(event)
    return store.get_event(event_id)


def test_csv_in_the_legacy_code_page_of_older_russian_excel(tmp_path):
    from roundtable.services.participant_export import csv_encodings, legacy_encoding

    assert [legacy_encoding(language) for language in ("ru", "ja", "en")] == [
        "cp1251", "cp932", "cp1252",
    ]  # fmt: skip
    assert csv_encodings("ru") == [("utf-8-sig", "UTF-8 with BOM"),
                                   ("cp1251", "Windows-1251 (Cyrillic)")]  # fmt: skip
    store = open_store(tmp_path / "ru.sqlite3")
    event = russian_event(store)
    path = tmp_path / "ru.csv"
    export_participants(event, path, encoding="cp1251")
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("cp1251"), newline="")))
    assert [(r["Given name"], r["Patronymic"], r["Family name"]) for r in rows] == [
        ("Андрей", "Вадимович", "Кортунов"), ("Ольга", "Игоревна", "Волкова"),
    ]  # fmt: skip
    assert read_table(path).encoding == "cp1251"  # and it reads back as what it is
    plan, copied = import_into(store, new_event(store, "Copy"), path)
    assert sorted(p.person.patronymic for p in copied.participants) == ["Вадимович", "Игоревна"]
    store.close()


def test_a_name_the_code_page_cannot_hold_is_named_and_nothing_is_written(tmp_path):
    store = open_store(tmp_path / "demo.sqlite3")
    load_demo(store)
    round_two = store.get_event(next(e.id for e in store.list_events() if e.round_number == 2))
    path = tmp_path / "r2.csv"
    path.write_bytes(b"the previous export")
    with pytest.raises(UserError) as refused:
        export_participants(round_two, path, encoding="cp1251")
    assert str(refused.value) == (
        "Toyohisa Kozuki cannot be written in Windows-1251 (Cyrillic): the Native name holds "
        "‘上’, which that encoding has no letter for; nothing was written. Export as UTF-8 "
        "with BOM instead"
    )
    assert path.read_bytes() == b"the previous export"
    export_participants(round_two, path, encoding="cp932")  # Japanese Excel: both scripts fit
    text = path.read_bytes().decode("cp932")
    assert "上月豊久" in text and "Андрей Кортунов" in text
    store.close()


def test_export_encoding_names_are_checked(source, tmp_path):
    store, event_id = source
    event = store.get_event(event_id)
    with pytest.raises(UserError, match="unknown encoding ‘cp9999’"):
        export_participants(event, tmp_path / "out.csv", encoding="cp9999")
    with pytest.raises(UserError, match="an XLSX file has no text encoding"):
        export_participants(event, tmp_path / "out.xlsx", encoding="cp1251")
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.xlsx").exists()
    export_participants(event, tmp_path / "out.csv", encoding="UTF-8-SIG")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_export_encoding(tmp_path, demo_database):
    import shutil

    from cli_helpers import assert_clean_error, run_db

    db = shutil.copyfile(demo_database, tmp_path / "events.sqlite3")
    out = tmp_path / "r2.csv"
    done = run_db(db, "export", "participants", "3", "-o", out, "--encoding", "cp932")
    assert done.returncode == 0, done.stderr
    assert "上月豊久" in out.read_bytes().decode("cp932")
    assert_clean_error(
        run_db(db, "export", "participants", "3", "-o", out, "--encoding", "cp1251"),
        "Toyohisa Kozuki cannot be written in Windows-1251 (Cyrillic)",
    )
    assert_clean_error(
        run_db(db, "export", "participants", "3", "-o", out, "--encoding", "nonsense"),
        "unknown encoding ‘nonsense’",
    )
    assert "上月豊久" in out.read_bytes().decode("cp932")  # the refusals wrote nothing
