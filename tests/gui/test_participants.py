"""The Participants tab: order by drag and by buttons, cell edits, adding (directory or new),
removing, counts, read-only, export, and the print dialog for the bios booklet and name cards;
each change one undo step."""

from __future__ import annotations

import pytest
from gui_samples import trilateral
from people_samples import jpeg_bytes, person
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QMessageBox

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.records import DelegationRecord, ParticipationRecord
from roundtable.gui.common import export_dialogs
from roundtable.gui.common.signals import emit
from roundtable.gui.participants import person_picker
from roundtable.gui.participants.participants_model import (
    COLUMN_ATTENDANCE,
    COLUMN_DELEGATION,
    COLUMN_NAME,
    COLUMN_ROLE,
    ParticipantsModel,
    count_participants,
)
from roundtable.gui.participants.person_picker import PickedPeople
from roundtable.gui.people import person_editor
from roundtable.gui.shell.main_window import TAB_PARTICIPANTS
from roundtable.services.edits.participants import remove_edit


def four_people_event():
    event = trilateral(2)
    event.delegations.append(DelegationRecord("Japanese delegation", "Japan"))
    for index, (given, family, native, role, delegation) in enumerate(
        [
            ("Toyohisa", "Kozuki", "上月豊久", ParticipantRole.OPENING_SPEAKER,
             "Japanese delegation"),
            ("Eleni", "Papadaki", "Ελένη Παπαδάκη", ParticipantRole.RAPPORTEUR, ""),
            ("Ji-woo", "Seo", "서지우", ParticipantRole.OBSERVER, ""),
        ],
        start=2,
    ):  # fmt: skip
        event.participants.append(
            ParticipationRecord(
                person(given, family, native_name=native), role, delegation, precedence=index
            )  # fmt: skip
        )
    event.participants[0].precedence = 1
    return event


@pytest.fixture
def event_id(store):
    return store.save_event(four_people_event()).id


@pytest.fixture
def tab(window, event_id):
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    view = window.participants_view
    assert view is not None and view.isVisible()
    return view


def names(store, event_id) -> list[str]:
    event = store.get_event(event_id)
    return [p.person.family_name for p in sorted(event.participants, key=lambda p: p.precedence)]


def table_names(view) -> list[str]:
    return [view.model.participation(r).person.family_name for r in range(view.model.rowCount())]


def test_model_follows_the_qt_contract(qtmodeltester, store, event_id):
    model = ParticipantsModel()
    model.set_event(store.get_event(event_id))
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, COLUMN_NAME).data() == "Toyohisa Kozuki"
    assert model.index(1, COLUMN_DELEGATION).data() == "Japanese delegation"
    assert model.index(2, COLUMN_DELEGATION).data() == "—"
    assert model.index(0, 0).data() == "1"


def test_the_tab_is_built_when_first_shown(window, event_id):
    window.reload()
    window.select_event(event_id)
    assert window.participants_view is None
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    assert window.participants_view is not None
    assert window.participants_view.model.rowCount() == 4


def test_drop_reorders_as_one_command(tab, store, event_id, window):
    model = tab.model
    data = model.mimeData([model.index(3, COLUMN_NAME)])  # Seo
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert names(store, event_id) == ["Kortunov", "Seo", "Kozuki", "Papadaki"]
    assert table_names(tab) == ["Kortunov", "Seo", "Kozuki", "Papadaki"]
    assert window.undo_stack.undoText() == "Move Seo"
    assert [r for r in tab.selected_rows()] == [1]  # the moved row stays selected
    window.undo_action.trigger()
    assert names(store, event_id) == ["Kortunov", "Kozuki", "Papadaki", "Seo"]
    window.redo_action.trigger()
    assert names(store, event_id) == ["Kortunov", "Seo", "Kozuki", "Papadaki"]


