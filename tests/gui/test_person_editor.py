"""The person editor: every field in and out, the photo (scaled, JPEG or PNG, removed), the
affiliations list, and the duplicate question before a likely duplicate is saved."""

from __future__ import annotations

import pytest
from people_samples import directory, jpeg_bytes, person
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import AffiliationRecord, OrganisationRecord
from roundtable.gui.common import organisation_dialog
from roundtable.gui.people import duplicates_dialog, person_editor
from roundtable.gui.people.duplicates_dialog import DuplicateChoice, DuplicatesDialog
from roundtable.gui.people.person_editor import PersonEditorDialog


@pytest.fixture
def editor(qtbot, store):
    def make(record=None, **kwargs):
        dialog = PersonEditorDialog(None, store, record, **kwargs)
        qtbot.addWidget(dialog)
        return dialog

    return make


def answer_duplicates(monkeypatch, choice, chosen=None):
    asked = []

    def fake(parent, record, found, *, allow_existing=False, editing=False):
        asked.append(([p.family_name for p in found], allow_existing, editing))
        return choice, chosen

    monkeypatch.setattr(duplicates_dialog, "ask_duplicates", fake)
    return asked


def test_every_field_goes_in_and_comes_out(store, editor):
    riac = store.save_organisation(OrganisationRecord(name="RIAC"))
    original = store.save_person(
        person(
            "Toyohisa",
            "Kozuki",
            honorific="Ambassador",
            name_order=NameOrder.FAMILY_FIRST,
            native_name="上月豊久",
            country="Japan",
            email="kozuki@example.jp",
            phone="+81 3 0000",
            website="example.jp",
            bio="One.\n\nTwo.",
            notes="Internal",
            affiliations=[AffiliationRecord(riac, "Ambassador")],
        )  # fmt: skip
    )
    dialog = editor(store.get_person(original.id))
    assert dialog.shown_as.text() == "Shown as: Ambassador Kozuki Toyohisa"
    record = dialog.record()
    assert record == store.get_person(original.id)  # unchanged: same record, photo untouched
    assert record.photo is None


def test_bio_keeps_paragraphs_and_drops_stray_blank_lines(editor):
    dialog = editor()
    dialog.given_edit.setText("Eleni")
    dialog.bio_edit.setPlainText("  First paragraph,\nsecond line.  \n\n\n\nSecond paragraph.\n\n")
    assert dialog.record().bio == "  First paragraph,\nsecond line.\n\nSecond paragraph."
    assert "2 paragraphs" in dialog.bio_count.text()


def test_a_chosen_photo_is_scaled_and_stored_as_jpeg(editor, tmp_path, dialogs):
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "portrait.png"
    image.save(str(path))
    dialog = editor()
    dialog.given_edit.setText("Eleni")
    dialogs.open_path = str(path)
    dialog.photo_button.click()
    record = dialog.record()
    assert record.photo_mime == "image/jpeg" and record.photo[:2] == b"\xff\xd8"
    stored = QImage()
    assert stored.loadFromData(record.photo)
    assert (stored.width(), stored.height()) == (600, 450)
    assert dialog.remove_photo_button.isEnabled()
    dialog.remove_photo_button.click()
    assert dialog.record().photo == b""  # b"": remove the stored photo


def test_a_transparent_image_stays_png(editor, tmp_path, dialogs):
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    path = tmp_path / "logo.png"
    image.save(str(path))
    dialog = editor()
    dialogs.open_path = str(path)
    dialog.choose_photo()
    assert dialog.record().photo_mime == "image/png"


def test_an_unreadable_image_is_explained(editor, tmp_path, dialogs):
    path = tmp_path / "notes.jpg"
    path.write_text("not an image")
    dialog = editor()
    dialogs.open_path = str(path)
    dialog.choose_photo()
    (text,) = dialogs.texts("warning")
    assert text.startswith("The file notes.jpg cannot be read as an image (")
    assert dialog.record().photo is None


def test_existing_photo_is_shown_and_left_alone(store, editor):
    saved = store.save_person(person("A", "B", photo=jpeg_bytes(), photo_mime="image/jpeg"))
    dialog = editor(store.get_person(saved.id))
    assert not dialog.photo_label.pixmap().isNull()
    assert dialog.record().photo is None


