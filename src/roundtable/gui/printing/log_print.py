"""The event log and the minutes as printables; the PDFs are ``roundtable.pdf.log_pdf``, the same
ones ``roundtable export log`` and ``roundtable export minutes`` write.

The log's options are the paper and which sections to print, both remembered. Its journal and
change history are read from the store in ``prepare`` (GUI thread), so the worker only draws.
The minutes are written on the Log tab's Minutes page (stored as the event's summary); without
them the dialog says where to write them instead of showing an empty page.

``write_log_file`` is the Log tab's "Export log…": the whole log as a PDF (the same exporter as
the print dialog's), a CSV or a Markdown file (``services.log_export``), by the file's suffix, as
``roundtable export log`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    PrintKind,
    Progress,
    settings_key,
)
from roundtable.services.log_export import ALL_SECTIONS, LogSections, export_log_text, log_format

LOG_KEY = "log"
MINUTES_KEY = "minutes"
NO_MINUTES = (
    "This event has no minutes yet: write them on the Log tab's Minutes page (Log ▸ Minutes)."
)
NO_SECTION = "Check at least one part of the log to print."
MARKDOWN_FILTER = "Markdown, for a wiki or a text editor (*.md)"
LOG_FILE_FILTERS = [PDF_FILTER, CSV_FILTER, MARKDOWN_FILTER]
"""The file types the log is exported as, the first offered first."""
# (LogSections field, check box text), in the order the PDF prints them.
SECTIONS = (
    ("minutes", "Minutes"),
    ("journal", "Journal"),
    ("planned", "Planned against actual"),
    ("changes", "Change history"),
)


@dataclass(frozen=True)
class LogData:
    event: EventRecord
    log: EventLog


class LogPanel(PaperPanel):
    """The paper, and above it a check box per section (the minutes' unchecked and disabled,
    with a tip, when there are none to print)."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            LOG_KEY,
            "The minutes, the journal by day with every entry's earlier texts, planned against "
            "actual time for each item and speaker (a table and a chart), and the change "
            "history.",
            parent,
        )
        self.has_minutes = bool(context.event.summary.strip())
        self.boxes: dict[str, QCheckBox] = {}
        column = self.layout()
        column.insertWidget(2, section_label("Sections"))  # after the note, before the paper
        for offset, (name, text) in enumerate(SECTIONS, start=3):
            box = QCheckBox(text)
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
            minutes.setToolTip(NO_MINUTES)
            minutes.setText("Minutes (none written yet)")

    def sections(self) -> LogSections:
        chosen = {name: box.isChecked() and box.isEnabled() for name, box in self.boxes.items()}
        return LogSections(**chosen)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "sections": self.sections()}

    def problem(self) -> str | None:
        return None if self.sections() != LogSections(False, False, False, False) else NO_SECTION

    def save(self, settings: QSettings) -> None:
        super().save(settings)
        for name, box in self.boxes.items():
            if box.isEnabled():  # a disabled box says nothing about what the user wants
                settings.setValue(
                    settings_key(LOG_KEY, name), "true" if box.isChecked() else "false"
                )


class MinutesPanel(PaperPanel):
    def problem(self) -> str | None:
        return None if self.context.event.summary.strip() else NO_MINUTES


def _log_panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return LogPanel(context, parent)


def _minutes_panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return MinutesPanel(
        context,
        MINUTES_KEY,
        "The event's minutes under its title, dates and venue, to hand out afterwards.",
        parent,
    )


def _prepare_log(context: PrintContext) -> LogData:
    """The log as stored now, read in the GUI thread: the store is not shared with workers."""
    return LogData(context.event, context.store.event_log(context.event.id))


def _prepare_minutes(context: PrintContext) -> EventRecord:
    return context.event


def _export_log(data: LogData, path: str, options: dict[str, Any], progress: Progress) -> bool:
    # Imported here: reportlab is loaded in the worker, the first time something is printed.
    from roundtable.pdf.log_pdf import export_log_pdf

    return export_log_pdf(data.event, data.log, path, paper=options["paper"],
                          sections=options["sections"], progress=progress)  # fmt: skip


def _export_minutes(
    event: EventRecord, path: str, options: dict[str, Any], progress: Progress
) -> bool:
    from roundtable.pdf.log_pdf import export_minutes_pdf

    return export_minutes_pdf(event, path, paper=options["paper"], progress=progress)


LOG = PrintKind(
    key=LOG_KEY,
    label="Event log",
    file_suffix="log",
    make_panel=_log_panel,
    prepare=_prepare_log,
    export=_export_log,
)
MINUTES = PrintKind(
    key=MINUTES_KEY,
    label="Minutes",
    file_suffix="minutes",
    make_panel=_minutes_panel,
    prepare=_prepare_minutes,
    export=_export_minutes,
)


def write_log_file(event: EventRecord, log: EventLog, path: str | Path, paper: str) -> None:
    """The whole log written to ``path`` as its suffix says (.pdf, .csv, .md), atomically:
    nothing is left half written. UserError for another suffix or a file that cannot be
    written, before anything is."""
    if log_format(path) == "pdf":
        from roundtable.pdf.log_pdf import export_log_pdf

        export_log_pdf(event, log, path, paper=paper, sections=ALL_SECTIONS)
    else:
        export_log_text(event, log, path, ALL_SECTIONS)
