"""Toolbar and window icons: the desktop theme's where it has one, so the app looks native on
Linux desktops; our own line icons (``icon-<name>.svg`` next to this file) on Windows, macOS
and bare window managers; Qt's built-in ones as a last resort.

Our icons are drawn in one stroke colour, the app's blue; on a dark palette that blue is lost in
the background, so the stroke is made light enough to stand out (``palette_colours``) and the
icon drawn again in that colour.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from roundtable.gui.common.palette_colours import css, current_palette, readable
from roundtable.resource_files import resource_path

HERE = Path(__file__).parent
APP_ICON = resource_path("icons", "roundtable.svg")
"""The one app icon, which the desktop packages install too (resources/icons)."""

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


STROKE = "#3f6285"  # the colour our SVG icons are drawn in
SIZES = (16, 22, 24, 32, 48)


def themed(name: str) -> QIcon:
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    own = HERE / f"icon-{name}.svg"
    if own.exists():
        palette = current_palette()
        stroke = readable(STROKE, palette.color(QPalette.ColorRole.Window))  # thin lines: as text
        return _drawn(own, css(stroke))
    fallback = _FALLBACKS.get(name)
    app = QApplication.instance()
    if fallback is None or not isinstance(app, QApplication):
        return QIcon()
    return app.style().standardIcon(fallback)


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON)) if APP_ICON.exists() else QIcon()


@cache
def _drawn(path: Path, stroke: str) -> QIcon:
    """The SVG at ``path`` drawn with ``stroke`` for its lines, at the usual icon sizes."""
    text = path.read_text(encoding="utf-8").replace(STROKE, stroke)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
