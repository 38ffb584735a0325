"""`roundtable export namecards`, run as a user runs it, on both seed events."""

import shutil
import subprocess

import pytest
from cli_helpers import assert_clean_error, run_db
from pypdf import PdfReader

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
ROUND_1 = "us-japan-russia-trilateral-round-1-2016"
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_database):
    return shutil.copyfile(demo_database, tmp_path_factory.mktemp("cards") / "events.sqlite3")


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return " ".join(out.stdout.split())


@pytest.mark.parametrize("layout", ["a4", "letter", "avery5305", "a4-two"])
def test_both_seed_events_in_every_layout(demo_db, tmp_path, layout):
    for event, people, names in (
        (DC, 7, ["Guadalupe Correa Cabrera", "Yong-Chool Ha", "하용출", "Matthew Rojansky"]),
        (ROUND_2, 2, ["Ambassador Toyohisa Kozuki", "上月豊久", "Андрей Кортунов"]),
    ):
        out = tmp_path / f"{event}-{layout}.pdf"
        result = run_db(demo_db, "export", "namecards", event, "-o", str(out), "--layout", layout)
        assert result.returncode == 0, result.stderr
        assert f"{people} name card" in result.stdout
        per_sheet = 2 if layout in ("avery5305", "a4-two") else 1
        assert len(PdfReader(str(out)).pages) == -(-people // per_sheet)
        text = pdf_text(out)
        for name in names:
            assert text.count(name) >= 2, (event, layout, name)


def test_filters_order_and_content_options(demo_db, tmp_path):
    out = tmp_path / "picked.pdf"
    result = run_db(
        demo_db, "export", "namecards", ROUND_2, "-o", str(out),
        "--person", "Andrey Kortunov", "--person", "ambassador toyohisa kozuki",
        "--family-caps", "--no-honorific", "--delegation-line", "--position",
        "--no-event-title", "--no-native-name",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert "Andrey KORTUNOV" in first and "Russian delegation" in first
    assert "Director General, Russian International Affairs Council" in first
    assert "Андрей" not in first and "Second Round" not in first
    assert "Toyohisa KOZUKI" in reader.pages[1].extract_text()

    moderators = run_db(demo_db, "export", "namecards", DC, "-o", str(out), "--role", "moderator")
    assert moderators.returncode == 0 and "1 name card on 1 page" in moderators.stdout
    assert "Edward Boyle" in pdf_text(out)


def test_cards_in_seat_order(demo_db, tmp_path):
    """The DC plan seats the moderator at the head (seat 1), the host at his right (seat 2)
    and the panel round the table; the cards follow the seats."""
    out = tmp_path / "by-seat.pdf"
    result = run_db(demo_db, "export", "namecards", DC, "-o", str(out), "--order", "seat",
                 "--no-event-title", "--no-affiliation")  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    order = ["Edward Boyle", "Guadalupe Correa Cabrera", "Matthew Rojansky", "Akihiro Iwashita",
             "Serghei Golunov", "Paul J. Saunders", "Yong-Chool Ha"]  # fmt: skip
    assert len(pages) == len(order)
    for page, name in zip(pages, order, strict=True):
        assert name in " ".join(page.split()), (name, page)
    named = run_db(demo_db, "export", "namecards", ROUND_2, "-o", str(out), "--plan",
                "round table, moscow")  # fmt: skip
    assert named.returncode == 0, named.stderr
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "Kozuki" in first  # seat 1, the head


@pytest.mark.parametrize(
    "event, args, message",
    [
        (ROUND_1, ["--order", "seat"], "this event has no seating plan yet"),
        (DC, ["--plan", "Garden"],
         "no seating plan 'Garden' in this event (plans: 'Round table, Seminar Room')"),
        (DC, ["--order", "name", "--plan", "Round table, Seminar Room"],
         "--plan goes with --order seat"),
    ],
)  # fmt: skip
def test_seat_order_refusals(demo_db, tmp_path, event, args, message):
    out = tmp_path / "cards.pdf"
    result = run_db(demo_db, "export", "namecards", event, "-o", str(out), *args)
    assert_clean_error(result, message)
    assert result.returncode == 1 and not out.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--role", "speaker"], "--role: 'speaker' is not one of"),
        (["--attendance", "maybe"], "--attendance: 'maybe' is not one of"),
        (["--delegation", "Martian delegation"], "no delegation 'Martian delegation'"),
        (["--person", "Nobody Atall"], "no participant 'Nobody Atall'"),
        (["--cut-marks"], "one card per sheet"),
        (["--role", "staff"], "no participant matches"),
        (["--layout", "a5"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(demo_db, tmp_path, args, message):
    out = tmp_path / "cards.pdf"
    result = run_db(demo_db, "export", "namecards", DC, "-o", str(out), *args)
    assert_clean_error(result, message)
    assert not out.exists()


def test_cards_start_on_the_venues_paper(demo_db, tmp_path):
    """Without --layout, cards for Washington come on Letter and for Moscow on A4, as every
    other export's --paper does; --layout still wins."""
    sizes = {}
    for event, layout in ((DC, None), (ROUND_2, None), (DC, "a4")):
        out = tmp_path / f"{event}-{layout}.pdf"
        chosen = ["--layout", layout] if layout else []
        result = run_db(demo_db, "export", "namecards", event, "-o", str(out), *chosen)
        assert result.returncode == 0, result.stderr
        box = PdfReader(str(out)).pages[0].mediabox
        sizes[(event, layout)] = sorted((round(float(box.width)), round(float(box.height))))
    assert sizes[(DC, None)] == [612, 792], "US Letter for Washington"
    assert sizes[(ROUND_2, None)] == [595, 842], "A4 for Moscow"
    assert sizes[(DC, "a4")] == [595, 842]


def test_name_size_and_cut_marks(demo_db, tmp_path):
    """--name-size each turns the set's one name size off; --cut-marks prints on Avery."""
    from roundtable.pdf.kind_namecards import NAMECARDS

    for flag in ("uniform", "each"):
        out = tmp_path / f"{flag}.pdf"
        result = run_db(demo_db, "export", "namecards", DC, "-o", str(out),
                        "--layout", "avery5305", "--cut-marks", "--name-size", flag)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert len(PdfReader(str(out)).pages) == 4
    bad = run_db(demo_db, "export", "namecards", DC, "-o", str(tmp_path / "x.pdf"),
                 "--name-size", "huge")  # fmt: skip
    assert bad.returncode == 2 and "--name-size" in bad.stderr
    assert any("--name-size" in arg.flags for arg in NAMECARDS.arguments)
