"""Name cards that print as meant (issue 18): cut marks a desktop printer prints, one name
size across a set, the name never smaller than its affiliation, the own-script name in one
weight, and the participant's "name on card"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.pdf import namecards
from roundtable.pdf.namecards import LAYOUTS, NAME_MIN, export_namecards, lay_out_set
from roundtable.pdf.people import person_lang
from roundtable.services.namecards import CardOptions, card_text, cards_for
from roundtable.services.namecards import CardSelection as Selection
from tests.pdf.pdf_samples import mixed_script_event

PRINTABLE = 6.5 * mm  # a desktop printer's margin is 4 to 6.35 mm: print from here in
NAME_110 = (
    "Dr Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen und Württemberg-Teck "
    "de la Montaña y Borbón Esq"
)
assert len(NAME_110) == 110


def _mul(m: list[float], n: list[float]) -> list[float]:
    """m × n for PDF matrices [a b c d e f]."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u]  # fmt: skip


def stroked_segments(path: Path, page: int) -> list[tuple[float, float, float, float]]:
    """Every straight segment (m … l) stroked on a page, in sheet coordinates."""
    reader = PdfReader(str(path))
    operations = ContentStream(reader.pages[page].get_contents(), reader).operations
    matrix, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    segments, path_start = [], None

    def at(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return a * x + c * y + e, b * x + d * y + f

    pending: list[tuple[float, float, float, float]] = []
    for operands, operator in operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            matrix = _mul([float(v) for v in operands], matrix)
        elif operator == b"m":
            path_start = at(*map(float, operands))
        elif operator == b"l" and path_start is not None:
            end = at(*map(float, operands))
            pending.append((*path_start, *end))
            path_start = end
        elif operator in (b"S", b"s", b"B", b"b"):
            segments += pending
            pending = []
        elif operator == b"n":
            pending = []
    return segments


def _printed_length(segment, page: tuple[float, float]) -> float:
    """How much of a horizontal or vertical segment lies ≥ 6.5 mm from every sheet edge."""
    x1, y1, x2, y2 = segment
    width, height = page
    if abs(y1 - y2) < 0.01:
        if not PRINTABLE <= y1 <= height - PRINTABLE:
            return 0.0
        low, high = sorted((x1, x2))
        return max(0.0, min(high, width - PRINTABLE) - max(low, PRINTABLE))
    assert abs(x1 - x2) < 0.01, segment  # cards draw only level and upright lines
    if not PRINTABLE <= x1 <= width - PRINTABLE:
        return 0.0
    low, high = sorted((y1, y2))
    return max(0.0, min(high, height - PRINTABLE) - max(low, PRINTABLE))


@pytest.mark.parametrize("key", ["avery5305", "a4-two"])
def test_cut_marks_lie_in_the_printable_area(tmp_path, key):
    layout = LAYOUTS[key]
    out = tmp_path / f"{key}.pdf"
    export_namecards(mixed_script_event(), str(out), layout=key,
                     options=CardOptions(cut_marks=True, fold_line=False))  # fmt: skip
    segments = stroked_segments(out, 0)

    def rounded(marks):
        return sorted(tuple(round(v, 2) for v in mark) for mark in marks)

    assert rounded(segments) == rounded(namecards.cut_marks(layout))
    for segment in segments:  # each reaches at least 3 mm into what every printer prints
        assert _printed_length(segment, layout.page) >= 3 * mm, segment
    width = layout.page[0]
    for edge in layout.cut_edges:  # both sides of the sheet, level with each cut
        at_edge = [s for s in segments if s[1] == pytest.approx(edge)]
        assert any(max(s[0], s[2]) < width / 2 for s in at_edge)
        assert any(min(s[0], s[2]) > width / 2 for s in at_edge)


def _set(layout_key: str, options: CardOptions | None = None, event=None):
    event = event or mixed_script_event()
    layout = LAYOUTS[layout_key]
    width, half = layout.cards[0][2], layout.cards[0][3] / 2
    options = options or CardOptions(delegation=True, position=True)
    cards = cards_for(event, Selection(), options, person_lang)
    return cards, lay_out_set(cards, width, half, options.uniform_size)


def _names(lines):
    return [line for line in lines if line.kind == "name"]


def _set_size(halves) -> float:
    """The one size of every name that takes one line; wrapped names are no larger."""
    single = {_names(lines)[0].size for lines in halves if len(_names(lines)) == 1}
    assert len(single) == 1, single
    (size,) = single
    assert all(_names(lines)[0].size <= size for lines in halves)
    return size


@pytest.mark.parametrize("key", sorted(LAYOUTS))
def test_a_sets_names_share_one_size_by_default(key):
    assert CardOptions().uniform_size
    _cards, halves = _set(key)
    size = _set_size(halves)
    wrapped = [lines for lines in halves if len(_names(lines)) > 1]
    assert len(wrapped) <= 1  # the sample's one 56-letter name; the other eight share a size
    assert all(NAME_MIN <= _names(lines)[0].size < size for lines in wrapped)
    _cards, each = _set(key, CardOptions(delegation=True, uniform_size=False))
    assert len({_names(lines)[0].size for lines in each}) > 1  # what the option avoids


def test_the_pdf_prints_every_name_in_the_sets_size(tmp_path):
    event = mixed_script_event()
    out = tmp_path / "cards.pdf"
    export_namecards(event, str(out), layout="avery5305")
    cards = cards_for(event, Selection(), CardOptions(), person_lang)
    names = {card.name for card in cards}
    sizes = set()
    for page in PdfReader(str(out)).pages:

        def visit(text, cm, tm, _font, size) -> None:  # noqa: ANN001 - pypdf's callback
            if text.strip() in names:
                sizes.add(round(size * abs(tm[0] * cm[0] + tm[1] * cm[2]), 1))

        page.extract_text(visitor_text=visit)
    assert len(sizes) == 1, sizes


def _with(event, *people: PersonRecord, card_name: str = ""):
    for offset, person in enumerate(people):
        event.participants.append(
            ParticipationRecord(
                person=person, precedence=80 + offset, id=80 + offset, card_name=card_name
            )  # fmt: skip
        )
    return event


@pytest.mark.parametrize("key", ["avery5305", "a4"])
def test_a_110_character_name_wraps_at_the_sets_size_instead_of_shrinking(key):
    event = _with(mixed_script_event(), PersonRecord(given_name=NAME_110, id=80))
    cards, halves = _set(key, CardOptions(), event)
    long_lines = _names(halves[[c.name for c in cards].index(NAME_110)])
    set_size = _set_size(halves)
    assert len(long_lines) >= 2
    assert " ".join(line.text for line in long_lines).replace("- ", "-") == NAME_110
    size = long_lines[0].size
    assert NAME_MIN <= size <= set_size and size > 0.5 * set_size  # was 12.8 pt on Avery


@pytest.mark.parametrize("key", sorted(LAYOUTS))
@pytest.mark.parametrize("uniform", [True, False])
def test_the_affiliation_is_never_larger_than_the_name(key, uniform):
    event = _with(
        mixed_script_event(),
        PersonRecord(given_name=NAME_110, id=80),
        PersonRecord(given_name="Q" * 120, id=81),
        PersonRecord(given_name=" ".join(["Wolfgang"] * 25), id=82),
    )
    options = CardOptions(delegation=True, position=True, uniform_size=uniform)
    _cards, halves = _set(key, options, event)
    for lines in halves:
        name = _names(lines)[0].size
        assert name >= NAME_MIN * 0.99 or key == "avery5305"  # a 25-word name on Avery shrinks
        for line in lines:
            if line.kind in ("affiliation", "delegation", "native"):
                assert line.size <= name, (line, name)


def test_a_long_unbroken_word_is_broken_not_shrunk():
    event = _with(mixed_script_event(), PersonRecord(given_name="Q" * 120, id=81))
    cards, halves = _set("avery5305", CardOptions(), event)
    lines = _names(halves[[c.name for c in cards].index("Q" * 120)])
    assert "".join(line.text for line in lines) == "Q" * 120
    assert lines[0].size >= NAME_MIN  # was 7 pt


def test_own_script_names_print_in_one_weight():
    event = mixed_script_event()
    _cards, halves = _set("a4", CardOptions())
    natives = [line for lines in halves for line in lines if line.kind == "native"]
    scripts = {line.text[:1] for line in natives}
    assert {"А", "上", "하", "Ν"} <= scripts | {line.text[:1] for line in natives}
    for line in natives:
        assert not line.bold
        assert not any("Bold" in font for font, _text in line.pieces), line
    assert event  # the sample has Cyrillic, Japanese, Korean and Greek own-script names


def test_name_on_card_replaces_the_name():
    event = _with(mixed_script_event(), PersonRecord(given_name="Toyohisa", family_name="Kozuki",
                                                      honorific="Ambassador", id=80),
                  card_name="  Amb.  Kozuki ")  # fmt: skip
    participation = event.participants[-1]
    assert card_text(event, participation, CardOptions()).name == "Amb. Kozuki"
    assert card_text(event, participation, CardOptions(family_caps=True)).name == "Amb. Kozuki"
    plain = dataclasses.replace(participation, card_name="")
    assert card_text(event, plain, CardOptions()).name == "Ambassador Toyohisa Kozuki"
