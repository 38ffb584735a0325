"""Toolbar and window icons: the desktop theme's where it has one, so the app looks native on
Linux desktops; our own line icons (``icon-<name>.svg`` next to this file) on Windows, macOS
and bare window managers; Qt's built-in ones as a last resort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

HERE = Path(__file__).parent
APP_ICON = HERE / "roundtable.svg"

SP = QStyle.StandardPixmap

_FALLBACKS: dict[str, QStyle.StandardPixmap] = {
    "document-new": SP.SP_FileIcon,
    "document-edit": SP.SP_FileDialogDetailedView,
    "edit-copy": SP.SP_FileLinkIcon,
    "edit-delete": SP.SP_TrashIcon,
    "edit-undo": SP.SP_ArrowBack,
    "edit-redo": SP.SP_ArrowForward,
    "document-open": SP.SP_DialogOpenButton,
    "document-save-as": SP.SP_DialogSaveButton,
    "help-about": SP.SP_MessageBoxInformation,
    "application-exit": SP.SP_DialogCloseButton,
    "edit-find": SP.SP_FileDialogContentsView,
    "document-print": SP.SP_FileDialogDetailedView,
}


def themed(name: str) -> QIcon:
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    own = HERE / f"icon-{name}.svg"
    if own.exists():
        return QIcon(str(own))
    fallback = _FALLBACKS.get(name)
    app = QApplication.instance()
    if fallback is None or not isinstance(app, QApplication):
        return QIcon()
    return app.style().standardIcon(fallback)


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON)) if APP_ICON.exists() else QIcon()
