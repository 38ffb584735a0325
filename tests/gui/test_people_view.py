"""The People view in the main window: switching modes, adding, editing, deleting and merging
people (each undoable), the person's page, and read-only windows."""

from __future__ import annotations

import copy

import pytest
from gui_samples import trilateral
from people_samples import jpeg_bytes, person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed
from roundtable.gui.people import merge_dialog, person_editor
from roundtable.gui.people.merge_dialog import MergeDialog
from roundtable.gui.people.people_model import COLUMN_NAME
from roundtable.gui.shell.main_window import MODE_EVENTS, MODE_PEOPLE, MainWindow


def editor_returns(monkeypatch, make):
    seen = []

    def fake(parent, store, record=None, **kwargs):
        seen.append((copy.deepcopy(record), kwargs))
        result = make(copy.deepcopy(record))
        return result, result is not None

    monkeypatch.setattr(person_editor, "get_person", fake)
    return seen


@pytest.fixture
def people(window):
    window.set_mode(MODE_PEOPLE)
    return window.people_view


def names_in_list(view) -> list[str]:
    return [view.proxy.index(r, COLUMN_NAME).data() for r in range(view.proxy.rowCount())]


def test_people_view_is_built_and_loaded_when_first_shown(window, store, populated):
    window.reload()
    assert window.people_view is None
    assert not window.people_mode_action.isChecked()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.people_view
    assert window.mode == MODE_PEOPLE and view is not None and view.isVisible()
    assert view.model.rowCount() == store.count_people() == 2
    assert view.count_label.text() == "2 people"
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == MODE_EVENTS and window.tree.isVisible()


def test_each_mode_shows_its_own_actions(window, people):
    assert not window.new_action.isVisible() and not window.edit_action.isVisible()
    assert window.new_person_action.isVisible() and window.merge_people_action.isVisible()
    assert window.new_person_action.isEnabled()
    window.set_mode(MODE_EVENTS)
    assert window.new_action.isVisible() and not window.new_person_action.isVisible()


def test_new_person_with_ctrl_n_is_undoable(window, people, store, monkeypatch):
    editor_returns(monkeypatch, lambda _record: person("Eleni", "Papadaki",
                                                        native_name="Ελένη Παπαδάκη"))  # fmt: skip
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names_in_list(people) == ["Eleni Papadaki"]
    assert people.selected_person_ids() == [store.list_people()[0].id]
    assert "Ελένη Παπαδάκη" in people.page.browser.toPlainText()
    assert window.undo_stack.undoText() == "Add person “Eleni Papadaki”"
    window.undo_action.trigger()
    assert names_in_list(people) == [] and store.count_people() == 0
    window.redo_action.trigger()
    assert names_in_list(people) == ["Eleni Papadaki"]
    assert window.counts_label.text() == "0 events · 1 person"


def test_edit_person_updates_the_list_and_the_events(window, store, populated, monkeypatch):
    window.set_mode(MODE_PEOPLE)
    view = window.people_view
    kortunov = next(p for p in store.list_people() if p.event_count and p.family_name)
    view.select_people([kortunov.id])

    def rename(record):
        record.given_name = "Andrei"
        return record

    seen = editor_returns(monkeypatch, rename)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert seen[0][0].id == kortunov.id
    assert "Andrei Kortunov" in names_in_list(view)
    assert view.selected_person_ids() == [kortunov.id]
    assert window.undo_stack.undoText() == "Edit person “Andrei Kortunov”"
    window.set_mode(MODE_EVENTS)
    window.select_event(populated[0])
    assert "Andrei Kortunov" in window.overview.toPlainText()
    window.undo_action.trigger()
    assert "Andrey Kortunov" in window.overview.toPlainText()


def test_cancelled_or_unchanged_edit_pushes_nothing(window, people, store, monkeypatch):
    saved = store.save_person(person("A", "B"))
    people.reload()
    people.select_people([saved.id])
    editor_returns(monkeypatch, lambda record: None)
    people.edit_person()
    editor_returns(monkeypatch, lambda record: record)
    people.edit_person()
    assert window.undo_stack.count() == 0


def test_deleting_someone_in_events_is_explained(window, store, populated, dialogs):
    window.set_mode(MODE_PEOPLE)
    view = window.people_view
    busy = next(p for p in store.list_people() if p.event_count)
    view.select_people([busy.id])
    window.delete_person_action.trigger()
    (text,) = dialogs.texts("information")
    assert "takes part in 1 event" in text and "U.S.-Japan-Russia Trilateral" in text
    assert "merge" in text
    assert window.undo_stack.count() == 0 and dialogs.kinds() == ["information"]


