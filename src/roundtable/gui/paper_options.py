"""The paper choice every printable shares, and the options panel of kinds that need nothing else.

Each kind remembers its own paper ("agenda/paper", "bios/paper") because name cards may go on
other stock than the booklet; a kind never printed before starts from the paper last used for
anything (``export_dialogs.default_paper``), which itself starts from the computer's locale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from roundtable.gui.export_dialogs import PAPER_KEY, PAPERS, default_paper
from roundtable.gui.print_kinds import OptionsPanel, PrintContext, settings_key
from roundtable.gui.signals import emit


def initial_paper(settings: QSettings, kind_key: str) -> str:
    saved = str(settings.value(settings_key(kind_key, "paper"), "") or "")
    return saved if saved in PAPERS else default_paper(settings)


def remember_paper(settings: QSettings, kind_key: str, paper: str) -> None:
    settings.setValue(settings_key(kind_key, "paper"), paper)
    settings.setValue(PAPER_KEY, paper)  # the start for kinds not printed yet


class PaperChoice(QWidget):
    """A4 or US Letter as two radio buttons (two choices read faster than a combo box)."""

    changed = Signal()

    def __init__(self, paper: str = "a4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Paper")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in PAPERS.items():
            button = QRadioButton(text)
            button.setChecked(key == paper)
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            emit(self.changed)

    def paper(self) -> str:
        return next((key for key, b in self.buttons.items() if b.isChecked()), "a4")

    def set_paper(self, paper: str) -> None:
        if paper in self.buttons:
            self.buttons[paper].setChecked(True)


def section_label(text: str) -> QLabel:
    """A bold heading over a group of options, as in the platform's print dialogs."""
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def note_label(text: str) -> QLabel:
    """A muted, wrapping sentence that says what the document holds."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class PaperPanel(OptionsPanel):
    """Options of a kind whose only choice is the paper, with a line saying what it prints."""

    def __init__(
        self, context: PrintContext, kind_key: str, about: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind_key = kind_key
        self.context = context
        self.paper_choice = PaperChoice(initial_paper(context.settings, kind_key))
        self.paper_choice.changed.connect(lambda: emit(self.changed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note_label(about))
        layout.addSpacing(8)
        layout.addWidget(section_label("Paper"))
        layout.addWidget(self.paper_choice)
        layout.addStretch(1)

    def options(self) -> dict[str, Any]:
        return {"paper": self.paper_choice.paper()}

    def save(self, settings: QSettings) -> None:
        remember_paper(settings, self._kind_key, self.paper_choice.paper())
