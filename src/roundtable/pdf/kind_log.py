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
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.errors import UserError
from roundtable.pdf.export_kind import (
    PAPER_HELP,
    ExportKind,
    Progress,
    argument,
    check_paper,
    paper_argument,
    paper_for,
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


@dataclass(frozen=True)
class MinutesOptions:
    paper: str | None = None  # "a4" or "letter"; None: the event's (paper_for)
    # Speakers as descriptions ("a Japanese participant"), not names; None: as the event's
    # rule says (on under the Chatham House Rule: the safe side, as the minutes go out).
    non_attributed: bool | None = None


def non_attributed_for(options: MinutesOptions, event: EventRecord) -> bool:
    from roundtable.domain.enums import Attribution

    if options.non_attributed is not None:
        return options.non_attributed
    return event.attribution is Attribution.CHATHAM_HOUSE


def off_record_refusal(event: EventRecord) -> str:
    return (
        f"{event.title!r} is off the record; add --off-record-confirmed to export its minutes "
        "anyway"
    )


def naming_lines(data: LogData) -> list[str]:
    """One line per paragraph of the minutes or entry of the discussion that names someone,
    for the warning before non-attributed minutes are written."""
    from roundtable.domain.naming import Output, printed_name
    from roundtable.services.attribution import naming_texts
    from roundtable.services.log_export import event_zone

    zone = event_zone(data.event)
    lines = []
    for found in naming_texts(data.event, data.log.entries):
        where = "minutes" if found.at is None else f"{found.at.astimezone(zone):%Y-%m-%d %H:%M}"
        names = ", ".join(printed_name(p, Output.LOG) for p in found.people)
        lines.append(f"{where} names {names}: {found.excerpt}")
    return lines


def _minutes_from_args(args: argparse.Namespace, data: LogData) -> MinutesOptions:
    """Off the record: refused without --off-record-confirmed. Non-attributed: each text that
    still names a participant is a warning on stderr, and with --strict a refusal (exit 1,
    nothing written), for a script that must not let a name out."""
    from roundtable.domain.enums import Attribution

    if data.event.attribution is Attribution.OFF_RECORD and not args.off_record_confirmed:
        raise UserError(off_record_refusal(data.event))
    options = MinutesOptions(paper=args.paper, non_attributed=args.non_attributed)
    if non_attributed_for(options, data.event):
        lines = naming_lines(data)
        for line in lines:
            print(f"roundtable: warning: {line}", file=sys.stderr)
        if lines and args.strict:
            raise UserError(
                f"{len(lines)} text(s) of the non-attributed minutes name a participant; "
                "rephrase them (listed above), or leave out --strict to write them as they are"
            )
    return options


def _tell_minutes(data: LogData, options: MinutesOptions) -> str:
    return " (non-attributed)" if non_attributed_for(options, data.event) else ""


def _export_minutes(
    data: LogData, path: str, options: MinutesOptions, progress: Progress | None
) -> bool:
    from roundtable.pdf.log_pdf import export_minutes_pdf

    return export_minutes_pdf(data.event, path, paper=paper_for(options.paper, data.event),
                              progress=progress, log=data.log,
                              non_attributed=non_attributed_for(options, data.event))  # fmt: skip


MINUTES = ExportKind(
    key="minutes",
    label=QT_TR_NOOP("Minutes"),
    about=QT_TR_NOOP(
        "The event's minutes under its title, dates and venue, to hand out afterwards: who "
        "attended, the minutes and the record of the discussion."
    ),
    help="the event's minutes, as written on the Log tab (PDF)",
    read=read_log,
    options=MinutesOptions,
    export=_export_minutes,
    arguments=(
        paper_argument(refused_by_parser=False),
        argument(
            "--non-attributed",
            action=argparse.BooleanOptionalAction,
            default=None,
            help='speakers as descriptions ("a Japanese participant"), not names '
            "(default: on when the event is under the Chatham House Rule)",
        ),
        argument(
            "--strict",
            action="store_true",
            help="with --non-attributed: refuse (exit 1) when a text still names a "
            "participant, instead of warning",
        ),
        argument(
            "--off-record-confirmed",
            action="store_true",
            help="export the minutes of an event held off the record",
        ),
    ),
    from_args=_minutes_from_args,
    tell=_tell_minutes,
    check_args=_check_minutes_args,
)
