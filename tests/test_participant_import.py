"""Importing participant lists: reading CSV and XLSX, recognising columns, planning, applying.

Lists come from ``import_samples``: the Trilateral's opening speakers, a list in six scripts, a
cp1252 file with semicolons, and the real export formats of Indico, Eventbrite, pretalx and
Google Forms. Every import goes through the real store, so "all or nothing" is checked against
what the database holds afterwards.
"""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date

import import_samples as samples
import pytest

from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole
from roundtable.domain.records import EventRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.services.column_mapping import (
    FIELDS,
    guess_mapping,
    ignored_columns,
    merge_mapping,
    parse_map_options,
)
from roundtable.services.participant_import import (
    apply_import,
    choose_match,
    parse_attendance,
    parse_role,
    plan_import,
    report_lines,
    split_full_name,
    split_list,
)
from roundtable.services.table_read import Table, list_sheets, read_table
from roundtable.store.facade import Store

# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def empty_store(tmp_path, empty_database):
    store = Store.open(str(shutil.copyfile(empty_database, tmp_path / "x.sqlite3")),
                       daily_backup=False)  # fmt: skip
    yield store
    store.close()


@pytest.fixture
def demo_store(tmp_path, demo_database):
    """The example events as ``load_demo`` leaves them: a copy of ``demo_database``."""
    store = Store.open(str(shutil.copyfile(demo_database, tmp_path / "x.sqlite3")),
                       daily_backup=False)  # fmt: skip
    yield store
    store.close()


def new_event(store, title="Trilateral: Third Round") -> int:
    event = store.save_event(
        EventRecord(title=title, start_date=date(2018, 3, 1), end_date=date(2018, 3, 2))
    )
    return event.id


def plan_file(store, event_id, path, mapping=None):
    table = read_table(path)
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    return plan_import(
        table, mapping, store.get_event(event_id), store.list_people(), store.list_organisations()
    )


def import_file(store, event_id, path):
    plan = plan_file(store, event_id, path)
    assert plan.ok, report_lines(plan)
    return plan, apply_import(store, event_id, plan)


def people_of(event):
    return {(p.person.family_name or p.person.native_name): p for p in event.participants}


def table(headers, *rows) -> Table:
    return Table(list(headers), [list(r) for r in rows], "test")


def plan_rows(store, headers, *rows, event_id=None, mapping=None):
    event_id = event_id or new_event(store)
    data = table(headers, *rows)
    return plan_import(
        data,
        guess_mapping(data.headers) if mapping is None else mapping,
        store.get_event(event_id),
        store.list_people(),
        store.list_organisations(),
    )


# -- the Trilateral and a list in six scripts, in every format --------------------------------

UNICODE_KINDS = ("csv-bom", "csv-utf8", "xlsx")


@pytest.mark.parametrize("kind", UNICODE_KINDS)
def test_trilateral_imports_into_an_empty_directory(empty_store, tmp_path, kind):
    event_id = new_event(empty_store)
    path = samples.write(tmp_path / "trilateral", samples.TRILATERAL, kind)
    plan, event = import_file(empty_store, event_id, path)
    assert plan.counts()["new"] == 2 and not plan.ignored_columns
    kozuki, kortunov = people_of(event)["Kozuki"], people_of(event)["Kortunov"]
    assert (kozuki.person.honorific, kozuki.person.given_name, kozuki.person.native_name) == (
        "Ambassador",
        "Toyohisa",
        "上月豊久",
    )
    assert kozuki.person.affiliations[0].organisation.name == "Embassy of Japan in Russia"
    assert kozuki.person.affiliations[0].position == "Japanese Ambassador to Russia"
    assert (kozuki.role, kozuki.delegation) == (
        ParticipantRole.OPENING_SPEAKER,
        "Japanese delegation",
    )
    assert kortunov.person.native_name == "Андрей Кортунов"
    assert kortunov.person.affiliations[0].position == "Director General"
    assert (kortunov.role, kortunov.delegation, kortunov.person.country) == (
        ParticipantRole.OPENING_SPEAKER,
        "Russian delegation",
        "Russia",
    )
    assert [p.precedence for p in event.participants] == [1, 2]
    assert {d.name for d in event.delegations} == {"Japanese delegation", "Russian delegation"}
    assert empty_store.count_people() == 2


def test_trilateral_in_latin_script_from_cp1252_with_semicolons(demo_store, tmp_path):
    path = samples.write(tmp_path / "trilateral", samples.TRILATERAL_LATIN, "csv-cp1252")
    assert b";" in path.read_bytes().splitlines()[0]
    plan, event = import_file(demo_store, new_event(demo_store), path)
    assert [r.existing.family_name for r in plan.rows] == ["Kozuki", "Kortunov"]
    assert {p.person.native_name for p in event.participants} == {"上月豊久", "Андрей Кортунов"}
    assert {p.delegation for p in event.participants} == {
        "Japanese delegation",
        "Russian delegation",
    }


