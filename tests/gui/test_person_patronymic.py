"""The patronymic (Отчество) in the GUI: edited in the person editor like the other name
fields, saved and undone as part of the same "Edit person" command, shown on the person's page,
and found by the directory's filter."""

from __future__ import annotations

import pytest
from people_samples import directory, person
from PySide6.QtGui import QUndoStack

from roundtable import wording
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.people.people_commands import EditPersonCommand
from roundtable.gui.people.people_model import PeopleFilterModel, PeopleModel
from roundtable.gui.people.person_editor import PersonEditorDialog
from roundtable.gui.people.person_page import PersonPage, person_html


@pytest.fixture
def context(store):
    return CommandContext(store, changed=lambda _changed: None, failed=lambda *_args: None)


def test_patronymic_is_edited_saved_and_undone_with_the_person(qtbot, store, context):
    ids = directory(store)
    kortunov = store.get_person(ids["Kortunov"])
    assert kortunov.patronymic == ""
    dialog = PersonEditorDialog(None, store, kortunov)
    qtbot.addWidget(dialog)
    assert dialog.patronymic_edit.text() == ""
    assert "Вадимович" in dialog.patronymic_edit.toolTip()

    dialog.patronymic_edit.setText("  Vadimovich ")
    dialog.country_edit.setText("Russian Federation")
    edited = dialog.record()
    assert edited.patronymic == "Vadimovich"
    assert edited.given_name == "Andrey" and edited.family_name == "Kortunov"

    stack = QUndoStack()
    stack.push(EditPersonCommand(context, kortunov, edited))
    assert stack.count() == 1  # the patronymic and the country: one edit, one command
    assert stack.undoText() == "Edit person “Andrey Kortunov”"
    stored = store.get_person(ids["Kortunov"])
    assert (stored.patronymic, stored.country) == ("Vadimovich", "Russian Federation")

    reopened = PersonEditorDialog(None, store, store.get_person(ids["Kortunov"]))
    qtbot.addWidget(reopened)
    assert reopened.patronymic_edit.text() == "Vadimovich"  # loaded like the other names
    assert reopened.record() == store.get_person(ids["Kortunov"])

    stack.undo()  # one step back puts both back
    assert store.get_person(ids["Kortunov"]) == kortunov
    assert store.get_person(ids["Kortunov"]).patronymic == ""
    stack.redo()
    assert store.get_person(ids["Kortunov"]).patronymic == "Vadimovich"


def test_clearing_the_patronymic_is_undone(qtbot, store, context):
    saved = store.save_person(person("Андрей", "Кортунов", patronymic="Вадимович"))
    before = store.get_person(saved.id)
    dialog = PersonEditorDialog(None, store, before)
    qtbot.addWidget(dialog)
    assert dialog.patronymic_edit.text() == "Вадимович"
    dialog.patronymic_edit.clear()
    stack = QUndoStack()
    stack.push(EditPersonCommand(context, before, dialog.record()))
    assert store.get_person(saved.id).patronymic == ""
    stack.undo()
    assert store.get_person(saved.id).patronymic == "Вадимович"


def test_person_page_shows_the_patronymic(qtbot, store):
    cyrillic = store.save_person(person("Андрей", "Кортунов", patronymic="Вадимович"))
    latin = store.save_person(person("Andrey", "Kortunov", patronymic="Vadimovich"))
    none = store.save_person(person("Eleni", "Papadaki"))

    page = PersonPage()
    qtbot.addWidget(page)
    page.show_person(store.get_person(cyrillic.id), [])
    assert "Андрей Вадимович Кортунов" in page.browser.toPlainText()

    # An English interface writes a Latin name without it, so the page gives it a line.
    page.show_person(store.get_person(latin.id), [])
    text = page.browser.toPlainText()
    assert "Andrey Kortunov" in text and "Patronymic: Vadimovich" in text
    with wording.speaking("ru"):
        assert "Andrey Vadimovich Kortunov" in person_html(store.get_person(latin.id))

    page.show_person(store.get_person(none.id), [])
    assert "Patronymic" not in page.browser.toPlainText()


def test_directory_filter_finds_a_patronymic(qtbot, store):
    store.save_person(person("Андрей", "Кортунов", patronymic="Вадимович"))
    store.save_person(person("Eleni", "Papadaki"))
    model = PeopleModel()
    model.set_people(store.list_people())
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("вадимович")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "Андрей Кортунов"
