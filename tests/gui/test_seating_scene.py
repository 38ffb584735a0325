"""The drawing: every shape to scale with every seat numbered, name tags that neither cover one
another nor the seats, text that wraps rather than spills, and seat items kept (not rebuilt)
while only who sits where changes."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QFontMetricsF

from roundtable.domain.enums import TableShape
from roundtable.domain.seating_geometry import table_geometry
from roundtable.gui.seating.seating_scene import (
    SCALE,
    SEAT_RADIUS,
    SeatingScene,
    SeatLook,
    layout_key,
    seat_font,
    wrap_lines,
)

LONG_NAMES = ["Guadalupe Correa Cabrera", "Yong-Chool Ha", "Akihiro Iwashita",
              "Ambassador Toyohisa Kozuki", "Serghei Golunov"]  # fmt: skip
NATIVE = ["", "하용출", "岩下明裕", "上月豊久", "Сергей Голунов"]

LAYOUTS = [
    (TableShape.ROUND, 3, None, None),
    (TableShape.ROUND, 7, None, None),
    (TableShape.ROUND, 8, None, None),
    (TableShape.ROUND, 10, None, None),
    (TableShape.ROUND, 16, None, None),
    (TableShape.ROUND, 24, None, None),
    (TableShape.ROUND, 40, None, None),
    (TableShape.RECTANGLE_ONE_SIDE, 6, None, None),
    (TableShape.RECTANGLE, 12, None, None),
    (TableShape.BOARDROOM, 14, None, None),
    (TableShape.BOARDROOM, 7, None, None),
    (TableShape.HOLLOW_SQUARE, 16, None, None),
    (TableShape.U_SHAPE, 15, None, None),
    (TableShape.U_SHAPE, 4, None, None),
    (TableShape.CLASSROOM, 18, 6, None),
    (TableShape.CLASSROOM, 7, 3, None),
]


def covers(rect, centre) -> bool:
    """Whether ``rect`` reaches into the seat disc round ``centre``."""
    x = min(max(centre.x(), rect.left()), rect.right())
    y = min(max(centre.y(), rect.top()), rect.bottom())
    return math.hypot(x - centre.x(), y - centre.y()) < SEAT_RADIUS


def full_looks(count: int) -> dict[int, SeatLook]:
    """Every seat taken by someone with a long name, most with an own-script name too."""
    return {
        n: SeatLook(
            n,
            name=LONG_NAMES[n % len(LONG_NAMES)],
            native=NATIVE[n % len(NATIVE)],
            label="Interpreter" if n % 7 == 0 else "",
            fill=QColor("#cfe3f7"),
            participation_id=100 + n,
        )
        for n in range(1, count + 1)
    }


def test_wrap_lines_breaks_at_spaces_and_elides_the_rest():
    metrics = QFontMetricsF(seat_font("name"))
    width = metrics.horizontalAdvance("Guadalupe Correa")
    assert wrap_lines("Guadalupe Correa Cabrera", metrics, width, 2) == [
        "Guadalupe Correa", "Cabrera",
    ]  # fmt: skip
    three = wrap_lines("Guadalupe Correa Cabrera de la Vega", metrics, width, 2)
    assert len(three) == 2 and three[1].endswith("…")
    long_word = wrap_lines("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", metrics, width, 2)
    assert len(long_word) == 1 and long_word[0].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in three + long_word)
    assert wrap_lines("", metrics, width, 2) == []


@pytest.mark.parametrize(("shape", "count", "per_side", "rows"), LAYOUTS)
def test_every_layout_is_drawn_without_overlaps(qapp, shape, count, per_side, rows):
    geometry = table_geometry(shape, count, per_side, 1, rows)
    scene = SeatingScene()
    scene.show_plan(geometry, full_looks(count))
    items = scene.seat_items
    assert sorted(items) == list(range(1, count + 1)), "every seat drawn"
    for number, item in items.items():
        place = geometry.place(number)
        assert item.pos().x() == pytest.approx(place.x * SCALE)
        assert item.pos().y() == pytest.approx(-place.y * SCALE), "y flipped"
    tags = {n: item.mapRectToScene(item.tag_rect) for n, item in items.items()}
    for a in items:
        assert tags[a].width() > 0 and items[a].tag_lines, "every name shown"
        for b in items:
            if a < b:
                assert not tags[a].intersects(tags[b]), f"tags of seats {a} and {b} overlap"
            assert not covers(tags[a], items[b].pos()), f"seat {a}'s tag covers seat {b}"
        assert scene.sceneRect().contains(tags[a]), "no tag is cut off"


@pytest.mark.parametrize(
    ("shape", "count", "per_side"),
    [(TableShape.ROUND, 7, None), (TableShape.ROUND, 8, None), (TableShape.ROUND, 12, None),
     (TableShape.U_SHAPE, 12, None),
     (TableShape.CLASSROOM, 12, 6), (TableShape.RECTANGLE, 10, None)],
)  # fmt: skip
def test_names_are_not_cut_at_usual_sizes(qapp, shape, count, per_side):
    scene = SeatingScene()
    scene.show_plan(table_geometry(shape, count, per_side), full_looks(count))
    for item in scene.seat_items.values():
        assert not any("…" in line for line in item.tag_lines), item.tag_lines


def test_tags_stay_clear_of_the_table(qapp):
    """Outside the table for tables people sit round; on the desk in classroom rows."""
    from PySide6.QtWidgets import QGraphicsEllipseItem

    scene = SeatingScene()
    scene.show_plan(table_geometry(TableShape.ROUND, 10), full_looks(10))
    table = next(i for i in scene.items() if isinstance(i, QGraphicsEllipseItem))
    for item in scene.seat_items.values():
        assert not table.sceneBoundingRect().intersects(item.mapRectToScene(item.tag_rect))


def test_seat_items_are_kept_while_only_the_people_change(qapp):
    scene = SeatingScene()
    geometry = table_geometry(TableShape.ROUND, 8)
    assert scene.show_plan(geometry, {})
    before = scene.seat_items
    assert not scene.show_plan(geometry, full_looks(8))
    assert scene.seat_items == before and all(scene.seat_items[n] is before[n] for n in before), (
        "the same items, updated in place"
    )
    assert scene.seat_item(3).tag_lines
    bigger = table_geometry(TableShape.ROUND, 9)
    assert layout_key(bigger) != layout_key(geometry)
    assert scene.show_plan(bigger, {})
    assert len(scene.seat_items) == 9


def test_the_selection_survives_a_new_layout(qapp):
    scene = SeatingScene()
    scene.show_plan(table_geometry(TableShape.ROUND, 8), {})
    scene.select_seat(4)
    scene.show_plan(table_geometry(TableShape.BOARDROOM, 8), {})
    assert scene.selected_seat() == 4


def test_a_seat_is_chosen_after_an_empty_drawing(qapp):
    """No plan drawn keeps the chosen number for the next layout; choosing meanwhile is fine."""
    scene = SeatingScene()
    scene.show_plan(table_geometry(TableShape.ROUND, 8), {})
    scene.select_seat(4)
    scene.show_plan(None, {})
    scene.select_seat(2)
    assert scene.selected_seat() is None


def test_head_lock_and_label_are_marked(qapp):
    scene = SeatingScene()
    looks = {1: SeatLook(1, head=True, locked=True), 2: SeatLook(2, label="Press")}
    scene.show_plan(table_geometry(TableShape.ROUND, 4), looks)
    head = scene.seat_item(1)
    assert head.look.head and head.look.locked and head.tag_lines == []
    assert scene.seat_item(2).tag_lines == ["Press"]
    picture = scene.seat_item(2).drag_picture()
    assert not picture.isNull() and picture.width() > 40
