"""The agenda tab's calendar export: the event as an iCalendar file.

It reads the event as stored now (not the view's copy), asks where to save, and reports what
happened in the status bar; a failure is a dialog and leaves no file. (The agenda as a PDF is
made in the print dialog: ``printables``.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common import export_dialogs
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.wording import tr


def _folder(settings: QSettings) -> Path:
    return last_folder(settings)


def export_calendar(parent: QWidget, settings: QSettings, event: EventRecord) -> str | None:
    """The event (one entry per agenda item) as an .ics file; the path written, or None."""
    path = export_dialogs.save_path(
        parent, tr("Save to a calendar file"), _folder(settings) / f"{event.slug or 'event'}.ics",
        [export_dialogs.ICS_FILTER],
    )  # fmt: skip
    if not path:
        return None
    from roundtable.services.ics_export import write_ics

    try:
        write_ics(event, path)
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, tr("Calendar file"), str(exc))
        return None
    remember_folder(settings, path)
    return path
