"""The questions asked around importing and exporting event bundles.

Kept apart from the main window so each can be answered by a test without a modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

BUNDLE_SUFFIX = ".roundtable.json"
BUNDLE_FILTER = "Event bundles (*.roundtable.json *.json);;All files (*)"

MODE_REPLACE = "replace"
MODE_AS_NEW = "as_new"


def choose_bundle_to_import(parent: QWidget | None, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Import event bundle", folder, BUNDLE_FILTER)
    return path or None


def choose_export_path(parent: QWidget | None, folder: str, slug: str) -> str | None:
    suggested = str(Path(folder) / f"{slug}{BUNDLE_SUFFIX}")
    path, _ = QFileDialog.getSaveFileName(parent, "Export event bundle", suggested, BUNDLE_FILTER)
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
    box.setWindowTitle("Import event bundle")
    box.setText(f"This bundle contains “{existing_title}”, which is already in the database.")
    box.setInformativeText(
        "Replace it with the version in the bundle, or import the bundle as a new copy next "
        "to it? Either can be undone."
    )
    replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
    as_new = box.addButton("Import as new copy", QMessageBox.ButtonRole.AcceptRole)
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
