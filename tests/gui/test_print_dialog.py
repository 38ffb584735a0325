"""The print dialog: real pages in the preview, options that rebuild it, builds that can be
cancelled (or fail) without harming the dialog, Save as PDF, printing to a PDF printer, File ▸
Print, and QtPdf kept out of start-up."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from people_samples import jpeg_bytes
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from roundtable.errors import UserError
from roundtable.gui.common.settings_keys import LAST_FOLDER_KEY
from roundtable.gui.printing import print_dialog, printables
from roundtable.gui.printing.agenda_print import AGENDA
from roundtable.gui.printing.bios_print import BIOS
from roundtable.gui.printing.paper_options import PaperPanel
from roundtable.gui.printing.pdf_printing import page_layout_for, paper_text, print_pdf
from roundtable.gui.printing.print_dialog import (
    GEOMETRY_KEY,
    LAST_KIND_KEY,
    NOTHING_TIP,
    STOPPED_TIP,
    WAIT_TIP,
    PrintDialog,
)
from roundtable.gui.printing.print_kinds import PrintContext, PrintKind
from roundtable.pdf.kinds import KINDS
from roundtable.services.demo import load_demo

WAIT_MS = 10_000


@pytest.fixture
def demo(store, settings):
    settings.setValue("export/paper", "a4")  # not the locale's: the tests check sizes
    by_title = {store.get_event(i).title: i for i in load_demo(store)}
    return {
        "dc": next(i for t, i in by_title.items() if t.startswith("Russia in")),
        "first": next(i for t, i in by_title.items() if t.endswith("First Round")),
        "second": next(i for t, i in by_title.items() if t.endswith("Second Round")),
    }


def open_dialog(qtbot, store, settings, event_id, kinds=None, key="agenda") -> PrintDialog:
    context = PrintContext(store, settings, store.get_event(event_id))
    dialog = PrintDialog(None, context, kinds or printables.all_kinds(), key)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    return dialog


def wait_ready(qtbot, dialog: PrintDialog) -> str:
    qtbot.waitUntil(
        lambda: dialog.ready_path is not None and dialog.preview.document.pageCount() > 0,
        timeout=WAIT_MS,
    )
    return dialog.ready_path


def small_pdf(path: str, pages: int = 2, turned: bool = False) -> None:
    size = landscape(A4) if turned else A4
    drawing = canvas.Canvas(path, pagesize=size)
    for n in range(pages):
        drawing.drawString(72, 72, f"Page {n + 1}")
        drawing.showPage()
    drawing.save()


class Gate:
    """An export that waits, honouring cancel, until released; records how each run ended."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.runs: list[str] = []

    def export(self, _prepared, path, options, progress) -> bool:
        while not self.release.is_set():
            if progress(0, 10) is False:
                self.runs.append("cancelled")
                return False
            time.sleep(0.005)
        small_pdf(path, 3 if options["paper"] == "letter" else 2)
        self.runs.append("written")
        return True


def gated_kind(gate: Gate, key: str = "slow") -> PrintKind:
    return PrintKind(
        key=key, label="Slow pages", file_suffix="slow",
        make_panel=lambda context, parent: PaperPanel(context, key, "Slow pages.", parent),
        prepare=lambda context: context.event, export=gate.export,
    )  # fmt: skip


# -- the preview ----------------------------------------------------------------------------


def test_agenda_preview_shows_the_real_pages(qtbot, store, settings, demo):
    dialog = open_dialog(qtbot, store, settings, demo["second"])  # two days: two pages
    assert dialog.kind_combo.currentText() == "Agenda"
    assert not dialog.save_button.isEnabled() or dialog.ready_path  # never enabled too early
    path = wait_ready(qtbot, dialog)
    assert len(PdfReader(path).pages) == dialog.preview.document.pageCount() == 2
    assert dialog.status_label.text() == "2 pages · A4 portrait"
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.preview.page_label.text() == "Page 1 of 2"
    dialog.preview.next_page()
    qtbot.waitUntil(lambda: dialog.preview.page_label.text() == "Page 2 of 2")
    fitted = dialog.preview.effective_zoom()
    dialog.preview.zoom_in()
    assert dialog.preview.effective_zoom() > fitted
    assert dialog.preview.zoom_label.text() == f"{dialog.preview.view.zoomFactor() * 100:.0f} %"
    assert not dialog.preview.fit_page_button.isChecked()
    assert Path(path).parent != Path(store.name).parent  # a temporary folder of its own


