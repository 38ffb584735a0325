"""The paper choice every printable shares, and the options panel of kinds that need nothing else.

One rule, the command line's too: the paper starts as the event's (Letter when the venue is in
the United States or Canada, else A4: ``services.paper.default_paper``) until the user picks
one here. A pick is remembered at once, for its kind ("agenda/paper", "bios/paper": name cards
may go on other stock than the booklet) and as the start for every kind not picked for yet
(``export/paper``), and is used from then on, whatever the event. Saving or printing on the
paper the rule gave is no pick: it would otherwise turn one event's country into everyone's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from roundtable.domain.records import EventRecord
from roundtable.gui.common.export_dialogs import PAPER_KEY, PAPERS
from roundtable.gui.common.signals import emit
from roundtable.gui.printing.print_kinds import OptionsPanel, PrintContext, settings_key
from roundtable.services.paper import default_paper
from roundtable.wording import QT_TR_NOOP, tr

FROM_VENUE_NOTE = QT_TR_NOOP("Set for the venue’s country. The paper you pick is remembered.")
# Poster sizes, offered only by kinds that ask for them (the seating chart, for big plans).
POSTER_PAPERS = {
    "a3": QT_TR_NOOP("A3 (for big plans)"),
    "tabloid": QT_TR_NOOP("Tabloid (for big plans)"),
}


def picked_paper(
    settings: QSettings, kind_key: str, papers: Mapping[str, str] = PAPERS
) -> str | None:
    """The paper the user last picked for ``kind_key``, else for any kind; None if never."""
    for key in (settings_key(kind_key, "paper"), PAPER_KEY):
        saved = str(settings.value(key, "") or "")
        if saved in papers:
            return saved
    return None


def initial_paper(
    settings: QSettings, kind_key: str, event: EventRecord, papers: Mapping[str, str] = PAPERS
) -> str:
    """The paper ``kind_key``'s options start on: the one picked before, else the event's."""
    return picked_paper(settings, kind_key, papers) or default_paper(event)


def remember_paper(settings: QSettings, kind_key: str, paper: str) -> None:
    settings.setValue(settings_key(kind_key, "paper"), paper)
    if paper in PAPERS:  # a poster size is no start for the kinds that do not offer it
        settings.setValue(PAPER_KEY, paper)  # the start for kinds not picked for yet


class PaperChoice(QWidget):
    """A4 or US Letter as two radio buttons (two choices read faster than a combo box), and
    for a kind that offers them, the ``posters`` sizes below."""

    changed = Signal()

    def __init__(
        self,
        paper: str = "a4",
        parent: QWidget | None = None,
        posters: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Paper"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in {**PAPERS, **(posters or {})}.items():
            button = QRadioButton(tr(text))
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
    """Options of a kind whose only choice is the paper, with a line saying what it prints.

    Subclasses put their own options between that line and the paper (``column.insert…`` at
    index 2), so the paper and its note stay last.
    """

    def __init__(
        self,
        context: PrintContext,
        kind_key: str,
        about: str,
        parent: QWidget | None = None,
        posters: Mapping[str, str] | None = None,
    ) -> None:
        """``posters``: poster sizes this kind offers besides A4 and Letter (``POSTER_PAPERS``)."""
        super().__init__(parent)
        self._kind_key = kind_key
        self.context = context
        settings = context.settings
        papers = {**PAPERS, **(posters or {})}
        start = initial_paper(settings, kind_key, context.event, papers)
        self.paper_choice = PaperChoice(start, posters=posters)
        self.paper_choice.changed.connect(self._paper_picked)
        # Says why a paper is chosen when the rule chose it, so Letter for a Washington event
        # and A4 for a Moscow one do not look arbitrary; gone once the user has picked.
        self.paper_note = note_label(tr(FROM_VENUE_NOTE))
        self.paper_note.setVisible(picked_paper(settings, kind_key, papers) is None)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(note_label(tr(about)))
        self.column.addSpacing(8)
        self.column.addWidget(section_label(tr("Paper")))
        self.column.addWidget(self.paper_choice)
        self.column.addWidget(self.paper_note)
        self.column.addStretch(1)

    def _paper_picked(self) -> None:
        """Remembered now, not when saved: a pick holds even if the dialog is then closed."""
        remember_paper(self.context.settings, self._kind_key, self.paper_choice.paper())
        self.paper_note.hide()
        emit(self.changed)

    def options(self) -> dict[str, Any]:
        return {"paper": self.paper_choice.paper()}

    def save(self, settings: QSettings) -> None:
        """Nothing about the paper: a pick was remembered when made, and the paper the event's
        country gave is not the user's choice (see the module's note)."""
