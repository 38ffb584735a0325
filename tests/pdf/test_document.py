"""The shared document layer: no Helvetica anywhere, exact paper, plain-text paragraphs, and
headings that never end a page without what follows them."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph, Spacer

from roundtable.errors import UserError
from roundtable.pdf.document import (
    Document,
    RoomFor,
    make_canvas,
    para,
    plain_paragraphs,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.fonts import PRIMARY, draw_string


def test_make_canvas_starts_in_our_font_at_the_exact_size():
    out = io.BytesIO()
    canvas = make_canvas(out, "letter", landscape_orientation=True, title="Cards")
    canvas.saveState()
    canvas.translate(300, 300)
    canvas.rotate(180)
    draw_string(canvas, 0, 0, "하용출 Ha", 24, bold=True, align="centre")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    data = out.getvalue()
    assert b"Helvetica" not in data
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (792, 612)


def test_documents_with_tables_and_paragraphs_reference_no_helvetica():
    out = io.BytesIO()
    doc = Document(out, paper="a4", title="T", footer="Footer 上月")
    cell = para("AT&T <b>Corp 岩下明裕", style("cell", 10), lang="ja")
    doc.build([cell, table([["plain text cell", cell]], [200, 200])])
    data = out.getvalue()
    assert b"Helvetica" not in data
    assert data.startswith(b"%PDF-")


def test_para_builds_escaped_markup_in_the_style_font():
    paragraph = para("<b>x</b> & y", style("s", 10, bold=True))
    assert isinstance(paragraph, Paragraph)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in paragraph.text
    assert paragraph.style.fontName != PRIMARY  # bold style, bold runs
    assert para("上月豊久は外交官。", style("s", 10)).style.wordWrap == "CJK"


def test_plain_paragraphs():
    text = "First line\nsame paragraph.\n\n\n  Second   paragraph. \r\n\r\nThird\n"
    assert plain_paragraphs(text) == [
        "First line same paragraph.",
        "Second paragraph.",
        "Third",
    ]
    assert plain_paragraphs("  \n\n ") == []


def test_write_pdf_reports_unreadable_data_as_a_user_error(tmp_path):
    def bad(_stream):
        raise OSError("cannot identify image file")  # no errno: not a disk problem

    with pytest.raises(UserError, match="cannot make out.pdf: cannot identify image file"):
        write_pdf(tmp_path / "out.pdf", bad)
    assert list(tmp_path.iterdir()) == []


class Marker(Flowable):
    """A block ``height`` points tall that records the page it is drawn on; it cannot split."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height
        self.page = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.height

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


def heading_page(then: Flowable, room: float) -> int:
    """The page a 14 pt heading lands on when ``room`` points are left below it."""
    doc = Document(io.BytesIO(), paper="a4")
    heading = Marker(14)
    doc.build([Spacer(1, doc.height - 14 - room), RoomFor([heading], then=then), heading, then])
    return heading.page


def test_room_for_keeps_a_heading_with_a_table_that_cannot_start_below_it():
    def rows(kept: bool):
        cells = [[para(f"Row {n}", style("cell", 10))] for n in range(4)]
        commands = [("NOSPLIT", (0, 0), (-1, 2))] if kept else []
        return table(cells, [200], commands, splitByRow=1)

    assert heading_page(rows(kept=False), room=40) == 1  # its first row fits: it starts here
    assert heading_page(rows(kept=True), room=40) == 2  # three rows that must stay together
    assert heading_page(rows(kept=True), room=80) == 1


def test_room_for_keeps_a_heading_with_what_cannot_split():
    assert heading_page(Marker(100), room=60) == 2
    assert heading_page(Marker(100), room=120) == 1
    paragraph = para("A long paragraph that splits. " * 60, style("text", 10))
    assert heading_page(paragraph, room=60) == 1  # lines of it fit below: it starts here
