"""Seating geometry: seat places, neighbours, facing pairs, head sides and validation per shape."""

from __future__ import annotations

import math

import pytest

from roundtable.domain.enums import TableShape
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import (
    HeadSide,
    TableGeometry,
    natural_head_seat,
    plan_geometry,
    table_geometry,
)
from roundtable.errors import UserError

T = TableShape


def sides(geometry: TableGeometry) -> list[tuple[str, int]]:
    return [(s.side.value, s.rank) for s in geometry.seats]


def looks_at(geometry: TableGeometry, number: int, x: float, y: float) -> bool:
    """Whether seat ``number`` faces towards the point (x, y) (within 90 degrees)."""
    seat = geometry.place(number)
    return math.cos(seat.facing) * (x - seat.x) + math.sin(seat.facing) * (y - seat.y) > 0


def right_of(geometry: TableGeometry, number: int, other: int) -> bool:
    """Whether ``other`` is on the right hand of whoever sits at ``number``."""
    seat, them = geometry.place(number), geometry.place(other)
    right_x, right_y = math.sin(seat.facing), -math.cos(seat.facing)
    return (them.x - seat.x) * right_x + (them.y - seat.y) * right_y > 0


# --- every shape: the common conventions ------------------------------------------------------


ALL = [
    (T.ROUND, 8, None, None),
    (T.RECTANGLE_ONE_SIDE, 5, None, None),
    (T.RECTANGLE, 10, None, None),
    (T.BOARDROOM, 10, None, None),
    (T.HOLLOW_SQUARE, 12, None, None),
    (T.U_SHAPE, 9, None, None),
    (T.CLASSROOM, 10, 4, None),
]


@pytest.mark.parametrize(("shape", "count", "per_side", "rows"), ALL)
def test_every_shape_has_its_seats_numbered_with_the_next_on_the_right(
    shape: TableShape, count: int, per_side: int | None, rows: int | None
) -> None:
    head = natural_head_seat(shape, count, per_side, rows)
    geometry = table_geometry(shape, count, per_side, head, rows)
    assert [s.number for s in geometry.seats] == list(range(1, count + 1))
    assert geometry.place(head).side is HeadSide.HEAD
    assert sorted(geometry.precedence_order()) == list(range(1, count + 1))
    assert geometry.precedence_order()[0] == head
    for a, b in geometry.neighbour_pairs():
        assert b == a + 1 or (a == 1 and b == count)
        if b == a + 1:
            assert right_of(geometry, a, b)
        distance = math.hypot(geometry.place(a).x - geometry.place(b).x,
                              geometry.place(a).y - geometry.place(b).y)  # fmt: skip
        assert distance < 1.5  # round the end of an oval a little more
    # every seat looks at the table, not away from it
    for seat in geometry.seats:
        part = min(geometry.outline, key=lambda p: math.hypot(p.x - seat.x, p.y - seat.y))
        assert looks_at(geometry, seat.number, part.x, part.y) or shape is T.CLASSROOM
    min_x, min_y, max_x, max_y = geometry.bounds()
    assert min_x < max_x and min_y < max_y


@pytest.mark.parametrize(("shape", "count", "per_side", "rows"), ALL)
def test_facing_pairs_are_mutual_and_look_at_each_other(
    shape: TableShape, count: int, per_side: int | None, rows: int | None
) -> None:
    geometry = table_geometry(shape, count, per_side, 1, rows)
    for a, b in geometry.facing.items():
        assert geometry.facing[b] == a
        there = geometry.place(b)
        assert looks_at(geometry, a, there.x, there.y)
        assert not geometry.beside(a, b)


def test_plan_geometry_uses_the_plans_settings() -> None:
    plan = SeatingPlanRecord(name="Day 1", shape=T.RECTANGLE, seat_count=8, head_seat=2)
    geometry = plan_geometry(plan)
    assert geometry.shape is T.RECTANGLE and geometry.head_seat == 2 and len(geometry.seats) == 8