@pytest.mark.parametrize("kind", UNICODE_KINDS)
def test_trilateral_is_recognised_in_the_demo_directory(demo_store, tmp_path, kind):
    event_id = new_event(demo_store)
    people_before = demo_store.count_people()
    path = samples.write(tmp_path / "trilateral", samples.TRILATERAL, kind)
    plan, event = import_file(demo_store, event_id, path)
    report = report_lines(plan)
    assert "line 2: matches Toyohisa Kozuki (already in the directory)" in report
    assert "line 3: matches Andrey Kortunov (already in the directory)" in report
    assert plan.new_organisations == []  # "RIAC" is the council's short name
    assert demo_store.count_people() == people_before
    demo_ids = {p.family_name: p.id for p in demo_store.list_people()}
    assert {p.person.family_name: p.person.id for p in event.participants} == {
        "Kozuki": demo_ids["Kozuki"],
        "Kortunov": demo_ids["Kortunov"],
    }


def test_trilateral_typed_by_hand(empty_store, tmp_path):
    event_id = new_event(empty_store)
    path = samples.write(tmp_path / "by-hand", samples.TRILATERAL_BY_HAND, "xlsx")
    _plan, event = import_file(empty_store, event_id, path)
    kozuki, kortunov = people_of(event)["Kozuki"], people_of(event)["Kortunov"]
    assert (kozuki.person.honorific, kozuki.person.given_name, kozuki.role) == (
        "Amb.",
        "Toyohisa",
        ParticipantRole.OPENING_SPEAKER,
    )
    assert (kortunov.person.given_name, kortunov.person.native_name) == (
        "Andrey",
        "Андрей Кортунов",
    )
    org = kortunov.person.affiliations[0].organisation
    assert org.name == "Russian International Affairs Council (RIAC)"


def test_trilateral_by_hand_matches_organisation_and_acronym(demo_store, tmp_path):
    path = samples.write(tmp_path / "by-hand", samples.TRILATERAL_BY_HAND, "csv-bom")
    plan = plan_file(demo_store, new_event(demo_store), path)
    assert plan.ok and plan.new_organisations == []
    assert [r.existing.family_name for r in plan.rows] == ["Kozuki", "Kortunov"]


@pytest.mark.parametrize("kind", UNICODE_KINDS)
def test_mixed_scripts_import(empty_store, tmp_path, kind):
    event_id = new_event(empty_store)
    path = samples.write(tmp_path / "mixed", samples.MIXED, kind)
    plan, event = import_file(empty_store, event_id, path)
    names = {
        (p.person.given_name, p.person.family_name, p.person.native_name, p.role.value)
        for p in event.participants
    }
    assert names == {
        ("Zoë", "Ångström", "", "participant"),
        ("José Álvarez", "Núñez", "", "moderator"),
        ("Łukasz", "Wróbel", "", "participant"),
        ("Olga", "Smirnova", "Ольга Смирнова", "discussant"),
        ("Γιώργος", "Παπαδόπουλος", "", "participant"),
        ("Haruka", "Sato", "佐藤遥", "chair"),
        ("Kim", "Ji-hoon", "김지훈", "rapporteur"),
        ("Li", "Wei", "李伟", "observer"),
        # Japanese written solid: kept whole as the family and the native name, user told
        ("", "山田花子", "山田花子", "participant"),
        ("서준", "박", "박서준", "participant"),  # Korean: one-syllable family name first
    }
    by_family = people_of(event)
    assert by_family["山田花子"].person.name_order is NameOrder.FAMILY_FIRST
    assert by_family["박"].person.name_order is NameOrder.FAMILY_FIRST
    assert any("山田花子" in line and "kept whole" in line for line in report_lines(plan))
    orgs = {o.name for o in empty_store.list_organisations()}
    assert {"Институт мировой экономики", "Πανεπιστήμιο Αθηνών", "Université de Genève"} <= orgs
    for p in event.participants:
        for text in (p.person.given_name, p.person.family_name, p.person.native_name):
            assert unicodedata.is_normalized("NFC", text)


def test_mixed_scripts_match_the_directory_by_native_name(demo_store):
    plan = plan_rows(demo_store, ["Name"], ["Андрей Кортунов"], ["上月豊久"], ["岩下 明裕"])
    assert [r.existing.family_name for r in plan.rows] == ["Kortunov", "Kozuki", "Iwashita"]
    assert all(not r.notes[0].startswith("‘") for r in plan.rows)  # no name-split advice


def test_western_list_in_cp1252_with_semicolons(empty_store, tmp_path):
    path = samples.write(tmp_path / "western", samples.WESTERN, "csv-cp1252")
    assert "€".encode("cp1252") in path.read_bytes()  # really cp1252, not UTF-8
    data = read_table(path)
    assert data.headers == ["Name", "Affiliation", "Email", "Notes"]
    assert [r[0] for r in data.rows] == [
        "Zoë Ångström",
        "François Lefèvre",
        "José Álvarez Núñez",
        "Jürgen Müller",
        "Kortunov, Andrey",
    ]
    assert any("Windows-1252" in note for note in data.notes)
    _plan, event = import_file(empty_store, new_event(empty_store), path)
    by_family = people_of(event)
    assert by_family["Ångström"].notes == "Fee 50 € paid"
    assert by_family["Kortunov"].person.given_name == "Andrey"
    assert by_family["Müller"].person.affiliations[0].organisation.name == "Universität Wien"


