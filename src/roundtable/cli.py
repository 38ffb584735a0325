"""The ``roundtable`` command.

With no sub-command it opens the GUI; every sub-command runs headless. Only the GUI path imports
Qt, and each command imports just what it uses, so ``roundtable events`` stays quick and works
where no display libraries exist. Errors the user can fix are one line on stderr and exit 1;
nothing prints a traceback unless ROUNDTABLE_DEBUG is set.

``roundtable export`` of a PDF (agenda, name cards, ...) is made from ``pdf.kinds``, the table
the print dialog lists too: its parser, options and call. A new kind is added there.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from roundtable import __version__
from roundtable.errors import UserError
from roundtable.pdf.export_kind import ExportKind
from roundtable.pdf.kinds import KINDS, kind_named
from roundtable.wording import LANGUAGES, speaking, system_language

if TYPE_CHECKING:
    from roundtable.store.facade import Store

EXIT_USER_ERROR = 1
EXIT_INTERNAL_ERROR = 70


VERBOSE_HELP = "log information as well as warnings (log folder: see Help in the app)"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the whole usage block
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
    parser.add_argument("--verbose", action="store_true", help=VERBOSE_HELP)
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry", action="store_true",
        help="Linux: add Roundtable to your applications menu (desktop file, icons and "
        "metainfo under $XDG_DATA_HOME, default ~/.local/share) and exit",
    )  # fmt: skip
    desktop.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help="Linux: remove what --install-desktop-entry added and exit",
    )  # fmt: skip
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
    export_people.add_argument(
        "--encoding", metavar="NAME", default=None,
        help="a CSV's encoding: utf-8-sig (UTF-8 with a BOM, the default), or the legacy one "
        "older Excel expects, e.g. cp1251 (Russian) or cp932 (Japanese)",
    )  # fmt: skip
    for kind in KINDS:
        _add_kind_parser(export_kinds, kind)
        if kind.key == "agenda":  # the calendar is listed beside the agenda, as it always was
            export_ics = export_kinds.add_parser(
                "ics", help="iCalendar file: one entry per agenda item, or the whole event"
            )
            export_ics.add_argument("event", metavar="EVENT", help="event id or slug")
            export_ics.add_argument("-o", "--output", required=True, metavar="FILE.ics")

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
    import_notice = import_kinds.add_parser(
        "announcement", help="a new event from an event page (.txt, .html, .eml, .docx, .pdf)"
    )
    import_notice.add_argument("file", metavar="FILE")
    import_notice.add_argument(
        "--dry-run", action="store_true", help="show the draft event, save nothing"
    )
    import_notice.add_argument(
        "--json", action="store_true", help="print the draft: each field's value and span"
    )
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
    import_people.add_argument(
        "--encoding", metavar="NAME", default=None,
        help="read a CSV in this encoding (e.g. utf-8, cp1251, koi8-r, cp932, euc-jp, "
        "cp1252) instead of the detected one",
    )  # fmt: skip
    import_people.add_argument(
        "--full-name-order", choices=("auto", "given-first", "family-first"), default="auto",
        help="how a full-name column is written (default auto: family name first for "
        "Chinese, Japanese and Korean script and for a Russian ФИО)",
    )  # fmt: skip
    import_people.add_argument(
        "--possible-match", choices=("existing", "new"), default=None,
        help="a row that is possibly someone in the directory under another spelling: use "
        "that person, or add a new one (default: stop and name both)",
    )  # fmt: skip

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

    ready = commands.add_parser(
        "ready", help="what is still missing before an event; exit 1 when something blocks"
    )
    ready.add_argument("event", metavar="EVENT", help="event id or slug")
    ready.add_argument("--json", action="store_true", help="print a JSON array of findings")
    return parser


def _database_file(args: argparse.Namespace):
    """The SQLite file behind --db / $ROUNDTABLE_DB; file commands make no sense on a server."""
    from roundtable.store.database import resolve_database, sqlite_file

    path = sqlite_file(resolve_database(args.db))
    if path is None:
        raise UserError("backup, restore and check work on SQLite files; use the server's tools")
    return path


READING_COMMANDS = frozenset({"events", "show", "export", "ready"})
"""Commands that only read the database: they never create one (a mistyped --db is an error,
not a new empty file with folders and a backup), and they work on a file that cannot be
written, saying so on stderr. ``import participants --dry-run`` reads only, too."""


_OPENED: list[Store] = []
"""The stores this call of ``main`` opened: it closes them however the command ends, so the
writers' lock is let go of at once (a restore may be waiting) and a caller that runs ``main``
in its own process, such as the tests, is left with nothing open."""


def _open_store(args: argparse.Namespace) -> Store:
    from roundtable.store.facade import Store
    from roundtable.store.file_access import why_not_writable

    reads = args.command in READING_COMMANDS or getattr(args, "dry_run", False)
    store = Store.open(args.db, create="never" if reads else "file")
    _OPENED.append(store)
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


def _add_kind_parser(export_kinds: argparse._SubParsersAction, kind: ExportKind) -> None:
    """``roundtable export KEY EVENT -o FILE`` and the kind's own options, in its order."""
    parser = export_kinds.add_parser(kind.key, help=kind.help, description=kind.description)
    parser.add_argument("event", metavar="EVENT", help="event id or slug")
    parser.add_argument("-o", "--output", required=True, metavar=kind.output_metavar)
    groups: dict[str, argparse._ArgumentGroup] = {}
    for argument in kind.arguments:
        target = parser
        if argument.group is not None:
            if argument.group not in groups:
                groups[argument.group] = parser.add_argument_group(argument.group)
            target = groups[argument.group]
        target.add_argument(*argument.flags, **argument.settings)
    # Every document can be written in any interface language; by default the system's, as
    # the app's interface (and its print dialog) would be.
    parser.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default=system_language(),
        help="the language of the document's words and dates (default: the system's, "
        "here %(default)s)",
    )