def test_delete_asks_and_undo_brings_them_back(window, people, store, dialogs):
    saved = store.save_person(person("Ji-woo", "Seo", native_name="서지우", photo=jpeg_bytes(),
                                     photo_mime="image/jpeg"))  # fmt: skip
    before = store.person_snapshot(saved.id)
    people.reload()
    people.select_people([saved.id])
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.delete_person_action.trigger()
    assert store.count_people() == 1
    dialogs.answer = QMessageBox.StandardButton.Yes
    QTest.keyClick(people.table, Qt.Key.Key_Delete)
    assert store.count_people() == 0
    window.undo_action.trigger()
    assert store.person_snapshot(saved.id) == before
    assert people.selected_person_ids() == [saved.id]


def test_merge_two_records_and_undo(window, store, populated, monkeypatch):
    window.set_mode(MODE_PEOPLE)
    view = window.people_view
    records = [p for p in store.list_people() if p.family_name == "Kortunov"]
    assert len(records) == 2  # each sample round brought its own record
    keep, other = records
    window.merge_people_action.setEnabled(True)
    view.select_people([keep.id, other.id])
    assert window.merge_people_action.isEnabled()
    assert "2 people selected" in view.page.browser.toPlainText()
    asked = []

    def choose(parent, store_, first, second):
        asked.append((first, second))
        return (second, first), True

    monkeypatch.setattr(merge_dialog, "get_merge", choose)
    window.merge_people_action.trigger()
    assert asked == [(keep.id, other.id)]
    left = [p for p in store.list_people() if p.family_name == "Kortunov"]
    assert [p.id for p in left] == [other.id] and left[0].event_count == 2
    assert view.selected_person_ids() == [other.id]
    assert window.undo_stack.undoText() == "Merge “Andrey Kortunov” into “Andrey Kortunov”"
    window.undo_action.trigger()
    assert sorted(p.id for p in store.list_people() if p.family_name == "Kortunov") == sorted(
        [keep.id, other.id]
    )
    assert {e.event_id for e in store.person_events(keep.id)} == {populated[0]}


def test_merge_needs_two_people(window, people, store, dialogs):
    store.save_person(person("A", "B"))
    people.reload()
    people.select_people([store.list_people()[0].id])
    assert not window.merge_people_action.isEnabled()
    people.merge_people()
    assert "Select the two records" in dialogs.texts("information")[0]


def test_merge_dialog_explains_and_chooses(qtbot, store, populated):
    first, second = [p for p in store.list_people() if p.family_name == "Kortunov"]
    dialog = MergeDialog(
        None,
        (store.get_person(first.id), store.get_person(second.id)),
        (store.person_events(first.id), store.person_events(second.id)),
    )
    qtbot.addWidget(dialog)
    assert dialog.choice() == (first.id, second.id)
    text = dialog.explanation.text()
    assert "1 participation moves" in text and "Edit ▸ Undo" in text
    dialog.keep_buttons[1].click()
    assert dialog.choice() == (second.id, first.id)
    assert dialog.ok_button.text() == "Merge into Andrey Kortunov"


def test_person_page_lists_events_and_jumps_to_one(window, store, populated):
    window.reload()
    window.set_mode(MODE_PEOPLE)
    view = window.people_view
    kortunov = next(p for p in store.list_people() if p.event_count)
    view.select_people([kortunov.id])
    page = view.page
    assert page.events_model.rowCount() == 1
    index = page.events_model.index(0, 0)
    assert index.data() == "U.S.-Japan-Russia Trilateral: round 1"
    assert page.events_model.index(0, 2).data() == "1"  # the round
    assert page.events_model.index(0, 3).data() == "Opening speaker"
    assert page.events_model.index(0, 4).data() == "Russian delegation"
    window.filter_edit.setText("nothing matches this")
    emit(page.events_view.activated, index)
    assert window.mode == MODE_EVENTS
    assert window.selected_event_id() == populated[0]
    assert window.filter_edit.text() == ""


def test_person_page_shows_photo_contacts_and_bio(window, people, store):
    saved = store.save_person(
        person(
            "Eleni",
            "Papadaki",
            email="e@example.org",
            website="example.org",
            bio="First.\n\nSecond <b>not bold</b>.",
            photo=jpeg_bytes(),
            photo_mime="image/jpeg",
        )  # fmt: skip
    )
    people.reload(select=saved.id)
    html = people.page.browser.toHtml()
    assert "roundtable-photo:current" in html
    assert "mailto:e@example.org" in html and "https://example.org" in html
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html
    assert not people.page.browser.photo.isNull()


def test_filter_counts_and_keeps_a_selection(window, people, store):
    for given, family in (("José", "Álvarez"), ("Jose", "Smith"), ("Ana", "Ruiz")):
        store.save_person(person(given, family))
    people.reload()
    people.filter_edit.setText("JOSE")
    assert people.count_label.text() == "2 of 3 people"
    assert len(people.selected_person_ids()) == 1
    QTest.keyClick(people.filter_edit, Qt.Key.Key_Escape)
    assert people.count_label.text() == "3 people"


