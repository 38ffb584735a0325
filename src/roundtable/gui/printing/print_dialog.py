"""One print dialog for every document: pick what to print and its options, see the real pages,
then save them as a PDF or send them to a printer.

What can be printed comes in as :class:`~roundtable.gui.printing.print_kinds.PrintKind` s; the
dialog knows nothing about agendas or name cards. Each options change rebuilds the preview a moment
later (``DEBOUNCE_MS``, so typing or clicking through options does not start a build per
keystroke) in a worker thread (``pdf_worker``), into a temporary folder the dialog owns. "Save
as PDF…" copies that very file and "Print…" prints it (``pdf_printing``), so what is saved or
printed is always what was looked at. Both wait for the preview: while it is being made they
are disabled, with a tooltip that says so.

The document's language is the one choice every kind shares, above the kind's own options: the
PDF is written in it (its words and its dates), whatever the interface's, and the preview shows
exactly that. It starts as the interface's; one used for a save or a print is remembered, unless
it is the interface's, so that a user who prints in their own language keeps following it.

This module and the ones it imports load QtPdf and QtPrintSupport; the window imports it only
when the dialog is first opened, which keeps them out of start-up.
"""

from __future__ import annotations

import shutil
from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTemporaryDir, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.atomic_write import atomic_output
from roundtable.errors import UserError
from roundtable.gui.common import export_dialogs
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.help import context_help
from roundtable.gui.printing.pdf_preview import PdfPreview
from roundtable.gui.printing.pdf_printing import match_printer_to_pdf, paper_text, print_pdf
from roundtable.gui.printing.pdf_worker import BuildJob, PdfBuilder, reason
from roundtable.gui.printing.print_kinds import (
    OptionsPanel,
    PrintContext,
    PrintKind,
    find_kind,
    suggested_file_name,
)
from roundtable.services.dates import when
from roundtable.wording import LANGUAGES, QT_TR_NOOP, language, tr

GEOMETRY_KEY = "print_dialog/geometry"
LAST_KIND_KEY = "print_dialog/kind"
LANGUAGE_KEY = "print_dialog/language"
"""The document language last used for a save or print, when not the interface's."""
DEBOUNCE_MS = 250
PROGRESS_DELAY_MS = 300  # a build quicker than this shows no progress strip at all
LEFT_WIDTH = 300  # the options column, at least; wider when a kind's panel asks for it
MAX_LEFT_WIDTH = 440

# Marked here, translated where shown (a module's constants are read before any translator).
WAIT_TIP = QT_TR_NOOP("Wait for the preview: what is saved or printed is what the preview shows.")
NOTHING_TIP = QT_TR_NOOP("There is nothing to print with these options; the preview says why.")
STOPPED_TIP = QT_TR_NOOP("The preview was stopped; make it again to save or print.")


def document_name(kind: PrintKind) -> str:
    """The kind's name inside a sentence: "the {document} cannot be made" -> "the name cards
    cannot be made" (the label in the interface's language, its capital dropped)."""
    label = tr(kind.label)
    return label[:1].lower() + label[1:]


def initial_language(settings: QSettings) -> str:
    """The language a document starts in: the one last used for a save or print when it was
    not the interface's, else the interface's."""
    saved = str(settings.value(LANGUAGE_KEY, "") or "")
    return saved if saved in LANGUAGES else language()


def remember_language(settings: QSettings, chosen: str) -> None:
    """Keep a language other than the interface's for next time; the interface's own is no
    choice to keep (it would stay behind when the interface changes)."""
    if chosen == language():
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, chosen)


