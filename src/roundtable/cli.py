"""The ``roundtable`` command.

With no sub-command it opens the GUI; every sub-command runs headless. Only the GUI path imports
Qt, and each command imports just what it uses, so ``roundtable events`` stays quick and works
where no display libraries exist. Errors the user can fix are one line on stderr and exit 1;
nothing prints a traceback unless ROUNDTABLE_DEBUG is set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from roundtable import __version__
from roundtable.errors import UserError

EXIT_USER_ERROR = 1
EXIT_INTERNAL_ERROR = 70

# Every export that takes --paper defaults to the event's paper (services.paper.default_paper,
# the print dialog's rule too); None here means "not given".
PAPER_HELP = (
    "a4 or letter (default: letter when the venue is in the United States or Canada, else a4)"
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the whole usage block
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="roundtable",
        description="Plan roundtables, panels and multi-day dialogues. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ROUNDTABLE_DB, else "
        "roundtable.sqlite3 in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("demo", help="load the example events (running it again changes nothing)")

    events = commands.add_parser("events", help="list events, one per line")
    events.add_argument("--json", action="store_true", help="print a JSON array of objects")

    show = commands.add_parser("show", help="everything about one event")
    show.add_argument("event", metavar="EVENT", help="event id or slug")
    show.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser("export", help="write an event to a file")
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True,
                                         parser_class=_Parser)  # fmt: skip
    export_bundle = export_kinds.add_parser(
        "bundle", help="event bundle (JSON) for another machine"
    )
    export_bundle.add_argument("event", metavar="EVENT", help="event id or slug")
    export_bundle.add_argument("-o", "--output", required=True, metavar="FILE")
    export_people = export_kinds.add_parser(
        "participants", help="the event's participants as CSV or XLSX (by the file's suffix)"
    )
    export_people.add_argument("event", metavar="EVENT", help="event id or slug")
    export_people.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    export_agenda = export_kinds.add_parser("agenda", help="the agenda (PDF)")
    export_agenda.add_argument("event", metavar="EVENT", help="event id or slug")
    export_agenda.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    export_agenda.add_argument("--paper", choices=("a4", "letter"), default=None, help=PAPER_HELP)
    export_agenda.add_argument(
        "--no-participants",
        action="store_true",
        help="leave the list of participants out (the programme alone, often one page shorter)",
    )
    export_ics = export_kinds.add_parser(
        "ics", help="iCalendar file: one entry per agenda item, or the whole event"
    )
    export_ics.add_argument("event", metavar="EVENT", help="event id or slug")
    export_ics.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    _add_namecards_parser(export_kinds)
    export_seating = export_kinds.add_parser(
        "seating", help="seating chart: each plan's table drawn to scale, then a seat list (PDF)"
    )
    export_seating.add_argument("event", metavar="EVENT", help="event id or slug")
    export_seating.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    export_seating.add_argument("--plan", metavar="NAME", help="only this plan (default: all)")
    # Checked by the export rather than by choices=, so a bad value is one line and exit 1.
    export_seating.add_argument("--paper", default=None, metavar="a4|letter", help=PAPER_HELP)
    _add_log_parsers(export_kinds)
    export_bios = export_kinds.add_parser("bios", help="bios booklet (PDF)")
    export_bios.add_argument("event", metavar="EVENT", help="event id or slug")
    export_bios.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    export_bios.add_argument("--paper", choices=("a4", "letter"), default=None, help=PAPER_HELP)

    imp = commands.add_parser("import", help="read an event from a file")
    import_kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True,
                                      parser_class=_Parser)  # fmt: skip
    import_bundle = import_kinds.add_parser("bundle", help="event bundle written by export bundle")
    import_bundle.add_argument("file", metavar="FILE")
    mode = import_bundle.add_mutually_exclusive_group()
    mode.add_argument("--replace", action="store_true",
                      help="overwrite the event if it is already in the database")  # fmt: skip
    mode.add_argument("--as-new", action="store_true",
                      help="import a separate copy if the event is already there")  # fmt: skip
    import_people = import_kinds.add_parser(
        "participants", help="add people to an event from a CSV or XLSX list"
    )
    import_people.add_argument("event", metavar="EVENT", help="event id or slug")
    import_people.add_argument("file", metavar="FILE")
    import_people.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD",
        help="map a column (header or number) to a field, or to 'ignore'; repeatable",
    )  # fmt: skip
    import_people.add_argument(
        "--dry-run", action="store_true", help="check and report, change nothing"
    )

    backup = commands.add_parser("backup", help="back the database up (SQLite's backup API)")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it (default: the backups folder beside the database)",
    )
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current file is kept)"
    )
    restore.add_argument("file", metavar="FILE", help="a backup written by Roundtable")
    restore.add_argument(
        "--wait", type=float, default=None, metavar="SECONDS",
        help="how long to wait for commands still writing to the database (default: 30)",
    )  # fmt: skip
    commands.add_parser("check", help="integrity check, schema version and counts")
    return parser


def _database_file(args: argparse.Namespace):
    """The SQLite file behind --db / $ROUNDTABLE_DB; file commands make no sense on a server."""
    from roundtable.store.database import resolve_database, sqlite_file

    path = sqlite_file(resolve_database(args.db))
    if path is None:
        raise UserError("backup, restore and check work on SQLite files; use the server's tools")
    return path


READING_COMMANDS = frozenset({"events", "show", "export"})
"""Commands that only read the database: they never create one (a mistyped --db is an error,
not a new empty file with folders and a backup), and they work on a file that cannot be
written, saying so on stderr. ``import participants --dry-run`` reads only, too."""


def _open_store(args: argparse.Namespace):
    from roundtable.store.facade import Store
    from roundtable.store.file_access import why_not_writable

    reads = args.command in READING_COMMANDS or getattr(args, "dry_run", False)
    store = Store.open(args.db, create="never" if reads else "file")
    why = why_not_writable(store.path) if store.read_only and store.path is not None else ""
    if why and not reads:
        store.close()
        raise UserError(f"{store.name} cannot be changed because {why}; nothing was changed")
    if why:
        print(f"roundtable: note: {store.name} is open read-only because {why}",
              file=sys.stderr)  # fmt: skip
    return store


def _cmd_demo(args: argparse.Namespace) -> int:
    from roundtable.services.demo import load_demo

    store = _open_store(args)
    created = load_demo(store)
    if created:
        print(f"Loaded {len(created)} example events into {store.name}.")
    else:
        print("The example events are already loaded; nothing changed.")
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    from roundtable.services.event_text import summary_json, summary_line

    events = _open_store(args).list_events()
    if args.json:
        print(json.dumps([summary_json(e) for e in events], ensure_ascii=False, indent=2))
    else:
        for event in events:
            print(summary_line(event))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from roundtable.services.event_text import event_json, event_text

    store = _open_store(args)
    event = store.get_event(store.resolve_event(args.event))
    if args.json:
        print(json.dumps(event_json(event), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(event_text(event))
    return 0


def _paper(args: argparse.Namespace, event) -> str:  # noqa: ANN001 - EventRecord
    """--paper as given, else the event's: the print dialog's rule, so a PDF made here and one
    made in the app for the same event come out on the same paper."""
    if args.paper is not None:
        return args.paper
    from roundtable.services.paper import default_paper

    return default_paper(event)


def _refuse_database_target(
    args: argparse.Namespace, target: str, *, new_backup: bool = False
) -> None:
    """No export or backup is written over the database, its -wal/-shm/-journal, its lock files
    or its backups (store/database_files.py); checked before anything is opened or written."""
    from roundtable.store.database import resolve_database, sqlite_file
    from roundtable.store.database_files import refuse_database_file

    database = sqlite_file(resolve_database(args.db))
    if database is not None:
        refuse_database_file(target, database, new_backup=new_backup)


def _cmd_export(args: argparse.Namespace) -> int:
    _refuse_database_target(args, args.output)
    if args.kind in ("log", "minutes"):
        _check_log_output(args)  # a bad suffix or paper is refused before the database opens
    store = _open_store(args)
    event_id = store.resolve_event(args.event)
    if args.kind == "bundle":
        from roundtable.services.bundle import write_bundle_file

        write_bundle_file(store, event_id, args.output)
    elif args.kind == "participants":
        from roundtable.services.participant_export import export_participants

        export_participants(store.get_event(event_id), args.output)
    elif args.kind == "agenda":
        from roundtable.pdf.agenda import export_agenda

        event = store.get_event(event_id)
        export_agenda(
            event,
            args.output,
            paper=_paper(args, event),
            participants=not args.no_participants,
        )
    elif args.kind == "ics":
        from roundtable.services.ics_export import write_ics

        write_ics(store.get_event(event_id), args.output)
    elif args.kind == "namecards":
        return _export_namecards(args, store.get_event(event_id))
    elif args.kind == "seating":
        return _export_seating(args, store.get_event(event_id))
    elif args.kind == "log":
        return _export_log(args, store, event_id)
    elif args.kind == "minutes":
        return _export_minutes(args, store.get_event(event_id))
    else:
        from roundtable.pdf.bios import export_bios

        event = store.get_event(event_id)
        photos = store.person_photos([p.person.id for p in event.participants])
        export_bios(event, args.output, paper=_paper(args, event),
                    photos={pid: data for pid, (data, _mime) in photos.items()})  # fmt: skip
    print(f"Wrote {args.output}")
    return 0


# The keys of roundtable.pdf.namecards.LAYOUTS (a test keeps them equal): importing reportlab
# just to build the parser would slow every other command down.
CARD_LAYOUTS = ("a4", "letter", "avery5305", "a4-two")  # services.namecards.LAYOUT_LABELS


def _add_namecards_parser(export_kinds: argparse._SubParsersAction) -> None:
    cards = export_kinds.add_parser(
        "namecards", help="folded tent name cards, one per participant (PDF)",
        description="Tent name cards: the name on both halves, the upper half upside down so "
        "both sides read upright once folded. Without filters every participant who has not "
        "declined gets a card; filters of one kind are alternatives, of different kinds all apply.",
    )  # fmt: skip
    cards.add_argument("event", metavar="EVENT", help="event id or slug")
    cards.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    cards.add_argument("--layout", choices=CARD_LAYOUTS, default=None,
                       help="a4 / letter: landscape, one card per sheet; avery5305: Avery "
                       "5305 tent cards, two per Letter sheet; a4-two: two per A4 sheet "
                       "(default: letter for a venue in the United States or Canada, "
                       "else a4)")  # fmt: skip
    pick = cards.add_argument_group("who gets a card")
    pick.add_argument("--role", action="append", default=[], metavar="ROLE",
                      help="only this role (e.g. moderator, delegation_member); "
                      "repeatable")  # fmt: skip
    pick.add_argument("--delegation", action="append", default=[], metavar="NAME",
                      help="only this delegation; repeatable")  # fmt: skip
    pick.add_argument("--attendance", action="append", default=[], metavar="STATUS",
                      help="only this attendance (invited, confirmed, declined, attended); "
                      "repeatable; default: all but declined")  # fmt: skip
    pick.add_argument("--person", action="append", default=[], metavar="NAME_OR_UID",
                      help="exactly these people, in this order unless --order is given; "
                      "repeatable; overrides the filters")  # fmt: skip
    pick.add_argument("--order", choices=("precedence", "name", "seat"), default=None,
                      help="order of the cards (default: precedence); seat: round the table "
                      "from the head seat, the unseated after them")  # fmt: skip
    pick.add_argument("--plan", metavar="NAME",
                      help="the seating plan --order seat follows (default: the event's "
                      "first); implies --order seat")  # fmt: skip
    show = cards.add_argument_group("what a card shows")
    show.add_argument("--no-honorific", action="store_true", help="leave honorifics out")
    show.add_argument("--family-caps", action="store_true",
                      help="family name in capitals (Andrey KORTUNOV, "
                      "KOZUKI Toyohisa)")  # fmt: skip
    show.add_argument("--no-native-name", action="store_true",
                      help="leave out the name in the person's own script")  # fmt: skip
    show.add_argument("--no-affiliation", action="store_true", help="leave out affiliations")
    show.add_argument("--position", action="store_true", help="add the position to affiliations")
    show.add_argument("--delegation-line", action="store_true",
                      help="add the delegation (or, without one, the "
                      "person's country)")  # fmt: skip
    show.add_argument("--no-event-title", action="store_true",
                      help="leave out the event's short title at the foot")  # fmt: skip
    show.add_argument("--no-fold-line", action="store_true", help="no dashed fold line")
    show.add_argument("--cut-marks", action="store_true",
                      help="cut marks between cards (layouts with two "
                      "cards per sheet)")  # fmt: skip


def _export_namecards(args: argparse.Namespace, event) -> int:  # noqa: ANN001 - EventRecord
    from roundtable.domain.enums import Attendance, ParticipantRole
    from roundtable.pdf.namecards import event_cards, export_namecards, get_layout
    from roundtable.services.namecards import (
        DEFAULT_ATTENDANCE,
        CardOptions,
        CardSelection,
        delegations_of,
        parse_values,
        people_by_reference,
    )
    from roundtable.services.paper import default_paper

    known = delegations_of(event)
    for name in args.delegation:
        if name not in known:
            listed = ", ".join(known) if known else "none"
            raise UserError(f"no delegation {name!r} in this event (delegations: {listed})")
    chosen = people_by_reference(event, args.person) if args.person else None
    if args.plan is not None and args.order not in (None, "seat"):
        raise UserError(f"--plan goes with --order seat, not --order {args.order}")
    order = args.order or ("seat" if args.plan is not None else None)
    selection = CardSelection(
        roles=parse_values(ParticipantRole, args.role, "--role"),
        delegations=frozenset(args.delegation),
        attendance=parse_values(Attendance, args.attendance, "--attendance") or DEFAULT_ATTENDANCE,
        participation_ids=chosen,
        order=order or ("given" if chosen is not None else "precedence"),
        plan_name=args.plan,
    )
    options = CardOptions(
        honorific=not args.no_honorific,
        family_caps=args.family_caps,
        native_name=not args.no_native_name,
        affiliation=not args.no_affiliation,
        position=args.position,
        delegation=args.delegation_line,
        event_title=not args.no_event_title,
        fold_line=not args.no_fold_line,
        cut_marks=args.cut_marks,
    )
    count = len(event_cards(event, selection, options))
    layout = args.layout or ("letter" if default_paper(event) == "letter" else "a4")
    export_namecards(event, args.output, layout=layout, selection=selection, options=options)
    per_sheet = get_layout(layout).per_sheet
    pages = -(-count // per_sheet)
    print(f"Wrote {args.output}: {count} name card{'s' * (count != 1)} "
          f"on {pages} page{'s' * (pages != 1)}")  # fmt: skip
    return 0


def _export_seating(args: argparse.Namespace, event) -> int:  # noqa: ANN001 - EventRecord
    from roundtable.pdf.seating_chart import chart_plans, export_seating_chart

    plans = chart_plans(event, args.plan)
    export_seating_chart(event, args.output, paper=_paper(args, event), plan_name=args.plan)
    print(f"Wrote {args.output}: {len(plans)} seating plan{'s' * (len(plans) != 1)}")
    return 0


def _add_log_parsers(export_kinds: argparse._SubParsersAction) -> None:
    log = export_kinds.add_parser(
        "log", help="the event's log: minutes, journal, planned against actual, change history "
        "(PDF, CSV or Markdown, by the file's suffix)",
    )  # fmt: skip
    log.add_argument("event", metavar="EVENT", help="event id or slug")
    log.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.csv|FILE.md")
    # Checked by the command rather than by choices=, so a bad value is one line and exit 1.
    log.add_argument("--paper", default=None, metavar="a4|letter", help=PAPER_HELP + ", for a PDF")
    log.add_argument("--no-changes", action="store_true", help="leave the change history out")
    minutes = export_kinds.add_parser(
        "minutes", help="the event's minutes, as written on the Log tab (PDF)"
    )
    minutes.add_argument("event", metavar="EVENT", help="event id or slug")
    minutes.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    minutes.add_argument("--paper", default=None, metavar="a4|letter", help=PAPER_HELP)


def _check_log_output(args: argparse.Namespace) -> None:
    """The log's format comes from the file's suffix and the minutes are a PDF; the paper is
    a4 or letter. Checked without reportlab, before anything is opened or written."""
    from pathlib import Path

    from roundtable.services.log_export import log_format

    if args.kind == "log":
        log_format(args.output)
    elif Path(args.output).suffix.lower() != ".pdf":
        raise UserError(f"the minutes are a PDF; name the file .pdf, not {args.output!r}")
    if args.paper is not None and args.paper.strip().lower() not in ("a4", "letter"):
        raise UserError(f"unknown paper size {args.paper!r}; use a4 or letter")


def _export_log(args: argparse.Namespace, store, event_id: int) -> int:  # noqa: ANN001 - Store
    from roundtable.services.log_export import LogSections, export_log_text, log_format

    event = store.get_event(event_id)
    log = store.event_log(event_id)
    sections = LogSections(changes=not args.no_changes)
    if log_format(args.output) == "pdf":
        from roundtable.pdf.log_pdf import export_log_pdf

        export_log_pdf(event, log, args.output, paper=_paper(args, event), sections=sections)
    else:
        export_log_text(event, log, args.output, sections)
    entries = len(log.entries)
    told = f"{entries} journal entr{'ies' if entries != 1 else 'y'}"
    if sections.changes:
        told += f", {len(log.changes)} change{'s' if len(log.changes) != 1 else ''}"
    print(f"Wrote {args.output}: {told}")
    return 0


def _export_minutes(args: argparse.Namespace, event) -> int:  # noqa: ANN001 - EventRecord
    from roundtable.pdf.log_pdf import export_minutes_pdf

    export_minutes_pdf(event, args.output, paper=_paper(args, event))
    print(f"Wrote {args.output}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    if args.kind == "participants":
        return _import_participants(args)
    from roundtable.services.bundle import ImportMode, import_bundle, read_bundle_file

    bundle = read_bundle_file(args.file)  # checked before the database is touched
    mode = ImportMode.REPLACE if args.replace else ImportMode.AS_NEW if args.as_new else None
    store = _open_store(args)
    event_id = import_bundle(store, bundle, mode or ImportMode.FAIL)
    event = store.get_event(event_id)
    print(f"Imported event {event_id} ({event.slug}): {event.title}")
    return 0


def _import_participants(args: argparse.Namespace) -> int:
    from roundtable.services.column_mapping import guess_mapping, merge_mapping, parse_map_options
    from roundtable.services.participant_import import apply_import, plan_import, report_lines
    from roundtable.services.table_read import read_table

    table = read_table(args.file)  # a bad file is refused before the database is opened
    # --map wins over a guess for the same field, so one field never comes from two columns.
    mapping = merge_mapping(
        guess_mapping(table.headers), parse_map_options(args.map, table.headers)
    )
    store = _open_store(args)
    event_id = store.resolve_event(args.event)
    plan = plan_import(table, mapping, store.get_event(event_id), store.list_people(),
                       store.list_organisations())  # fmt: skip
    for line in report_lines(plan):
        print(line)
    if not plan.ok:
        raise UserError(f"{args.file}: nothing was imported; fix the rows listed above")
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    added = sum(1 for row in plan.rows if not row.skip)
    event = apply_import(store, event_id, plan)
    print(f"Added {added} participants to {event.title}.")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from roundtable.store.facade import Store

    if args.output:
        _refuse_database_target(args, args.output, new_backup=True)
    store = Store.open(args.db, daily_backup=False)
    info = store.backup_now(Path(args.output) if args.output else None)
    events = "" if info.events is None else f" ({info.events} events)"
    print(f"Backed up {store.name} to {info.path}{events}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from roundtable.store.backups import restore_backup
    from roundtable.store.instance_lock import DatabaseLock
    from roundtable.store.sqlite_files import inspect_file

    database = _database_file(args)
    backup = Path(args.file)

    def tell_waiting() -> None:  # restore waits for commands still writing (writer_lock.py)
        print(f"roundtable: waiting for the commands writing to {database} to finish…",
              file=sys.stderr, flush=True)  # fmt: skip

    with DatabaseLock(database) as lock:
        if not lock.acquire():
            holder = lock.holder()
            raise UserError(
                f"Roundtable has {database} open (process {holder.get('pid', '?')}); "
                "close it first, or restore from its File menu"
            )
        aside = restore_backup(database, backup, wait=args.wait, on_wait=tell_waiting)
    events = inspect_file(database).counts.get("event")
    print(f"Restored {database} from {backup} ({events} events)")
    if aside is not None:
        print(f"The damaged file was kept, unchanged, as {aside}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from roundtable.errors import UnusableDatabaseError
    from roundtable.store.backups import good_backups, list_backups
    from roundtable.store.file_access import why_not_writable
    from roundtable.store.migrate import HEAD
    from roundtable.store.sqlite_files import inspect_file

    database = _database_file(args)
    report = inspect_file(database, full_check=True)
    if not report.ok and (report.start_afresh or not database.exists()):
        raise UserError(f"{database} {report.problem}")
    if not report.ok:  # damaged, half-made, half-updated...: which backup would bring it back
        raise UnusableDatabaseError(str(database), report.problem, good_backups(database))
    print(f"database:      {database}")
    if why := why_not_writable(database):
        print(f"access:        read-only ({why})")
    print(f"integrity:     {report.integrity}")
    state = "current" if report.revision == HEAD else f"older; {HEAD} after the next open"
    print(f"schema:        {report.revision or 'empty'} ({state})")
    for table, count in report.counts.items():
        print(f"{table + ':':<15}{count}")
    backups = list_backups(database, count_events=False)
    newest = f", newest {backups[0].created:%Y-%m-%d %H:%M}" if backups else ""
    print(f"backups:       {len(backups)}{newest}")
    return 0


COMMANDS = {
    "demo": _cmd_demo,
    "events": _cmd_events,
    "show": _cmd_show,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}


def _check_display() -> None:
    """Qt aborts the process with a page of plugin errors when there is no screen; say it."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "the sub-commands work without one (see roundtable --help)"
        )


