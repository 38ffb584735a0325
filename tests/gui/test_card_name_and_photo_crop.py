"""Issue 18, items 4 and 8 in the GUI: the "Name on card" column of the Participants tab
(edited in its cell, one undo step) and the photo crop in the person editor (saved with the
person, one undo step)."""

from __future__ import annotations

import io

import pytest
from people_samples import person
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit
from test_participants import four_people_event

from roundtable.domain.photo_crop import parse_crop
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.participants.participants_model import (
    CARD_PLACEHOLDER_ROLE,
    COLUMN_CARD_NAME,
)
from roundtable.gui.people.people_commands import EditPersonCommand
from roundtable.gui.people.person_editor import PersonEditorDialog
from roundtable.gui.shell.main_window import TAB_PARTICIPANTS


def wide_jpeg(width: int = 900, height: int = 300) -> bytes:
    picture = Image.new("RGB", (width, height), (200, 60, 60))
    out = io.BytesIO()
    picture.save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def event_id(store):
    return store.save_event(four_people_event()).id


@pytest.fixture
def tab(window, event_id):
    window.reload()
    window.select_event(event_id)
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    return window.participants_view


def test_name_on_card_cell_is_one_undoable_command(tab, store, event_id, window):
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.participation(r).person.family_name == "Kozuki")  # fmt: skip
    index = tab.model.index(row, COLUMN_CARD_NAME)
    assert index.data(Qt.ItemDataRole.EditRole) == ""
    assert "Kozuki" in index.data()  # an empty cell shows, greyed, the name the card prints
    assert "Kozuki" in index.data(CARD_PLACEHOLDER_ROLE)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable

    assert tab.model.setData(index, "  Amb.   Kozuki ")
    stored = {p.person.family_name: p for p in store.get_event(event_id).participants}
    assert stored["Kozuki"].card_name == "Amb. Kozuki"
    assert window.undo_stack.undoText() == "Set name on card of Kozuki to “Amb. Kozuki”"
    assert tab.model.index(row, COLUMN_CARD_NAME).data() == "Amb. Kozuki"

    window.undo_action.trigger()
    stored = {p.person.family_name: p for p in store.get_event(event_id).participants}
    assert stored["Kozuki"].card_name == ""
    window.redo_action.trigger()
    assert tab.model.index(row, COLUMN_CARD_NAME).data(Qt.ItemDataRole.EditRole) == "Amb. Kozuki"


def test_name_on_card_editor_has_the_name_as_placeholder(tab, qtbot):
    index = tab.model.index(0, COLUMN_CARD_NAME)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.indexWidget(index) or tab.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.placeholderText() == index.data(CARD_PLACEHOLDER_ROLE)
    assert editor.maxLength() == 300


@pytest.fixture
def context(store):
    return CommandContext(store, changed=lambda _changed: None, failed=lambda *_args: None)


def test_editor_crops_a_wide_photo_and_the_crop_is_saved_and_undone(qtbot, store, context):
    saved = store.save_person(
        person("Eleni", "Papadaki", photo=wide_jpeg(), photo_mime="image/jpeg")
    )
    before = store.get_person(saved.id)
    assert before.has_photo and before.photo_crop == ""
    dialog = PersonEditorDialog(None, store, before)
    qtbot.addWidget(dialog)
    control = dialog.photo_crop
    assert control.frame.isEnabled() and control.crop_text() == ""
    shown = control.frame.shown()  # the automatic frame: full height, centred across
    assert shown.h == pytest.approx(1) and shown.x == pytest.approx((1 - shown.w) / 2)
    label = dialog.photo_label.pixmap()
    assert label.width() < label.height()  # the label shows what prints: a portrait

    control.zoom_slider.setValue(50)  # a smaller frame ...
    control.frame.move_by(-1, 0)  # ... at the left edge
    crop = parse_crop(control.crop_text())
    assert crop is not None and crop.x == 0 and crop.h < 1
    edited = dialog.record()
    assert edited.photo_crop == control.crop_text() and edited.photo is None

    stack = QUndoStack()
    stack.push(EditPersonCommand(context, before, edited))
    assert stack.count() == 1
    assert store.get_person(saved.id).photo_crop == control.crop_text()
    reopened = PersonEditorDialog(None, store, store.get_person(saved.id))
    qtbot.addWidget(reopened)
    assert reopened.photo_crop.crop_text() == control.crop_text()
    assert reopened.record() == store.get_person(saved.id)  # nothing to save when untouched
    stack.undo()
    assert store.get_person(saved.id).photo_crop == ""
    stack.redo()
    assert store.get_person(saved.id).photo_crop == control.crop_text()


def test_automatic_crop_and_a_new_photo_reset_the_crop(qtbot, store):
    saved = store.save_person(
        person("Eleni", "Papadaki", photo=wide_jpeg(), photo_mime="image/jpeg")
    )
    dialog = PersonEditorDialog(None, store, store.get_person(saved.id))
    qtbot.addWidget(dialog)
    dialog.photo_crop.frame.move_by(0.2, 0)
    assert dialog.photo_crop.crop_text()
    dialog.photo_crop.auto_button.click()
    assert dialog.photo_crop.crop_text() == ""
    dialog.photo_crop.frame.move_by(0.2, 0)
    dialog.set_photo(wide_jpeg(600, 400), "image/jpeg")
    assert dialog.record().photo_crop == ""
    dialog.remove_photo()
    assert not dialog.photo_crop.frame.isEnabled() and dialog.record().photo_crop == ""