def test_changes_in_events_reach_the_people_view(window, store, populated):
    window.reload()
    window.set_mode(MODE_PEOPLE)
    view = window.people_view
    window.set_mode(MODE_EVENTS)
    window.select_event(populated[1])
    window.delete_action.trigger()  # the dialogs fixture answers Yes
    window.set_mode(MODE_PEOPLE)
    counts = {view.model.person_at(r).event_count for r in range(view.model.rowCount())}
    assert counts == {0, 1}


def test_the_mode_is_remembered(qtbot, store, settings, populated):
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.set_mode(MODE_PEOPLE)
    first.save_layout()
    second = MainWindow(store, settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.mode == MODE_PEOPLE)
    assert second.people_view is not None


def test_read_only_window_changes_no_one(qtbot, db_path, store, settings, populated, monkeypatch):
    from roundtable.store.facade import Store

    reader = Store.open(str(db_path), read_only=True)
    main = MainWindow(reader, settings)
    qtbot.addWidget(main)
    main.show()
    main.set_mode(MODE_PEOPLE)
    view = main.people_view
    view.select_people([reader.list_people()[0].id])
    for action in main.people_actions:
        assert not action.isEnabled(), action.text()
    called = editor_returns(monkeypatch, lambda record: record)
    view.edit_person()
    view.new_person()
    view.delete_person()
    view.merge_people()
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert called == [] and main.undo_stack.count() == 0
    reader.close()


def test_people_added_by_an_event_show_in_the_directory(window, store, monkeypatch):
    window.set_mode(MODE_PEOPLE)
    assert window.people_view.model.rowCount() == 0
    window.set_mode(MODE_EVENTS)
    store_event = store.save_event(trilateral(1))
    window._after_change(Changed.reload(store_event.id))
    window.set_mode(MODE_PEOPLE)
    assert names_in_list(window.people_view) == ["Andrey Kortunov"]


def test_an_untouched_person_with_a_photo_is_no_edit(window, people, store, monkeypatch):
    from roundtable.gui.people.person_editor import PersonEditorDialog

    saved = store.save_person(person("A", "B", photo=jpeg_bytes(), photo_mime="image/jpeg"))
    people.reload(select=saved.id)
    monkeypatch.setattr(PersonEditorDialog, "exec", lambda self: (self.accept(), self.result())[1])
    people.edit_person()
    assert window.undo_stack.count() == 0


def test_typing_keeps_the_selection_and_loads_the_page_when_typing_pauses(
    qtbot, window, people, store
):
    for given, family in (("José", "Álvarez"), ("Jose", "Smith"), ("Ana", "Ruiz")):
        store.save_person(person(given, family))
    people.reload()
    smith = next(p.id for p in store.list_people() if p.family_name == "Smith")
    people.select_people([smith])
    assert people.page.current_person.family_name == "Smith"
    reports = []
    people.selection_changed.connect(lambda: reports.append(people.selected_person_ids()))
    for end in range(1, len("jose") + 1):  # Smith matches every prefix: nothing changes
        people.filter_edit.setText("jose"[:end])
        assert people.selected_person_ids() == [smith]
    assert reports == []
    assert not people._page_timer.isActive()
    # Smith is filtered out: the first one shown is selected, reported once per keystroke,
    # and the page follows only once typing pauses.
    people.filter_edit.setText("jose a")
    (alvarez,) = people.selected_person_ids()
    assert reports == [[alvarez]]
    assert people.page.current_person.family_name == "Smith"
    with qtbot.waitSignal(people.person_shown, timeout=5000):
        people.filter_edit.setText("jose al")
    assert len(reports) == 1  # still the same person: no second report
    assert people.page.current_person.family_name == "Álvarez"


def test_a_click_still_shows_the_person_at_once(window, people, store):
    for given, family in (("José", "Álvarez"), ("Ana", "Ruiz")):
        store.save_person(person(given, family))
    people.reload()
    ruiz = next(p.id for p in store.list_people() if p.family_name == "Ruiz")
    people.select_people([ruiz])
    assert people.page.current_person.family_name == "Ruiz"
    assert not people._page_timer.isActive()


def test_home_and_end_go_to_the_first_and_last_person(window, people, store):
    for given in ("Ana", "Bea", "Cleo"):
        store.save_person(person(given, "Zed"))
    people.reload()
    people.select_people([store.list_people()[1].id])
    QTest.keyClick(people.table, Qt.Key.Key_End)
    assert people.table.currentIndex().row() == 2
    QTest.keyClick(people.table, Qt.Key.Key_Home)
    assert people.table.currentIndex().row() == 0
    assert people.selected_person_ids() == [people.proxy.person_id(0)]