def test_decomposed_text_is_stored_composed(empty_store):
    plan = plan_rows(
        empty_store, ["Given name", "Family name"], ["Zoe\u0308", "A\u030angstro\u0308m"]
    )
    assert (plan.rows[0].person.given_name, plan.rows[0].person.family_name) == ("Zoë", "Ångström")


# -- the four tools, with no manual mapping ---------------------------------------------------


@pytest.mark.parametrize("kind", ("csv-bom", "xlsx"))
@pytest.mark.parametrize("tool", sorted(samples.TOOLS))
def test_tool_exports_import_without_mapping(empty_store, tmp_path, tool, kind):
    rows, ignored = samples.TOOLS[tool]
    path = samples.write(tmp_path / tool, rows, kind)
    plan = plan_file(empty_store, new_event(empty_store), path)
    assert plan.ok, report_lines(plan)
    assert plan.ignored_columns == ignored
    if ignored:
        assert f"ignored columns: {', '.join(ignored)}" in report_lines(plan)
    event = apply_import(empty_store, plan.event_id, plan)
    assert len(event.participants) == len(rows) - 1
    assert {p.person.email for p in event.participants} == {
        str(r[rows[0].index(next(h for h in rows[0] if "mail" in h.lower()))]) for r in rows[1:]
    }


def test_indico_fields(empty_store, tmp_path):
    path = samples.write(tmp_path / "indico", samples.INDICO, "xlsx")
    _plan, event = import_file(empty_store, new_event(empty_store), path)
    smirnova, sato, brooks = (people_of(event)[n] for n in ("Smirnova", "Sato", "Brooks"))
    assert (smirnova.person.honorific, smirnova.person.phone, smirnova.attendance) == (
        "Dr",
        "+7 495 000 00 00",
        Attendance.CONFIRMED,
    )
    assert sato.person.affiliations[0].position == "Professor"
    assert brooks.attendance is Attendance.INVITED  # "Pending"
    assert brooks.person.country == "United States"


def test_eventbrite_fields(empty_store, tmp_path):
    path = samples.write(tmp_path / "eventbrite", samples.EVENTBRITE, "csv-utf8")
    _plan, event = import_file(empty_store, new_event(empty_store), path)
    smirnova, brooks = people_of(event)["Smirnova"], people_of(event)["Brooks"]
    assert (smirnova.person.honorific, smirnova.person.phone, smirnova.person.country) == (
        "Dr.",
        "+7 916 000 00 00",
        "Russia",
    )
    assert smirnova.person.affiliations[0].organisation.name == "Institute of World Economy"
    assert smirnova.person.affiliations[0].position == "Senior Fellow"
    assert (smirnova.attendance, brooks.attendance) == (Attendance.CONFIRMED, Attendance.ATTENDED)


def test_pretalx_fields(empty_store, tmp_path):
    speakers = samples.write(tmp_path / "speakers", samples.PRETALX_SPEAKERS, "csv-utf8")
    _plan, event = import_file(empty_store, new_event(empty_store), speakers)
    assert {p.person.family_name: p.attendance for p in event.participants} == {
        "Smirnova": Attendance.CONFIRMED,
        "Sato": Attendance.INVITED,
    }
    export = samples.write(tmp_path / "export", samples.PRETALX_EXPORT, "csv-utf8")
    plan = plan_file(empty_store, new_event(empty_store, "Another"), export)
    assert plan.rows[0].person.bio.startswith("Olga Smirnova works on")
    assert [r.line for r in plan.rows] == [2, 5]  # the first row spans three lines of the file


def test_google_forms_fields(empty_store, tmp_path):
    path = samples.write_xlsx(tmp_path / "form.xlsx", samples.google_forms_xlsx_rows())
    data = read_table(path)
    assert data.rows[0][0] == "2017-02-10 09:15:02"  # a date-time cell, as ISO text
    _plan, event = import_file(empty_store, new_event(empty_store), path)
    smirnova, sato = people_of(event)["Smirnova"], people_of(event)["Sato"]
    assert (smirnova.person.honorific, smirnova.person.given_name) == ("Dr", "Olga")
    assert (sato.person.honorific, sato.person.country) == ("Prof.", "Japan")


# -- XLSX cells -------------------------------------------------------------------------------


def test_xlsx_phone_numbers_keep_plus_and_leading_zeros(tmp_path):
    data = read_table(samples.phones_xlsx(tmp_path / "phones.xlsx", cached=True))
    assert [row[2] for row in data.rows] == samples.PHONES_EXPECTED


def test_xlsx_formulas_with_stored_results_read_as_their_results(tmp_path):
    data = read_table(samples.phones_xlsx(tmp_path / "phones.xlsx", cached=True))
    assert [row[3] for row in data.rows] == ["Jane Doe", "Max Muster", "Anna Rossi"]
    assert [row[4] for row in data.rows] == ["2", "4", "6"]
    assert data.notes == [] and data.uncomputed == set()


