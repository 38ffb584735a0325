"""The sign-in sheet as an export kind: the paper is its one option. The PDF is
``pdf.signin``."""

from __future__ import annotations

from roundtable.pdf.export_kind import (
    ExportKind,
    PaperOptions,
    event_on_paper,
    paper_argument,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

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
    export=event_on_paper("roundtable.pdf.signin:export_signin"),
    arguments=(paper_argument(refused_by_parser=True),),
)
