"""An organisation's logo is chosen in the organisation dialog, saved with the event, printed
on the flyer, and undone exactly: undo brings back the logo there was before (or none)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_samples import trilateral
from PySide6.QtGui import QColor, QImage

from roundtable.gui.common import organisation_dialog
from roundtable.gui.common.organisation_dialog import OrganisationDialog
from roundtable.gui.events.event_editor import EventEditorDialog
from roundtable.services.edits.event import event_edit


def tiny_png(path: Path, color: str) -> Path:
    """A small logo with a transparent corner, so it stays PNG."""
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    image.setPixelColor(0, 0, QColor(0, 0, 0, 0))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture(autouse=True)
def own_settings(monkeypatch, settings):
    """The last folder goes to the test's settings, not the user's."""
    monkeypatch.setattr(organisation_dialog, "QSettings", lambda: settings)


@pytest.fixture
def saved(store):
    return store.get_event(store.save_event(trilateral(2)).id, with_attachment_data=True)


def stored_logo(store, organisation_id: int) -> tuple[bytes, str] | None:
    return store.organisation_logos([organisation_id]).get(organisation_id)


def edit_first_organisation(qtbot, store, event, answer):
    """Open the event dialog, edit its first organisation with ``answer`` (a function of the
    organisation dialog), and return the edit the event dialog makes."""
    editor = EventEditorDialog(None, store, event)
    qtbot.addWidget(editor)
    page = editor.organisations_page
    page.table.selectRow(0)
    real_ask = page.ask_organisation

    def ask(parent, record, names):
        original = organisation_dialog.get_organisation

        def answered(parent, record, names, *, stored_logo=None):
            dialog = OrganisationDialog(parent, record, names, stored_logo=stored_logo)
            qtbot.addWidget(dialog)
            answer(dialog)
            return dialog.record(), True

        organisation_dialog.get_organisation = answered
        try:
            return real_ask(parent, record, names)
        finally:
            organisation_dialog.get_organisation = original

    page.ask_organisation = ask
    page.edit_selected()
    return event_edit(event, editor.record())


def test_choose_save_undo_remove_undo(qtbot, store, saved, dialogs, tmp_path, settings):
    org = saved.organisations[0].organisation
    assert org.id is not None and not org.has_logo
    dialogs.open_path = str(tiny_png(tmp_path / "riac.png", "#c00000"))
    seen: list[str] = []

    def choose(dialog: OrganisationDialog) -> None:
        seen.append(dialog.logo_label.text())
        dialog.choose_logo()
        assert not dialog.logo_label.pixmap().isNull()
        assert dialog.remove_logo_button.isEnabled()

    applied = store.apply(edit_first_organisation(qtbot, store, saved, choose))
    assert seen == ["No logo"]
    data, mime = stored_logo(store, org.id)
    assert mime == "image/png" and QImage.fromData(data).width() == 40
    assert settings.value("paths/last_folder") == str(tmp_path)
    reread = store.get_event(saved.id)
    assert reread.organisations[0].organisation.has_logo

    undone = store.undo(applied)
    assert stored_logo(store, org.id) is None
    store.redo(undone)
    assert stored_logo(store, org.id) == (data, mime)

    # Remove: the dialog shows the stored logo, then none; saved as no logo; undo brings it back.
    with_logo = store.get_event(saved.id, with_attachment_data=True)

    def remove(dialog: OrganisationDialog) -> None:
        assert not dialog.logo_label.pixmap().isNull(), "the stored logo is shown"
        dialog.remove_logo()
        assert dialog.logo_label.text() == "No logo"
        assert not dialog.remove_logo_button.isEnabled()
        assert dialog.record().logo == b""

    removed = store.apply(edit_first_organisation(qtbot, store, with_logo, remove))
    assert stored_logo(store, org.id) is None
    assert not store.get_event(saved.id).organisations[0].organisation.has_logo
    store.undo(removed)
    assert stored_logo(store, org.id) == (data, mime), "the very same bytes"


def test_replacing_a_logo_undoes_to_the_old_one(qtbot, store, saved, dialogs, tmp_path):
    org = saved.organisations[0].organisation
    first = tiny_png(tmp_path / "first.png", "#0000c0")
    dialogs.open_path = str(first)
    store.apply(edit_first_organisation(qtbot, store, saved, lambda d: d.choose_logo()))
    old = stored_logo(store, org.id)
    dialogs.open_path = str(tiny_png(tmp_path / "second.png", "#00c000"))
    event = store.get_event(saved.id, with_attachment_data=True)
    applied = store.apply(edit_first_organisation(qtbot, store, event, lambda d: d.choose_logo()))
    assert stored_logo(store, org.id) != old
    store.undo(applied)
    assert stored_logo(store, org.id) == old


def test_an_unchanged_logo_makes_no_edit(qtbot, store, saved, dialogs, tmp_path):
    dialogs.open_path = str(tiny_png(tmp_path / "logo.png", "#c00000"))
    store.apply(edit_first_organisation(qtbot, store, saved, lambda d: d.choose_logo()))
    event = store.get_event(saved.id, with_attachment_data=True)
    assert edit_first_organisation(qtbot, store, event, lambda d: None) is None


def test_an_unreadable_file_is_a_warning(qtbot, dialogs, tmp_path):
    bad = tmp_path / "not-an-image.png"
    bad.write_text("no")
    dialogs.open_path = str(bad)
    dialog = OrganisationDialog(None)
    qtbot.addWidget(dialog)
    dialog.choose_logo()
    assert dialogs.kinds() == ["open", "warning"]
    assert dialog.record().logo is None


def test_a_new_organisation_is_created_with_its_logo(qtbot, store, saved, dialogs, tmp_path):
    dialogs.open_path = str(tiny_png(tmp_path / "asan.png", "#c00000"))
    editor = EventEditorDialog(None, store, saved)
    qtbot.addWidget(editor)
    page = editor.organisations_page

    def ask(parent, record, names):
        dialog = OrganisationDialog(parent, record, names)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Asan Institute")
        dialog.choose_logo()
        return dialog.record(), True

    page.ask_organisation = ask
    page.create_organisation()
    store.apply(event_edit(saved, editor.record()))
    asan = next(o for o in store.list_organisations() if o.name == "Asan Institute")
    assert asan.has_logo and stored_logo(store, asan.id)[1] == "image/png"


@pytest.mark.slow
def test_the_flyer_prints_the_chosen_logo(qtbot, store, saved, dialogs, tmp_path):
    from pypdf import PdfReader

    from roundtable.pdf.kinds import kind_named

    flyer = kind_named("flyer")
    assert flyer is not None

    def images(name: str) -> int:
        event = store.get_event(saved.id)
        out = tmp_path / name
        assert flyer.export(flyer.read(store, event), str(out), flyer.options(), None)
        objects = PdfReader(out).pages[0]["/Resources"].get("/XObject", {})
        return sum(o.get_object()["/Subtype"] == "/Image" for o in objects.values())

    assert images("before.pdf") == 0
    dialogs.open_path = str(tiny_png(tmp_path / "riac.png", "#c00000"))
    store.apply(edit_first_organisation(qtbot, store, saved, lambda d: d.choose_logo()))
    assert images("after.pdf") == 1
