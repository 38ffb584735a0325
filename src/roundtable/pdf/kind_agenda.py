"""The agenda as an export kind: the paper, and whether the participants are listed after the
programme (``--no-participants``; the print dialog's "Participants by role" box). The PDF is
``pdf.agenda``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable.pdf.export_kind import (
    ExportKind,
    Progress,
    argument,
    paper_argument,
    paper_for,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord


@dataclass(frozen=True)
class AgendaOptions:
    paper: str | None = None  # "a4" or "letter"; None: the event's
    # The participants by role after the programme: who is in the room. Left out when the
    # programme must be one sheet, or when the bios booklet is handed out with it.
    participants: bool = True


def _from_args(args: argparse.Namespace, _event: EventRecord) -> AgendaOptions:
    return AgendaOptions(paper=args.paper, participants=not args.no_participants)


def _export(
    event: EventRecord, path: str, options: AgendaOptions, progress: Progress | None
) -> bool:
    # Imported here: reportlab is loaded when something is exported, not to build the parser.
    from roundtable.pdf.agenda import export_agenda

    return export_agenda(event, path, paper=paper_for(options.paper, event), progress=progress,
                         participants=options.participants)  # fmt: skip


AGENDA = ExportKind(
    key="agenda",
    label=QT_TR_NOOP("Agenda"),
    about=QT_TR_NOOP(
        "Each day's programme with times, speakers and their affiliations, and the "
        "participants by role."
    ),
    help="the agenda (PDF)",
    read=the_event,
    options=AgendaOptions,
    export=_export,
    arguments=(
        paper_argument(refused_by_parser=True),
        argument(
            "--no-participants",
            action="store_true",
            help="leave the list of participants out (the programme alone, often one page shorter)",
        ),
    ),
    from_args=_from_args,
)
