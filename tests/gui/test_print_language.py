"""A PDF's language is a print option: it starts as the interface's, the export (and so the
preview) runs in the chosen one in the worker thread while the dialog keeps the interface's,
and a language other than the interface's is remembered once used."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from roundtable import wording
from roundtable.domain import local_dates
from roundtable.gui.printing.agenda_print import AGENDA, AgendaPanel
from roundtable.gui.printing.print_dialog import LANGUAGE_KEY, PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext, PrintKind, printable
from roundtable.pdf import kind_agenda

WAIT_MS = 10_000


class Recorder:
    """An agenda exporter that notes the language and thread it runs in, and writes a page."""

    def __init__(self) -> None:
        self.languages: list[str] = []
        self.threads: list[threading.Thread] = []

    def export(self, _prepared, path, _options, progress) -> bool:
        self.languages.append(wording.language())
        self.threads.append(threading.current_thread())
        drawing = canvas.Canvas(path)
        drawing.drawString(72, 72, "Agenda")
        drawing.showPage()
        drawing.save()
        return progress(1, 1) is not False


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def agenda(recorder: Recorder) -> PrintKind:
    """The real agenda kind (its panel, its reading from the store, ``printable``'s export),
    with only the PDF writing replaced."""
    return printable(replace(kind_agenda.AGENDA, export=recorder.export), AgendaPanel)


@pytest.fixture
def event_id(populated) -> int:
    return populated[2]


@pytest.fixture
def japanese_interface():
    """The interface in Japanese (its texts are not what this checks, so left as they are)."""

    def as_is(text: str, _disambiguation: str | None = None, _n: int = -1) -> str:
        return text

    wording.install(as_is, "ja")
    yield
    wording.uninstall()


@pytest.fixture
def opened():
    """The dialogs a test opened, held until their builds are stopped: qtbot holds a widget
    weakly, and a dialog collected while its worker runs would take the running thread along."""
    dialogs: list[PrintDialog] = []
    yield dialogs
    for dialog in dialogs:
        dialog.builder.shutdown()


@pytest.fixture
def open_dialog(qtbot, store, settings, event_id, agenda, opened):
    def open_it() -> PrintDialog:
        context = PrintContext(store, settings, store.get_event(event_id))
        dialog = PrintDialog(None, context, [agenda])
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.resize(900, 640)
        dialog.show()
        return dialog

    return open_it


def wait_ready(qtbot, dialog: PrintDialog) -> str:
    qtbot.waitUntil(lambda: dialog.ready_path is not None, timeout=WAIT_MS)
    assert dialog.ready_path is not None
    return dialog.ready_path


def test_the_languages_are_offered_each_in_itself(qtbot, open_dialog):
    dialog = open_dialog()
    combo = dialog.language_combo
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert shown == wording.LANGUAGES
    assert shown["ja"] == "日本語" and shown["ru"] == "Русский"


def test_the_language_starts_as_the_interface_s(qtbot, open_dialog, recorder):
    dialog = open_dialog()
    assert dialog.language == "en" == wording.language()
    wait_ready(qtbot, dialog)
    assert recorder.languages == ["en"]


def test_a_japanese_interface_prints_in_japanese(qtbot, japanese_interface, open_dialog, recorder):
    dialog = open_dialog()
    assert dialog.language == "ja"
    assert dialog.language_combo.currentText() == "日本語"
    wait_ready(qtbot, dialog)
    assert recorder.languages == ["ja"]


def test_russian_makes_the_export_speak_russian(qtbot, open_dialog, recorder):
    dialog = open_dialog()
    first = wait_ready(qtbot, dialog)
    assert dialog.select_language("ru")
    assert dialog.ready_path is None  # the preview shown is the English one: Save waits
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.ready_path not in (None, first), timeout=WAIT_MS)
    assert recorder.languages == ["en", "ru"]
    # In the worker thread only: the dialog and the rest of the app keep the interface's.
    assert all(thread is not threading.main_thread() for thread in recorder.threads)
    assert wording.language() == "en"
    assert dialog.save_button.text() == "&Save as PDF…"


def test_a_language_used_is_remembered_unless_it_is_the_interface_s(
    qtbot, open_dialog, recorder, settings, dialogs, tmp_path
):
    dialog = open_dialog()
    dialog.select_language("ru")
    qtbot.waitUntil(lambda: recorder.languages[-1:] == ["ru"] and dialog.ready_path is not None,
                    timeout=WAIT_MS)  # fmt: skip
    assert settings.value(LANGUAGE_KEY) is None  # chosen, but nothing saved in it yet
    dialogs.save_path = str(tmp_path / "agenda-ru.pdf")
    assert dialog.save_pdf() == dialogs.save_path
    assert settings.value(LANGUAGE_KEY) == "ru"
    dialog.reject()

    again = open_dialog()
    assert again.language == "ru"
    wait_ready(qtbot, again)
    assert recorder.languages[-1] == "ru"
    again.select_language("en")
    qtbot.waitUntil(lambda: recorder.languages[-1] == "en" and again.ready_path is not None,
                    timeout=WAIT_MS)  # fmt: skip
    dialogs.save_path = str(tmp_path / "agenda-en.pdf")
    assert again.save_pdf() == dialogs.save_path
    assert settings.value(LANGUAGE_KEY) is None  # the interface's again: it follows it


def test_the_real_agenda_comes_out_in_russian(qtbot, store, settings, event_id, opened):
    """End to end, with the real exporter: the Russian agenda's dates are Russian ones."""
    event = store.get_event(event_id)
    dialog = PrintDialog(None, PrintContext(store, settings, event), [AGENDA])
    opened.append(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    english = "".join(p.extract_text() for p in PdfReader(wait_ready(qtbot, dialog)).pages)
    dialog.select_language("ru")
    russian = "".join(p.extract_text() for p in PdfReader(wait_ready(qtbot, dialog)).pages)
    assert event.start_date is not None
    in_russian = local_dates.long_date(event.start_date, lang="ru")  # "26 февраля 2018 г."
    in_english = local_dates.long_date(event.start_date, lang="en")  # "26 February 2018"
    assert in_english in english and in_russian not in english
    assert in_russian in russian and in_english not in russian
    assert dialog.save_button.text() == "&Save as PDF…"  # the dialog itself stays English
