"""The moderator's brief as an export kind: the paper is its one option. The PDF is
``pdf.brief``; the run sheet's rules are ``services.run_sheet``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.pdf.export_kind import (
    ExportKind,
    PaperOptions,
    Progress,
    paper_argument,
    paper_for,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord


def _export(
    event: EventRecord, path: str, options: PaperOptions, progress: Progress | None
) -> bool:
    from roundtable.pdf.brief import export_brief

    return export_brief(event, path, paper=paper_for(options.paper, event), progress=progress)


BRIEF = ExportKind(
    key="brief",
    label=QT_TR_NOOP("Moderator’s brief"),
    about=QT_TR_NOOP(
        "The rule of the room and house rules, the run sheet with each turn’s time and cues, "
        "who introduces whom, the speakers’ names as said with short bios, and the seating "
        "in miniature."
    ),
    help="moderator's brief: run sheet, cues, introductions, short bios, seating (PDF)",
    read=the_event,
    options=PaperOptions,
    export=_export,
    arguments=(paper_argument(refused_by_parser=True),),
)
