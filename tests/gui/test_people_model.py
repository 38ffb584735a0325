"""The directory's table model and its filter: Qt's model contract, accents, scripts, sorting,
and 5,000 rows."""

from __future__ import annotations

import pytest
from people_samples import directory, summaries
from PySide6.QtCore import QItemSelectionModel, Qt

from roundtable.gui.people.people_model import (
    COLUMN_EVENTS,
    COLUMN_NAME,
    COLUMN_NATIVE,
    PERSON_ID_ROLE,
    SEARCH_TEXT_ROLE,
    PeopleFilterModel,
    PeopleModel,
    fold,
    search_text,
)


@pytest.fixture
def models(store):
    ids = directory(store)
    model = PeopleModel()
    model.set_people(store.list_people())
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    return ids, model, proxy


def shown_ids(proxy) -> list[int]:
    return [proxy.person_id(row) for row in range(proxy.rowCount())]


def test_people_model_follows_the_qt_contract(qtmodeltester, models):
    _ids, model, proxy = models
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter_text("ko")
    qtmodeltester.check(proxy, force_py=True)


def test_rows_read_like_a_directory(models):
    ids, model, _proxy = models
    row = model.row_of(ids["Kozuki"])
    assert model.index(row, COLUMN_NAME).data() == "Ambassador Toyohisa Kozuki"
    assert model.index(row, COLUMN_NATIVE).data() == "上月豊久"
    assert model.index(model.row_of(ids["Ha"]), COLUMN_NAME).data() == "Ha Yong-Chool"
    kortunov = model.index(model.row_of(ids["Kortunov"]), 2)
    assert kortunov.data() == "Russian International Affairs Council"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    # Sorted by family name, whatever order a name is shown in.
    assert [model.person_at(r).family_name for r in range(model.rowCount())] == [
        "Álvarez", "Ha", "Kortunov", "Kozuki", "Lin", "Papadaki",
    ]  # fmt: skip


def test_fold_drops_case_and_accents_but_keeps_scripts_apart():
    assert fold("José ÁLVAREZ") == "jose alvarez"
    assert fold("Ёлкин") == "елкин"
    assert fold("Ελένη Παπαδάκη") == "ελενη παπαδακη"
    assert fold("Jürgen Straße") == "jurgen strasse"
    assert fold("がっこう") == "がっこう"  # a voicing mark changes the word: kept
    assert fold("ＡＢＣ") == "abc"  # full-width letters, as some keyboards type them


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jose", ["Álvarez"]),
        ("ALVAREZ", ["Álvarez"]),
        ("кортунов", ["Kortunov"]),
        ("КОРТУНОВ", ["Kortunov"]),
        ("ελενη", ["Papadaki"]),
        ("上月", ["Kozuki"]),
        ("하용", ["Ha"]),
        ("russian council", ["Kortunov"]),  # every word, anywhere, any order
        ("spain", ["Álvarez"]),
        ("jose@example", ["Álvarez"]),
        ("kozuki ambassador", ["Kozuki"]),
        ("nobody", []),
    ],
)
def test_filter_ignores_case_and_accents_in_every_script(models, typed, expected):
    ids, _model, proxy = models
    proxy.set_filter_text(typed)
    assert shown_ids(proxy) == [ids[name] for name in expected]
    proxy.set_filter_text("")
    assert len(shown_ids(proxy)) == len(ids)


def test_excluded_people_never_show(models):
    ids, _model, proxy = models
    proxy.set_excluded({ids["Kortunov"], ids["Ha"]})
    assert ids["Kortunov"] not in shown_ids(proxy)
    proxy.set_filter_text("kortunov")
    assert shown_ids(proxy) == []


