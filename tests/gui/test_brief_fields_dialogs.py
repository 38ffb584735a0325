"""Issue 21's fields in the dialogs: the person editor's "Pronunciation" and the event
editor's attribution rule and house rules, saved and undone through the usual edit commands."""

from __future__ import annotations

import pytest
from gui_samples import trilateral
from people_samples import directory
from PySide6.QtGui import QUndoStack

from roundtable.domain.enums import Attribution
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.events.event_commands import EditEventCommand
from roundtable.gui.events.event_editor import TAB_TEXTS, EventEditorDialog
from roundtable.gui.people.people_commands import EditPersonCommand
from roundtable.gui.people.person_editor import PersonEditorDialog


@pytest.fixture
def context(store):
    return CommandContext(store, changed=lambda _changed: None, failed=lambda *_args: None)


def test_pronunciation_is_edited_saved_and_undone(qtbot, store, context):
    ids = directory(store)
    before = store.get_person(ids["Kortunov"])
    dialog = PersonEditorDialog(None, store, before)
    qtbot.addWidget(dialog)
    assert dialog.pronunciation_edit.text() == ""
    assert "HEE" in dialog.pronunciation_edit.placeholderText()
    dialog.pronunciation_edit.setText("  an-DRAY   kor-TOO-nov ")
    edited = dialog.record()
    assert edited.pronunciation == "an-DRAY kor-TOO-nov"

    stack = QUndoStack()
    stack.push(EditPersonCommand(context, before, edited))
    assert store.get_person(ids["Kortunov"]).pronunciation == "an-DRAY kor-TOO-nov"
    reopened = PersonEditorDialog(None, store, store.get_person(ids["Kortunov"]))
    qtbot.addWidget(reopened)
    assert reopened.pronunciation_edit.text() == "an-DRAY kor-TOO-nov"
    assert reopened.record() == store.get_person(ids["Kortunov"])
    stack.undo()
    assert store.get_person(ids["Kortunov"]) == before
    stack.redo()
    assert store.get_person(ids["Kortunov"]).pronunciation == "an-DRAY kor-TOO-nov"


def test_attribution_and_house_rules_are_edited_saved_and_undone(qtbot, store, context):
    saved = store.get_event(store.save_event(trilateral(2)).id, with_attachment_data=True)
    dialog = EventEditorDialog(None, store, saved)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(TAB_TEXTS)
    assert dialog.attribution_combo.currentData() == Attribution.ON_RECORD
    assert [dialog.attribution_combo.itemText(i) for i in range(3)] == [
        "On the record", "Chatham House Rule", "Off the record",
    ]  # fmt: skip
    assert dialog.house_rules_edit.toPlainText() == ""
    dialog.attribution_combo.setCurrentIndex(
        dialog.attribution_combo.findData(Attribution.CHATHAM_HOUSE)
    )
    dialog.house_rules_edit.setPlainText("No recording.\nNo press.\n")
    edited = dialog.record()
    assert (edited.attribution, edited.house_rules) == (
        Attribution.CHATHAM_HOUSE, "No recording.\nNo press.",
    )  # fmt: skip

    stack = QUndoStack()
    stack.push(EditEventCommand(context, saved, edited))
    assert stack.count() == 1
    stored = store.get_event(saved.id)
    assert (stored.attribution, stored.house_rules) == edited_pair(edited)
    reopened = EventEditorDialog(None, store, store.get_event(saved.id, with_attachment_data=True))
    qtbot.addWidget(reopened)
    assert reopened.attribution_combo.currentData() == Attribution.CHATHAM_HOUSE
    assert reopened.house_rules_edit.toPlainText() == "No recording.\nNo press."
    stack.undo()
    undone = store.get_event(saved.id)
    assert (undone.attribution, undone.house_rules) == (Attribution.ON_RECORD, "")
    stack.redo()
    assert edited_pair(store.get_event(saved.id)) == edited_pair(edited)


def edited_pair(event) -> tuple[Attribution, str]:
    return event.attribution, event.house_rules