def _cmd_export(args: argparse.Namespace) -> int:
    _refuse_database_target(args, args.output)
    kind = kind_named(args.kind)
    if kind is not None and kind.check_args is not None:
        kind.check_args(args)  # e.g. a bad suffix or paper, refused before the database opens
    if args.kind == "participants":  # a bad suffix or encoding, refused as early
        from roundtable.services.participant_export import check_export

        check_export(args.output, args.encoding)
    store = _open_store(args)
    event_id = store.resolve_event(args.event)
    if kind is not None:
        return _export_kind(args, kind, store, event_id)
    if args.kind == "bundle":
        from roundtable.services.bundle import write_bundle_file

        write_bundle_file(store, event_id, args.output)
    elif args.kind == "participants":
        from roundtable.services.participant_export import export_participants

        export_participants(store.get_event(event_id), args.output, encoding=args.encoding)
    else:
        from roundtable.services.ics_export import write_ics

        write_ics(store.get_event(event_id), args.output)
    print(f"Wrote {args.output}")
    return 0


def _export_kind(args: argparse.Namespace, kind: ExportKind, store: Store, event_id: int) -> int:
    """A document of pdf.kinds: read what it needs, take its options from the arguments
    (checked against the event), work out what to say (a choice that matches nothing is
    refused there), then write it."""
    event = store.get_event(event_id)
    prepared = kind.read(store, event)
    options = kind.options_from(args, prepared)
    told = kind.tell(prepared, options)
    with speaking(args.language):
        from roundtable.pdf.coverage import event_warning

        unprintable = event_warning(event)  # names with characters no font has, said first
        if unprintable:
            print(f"roundtable: warning: {unprintable}", file=sys.stderr)
        kind.export(prepared, args.output, options, None)
    if not store.read_only:  # for the readiness check: name cards out of date
        from roundtable.services.readiness import output_fingerprint

        store.record_output(event_id, kind.key, output_fingerprint(kind.key, event))
    print(f"Wrote {args.output}{told}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    if args.kind == "participants":
        return _import_participants(args)
    if args.kind == "announcement":
        return _import_announcement(args)
    from roundtable.services.bundle import ImportMode, import_bundle, read_bundle_file

    bundle = read_bundle_file(args.file)  # checked before the database is touched
    mode = ImportMode.REPLACE if args.replace else ImportMode.AS_NEW if args.as_new else None
    store = _open_store(args)
    event_id = import_bundle(store, bundle, mode or ImportMode.FAIL)
    event = store.get_event(event_id)
    print(f"Imported event {event_id} ({event.slug}): {event.title}")
    return 0


def _import_announcement(args: argparse.Namespace) -> int:
    """Read the page into a draft; print it; unless --dry-run, save it as a new event, people
    with exactly the same name as one directory person linked, everyone else created."""
    import json

    from roundtable.services import announcement

    draft = announcement.parse_announcement(announcement.read_announcement_file(args.file))
    if args.json:
        print(json.dumps(announcement.draft_as_json(draft), ensure_ascii=False, indent=2))
    else:
        for key, found in draft.fields.items():
            print(f"{key}: {found.value}" if found.span else f"{key}: – ({found.note})")
        for person in draft.people:
            print(f"{person.role.value}: {person.name} ({' / '.join(person.affiliations)})")
    if args.dry_run:
        return 0
    store = _open_store(args)
    links = announcement.match_people(draft, store.list_people())
    for index, person in enumerate(draft.people):
        link = links[index]
        print(f"{person.name}: " + (f"linked to person {link}" if link else "new person"))
    event = announcement.save_draft(store, draft, links)
    print(f"Created event {event.id} ({event.slug}): {event.title}")
    return 0


def _import_participants(args: argparse.Namespace) -> int:
    from roundtable.services.column_mapping import guess_mapping, merge_mapping, parse_map_options
    from roundtable.services.participant_import import (
        FullNameOrder,
        PossibleMatch,
        apply_import,
        plan_import,
        report_lines,
    )
    from roundtable.services.table_read import read_table

    # A bad file (or encoding) is refused before the database is opened.
    table = read_table(args.file, encoding=args.encoding)
    # --map wins over a guess for the same field, so one field never comes from two columns.
    mapping = merge_mapping(
        guess_mapping(table.headers), parse_map_options(args.map, table.headers)
    )
    store = _open_store(args)
    event_id = store.resolve_event(args.event)
    plan = plan_import(table, mapping, store.get_event(event_id), store.list_people(),
                       store.list_organisations(),
                       full_name_order=FullNameOrder(args.full_name_order),
                       possible_match=PossibleMatch(args.possible_match or "ask"))  # fmt: skip
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
    _OPENED.append(store)
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


def _cmd_desktop_entry(args: argparse.Namespace) -> int:
    from roundtable import desktop_entry

    if args.command is not None:
        raise UserError("--install-desktop-entry and --uninstall-desktop-entry take no command")
    return desktop_entry.install() if args.install_desktop_entry else desktop_entry.uninstall()


def _cmd_ready(args: argparse.Namespace) -> int:
    """One line per finding, blocking first; dismissed ones are shown as such and never
    block. Exit 1 when something blocks, for a pre-event script."""
    from roundtable.pdf.fonts import uncovered
    from roundtable.services.readiness import Severity, check_event

    store = _open_store(args)
    findings = check_event(store, store.resolve_event(args.event), uncovered=uncovered)
    if args.json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        order = {Severity.BLOCKING: 0, Severity.WORTH_A_LOOK: 1}
        for f in sorted(findings, key=lambda f: (f.dismissed, order[f.severity])):
            label = "dismissed" if f.dismissed else f.severity.value.replace("_", " ")
            print(f"{label}: {f.message}")
    return 1 if any(f.blocks for f in findings) else 0


COMMANDS = {
    "demo": _cmd_demo,
    "events": _cmd_events,
    "show": _cmd_show,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "ready": _cmd_ready,
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
    from roundtable.app_log import setup_logging

    setup_logging(args.verbose)
    if qt_options and args.command is not None:
        print(
            f"roundtable: error: {qt_options[0]} is an option of the app's window; "
            "give it without a command",
            file=sys.stderr,
        )
        return 2
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _cmd_desktop_entry(args)
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
    finally:
        while _OPENED:
            _OPENED.pop().close()


class _GuiUsageError(Exception):
    """An argument ``roundtable-gui`` does not take."""


class _GuiParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # there may be no stderr to print it on
        raise _GuiUsageError(f"{self.prog}: {message}")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _GuiParser(
        prog="roundtable-gui",
        description="Open the Roundtable app; the roundtable command has the sub-commands.",
    )
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL")
    parser.add_argument("--verbose", action="store_true", help=VERBOSE_HELP)
    return parser


def gui_main(argv: Sequence[str] | None = None) -> int:
    """``roundtable-gui``: the app's window with no console (Windows' gui-scripts launcher,
    ``pythonw``, the frozen build), where sys.stdout and sys.stderr may be None. So a mistake in
    the arguments, or a failure before the window is up, goes to the log and to a dialog (or to
    stderr, when there is one), never to a traceback nobody sees."""
    from roundtable.app_log import setup_logging
    from roundtable.gui.shell.app import report_start_failure, run, show_start_error

    ours, qt_options = split_qt_options(sys.argv[1:] if argv is None else argv)
    setup_logging("--verbose" in ours)  # first: a mistake in the arguments is logged too
    log = logging.getLogger(__name__)
    try:
        args = _gui_parser().parse_args(ours)
        if not any(o.lstrip("-").split("=")[0] == "platform" for o in qt_options):
            _check_display()  # no screen for a dialog either: the log and stderr only
    except (_GuiUsageError, UserError) as exc:
        log.error("%s", exc)
        if sys.stderr is None and isinstance(exc, _GuiUsageError):
            show_start_error(str(exc), qt_options)
        return 2 if isinstance(exc, _GuiUsageError) else EXIT_USER_ERROR
    try:
        return run(args.db, qt_options)
    except UserError as exc:
        log.error("%s", exc)
        if sys.stderr is None:
            show_start_error(str(exc), qt_options)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug before the window's crash handler took over
        report_start_failure()
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
