"""The import wizard: file, column mapping, preview with problems (a quote never closed
included); a named pipe refused on the first page, not waited on; and the import as one undo
command that adds (and, undone, removes) the new people."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from gui_samples import trilateral
from people_samples import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from roundtable.gui.participants import import_wizard
from roundtable.gui.participants.import_wizard import (
    HAS_PROBLEMS_ROLE,
    MAP_COLUMN_FIELD,
    PREVIEW_MATCH,
    PROBLEM_BACKGROUND,
    ImportWizard,
)
from roundtable.gui.shell.main_window import TAB_PARTICIPANTS

GOOD = """\
Full name,Email Address,Organisation,Job title,Country,Delegation,Role,Dietary needs
Andrey Kortunov,,Russian International Affairs Council,Director General,Russia,\
Russian delegation,Opening speaker,
Dmitri Volkov,d.volkov@example.org,Institute for Northeast Asian Studies,Fellow,Russia,\
Russian delegation,Participant,vegetarian
Ελένη Παπαδάκη,eleni@example.gr,Athens Centre,Analyst,Greece,,Observer,
김민서,minseo@example.kr,Han River Forum,Researcher,South Korea,Korean observers,Observer,halal
"""
UNCLOSED = 'Full name,Email\n"Ann Lee,ann@x.org\nBob Ray,bob@x.org\n'
REPEATED = GOOD + "Dmitri Volkov,d.volkov@example.org,,,Russia,,Participant,\n"


def write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def event(store):
    return store.get_event(store.save_event(trilateral(2)).id)


@pytest.fixture
def wizard(qtbot, store, event):
    def make(path: Path) -> ImportWizard:
        dialog = ImportWizard(None, store, event, path=str(path))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def finish_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_happy_path_mapping_preview_and_plan(wizard, tmp_path, qtmodeltester):
    dialog = wizard(write(tmp_path, GOOD))
    dialog.next()
    assert dialog.currentPage() is dialog.mapping_page
    mapping = dialog.mapping_page.model
    qtmodeltester.check(mapping, force_py=True)
    assert mapping.mapping() == {0: "full_name", 1: "email", 2: "affiliation", 3: "position",
                                 4: "country", 5: "delegation", 6: "role"}  # fmt: skip
    assert dialog.mapping_page.ignored_label.text() == "Ignored columns: Dietary needs"
    assert mapping.index(7, 1).data() == "vegetarian · halal"  # examples of the values
    dialog.next()
    preview = dialog.preview_page.model
    qtmodeltester.check(preview, force_py=True)
    assert dialog.currentPage() is dialog.preview_page
    assert preview.rowCount() == 4
    assert preview.index(0, PREVIEW_MATCH).data() == "skipped (already in the event)"
    assert preview.index(1, PREVIEW_MATCH).data() == "new"
    assert dialog.plan is not None and dialog.plan.ok
    assert finish_enabled(dialog)
    assert dialog.button(QWizard.WizardButton.FinishButton).text() == "&Import"
    assert "Ready to import" in dialog.preview_page.summary.text()
    assert "ignored columns: Dietary needs" in dialog.preview_page.report.toPlainText()


def test_problems_are_highlighted_and_block_the_import(wizard, tmp_path):
    path = write(tmp_path, REPEATED)
    dialog = wizard(path)
    dialog.next()
    dialog.next()
    preview = dialog.preview_page.model
    last = preview.index(preview.rowCount() - 1, 0)
    assert last.data(HAS_PROBLEMS_ROLE) is True
    assert last.data(Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert "repeats line 3" in last.siblingAtColumn(7).data()
    assert not dialog.plan.ok and not finish_enabled(dialog)
    assert not dialog.preview_page.isComplete()
    assert "line 6: repeats line 3 (same email address)" in (
        dialog.preview_page.report.toPlainText()
    )
    assert "1 problem to fix" in dialog.preview_page.summary.text()
    write(tmp_path, GOOD)  # the user corrects the file and checks again
    dialog.preview_page.recheck_button.click()
    assert dialog.plan.ok and finish_enabled(dialog)


def test_changing_the_mapping_moves_a_field(wizard, tmp_path):
    dialog = wizard(write(tmp_path, GOOD))
    dialog.next()
    model = dialog.mapping_page.model
    assert model.setData(model.index(7, MAP_COLUMN_FIELD), "notes")
    assert dialog.mapping_page.ignored_label.text() == "Every column is imported."
    assert model.setData(model.index(3, MAP_COLUMN_FIELD), "email")  # taken from "Email"
    assert model.mapping()[3] == "email" and 1 not in model.mapping()
    assert "Email Address" in dialog.mapping_page.ignored_label.text()
    assert not model.setData(model.index(3, MAP_COLUMN_FIELD), "no such field")


def test_no_name_column_is_a_problem(wizard, tmp_path):
    dialog = wizard(write(tmp_path, GOOD))
    dialog.next()
    model = dialog.mapping_page.model
    model.setData(model.index(0, MAP_COLUMN_FIELD), "ignore")
    dialog.next()
    assert not finish_enabled(dialog)
    assert "no column holds names" in dialog.preview_page.report.toPlainText()


def test_an_unreadable_file_stays_on_the_first_page(wizard, tmp_path):
    dialog = wizard(tmp_path / "missing.csv")
    dialog.next()
    assert dialog.currentPage() is dialog.file_page
    assert "no such file" in dialog.file_page.status.text()


def test_a_row_that_fits_two_people_is_settled_in_the_preview(wizard, tmp_path, store):
    first = store.save_person(person("Min-seo", "Kim", email="one@example.kr"))
    store.save_person(person("Min-seo", "Kim", email="two@example.kr"))
    dialog = wizard(write(tmp_path, "Name,Country\nMin-seo Kim,South Korea\n"))
    dialog.next()
    dialog.next()
    model = dialog.preview_page.model
    match = model.index(0, PREVIEW_MATCH)
    assert match.data() == "choose one of 2…" and not finish_enabled(dialog)
    assert match.flags() & Qt.ItemFlag.ItemIsEditable
    choices = match.data(import_wizard.CHOICES_ROLE)
    assert [value for _label, value in choices][1:] == [first.id, first.id + 1]
    assert model.setData(match, first.id)
    assert match.data() == "existing: Min-seo Kim"
    assert finish_enabled(dialog)


def test_import_is_one_command_that_undo_removes_with_its_new_people(
    window, store, event, tmp_path, monkeypatch
):
    window.reload()
    window.select_event(event.id)
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    tab = window.participants_view
    path = write(tmp_path, GOOD)

    def run_wizard(parent, store_, event_, **kwargs):
        dialog = ImportWizard(parent, store_, event_, path=str(path))
        dialog.show()
        dialog.next()
        dialog.next()
        plan = dialog.plan
        dialog.close()
        return plan, True

    monkeypatch.setattr(import_wizard, "get_import_plan", run_wizard)
    before_people = {p.id for p in store.list_people()}
    before = store.get_event(event.id)
    tab.import_button.click()
    assert window.undo_stack.undoText() == (
        "Import 3 participants into “U.S.-Japan-Russia Trilateral: round 2”"
    )
    after = store.get_event(event.id)
    assert len(after.participants) == 4
    created = {p.id for p in store.list_people()} - before_people
    assert len(created) == 3
    assert {p.delegation for p in after.participants} >= {"Korean observers"}
    assert tab.model.rowCount() == 4
    window.undo_action.trigger()
    assert store.get_event(event.id) == before
    assert {p.id for p in store.list_people()} == before_people
    window.redo_action.trigger()
    assert store.get_event(event.id) == after
    assert {p.id for p in store.list_people()} - before_people == created


def test_get_import_plan_returns_nothing_on_cancel(store, event, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda self: QWizard.DialogCode.Rejected)
    assert import_wizard.get_import_plan(None, store, event) == (None, False)


def test_an_xlsx_with_several_sheets_asks_which(wizard, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Nothing to import here"])
    sheet = book.create_sheet("Registrations")
    sheet.append(["First Name", "Last Name", "Email"])
    sheet.append(["Haruka", "Morita", "morita@example.jp"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = wizard(path)
    page = dialog.file_page
    assert page.sheet_combo.isVisibleTo(dialog)
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Notes", "Registrations",
    ]  # fmt: skip
    page.sheet_combo.setCurrentText("Registrations")
    dialog.next()
    assert dialog.mapping_page.model.mapping() == {0: "given_name", 1: "family_name", 2: "email"}
    dialog.next()
    assert dialog.plan.ok and finish_enabled(dialog)


def test_an_unclosed_quote_is_a_row_problem_in_the_preview(wizard, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(UNCLOSED, encoding="utf-8")
    dialog = wizard(path)
    dialog.next()
    dialog.next()
    preview = dialog.preview_page.model
    assert preview.rowCount() == 1
    assert preview.index(0, 0).data(HAS_PROBLEMS_ROLE) is True
    assert "line 2: an opening quote is never closed" in (dialog.preview_page.report.toPlainText())
    assert not dialog.plan.ok
    assert not dialog.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_on_the_first_page(wizard, tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    dialog = wizard(fifo)
    dialog.next()  # would block forever if the pipe were opened for reading
    assert dialog.currentPage() is dialog.file_page
    assert "is a named pipe" in dialog.file_page.status.text()


# -- encodings, name order, possible matches -------------------------------------------------

RUSSIAN = "Фамилия;Имя;Отчество;Организация\r\nИванов;Юрий;Петрович;ИМЭМО РАН\r\n"


def test_the_encoding_is_shown_and_can_be_overridden(wizard, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    dialog = wizard(path)
    dialog.next()
    page = dialog.mapping_page
    combo = page.encoding_combo
    assert combo.isVisibleTo(dialog) and combo.currentText() == "Windows-1251 (Cyrillic)"
    assert combo.currentData() == "cp1251"
    assert "recognised from the file" in page.encoding_note.text()
    assert page.model.mapping() == {0: "family_name", 1: "given_name", 2: "patronymic",
                                    3: "affiliation"}  # fmt: skip
    # The user picks another encoding: the file is read again, and the headers change.
    combo.setCurrentIndex(combo.findData("koi8-r"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.table.encoding == "koi8-r" and dialog.encoding == "koi8-r"
    assert page.model.index(0, 0).data() != "Фамилия" and page.model.mapping() == {}
    assert page.encoding_note.text() == "chosen by you"
    # One the file cannot be read in: said why, and the table stays as it was.
    combo.setCurrentIndex(combo.findData("utf-8"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.table.encoding == "koi8-r" and combo.currentData() == "koi8-r"
    assert "cannot be read as UTF-8" in page.notes_label.text()
    combo.setCurrentIndex(combo.findData("cp1251"))
    combo.activated.emit(combo.currentIndex())
    assert page.model.index(0, 0).data() == "Фамилия"
    dialog.next()
    assert "Read as Windows-1251 (Cyrillic)." in dialog.preview_page.summary.text()
    assert "encoding: Windows-1251 (Cyrillic)" in dialog.preview_page.report.toPlainText()
    row = dialog.plan.rows[0].person
    assert (row.family_name, row.given_name, row.patronymic) == ("Иванов", "Юрий", "Петрович")


def test_a_workbook_has_no_encoding_choice(wizard, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["First Name", "Last Name"])
    book.active.append(["Haruka", "Morita"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = wizard(path)
    dialog.next()
    assert not dialog.mapping_page.encoding_combo.isVisibleTo(dialog)


def test_the_full_name_order_is_a_choice(wizard, tmp_path):
    dialog = wizard(write(tmp_path, "Full name\nKozuki Toyohisa\n"))
    dialog.next()
    combo = dialog.mapping_page.name_order_combo
    assert combo.currentData() == "auto"
    combo.setCurrentIndex(combo.findData("family-first"))
    dialog.next()
    person = dialog.plan.rows[0].person
    assert (person.family_name, person.given_name) == ("Kozuki", "Toyohisa")
    assert dialog.preview_page.model.index(0, 1).data() == "Kozuki Toyohisa"


def test_a_possible_match_waits_for_the_users_choice(wizard, tmp_path, store):
    yuri = store.save_person(person("Yuri", "Ivanov", affiliations=[]))
    dialog = wizard(write(tmp_path, "Фамилия,Имя\nИванов,Юрий\nRoe,Jane\n"))
    dialog.next()
    dialog.next()
    model = dialog.preview_page.model
    match = model.index(0, PREVIEW_MATCH)
    assert match.data() == "possibly the same person as Yuri Ivanov: choose…"
    assert match.data(HAS_PROBLEMS_ROLE) is True and not finish_enabled(dialog)
    assert "choose in the Match column" in match.siblingAtColumn(7).data()
    assert "choose in its Match cell" in dialog.preview_page.summary.text()
    assert match.flags() & Qt.ItemFlag.ItemIsEditable
    choices = match.data(import_wizard.CHOICES_ROLE)
    assert choices == [("New person (not in the directory)", "new"),
                       ("The existing Yuri Ivanov", yuri.id)]  # fmt: skip
    assert model.setData(match, yuri.id)
    assert match.data() == "existing: Yuri Ivanov" and finish_enabled(dialog)
    assert model.setData(match, "new")  # changed their mind
    assert match.data() == "new" and finish_enabled(dialog)
    assert "added as a new person, not the existing ‘Yuri Ivanov’" in (
        match.siblingAtColumn(7).data()
    )