def test_switching_to_the_bios_booklet(qtbot, store, settings, demo):
    dialog = open_dialog(qtbot, store, settings, demo["second"])
    wait_ready(qtbot, dialog)
    assert dialog.panel_stack.currentWidget() is dialog.panel
    assert dialog.select_kind("bios")
    assert dialog.ready_path is None and not dialog.print_button.isEnabled()
    path = wait_ready(qtbot, dialog)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Participant biographies" in text
    assert dialog.panel_stack.currentWidget() is dialog.panel
    assert set(dialog._panels) == {"agenda", "bios"}  # panels are made when first shown
    assert not dialog.select_kind("timer"), "an unknown kind is refused"


def test_each_preview_is_a_new_document(qtbot, store, settings, demo):
    """QPdfView showed page 1 of the previous document (stretched to the new paper) when one
    QPdfDocument was reloaded in place; each preview now gets a document of its own."""
    dialog = open_dialog(qtbot, store, settings, demo["second"], key="bios")
    wait_ready(qtbot, dialog)
    first = dialog.preview.document
    assert first.pagePointSize(0).width() < first.pagePointSize(0).height()  # A4 portrait
    assert dialog.select_kind("namecards")
    wait_ready(qtbot, dialog)
    cards = dialog.preview.document
    assert cards is not first and dialog.preview.view.document() is cards
    assert cards.pagePointSize(0).width() > cards.pagePointSize(0).height()  # landscape
    assert dialog.status_label.text().endswith("landscape")


def test_changing_an_option_rebuilds_after_a_pause(qtbot, store, settings, demo):
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    first = wait_ready(qtbot, dialog)
    dialog.panel.paper_choice.set_paper("letter")
    assert dialog.ready_path is None
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip() == WAIT_TIP
    second = wait_ready(qtbot, dialog)
    assert second != first
    box = PdfReader(second).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    assert dialog.status_label.text() == "1 page · US Letter portrait"  # the DC roundtable
    assert not Path(first).exists()  # old previews do not pile up


def test_a_new_request_cancels_the_running_build(qtbot, store, settings, demo):
    gate = Gate()
    dialog = open_dialog(qtbot, store, settings, demo["dc"], [gated_kind(gate)])
    qtbot.waitUntil(lambda: dialog.builder.busy)
    dialog.panel.paper_choice.set_paper("letter")
    dialog.rebuild()  # now, not after the pause
    qtbot.waitUntil(lambda: gate.runs == ["cancelled"], timeout=WAIT_MS)
    gate.release.set()
    wait_ready(qtbot, dialog)
    assert gate.runs == ["cancelled", "written"]
    assert dialog.preview.document.pageCount() == 3  # the letter run's pages


def test_cancel_leaves_the_dialog_usable(qtbot, store, settings, demo):
    gate = Gate()
    dialog = open_dialog(qtbot, store, settings, demo["dc"], [gated_kind(gate)])
    qtbot.waitUntil(lambda: dialog.builder.busy)
    qtbot.waitUntil(lambda: dialog.preview.message_button.isVisible(), timeout=WAIT_MS)
    assert dialog.preview.message_button.text() == "Cancel"  # a slow first build says so
    qtbot.waitUntil(lambda: dialog.preview.card_progress.maximum() == 10)  # and how far it is
    dialog.preview.message_button.click()
    qtbot.waitUntil(lambda: not dialog.builder.busy, timeout=WAIT_MS)
    assert "The preview was stopped" in dialog.preview.message_text()
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip() == STOPPED_TIP
    gate.release.set()
    dialog.preview.message_button.click()  # "Make the preview"
    wait_ready(qtbot, dialog)
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    "error, shown",
    [
        (UserError("unknown time zone 'Mars/Olympus'"), "Unknown time zone 'Mars/Olympus'."),
        (OSError(28, "No space left on device"), "No space left on device."),
    ],
)
def test_an_export_error_is_a_message_not_a_preview(qtbot, store, settings, demo, error, shown):
    def failing(_prepared, _path, _options, _progress):
        raise error

    kind = replace(AGENDA, export=failing)
    dialog = open_dialog(qtbot, store, settings, demo["dc"], [kind])
    qtbot.waitUntil(lambda: "could not be made" in dialog.preview.message_text(), timeout=WAIT_MS)
    assert shown in dialog.preview.message_text()
    assert "Traceback" not in dialog.preview.message_text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.save_button.toolTip() == NOTHING_TIP
    assert dialog.status_label.text() == ""