# --- round ------------------------------------------------------------------------------------


def test_round_table_of_eight() -> None:
    g = table_geometry(T.ROUND, 8)
    assert g.place(1).x == pytest.approx(0) and g.place(1).y > 0  # head at the top
    assert g.neighbours[1] == (2, 8) and g.neighbours[5] == (4, 6)
    assert g.facing_pairs() == [(1, 5), (2, 6), (3, 7), (4, 8)]
    assert sides(g) == [
        ("head", 0), ("right", 1), ("right", 2), ("right", 3),
        ("centre", 4), ("left", 3), ("left", 2), ("left", 1),
    ]  # fmt: skip
    assert g.precedence_order() == [1, 2, 8, 3, 7, 4, 6, 5]
    assert right_of(g, 1, 2) and not right_of(g, 1, 8)
    assert [p.kind for p in g.outline] == ["ellipse"]
    assert g.outline[0].width == g.outline[0].height


def test_round_table_with_an_odd_count_has_no_seat_straight_across() -> None:
    g = table_geometry(T.ROUND, 7, head_seat=3)
    assert g.facing == {}
    assert g.place(3).side is HeadSide.HEAD
    assert (g.place(4).side, g.place(4).rank) == (HeadSide.RIGHT, 1)
    assert (g.place(2).side, g.place(2).rank) == (HeadSide.LEFT, 1)
    assert (g.place(6).side, g.place(6).rank) == (HeadSide.RIGHT, 3)
    assert (g.place(7).side, g.place(7).rank) == (HeadSide.LEFT, 3)


def test_round_table_grows_with_its_seats() -> None:
    small, large = table_geometry(T.ROUND, 6), table_geometry(T.ROUND, 30)
    assert large.outline[0].width > small.outline[0].width
    first, second = large.place(1), large.place(2)
    # The chairs stand outside the edge, so they are further apart than the edge each has.
    assert math.hypot(first.x - second.x, first.y - second.y) > 0.6


@pytest.mark.parametrize(("seats", "fewest", "most"), [(7, 1.5, 1.8), (8, 1.5, 1.8),
                                                       (10, 1.8, 2.0), (4, 0.9, 1.2)])  # fmt: skip
def test_round_tables_are_their_real_size(seats, fewest, most) -> None:
    """Measured at the table's edge (0.56 m or more each), chairs outside it: a table for 8
    is at least 1.5 m across, one for 10 about 1.8 m."""
    geometry = table_geometry(T.ROUND, seats)
    across = geometry.outline[0].width
    assert fewest <= across <= most
    assert math.pi * across / seats >= 0.56
    radius = math.hypot(geometry.place(1).x, geometry.place(1).y)
    assert radius == pytest.approx(across / 2 + 0.45)


def test_every_shape_states_its_size() -> None:
    from roundtable.domain.seating_geometry import table_size_text

    assert table_size_text(table_geometry(T.ROUND, 8)) == "Round table, 1.5 m across"
    assert table_size_text(table_geometry(T.RECTANGLE, 12)) == "Table 4.6 × 1.1 m"
    for shape in T:
        assert " m" in table_size_text(table_geometry(shape, 12))


def test_round_tables_of_one_and_two() -> None:
    assert table_geometry(T.ROUND, 1).neighbours == {1: ()}
    two = table_geometry(T.ROUND, 2)
    assert two.neighbours == {1: (), 2: ()} and two.facing_pairs() == [(1, 2)]


# --- rectangles -------------------------------------------------------------------------------


def test_one_sided_rectangle_is_a_row_facing_the_room() -> None:
    g = table_geometry(T.RECTANGLE_ONE_SIDE, 5, head_seat=3)
    assert natural_head_seat(T.RECTANGLE_ONE_SIDE, 5) == 3
    assert {s.y for s in g.seats} == {g.place(1).y}
    assert g.facing == {}
    assert g.neighbours[1] == (2,) and g.neighbours[3] == (2, 4) and g.neighbours[5] == (4,)
    assert sides(g) == [("left", 2), ("left", 1), ("head", 0), ("right", 1), ("right", 2)]
    assert right_of(g, 3, 4)


