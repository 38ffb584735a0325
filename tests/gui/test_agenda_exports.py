"""The Agenda tab's exports: Print… (the print dialog on the agenda, its options reaching the
PDF) and the .ics."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from test_agenda_view import dc_id, demo, open_tab  # noqa: F401 - fixtures

from roundtable.gui.common import export_dialogs
from roundtable.gui.printing.agenda_print import AGENDA, AgendaPanel
from roundtable.gui.printing.print_kinds import PrintContext


@pytest.fixture
def answers(monkeypatch, tmp_path):
    def save_path(parent, caption, suggested, filters):
        return str(tmp_path / suggested.name)

    monkeypatch.setattr(export_dialogs, "save_path", save_path)


def test_print_from_the_tab_opens_the_dialog_on_the_agenda(window, dc_id, monkeypatch):  # noqa: F811
    from roundtable.gui.printing import print_dialog

    opened = []

    def fake_open(parent, context, kinds, initial_key=None):
        opened.append((context.event.id, initial_key))
        return "Agenda: saved to /tmp/dc-agenda.pdf"

    monkeypatch.setattr(print_dialog, "open_print_dialog", fake_open)
    view = open_tab(window, dc_id)
    assert view.print_button.isEnabled()
    view.print_button.click()
    assert opened == [(dc_id, "agenda")]
    assert window.statusBar().currentMessage() == "Agenda: saved to /tmp/dc-agenda.pdf"


def test_calendar_from_the_tab(window, dc_id, answers, tmp_path):  # noqa: F811
    view = open_tab(window, dc_id)
    path = view.export_ics()
    assert path is not None
    calendar = Calendar.from_ical((tmp_path / path.rsplit("/", 1)[1]).read_bytes())
    assert len(calendar.walk("VEVENT")) == 3


def test_the_agenda_options_reach_the_pdf(qtbot, store, settings, dc_id, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    context = PrintContext(store, settings, store.get_event(dc_id))
    panel = AgendaPanel(context)
    qtbot.addWidget(panel)
    assert panel.options() == {"paper": "letter", "participants": True}  # Washington DC
    panel.participants_box.setChecked(False)
    path = tmp_path / "agenda.pdf"
    assert AGENDA.export(AGENDA.prepare(context), str(path), panel.options(), lambda d, t: None)
    reader = PdfReader(path)
    assert len(reader.pages) == 1 and float(reader.pages[0].mediabox.height) == 792
    assert "Participants" not in reader.pages[0].extract_text()
