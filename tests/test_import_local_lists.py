"""Lists from the Moscow and Tokyo offices: read in their encodings, every field imported.

The files are ``tests/data`` (see ``local_lists``): a Russian cp1251 list with ``;`` and the
headers Фамилия;Имя;Отчество;..., a Japanese cp932 one with 姓,名,所属,..., and one with 氏名 and
フリガナ. Each must import exactly, field for field, with its encoding recognised and reported;
the same content in KOI8-R, EUC-JP and UTF-16 (with and without a BOM) too. A user's choice of
encoding overrides the guess, and names that are not valid are refused in one line.
"""

from __future__ import annotations

import shutil
from datetime import date

import local_lists as lists
import pytest
from cli_helpers import assert_clean_error, run_db

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.services.column_mapping import guess_mapping
from roundtable.services.participant_import import apply_import, plan_import, report_lines
from roundtable.services.table_read import read_table
from roundtable.services.text_encoding import check_encoding, detect_legacy, encoding_label
from roundtable.store.facade import Store


@pytest.fixture
def empty_store(tmp_path, empty_database):
    store = Store.open(str(shutil.copyfile(empty_database, tmp_path / "x.sqlite3")),
                       daily_backup=False)  # fmt: skip
    yield store
    store.close()


def import_path(store, path, encoding=None):
    event_id = store.save_event(
        EventRecord(title="Trilateral", start_date=date(2018, 3, 1), end_date=date(2018, 3, 2))
    ).id
    table = read_table(path, encoding=encoding)
    plan = plan_import(table, guess_mapping(table.headers), store.get_event(event_id),
                       store.list_people(), store.list_organisations())  # fmt: skip
    assert plan.ok, report_lines(plan)
    event = apply_import(store, event_id, plan)
    people = {p.person.email: p.person for p in event.participants}
    return plan, people


def affiliation(person):
    return [(a.organisation.name, a.position) for a in person.affiliations]


# -- the files -----------------------------------------------------------------------------


def test_the_data_files_are_the_tables():
    for path, (text, encoding) in lists.FILES.items():
        assert path.read_bytes() == text.encode(encoding), path.name
    assert len(lists.RUSSIAN) >= 10 and len(lists.JAPANESE) >= 10
    assert len(lists.JAPANESE_FULL_NAMES) >= 10
    assert b";" in lists.RUSSIAN_FILE.read_bytes()


@pytest.mark.parametrize(
    ("path", "encoding", "label"),
    [
        (lists.RUSSIAN_FILE, "cp1251", "Windows-1251 (Cyrillic)"),
        (lists.JAPANESE_FILE, "cp932", "Shift_JIS (Windows-932, Japanese)"),
        (lists.JAPANESE_FULL_NAMES_FILE, "cp932", "Shift_JIS (Windows-932, Japanese)"),
    ],
    ids=["ru-cp1251", "ja-cp932", "ja-full-names-cp932"],
)
def test_the_files_are_read_in_their_encoding(path, encoding, label):
    table = read_table(path)
    assert table.encoding == encoding and encoding_label(table.encoding) == label
    text, _ = lists.FILES[path]
    header, *rows = [line.split(";" if path == lists.RUSSIAN_FILE else ",")
                     for line in text.splitlines()]  # fmt: skip
    assert table.headers == header
    assert len(table.rows) == len(rows)
    assert table.notes == []  # the encoding is no guess of the last resort: nothing to check


# The same content in the other encodings the offices' machines write.
VARIANTS = [
    ("ru", "koi8-r", "koi8-r"),
    ("ru", "utf-8", "utf-8"),
    ("ru", "utf-8-sig", "utf-8-sig"),
    ("ru", "utf-16", "utf-16"),  # Excel's "Unicode text": a BOM
    ("ru", "utf-16-le", "utf-16-le"),  # no BOM
    ("ja", "euc-jp", "euc-jp"),
    ("ja", "shift_jis", "cp932"),
    ("ja", "utf-16", "utf-16"),
    ("ja", "utf-16-be", "utf-16-be"),
    ("ja-full", "euc-jp", "euc-jp"),
]
TEXTS = {
    "ru": (lists.RUSSIAN_TEXT, lists.RUSSIAN_FILE),
    "ja": (lists.JAPANESE_TEXT, lists.JAPANESE_FILE),
    "ja-full": (lists.JAPANESE_FULL_NAMES_TEXT, lists.JAPANESE_FULL_NAMES_FILE),
}


