"""The agenda as a printable: whether to add the participants, and the paper. The kind is
``roundtable.pdf.kind_agenda``, which ``roundtable export agenda`` is made from too
(``--no-participants`` there is the check box here).

The participants list is on by default: it is who is in the room. It can be left out when the
programme must be one sheet and the list would spill onto a second, or when the bios booklet is
handed out with it. The choice is remembered once something is saved or printed, like the log's
sections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QWidget

from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import PaperPanel, section_label
from roundtable.gui.printing.print_kinds import PrintContext, printable, settings_key
from roundtable.pdf import kind_agenda
from roundtable.wording import QT_TR_NOOP, tr

KEY = kind_agenda.AGENDA.key
PARTICIPANTS_KEY = settings_key(KEY, "participants")
PARTICIPANTS_TIP = QT_TR_NOOP(
    "Everyone taking part, by role, one line each, after the programme. Leave it out to keep "
    "the programme to fewer pages."
)


class AgendaPanel(PaperPanel):
    """The paper, and above it what the agenda holds besides the programme."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(context, KEY, kind_agenda.AGENDA.about, parent)
        self.participants_box = QCheckBox(tr("Participants by &role"))
        self.participants_box.setToolTip(tr(PARTICIPANTS_TIP))
        saved = context.settings.value(PARTICIPANTS_KEY, None)
        self.participants_box.setChecked(saved is None or str(saved) == "true")
        self.participants_box.toggled.connect(lambda _on: emit(self.changed))
        column = self.column
        column.insertWidget(2, section_label(tr("Contents")))  # after the note, before the paper
        column.insertWidget(3, self.participants_box)
        column.insertSpacing(4, 8)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "participants": self.participants_box.isChecked()}

    def save(self, settings: QSettings) -> None:
        super().save(settings)
        included = self.participants_box.isChecked()
        settings.setValue(PARTICIPANTS_KEY, "true" if included else "false")


AGENDA = printable(kind_agenda.AGENDA, AgendaPanel)
