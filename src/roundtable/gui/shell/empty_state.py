"""What a new user sees instead of an empty list: a way to start, in two clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roundtable.wording import tr


class EmptyState(QWidget):
    load_examples_requested = Signal()
    new_event_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(tr("No events yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            tr(
                "Roundtable keeps your roundtables, panels and dialogues — who hosts them, who "
                "takes part, where and when — in one place on this computer.\n\n"
                "Load the example events to look around, or create your first event."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))

        self.load_button = QPushButton(tr("Load example events"))
        self.load_button.clicked.connect(self.load_examples_requested)
        self.new_button = QPushButton(tr("New event…"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_event_requested)
        for button in (self.load_button, self.new_button):
            button.setMinimumWidth(170)
            button.setMinimumHeight(34)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(heading)
        column.addSpacing(12)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        column.addLayout(centred)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addStretch(3)
        self.setLayout(column)
