"""The agenda as a printable: paper is its only option; the PDF is ``roundtable.pdf.agenda``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from roundtable.domain.records import EventRecord
from roundtable.gui.paper_options import PaperPanel
from roundtable.gui.print_kinds import OptionsPanel, PrintContext, PrintKind, Progress

KEY = "agenda"


def _panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return PaperPanel(
        context,
        KEY,
        "Each day's programme with times, speakers and their affiliations, then the "
        "participants by role.",
        parent,
    )


def _prepare(context: PrintContext) -> EventRecord:
    return context.event


def _export(event: EventRecord, path: str, options: dict[str, Any], progress: Progress) -> bool:
    # Imported here: reportlab is loaded in the worker, the first time something is printed.
    from roundtable.pdf.agenda import export_agenda

    return export_agenda(event, path, paper=options["paper"], progress=progress)


AGENDA = PrintKind(
    key=KEY,
    label="Agenda",
    file_suffix="agenda",
    make_panel=_panel,
    prepare=_prepare,
    export=_export,
)