def test_dropping_several_rows_keeps_their_order(tab, store, event_id):
    model = tab.model
    data = model.mimeData([model.index(0, 1), model.index(2, 1)])  # Kortunov, Papadaki
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # at the end
    assert names(store, event_id) == ["Kozuki", "Seo", "Kortunov", "Papadaki"]
    assert tab.undo_stack.undoText() == "Move 2 participants"


def test_a_drop_from_another_event_or_onto_itself_is_ignored(tab, store, event_id):
    model = tab.model
    data = model.mimeData([model.index(1, 1)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    other = ParticipantsModel()
    other.set_event(store.get_event(store.save_event(trilateral(1)).id))
    foreign = other.mimeData([other.index(0, 1)])
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert tab.undo_stack.count() == 0


def test_buttons_and_alt_arrows_move_the_selection(tab, store, event_id, window):
    tab.table.selectRow(2)  # Papadaki
    assert tab.up_button.isEnabled() and tab.down_button.isEnabled()
    tab.up_button.click()
    assert names(store, event_id) == ["Kortunov", "Papadaki", "Kozuki", "Seo"]
    assert window.undo_stack.undoText() == "Move Papadaki up"
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(store, event_id) == ["Papadaki", "Kortunov", "Kozuki", "Seo"]
    assert not tab.up_button.isEnabled()  # at the top now
    QTest.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(store, event_id) == ["Kortunov", "Papadaki", "Kozuki", "Seo"]
    assert window.undo_stack.undoText() == "Move Papadaki down"
    assert window.undo_stack.count() == 3


@pytest.mark.parametrize(
    ("column", "value", "field", "expected", "text"),
    [
        (COLUMN_ROLE, ParticipantRole.CHAIR, "role", ParticipantRole.CHAIR,
         "Set role of Papadaki to Chair"),
        (COLUMN_ATTENDANCE, Attendance.CONFIRMED, "attendance", Attendance.CONFIRMED,
         "Set attendance of Papadaki to Confirmed"),
        (COLUMN_DELEGATION, "Japanese delegation", "delegation", "Japanese delegation",
         "Set delegation of Papadaki to Japanese delegation"),
        (COLUMN_DELEGATION, "  Greek   observers ", "delegation", "Greek observers",
         "Set delegation of Papadaki to Greek observers"),
    ],
)  # fmt: skip
def test_cell_edits_are_commands(tab, store, event_id, window, column, value, field, expected,
                                 text):  # fmt: skip
    before = store.get_event(event_id)
    assert tab.model.setData(tab.model.index(2, column), value)
    after = store.get_event(event_id)
    papadaki = next(p for p in after.participants if p.person.family_name == "Papadaki")
    assert getattr(papadaki, field) == expected
    assert window.undo_stack.undoText() == text
    if expected == "Greek observers":  # a new delegation is created with the change
        assert "Greek observers" in [d.name for d in after.delegations]
    window.undo_action.trigger()
    assert store.get_event(event_id) == before


def test_an_unchanged_value_is_no_command(tab, window):
    assert not tab.model.setData(tab.model.index(0, COLUMN_ROLE), ParticipantRole.OPENING_SPEAKER)
    assert window.undo_stack.count() == 0


def test_the_role_cell_opens_a_combo_box(tab, qtbot):
    index = tab.model.index(1, COLUMN_ROLE)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.findChild(QComboBox)
    assert editor is not None
    assert editor.currentText() == "Opening speaker"
    editor.setCurrentIndex(editor.findText("Chair"))
    emit(editor.activated, editor.currentIndex())
    qtbot.waitUntil(lambda: tab.model.participation(1).role is ParticipantRole.CHAIR)


def test_add_from_the_directory(tab, store, event_id, window, monkeypatch):
    extra = [store.save_person(person("Lin", "Xiaomei")), store.save_person(person("A", "Bee"))]
    seen = {}

    def pick(parent, store_, exclude, delegations, title):
        seen["exclude"], seen["delegations"] = exclude, delegations
        return PickedPeople([p.id for p in extra], ParticipantRole.OBSERVER, "Observers",
                            Attendance.CONFIRMED), True  # fmt: skip

    monkeypatch.setattr(person_picker, "get_people", pick)
    before = store.get_event(event_id)
    people_before = {p.id for p in store.list_people()}
    tab.add_button.click()
    assert seen["exclude"] == {p.person.id for p in before.participants}
    assert seen["delegations"] == ["Russian delegation", "Japanese delegation"]
    assert names(store, event_id)[-2:] == ["Xiaomei", "Bee"]
    assert window.undo_stack.undoText().startswith("Add 2 participants to “U.S.-Japan")
    added = [p for p in store.get_event(event_id).participants if p.person.id in
             {e.id for e in extra}]  # fmt: skip
    assert {(p.role, p.delegation, p.attendance) for p in added} == {
        (ParticipantRole.OBSERVER, "Observers", Attendance.CONFIRMED)
    }
    assert tab.selected_rows() == [4, 5]
    window.undo_action.trigger()
    assert store.get_event(event_id) == before
    assert {p.id for p in store.list_people()} == people_before  # nobody was created


def test_add_a_new_person_creates_them_and_undo_removes_them(tab, store, event_id, window,
                                                             monkeypatch):  # fmt: skip
    photo = jpeg_bytes()
    new = person("Haruka", "Morita", native_name="森田遥", photo=photo, photo_mime="image/jpeg")
    monkeypatch.setattr(person_editor, "get_person", lambda *a, **k: (new, True))
    people_before = {p.id for p in store.list_people()}
    before = store.get_event(event_id)
    tab.new_button.click()
    assert (
        window.undo_stack.undoText()
        == "Add Haruka Morita to “U.S.-Japan-Russia Trilateral: round 2”"
    )
    (created,) = {p.id for p in store.list_people()} - people_before
    assert store.person_snapshot(created).person.photo == photo  # kept, unlike save_event
    window.undo_action.trigger()
    assert {p.id for p in store.list_people()} == people_before
    assert store.get_event(event_id) == before
    window.redo_action.trigger()
    assert created in {p.id for p in store.list_people()}  # the same id again
    assert names(store, event_id)[-1] == "Morita"


def test_add_new_person_may_turn_out_to_be_someone_existing(tab, store, event_id, monkeypatch,
                                                           dialogs):  # fmt: skip
    existing = store.save_person(person("Lin", "Xiaomei"))
    monkeypatch.setattr(person_editor, "get_person", lambda *a, **k: (existing, True))
    tab.new_button.click()
    assert names(store, event_id)[-1] == "Xiaomei"
    assert len(store.list_people()) == 5  # referenced, not created again
    tab.new_button.click()  # already in the event now
    assert "already takes part in this event" in dialogs.texts("information")[0]


def test_remove_asks_and_undo_puts_them_back(tab, store, event_id, window, dialogs):
    before = store.get_event(event_id)
    tab.table.selectRow(1)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    tab.remove_button.click()
    assert store.get_event(event_id) == before
    dialogs.answer = QMessageBox.StandardButton.Yes
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)  # the table's Delete, not the event's
    assert names(store, event_id) == ["Kortunov", "Papadaki", "Seo"]
    assert "Remove Toyohisa Kozuki from" in dialogs.texts("question")[-1]
    assert store.list_events()  # the event itself is still there
    window.undo_action.trigger()
    assert store.get_event(event_id) == before


def test_counts_by_role_delegation_and_attendance(tab, store, event_id):
    counts = count_participants(store.get_event(event_id))
    assert counts.total == 4
    assert counts.delegations == [("Russian delegation", 1), ("Japanese delegation", 1), ("", 2)]
    text = tab.counts_label.text()
    assert "4 participants" in text
    assert "Opening speaker 2" in text and "Rapporteur 1" in text
    assert "Russian delegation 1, Japanese delegation 1, no delegation 2" in text
    assert "Invited 4" in text


def test_read_only_disables_every_change(qtbot, db_path, store, event_id, settings):
    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.store.facade import Store

    reader = Store.open(str(db_path), read_only=True)
    main = MainWindow(reader, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.select_event(event_id)
    qtbot.waitUntil(lambda: main.overview.current_event is not None)
    main.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    view = main.participants_view
    view.table.selectRow(1)
    for button in (view.add_button, view.new_button, view.remove_button, view.up_button,
                   view.down_button, view.import_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert view.export_button.isEnabled() and view.bios_button.isEnabled()
    assert view.namecards_button.isEnabled()  # printing only reads
    assert not view.model.flags(view.model.index(1, COLUMN_ROLE)) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.setData(view.model.index(1, COLUMN_ROLE), ParticipantRole.CHAIR)
    assert not view.table.dragEnabled()
    reader.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_list(tab, tmp_path, dialogs, suffix):
    dialogs.save_path = str(tmp_path / f"list{suffix}")
    tab.export_button.click()
    assert (tmp_path / f"list{suffix}").stat().st_size > 0
    if suffix == ".csv":
        text = (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
        assert "上月豊久" in text and "Ελένη Παπαδάκη" in text
    assert dialogs.calls[0][2].endswith("-participants.csv")  # the suggested name


def test_export_without_a_suffix_takes_the_filter_s(tab, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "list"), export_dialogs.XLSX_FILTER)),
    )  # fmt: skip
    tab.export_participants()
    assert (tmp_path / "list.xlsx").exists()


def test_export_for_older_excel_writes_the_interface_language_s_code_page(
    tab, tmp_path, monkeypatch
):
    """The second CSV filter is the legacy code page (Windows-1252 for English; cp1251 and
    cp932 for Russian and Japanese interfaces); a name it cannot hold is refused, naming it."""
    from PySide6.QtWidgets import QFileDialog

    shown: list[str] = []

    def pick_second(_parent, _caption, _suggested, filters):
        shown.extend(filters.split(";;"))
        return str(tmp_path / "list.csv"), shown[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick_second))
    tab.export_participants()
    assert "Windows-1252" in shown[1] and shown[1].endswith("(*.csv)")
    assert not (tmp_path / "list.csv").exists()  # 上月豊久 has no Windows-1252 form