@pytest.mark.parametrize(("which", "written", "recognised"), VARIANTS,
                         ids=[f"{w}-{e}" for w, e, _r in VARIANTS])  # fmt: skip
def test_other_encodings_of_the_same_list_read_the_same(tmp_path, which, written, recognised):
    text, original = TEXTS[which]
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(written))
    table, expected = read_table(path), read_table(original)
    assert table.encoding == recognised
    assert (table.headers, table.rows) == (expected.headers, expected.rows)


def test_a_short_list_does_not_pick_an_exotic_code_page(tmp_path):
    """A header and one name: little for statistics to go on; the sanity rule keeps it right."""
    for text, encoding in (("Имя\nЮрий\n", "koi8-r"), ("Имя\nЮрий\n", "cp1251"),
                           ("氏名\n上月豊久\n", "cp932"), ("Name\nZoë\n", "cp1252"),
                           ("Фамилия;Имя\nКортунов;Андрей\n", "koi8-r")):  # fmt: skip
        path = tmp_path / "short.csv"
        path.write_bytes(text.encode(encoding))
        table = read_table(path)
        assert table.encoding == encoding, text
        assert table.headers == text.splitlines()[0].split(";")


def test_ascii_at_first_then_cp1251_further_down(tmp_path):
    """The guess is made from the start of the file; a list whose first 64 KB are plain
    ASCII and whose Cyrillic comes later is read in the encoding of where it fails."""
    lines = ["Name,Email"] + [f"Person {i},p{i}@example.org" for i in range(4000)]
    lines.append("Юрий Иванов,yuri@example.ru")
    path = tmp_path / "late.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    assert path.stat().st_size > 64 * 1024
    table = read_table(path)
    assert table.encoding == "cp1251" and table.rows[-1] == ["Юрий Иванов", "yuri@example.ru"]


def test_detect_legacy_ranks_the_candidates():
    assert detect_legacy(b"plain ascii") == []
    assert detect_legacy("Фамилия;Имя".encode("cp1251"))[0] == "cp1251"
    assert detect_legacy("姓,名,所属".encode("euc-jp"))[0] == "euc-jp"


def test_an_encoding_chosen_by_the_user_wins(tmp_path):
    table = read_table(lists.RUSSIAN_FILE, encoding="koi8-r")  # wrong, but the user's word
    assert table.encoding == "koi8-r" and table.headers[0] != "Фамилия"
    assert read_table(lists.RUSSIAN_FILE, encoding="Windows-1251").headers[0] == "Фамилия"
    with pytest.raises(UserError, match="line 1 cannot be read as UTF-8; choose another"):
        read_table(lists.RUSSIAN_FILE, encoding="utf-8")
    with pytest.raises(UserError, match="unknown encoding ‘klingon’"):
        read_table(lists.RUSSIAN_FILE, encoding="klingon")
    with pytest.raises(UserError, match="unknown encoding ‘rot13’"):
        read_table(lists.RUSSIAN_FILE, encoding="rot13")  # a codec, but not a text encoding


def test_encoding_names():
    assert check_encoding("Shift_JIS") == "cp932" and check_encoding("sjis") == "cp932"
    assert check_encoding("UTF8") == "utf-8" and check_encoding("KOI8_R") == "koi8-r"
    assert check_encoding("windows-1251") == "cp1251" and check_encoding("latin1") == "latin-1"
    assert encoding_label("cp932") == "Shift_JIS (Windows-932, Japanese)"
    assert encoding_label("mac-roman") == "mac-roman"


# -- importing every field -----------------------------------------------------------------


