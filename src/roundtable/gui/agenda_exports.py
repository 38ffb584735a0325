"""The agenda tab's exports: the agenda as a PDF and the event as an iCalendar file.

Both read the event as stored now (not the view's copy), ask where to save, and report what
happened in the status bar; a failure is a dialog and leaves no file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui import export_dialogs
from roundtable.gui.event_overview import LAST_FOLDER_KEY


def _folder(settings: QSettings) -> Path:
    return Path(str(settings.value(LAST_FOLDER_KEY, str(Path.home()))))


def export_agenda_pdf(parent: QWidget, settings: QSettings, event: EventRecord) -> str | None:
    """Paper, file, then the PDF with progress; the path written, or None."""
    paper, accepted = export_dialogs.get_paper(
        parent, export_dialogs.default_paper(settings), "Agenda"
    )
    if not accepted or paper is None:
        return None
    path = export_dialogs.save_path(
        parent, "Save the agenda", _folder(settings) / f"{event.slug or 'event'}-agenda.pdf",
        [export_dialogs.PDF_FILTER],
    )  # fmt: skip
    if not path:
        return None
    from roundtable.pdf.agenda import export_agenda

    try:
        written = export_dialogs.run_with_progress(
            parent, "Agenda", "Making the agenda…",
            lambda report: export_agenda(event, path, paper=paper, progress=report),
        )  # fmt: skip
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, "Agenda", str(exc))
        return None
    settings.setValue(export_dialogs.PAPER_KEY, paper)
    if not written:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    return path


def export_calendar(parent: QWidget, settings: QSettings, event: EventRecord) -> str | None:
    """The event (one entry per agenda item) as an .ics file; the path written, or None."""
    path = export_dialogs.save_path(
        parent, "Save to a calendar file", _folder(settings) / f"{event.slug or 'event'}.ics",
        [export_dialogs.ICS_FILTER],
    )  # fmt: skip
    if not path:
        return None
    from roundtable.services.ics_export import write_ics

    try:
        write_ics(event, path)
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, "Calendar file", str(exc))
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    return path