# Qt's own command-line options (QApplication and QGuiApplication), passed through to Qt when
# the app opens: with a value, and without one. Qt takes "-style fusion", "-style=fusion" and
# the same with two dashes.
QT_OPTIONS_WITH_VALUE = frozenset({
    "style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin",
    "session", "qwindowgeometry", "qwindowtitle", "qwindowicon", "display", "geometry",
    "title", "name", "font", "fn", "background", "bg", "foreground", "fg", "button", "btn",
    "qmljsdebugger",
})  # fmt: skip
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "visual"})


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's): Qt's standard options are for Qt, not for argparse."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        arg = items[i]
        name = arg.lstrip("-").split("=", 1)[0]
        if arg.startswith("-") and name in QT_FLAGS and "=" not in arg:
            qt.append(arg)
        elif arg.startswith("-") and name in QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            if "=" not in arg and i + 1 < len(items):
                i += 1
                qt.append(items[i])
        else:
            ours.append(arg)
        i += 1
    return ours, qt


def main(argv: Sequence[str] | None = None) -> int:
    ours, qt_options = split_qt_options(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(ours)
    if qt_options and args.command is not None:
        print(
            f"roundtable: error: {qt_options[0]} is an option of the app's window; "
            "give it without a command",
            file=sys.stderr,
        )
        return 2
    try:
        if args.command is None:
            if not any(o.lstrip("-").split("=")[0] == "platform" for o in qt_options):
                _check_display()
            from roundtable.gui.shell.app import run

            return run(args.db, qt_options)
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"roundtable: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if os.environ.get("ROUNDTABLE_DEBUG"):
            raise
        print(
            f"roundtable: internal error: {type(exc).__name__}: {exc} "
            "(run with ROUNDTABLE_DEBUG=1 for details and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