def test_the_russian_list_imports_exactly(empty_store):
    plan, people = import_path(empty_store, lists.RUSSIAN_FILE)
    assert "encoding: Windows-1251 (Cyrillic)" in report_lines(plan)
    assert not plan.ignored_columns and len(people) == len(lists.RUSSIAN)
    for family, given, patronymic, org, position, email, phone, country in lists.RUSSIAN:
        person = people[email]
        assert (person.family_name, person.given_name, person.patronymic) == (
            family, given, patronymic,
        )  # fmt: skip
        assert (person.phone, person.country, person.native_name) == (phone, country, "")
        assert person.name_order is NameOrder.GIVEN_FIRST
        assert affiliation(person) == [(org, position)]
        assert person.notes == ""
    orgs = {o.name for o in empty_store.list_organisations()}
    assert {"ИМЭМО РАН", 'Клуб "Валдай"', 'НИУ "Высшая школа экономики"'} <= orgs
    assert len(orgs) == len({row[3] for row in lists.RUSSIAN})  # ИМЭМО РАН once


def test_the_japanese_list_imports_exactly(empty_store):
    plan, people = import_path(empty_store, lists.JAPANESE_FILE)
    assert "encoding: Shift_JIS (Windows-932, Japanese)" in report_lines(plan)
    assert not plan.ignored_columns and len(people) == len(lists.JAPANESE)
    for family, given, org, position, email, phone, country in lists.JAPANESE:
        person = people[email]
        assert (person.family_name, person.given_name) == (family, given)
        assert person.native_name == family + given  # the name in its script, family first
        assert person.name_order is NameOrder.FAMILY_FIRST
        assert (person.phone, person.country, person.patronymic) == (phone, country, "")
        assert affiliation(person) == [(org, position)]


def test_the_japanese_full_name_list_imports_exactly(empty_store):
    plan, people = import_path(empty_store, lists.JAPANESE_FULL_NAMES_FILE)
    assert plan.mapping == {0: "full_name", 1: "name_reading", 2: "affiliation", 3: "position",
                            4: "email", 5: "phone", 6: "country"}  # fmt: skip
    for full, reading, org, position, email, phone, country in lists.JAPANESE_FULL_NAMES:
        person = people[email]
        words = full.split()  # the space may be full-width (U+3000)
        if len(words) == 2:
            assert (person.family_name, person.given_name) == tuple(words)
        else:  # no space: kept whole, as the family name, and the user is told
            assert (person.family_name, person.given_name) == (full, "")
        assert person.native_name == "".join(words)
        assert person.name_order is NameOrder.FAMILY_FIRST
        assert person.notes == f"フリガナ: {reading}"  # the reading, under the list's header
        assert (person.phone, person.country) == (phone, country)
        assert affiliation(person) == [(org, position)]
    assert any("‘石川遼太郎’ has no space" in line for line in report_lines(plan))


@pytest.mark.parametrize("written", ["koi8-r", "utf-16"])
def test_the_russian_list_in_another_encoding_imports_the_same(empty_store, tmp_path, written):
    path = tmp_path / "list.csv"
    path.write_bytes(lists.RUSSIAN_TEXT.encode(written))
    plan, people = import_path(empty_store, path)
    assert plan.encoding == written
    assert people["t.pavlova@example.ru"].patronymic == "Юрьевна"


def test_the_japanese_list_in_euc_jp_imports_the_same(empty_store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(lists.JAPANESE_TEXT.encode("euc-jp"))
    plan, people = import_path(empty_store, path)
    assert "encoding: EUC-JP (Japanese)" in report_lines(plan)
    assert people["a.hasegawa@example.jp"].native_name == "長谷川愛子"


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path, demo_database):
    return shutil.copyfile(demo_database, tmp_path / "events.sqlite3")


def test_cli_reports_the_encoding_and_takes_an_override(demo_db):
    result = run_db(demo_db, "import", "participants", "1", lists.RUSSIAN_FILE, "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "encoding: Windows-1251 (Cyrillic)" in result.stdout
    assert "Фамилия → Family name, Имя → Given name, Отчество → Patronymic" in result.stdout
    forced = run_db(demo_db, "import", "participants", "1", lists.JAPANESE_FILE, "--dry-run",
                    "--encoding", "euc-jp")  # fmt: skip
    assert forced.returncode != 0 and "cannot be read as EUC-JP (Japanese)" in forced.stderr


def test_cli_refuses_an_unknown_encoding_in_one_line(demo_db):
    result = run_db(demo_db, "import", "participants", "1", lists.RUSSIAN_FILE,
                    "--encoding", "cp9999")  # fmt: skip
    assert_clean_error(result, "unknown encoding ‘cp9999’")
