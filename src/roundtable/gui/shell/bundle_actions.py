"""File ▸ Import event bundle and File ▸ Export event bundle: one event, with its people and
organisations, in one .roundtable.json file. The bundle code (services/bundle.py, with
jsonschema) is imported on first use: start-up does not need it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from roundtable.domain.records import EventSummary
from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.events import bundle_dialogs
from roundtable.gui.events.event_commands import ImportBundleCommand
from roundtable.store.facade import Store
from roundtable.wording import tr


def import_bundle(
    parent: QWidget, context: CommandContext, settings: QSettings
) -> ImportBundleCommand | None:
    """Asks for a bundle (and, if its event is here already, whether to replace it or add it as
    a new one); the command that imports it, or None if nothing is to be done."""
    path = bundle_dialogs.choose_bundle_to_import(parent, str(last_folder(settings)))
    if not path:
        return None
    remember_folder(settings, path)
    from roundtable.services import bundle as bundles

    store = context.store
    try:
        data = bundles.read_bundle_file(path)
        existing = bundles.existing_event_for(store, data)
        existing_title = store.get_event(existing).title if existing else ""
    except UserError as exc:
        QMessageBox.warning(
            parent,
            tr("Import event bundle"),
            tr("{reason}\n\nNothing was imported.").format(reason=sentence(str(exc))),
        )
        return None
    mode = bundles.ImportMode.FAIL
    if existing is not None:
        answer = bundle_dialogs.ask_import_mode(parent, existing_title)
        if answer is None:
            return None
        mode = bundles.ImportMode(answer)
    replaces = existing if mode == bundles.ImportMode.REPLACE else None
    return ImportBundleCommand(context, data, mode, replaces)


def export_bundle(
    parent: QWidget, store: Store, settings: QSettings, summary: EventSummary, status: QStatusBar
) -> None:
    """Asks where, and writes the bundle of the event ``summary`` there (nothing is changed)."""
    path = bundle_dialogs.choose_export_path(parent, str(last_folder(settings)), summary.slug)
    if not path:
        return
    from roundtable.services.bundle import write_bundle_file

    try:
        write_bundle_file(store, summary.id, path)
    except (UserError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(parent, tr("Export event bundle"), sentence(reason))
        return
    remember_folder(settings, path)
    status.showMessage(
        tr("Exported “{title}” to {path}").format(title=summary.title, path=path), 8000
    )
