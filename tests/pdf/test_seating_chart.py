"""The seating chart PDF: the table to scale with every seated name beside its seat and none
overlapping, the seat list, exact pages per paper, every font embedded, markup printed as
typed, cancel and refusals leaving no file.

``stress_event`` (thirty long names in six scripts round one table, a U-shape, a classroom and
the other shapes) is also what ``tools/render_seating_chart.py`` renders for looking at.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import Attendance, ParticipantRole, TableShape
from roundtable.domain.names import full_name
from roundtable.domain.records import (
    AffiliationRecord,
    DayRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    VenueRecord,
)
from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.domain.seating_geometry import plan_geometry, table_geometry
from roundtable.errors import UserError
from roundtable.pdf.seating_chart import export_seating_chart, seat_texts
from roundtable.pdf.seating_label_fit import NAME_FLOOR, SMALLEST, fit_block
from roundtable.pdf.seating_layout import choose, layout_chart
from roundtable.pdf.seating_layout_model import SeatText
from tests.pdf.test_namecards import embedded, needs_poppler, nfc

A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)

# (given, family, own-script name, country): long names in every script the fonts cover.
STRESS_PEOPLE = [
    ("Maria Konstantinovna", "Aleksandrova-Rimskaya-Korsakova",
     "Мария Константиновна Александрова-Римская-Корсакова", "Russia"),
    ("Toyohisa", "Kozuki-Yamanouchi", "上月山之内豊久", "Japan"),
    ("Zhenhua", "Ouyang", "欧阳振华", "China"),
    ("Yong-Chool", "Ha", "하용출", "Republic of Korea"),
    ("Nikolaos", "Papadopoulos-Karamanlis", "Νικόλαος Παπαδόπουλος-Καραμανλής", "Greece"),
    ("AT&T", "<b>Corp & Sons</b>", "", "United States"),
    ("Maximilian Alexander Friedrich", "von Hohenzollern-Sigmaringen", "", "Germany"),
    ("Akihiro", "Iwashita", "岩下明裕", "Japan"),
    ("Seo-yeon", "Kim-Park", "김서연박", "Republic of Korea"),
    ("Konstantin Eduardovich", "Tsiolkovsky-Vernadsky", "Константин Эдуардович Циолковский",
     "Russia"),
    ("Xiaoming", "Zhuge", "诸葛晓明", "China"),
    ("Eleftheria", "Antonopoulou", "Ελευθερία Αντωνοπούλου", "Greece"),
    ("Hanako", "Watanabe-Takahashi", "渡辺高橋花子", "Japan"),
    ("Guadalupe", "Correa Cabrera de la Fuente", "", "Mexico"),
    ("Ji-hoon", "Nam-Gung", "남궁지훈", "Republic of Korea"),
    ("Anastasia Vladimirovna", "Dostoevskaya", "Анастасия Владимировна Достоевская", "Russia"),
    ("Wenjing", "Sima", "司马文静", "China"),
    ("Dimitrios", "Karagiannopoulos", "Δημήτριος Καραγιαννόπουλος", "Greece"),
    ("Yukiko", "Nakamura-Hasegawa", "中村長谷川由紀子", "Japan"),
    ("Łukasz", "Żółkiewski-Ostrogski", "", "Poland"),
    ("Min-jun", "Seon-U", "선우민준", "Republic of Korea"),
    ("Yevgeny Maksimovich", "Primakov-Gromyko", "Евгений Максимович Примаков", "Russia"),
    ("Jiayi", "Shangguan", "上官佳怡", "China"),
    ("Aikaterini", "Theodorakopoulou", "Αικατερίνη Θεοδωρακοπούλου", "Greece"),
    ("Ryūnosuke", "Akutagawa", "芥川龍之介", "Japan"),
    ("Nguyễn Thị", "Minh Khai", "", "Vietnam"),
    ("Hye-jin", "Hwangbo", "황보혜진", "Republic of Korea"),
    ("Svyatoslav Teofilovich", "Richter", "Святослав Теофилович Рихтер", "Russia"),
    ("Zhiyuan", "Duanmu", "端木志远", "China"),
    ("Alexandros", "Mavrokordatos", "Αλέξανδρος Μαυροκορδάτος", "Greece"),
]  # fmt: skip
assert len(STRESS_PEOPLE) == 30

FAMILY_FIRST = {"China", "Republic of Korea"}
DELEGATIONS = {
    "Russia": "Russian delegation",
    "Japan": "Japanese delegation",
    "China": "Chinese delegation",
    "Republic of Korea": "Korean delegation",
    "Greece": "Greek delegation",
}


def stress_event() -> EventRecord:
    """Thirty people with long names in Latin, Cyrillic, Greek, Chinese, Japanese and Korean,
    seated round a 30-seat round table, in a U-shape, a classroom and the other shapes."""
    from roundtable.domain.enums import NameOrder

    institute = OrganisationRecord(name="Institute for Very Long Organisation Names", id=1)
    participants = []
    for index, (given, family, native, country) in enumerate(STRESS_PEOPLE, start=1):
        person = PersonRecord(
            given_name=given, family_name=family, native_name=native, country=country,
            name_order=NameOrder.FAMILY_FIRST if country in FAMILY_FIRST else NameOrder.GIVEN_FIRST,
            affiliations=[AffiliationRecord(institute, "Fellow")], id=index,
        )  # fmt: skip
        participants.append(
            ParticipationRecord(
                person, ParticipantRole.MODERATOR if index == 1 else ParticipantRole.PARTICIPANT,
                delegation=DELEGATIONS.get(country, ""), precedence=index,
                attendance=Attendance.CONFIRMED, id=index,
            )
        )  # fmt: skip
    day = date(2024, 5, 20)

    def plan(name: str, shape: TableShape, seats: int, **kw) -> SeatingPlanRecord:
        taken = [SeatRecord(n, n if n <= 30 else None) for n in range(1, min(seats, 30) + 1)]
        return SeatingPlanRecord(name, shape, seats, seats=taken, day_date=day, **kw)

    round_table = plan("Thirty at one round table", TableShape.ROUND, 30)
    round_table.seats[4].locked = True
    round_table.seats[29] = SeatRecord(30, None, label="Press", locked=True)
    return EventRecord(
        title="Stress Test: Thirty Names in Six Scripts Round One Table",
        short_title="Seating stress test",
        start_date=day,
        end_date=day,
        venue=VenueRecord(name="Test Hall", city="Geneva", country="Switzerland"),
        participants=participants,
        days=[DayRecord(day, id=1)],
        seating_plans=[
            round_table,
            plan("U-shape", TableShape.U_SHAPE, 24, head_seat=12),
            plan("Classroom", TableShape.CLASSROOM, 24, seats_per_side=8, rows=3, head_seat=4),
            plan("Boardroom", TableShape.BOARDROOM, 20, seats_per_side=9),
            plan("Hollow square", TableShape.HOLLOW_SQUARE, 24),
            plan("Rectangle", TableShape.RECTANGLE, 16),
            plan("Panel", TableShape.RECTANGLE_ONE_SIDE, 6),
        ],
        id=1,
    )


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = []
    if first is not None:
        pages += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
                         capture_output=True, check=True)  # fmt: skip
    return " ".join(nfc(out.stdout.decode("utf-8")).split())


def sizes(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(str(path)).pages]  # fmt: skip


@pytest.fixture(scope="module")
def event() -> EventRecord:
    return stress_event()


@pytest.fixture(scope="module")
def charts(event, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("seating")
    out = {}
    for paper in ("a4", "letter"):
        out[paper] = folder / f"stress-{paper}.pdf"
        assert export_seating_chart(event, out[paper], paper=paper)
    return out


# -- the layout -------------------------------------------------------------------------------


def _texts(event: EventRecord, plan: SeatingPlanRecord) -> dict[int, SeatText]:
    return seat_texts(event, plan)


def whole_or_cut(full: str, lines: Sequence[str]) -> bool:
    """``lines`` print ``full`` whole, or its words in order with one or more lines cut
    short with "…" (spaces and line breaks aside)."""
    rest = nfc(full).replace(" ", "")
    printed = [nfc(line).replace(" ", "") for line in lines]
    if "".join(printed) == rest:
        return True
    if not printed or not any(line.endswith("…") for line in printed):
        return False
    for line in printed:
        piece = line.removesuffix("…")
        at = rest.find(piece)
        if not piece or at < 0:
            return False
        rest = rest[at + len(piece) :]
    return True


def test_whole_or_cut_is_not_vacuous():
    assert whole_or_cut("Maria Konstantinovna", ["Maria", "Konstantinovna"])
    assert whole_or_cut("Maria Konstantinovna Aleksandrova", ["Maria Konstan…", "Aleksandrova"])
    assert not whole_or_cut("Maria Konstantinovna", ["Maria"])
    assert not whole_or_cut("Maria Konstantinovna", ["Konstantinovna…", "Maria"])
    assert not whole_or_cut("Maria", ["Mario…"])


@pytest.mark.parametrize("box", [(481.9, 640.0), (728.5, 400.0), (498.6, 600.0)])
def test_thirty_long_mixed_script_names_round_one_table(event, box):
    """Every name beside its seat, inside the box, none touching another, a seat or the table;
    nothing below 7 pt: a name that does not fit whole is cut short with "…" (the seat list
    has it whole), its own-script name cut or dropped first; most at a comfortable size."""
    plan = event.seating_plans[0]
    texts = _texts(event, plan)
    layout = layout_chart(plan_geometry(plan), texts, *box)
    assert layout.problems() == []
    assert layout.omitted == ()
    assert [label.number for label in layout.labels] == list(range(1, 31))
    for label in layout.labels:
        text = texts[label.number]
        assert label.smallest >= SMALLEST, (label.number, label.smallest)
        if not text.name:
            continue
        names = [line.text for line in label.lines if line.bold]
        assert whole_or_cut(text.name, names), (text.name, names)
        natives = [line.text for line in label.lines if not line.bold and not line.muted]
        if natives:
            assert whole_or_cut(text.native_name, natives), (text.native_name, natives)
        elif text.native_name:  # dropped only for a name that does not fit whole
            assert any(name.endswith("…") for name in names) or label.smallest == SMALLEST
    names = sorted(label.lines[0].size for label in layout.labels)
    assert names[len(names) // 2] >= (8 if box[1] > 500 else 7), names
    assert texts[30].label == "Press" and layout.labels[29].text() == "Press"


@pytest.mark.parametrize("index", range(7))
def test_every_shape_places_every_name(event, index):
    """On A4 upright and turned, no problems; on the page the export picks, every name."""
    plan = event.seating_plans[index]
    layouts = [layout_chart(plan_geometry(plan), _texts(event, plan), *box)
               for box in ((481.9, 600.0), (728.5, 380.0))]  # fmt: skip
    for layout in layouts:
        assert layout.problems() == [], plan.name
    chosen = choose(layouts)
    assert chosen.omitted == (), plan.name
    assert len(chosen.labels) == len(_texts(event, plan))
    assert all(label.smallest >= SMALLEST for label in chosen.labels)


def test_overlap_check_finds_what_it_should(event):
    """problems() is not vacuous: moving one label onto its neighbour is reported."""
    from dataclasses import replace

    plan = event.seating_plans[0]
    layout = layout_chart(plan_geometry(plan), _texts(event, plan), 481.9, 640.0)
    first, second = layout.labels[0], layout.labels[1]
    moved = replace(second, x=first.x, y=first.y, angle=first.angle)
    broken = replace(layout, labels=(first, moved, *layout.labels[2:]))
    assert any("overlap" in problem for problem in broken.problems())
    outside = replace(first, x=-50.0)
    assert any("leaves the drawing" in p for p in replace(layout, labels=(outside,)).problems())
    mark = layout.marks[0]
    on_seat = replace(first, x=mark.x, y=mark.y, angle=0.0)
    assert any("covers seat" in p for p in replace(layout, labels=(on_seat,)).problems())


def test_scale_is_standard_and_the_table_is_drawn_to_it(event):
    plan = event.seating_plans[0]
    geometry = plan_geometry(plan)
    layout = layout_chart(geometry, _texts(event, plan), 481.9, 640.0)
    assert layout.scale_text == f"Scale 1:{layout.denominator}"
    table = layout.tables[0]
    assert table.width == pytest.approx(geometry.outline[0].width * layout.points_per_metre)
    first, second = layout.marks[0], layout.marks[1]
    metres = ((geometry.seats[0].x - geometry.seats[1].x) ** 2
              + (geometry.seats[0].y - geometry.seats[1].y) ** 2) ** 0.5  # fmt: skip
    points = ((first.x - second.x) ** 2 + (first.y - second.y) ** 2) ** 0.5
    assert points == pytest.approx(metres * layout.points_per_metre)
    assert layout.points_per_metre == pytest.approx(72 / 0.0254 / layout.denominator)


def test_a_short_list_reads_level_and_a_long_one_radially():
    """Seven short names round a table read horizontally at full size; thirty long ones need
    text running out from the table."""
    seven = table_geometry(TableShape.ROUND, 7)
    names = {n: SeatText(f"Person {n}") for n in range(1, 8)}
    layout = layout_chart(seven, names, 481.9, 600.0)
    assert layout.strategy == "horizontal"
    assert all(label.angle == 0 for label in layout.labels)
    assert all(line.size == 10 for label in layout.labels for line in label.lines)


def test_a_room_too_big_for_names_keeps_its_numbers_and_points_to_the_list():
    from roundtable.pdf.seating_chart import omitted_note

    room = table_geometry(TableShape.CLASSROOM, 200, seats_per_side=20)
    names = {n: SeatText(f"Participant Number {n}", "Участник") for n in range(1, 201)}
    layout = layout_chart(room, names, 728.5, 380.0)
    assert len(layout.marks) == 200 and layout.problems() == []
    assert layout.omitted == tuple(range(1, 201)) and layout.labels == ()
    assert omitted_note(layout.omitted) == (
        "Too little room to print 200 of the names here: see the seat list."
    )
    assert omitted_note([3, 7]) == (
        "Too little room to print the names at seats 3 and 7: see the seat list."
    )


def test_fit_block_shrinks_to_the_floor_then_wraps():
    text = SeatText("Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen")
    one = fit_block(SeatText("Ha"), 200, 40)
    assert one is not None and len(one[0]) == 1 and one[0][0].size == 10
    lines, width, height, fill = fit_block(text, 150, 40)
    assert len(lines) == 2 and all(line.size >= NAME_FLOOR for line in lines)
    assert width <= 150 and height <= 40 and fill < 1
    thin = fit_block(text, 150, 9)
    assert thin is not None and thin[2] <= 9  # one line, smaller than the floor
    assert fit_block(text, 150, 2) is None  # no readable size fits
    assert fit_block(SeatText(), 100, 40) is None


def test_seat_texts_leave_out_a_repeated_own_script_name(event):
    plan = event.seating_plans[0]
    texts = seat_texts(event, plan)
    assert texts[1].name == "Maria Konstantinovna Aleksandrova-Rimskaya-Korsakova"
    assert texts[1].native_name.startswith("Мария")
    assert texts[3].name == "Ouyang Zhenhua" and texts[3].lang == "zh"  # family name first
    assert texts[6].name == "AT&T <b>Corp & Sons</b>" and texts[6].native_name == ""
    assert 30 in texts and texts[30].name == "" and texts[30].label == "Press"


# -- the PDF ----------------------------------------------------------------------------------


def _expected_pages(path: Path, paper_size: tuple[float, float]) -> None:
    portrait = (round(paper_size[0], 2), round(paper_size[1], 2))
    turned = (portrait[1], portrait[0])
    for size in sizes(path):
        assert size in (portrait, turned), size


def test_pages_and_sizes_per_paper(event, charts):
    for paper, size in (("a4", A4), ("letter", LETTER)):
        path = charts[paper]
        _expected_pages(path, size)
        reader = PdfReader(str(path))
        starts = [i for i, page in enumerate(reader.pages) if "Seat list" in page.extract_text()]
        assert len(starts) == len(event.seating_plans)
        # Each plan: one drawing page, then its seat list (the round table's runs over).
        assert len(reader.pages) >= 2 * len(event.seating_plans)
        wide_plans = [i for i, page in enumerate(reader.pages)
                      if float(page.mediabox.width) > float(page.mediabox.height)]  # fmt: skip
        assert all(i + 1 in starts for i in wide_plans)  # only drawings turn
        assert any(wide_plans)  # the U-shape, the classroom and the panel are wide


def drawn_strings(path: Path, page: int) -> str:
    """Every string shown on a page, in drawing order, spaces removed: rotated lines too,
    which pdftotext scrambles."""
    seen: list[str] = []
    PdfReader(str(path)).pages[page].extract_text(visitor_text=lambda t, *_: seen.append(t))
    return nfc("".join(seen)).replace(" ", "").replace("\n", "")


@needs_poppler
def test_every_seated_name_is_printed_on_the_drawing_and_in_the_list(event, charts):
    """On the drawing each seated name whole or cut short with "…" (at 7 pt or more, see
    above); nobody who is not seated; in the seat list every name whole."""
    text = pdf_text(charts["a4"], 1, 1)
    assert "Scale 1:" in text and "Thirty at one round table" in text
    drawn = drawn_strings(charts["a4"], 0)
    seated = set(event.seating_plans[0].occupants().values())
    assert len(seated) == 29
    for participation in event.participants:
        name = nfc(full_name(participation.person)).replace(" ", "")
        if participation.id in seated:
            assert name in drawn or (name[:5] in drawn and "…" in drawn), name
        else:
            assert name not in drawn and name[:12] not in drawn, name
    assert "Press" in drawn
    lists = pdf_text(charts["a4"], 2, 3)
    assert "Seat list · Thirty at one round table" in lists
    # A long name wraps in its cell, and its lines interleave with the next column's.
    lists = lists.replace(" ", "")
    for participation in event.participants:
        if participation.id in seated:
            person = participation.person
            for word in nfc(full_name(person)).replace("-", " ").split():
                assert word in lists, (full_name(person), word)
            if person.native_name:  # a narrow column, broken anywhere
                assert nfc(person.native_name)[:3] in lists
    everything = pdf_text(charts["a4"])
    for fact in ("SEAT", "OWN SCRIPT", "DELEGATION", "AFFILIATION", "ROLE", "Moderator",
                 "Japanese delegation", "Institute for Very Long Organisation Names",
                 "Reserved: Press", "29 of 30 seats taken", "Round table, 5.6 m across · 30 seats"
                 " · head: seat 1 · Monday 20 May 2024", "U-shape 7.2 × 6.8 m, tables 0.8 m deep"
                 " · 24 seats"):  # fmt: skip
        assert fact in everything, fact


@needs_poppler
def test_every_font_is_embedded_and_none_is_helvetica(charts):
    for path in charts.values():
        fonts = embedded(path)
        assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
        assert not any("Helvetica" in name for name, _emb in fonts)


def test_every_string_lies_on_its_page(charts):
    """Read back from the PDF: where each string starts, after rotation, is on the page."""
    reader = PdfReader(str(charts["letter"]))
    for page in reader.pages[:3]:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        seen = []

        def visit(text, cm, tm, _font, _size, seen=seen) -> None:  # noqa: ANN001
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                seen.append((text, x, y))

        page.extract_text(visitor_text=visit)
        assert seen
        for text, x, y in seen:
            assert 0 <= x <= width and 0 <= y <= height, (text, x, y)


@needs_poppler
def test_markup_prints_literally(tmp_path):
    person = PersonRecord(given_name="AT&T", family_name="<b>Corp</b>", id=1)
    day = date(2024, 1, 1)
    event = EventRecord(
        title="T & <i>U</i>", start_date=day, end_date=day,
        participants=[ParticipationRecord(person=person, id=1)],
        seating_plans=[SeatingPlanRecord("<b>Main</b> & co", seat_count=4,
                                         seats=[SeatRecord(1, 1), SeatRecord(2, None,
                                                                             label="<i>Press</i>")])],
    )  # fmt: skip
    path = tmp_path / "markup.pdf"
    assert export_seating_chart(event, path)
    text = pdf_text(path)
    assert text.count("AT&T <b>Corp</b>") == 2  # the drawing and the list
    assert "<b>Main</b> & co" in text and "T & <i>U</i>" in text and "<i>Press</i>" in text


def test_one_plan_by_name(event, tmp_path):
    path = tmp_path / "u.pdf"
    assert export_seating_chart(event, path, plan_name="u-SHAPE")
    reader = PdfReader(str(path))
    texts = [page.extract_text() for page in reader.pages]
    assert len(reader.pages) in (2, 3)  # the drawing, then the list of 24 seats
    assert "U-shape" in texts[0] and "Seat list · U-shape" in texts[1]
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)


def test_refusals_and_cancel_leave_no_file(event, tmp_path):
    target = tmp_path / "chart.pdf"
    with pytest.raises(
        UserError,
        match=r"no seating plan 'Garden' in this event \(plans: "
        r"'Thirty at one round table', 'U-shape', 'Classroom'",
    ):
        export_seating_chart(event, target, plan_name="Garden")
    empty = EventRecord(title="E", start_date=date(2024, 1, 1), end_date=date(2024, 1, 1))
    with pytest.raises(UserError, match="no seating plan yet"):
        export_seating_chart(empty, target)
    with pytest.raises(UserError, match="unknown paper size"):
        export_seating_chart(event, target, paper="a5")
    with pytest.raises(UserError, match="does not exist"):
        export_seating_chart(event, tmp_path / "missing" / "chart.pdf")
    seen = []

    def cancel_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return done == 0

    assert export_seating_chart(event, target, progress=cancel_after_first) is False
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert seen[0] == (0, 2 * len(event.seating_plans))


def test_rotated_labels_leave_the_canvas_upright(event):
    import io

    from roundtable.pdf.document import make_canvas
    from roundtable.pdf.seating_chart import draw_chart

    plan = event.seating_plans[0]
    layout = layout_chart(plan_geometry(plan), _texts(event, plan), 481.9, 640.0)
    assert {label.angle for label in layout.labels} != {0}
    canvas = make_canvas(io.BytesIO())
    before = canvas._currentMatrix
    draw_chart(canvas, layout, 20, 30)
    assert canvas._currentMatrix == before


def test_poster_pages_are_exact(event, tmp_path):
    """A3 is 297 × 420 mm and Tabloid 11 × 17 in, upright or turned for a wide drawing."""
    for paper, size in (("a3", (841.89, 1190.55)), ("tabloid", (792.0, 1224.0))):
        path = tmp_path / f"{paper}.pdf"
        assert export_seating_chart(event, path, paper=paper, plan_name="U-shape")
        for width, height in sizes(path):
            assert tuple(sorted((width, height))) == size, (paper, width, height)


@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
def test_u_shape_with_long_names_is_readable_and_mostly_level(event, paper):
    """Nothing below 7 pt; the arms' names read level, and the drawing fills most of its box
    one way or the other."""
    plan = event.seating_plans[1]
    box = {"a4": (728.5, 400.0), "letter": (700.0, 420.0), "a3": (1080.0, 640.0)}[paper]
    layout = layout_chart(plan_geometry(plan), _texts(event, plan), *box)
    assert layout.problems() == [] and layout.omitted == ()
    assert all(label.smallest >= SMALLEST for label in layout.labels)
    sides = [label for label in layout.labels if label.number not in range(9, 17)]
    assert all(abs(label.angle) < 1e-6 for label in sides)
    xs = [x for label in layout.labels for x, _y in label.corners()]
    ys = [y for label in layout.labels for _x, y in label.corners()]
    assert max((max(xs) - min(xs)) / box[0], (max(ys) - min(ys)) / box[1]) >= 0.6


def test_a_reserved_seat_gets_a_legend_entry(event, charts):
    """The round table keeps seat 30 for the press: its drawing's legend says what the dashed
    ring means."""
    assert "Reservedseat" in drawn_strings(charts["a4"], 0)


def test_u_shape_base_row_reads_level_on_a3(event):
    """On A3 the base row's long names read level, in a row of their own joined to their seats
    by leaders, none cut short or below 7 pt, at a scale larger than 1:75."""
    plan = event.seating_plans[1]
    layout = layout_chart(plan_geometry(plan), _texts(event, plan), 1080.0, 640.0)
    assert layout.problems() == [] and layout.omitted == ()
    assert all(abs(label.angle) < 1e-6 for label in layout.labels)
    assert all(label.smallest >= SMALLEST for label in layout.labels)
    assert not any("…" in label.text() for label in layout.labels)
    assert layout.denominator < 75
    base = [label for label in layout.labels if label.number in range(9, 17)]
    assert len(base) == 8 and all(label.leader is not None for label in base)


def test_u_shape_base_row_reads_level_on_a4(event):
    """On A4 the base row reads level too, cut short with "…" only where it must be."""
    plan = event.seating_plans[1]
    layout = layout_chart(plan_geometry(plan), _texts(event, plan), 728.5, 400.0)
    assert layout.problems() == [] and layout.omitted == ()
    assert all(abs(label.angle) < 1e-6 for label in layout.labels)
    assert all(label.smallest >= SMALLEST for label in layout.labels)
    texts = _texts(event, plan)
    for label in layout.labels:  # the name (in bold) whole or cut short; the rest may go
        name = [line.text for line in label.lines if line.bold]
        assert whole_or_cut(texts[label.number].name, name), name