def test_two_sided_rectangle_faces_across_and_not_round_its_ends() -> None:
    g = table_geometry(T.RECTANGLE, 10, seats_per_side=5, head_seat=3)
    assert natural_head_seat(T.RECTANGLE, 10, 5) == 3
    assert [s.edge for s in g.seats] == ["north"] * 5 + ["south"] * 5
    assert g.facing_pairs() == [(1, 10), (2, 9), (3, 8), (4, 7), (5, 6)]
    assert not g.beside(5, 6) and not g.beside(10, 1)
    assert g.neighbours[3] == (2, 4)
    assert g.place(8).side is HeadSide.CENTRE  # straight across from the head
    assert (g.place(4).side, g.place(2).side) == (HeadSide.RIGHT, HeadSide.LEFT)
    assert [p.kind for p in g.outline] == ["rect"]


def test_two_sided_rectangle_with_an_odd_count_puts_the_extra_seat_on_the_near_side() -> None:
    g = table_geometry(T.RECTANGLE, 7)
    assert [s.edge for s in g.seats].count("north") == 4
    assert len(g.facing_pairs()) == 3


# --- boardroom --------------------------------------------------------------------------------


def test_boardroom_has_an_end_seat_at_each_end_and_the_long_sides_face() -> None:
    g = table_geometry(T.BOARDROOM, 10)
    assert [s.edge for s in g.seats] == (
        ["north end"] + ["west side"] * 4 + ["south end"] + ["east side"] * 4
    )
    assert g.facing_pairs() == [(1, 6), (2, 10), (3, 9), (4, 8), (5, 7)]
    assert g.neighbours[1] == (2, 10) and g.neighbours[6] == (5, 7)
    assert g.place(6).side is HeadSide.CENTRE
    assert g.place(2).side is HeadSide.RIGHT and g.place(10).side is HeadSide.LEFT
    assert g.outline[0].kind == "ellipse" and g.outline[0].height > g.outline[0].width


def test_boardroom_with_an_odd_count_has_only_the_head_end_seat() -> None:
    g = table_geometry(T.BOARDROOM, 9, seats_per_side=4)
    assert [s.edge for s in g.seats].count("south end") == 0
    assert g.beside(5, 6) and g.beside(9, 1)


# --- hollow square and U ----------------------------------------------------------------------


def test_hollow_square_faces_across_both_ways_and_corners_are_not_beside() -> None:
    g = table_geometry(T.HOLLOW_SQUARE, 12, seats_per_side=3, head_seat=2)
    assert natural_head_seat(T.HOLLOW_SQUARE, 12) == 2
    assert [s.edge for s in g.seats] == ["north"] * 3 + ["west"] * 3 + ["south"] * 3 + ["east"] * 3
    assert g.facing_pairs() == [(1, 9), (2, 8), (3, 7), (4, 12), (5, 11), (6, 10)]
    assert not g.beside(3, 4) and not g.beside(12, 1)
    assert g.neighbours[5] == (4, 6)
    assert g.place(8).side is HeadSide.CENTRE
    assert (g.place(3).side, g.place(3).rank) == (HeadSide.RIGHT, 1)
    assert (g.place(1).side, g.place(1).rank) == (HeadSide.LEFT, 1)
    assert len(g.outline) == 4


def test_hollow_square_shares_uneven_counts_out() -> None:
    g = table_geometry(T.HOLLOW_SQUARE, 10)
    edges = [s.edge for s in g.seats]
    assert [edges.count(e) for e in ("north", "west", "south", "east")] == [3, 2, 3, 2]


