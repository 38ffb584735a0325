"""Names in every script on screen: the shipped fonts stand in where the system has none.

A desktop without a Korean (or Japanese, Chinese, Cyrillic, Greek) font draws those names as
empty boxes. Roundtable ships fonts for its PDFs (``resources/fonts``, see docs/fonts.md); here
they are registered with Qt as application fonts, but only for the writing systems the system
lacks, so a desktop's own fonts (usually better hinted for its screen) stay in charge.

This runs once, just after the main window is first shown: asking Qt which families cover a
writing system makes it load the whole font database, which start-up should not wait for. Qt's
fallback picks the new families up by itself; text already laid out (the overview, the person
page) is laid out again through a FontChange event, and everything is repainted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

WS = QFontDatabase.WritingSystem

# What each writing system needs from resources/fonts, most specific first.
SHIPPED: dict[QFontDatabase.WritingSystem, tuple[str, ...]] = {
    WS.Korean: ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    WS.Japanese: ("ipaexg.ttf",),
    WS.SimplifiedChinese: ("DroidSansFallbackFull.ttf",),
    WS.TraditionalChinese: ("DroidSansFallbackFull.ttf",),
    WS.Cyrillic: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    WS.Greek: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}


@dataclass
class FontReport:
    missing: list[str]
    """Writing systems the system had no font for (their names)."""
    registered: dict[str, list[str]]
    """Shipped file → the families Qt now knows from it."""
    failed: list[str]
    """Files that could not be found or loaded."""


_report: FontReport | None = None


def missing_writing_systems(
    systems: tuple[QFontDatabase.WritingSystem, ...] = tuple(SHIPPED),
) -> list[QFontDatabase.WritingSystem]:
    """Writing systems no installed (or already registered) font covers."""
    return [ws for ws in systems if not QFontDatabase.families(ws)]


def register_missing_fonts(force: bool = False) -> FontReport:
    """Register the shipped fonts for the writing systems the system lacks; once per process
    (``force`` checks again, for tests). Never raises: a missing font file is logged and the
    app goes on, drawing boxes for that script as it would have anyway."""
    global _report
    if _report is not None and not force:
        return _report
    missing = missing_writing_systems()
    files: list[str] = []
    for ws in missing:
        for name in SHIPPED[ws]:
            if name not in files:
                files.append(name)
    registered: dict[str, list[str]] = {}
    failed: list[str] = []
    if files:
        from roundtable.resource_files import resource_path

        for name in files:
            try:
                path = resource_path("fonts", name)
            except FileNotFoundError as exc:
                log.warning("fonts: %s", exc)
                failed.append(name)
                continue
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id < 0:
                log.warning("fonts: Qt could not load %s", path)
                failed.append(name)
                continue
            registered[name] = list(QFontDatabase.applicationFontFamilies(font_id))
    _report = FontReport(
        missing=[QFontDatabase.writingSystemName(ws) for ws in missing],
        registered=registered,
        failed=failed,
    )
    if registered:
        refresh_widgets()
    return _report


def refresh_widgets() -> None:
    """Lay out and repaint every widget, so text drawn with boxes before is drawn again with
    the new fonts (item views repaint; text documents need the FontChange to lay out again)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))
        widget.update()