def test_sorting_happens_in_the_model_and_selection_follows(qtbot, models):
    from PySide6.QtWidgets import QTreeView

    ids, model, proxy = models
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.selectionModel().setCurrentIndex(
        proxy.index_of_person(ids["Lin"]),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(COLUMN_NATIVE, Qt.SortOrder.DescendingOrder)
    natives = [proxy.index(r, COLUMN_NATIVE).data() for r in range(proxy.rowCount())]
    assert natives[:2] == ["하용출", "林晓梅"]
    assert natives[-1] == ""  # no own-script name sorts last, in either order
    (selected,) = view.selectionModel().selectedRows()
    assert selected.data(PERSON_ID_ROLE) == ids["Lin"]
    view.sortByColumn(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COLUMN_NAME).data() == "José Álvarez"


def test_five_thousand_people_load_filter_and_sort(qtmodeltester):
    rows = summaries(5000)
    model = PeopleModel()
    model.set_people(rows)
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 5000
    proxy.set_filter_text("muller")  # finds "Müller…"
    assert 0 < proxy.rowCount() < 5000
    assert all("müller" in proxy.index(r, 0).data().casefold() for r in range(proxy.rowCount()))
    proxy.set_filter_text("ελενη")
    assert all(proxy.index(r, COLUMN_NATIVE).data() == "Ελένη" for r in range(proxy.rowCount()))
    proxy.set_filter_text("")
    proxy.sort(COLUMN_EVENTS, Qt.SortOrder.DescendingOrder)
    counts = [int(proxy.index(r, COLUMN_EVENTS).data() or 0) for r in range(200)]
    assert counts == sorted(counts, reverse=True)
    assert proxy.index(0, 0).data(SEARCH_TEXT_ROLE)


def test_flags_are_qts_own_constant(models):
    from PySide6.QtCore import QAbstractTableModel

    _ids, model, proxy = models
    assert "flags" not in vars(PeopleModel)  # never a call into Python
    assert PeopleModel.flags is QAbstractTableModel.flags
    assert model.flags(model.index(0, 0)) == (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert proxy.flags(proxy.index(0, 2)) == model.flags(model.index(0, 2))


def test_typing_narrows_and_a_new_list_or_sort_refilters(store):
    rows = summaries(500)
    model = PeopleModel()
    model.set_people(rows)
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    fresh = PeopleFilterModel()
    fresh.setSourceModel(model)
    for typed in ("m", "mu", "mul", "mull", "muller", "muller e", "mu", "", "ελ", "ελενη"):
        proxy.set_filter_text(typed)  # letter by letter: narrowing searches earlier matches
        fresh.set_filter_text("")
        fresh.set_filter_text(typed)  # from nothing: searches everyone
        assert shown_ids(proxy) == shown_ids(fresh), typed
    proxy.set_filter_text("muller")
    before = set(shown_ids(proxy))
    proxy.sort(COLUMN_NATIVE, Qt.SortOrder.DescendingOrder)
    assert set(shown_ids(proxy)) == before
    model.set_people(rows[:100])  # a reload re-runs the filter on the new list
    assert set(shown_ids(proxy)) == {r.id for r in rows[:100] if "muller" in search_text(r)}


def test_the_selection_follows_its_person_when_most_rows_go(qtbot):
    from PySide6.QtWidgets import QTreeView

    model = PeopleModel()
    model.set_people(summaries(500))
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    target = next(r for r in range(model.rowCount()) if "muller" in model.search_text_at(r))
    person_id = model.person_id_at(target)
    view.selectionModel().setCurrentIndex(
        proxy.index_of_person(person_id),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    proxy.set_filter_text("muller")  # most rows go at once
    assert proxy.rowCount() < 250
    (selected,) = view.selectionModel().selectedRows()
    assert selected.data(PERSON_ID_ROLE) == person_id
    assert view.currentIndex().data(PERSON_ID_ROLE) == person_id


def test_search_texts_folded_ahead_in_slices_match_those_folded_at_once():
    rows = summaries(300)
    ahead = PeopleModel()
    ahead.set_people(rows)
    before = [ahead.person_at(r) for r in range(300)]
    slices = 1
    while not ahead.fold_ahead(64):
        slices += 1
    assert slices == 5
    assert [ahead.person_at(r) for r in range(300)] == before  # texts shared, not changed
    by_id = {r.id: r for r in rows}
    assert [ahead.search_text_at(r) for r in range(300)] == [
        search_text(by_id[ahead.person_id_at(r)]) for r in range(300)
    ]
    ahead.set_people(rows[:10])  # a new list starts over
    assert len(ahead.search_texts()) == 10


def test_the_list_reads_what_list_people_reads(store):
    directory(store)
    listed = store.list_directory()
    rows = [listed.row(i) for i in range(len(listed.people))]
    summaries_by_id = {p.id: p for p in store.list_people()}
    assert [r.id for r in rows] == sorted(summaries_by_id)  # by id: sorting relies on it
    for row in rows:
        summary = summaries_by_id[row.id]
        assert all(getattr(summary, field) == value for field, value in row._asdict().items())
    assert any(r.affiliations for r in rows) and any(r.event_count == 0 for r in rows)
