"""The print dialog says which names contain characters no font can print, before printing."""

from __future__ import annotations

from roundtable.gui.printing import printables
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.services.demo import load_demo


def _dialog(qtbot, store, settings, event_id) -> PrintDialog:
    context = PrintContext(store, settings, store.get_event(event_id))
    dialog = PrintDialog(None, context, printables.all_kinds(), "namecards")
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    return dialog


def test_the_dialog_warns_about_names_no_font_can_print(qtbot, store, settings):
    settings.setValue("export/paper", "a4")
    event_id = load_demo(store)[0]
    event = store.get_event(event_id)
    person = event.participants[0].person
    person.given_name += " 🥳"
    store.save_person(person)

    dialog = _dialog(qtbot, store, settings, event_id)
    label = dialog.glyph_warning
    assert label.isVisible()
    assert "no font can print" in label.text()
    assert "🥳" in label.text() and person.family_name in label.text()
    dialog.reject()


def test_no_warning_when_every_name_prints(qtbot, store, settings):
    settings.setValue("export/paper", "a4")
    event_id = load_demo(store)[0]
    dialog = _dialog(qtbot, store, settings, event_id)
    assert dialog.glyph_warning.text() == ""
    assert not dialog.glyph_warning.isVisible()
    dialog.reject()
