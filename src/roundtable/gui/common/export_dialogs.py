"""Small things every export shares: the papers and where the last pick is kept, the file
filters, and asking where to save a file. (Which paper an export starts on is
``paper_options.initial_paper``: the user's pick, else the venue country's.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

PAPER_KEY = "export/paper"
PAPERS = {"a4": "A4 (210 × 297 mm)", "letter": "US Letter (8.5 × 11 in)"}
CSV_FILTER = "CSV, for any spreadsheet (*.csv)"
XLSX_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"
ICS_FILTER = "iCalendar (*.ics)"


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