def ask_printer(parent: QWidget, printer: QPrinter, page_count: int) -> bool:
    """Qt's print dialog (printer, copies, pages); True to print. Tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print"))
    dialog.setMinMax(1, page_count)
    dialog.setFromTo(1, page_count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The pages (0-based) the user chose in the print dialog: all, a range ("2-3, 5") or the
    one shown in the preview."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current_page]
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            chosen = [p - 1 for r in ranges.toRangeList() for p in range(r.from_, r.to + 1)]
        else:
            chosen = list(range(printer.fromPage() - 1, printer.toPage()))
        chosen = [p for p in dict.fromkeys(chosen) if 0 <= p < page_count]
        if chosen:
            return chosen
    return list(range(page_count))


class PrintDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: PrintContext,
        kinds: list[PrintKind],
        initial_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        if not kinds:
            raise ValueError("nothing to print: no kinds given")
        self.context = context
        self.kinds = list(kinds)
        self.settings: QSettings = context.settings
        self.setWindowTitle(tr("Print — {event}").format(event=context.event.title))
        self._panels: dict[str, OptionsPanel] = {}
        self._prepared: dict[str, Any] = {}
        self._temp = QTemporaryDir()
        self._builds = 0
        self._building = False
        self._stopped_by_user = False  # a cancel to report, not one made to start afresh
        self._ready_path: str | None = None  # the preview file of the current options
        self._shown_key: str | None = None  # the kind whose pages the preview shows
        # The build whose outcome is awaited, as (kind key, build number), the tag of its job:
        # the outcome of any other (one cancelled a moment too late) is stale and ignored.
        self._expected: tuple[str, int] | None = None
        self._blocked_tip = tr(WAIT_TIP)  # why Save and Print are off, while they are
        self._note = ""  # the last thing done ("Saved to …"), after the page count
        # What was saved or printed, each line naming its kind ("Name cards: saved to …") when
        # it happened: the kind shown by the time the dialog closes may be another.
        self.results: list[str] = []

        self.builder = PdfBuilder(self)
        self.builder.started.connect(self._build_started)
        self.builder.progress.connect(self._build_progress)
        self.builder.ready.connect(self._build_ready)
        self.builder.failed.connect(self._build_failed)
        self.builder.cancelled.connect(self._build_cancelled)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.rebuild)
        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)

        self._build_ui()
        context_help.add_help_key(self, context_help.PRINTING)
        self._restore_geometry()
        kind = find_kind(self.kinds, initial_key)
        if kind is None and initial_key is None:
            kind = find_kind(self.kinds, str(self.settings.value(LAST_KIND_KEY, "") or ""))
        index = self.kinds.index(kind) if kind is not None else 0
        self.kind_combo.setCurrentIndex(index)
        self._kind_changed(index)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.language_combo.currentIndexChanged.connect(self._options_changed)

    # -- layout -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        event = self.context.event
        title = QLabel(event.title)
        title.setObjectName("print_event_title")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        dates = QLabel(when(event.start_date, event.end_date, event.start_time, event.end_time))
        dates.setWordWrap(True)
        dates.setStyleSheet("color: palette(placeholder-text);")

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("What to print"))
        for kind in self.kinds:
            self.kind_combo.addItem(tr(kind.label), kind.key)
        kind_label = QLabel(tr("Pr&int:"))
        kind_label.setBuddy(self.kind_combo)
        self.language_combo = self._language_combo()
        language_label = QLabel(tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        choices = QGridLayout()
        choices.setColumnStretch(1, 1)
        choices.addWidget(kind_label, 0, 0)
        choices.addWidget(self.kind_combo, 0, 1)
        choices.addWidget(language_label, 1, 0)
        choices.addWidget(self.language_combo, 1, 1)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        # One page per kind; each panel is made the first time its kind is chosen.
        self.panel_stack = QStackedWidget()
        for _kind in self.kinds:
            self.panel_stack.addWidget(QWidget())

        left = QWidget()
        left.setObjectName("print_options")
        left.setFixedWidth(LEFT_WIDTH)
        self.options_column = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 12, 12)
        left_layout.setSpacing(8)
        left_layout.addWidget(title)
        left_layout.addWidget(dates)
        left_layout.addSpacing(10)
        left_layout.addLayout(choices)
        left_layout.addSpacing(4)
        left_layout.addWidget(rule)
        left_layout.addSpacing(4)
        left_layout.addWidget(self.panel_stack, 1)

        self.preview = PdfPreview()
        self.preview.cancel_requested.connect(self.cancel_build)
        self.preview.action_requested.connect(self._message_action)
        preview_frame = QFrame()
        preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(preview_frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.preview)

        self.status_label = QLabel()
        self.status_label.setObjectName("print_status")
        self.status_label.setAccessibleName(tr("Print status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.clicked.connect(self.print_pages)
        # Ctrl+S and Ctrl+P as well as the buttons' Alt+S and Alt+P; a button's own shortcut
        # would replace its mnemonic. A shortcut does nothing while its button is disabled.
        for keys, button in ((QKeySequence.StandardKey.Save, self.save_button),
                             (QKeySequence.StandardKey.Print, self.print_button)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(
                lambda button=button: button.click() if button.isEnabled() else None
            )
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 8, 16, 12)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)

        # Names with characters no font can print (an emoji, a rare script), said before
        # printing: the PDF leaves those characters out.
        from roundtable.pdf.coverage import event_warning

        self.glyph_warning = QLabel(event_warning(event))
        self.glyph_warning.setObjectName("print_glyph_warning")
        self.glyph_warning.setWordWrap(True)
        self.glyph_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.glyph_warning.setVisible(bool(self.glyph_warning.text()))

        right = QVBoxLayout()
        right.setContentsMargins(0, 12, 12, 0)
        right.addWidget(self.glyph_warning)
        right.addWidget(preview_frame)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

    def _language_combo(self) -> QComboBox:
        """Each language named in itself, as a language menu shows them; the one the document
        starts in chosen."""
        combo = QComboBox()
        combo.setAccessibleName(tr("Language of the document"))
        combo.setToolTip(
            tr(
                "The language the document is written in: its words and its dates. The "
                "program's windows keep their own."
            )
        )
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(initial_language(self.settings)), 0))
        return combo

    @property
    def language(self) -> str:
        """The language the document is written in (a code of ``wording.LANGUAGES``)."""
        return str(self.language_combo.currentData() or language())

    def select_language(self, code: str) -> bool:
        """Write the document in ``code``'s language; False when there is no such language."""
        index = self.language_combo.findData(code)
        if index < 0:
            return False
        self.language_combo.setCurrentIndex(index)
        return True

    def _restore_geometry(self) -> None:
        saved = self.settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray | bytes) and self.restoreGeometry(saved):
            return
        width, height = 1120, 800
        screen = self.screen()
        if screen is not None:
            space = screen.availableGeometry()
            width = min(width, int(space.width() * 0.9))
            height = min(height, int(space.height() * 0.9))
        self.resize(width, height)

    # -- kinds and options ------------------------------------------------------------------

    @property
    def kind(self) -> PrintKind:
        return self.kinds[max(self.kind_combo.currentIndex(), 0)]

    @property
    def panel(self) -> OptionsPanel:
        return self._panel_of(self.kind)

    def _panel_of(self, kind: PrintKind) -> OptionsPanel:
        panel = self._panels.get(kind.key)
        if panel is None:
            panel = kind.make_panel(self.context, None)
            panel.changed.connect(self._options_changed)
            index = self.kinds.index(kind)
            placeholder = self.panel_stack.widget(index)
            assert placeholder is not None  # one page per kind from the start
            self.panel_stack.insertWidget(index, panel)
            self.panel_stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._panels[kind.key] = panel
            self._widen_for(panel)
        return panel

    def _widen_for(self, panel: OptionsPanel) -> None:
        """Give the options column the width a panel would like (its combo boxes' longest
        entries), within reason; it never narrows, so switching kinds does not jolt it."""
        column = self.options_column.layout()
        assert column is not None  # laid out in __init__
        margins = column.contentsMargins()
        wanted = panel.sizeHint().width() + margins.left() + margins.right()
        width = min(max(self.options_column.width(), wanted), MAX_LEFT_WIDTH)
        self.options_column.setFixedWidth(max(width, LEFT_WIDTH))

    def select_kind(self, key: str) -> bool:
        """Show ``key``'s options and pages; False when there is no such kind."""
        kind = find_kind(self.kinds, key)
        if kind is None:
            return False
        self.kind_combo.setCurrentIndex(self.kinds.index(kind))
        return True

    def _kind_changed(self, index: int) -> None:
        if index < 0:
            return
        self.panel_stack.setCurrentWidget(self._panel_of(self.kinds[index]))
        self.rebuild()

    def _options_changed(self) -> None:
        """Wait a moment for more changes, then rebuild; meanwhile the preview is stale."""
        self._ready_path = None
        self._note = ""
        self._blocked_tip = tr(WAIT_TIP)
        self._update_buttons()
        self._debounce.start()

    # -- building the preview ---------------------------------------------------------------

    def rebuild(self) -> None:
        """Make the preview for the current kind and options (a build running is stopped)."""
        self._debounce.stop()
        self._stopped_by_user = False
        self._ready_path = None
        self._note = ""
        kind, panel = self.kind, self.panel
        problem = panel.problem()
        if problem:
            self.builder.cancel()
            self._show_nothing(tr("Nothing to print"), problem)
            return
        try:
            prepared = self._prepare(kind)
        except UserError as exc:
            self.builder.cancel()
            self._show_nothing(
                tr("The {document} cannot be made").format(document=document_name(kind)),
                sentence(str(exc)),
            )
            return
        if not self._temp.isValid():
            self._show_nothing(
                tr("The preview cannot be made"),
                tr("There is no temporary folder for it: {reason}.").format(
                    reason=self._temp.errorString()
                ),
            )
            return
        self._builds += 1
        path = self._temp.filePath(f"preview-{self._builds}.pdf")
        self._expected = (kind.key, self._builds)
        job = BuildJob(kind.export, prepared, panel.options(), path, self._expected, self.language)
        self.builder.request(job)
        self._blocked_tip = tr(WAIT_TIP)
        self._update_buttons()

    def _prepare(self, kind: PrintKind) -> Any:
        """What the kind reads from the store, once per dialog (the dialog is modal: the event
        cannot change while it is open)."""
        if kind.key not in self._prepared:
            self._prepared[kind.key] = kind.prepare(self.context)
        return self._prepared[kind.key]

    def cancel_build(self) -> None:
        """The Cancel button: stop the build; the preview then says so and offers to retry."""
        self._debounce.stop()
        if self.builder.busy:
            self._stopped_by_user = True
            self.builder.cancel()

    def _show_nothing(self, title: str, text: str, action: str = "") -> None:
        self._shown_key = None
        self._expected = None
        self._building = False
        self._progress_delay.stop()
        self.preview.set_building(False)
        self.preview.show_message(title, text, action)
        self._blocked_tip = tr(STOPPED_TIP) if action else tr(NOTHING_TIP)
        self._update_status()
        self._update_buttons()

    def _build_started(self, _tag: object) -> None:
        self._building = True
        self._progress_delay.start()
        self._update_status()
        self._update_buttons()

    def _show_progress(self) -> None:
        """A build is taking long enough to say so: in a strip over the pages it will replace,
        or, when those are another kind's (or none), in a card in their place."""
        if not self._building:
            return
        if self._shown_key == self.kind.key and self.preview.showing_pages:
            self.preview.set_building(True)
            return
        self._shown_key = None
        self.preview.set_building(False)  # the card has a progress bar of its own
        self.preview.show_message(
            tr("Making the {document}…").format(document=document_name(self.kind)),
            "",
            tr("Cancel"),
            True,
        )

    def _message_action(self) -> None:
        """The card's button: Cancel while building, else make the preview again."""
        if self._building:
            self.cancel_build()
        else:
            self.rebuild()

    def _build_progress(self, done: int, total: int) -> None:
        self.preview.set_progress(done, total)

    def _build_ready(self, path: str, tag: object) -> None:
        if self._expected is None or tag != self._expected:
            # Finished just as it was cancelled: not the pages of these options.
            with suppress(OSError):
                Path(path).unlink()
            return
        key, _number = self._expected
        self._building = False
        self._progress_delay.stop()
        self.preview.set_building(False)
        problem = self.preview.show_pdf(path, keep_page=key == self._shown_key)
        if problem:
            self._show_nothing(tr("The preview cannot be shown"), problem)
            return
        self._ready_path = path
        self._shown_key = key
        self._remove_old_previews(keep=path)
        self._update_status()
        self._update_buttons()

    def _build_failed(self, message: str, tag: object) -> None:
        if tag != self._expected:
            return
        self._show_nothing(
            tr("The {document} could not be made").format(document=document_name(self.kind)),
            message + "\n\n" + tr("Change an option to try again."),
        )

    def _build_cancelled(self, _tag: object) -> None:
        if not self._stopped_by_user:  # stopped for a problem the preview already shows
            self._building = False
            self._update_status()
            return
        self._show_nothing(
            tr("The preview was stopped"),
            tr("Nothing is saved or printed until the pages are made."),
            tr("&Make the preview"),
        )

    def _remove_old_previews(self, keep: str) -> None:
        for old in Path(self._temp.path()).glob("preview-*.pdf"):
            if str(old) != keep:
                # Still open somewhere (Windows)? The folder goes with the dialog anyway.
                with suppress(OSError):
                    old.unlink()

    # -- status and buttons -----------------------------------------------------------------

    def _update_status(self) -> None:
        if self._ready_path is not None and not self._building:
            count = self.preview.document.pageCount()
            size = self.preview.document.pagePointSize(0)
            text = tr("%n pages · {paper}", "", count).format(paper=paper_text(size))
        else:
            text = ""
        if self._note and text:
            text += f" — {self._note}"  # what was done, after what is shown
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        ready = self._ready_path is not None and not self._building
        for button, tip in ((self.save_button, tr("Save these pages as a PDF file (Ctrl+S)")),
                            (self.print_button, tr("Print these pages (Ctrl+P)"))):  # fmt: skip
            button.setEnabled(ready)
            button.setToolTip(tip if ready else self._blocked_tip)

    @property
    def ready_path(self) -> str | None:
        """The PDF the preview shows, when it matches the options (else None)."""
        return self._ready_path

    # -- saving and printing ----------------------------------------------------------------

    def _shown_kind(self) -> PrintKind:
        """The kind whose pages the preview shows (while Save and Print are on, the current)."""
        return find_kind(self.kinds, self._shown_key) or self.kind

    def _done(self, kind: PrintKind, note: str) -> None:
        """After a save or print of ``kind``'s pages: remember its options, and say what was
        done, naming the kind now, while it is the one that was saved. The language is
        remembered with the kind's options (see ``remember_language``)."""
        self._panel_of(kind).save(self.settings)
        self.settings.setValue(LAST_KIND_KEY, kind.key)
        remember_language(self.settings, self.language)
        self._note = note
        self.results.append(tr("{document}: {done}").format(document=tr(kind.label), done=note))
        self._remember_output(kind)
        self._update_status()

    def _remember_output(self, kind: PrintKind) -> None:
        """Tell the store this printable was saved or printed, with what it showed, for the
        readiness check (name cards out of date); a store that cannot note it is no reason to
        trouble the user, who has their pages."""
        event, store = self.context.event, self.context.store
        if event.id is None or store.read_only:
            return
        from roundtable.services.readiness import output_fingerprint

        with suppress(UserError):
            store.record_output(event.id, kind.key, output_fingerprint(kind.key, event))

    def save_pdf(self) -> str | None:
        """Copy the previewed PDF where the user says; the path written, or None."""
        source = self._ready_path
        if source is None:
            return None
        kind = self._shown_kind()
        if not self._panel_of(kind).confirm(self, saving=True):
            return None
        folder = last_folder(self.settings)
        path = export_dialogs.save_path(
            self, tr("Save the {document}").format(document=document_name(kind)),
            folder / suggested_file_name(self.context.event, kind), [export_dialogs.PDF_FILTER],
        )  # fmt: skip
        if not path:
            return None
        try:
            with open(source, "rb") as pages, atomic_output(path) as target:
                shutil.copyfileobj(pages, target)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, tr("Save as PDF"), reason(exc))
            return None
        remember_folder(self.settings, path)
        self._done(kind, tr("saved to {path}").format(path=path))
        return path

    def print_pages(self) -> bool:
        """Qt's print dialog, then the pages chosen there, with a progress dialog that can
        stop a long job; True when they were sent to the printer."""
        source = self._ready_path
        if source is None:
            return False
        kind = self._shown_kind()
        if not self._panel_of(kind).confirm(self, saving=False):
            return False
        document = self.preview.document
        count = document.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(suggested_file_name(self.context.event, kind).removesuffix(".pdf"))
        match_printer_to_pdf(printer, document, self.preview.current_page())
        if not ask_printer(self, printer, count):
            return False
        pages = pages_to_print(printer, count, self.preview.current_page())
        if not printer.supportsMultipleCopies():  # then the copies are ours to make, collated
            pages = pages * max(printer.copyCount(), 1)
        progress = QProgressDialog(
            tr("Sending the pages to the printer…"), tr("Cancel"), 0, len(pages), self
        )
        progress.setWindowTitle(tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def report(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed = print_pdf(source, printer, pages=pages, progress=report)
        except UserError as exc:
            QMessageBox.warning(self, tr("Print"), sentence(str(exc)))
            return False
        finally:
            progress.close()
        if not printed:
            self._note = tr("printing was cancelled")
            self._update_status()
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            where = printer.outputFileName()
        else:
            where = printer.printerName() or tr("the printer")
        self._done(kind, tr("%n pages sent to {printer}", "", len(pages)).format(printer=where))
        return True

    # -- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Stop a build (waiting for its thread) before the dialog and its temp folder go."""
        self._debounce.stop()
        self._progress_delay.stop()
        self.builder.shutdown()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(LAST_KIND_KEY, self.kind.key)
        self.preview.document.close()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.builder.shutdown()
        super().closeEvent(event)

    def summary(self) -> str | None:
        """A line for the window's status bar about the last thing saved or printed ("Name
        cards: saved to …/namecards.pdf"), or None."""
        return self.results[-1] if self.results else None


def open_print_dialog(
    parent: QWidget | None,
    context: PrintContext,
    kinds: list[PrintKind],
    initial_key: str | None = None,
) -> str | None:
    """Show the print dialog on ``initial_key``'s kind (None: the kind last used; an unknown
    key: the first kind) until it is closed. Returns a line for the status bar about what was
    saved or printed, or None when nothing was."""
    dialog = PrintDialog(parent, context, kinds, initial_key)
    try:
        dialog.exec()
        return dialog.summary()
    finally:
        dialog.builder.shutdown()
        dialog.deleteLater()
