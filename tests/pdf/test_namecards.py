"""Tent name cards: exact sheets, the name on both halves with the upper one upside down, every
font embedded, and every name of a mixed-script list inside its card whatever its length."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.pdf import namecards
from roundtable.pdf.namecards import (
    LAYOUTS,
    NAME_FLOOR,
    export_namecards,
    layout_half,
    margins,
)
from roundtable.pdf.people import person_lang
from roundtable.pdf.text_fit import fit_lines
from roundtable.services.namecards import CardOptions, CardSelection, CardText, card_text
from tests.pdf.pdf_samples import mixed_script_event

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)

LONG_NAME = (
    "Professor Dr. Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen und "
    "Württemberg-Teck de la Montaña y Borbón"
)
assert len(LONG_NAME) >= 115


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def pdf_text(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())


def embedded(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [(row.split()[0], row.split()[-5]) for row in out.stdout.splitlines()[2:]]


def placed_strings(path: Path, page_number: int) -> list[tuple[str, float, float, float]]:
    """(text, x-direction a, device x, device y) for each string drawn on a page: the text
    matrix times the current transformation, as a viewer applies them."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:  # noqa: ANN001 - pypdf's callback
        if not text.strip():
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append((text.strip(), a, x, y))

    PdfReader(str(path)).pages[page_number].extract_text(visitor_text=visit)
    return found


def _event_with_long_names() -> EventRecord:
    event = mixed_script_event()
    extra = [
        PersonRecord(given_name=LONG_NAME, family_name="", id=90),
        PersonRecord(given_name="秀英", family_name="王" * 30, id=91, country="China"),
        PersonRecord(given_name="Nobody", family_name="Affiliated", id=92, affiliations=[]),
    ]
    for offset, person in enumerate(extra):
        event.participants.append(
            ParticipationRecord(person=person, precedence=50 + offset, id=90 + offset)
        )
    return event


@pytest.fixture(scope="module")
def event() -> EventRecord:
    return _event_with_long_names()


@pytest.fixture(scope="module")
def pdfs(event, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("namecards")
    out = {}
    for key, layout in LAYOUTS.items():
        path = folder / f"cards-{key}.pdf"
        options = CardOptions(cut_marks=bool(layout.cut_edges), delegation=True)
        export_namecards(event, str(path), layout=key, options=options)
        out[key] = path
    return out


def _cards(event: EventRecord) -> list[ParticipationRecord]:
    return [p for p in sorted(event.participants, key=lambda p: p.precedence)
            if p.attendance is not Attendance.DECLINED]  # fmt: skip


def test_layouts_have_exact_sheet_and_card_sizes(pdfs):
    inch = 72.0
    expected_pages = {
        "a4": (841.8898, 595.2756),
        "letter": (792.0, 612.0),
        "avery5305": (612.0, 792.0),
        "a4-two": (595.2756, 841.8898),
    }
    for key, size in expected_pages.items():
        for page in PdfReader(str(pdfs[key])).pages:
            assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
                size, abs=0.01
            ), key
    avery = LAYOUTS["avery5305"]
    assert [card[2:] for card in avery.cards] == [(8.5 * inch, 5 * inch)] * 2
    assert avery.cut_edges == pytest.approx((0.5 * inch, 5.5 * inch, 10.5 * inch))
    assert LAYOUTS["a4-two"].cut_edges == pytest.approx((841.8898 / 2,), abs=0.01)
    assert LAYOUTS["a4"].cut_edges == () and LAYOUTS["letter"].cut_edges == ()


