"""The events tree and its filter, checked by Qt's own model tester and by what a user sees."""

from __future__ import annotations

from gui_samples import standalone, trilateral
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from roundtable.domain.records import SeriesRecord
from roundtable.gui.events.events_filter import EventsFilterModel
from roundtable.gui.events.events_model import (
    EVENT_ID_ROLE,
    GROUP_KEY_ROLE,
    NODE_EVENT,
    NODE_KIND_ROLE,
    NODE_SERIES,
    NODE_STANDALONE,
    SEARCH_TEXT_ROLE,
    STANDALONE_TITLE,
    SUMMARY_ROLE,
    EventsModel,
)


def tree(model) -> list[tuple[str, list[str]]]:
    rows = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        children = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
        rows.append((group.data(), children))
    return rows


def test_empty_model_passes_the_model_tester(qtmodeltester, store):
    model = EventsModel()
    model.set_events(store.list_events())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_populated_model_and_filter_pass_the_model_tester(qtmodeltester, store, populated):
    model = EventsModel()
    model.set_events(store.list_events())
    qtmodeltester.check(model)
    proxy = EventsFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("moscow")
    proxy.set_filter_text("")
    model.set_events(store.list_events()[:1])  # a reset while the testers watch


def test_series_first_then_standalone_events_rounds_in_order(store):
    store.save_event(standalone())
    store.save_event(trilateral(2))
    store.save_event(trilateral(1))
    store.save_event(standalone("Arctic briefing", series=SeriesRecord(name="Arctic")))
    model = EventsModel()
    model.set_events(store.list_events())
    assert tree(model) == [
        ("Arctic", ["Arctic briefing"]),
        (
            "U.S.-Japan-Russia Trilateral",
            ["U.S.-Japan-Russia Trilateral: round 1", "U.S.-Japan-Russia Trilateral: round 2"],
        ),
        (STANDALONE_TITLE, ["Russia in the US-Japan Alliance?"]),
    ]


def test_roles_on_groups_and_events(store, populated):
    model = EventsModel()
    model.set_events(store.list_events())
    series = model.index(0, 0)
    assert series.data(NODE_KIND_ROLE) == NODE_SERIES
    assert series.data(EVENT_ID_ROLE) is None
    assert series.data(SEARCH_TEXT_ROLE) == ""
    assert [s.id for s in series.data(SUMMARY_ROLE)] == populated[:2]
    assert series.siblingAtColumn(2).data() == "2017–2018"
    event = model.index(1, 0, series)
    assert event.data(EVENT_ID_ROLE) == populated[1]
    assert event.data(NODE_KIND_ROLE) == NODE_EVENT
    assert event.siblingAtColumn(1).data() == "2"
    assert event.siblingAtColumn(2).data() == "15–16 Mar 2018"
    assert event.siblingAtColumn(3).data() == "Held"
    assert event.data(GROUP_KEY_ROLE) == series.data(GROUP_KEY_ROLE)
    assert model.index(1, 0).data(NODE_KIND_ROLE) == NODE_STANDALONE
    assert model.index_of_event(populated[2]).data() == "Russia in the US-Japan Alliance?"
    assert not model.index_of_event(9999).isValid()
    assert model.parent(QModelIndex()) == QModelIndex()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Event"


def filtered(store, text: str) -> list[tuple[str, list[str]]]:
    model = EventsModel()
    model.set_events(store.list_events())
    proxy = EventsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text(text)
    return tree(proxy)


def test_filter_is_case_insensitive_and_keeps_the_series_of_a_match(store, populated):
    assert filtered(store, "ROUND 2 2018") == [
        ("U.S.-Japan-Russia Trilateral", ["U.S.-Japan-Russia Trilateral: round 2"])
    ]


def test_filter_matches_series_programme_venue_city_and_slug(store, populated):
    slug = store.get_event(populated[2]).slug
    for text in ("trilateral", "track ii"):
        assert [g for g, _ in filtered(store, text)] == ["U.S.-Japan-Russia Trilateral"]
    for text in ("dc policy", "wilson center", "WASHINGTON", slug):
        assert filtered(store, text) == [(STANDALONE_TITLE, ["Russia in the US-Japan Alliance?"])]
    assert len(filtered(store, "moscow")[0][1]) == 2


def test_every_word_must_match_and_no_match_leaves_nothing(store, populated):
    assert filtered(store, "moscow 2017") == [
        ("U.S.-Japan-Russia Trilateral", ["U.S.-Japan-Russia Trilateral: round 1"])
    ]
    assert filtered(store, "nowhere at all") == []
    assert len(filtered(store, "   ")) == 2


def test_filtering_keeps_the_rows_that_stay_and_every_summary(store, populated):
    model = EventsModel()
    model.set_events(store.list_events())
    proxy = EventsFilterModel()
    proxy.setSourceModel(model)
    kept = QPersistentModelIndex(proxy.mapFromSource(model.index_of_event(populated[1])))
    gone = QPersistentModelIndex(proxy.mapFromSource(model.index_of_event(populated[2])))
    proxy.set_filter_text("Round 2 2018")
    assert proxy.filter_text == "round 2 2018" and model.event_count() == 3
    assert kept.isValid() and kept.data(EVENT_ID_ROLE) == populated[1]
    assert not gone.isValid()
    assert not proxy.mapFromSource(model.index_of_event(populated[2])).isValid()
    assert model.summary(populated[2]).id == populated[2]  # hidden, still known
    series = model.index_of_group(kept.data(GROUP_KEY_ROLE))
    assert len(series.data(SUMMARY_ROLE)) == 2  # the series row stands for all its rounds
    model.set_events(store.list_events())  # read again: the filter stays
    assert tree(proxy) == [
        ("U.S.-Japan-Russia Trilateral", ["U.S.-Japan-Russia Trilateral: round 2"])
    ]
    proxy.set_filter_text("")
    assert [len(children) for _group, children in tree(proxy)] == [2, 1]