def test_xlsx_formulas_without_results_are_never_empty(empty_store, tmp_path):
    data = read_table(samples.phones_xlsx(tmp_path / "phones.xlsx", cached=False))
    assert [row[3] for row in data.rows] == ['=A2&" "&B2', '=CONCAT(A3," ",B3)', '=A4&" "&B4']
    assert all(row[4] for row in data.rows)
    assert 'D3: formula =CONCAT(A3," ",B3) has no computed value; imported as its text' in (
        data.notes
    )
    event = empty_store.get_event(new_event(empty_store))
    # The formula's text must not become a name: the row is a problem to fix, not an import.
    by_full_name = plan_import(data, {3: "full_name"}, event, [], [])
    assert not by_full_name.ok
    assert all("formula" in row.problems[0] for row in by_full_name.rows)
    # Unmapped formula columns do no harm; their notes stay in the report.
    by_parts = plan_import(data, {0: "given_name", 1: "family_name", 2: "phone"}, event, [], [])
    assert by_parts.ok and by_parts.ignored_columns == ["Full name", "Ticket"]
    assert by_parts.notes == []  # the formulas' notes concern columns not imported


def test_xlsx_sheets(tmp_path):
    path = samples.write_xlsx(
        tmp_path / "s.xlsx", samples.TRILATERAL, sheet="People", extra_sheets=["Notes"]
    )
    assert list_sheets(path) == ["People", "Notes"]
    assert read_table(path).headers[:2] == ["Honorific", "Given name"]
    assert read_table(path, sheet="notes").headers == ["Notes"]
    with pytest.raises(UserError, match="no sheet 'Budget'.*People, Notes"):
        read_table(path, sheet="Budget")


def test_xlsx_empty_first_sheet_names_the_others(tmp_path):
    path = samples.write_xlsx(tmp_path / "e.xlsx", [], extra_sheets=["Participants"])
    with pytest.raises(UserError, match="empty; its other sheets are: Participants"):
        read_table(path)


# -- reading CSV -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "headers", "first"),
    [
        ("Name\tEmail\nKortunov, Andrey\ta@example.org\n", ["Name", "Email"],
         ["Kortunov, Andrey", "a@example.org"]),
        ("Name;Notes\nKortunov, Andrey;a, b, c\nZoë;x\n", ["Name", "Notes"],
         ["Kortunov, Andrey", "a, b, c"]),
        ('Name,Notes\n"Doe; Jane","x; y"\nZoë,z\n', ["Name", "Notes"], ["Doe; Jane", "x; y"]),
        ("sep=;\nName;Email\nZoë;z@example.org\n", ["Name", "Email"], ["Zoë", "z@example.org"]),
        ("\n\n  Name , Email \n\n Zoë ,  z@example.org \n;;\n", ["Name", "Email"],
         ["Zoë", "z@example.org"]),
        ("Name\nZoë\n", ["Name"], ["Zoë"]),
    ],
)  # fmt: skip
def test_csv_delimiters_blank_rows_and_spaces(tmp_path, text, headers, first):
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    data = read_table(path)
    assert data.headers == headers and data.rows[0] == first
    assert all(any(row) for row in data.rows)