def test_a_problem_with_the_options_is_shown_instead(qtbot, store, settings, demo):
    dialog = open_dialog(qtbot, store, settings, demo["first"], key="bios")  # no one takes part
    assert "no participants yet" in dialog.preview.message_text()
    assert not dialog.builder.busy and not dialog.print_button.isEnabled()
    dialog.select_kind("agenda")
    wait_ready(qtbot, dialog)


def test_bios_photos_are_read_before_the_worker_starts(store, settings, demo):
    event = store.get_event(demo["dc"])
    person = store.get_person(event.participants[0].person.id)
    person.photo, person.photo_mime = jpeg_bytes(), "image/jpeg"
    store.save_person(person)
    prepared = BIOS.prepare(PrintContext(store, settings, store.get_event(demo["dc"])))
    assert set(prepared.photos) == {person.id} and prepared.photos[person.id][:2] == b"\xff\xd8"


# -- saving and printing --------------------------------------------------------------------


def test_save_as_pdf_copies_the_preview(qtbot, store, settings, demo, dialogs, tmp_path):
    settings.setValue(LAST_FOLDER_KEY, str(tmp_path))
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    dialog.panel.paper_choice.set_paper("letter")
    preview = wait_ready(qtbot, dialog)
    dialogs.save_path = str(tmp_path / "out" / "agenda.pdf")
    (tmp_path / "out").mkdir()
    assert dialog.save_pdf() == dialogs.save_path
    assert Path(dialogs.save_path).read_bytes() == Path(preview).read_bytes()
    assert len(PdfReader(dialogs.save_path).pages) == 1
    (_kind, _title, suggested) = next(c for c in dialogs.calls if c[0] == "save")
    assert suggested == str(tmp_path / "dc-policy-forum-russia-us-japan-alliance-2018-agenda.pdf")
    assert settings.value(LAST_FOLDER_KEY) == str(tmp_path / "out")
    assert settings.value("agenda/paper") == "letter"  # options remembered once used
    assert dialogs.save_path in dialog.status_label.text()
    assert dialog.summary() == f"Agenda: saved to {dialogs.save_path}"
    Path(dialogs.save_path).unlink()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Save))  # Ctrl+S
    assert Path(dialogs.save_path).exists()


def test_save_into_a_missing_folder_says_so(qtbot, store, settings, demo, dialogs, tmp_path):
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    wait_ready(qtbot, dialog)
    dialogs.save_path = str(tmp_path / "gone" / "agenda.pdf")
    assert dialog.save_pdf() is None
    (text,) = dialogs.texts("warning")
    assert "does not exist" in text
    assert dialog.summary() is None


def test_the_status_names_the_kind_that_was_saved(qtbot, store, settings, demo, dialogs, tmp_path):
    """Name cards saved, then the bios booklet shown: the line for the window's status bar
    still says name cards (it said "Bios booklet: saved to …/namecards.pdf")."""
    dialog = open_dialog(qtbot, store, settings, demo["dc"], key="namecards")
    wait_ready(qtbot, dialog)
    dialogs.save_path = str(tmp_path / "namecards.pdf")
    assert dialog.save_pdf() == dialogs.save_path
    assert dialog.summary() == f"Name cards: saved to {dialogs.save_path}"
    dialog.select_kind("bios")
    wait_ready(qtbot, dialog)
    assert dialog.summary() == f"Name cards: saved to {dialogs.save_path}"
    assert dialogs.save_path not in dialog.status_label.text()  # the bios' pages: not saved
    dialogs.save_path = str(tmp_path / "bios.pdf")
    dialog.save_pdf()
    assert dialog.summary() == f"Bios booklet: saved to {dialogs.save_path}"


