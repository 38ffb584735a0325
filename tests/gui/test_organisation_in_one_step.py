"""Adding an organisation in the event dialog takes one confirmation, with real key events."""

from __future__ import annotations

import pytest
from gui_samples import trilateral
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from roundtable.domain.enums import OrganisationKind, OrganisationRole
from roundtable.gui.common.organisation_dialog import OrganisationDialog
from roundtable.gui.events.event_editor import TAB_ORGANISATIONS, EventEditorDialog
from roundtable.services.edits.event import event_edit


@pytest.fixture
def saved(store):
    return store.get_event(store.save_event(trilateral(2)).id, with_attachment_data=True)


@pytest.fixture
def dialog(qtbot, store, saved):
    shown = EventEditorDialog(None, store, saved)
    qtbot.addWidget(shown)
    shown.tabs.setCurrentIndex(TAB_ORGANISATIONS)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown


def refuse_to_ask(*_args):
    raise AssertionError("no second dialog should be needed")


def test_a_new_name_and_return_adds_it_at_once(qtbot, store, saved, dialog, dialogs):
    page = dialog.organisations_page
    page.ask_organisation = refuse_to_ask
    page.add_combo.setFocus()
    page.add_role.setCurrentIndex(page.add_role.findData(OrganisationRole.SPONSOR))
    QTest.keyClicks(page.add_combo, "Asan  Institute")
    QTest.keyClick(page.add_combo, Qt.Key.Key_Return)
    assert dialogs.calls == [], "no question, no warning"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    added = page.organisations()[-1]
    assert (added.organisation.name, added.organisation.id) == ("Asan Institute", None)
    assert added.role is OrganisationRole.SPONSOR
    assert page.table.item(page.table.rowCount() - 1, 0).text() == "Asan Institute (new)"
    assert "“Asan Institute” is a new organisation" in page.added_hint.text()
    assert page.add_combo.currentText() == ""
    store.apply(event_edit(saved, dialog.record()))
    assert "Asan Institute" in {o.name for o in store.list_organisations()}


def test_add_finds_a_known_one_by_short_name_or_label(qtbot, saved, dialog):
    page = dialog.organisations_page
    page.ask_organisation = refuse_to_ask
    riac = saved.organisations[0].organisation
    for typed in ("riac", "Russian International Affairs Council (RIAC)"):
        page.add_role.setCurrentIndex(page.add_role.findData(OrganisationRole.SPONSOR))
        page.add_combo.setFocus()
        QTest.keyClicks(page.add_combo, typed)
        QTest.keyClick(page.add_combo, Qt.Key.Key_Return)
        assert page.organisations()[-1].organisation.id == riac.id, typed
        page.table.selectRow(page.table.rowCount() - 1)
        page.remove_selected()
    assert page.added_hint.isHidden()


def test_return_in_an_empty_finder_does_not_close_the_dialog(qtbot, dialog, dialogs):
    page = dialog.organisations_page
    page.add_combo.setFocus()
    QTest.keyClick(page.add_combo, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.calls == []


def test_new_organisation_opens_one_dialog_whose_ok_adds_it(qtbot, dialog, monkeypatch, dialogs):
    opened: list[str] = []

    def answer(organisation_dialog: OrganisationDialog) -> int:
        """The user sees the name typed, gives a kind and a country, and presses OK."""
        opened.append(organisation_dialog.name_edit.text())
        organisation_dialog.kind_combo.setCurrentIndex(
            organisation_dialog.kind_combo.findData(OrganisationKind.THINK_TANK)
        )
        organisation_dialog.country_edit.setText("South Korea")
        organisation_dialog.show()
        QTest.keyClick(organisation_dialog.name_edit, Qt.Key.Key_Return)
        return organisation_dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", answer)
    page = dialog.organisations_page
    page.add_combo.setFocus()
    QTest.keyClicks(page.add_combo, "Asan Institute")
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert opened == ["Asan Institute"], "one dialog, with the name typed"
    added = page.organisations()[-1].organisation
    assert (added.name, added.kind, added.country) == (
        "Asan Institute",
        OrganisationKind.THINK_TANK,
        "South Korea",
    )
    assert dialogs.calls == [] and page.added_hint.isHidden()
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # an empty finder: no name
    assert opened[-1] == ""


def test_the_role_column_shows_the_whole_role(dialog):
    page = dialog.organisations_page
    combo = page.table.cellWidget(0, 1)
    assert page.table.columnWidth(1) >= combo.sizeHint().width(), "not cut to “H”"