def test_one_card_per_participant_per_slot(event, pdfs):
    count = len(_cards(event))
    for key, path in pdfs.items():
        per_sheet = LAYOUTS[key].per_sheet
        assert len(PdfReader(str(path)).pages) == -(-count // per_sheet), key


@needs_poppler
def test_both_halves_carry_the_name(event, pdfs):
    cards = _cards(event)
    for index, participation in enumerate(cards):
        name = unicodedata.normalize("NFC", full_name(participation.person, honorific=True))
        if len(name) > 30:  # wrapped; checked below through the layout
            continue
        text = pdf_text(pdfs["a4"], index + 1)
        assert text.count(name) == 2, (name, text)


def test_upper_half_is_rotated_180_degrees(event, pdfs):
    """Strings in the upper half run right to left on the sheet (x-scale -1): upside down,
    so they read upright once the card is folded."""
    for key in ("a4", "avery5305"):
        layout = LAYOUTS[key]
        strings = placed_strings(pdfs[key], 0)
        assert strings
        for text, a, _x, y in strings:
            card = next(c for c in layout.cards if c[1] <= y <= c[1] + c[3])
            upper = y > card[1] + card[3] / 2
            assert a == pytest.approx(-1 if upper else 1), (key, text, y)
        name = full_name(_cards(event)[0].person, honorific=True)
        directions = sorted(a for text, a, _x, _y in strings if text == name)
        assert directions == pytest.approx([-1, 1])  # the first card's name, on both halves


@needs_poppler
def test_every_font_is_embedded(pdfs):
    for path in pdfs.values():
        fonts = embedded(path)
        assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
        assert not any("Helvetica" in name for name, _emb in fonts)


def _check_inside(lines, width, height) -> None:
    margin_x, margin_y = margins(width, height)
    for line in lines:
        left, bottom, right, top = line.box
        assert left >= margin_x - 0.5 and right <= width - margin_x + 0.5, line
        assert bottom >= margin_y - 0.5 and top <= height - margin_y + 0.5, line


@pytest.mark.parametrize("layout_key", sorted(LAYOUTS))
def test_every_name_of_a_mixed_script_list_fits_its_card(event, layout_key):
    layout = LAYOUTS[layout_key]
    width, height = layout.cards[0][2], layout.cards[0][3] / 2
    options = CardOptions(position=True, delegation=True)
    for participation in event.participants:
        card = card_text(event, participation, options, person_lang(participation.person))
        lines = layout_half(card, width, height)
        _check_inside(lines, width, height)
        printed = "".join(line.text for line in lines).replace(" ", "")
        assert nfc(card.name).replace(" ", "") in printed
        if card.native_name:
            assert nfc(card.native_name).replace(" ", "") in printed


def test_a_long_name_wraps_rather_than_shrinking_below_the_floor(event):
    layout = LAYOUTS["a4"]
    width, height = layout.cards[0][2], layout.cards[0][3] / 2
    long_card = CardText(name=LONG_NAME, affiliation="", foot="Trilateral")
    lines = layout_half(long_card, width, height)
    bold = [line for line in lines if line.bold]
    assert 2 <= len(bold) <= namecards.NAME_MAX_LINES
    assert all(line.size >= namecards.NAME_MIN for line in bold)
    assert " ".join(line.text for line in bold).replace("- ", "-") == LONG_NAME
    assert not any(line.text == "" for line in lines)  # the empty affiliation adds no line
    short = layout_half(CardText(name="Andrey Kortunov"), width, height)
    assert len([line for line in short if line.bold]) == 1
    assert short[0].size == pytest.approx(72)


def test_fit_lines():
    assert fit_lines("Ha", 500, 40, 20) == (["Ha"], 40)
    lines, size = fit_lines("Andrey Kortunov", 500, 72, 72 * NAME_FLOOR, bold=True)
    assert lines == ["Andrey Kortunov"] and 72 * NAME_FLOOR <= size < 72
    lines, size = fit_lines("Guadalupe Correa Cabrera", 200, 72, 40, bold=True)
    assert lines == ["Guadalupe Correa", "Cabrera"] or lines == ["Guadalupe", "Correa Cabrera"]
    from roundtable.pdf.fonts import string_width

    assert all(string_width(line, size, True) <= 200 for line in lines)
    # Han text has no spaces: it breaks between characters.
    lines, size = fit_lines("王" * 40, 300, 40, 30, lang="zh")
    assert len(lines) == 2 and "".join(lines) == "王" * 40
    # One unbreakable word: one line, as small as it must be.
    lines, size = fit_lines("X" * 200, 300, 40, 30)
    assert lines == ["X" * 200] and string_width(lines[0], size) <= 300


def test_options_change_what_a_card_says(event):
    kozuki = next(p for p in event.participants if p.person.family_name == "Kozuki")
    card = card_text(event, kozuki, CardOptions())
    assert card.name == "Ambassador Toyohisa Kozuki"
    assert card.native_name == "上月豊久"
    assert card.affiliation == "Embassy of Japan in Russia"
    assert card.foot == "Neighbours Across Scripts" and card.delegation == ""
    card = card_text(
        event, kozuki,
        CardOptions(honorific=False, family_caps=True, native_name=False, position=True,
                    delegation=True, event_title=False),
    )  # fmt: skip
    assert card.name == "Toyohisa KOZUKI"
    assert card.native_name == "" and card.foot == ""
    assert card.affiliation == "Japanese Ambassador to Russia, Embassy of Japan in Russia"
    assert card.delegation == "Japanese delegation"
    li = next(p for p in event.participants if p.person.family_name == "Li")
    assert card_text(event, li, CardOptions(family_caps=True)).name == "LI Wei"
    assert card_text(event, li, CardOptions(delegation=True)).delegation == "China"


def test_selection_filters_and_orders(event, tmp_path):
    from roundtable.services.namecards import select

    everyone = select(event, CardSelection())
    assert Attendance.DECLINED not in {p.attendance for p in everyone}
    assert [p.precedence for p in everyone] == sorted(p.precedence for p in everyone)
    hosts = select(event, CardSelection(roles=frozenset({ParticipantRole.HOST})))
    assert [p.person.family_name for p in hosts] == ["Kortunov"]
    russians = select(event, CardSelection(delegations=frozenset({"Russian delegation"})))
    assert {p.person.family_name for p in russians} == {
        "Kortunov", "Aleksandrova-Rimskaya-Korsakova"
    }  # fmt: skip
    by_name = select(event, CardSelection(order="name"))
    assert by_name[0].person.family_name.casefold() <= by_name[-1].person.family_name.casefold()
    picked = select(event, CardSelection(participation_ids=(5, 2), order="given"))
    assert [p.id for p in picked] == [5, 2]
    with pytest.raises(UserError, match="no longer in this event"):
        select(event, CardSelection(participation_ids=(999,)))
    with pytest.raises(UserError, match="no participant matches"):
        export_namecards(
            event, str(tmp_path / "none.pdf"),
            selection=CardSelection(roles=frozenset({ParticipantRole.STAFF})),
        )  # fmt: skip
    assert not (tmp_path / "none.pdf").exists()


def test_bad_options_and_cancel_leave_no_file(event, tmp_path):
    target = tmp_path / "cards.pdf"
    with pytest.raises(UserError, match="one card per sheet"):
        export_namecards(event, str(target), layout="a4", options=CardOptions(cut_marks=True))
    with pytest.raises(UserError, match="unknown layout"):
        export_namecards(event, str(target), layout="a5")
    seen = []

    def cancel_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return done == 0

    assert export_namecards(event, str(target), progress=cancel_after_first) is False
    assert not target.exists()
    assert seen[0] == (0, len(_cards(event)))


@needs_poppler
def test_markup_prints_literally(tmp_path):
    person = PersonRecord(given_name="AT&T", family_name="<b>Corp</b>", id=1)
    event = EventRecord(
        title="T", start_date=date(2024, 1, 1), end_date=date(2024, 1, 1),
        participants=[ParticipationRecord(person=person, id=1)],
    )  # fmt: skip
    path = tmp_path / "markup.pdf"
    export_namecards(event, str(path))
    assert pdf_text(path, 1).count("AT&T <b>Corp</b>") == 2


def test_cli_layout_choices_match_the_layouts():
    from roundtable.pdf.kind_namecards import CARD_LAYOUTS
    from roundtable.services.namecards import LAYOUT_LABELS, TWO_PER_SHEET

    assert set(CARD_LAYOUTS) == set(LAYOUTS) == set(LAYOUT_LABELS)
    assert {key for key, layout in LAYOUTS.items() if layout.per_sheet == 2} == TWO_PER_SHEET


def test_rotation_is_wrapped_in_save_and_restore(event):
    """After drawing a card the canvas is back to its upright state."""
    import io

    from roundtable.pdf.document import make_canvas

    canvas = make_canvas(io.BytesIO())
    before = canvas._currentMatrix
    card = card_text(event, event.participants[0], CardOptions())
    namecards.draw_card(canvas, card, LAYOUTS["a4"].cards[0], CardOptions())
    assert canvas._currentMatrix == before


def test_seat_order_goes_round_from_the_head_and_the_unseated_follow(event, tmp_path):
    """Cards in the order people sit, from the head seat on round the plan's numbering; a
    seated person the filters leave out gets no card; whoever has no seat comes after, by
    precedence; another plan by name; refused without a plan."""
    from dataclasses import replace

    from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
    from roundtable.services.namecards import select

    main = SeatingPlanRecord("Main table", seat_count=8, head_seat=6, seats=[
        SeatRecord(7, 1), SeatRecord(2, 5), SeatRecord(6, 3), SeatRecord(8, 2),
        SeatRecord(1, None, label="Press"), SeatRecord(4, 10),  # 10 declined: no card
    ])  # fmt: skip
    second = SeatingPlanRecord("Day two", seat_count=3, seats=[SeatRecord(3, 4), SeatRecord(1, 9)])
    seated = replace(event, seating_plans=[main, second])
    cards = [p.id for p in select(seated, CardSelection(order="seat"))]
    others = [p.id for p in _cards(event) if p.id not in (3, 1, 2, 5)]
    assert cards == [3, 1, 2, 5, *others]  # seats 6, 7, 8, then round to 2; then precedence
    assert others == sorted(others, key=lambda i: next(
        p.precedence for p in event.participants if p.id == i))  # fmt: skip
    day_two = select(seated, CardSelection(order="seat", plan_name="DAY TWO"))
    assert [p.id for p in day_two][:2] == [9, 4]  # head seat 1, then seat 3
    picked = select(seated, CardSelection(participation_ids=(2, 5, 7), order="seat"))
    assert [p.id for p in picked] == [2, 5, 7]  # 7 has no seat: last
    with pytest.raises(UserError, match=r"no seating plan 'Garden' in this event \(plans: "
                                        r"'Main table', 'Day two'\)"):  # fmt: skip
        select(seated, CardSelection(order="seat", plan_name="Garden"))
    with pytest.raises(UserError, match="no seating plan yet"):
        select(replace(event, seating_plans=[]), CardSelection(order="seat"))
    assert select(seated, CardSelection(order="precedence", plan_name="Garden"))  # ignored

    path = tmp_path / "by-seat.pdf"
    export_namecards(seated, str(path), selection=CardSelection(order="seat"))
    first = PdfReader(str(path)).pages[0].extract_text()
    assert "Iwashita" in first  # seat 6, the head seat, comes first
    with pytest.raises(UserError, match="no seating plan yet"):
        export_namecards(event, str(tmp_path / "none.pdf"), selection=CardSelection(order="seat"))
    assert not (tmp_path / "none.pdf").exists()


def test_seat_order_numbers_round_the_table():
    from roundtable.domain.seating import SeatingPlanRecord
    from roundtable.services.namecards import seat_order

    assert seat_order(SeatingPlanRecord("P", seat_count=5, head_seat=1)) == [1, 2, 3, 4, 5]
    assert seat_order(SeatingPlanRecord("P", seat_count=5, head_seat=4)) == [4, 5, 1, 2, 3]
