"""The event log and the minutes as export kinds. The PDFs are ``pdf.log_pdf``.

The log's options are the paper and its sections (``services.log_export.LogSections``; the
command line drops only the change history, ``--no-changes``). Its journal and change history
are read from the store with the event. On the command line, and in the Log tab's "Export
log…", the file's suffix also makes it a CSV or a Markdown file (``services.log_export``); the
print dialog always makes the PDF. The minutes are the event's summary, written on the Log
tab's Minutes page; without them the export says where to write them.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.errors import UserError
from roundtable.pdf.export_kind import (
    PAPER_HELP,
    ExportKind,
    PaperOptions,
    Progress,
    argument,
    check_paper,
    paper_argument,
    paper_for,
    the_event,
)
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.log import EventLog
    from roundtable.domain.records import EventRecord
    from roundtable.services.log_export import LogSections
    from roundtable.store.facade import Store


@dataclass(frozen=True)
class LogData:
    event: EventRecord
    log: EventLog


def read_log(store: Store, event: EventRecord) -> LogData:
    """The event's journal and change history as stored now."""
    assert event.id is not None  # the event was read from the store
    return LogData(event, store.event_log(event.id))


def _all_sections() -> LogSections:
    # services.log_export is imported when a log is exported, not to build the parser.
    from roundtable.services.log_export import ALL_SECTIONS

    return ALL_SECTIONS


@dataclass(frozen=True)
class LogOptions:
    paper: str | None = None  # "a4" or "letter", for a PDF; None: the event's
    sections: LogSections = field(default_factory=_all_sections)  # at least one


def _check_log_args(args: argparse.Namespace) -> None:
    """The format comes from the file's suffix: .pdf, .csv or .md."""
    from roundtable.services.log_export import log_format

    log_format(args.output)
    check_paper(args.paper)


def _log_from_args(args: argparse.Namespace, _data: LogData) -> LogOptions:
    from roundtable.services.log_export import LogSections

    return LogOptions(paper=args.paper, sections=LogSections(changes=not args.no_changes))


def _tell_log(data: LogData, options: LogOptions) -> str:
    entries = len(data.log.entries)
    told = f": {entries} journal entr{'ies' if entries != 1 else 'y'}"
    if options.sections.changes:
        changes = len(data.log.changes)
        told += f", {changes} change{'s' if changes != 1 else ''}"
    return told


def export_log(data: LogData, path: str, options: LogOptions, progress: Progress | None) -> bool:
    """The log as ``path``'s suffix says (.pdf, .csv, .md), atomically; UserError for another
    suffix before anything is written."""
    from roundtable.services.log_export import export_log_text, log_format

    if log_format(path) != "pdf":
        export_log_text(data.event, data.log, path, options.sections)
        return True
    from roundtable.pdf.log_pdf import export_log_pdf

    return export_log_pdf(data.event, data.log, path, paper=paper_for(options.paper, data.event),
                          sections=options.sections, progress=progress)  # fmt: skip


LOG = ExportKind(
    key="log",
    label=QT_TR_NOOP("Event log"),
    about=QT_TR_NOOP(
        "The minutes, the journal by day with every entry's earlier texts, planned against "
        "actual time for each item and speaker (a table and a chart), and the change history."
    ),
    help="the event's log: minutes, journal, planned against actual, change history "
    "(PDF, CSV or Markdown, by the file's suffix)",
    read=read_log,
    options=LogOptions,
    export=export_log,
    arguments=(
        # Checked by check_args rather than by choices=: one line and exit 1.
        paper_argument(refused_by_parser=False, help_text=PAPER_HELP + ", for a PDF"),
        argument("--no-changes", action="store_true", help="leave the change history out"),
    ),
    from_args=_log_from_args,
    tell=_tell_log,
    check_args=_check_log_args,
    output_metavar="FILE.pdf|FILE.csv|FILE.md",
)


def _check_minutes_args(args: argparse.Namespace) -> None:
    if Path(args.output).suffix.lower() != ".pdf":
        raise UserError(f"the minutes are a PDF; name the file .pdf, not {args.output!r}")
    check_paper(args.paper)


def _export_minutes(
    event: EventRecord, path: str, options: PaperOptions, progress: Progress | None
) -> bool:
    from roundtable.pdf.log_pdf import export_minutes_pdf

    return export_minutes_pdf(event, path, paper=paper_for(options.paper, event),
                              progress=progress)  # fmt: skip


MINUTES = ExportKind(
    key="minutes",
    label=QT_TR_NOOP("Minutes"),
    about=QT_TR_NOOP(
        "The event's minutes under its title, dates and venue, to hand out afterwards."
    ),
    help="the event's minutes, as written on the Log tab (PDF)",
    read=the_event,
    options=PaperOptions,
    export=_export_minutes,
    arguments=(paper_argument(refused_by_parser=False),),
    check_args=_check_minutes_args,
)
