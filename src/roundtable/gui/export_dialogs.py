"""Small questions asked before an export: the paper size of a PDF, where to save a file.

The paper size defaults to the last one used, else to what this computer's locale measures in
(US Letter in the United States, A4 elsewhere), because a booklet printed on the wrong paper
loses its margins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAPER_KEY = "export/paper"
PAPERS = {"a4": "A4 (210 × 297 mm)", "letter": "US Letter (8.5 × 11 in)"}
CSV_FILTER = "CSV, for any spreadsheet (*.csv)"
XLSX_FILTER = "Excel workbook (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"
ICS_FILTER = "iCalendar (*.ics)"
Progress = Callable[[int, int], bool]


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


def run_with_progress(
    parent: QWidget | None, title: str, label: str, export: Callable[[Progress], bool]
) -> bool:
    """Run a PDF export that reports (done, total) behind a cancellable progress dialog.

    Returns False when the user cancelled (the exporter then leaves no file); errors from the
    exporter propagate for the caller to explain.
    """
    dialog = QProgressDialog(label, "Cancel", 0, 1, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def report(done: int, total: int) -> bool:
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done, max(1, total)))
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        written = export(report)
    finally:
        cancelled = dialog.wasCanceled()
        dialog.close()
    return bool(written) and not cancelled
