"""Small things every export shares: the paper a PDF starts on, where to save a file.

The paper defaults to the last one used, else to what this computer's locale measures in (US
Letter in the United States, A4 elsewhere), because a booklet printed on the wrong paper loses
its margins. (The paper itself is chosen in the print dialog: ``paper_options``.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

PAPER_KEY = "export/paper"
PAPERS = {"a4": "A4 (210 × 297 mm)", "letter": "US Letter (8.5 × 11 in)"}
CSV_FILTER = "CSV, for any spreadsheet (*.csv)"
XLSX_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"
ICS_FILTER = "iCalendar (*.ics)"


def default_paper(settings: QSettings | None = None) -> str:
    if settings is not None:
        saved = str(settings.value(PAPER_KEY, "") or "")
        if saved in PAPERS:
            return saved
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


def save_path(parent: QWidget | None, caption: str, suggested: Path, filters: list[str]) -> str:
    """Ask where to save; the suffix of the chosen filter is added when the name has none."""
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), ";;".join(filters))
    if not path:
        return ""
    if not Path(path).suffix:
        pattern = chosen or filters[0]
        suffix = pattern[pattern.rfind("*") + 1 :].rstrip(")").strip()
        if suffix.startswith("."):
            path += suffix
    return path