def test_a_preview_finished_too_late_is_not_taken(qtbot, store, settings, demo, tmp_path):
    """A build that ended just as it was cancelled reports its pages after the kind changed:
    they are not the preview of the new kind, so Save stays off and the file goes."""
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    agenda = wait_ready(qtbot, dialog)
    stale = tmp_path / "stale.pdf"
    stale.write_bytes(Path(agenda).read_bytes())
    dialog.select_kind("bios")
    dialog._build_ready(str(stale), ("agenda", 1))  # the first build's tag
    assert dialog.ready_path is None and not dialog.save_button.isEnabled()
    assert not stale.exists()
    wait_ready(qtbot, dialog)
    assert dialog._shown_kind().key == "bios"


def test_paper_starts_from_the_venue_and_a_pick_is_remembered(qtbot, store, settings, demo):
    settings.remove("export/paper")  # nothing picked yet
    dc = open_dialog(qtbot, store, settings, demo["dc"])
    assert dc.panel.paper_choice.paper() == "letter"  # Washington DC
    assert dc.panel.paper_note.isVisibleTo(dc)
    wait_ready(qtbot, dc)
    assert dc.status_label.text() == "1 page · US Letter portrait"
    moscow = open_dialog(qtbot, store, settings, demo["second"])
    assert moscow.panel.paper_choice.paper() == "a4"
    moscow.reject()

    dc.panel.paper_choice.buttons["a4"].click()  # a pick: remembered at once
    assert settings.value("agenda/paper") == "a4" and settings.value("export/paper") == "a4"
    assert not dc.panel.paper_note.isVisibleTo(dc)
    dc.reject()  # closed without saving: the pick holds

    again = open_dialog(qtbot, store, settings, demo["dc"])
    assert again.panel.paper_choice.paper() == "a4"
    assert not again.panel.paper_note.isVisibleTo(again)
    again.select_kind("bios")  # never picked for: the paper picked last for anything
    assert again.panel.paper_choice.paper() == "a4"
    again.panel.paper_choice.buttons["letter"].click()
    assert settings.value("bios/paper") == "letter" and settings.value("agenda/paper") == "a4"
    again.reject()


def test_saving_on_the_venue_paper_is_no_pick(qtbot, store, settings, demo, dialogs, tmp_path):
    """Saving the DC agenda on the Letter its venue gave must not put the Moscow one on it."""
    settings.remove("export/paper")
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    wait_ready(qtbot, dialog)
    dialogs.save_path = str(tmp_path / "agenda.pdf")
    assert dialog.save_pdf()
    assert settings.value("agenda/paper") is None and settings.value("export/paper") is None
    dialog.reject()
    moscow = open_dialog(qtbot, store, settings, demo["second"])
    assert moscow.panel.paper_choice.paper() == "a4"
    moscow.close()  # stops its build: a dialog destroyed while building would abort


def test_the_agenda_can_leave_the_participants_out(qtbot, store, settings, demo, dialogs, tmp_path):
    dialog = open_dialog(qtbot, store, settings, demo["dc"])
    text = "".join(page.extract_text() for page in PdfReader(wait_ready(qtbot, dialog)).pages)
    assert "Participants" in text
    box = dialog.panel.participants_box
    assert box.isChecked() and box.text() == "Participants by &role"
    box.setChecked(False)
    assert dialog.ready_path is None  # the pages are being made again
    text = "".join(page.extract_text() for page in PdfReader(wait_ready(qtbot, dialog)).pages)
    assert "Participants" not in text and "Q&A" in text  # the programme is all there
    dialogs.save_path = str(tmp_path / "programme.pdf")
    assert dialog.save_pdf()
    assert settings.value("agenda/participants") == "false"  # remembered once used
    dialog.reject()
    again = open_dialog(qtbot, store, settings, demo["dc"])
    assert not again.panel.participants_box.isChecked()
    again.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pdf_keeps_pages_and_their_orientation(qapp, tmp_path):
    cards = str(tmp_path / "cards.pdf")
    small_pdf(cards, pages=3, turned=True)
    out = tmp_path / "printed.pdf"
    assert print_pdf(cards, pdf_printer(out), max_dpi=40)
    pages = PdfReader(out).pages
    assert len(pages) == 3
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages), "landscape"
    assert print_pdf(cards, pdf_printer(out), first_page=2, last_page=3, max_dpi=40)
    assert len(PdfReader(out).pages) == 2
    with pytest.raises(UserError):
        print_pdf(cards, pdf_printer(out), first_page=5)


