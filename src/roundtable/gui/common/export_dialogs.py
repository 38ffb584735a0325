"""Small things every export shares: the papers and where the last pick is kept, the file
filters, and asking where to save a file. (Which paper an export starts on is
``paper_options.initial_paper``: the user's pick, else the venue country's.)

The papers' names and the filters are read at import, before a translator is installed, so they
are only marked here (``QT_TR_NOOP``) and translated where shown: ``save_path`` translates the
filters it is given, and the paper choice calls ``tr()`` on each name.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from roundtable.wording import QT_TR_NOOP, tr

PAPER_KEY = "export/paper"
PAPERS = {"a4": QT_TR_NOOP("A4 (210 × 297 mm)"), "letter": QT_TR_NOOP("US Letter (8.5 × 11 in)")}
CSV_FILTER = QT_TR_NOOP("CSV, for any spreadsheet (*.csv)")
XLSX_FILTER = QT_TR_NOOP("Excel workbook (*.xlsx)")
PDF_FILTER = QT_TR_NOOP("PDF (*.pdf)")
ICS_FILTER = QT_TR_NOOP("iCalendar (*.ics)")

_SUFFIX = re.compile(r"\*(\.\w+)")
"""A filter's "*.csv": read from the pattern, whatever brackets a translation puts round it."""


def save_path(parent: QWidget | None, caption: str, suggested: Path, filters: list[str]) -> str:
    """Ask where to save; the suffix of the chosen filter is added when the name has none.
    ``filters`` are the untranslated texts (the constants above): they are shown translated,
    and the suffix is read from the pattern, which a translation keeps."""
    return save_path_and_filter(parent, caption, suggested, filters)[0]


def save_path_and_filter(
    parent: QWidget | None, caption: str, suggested: Path, filters: list[str]
) -> tuple[str, int]:
    """``save_path``, and which of ``filters`` was chosen (its index; 0 when the dialog does
    not say), for an export whose filters differ by more than the suffix (CSV in UTF-8 or in
    the code page older Excel reads)."""
    shown = [tr(f) for f in filters]
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), ";;".join(shown))
    if not path:
        return "", 0
    index = shown.index(chosen) if chosen in shown else 0
    if not Path(path).suffix:
        patterns = _SUFFIX.findall(chosen or shown[0])
        if patterns:
            path += patterns[-1]
    return path, index
