"""The Log tab's "Export log…": the whole log as a PDF, a CSV or a Markdown file, by the type
chosen or the name's suffix, the same bytes as ``roundtable export log`` writes; the folder is
remembered, a wrong type or an unwritable place is a dialog and leaves no file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from roundtable.gui.common.preferences_dialog import NAME_KEY
from roundtable.gui.common.settings_keys import LAST_FOLDER_KEY
from roundtable.gui.log.log_view import LogView
from roundtable.gui.printing.log_print import LOG_FILE_FILTERS, MARKDOWN_FILTER
from roundtable.gui.shell.main_window import TAB_LOG
from roundtable.services.demo import load_demo
from roundtable.services.log_export import log_csv, log_markdown

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


@pytest.fixture
def tab(window, store, settings) -> LogView:
    settings.setValue(NAME_KEY, "Jane Organiser")
    store.clock = lambda: datetime(2017, 3, 16, 11, 0, tzinfo=UTC)
    load_demo(store)
    window.reload()
    window.select_event(store.resolve_event(ROUND_2))
    window.event_tabs.setCurrentIndex(TAB_LOG)
    view = window.log_view
    assert view is not None and view.isVisible()
    return view


def said(view: LogView) -> list[str]:
    messages: list[str] = []
    view.message.connect(messages.append)
    return messages


def stored(store):
    event_id = store.resolve_event(ROUND_2)
    return store.get_event(event_id), store.event_log(event_id)


def test_the_button_sits_beside_print_log(tab):
    assert tab.export_log_button.text() == "E&xport log…"
    assert tab.export_log_button.isVisibleTo(tab) and tab.export_log_button.isEnabled()
    printing, exporting = tab.print_log_button.geometry(), tab.export_log_button.geometry()
    assert exporting.top() == printing.top() and exporting.left() > printing.right()
    assert [f.split("(")[0].split(",")[0].strip() for f in LOG_FILE_FILTERS] == [
        "PDF", "CSV", "Markdown"]  # fmt: skip


def test_a_pdf_in_the_folder_offered_then_remembered(tab, settings, dialogs, tmp_path):
    settings.setValue(LAST_FOLDER_KEY, str(tmp_path))
    out = tmp_path / "exports"
    out.mkdir()
    dialogs.save_path = str(out / "round-2")  # no suffix: the first type, PDF
    messages = said(tab)
    assert tab.export_log() == str(out / "round-2.pdf")
    assert (out / "round-2.pdf").read_bytes().startswith(b"%PDF")
    offered = [text for kind, _title, text in dialogs.calls if kind == "save"]
    assert offered == [str(tmp_path / "us-japan-russia-trilateral-round-2-2017-log.pdf")]
    assert settings.value(LAST_FOLDER_KEY) == str(out)
    assert messages == [f"Exported the log of “{tab.current_event.title}” to {out}/round-2.pdf"]


def test_csv_and_markdown_are_what_the_command_line_writes(tab, store, dialogs, tmp_path):
    event, log = stored(store)
    dialogs.save_path = str(tmp_path / "log.csv")
    tab.export_log()
    assert (tmp_path / "log.csv").read_bytes() == log_csv(event, log)
    dialogs.save_path = str(tmp_path / "log.md")
    tab.export_log()
    assert (tmp_path / "log.md").read_text(encoding="utf-8") == log_markdown(event, log)
    assert dialogs.kinds() == ["save", "save"]  # no warnings


def test_the_type_chosen_gives_the_suffix(tab, store, tmp_path, monkeypatch):
    asked = []

    def choose_markdown(_parent, caption, directory, filters, *_args):
        asked.append((caption, filters))
        return str(tmp_path / "minutes-and-log"), MARKDOWN_FILTER

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose_markdown))
    assert tab.export_log() == str(tmp_path / "minutes-and-log.md")
    assert asked == [("Export the log", ";;".join(LOG_FILE_FILTERS))]
    assert (tmp_path / "minutes-and-log.md").read_text(encoding="utf-8").startswith("# ")


def test_a_wrong_type_or_place_is_a_dialog_and_no_file(tab, settings, dialogs, tmp_path):
    settings.setValue(LAST_FOLDER_KEY, str(tmp_path))
    dialogs.save_path = str(tmp_path / "log.txt")
    assert tab.export_log() is None
    assert dialogs.kinds() == ["save", "warning"]
    assert "name the file .pdf, .csv or .md" in dialogs.texts("warning")[0]
    dialogs.save_path = str(tmp_path / "missing" / "log.csv")
    assert tab.export_log() is None
    assert len(dialogs.texts("warning")) == 2
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".txt", ".csv")]
    assert settings.value(LAST_FOLDER_KEY) == str(tmp_path)  # only a written file moves it


def test_cancelling_the_save_dialog_does_nothing(tab, dialogs, tmp_path):
    dialogs.save_path = ""
    messages = said(tab)
    assert tab.export_log() is None
    assert dialogs.kinds() == ["save"] and messages == []
    assert not list(Path(tmp_path).glob("*.pdf"))