def test_print_pdf_can_be_stopped(qapp, tmp_path):
    source = str(tmp_path / "long.pdf")
    small_pdf(source, pages=5)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2

    assert not print_pdf(source, pdf_printer(tmp_path / "out.pdf"), progress=progress, max_dpi=40)
    assert seen == [(0, 5), (1, 5), (2, 5)]


def test_paper_names_and_layouts():
    assert paper_text(QSizeF(841.89, 595.28)) == "A4 landscape"
    assert paper_text(QSizeF(612, 792)) == "US Letter portrait"
    assert paper_text(QSizeF(255.1, 155.9)) == "90 × 55 mm"
    layout = page_layout_for(QSizeF(841.89, 595.28))
    assert layout.pageSize().name() == "A4" and layout.orientation().name == "Landscape"


def test_print_button_prints_the_chosen_pages(qtbot, store, settings, demo, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    asked = []

    def ask(parent, printer, page_count):
        asked.append((page_count, printer.pageLayout().orientation().name))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return True

    monkeypatch.setattr(print_dialog, "ask_printer", ask)
    dialog = open_dialog(qtbot, store, settings, demo["second"])  # a two-page agenda
    wait_ready(qtbot, dialog)
    assert dialog.print_pages()
    assert asked == [(2, "Portrait")]
    assert len(PdfReader(out).pages) == 1
    assert "1 page sent to" in dialog.status_label.text()
    monkeypatch.setattr(print_dialog, "ask_printer", lambda *args: False)
    assert not dialog.print_pages()  # the print dialog was cancelled


# -- opening and closing --------------------------------------------------------------------


def test_closing_during_a_build_stops_it(qtbot, store, settings, demo):
    gate = Gate()
    dialog = open_dialog(qtbot, store, settings, demo["dc"], [gated_kind(gate)])
    qtbot.waitUntil(lambda: dialog.builder.busy)
    thread = dialog.builder._thread
    dialog.close()
    assert thread is not None and thread.isFinished() and gate.runs == ["cancelled"]
    assert not dialog.builder.busy
    assert settings.value(GEOMETRY_KEY) is not None and settings.value(LAST_KIND_KEY) == "slow"
    qtbot.wait(50)  # queued signals of the stopped thread arrive at a closed dialog: no harm


def test_kind_falls_back_and_is_remembered(qtbot, store, settings, demo):
    dialog = open_dialog(qtbot, store, settings, demo["dc"], key="namecards-not-yet")
    assert dialog.kind.key == "agenda"  # an unknown kind: the first
    dialog.select_kind("bios")
    dialog.close()
    again = open_dialog(qtbot, store, settings, demo["dc"], key=None)
    assert again.kind.key == "bios"  # no kind asked for: the last one used
    again.close()


def test_file_print_opens_the_selected_event(window, store, demo, monkeypatch):
    opened = []

    def fake_open(parent, context, kinds, initial_key=None):
        opened.append((context.event.id, [k.key for k in kinds], initial_key))
        return "Agenda: saved to /tmp/x.pdf"

    monkeypatch.setattr(print_dialog, "open_print_dialog", fake_open)
    window.reload()
    window.tree.clearSelection()
    assert not window.print_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.select_event(demo["second"])
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    assert opened == [
        (
            demo["second"],
            [kind.key for kind in KINDS],  # the demo's second round: every kind applies
            None,
        )
    ]
    assert window.statusBar().currentMessage() == "Agenda: saved to /tmp/x.pdf"
    window.set_mode("people")
    assert not window.print_action.isVisible()


def test_the_tabs_open_the_dialog_on_their_kind(window, store, demo, monkeypatch):
    from roundtable.gui.shell.main_window import TAB_AGENDA, TAB_PARTICIPANTS

    opened = []

    def fake_open(parent, context, kinds, initial_key=None):
        opened.append((initial_key, context.selected_participation_ids))
        return None

    monkeypatch.setattr(print_dialog, "open_print_dialog", fake_open)
    window.reload()
    window.select_event(demo["dc"])
    window.event_tabs.setCurrentIndex(TAB_AGENDA)
    window.agenda_view.print_button.click()
    window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
    view = window.participants_view
    view.bios_button.click()
    view.namecards_button.click()
    view.table.selectRow(1)
    view.namecards_button.click()
    chosen = [view.model.participation(1).id]
    assert opened == [("agenda", []), ("bios", []), ("namecards", []), ("namecards", chosen)]
