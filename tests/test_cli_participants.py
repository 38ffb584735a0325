"""The participant and bios commands, run as a user runs them."""

import csv
import shutil
import subprocess

import pytest
from cli_helpers import assert_clean_error, run_db

MIXED = [
    ("Name", "Affiliation", "Role", "Delegation", "Email"),
    ("Андрей Кортунов", "Russian International Affairs Council", "Opening speaker",
     "Russian delegation", "kortunov@example.org"),
    ("Γιώργος Παπαδόπουλος", "University of Athens", "Panelist", "", "gp@example.org"),
    ("Zoë Ångström", "Université de Genève", "Moderator", "", "zoe@example.org"),
]  # fmt: skip


@pytest.fixture
def demo_db(tmp_path, demo_database):
    """A copy of the example events for each test: the imports change it."""
    return shutil.copyfile(demo_database, tmp_path / "events.sqlite3")


def write_csv(path, rows, encoding="utf-8-sig", delimiter=","):
    with open(path, "w", newline="", encoding=encoding) as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def participant_count(db, event):
    import json

    return len(json.loads(run_db(db, "show", event, "--json").stdout)["participants"])


def test_import_dry_run_then_real(demo_db, tmp_path):
    file = write_csv(tmp_path / "list.csv", MIXED)
    before = participant_count(demo_db, "1")
    dry = run_db(demo_db, "import", "participants", "1", str(file), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "nothing was changed" in dry.stdout.lower()
    assert participant_count(demo_db, "1") == before
    real = run_db(demo_db, "import", "participants", "1", str(file))
    assert real.returncode == 0, real.stderr
    assert participant_count(demo_db, "1") == before + 3
    shown = run_db(demo_db, "show", "1").stdout
    for name in ("Андрей Кортунов", "Γιώργος Παπαδόπουλος", "Zoë Ångström"):
        assert name in shown


def test_import_with_a_bad_row_changes_nothing(demo_db, tmp_path):
    rows = [*MIXED, ("", "Nobody's University", "Participant", "", "")]
    file = write_csv(tmp_path / "bad.csv", rows)
    before = participant_count(demo_db, "1")
    result = run_db(demo_db, "import", "participants", "1", str(file))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nothing was imported" in result.stderr
    assert participant_count(demo_db, "1") == before


def test_import_with_a_column_map(demo_db, tmp_path):
    rows = [("Wer", "Wo"), ("Zoë Ångström", "Université de Genève")]
    file = write_csv(tmp_path / "german.csv", rows, delimiter=";")
    result = run_db(demo_db, "import", "participants", "1", str(file),
                 "--map", "Wer=full_name", "--map", "2=affiliation")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Zoë Ångström" in run_db(demo_db, "show", "1").stdout
    assert_clean_error(
        run_db(demo_db, "import", "participants", "1", str(file), "--map", "Wer=shoe_size"),
        "shoe_size",
    )


def test_export_participants_csv_and_xlsx(demo_db, tmp_path):
    out = tmp_path / "r2.csv"
    assert run_db(demo_db, "export", "participants", "3", "-o", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Андрей Кортунов" in text or "Андрей" in text
    assert "上月豊久" in text
    xlsx = tmp_path / "r2.xlsx"
    assert run_db(demo_db, "export", "participants", "3", "-o", str(xlsx)).returncode == 0
    assert xlsx.read_bytes()[:2] == b"PK"
    assert_clean_error(
        run_db(demo_db, "export", "participants", "3", "-o", str(tmp_path / "r2.doc")), ".doc"
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_export_bios(demo_db, tmp_path):
    out = tmp_path / "bios.pdf"
    result = run_db(demo_db, "export", "bios", "1", "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for name in ("Guadalupe Correa Cabrera", "Yong-Chool Ha", "하용출", "岩下明裕",
                 "Сергей Голунов", "Edward Boyle"):  # fmt: skip
        assert name in text, name
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts


def test_map_overrides_a_guessed_column_for_the_same_field(demo_db, tmp_path):
    rows = [
        ("Name", "Email", "Work email"),
        ("Zoë Ångström", "home@example.org", "zoe@example.org"),
    ]
    file = write_csv(tmp_path / "two-emails.csv", rows)
    result = run_db(demo_db, "import", "participants", "1", str(file), "--map", "Work email=email")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "zoe@example.org" in run_db(demo_db, "show", "1", "--json").stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_export_agenda(demo_db, tmp_path):
    out = tmp_path / "agenda.pdf"
    result = run_db(demo_db, "export", "agenda", "3", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for expected in ("09:00–09:30", "Opening remarks", "Toyohisa Kozuki", "上月豊久",
                     "Андрей Кортунов", "Putin’s visit to Tokyo"):  # fmt: skip
        assert expected in text, expected