def test_affiliations_add_create_reorder_remove(store, editor, monkeypatch):
    store.save_organisation(OrganisationRecord(name="Kyushu University", short_name="Kyushu U."))
    dialog = editor()
    dialog.given_edit.setText("Edward")
    dialog.org_combo.setEditText("kyushu u.")
    dialog.position_edit.setText("Professor")
    dialog.add_org_button.click()
    monkeypatch.setattr(
        organisation_dialog,
        "get_organisation",
        lambda parent, record, taken: (OrganisationRecord(name="New Forum"), True),
    )
    dialog.new_org_button.click()
    names = [a.organisation.name for a in dialog.record().affiliations]
    assert names == ["Kyushu University", "New Forum"]
    assert dialog.record().affiliations[0].position == "Professor"
    dialog.affiliations.selectRow(1)
    dialog.up_button.click()
    assert [a.organisation.name for a in dialog.record().affiliations] == [
        "New Forum", "Kyushu University",
    ]  # fmt: skip
    dialog.remove_org_button.click()
    assert [a.organisation.name for a in dialog.record().affiliations] == ["Kyushu University"]


def test_a_name_is_required(editor, dialogs):
    dialog = editor()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.texts("warning") == ["A person needs a given name or a family name."]


def test_new_person_with_a_known_name_asks_first(store, editor, monkeypatch):
    directory(store)
    asked = answer_duplicates(monkeypatch, DuplicateChoice.CANCEL)
    dialog = editor(for_event=True)
    dialog.given_edit.setText("kortunov")  # name order and case do not matter
    dialog.family_edit.setText("ANDREY")
    dialog.accept()
    assert asked == [(["Kortunov"], True, False)]
    assert dialog.result() != QDialog.DialogCode.Accepted  # back to the editor

    answer_duplicates(monkeypatch, DuplicateChoice.ADD_ANYWAY)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_record().id is None


def test_use_the_existing_person_returns_them(store, monkeypatch):
    ids = directory(store)
    answer_duplicates(monkeypatch, DuplicateChoice.USE_EXISTING, ids["Álvarez"])

    def fill_and_accept(dialog):
        dialog.given_edit.setText("Jose")
        dialog.family_edit.setText("Alvarez")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonEditorDialog, "exec", fill_and_accept)
    record, accepted = person_editor.get_person(None, store, None, for_event=True)
    assert accepted and record is not None
    assert record.id == ids["Álvarez"] and record.given_name == "José"


def test_same_email_counts_as_a_duplicate(store, editor, monkeypatch):
    directory(store)
    asked = answer_duplicates(monkeypatch, DuplicateChoice.ADD_ANYWAY)
    dialog = editor()
    dialog.given_edit.setText("Someone")
    dialog.email_edit.setText("JOSE@example.org ")
    dialog.accept()
    assert asked == [(["Álvarez"], False, False)]


def test_editing_without_changing_name_or_email_asks_nothing(store, editor, monkeypatch):
    ids = directory(store)
    store.save_person(person("Andrey", "Kortunov"))  # a second record with the same name
    asked = answer_duplicates(monkeypatch, DuplicateChoice.CANCEL)
    dialog = editor(store.get_person(ids["Kortunov"]))
    dialog.bio_edit.setPlainText("A bio.")
    dialog.accept()
    assert asked == [] and dialog.result() == QDialog.DialogCode.Accepted
    dialog = editor(store.get_person(ids["Kortunov"]))
    dialog.given_edit.setText("Andrei")
    dialog.given_edit.setText("Andrey ")  # back to the same name
    dialog.accept()
    assert asked == []


def test_duplicates_dialog_offers_the_right_buttons(qtbot, store):
    ids = directory(store)
    typed = person("jose", "alvarez", email="jose@example.org")
    found = store.find_duplicates(typed)
    dialog = DuplicatesDialog(None, typed, found, allow_existing=True)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItem(0).text(5) == "same name and same email"
    assert dialog.existing_button is not None
    dialog.existing_button.click()
    assert (dialog.choice, dialog.chosen_id) == (DuplicateChoice.USE_EXISTING, ids["Álvarez"])
    plain = DuplicatesDialog(None, typed, found, editing=True)
    qtbot.addWidget(plain)
    assert plain.existing_button is None and plain.add_button.text() == "Save anyway"
    plain.back_button.click()
    assert plain.choice is DuplicateChoice.CANCEL


def test_a_new_organisation_typed_in_is_one_confirmation(store, editor, monkeypatch, dialogs):
    """Add with a name no organisation has opens the organisation dialog with that name; its
    OK adds the affiliation, with no question before it."""
    asked: list[str] = []

    def describe(parent, record, taken):
        asked.append(record.name)
        return OrganisationRecord(name=record.name, short_name="RIAC"), True

    monkeypatch.setattr(organisation_dialog, "get_organisation", describe)
    dialog = editor()
    dialog.given_edit.setText("Andrey")
    dialog.org_combo.setEditText("  Russian International   Affairs Council ")
    dialog.add_org_button.click()
    assert asked == ["Russian International Affairs Council"]
    assert dialogs.calls == [], "no question before the dialog"
    assert [a.organisation.short_name for a in dialog.record().affiliations] == ["RIAC"]
