"""The agenda as a printable: whether to add the participants, and the paper; the PDF is
``roundtable.pdf.agenda``, the same one ``roundtable export agenda`` writes (``--no-participants``
there is the check box here).

The participants list is on by default: it is who is in the room. It can be left out when the
programme must be one sheet and the list would spill onto a second, or when the bios booklet is
handed out with it. The choice is remembered once something is saved or printed, like the log's
sections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QWidget

from roundtable.domain.records import EventRecord
from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import PaperPanel, section_label
from roundtable.gui.printing.print_kinds import (
    OptionsPanel,
    PrintContext,
    PrintKind,
    Progress,
    settings_key,
)

KEY = "agenda"
PARTICIPANTS_KEY = settings_key(KEY, "participants")
PARTICIPANTS_TIP = (
    "Everyone taking part, by role, one line each, after the programme. Leave it out to keep "
    "the programme to fewer pages."
)


class AgendaPanel(PaperPanel):
    """The paper, and above it what the agenda holds besides the programme."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            KEY,
            "Each day's programme with times, speakers and their affiliations, and the "
            "participants by role.",
            parent,
        )
        self.participants_box = QCheckBox("Participants by &role")
        self.participants_box.setToolTip(PARTICIPANTS_TIP)
        saved = context.settings.value(PARTICIPANTS_KEY, None)
        self.participants_box.setChecked(saved is None or str(saved) == "true")
        self.participants_box.toggled.connect(lambda _on: emit(self.changed))
        column = self.layout()
        column.insertWidget(2, section_label("Contents"))  # after the note, before the paper
        column.insertWidget(3, self.participants_box)
        column.insertSpacing(4, 8)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "participants": self.participants_box.isChecked()}

    def save(self, settings: QSettings) -> None:
        super().save(settings)
        included = self.participants_box.isChecked()
        settings.setValue(PARTICIPANTS_KEY, "true" if included else "false")


def _panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return AgendaPanel(context, parent)


def _prepare(context: PrintContext) -> EventRecord:
    return context.event


def _export(event: EventRecord, path: str, options: dict[str, Any], progress: Progress) -> bool:
    # Imported here: reportlab is loaded in the worker, the first time something is printed.
    from roundtable.pdf.agenda import export_agenda

    return export_agenda(
        event,
        path,
        paper=options["paper"],
        progress=progress,
        participants=options.get("participants", True),
    )


AGENDA = PrintKind(
    key=KEY,
    label="Agenda",
    file_suffix="agenda",
    make_panel=_panel,
    prepare=_prepare,
    export=_export,
)
