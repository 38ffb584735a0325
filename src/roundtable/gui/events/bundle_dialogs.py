"""The questions asked around importing and exporting event bundles.

Kept apart from the main window so each can be answered by a test without a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from roundtable.wording import tr

BUNDLE_SUFFIX = ".roundtable.json"

MODE_REPLACE = "replace"
MODE_AS_NEW = "as_new"


def bundle_filter() -> str:
    """The file dialogs' filter, in the interface's language (the patterns stay as they are)."""
    return tr("Event bundles") + " (*.roundtable.json *.json);;" + tr("All files") + " (*)"


def choose_bundle_to_import(parent: QWidget | None, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import event bundle"), folder, bundle_filter()
    )
    return path or None


def choose_export_path(parent: QWidget | None, folder: str, slug: str) -> str | None:
    suggested = str(Path(folder) / f"{slug}{BUNDLE_SUFFIX}")
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Export event bundle"), suggested, bundle_filter()
    )
    if not path:
        return None
    if not path.lower().endswith(".json"):
        path += BUNDLE_SUFFIX
    return path


def ask_import_mode(parent: QWidget | None, existing_title: str) -> str | None:
    """Replace the event already here, import a copy beside it, or stop: "replace", "as_new"
    or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Import event bundle"))
    box.setText(
        tr("This bundle contains “{title}”, which is already in the database.").format(
            title=existing_title
        )
    )
    box.setInformativeText(
        tr(
            "Replace it with the version in the bundle, or import the bundle as a new copy "
            "next to it? Either can be undone."
        )
    )
    replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    as_new = box.addButton(tr("Import as new copy"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(as_new)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return MODE_REPLACE
    if clicked is as_new:
        return MODE_AS_NEW
    return None
