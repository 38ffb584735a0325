"""The parts of the Seating tab round the drawing: the page shown while an event has no plan, the
Unseated list on the left, and the rules panel on the right (what the plan breaks, with its
score, and the plan's keep-together / keep-apart rules).

They only lay out their widgets and models; the view connects them to its changes, so what a
button does is read in one place (``seating_view``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.gui.seating.seating_models import PairRulesModel, UnseatedModel, ViolationsModel
from roundtable.gui.seating.seating_widgets import KeyList, heading
from roundtable.wording import tr

MUTED = "color: palette(placeholder-text);"


def tip_button(text: str, tip: str = "") -> QPushButton:
    """A button that remembers its own tooltip ("tip"), so the view can say why it is disabled
    and put the tooltip back when it is enabled again."""
    button = QPushButton(text)
    button.setProperty("tip", tip)
    button.setToolTip(tip)
    return button


def tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    # The tip without its keys: "Zoom in (Ctrl++)", "拡大（Ctrl++）".
    button.setAccessibleName(re.split(r"\s*[(（]", tip, maxsplit=1)[0])
    button.setMinimumWidth(34)
    return button


def _single_selection_list(name: str, accessible: str) -> KeyList:
    view = KeyList()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setWordWrap(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class NoPlansPage(QWidget):
    """An event without a seating plan: what a plan is, and a button to make the first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.addStretch(2)
        title = QLabel(tr("No seating plan yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        text = QLabel(
            tr(
                "A seating plan sets out the tables — round, boardroom, U-shape, classroom rows "
                "and more — and who sits where. Create one, then drag people onto the seats or "
                "let auto seating place them by precedence, role and delegation."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(480)
        text.setMinimumHeight(text.heightForWidth(480))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        column.addSpacing(8)
        column.addLayout(row)
        column.addSpacing(16)
        self.create_button = tip_button(tr("&New seating plan…"), tr("Add this event's first plan"))
        self.create_button.setMinimumHeight(32)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(3)


class UnseatedPanel(QWidget):
    """The participants the plan has no seat for: dragged from here onto a seat, or selected
    and seated with Return; a seated person dropped here is unseated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(tr("Un&seated"))
        layout.addWidget(self.heading)
        self.model = UnseatedModel(self)
        self.list = _single_selection_list("unseated_list", tr("Unseated participants"))
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(False)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.heading.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED)
        layout.addWidget(self.note)
        self.seat_button = tip_button(
            tr("Seat at selected seat"), tr("The selected person (Return)")
        )
        layout.addWidget(self.seat_button)


class RulesPanel(QWidget):
    """What the plan breaks (``auto_seating.check``) with its score, heaviest first, and the
    plan's pair rules with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        broken = heading(tr("Rules bro&ken"))
        layout.addWidget(broken)
        self.score_label = QLabel()
        self.score_label.setObjectName("score_label")
        self.score_label.setWordWrap(True)
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.score_label)
        self.violations_model = ViolationsModel(self)
        self.violations_list = _single_selection_list(
            "violations_list", tr("Rules the plan breaks")
        )
        self.violations_list.setModel(self.violations_model)
        self.violations_list.setSpacing(2)
        broken.setBuddy(self.violations_list)
        layout.addWidget(self.violations_list, 3)
        hint = QLabel(tr("Select a line to ring its seats in red."))
        hint.setStyleSheet(MUTED)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        pairs = heading(tr("Keep to&gether or apart"))
        layout.addSpacing(6)
        layout.addWidget(pairs)
        self.pairs_model = PairRulesModel(self)
        self.pairs_list = _single_selection_list("pair_rules_list", tr("Pair rules"))
        self.pairs_list.setModel(self.pairs_model)
        pairs.setBuddy(self.pairs_list)
        layout.addWidget(self.pairs_list, 1)
        row = QHBoxLayout()
        self.add_button = tip_button(
            tr("Add &rule…"), tr("Two people who must, or must not, sit side by side")
        )
        self.remove_button = tip_button(tr("Re&move rule"), tr("Remove the selected rule (Delete)"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
