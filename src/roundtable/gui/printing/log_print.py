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
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from roundtable.domain.enums import Attribution
from roundtable.domain.local_dates import short_date_time
from roundtable.domain.log import EventLog
from roundtable.domain.records import EventRecord
from roundtable.gui.common.export_dialogs import CSV_FILTER, PDF_FILTER
from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import PaperPanel, note_label, section_label
from roundtable.gui.printing.print_kinds import (
    PrintContext,
    printable,
    settings_key,
)
from roundtable.pdf import kind_log
from roundtable.pdf.kind_log import LogData, LogOptions
from roundtable.services.attribution import naming_texts
from roundtable.services.log_export import ALL_SECTIONS, LogSections, event_zone
from roundtable.wording import QT_TR_NOOP, tr

LOG_KEY = kind_log.LOG.key
MINUTES_KEY = kind_log.MINUTES.key
# The texts here are read at import, before a translator is installed: marked, and translated
# where shown.
NO_MINUTES = QT_TR_NOOP(
    "This event has no minutes yet: write them on the Log tab's Minutes page (Log ▸ Minutes)."
)
NON_ATTRIBUTED_TIP = QT_TR_NOOP(
    "Each speaker is printed as a description (“a Japanese participant”, “the moderator”) "
    "and the attendance as counts, as the Chatham House Rule asks."
)
OFF_RECORD_QUESTION = QT_TR_NOOP(
    "This event was held off the record: its minutes are not meant to leave the room. "
    "Save or print them anyway?"
)
MAX_LISTED = 12  # texts listed in the warning; more are counted
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
    """The paper, and "Non-attributed": on by default under the Chatham House Rule (the safe
    side, as minutes go out; not remembered, since it follows each event's rule). Before
    saving or printing: under the Rule, the texts that still name a participant, to rephrase
    first or keep; off the record, a question whose default is No."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(context, MINUTES_KEY, kind_log.MINUTES.about, parent)
        event = context.event
        self.non_attributed = QCheckBox(tr("Non-attributed: speakers by role, not by name"))
        self.non_attributed.setChecked(event.attribution is Attribution.CHATHAM_HOUSE)
        self.non_attributed.setToolTip(tr(NON_ATTRIBUTED_TIP))
        self.non_attributed.toggled.connect(lambda _on: emit(self.changed))
        self.column.insertWidget(2, section_label(tr("Attribution")))
        self.column.insertWidget(3, note_label(event.attribution.label))
        self.column.insertWidget(4, self.non_attributed)
        self.column.insertSpacing(5, 8)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "non_attributed": self.non_attributed.isChecked()}

    def problem(self) -> str | None:
        return None if self.context.event.summary.strip() else tr(NO_MINUTES)

    def confirm(self, parent: QWidget, saving: bool) -> bool:
        event = self.context.event
        title = tr("Minutes")
        if event.attribution is Attribution.OFF_RECORD:
            asked = QMessageBox.question(
                parent, title, tr(OFF_RECORD_QUESTION),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if asked != QMessageBox.StandardButton.Yes:
                return False
        if not self.non_attributed.isChecked() or event.id is None:
            return True
        found = naming_texts(event, self.context.store.event_log(event.id).entries)
        if not found:
            return True
        zone = event_zone(event)
        lines = []
        for text in found[:MAX_LISTED]:
            where = tr("Minutes") if text.at is None else short_date_time(text.at.astimezone(zone))
            lines.append(tr("• {where}: {excerpt}").format(where=where, excerpt=text.excerpt))
        if len(found) > MAX_LISTED:
            lines.append(tr("…and %n more", "", len(found) - MAX_LISTED))
        go = QMessageBox.StandardButton.Save if saving else QMessageBox.StandardButton.Ok
        asked = QMessageBox.question(
            parent, title,
            tr("These texts still name a participant; rephrase them on the Log tab, or go on "
               "and keep them as they are:") + "\n\n" + "\n".join(lines),
            go | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return bool(asked == go)


LOG = printable(kind_log.LOG, LogPanel)
MINUTES = printable(kind_log.MINUTES, MinutesPanel)


def write_log_file(event: EventRecord, log: EventLog, path: str | Path, paper: str) -> None:
    """The whole log written to ``path`` as its suffix says (.pdf, .csv, .md), atomically:
    nothing is left half written. UserError for another suffix or a file that cannot be
    written, before anything is."""
    options = LogOptions(paper=paper, sections=ALL_SECTIONS)
    kind_log.export_log(LogData(event, log), str(path), options, None)