def test_bios_booklet_and_name_cards_open_the_print_dialog(tab, store, event_id, monkeypatch):
    from roundtable.gui.printing import print_dialog

    opened = []

    def fake_open(parent, context, kinds, initial_key=None):
        opened.append((initial_key, context.event, context.selected_participation_ids))
        return "Bios booklet: saved to /tmp/bios.pdf"

    monkeypatch.setattr(print_dialog, "open_print_dialog", fake_open)
    tab.bios_button.click()
    tab.table.selectRow(2)
    tab.namecards_button.click()
    stored = store.get_event(event_id)
    assert opened == [("bios", stored, []), ("namecards", stored, [tab.model.participation(2).id])]


def test_removing_a_seated_speaker_takes_them_off_agenda_and_seats_and_undo_restores(store):
    from roundtable.domain.seating import PairRule
    from roundtable.services.demo import load_demo

    load_demo(store)
    dc = store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))
    pid = {p.person.family_name: p.id for p in dc.participants}
    dc.seating_plans[0].pair_rules = [PairRule(pid["Ha"], pid["Saunders"])]
    before = store.save_event(dc)
    removed = store.apply(remove_edit(before, [pid["Ha"], pid["Boyle"]]))
    after = store.get_event(dc.id)
    assert pid["Ha"] not in after.seating_plans[0].occupants().values()
    assert after.seating_plans[0].pair_rules == []
    assert all(s.participation_id != pid["Ha"] for i in after.days[0].items for s in i.speakers)
    assert all(i.chair_participation_id is None for i in after.days[0].items)
    store.undo(removed)
    assert store.get_event(dc.id) == before
