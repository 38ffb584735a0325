"""The sign-in sheet as an export kind: the paper is its one option. The PDF is
``pdf.signin``."""

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
    from roundtable.pdf.signin import export_signin

    return export_signin(event, path, paper=paper_for(options.paper, event), progress=progress)


SIGNIN = ExportKind(
    key="signin",
    label=QT_TR_NOOP("Sign-in sheet"),
    about=QT_TR_NOOP(
        "The expected participants in alphabetical order by family name, each with a box to "
        "sign, then blank rows for walk-ins."
    ),
    help="sign-in sheet for the door (PDF)",
    read=the_event,
    options=PaperOptions,
    export=_export,
    arguments=(paper_argument(refused_by_parser=True),),
)
