"""The moderator's brief as an export kind: the paper is its one option. The PDF is
``pdf.brief``; the run sheet's rules are ``services.run_sheet``."""

from __future__ import annotations

from roundtable.pdf.export_kind import (
    ExportKind,
    PaperOptions,
    event_on_paper,
    paper_argument,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

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
    export=event_on_paper("roundtable.pdf.brief:export_brief"),
    arguments=(paper_argument(refused_by_parser=True),),
)
