"""The bios booklet as a printable: paper is its option; the photos are read from the store
before the worker starts (the store stays in the GUI thread); the PDF is ``roundtable.pdf.bios``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from roundtable.domain.enums import Attendance
from roundtable.domain.records import EventRecord
from roundtable.gui.printing.paper_options import PaperPanel
from roundtable.gui.printing.print_kinds import OptionsPanel, PrintContext, PrintKind, Progress

KEY = "bios"


@dataclass(frozen=True)
class BiosData:
    event: EventRecord
    photos: Mapping[int, bytes]  # person id -> JPEG or PNG bytes


class BiosPanel(PaperPanel):
    def problem(self) -> str | None:
        # Declined people are left out of the booklet, as in roundtable.pdf.bios.
        people = [p for p in self.context.event.participants
                  if p.attendance is not Attendance.DECLINED]  # fmt: skip
        if not people:
            return "This event has no participants yet, so the booklet would be empty."
        return None


def _panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return BiosPanel(
        context,
        KEY,
        "A cover, then each participant by role and precedence with photo, names in both "
        "scripts, affiliations and bio.",
        parent,
    )


def _prepare(context: PrintContext) -> BiosData:
    """The photos, read once per dialog: a booklet of a hundred people reads them in one query."""
    event = context.event
    ids = [p.person.id for p in event.participants if p.person.id is not None]
    photos = {pid: data for pid, (data, _mime) in context.store.person_photos(ids).items()}
    return BiosData(event, photos)


def _export(data: BiosData, path: str, options: dict[str, Any], progress: Progress) -> bool:
    from roundtable.pdf.bios import export_bios

    return export_bios(
        data.event, path, paper=options["paper"], photos=data.photos, progress=progress
    )


BIOS = PrintKind(
    key=KEY,
    label="Bios booklet",
    file_suffix="bios",
    make_panel=_panel,
    prepare=_prepare,
    export=_export,
)
