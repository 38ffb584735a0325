"""Files the app reads: only regular files are opened (a named pipe once hung the import for
ever), and a list longer than the documented limit is refused as soon as the limit is passed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.errors import UserError
from roundtable.services import table_rows
from roundtable.services.bundle import read_bundle_file
from roundtable.services.input_files import open_input
from roundtable.services.table_read import list_sheets, read_table

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev")


@pytest.fixture
def fifo(tmp_path):
    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        return path

    return make


@posix_only
@pytest.mark.parametrize("name", ["list.csv", "list.xlsx", "list"])
def test_a_named_pipe_is_refused_not_waited_on(fifo, name):
    path = fifo(name)
    with pytest.raises(UserError, match=f"{name} is a named pipe, not a CSV or XLSX file"):
        read_table(path)


@posix_only
def test_a_named_pipe_is_refused_for_sheets_and_bundles(fifo):
    with pytest.raises(UserError, match="is a named pipe"):
        list_sheets(fifo("list.xlsx"))
    with pytest.raises(UserError, match="round2.json is a named pipe, not a bundle"):
        read_bundle_file(fifo("round2.json"))


@posix_only
def test_a_device_is_refused():
    with pytest.raises(UserError, match="is a device"):
        read_table(os.devnull)
    with pytest.raises(UserError, match="is a device, not a bundle"):
        read_bundle_file(os.devnull)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        read_bundle_file(tmp_path)
    with pytest.raises(UserError, match="is a folder"):
        read_table(tmp_path)


def test_a_regular_file_is_read(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"abc")
    with open_input(path, "a file") as stream:
        assert stream.read() == b"abc"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    return subprocess.run([sys.executable, "-m", "roundtable", *args], capture_output=True,
                          text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip


@posix_only
@pytest.mark.parametrize(
    "command",
    [("import", "participants", "1", "list.csv"), ("import", "bundle", "list.csv")],
    ids=["participants", "bundle"],
)
def test_the_cli_refuses_a_named_pipe_in_one_line(fifo, tmp_path, command):
    path = fifo("list.csv")
    result = run("--db", str(tmp_path / "db.sqlite3"), *command[:-1], str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"roundtable: error: {path} is a named pipe, not "
        + ("a CSV or XLSX file" if command[1] == "participants" else "a bundle")
    ]


# -- the row limit -----------------------------------------------------------------------------


def csv_of(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "list.csv"
    lines = ["Full name,Email"] + [f"Person {i},p{i}@example.org" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def xlsx_of(tmp_path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("People")
    sheet.append(["Full name", "Email"])
    for i in range(rows):
        sheet.append([f"Person {i}", f"p{i}@example.org"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    return path


def test_the_documented_limit_is_a_hundred_thousand_rows():
    assert table_rows.MAX_ROWS == 100_000
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "at most 100,000 rows" in readme


@pytest.mark.parametrize("make", [csv_of, xlsx_of], ids=["csv", "xlsx"])
def test_a_list_past_the_limit_is_refused_and_one_at_it_is_read(tmp_path, monkeypatch, make):
    monkeypatch.setattr(table_rows, "MAX_ROWS", 50)
    assert len(read_table(make(tmp_path, 50)).rows) == 50
    with pytest.raises(UserError, match="has more than 50 rows; Roundtable imports at most 50"):
        read_table(make(tmp_path, 2_000))


def test_blank_lines_do_not_count_towards_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(table_rows, "MAX_ROWS", 3)
    path = tmp_path / "list.csv"
    path.write_text("Name\n\n\n\n\nA\n\n;;\n\nB\nC\n", encoding="utf-8")
    assert [row[0] for row in read_table(path).rows] == ["A", "B", "C"]


def test_opening_a_sheet_leaves_openpyxl_as_it_was(tmp_path):
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    before = ReadOnlyWorksheet._get_size
    read_table(xlsx_of(tmp_path, 3))  # without the scan of a sheet's size, then put back
    assert ReadOnlyWorksheet._get_size is before


def test_a_workbook_with_far_too_much_text_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import zipfile

    from roundtable.services import table_read

    path = xlsx_of(tmp_path, 3)
    strings = "".join(f"<si><t>Person {i}</t></si>" for i in range(100))
    with zipfile.ZipFile(path, "a") as archive:  # shared text, as Excel writes it
        archive.writestr("xl/sharedStrings.xml", f"<sst>{strings}</sst>")
    monkeypatch.setattr(table_read, "MAX_SHARED_TEXT_BYTES", 1000)
    with pytest.raises(UserError, match="MB of text, far more than a list of 100,000 rows"):
        read_table(path)