def test_u_shape_arms_face_each_other_and_the_open_end_is_not_a_neighbour() -> None:
    g = table_geometry(T.U_SHAPE, 9, seats_per_side=3, head_seat=5)
    assert natural_head_seat(T.U_SHAPE, 9) == 5
    assert [s.edge for s in g.seats] == ["east arm"] * 3 + ["base"] * 3 + ["west arm"] * 3
    assert g.facing_pairs() == [(1, 9), (2, 8), (3, 7)]
    assert not g.beside(9, 1) and not g.beside(3, 4)
    assert sides(g)[4:7] == [("head", 0), ("right", 1), ("right", 2)]
    assert (g.place(4).side, g.place(4).rank) == (HeadSide.LEFT, 1)
    assert right_of(g, 5, 6)
    assert len(g.outline) == 3


# --- classroom --------------------------------------------------------------------------------


def test_classroom_rows_face_the_front_and_rows_are_not_neighbours() -> None:
    g = table_geometry(T.CLASSROOM, 10, seats_per_side=4)
    assert [s.edge for s in g.seats] == ["row 1"] * 4 + ["row 2"] * 4 + ["row 3"] * 2
    assert {s.facing for s in g.seats} == {math.pi / 2}
    assert g.place(5).y < g.place(1).y
    assert not g.beside(4, 5) and g.beside(5, 6) and g.beside(9, 10)
    assert g.facing == {}
    assert len(g.outline) == 3
    assert g.place(1).side is HeadSide.HEAD
    assert [g.place(n).side for n in (2, 3, 4)] == [HeadSide.RIGHT] * 3
    assert g.place(5).side is HeadSide.CENTRE  # straight behind the head
    assert g.precedence_order()[:3] == [1, 2, 5]


def test_classroom_rows_alone_decide_the_seats_per_row() -> None:
    g = table_geometry(T.CLASSROOM, 10, rows=2)
    assert [s.edge for s in g.seats].count("row 1") == 5


# --- impossible settings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "count", "per_side", "head", "rows", "words"),
    [
        (T.ROUND, 0, None, 1, None, "at least one seat"),
        (T.ROUND, 5000, None, 1, None, "at most 2,000"),
        (T.ROUND, 8, None, 9, None, "one of seats 1 to 8, not 9"),
        (T.ROUND, 8, None, 0, None, "not 0"),
        (T.RECTANGLE, 13, 6, 1, None, "6 seats on each long side has 12 seats, not 13"),
        (T.RECTANGLE, 12, 0, 1, None, "at least 1"),
        (T.RECTANGLE_ONE_SIDE, 12, 5, 1, None, "all 12 of its seats on that side, not 5"),
        (T.BOARDROOM, 2, None, 1, None, "at least 3 seats"),
        (T.BOARDROOM, 15, 4, 1, None, "seats 9 or 10"),
        (T.HOLLOW_SQUARE, 3, None, 1, None, "at least 4 seats"),
        (T.HOLLOW_SQUARE, 13, 3, 1, None, "has 12 seats, not 13"),
        (T.U_SHAPE, 2, None, 1, None, "at least 3 seats"),
        (T.U_SHAPE, 10, 3, 1, None, "has 9 seats, not 10"),
        (T.CLASSROOM, 10, 4, 1, 2, "2 rows of 4 seats hold 5 to 8 seats, not 10"),
        (T.CLASSROOM, 3, None, 1, 4, "cannot fill 4 rows"),
        (T.CLASSROOM, 3, None, 1, 0, "at least one row"),
    ],
)
def test_impossible_settings_are_explained(
    shape: TableShape, count: int, per_side: int | None, head: int, rows: int | None, words: str
) -> None:
    with pytest.raises(UserError, match=words):
        table_geometry(shape, count, per_side, head, rows)


def test_round_tables_ignore_seats_per_side() -> None:
    assert len(table_geometry(T.ROUND, 6, seats_per_side=4).seats) == 6
