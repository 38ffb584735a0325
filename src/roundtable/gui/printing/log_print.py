"""The event log and the minutes as printables. The kinds are ``roundtable.pdf.kind_log``,
which ``roundtable export log`` and ``roundtable export minutes`` are made from too.

The log's options are the paper and which sections to print, both remembered. Its journal and
change history are read from the store in ``prepare`` (GUI thread), so the worker only draws.
The minutes are written on the Log tab's Minutes page (stored as the event's summary); without
them the dialog says where to write them instead of showing an empty page.

``write_log_file`` is the Log tab's "Export log…": the whole log as a PDF (the same exporter as
the print dialog's), a CSV or a Markdown file, by the file's suffix, as ``roundtable export
log`` writes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QWidget

from roundtable.domain.log import EventLog
from roundtable.domain.records import EventRecord
from roundtable.gui.common.export_dialogs import CSV_FILTER, PDF_FILTER
from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import PaperPanel, section_label
from roundtable.gui.printing.print_kinds import (
    OptionsPanel,
    PrintContext,
    printable,
    settings_key,
)
from roundtable.pdf import kind_log
from roundtable.pdf.kind_log import LogData, LogOptions
from roundtable.services.log_export import ALL_SECTIONS, LogSections
from roundtable.wording import QT_TR_NOOP, tr

LOG_KEY = kind_log.LOG.key
MINUTES_KEY = kind_log.MINUTES.key
# The texts here are read at import, before a translator is installed: marked, and translated
# where shown.
NO_MINUTES = QT_TR_NOOP(
    "This event has no minutes yet: write them on the Log tab's Minutes page (Log ▸ Minutes)."
)
NO_SECTION = QT_TR_NOOP("Check at least one part of the log to print.")
MARKDOWN_FILTER = QT_TR_NOOP("Markdown, for a wiki or a text editor (*.md)")
LOG_FILE_FILTERS = [PDF_FILTER, CSV_FILTER, MARKDOWN_FILTER]
"""The file types the log is exported as, the first offered first (untranslated, as
``export_dialogs.save_path`` wants them)."""
# (LogSections field, check box text), in the order the PDF prints them.
SECTIONS = (
    ("minutes", QT_TR_NOOP("Minutes")),
    ("journal", QT_TR_NOOP("Journal")),
    ("planned", QT_TR_NOOP("Planned against actual")),
    ("changes", QT_TR_NOOP("Change history")),
)


class LogPanel(PaperPanel):
    """The paper, and above it a check box per section (the minutes' unchecked and disabled,
    with a tip, when there are none to print)."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(context, LOG_KEY, kind_log.LOG.about, parent)
        self.has_minutes = bool(context.event.summary.strip())
        self.boxes: dict[str, QCheckBox] = {}
        column = self.column
        column.insertWidget(2, section_label(tr("Sections")))  # after the note, before the paper
        for offset, (name, text) in enumerate(SECTIONS, start=3):
            box = QCheckBox(tr(text))
            saved = context.settings.value(settings_key(LOG_KEY, name), None)
            box.setChecked(saved is None or str(saved) == "true")
            box.toggled.connect(lambda _on: emit(self.changed))
            self.boxes[name] = box
            column.insertWidget(offset, box)
        column.insertSpacing(3 + len(SECTIONS), 8)
        if not self.has_minutes:
            minutes = self.boxes["minutes"]
            minutes.setChecked(False)
            minutes.setEnabled(False)
            minutes.setToolTip(tr(NO_MINUTES))
            minutes.setText(tr("Minutes (none written yet)"))

    def sections(self) -> LogSections:
        chosen = {name: box.isChecked() and box.isEnabled() for name, box in self.boxes.items()}
        return LogSections(**chosen)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "sections": self.sections()}

    def problem(self) -> str | None:
        nothing = self.sections() == LogSections(False, False, False, False)
        return tr(NO_SECTION) if nothing else None

    def save(self, settings: QSettings) -> None:
        super().save(settings)
        for name, box in self.boxes.items():
            if box.isEnabled():  # a disabled box says nothing about what the user wants
                settings.setValue(
                    settings_key(LOG_KEY, name), "true" if box.isChecked() else "false"
                )


class MinutesPanel(PaperPanel):
    def problem(self) -> str | None:
        return None if self.context.event.summary.strip() else tr(NO_MINUTES)


def _minutes_panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return MinutesPanel(context, MINUTES_KEY, kind_log.MINUTES.about, parent)


LOG = printable(kind_log.LOG, LogPanel)
MINUTES = printable(kind_log.MINUTES, _minutes_panel)


def write_log_file(event: EventRecord, log: EventLog, path: str | Path, paper: str) -> None:
    """The whole log written to ``path`` as its suffix says (.pdf, .csv, .md), atomically:
    nothing is left half written. UserError for another suffix or a file that cannot be
    written, before anything is."""
    options = LogOptions(paper=paper, sections=ALL_SECTIONS)
    kind_log.export_log(LogData(event, log), str(path), options, None)
