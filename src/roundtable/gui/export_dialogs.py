"""Small questions asked before an export: the paper size of a PDF, where to save a file.

The paper size defaults to the last one used, else to what this computer's locale measures in
(US Letter in the United States, A4 elsewhere), because a booklet printed on the wrong paper
loses its margins.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAPER_KEY = "export/paper"
PAPERS = {"a4": "A4 (210 × 297 mm)", "letter": "US Letter (8.5 × 11 in)"}
CSV_FILTER = "CSV, for any spreadsheet (*.csv)"
XLSX_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"


def default_paper(settings: QSettings | None = None) -> str:
    if settings is not None:
        saved = str(settings.value(PAPER_KEY, "") or "")
        if saved in PAPERS:
            return saved
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


class PaperDialog(QDialog):
    def __init__(self, parent: QWidget | None, paper: str = "a4", title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or "Paper size")
        label = QLabel("Print the booklet on:")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.buttons_by_paper: dict[str, QRadioButton] = {}
        for key, text in PAPERS.items():
            button = QRadioButton(text)
            button.setChecked(key == paper)
            self.group.addButton(button)
            self.buttons_by_paper[key] = button
            layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Continue…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def paper(self) -> str:
        for key, button in self.buttons_by_paper.items():
            if button.isChecked():
                return key
        return "a4"


def get_paper(
    parent: QWidget | None, paper: str = "a4", title: str = ""
) -> tuple[str | None, bool]:
    """Ask for a paper size ("a4" or "letter"); (paper, True) on OK, (None, False) else."""
    dialog = PaperDialog(parent, paper, title)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.paper() if accepted else None, accepted)


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