def test_csv_line_numbers_count_blank_lines(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("\nName,Email\n\nZoë,not-an-email\n", encoding="utf-8")
    plan = plan_import(
        read_table(path),
        {0: "full_name", 1: "email"},
        EventRecord("x", date(2020, 1, 1), date(2020, 1, 1)),
        [],
        [],
    )
    assert "line 4: ‘not-an-email’ is not an email address" in report_lines(plan)


def test_csv_utf16_from_excel_unicode_text(tmp_path):
    path = tmp_path / "list.txt"
    path.write_bytes("Name\tNative name\nAndrey Kortunov\tАндрей Кортунов\n".encode("utf-16"))
    assert read_table(path).rows == [["Andrey Kortunov", "Андрей Кортунов"]]


def test_csv_export_guards_are_dropped(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\n'=HYPERLINK(\"x\"),'+44 20 7946 0018\n", encoding="utf-8")
    assert read_table(path).rows == [['=HYPERLINK("x")', "+44 20 7946 0018"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "save it as .xlsx"),
        ("renamed.xls", b"Name\nZoe\n", ".xlsx"),
        ("empty.csv", b"", "has no data"),
        ("blank.csv", b"\r\n;;\r\n  \r\n", "has no data"),
        ("list.ods", b"PK\x03\x04", ".ods files cannot be read"),
        ("list.pdf", b"%PDF-1.4", "cannot import .pdf"),
        ("binary.csv", b"\x00\x01\x02Name", "not a text"),
        ("broken.xlsx", b"PK\x03\x04garbage", "not a readable .xlsx"),
        ("fake.xlsx", b"Name,Email\n", "not a valid .xlsx"),
    ],
)  # fmt: skip
def test_unreadable_files_are_refused_by_name(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message) as error:
        read_table(path)
    assert name in str(error.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        read_table(tmp_path / "nowhere.csv")
    with pytest.raises(UserError, match="folder"):
        read_table(tmp_path)


def test_header_only_file_is_a_problem(empty_store, tmp_path):
    path = samples.write_csv(tmp_path / "h.csv", [("Name", "Email")])
    plan = plan_file(empty_store, new_event(empty_store), path)
    assert not plan.ok and "problem: the list has a header but no rows" in report_lines(plan)


# -- column mapping --------------------------------------------------------------------------


def test_headers_are_recognised_ignoring_case_and_punctuation():
    headers = [
        "FULL NAME",
        "e-mail address",
        "Organization",
        "Job Title",
        "surname",
        "Given-Name",
        "Name (native script)",
        "Telephone",
        "Short bio (max. 100 words)",
        "Delegation",
        "ROLE",
        "Honorific",
        "Country of residence",
        "RSVP",
        "Remarks",
        "Patronymic",
        "Furigana",
        "Name on card",
    ]
    mapping = guess_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == [
        "full_name",
        "email",
        "affiliation",
        "position",
        "family_name",
        "given_name",
        "native_name",
        "phone",
        "bio",
        "delegation",
        "role",
        "honorific",
        "country",
        "attendance",
        "notes",
        "patronymic",
        "name_reading",
        "card_name",
    ]
    assert set(mapping.values()) == set(FIELDS)


def test_one_field_from_one_column_the_more_specific():
    headers = ["Work Phone", "Mobile Phone", "Name", "Full name", "Company", "Affiliation"]
    mapping = guess_mapping(headers)
    assert mapping == {1: "phone", 3: "full_name", 5: "affiliation"}
    assert ignored_columns(headers, mapping) == ["Work Phone", "Name", "Company"]


def test_name_next_to_surname_is_the_given_name():
    assert guess_mapping(["Name", "Surname", "E-Mail"]) == {
        0: "given_name",
        1: "family_name",
        2: "email",
    }
    assert guess_mapping(["Nom", "Prénom"]) == {0: "family_name", 1: "given_name"}


def test_headers_about_someone_else_are_not_taken():
    headers = ["Buyer Email", "Emergency contact phone", "Event Name", "Proposal titles"]
    assert guess_mapping(headers) == {}


def test_headers_in_other_languages():
    assert guess_mapping(["氏名", "所属", "役職", "メールアドレス"]) == {
        0: "full_name",
        1: "affiliation",
        2: "position",
        3: "email",
    }
    assert guess_mapping(["Фамилия", "Имя", "Организация", "Должность"]) == {
        0: "family_name",
        1: "given_name",
        2: "affiliation",
        3: "position",
    }
    assert guess_mapping(["성명", "소속", "이메일"]) == {
        0: "full_name",
        1: "affiliation",
        2: "email",
    }


def test_map_options():
    headers = ["Wer", "Wo", "Email", "Email"]
    assert parse_map_options(["Wer=full_name", "2=Affiliation", "wo=organisation"], headers) == {
        0: "full_name",
        1: "affiliation",
    }
    assert parse_map_options(["4=ignore", "3=e-mail"], headers) == {3: "ignore", 2: "email"}
    for option, message in [
        ("Wer=shoe_size", "shoe_size"),
        ("Wann=email", "no column 'Wann'"),
        ("9=email", "no column 9"),
        ("Email=email", "two columns"),
        ("Wer", "COLUMN=FIELD"),
    ]:
        with pytest.raises(UserError, match=message):
            parse_map_options([option], headers)
    with pytest.raises(UserError, match="email to more than one column"):
        parse_map_options(["Wer=email", "Wo=email"], headers)


def test_chosen_columns_replace_guessed_ones(empty_store):
    headers = ["Name", "Email", "Work email"]
    mapping = merge_mapping(
        guess_mapping(headers), parse_map_options(["Work email=email"], headers)
    )
    assert mapping == {0: "full_name", 2: "email"}
    # Without merging, both columns feed one field: a problem that says how to fix it.
    clashing = {**guess_mapping(headers), 2: "email"}
    plan = plan_rows(
        empty_store, headers, ["Zoë A", "a@example.org", "b@example.org"], mapping=clashing
    )
    assert not plan.ok and "--map 'Work email=ignore'" in plan.problems[0]


def test_a_list_without_names_says_which_mapping_is_missing(empty_store):
    plan = plan_rows(empty_store, ["Wer", "Email"], ["Zoë", "z@example.org"])
    assert not plan.ok and plan.rows[0].problems == []
    assert "--map COLUMN=full_name" in plan.problems[0]


# -- names, roles, attendance -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "honorific", "given", "family", "native"),
    [
        ("Kortunov, Andrey", "", "Andrey", "Kortunov", ""),
        ("Prof. Dr. Jane Doe", "Prof. Dr.", "Jane", "Doe", ""),
        ("H.E. Toyohisa Kozuki", "H.E.", "Toyohisa", "Kozuki", ""),
        ("He Yafei", "", "He", "Yafei", ""),
        ("Dean Smith", "", "Dean", "Smith", ""),
        ("Doe, Dr. Jane", "Dr.", "Jane", "Doe", ""),
        ("Ludwig van Beethoven", "", "Ludwig", "van Beethoven", ""),
        ("Martin Luther King Jr.", "", "Martin Luther", "King Jr.", ""),
        ("Jane Doe, PhD", "", "Jane", "Doe", ""),
        ("Toyohisa Kozuki (上月豊久)", "", "Toyohisa", "Kozuki", "上月豊久"),
        ("Андрей Кортунов (Andrey Kortunov)", "", "Andrey", "Kortunov", "Андрей Кортунов"),
        ("Андрей Кортунов", "", "Андрей", "Кортунов", ""),
        ("Γιώργος Παπαδόπουλος", "", "Γιώργος", "Παπαδόπουλος", ""),
        ("上月 豊久", "", "豊久", "上月", ""),
        ("上月豊久", "", "", "上月豊久", ""),
        ("李伟", "", "伟", "李", ""),
        ("김지훈", "", "지훈", "김", ""),
        ("남궁민수", "", "민수", "남궁", ""),
        ("Madonna", "", "", "Madonna", ""),
    ],
)  # fmt: skip
def test_full_names_are_split(text, honorific, given, family, native):
    parts = split_full_name(text)
    assert (parts.honorific, parts.given, parts.family, parts.native) == (
        honorific,
        given,
        family,
        native,
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [("Speaker", "participant"), ("Panelist", "participant"), ("Panellist", "participant"),
     ("Participant / panelist", "participant"), ("Keynote", "opening_speaker"),
     ("opening speaker", "opening_speaker"), ("Opening_Speaker", "opening_speaker"),
     ("Chair", "chair"), ("Co-chair", "chair"), ("Moderator", "moderator"), ("Host", "host"),
     ("Discussant", "discussant"), ("Rapporteur", "rapporteur"), ("Observer", "observer"),
     ("Staff", "staff"), ("Delegation member", "delegation_member")],
)  # fmt: skip
def test_roles(text, role):
    assert parse_role(text) is ParticipantRole(role)


@pytest.mark.parametrize(
    ("text", "attendance"),
    [("Attending", "confirmed"), ("Checked In", "attended"), ("Not Attending", "declined"),
     ("Completed", "confirmed"), ("Pending", "invited"), ("Awaiting payment", "invited"),
     ("Withdrawn", "declined"), ("True", "confirmed"), ("False", "invited"),
     ("Attended", "attended"), ("invited", "invited")],
)  # fmt: skip
def test_attendance_words(text, attendance):
    assert parse_attendance(text) is Attendance(attendance)


def test_unknown_role_and_attendance_are_problems(empty_store):
    plan = plan_rows(
        empty_store, ["Name", "Role", "Attendance"], ["Zoë A", "Keynoter extraordinaire", "Perhaps"]
    )
    assert [p.split(" (")[0] for p in plan.rows[0].problems] == [
        "unknown role ‘Keynoter extraordinaire’",
        "unknown attendance ‘Perhaps’",
    ]


def test_empty_role_takes_the_default(empty_store):
    event_id = new_event(empty_store)
    data = table(["Name", "Role"], ["Zoë A", ""], ["Jane B", "Chair"])
    plan = plan_import(
        data,
        guess_mapping(data.headers),
        empty_store.get_event(event_id),
        [],
        [],
        default_role=ParticipantRole.OBSERVER,
    )
    assert [r.role for r in plan.rows] == [ParticipantRole.OBSERVER, ParticipantRole.CHAIR]


@pytest.mark.parametrize(
    ("email", "problem"),
    [("zoe@example.org", None), ("mailto:zoe@example.org", None),
     ("Zoë A <zoe@example.org>", None), ("zoe@example", "not an email address"),
     ("zoe.example.org", "not an email address"),
     ("a@example.org; b@example.org", "holds 2 email addresses")],
)  # fmt: skip
def test_email_shapes(empty_store, email, problem):
    row = plan_rows(empty_store, ["Name", "Email"], ["Zoë A", email]).rows[0]
    assert row.problems == ([] if problem is None else [row.problems[0]])
    if problem:
        assert problem in row.problems[0]
    else:
        assert row.person.email == "zoe@example.org"


# -- affiliations and delegations -----------------------------------------------------------


def test_affiliations_split_and_match_existing_organisations(demo_store):
    plan = plan_rows(
        demo_store,
        ["Name", "Affiliation", "Position"],
        ["Jane Roe", "kyushu university / Hokkaido U.", "Professor / "],
        ["John Poe", "Asan Institute; Kyushu University", "Fellow"],
        ["Mary Moe", "Asan Institute", "Director"],
        ["Ann Doe", "U.S./Japan Council", ""],
    )
    jane, john, mary, ann = (r.person for r in plan.rows)
    assert [(a.organisation.name, a.position) for a in jane.affiliations] == [
        ("Kyushu University", "Professor"),
        ("Hokkaido University", ""),
    ]
    assert all(a.organisation.id is not None for a in jane.affiliations)
    assert [a.position for a in john.affiliations] == ["Fellow", ""]
    assert john.affiliations[0].organisation is mary.affiliations[0].organisation  # one record
    assert [o.name for o in plan.new_organisations] == ["Asan Institute", "U.S./Japan Council"]
    assert [a.organisation.name for a in ann.affiliations] == ["U.S./Japan Council"]
    organisations_before = len(demo_store.list_organisations())
    apply_import(demo_store, plan.event_id, plan)
    assert len(demo_store.list_organisations()) == organisations_before + 2


def test_position_without_organisation_is_kept_in_notes(empty_store):
    row = plan_rows(empty_store, ["Name", "Position"], ["Zoë A", "Ambassador"]).rows[0]
    assert row.person.notes == "Position: Ambassador" and row.person.affiliations == []
    assert "put in the person's notes" in row.notes[0]


def test_split_list():
    assert split_list("A / B") == ["A", "B"]
    assert split_list("A; B;C") == ["A", "B", "C"]
    assert split_list("U.S./Japan Council") == ["U.S./Japan Council"]
    assert split_list("Professor /") == ["Professor", ""]
    assert split_list("") == []


def test_delegations_are_matched_by_name_and_created_once(demo_store):
    round_two = next(e.id for e in demo_store.list_events() if e.round_number == 2)
    plan = plan_rows(
        demo_store,
        ["Name", "Delegation"],
        ["Jane Roe", "russian DELEGATION"],
        ["John Poe", "Korean delegation"],
        ["Mary Moe", "korean delegation"],
        event_id=round_two,
    )
    assert [r.delegation for r in plan.rows] == [
        "Russian delegation",
        "Korean delegation",
        "Korean delegation",
    ]
    assert plan.new_delegations == ["Korean delegation"]
    event = apply_import(demo_store, round_two, plan)
    assert [d.name for d in event.delegations].count("Korean delegation") == 1
    assert len(event.delegations) == 4


# -- duplicates -------------------------------------------------------------------------------


def set_email(store, family, email):
    person_id = next(p.id for p in store.list_people() if p.family_name == family)
    person = store.get_person(person_id)
    person.email = email
    store.save_person(person)
    return person_id


def test_duplicate_found_by_email(demo_store):
    kortunov = set_email(demo_store, "Kortunov", "Director@RIAC.example")
    row = plan_rows(demo_store, ["Name", "Email"], ["A. K.", " director@riac.example "]).rows[0]
    assert row.existing.id == kortunov and not row.problems
    assert "by email" in row.notes[0] and "written differently" in row.notes[0]


@pytest.mark.parametrize(
    "name",
    [
        "andrey KORTUNOV",
        "Kortunov, Andrey",
        "Andréy Kortunov",
        "Kortunov Andrey",
        "Андрей Кортунов",
    ],
)
def test_duplicate_found_by_name_in_any_order_case_or_accents(demo_store, name):
    row = plan_rows(demo_store, ["Name"], [name]).rows[0]
    assert row.existing is not None and row.existing.family_name == "Kortunov"
    assert row.notes == ["matches Andrey Kortunov (already in the directory)"]


def test_two_directory_entries_for_one_row_is_a_problem(empty_store):
    for email in ("jane@a.example", "jane@b.example"):
        empty_store.save_person(PersonRecord(given_name="Jane", family_name="Doe", email=email))
    plan = plan_rows(empty_store, ["Name"], ["Jane Doe"])
    row = plan.rows[0]
    assert not plan.ok and len(row.candidates) == 2
    assert row.problems[0].startswith("matches 2 people in the directory by name")
    assert "jane@a.example" in row.problems[0] and "jane@b.example" in row.problems[0]
    choose_match(plan, row.line, row.candidates[1].id)
    assert plan.ok and row.existing.email == "jane@b.example"
    event = apply_import(empty_store, plan.event_id, plan)
    assert [p.person.email for p in event.participants] == ["jane@b.example"]
    assert empty_store.count_people() == 2


def test_someone_already_in_the_event_is_skipped(demo_store):
    round_two = next(e.id for e in demo_store.list_events() if e.round_number == 2)
    plan = plan_rows(
        demo_store,
        ["Name", "Role"],
        ["Toyohisa Kozuki", "Moderator"],
        ["Jane Roe", "Chair"],
        event_id=round_two,
    )
    kozuki = plan.rows[0]
    assert kozuki.skip and "already takes part in this event; skipped" in kozuki.notes[0]
    assert plan.counts() == {
        "rows": 2,
        "new": 1,
        "existing": 0,
        "skipped": 1,
        "problems": 0,
        "new_organisations": 0,
        "new_delegations": 0,
    }
    event = apply_import(demo_store, round_two, plan)
    assert len(event.participants) == 3
    assert next(p for p in event.participants if p.person.family_name == "Kozuki").role is (
        ParticipantRole.OPENING_SPEAKER
    )


def test_the_same_person_twice_in_one_list_is_a_problem(empty_store):
    plan = plan_rows(
        empty_store,
        ["Name", "Email"],
        ["Jane Doe", "jane@example.org"],
        ["Zoë A", "JANE@example.org"],
        ["Doe, Jane", ""],
        ["Jane Doe", "other.jane@example.org"],
    )
    assert [r.problems for r in plan.rows[:3]] == [
        [],
        ["repeats line 2 (same email address)"],
        ["repeats line 2 (same name)"],
    ]
    assert plan.rows[3].problems == [] and "another email" in plan.rows[3].notes[0]


# -- all or nothing --------------------------------------------------------------------------


def counts(store, event_id):
    return (
        len(store.get_event(event_id).participants),
        store.count_people(),
        len(store.list_organisations()),
    )


def test_one_bad_row_imports_nothing(demo_store, tmp_path):
    rows = [*samples.MIXED[:4], ("", "", "Nowhere University", "", "", ""), *samples.MIXED[4:]]
    path = samples.write(tmp_path / "bad", rows, "xlsx")
    event_id = next(e.id for e in demo_store.list_events() if e.round_number == 1)
    before = counts(demo_store, event_id)
    plan = plan_file(demo_store, event_id, path)
    assert not plan.ok
    lines = report_lines(plan)
    assert "line 5: no name" in lines
    assert any(line.startswith("1 problem") and "nothing is imported" in line for line in lines)
    with pytest.raises(UserError, match="nothing was imported.*line 5: no name"):
        apply_import(demo_store, event_id, plan)
    assert counts(demo_store, event_id) == before


def test_a_failure_while_saving_imports_nothing(demo_store, tmp_path, monkeypatch):
    path = samples.write(tmp_path / "mixed", samples.MIXED, "csv-bom")
    event_id = new_event(demo_store)
    plan = plan_file(demo_store, event_id, path)
    assert plan.ok
    before = counts(demo_store, event_id)
    from roundtable.store import facade

    def fail_after_writing(*_args):
        # The new people, organisations and participations are in the database now...
        raise OSError("disk full")  # ...and then the save fails

    monkeypatch.setattr(facade, "stamp", fail_after_writing)
    with pytest.raises(OSError):
        apply_import(demo_store, event_id, plan)
    monkeypatch.undo()
    assert counts(demo_store, event_id) == before


def test_plan_for_another_event_is_refused(demo_store):
    plan = plan_rows(demo_store, ["Name"], ["Jane Roe"])
    with pytest.raises(UserError, match="another event"):
        apply_import(demo_store, 1, plan)


def test_report_lines(demo_store):
    headers = ["Name", "Email", "Ticket Type", "Order #"]
    plan = plan_rows(
        demo_store,
        headers,
        ["Jane Roe", "jane@example.org", "GA", "1"],
        ["", "", "GA", "2"],
        ["Андрей Кортунов", "", "VIP", "3"],
    )
    lines = report_lines(plan)
    assert lines[0] == "test: 3 rows: 2 new people, 1 already in the directory, 0 skipped"
    assert "columns: Name → Full name, Email → Email" in lines
    assert "ignored columns: Ticket Type, Order #" in lines
    assert "line 3: no name" in lines
    assert "line 4: matches Andrey Kortunov (already in the directory)" in lines


def test_applying_appends_after_the_current_last(demo_store):
    dc = next(e.id for e in demo_store.list_events() if e.title.startswith("Russia in"))
    last = max(p.precedence for p in demo_store.get_event(dc).participants)
    plan = plan_rows(
        demo_store, ["Name", "Role"], ["Jane Roe", "Rapporteur"], ["John Poe", ""], event_id=dc
    )
    event = apply_import(demo_store, dc, plan)
    added = [p for p in event.participants if p.person.family_name in {"Roe", "Poe"}]
    assert [(p.person.family_name, p.precedence, p.role.value) for p in added] == [
        ("Roe", last + 1, "rapporteur"),
        ("Poe", last + 2, "participant"),
    ]


def test_a_namesake_with_another_email_is_matched_but_can_be_made_new(demo_store):
    set_email(demo_store, "Kortunov", "kortunov@riac.example")
    plan = plan_rows(demo_store, ["Name", "Email"], ["Andrey Kortunov", "andrey@elsewhere.example"])
    row = plan.rows[0]
    assert row.existing.family_name == "Kortunov" and row.candidates == [row.existing]
    assert "another email address (kortunov@riac.example)" in row.notes[0]
    choose_match(plan, row.line, None)  # the GUI's "this is someone else"
    assert row.existing is None and row.notes == [] and plan.counts()["new"] == 1
    people = demo_store.count_people()
    apply_import(demo_store, plan.event_id, plan)
    assert demo_store.count_people() == people + 1


def test_formula_name_cells_are_one_problem_not_two(empty_store, tmp_path):
    data = read_table(samples.phones_xlsx(tmp_path / "phones.xlsx", cached=False))
    event = empty_store.get_event(new_event(empty_store))
    plan = plan_import(data, {3: "full_name", 2: "phone"}, event, [], [])
    assert [len(r.problems) for r in plan.rows] == [1, 1, 1]
    assert "line 3: Full name is a formula the file stores no result for" in "\n".join(
        report_lines(plan)
    )


def test_a_chart_sheet_is_not_a_table(tmp_path):
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    workbook = Workbook()
    for row in (["Name", "Talks"], ["Zoë", 2]):
        workbook.active.append(row)
    chart = BarChart()
    chart.add_data(Reference(workbook.active, min_col=2, min_row=1, max_row=2))
    workbook.create_chartsheet("Chart").add_chart(chart)
    workbook.save(tmp_path / "c.xlsx")
    with pytest.raises(UserError, match="'Chart' is a chart"):
        read_table(tmp_path / "c.xlsx", sheet="Chart")


def test_a_bom_with_broken_utf8_is_read_and_reported(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbfName\nZo\xeb\n")
    data = read_table(path)
    assert data.rows == [["Zo\ufffd"]] and "is not" in data.notes[0]
