"""The seating chart as an export kind: which plan (by name; None: every plan) and the paper.
The PDF is ``pdf.seating_chart``: each plan's table drawn to scale, then its seat list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable.pdf.export_kind import (
    PAPER_HELP,
    ExportKind,
    Progress,
    argument,
    paper_for,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord


@dataclass(frozen=True)
class SeatingOptions:
    paper: str | None = None  # "a4", "letter", or a poster's "a3" or "tabloid"; None: the event's
    plan: str | None = None  # the one plan to print, by name; None: all of them


def _tell(event: EventRecord, options: SeatingOptions) -> str:
    """How many plans; an event without a plan, or without one of that name, is refused
    here, before the paper is looked at."""
    from roundtable.pdf.seating_chart import chart_plans

    plans = chart_plans(event, options.plan)
    return f": {len(plans)} seating plan{'s' * (len(plans) != 1)}"


def _export(
    event: EventRecord, path: str, options: SeatingOptions, progress: Progress | None
) -> bool:
    from roundtable.pdf.seating_chart import export_seating_chart

    return export_seating_chart(event, path, paper=paper_for(options.paper, event),
                                plan_name=options.plan, progress=progress)  # fmt: skip


SEATING = ExportKind(
    key="seating",
    label=QT_TR_NOOP("Seating chart"),
    about=QT_TR_NOOP(
        "Each plan's table drawn to scale with every seat's name and own-script name, then "
        "a list of the seats with delegations, affiliations and roles."
    ),
    help="seating chart: each plan's table drawn to scale, then a seat list (PDF)",
    read=the_event,
    options=SeatingOptions,
    export=_export,
    arguments=(
        argument("--plan", metavar="NAME", help="only this plan (default: all)"),
        # Refused by the export rather than by choices=: one line and exit 1.
        argument(
            "--paper",
            default=None,
            metavar="a4|letter|a3|tabloid",
            help=PAPER_HELP + "; a3 or tabloid for a poster of a big plan",
        ),  # fmt: skip
    ),
    tell=_tell,
)
