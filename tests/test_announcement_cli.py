"""``roundtable import announcement``: the draft as JSON, a dry run, a saved event, and files
of every supported kind read to their text."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import assert_clean_error, run_db

from roundtable.services.announcement import read_announcement_file

DATA = Path(__file__).parent / "data" / "announcements"
PANEL = DATA / "panel-four-speakers.txt"


def test_json_gives_values_and_spans(tmp_path):
    result = run_db(tmp_path / "t.db", "import", "announcement", PANEL, "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    text = PANEL.read_text(encoding="utf-8")
    street = draft["fields"]["venue_street"]
    assert text[slice(*street["span"])] == street["value"] == "1150 17th Street"
    assert draft["fields"]["subtitle"] == {
        "value": "",
        "span": None,
        "note": "nothing found: the page does not state a subtitle",
    }
    moderator = next(p for p in draft["people"] if p["role"] == "moderator")
    assert moderator["name"] == "James Whitfield"
    assert not (tmp_path / "t.db").exists()  # a dry run creates nothing


def test_saving_links_exact_names_and_creates_the_rest(tmp_path):
    db = tmp_path / "t.db"
    first = run_db(db, "import", "announcement", PANEL)
    assert first.returncode == 0, first.stderr
    assert "James Whitfield: new person" in first.stdout
    assert "Created event 1 " in first.stdout
    second = run_db(db, "import", "announcement", DATA / "footer-address.html")
    assert "Grace Liu: new person" in second.stdout
    again = run_db(db, "import", "announcement", PANEL)
    assert "James Whitfield: linked to person" in again.stdout


def test_unreadable_kind_is_one_line(tmp_path):
    other = tmp_path / "page.odt"
    other.write_bytes(b"x")
    assert_clean_error(run_db(tmp_path / "t.db", "import", "announcement", other), "page.odt")


def test_docx_and_pdf_read_to_text(tmp_path):
    import docx
    from reportlab.pdfgen import canvas

    document = docx.Document()
    document.add_paragraph("Moderated by: Jane Doe (Example University)")
    document.save(str(tmp_path / "a.docx"))
    assert "Jane Doe (Example University)" in read_announcement_file(tmp_path / "a.docx")
    pdf = canvas.Canvas(str(tmp_path / "a.pdf"))
    pdf.drawString(72, 720, "26 February 2018 (10:30-12:00)")
    pdf.save()
    assert "26 February 2018" in read_announcement_file(tmp_path / "a.pdf")


def test_eml_prefers_the_plain_part():
    text = read_announcement_file(DATA / "email-invitation.eml")
    assert text.startswith("Invitation: Lakeside Policy Breakfast")
    assert "HTML version" not in text
