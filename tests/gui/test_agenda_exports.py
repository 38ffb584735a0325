"""The Agenda tab's exports: the agenda PDF (with paper choice and progress) and the .ics."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from test_agenda_view import dc_id, demo, open_tab  # noqa: F401 - fixtures

from roundtable.gui import export_dialogs


@pytest.fixture
def answers(monkeypatch, tmp_path):
    chosen = {"paper": "letter"}

    def get_paper(parent, paper="a4", title=""):
        return chosen["paper"], True

    def save_path(parent, caption, suggested, filters):
        return str(tmp_path / suggested.name)

    monkeypatch.setattr(export_dialogs, "get_paper", get_paper)
    monkeypatch.setattr(export_dialogs, "save_path", save_path)
    return chosen


def test_agenda_pdf_from_the_tab(window, dc_id, answers, tmp_path):  # noqa: F811
    view = open_tab(window, dc_id)
    assert view.pdf_button.isEnabled()
    path = view.export_pdf()
    assert path is not None and path.endswith("-agenda.pdf")
    data = (tmp_path / path.rsplit("/", 1)[1]).read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [ 0 0 612 792 ]" in data, "US Letter"


def test_calendar_from_the_tab(window, dc_id, answers, tmp_path):  # noqa: F811
    view = open_tab(window, dc_id)
    path = view.export_ics()
    assert path is not None
    calendar = Calendar.from_ical((tmp_path / path.rsplit("/", 1)[1]).read_bytes())
    assert len(calendar.walk("VEVENT")) == 3


def test_cancelling_the_paper_question_writes_nothing(window, dc_id, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.setattr(export_dialogs, "get_paper", lambda *a, **k: (None, False))
    view = open_tab(window, dc_id)
    assert view.export_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []
