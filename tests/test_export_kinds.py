"""``roundtable export`` of a PDF is made from ``roundtable.pdf.kinds``, one table: its
sub-commands, in the table's order, with each kind's help, output and options, and a bare
command line gives each kind's default options. The print dialog's side of the same table is
tests/gui/test_export_kinds_match.py."""

from __future__ import annotations

import argparse
from dataclasses import FrozenInstanceError, fields
from datetime import date

import pytest

from roundtable.cli import build_parser
from roundtable.domain.log import EventLog
from roundtable.domain.records import EventRecord
from roundtable.pdf.export_kind import PAPERS, ExportKind
from roundtable.pdf.kind_log import LogData, read_log
from roundtable.pdf.kinds import KINDS, kind_named

NOT_PDF = ("bundle", "participants", "ics")
"""The exports the table leaves out: files other than a PDF, written by services."""


def export_parsers() -> dict[str, argparse.ArgumentParser]:
    """`roundtable export`'s sub-commands, in the order --help lists them."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = commands.choices["export"]
    kinds = next(a for a in export._actions if isinstance(a, argparse._SubParsersAction))
    return dict(kinds.choices)


def test_the_pdf_sub_commands_are_the_table_in_its_order():
    names = list(export_parsers())
    assert [name for name in names if name not in NOT_PDF] == [kind.key for kind in KINDS]
    assert sorted(set(names) - {kind.key for kind in KINDS}) == sorted(NOT_PDF)
    assert len({kind.key for kind in KINDS}) == len({kind.label for kind in KINDS}) == len(KINDS)
    assert all(kind_named(kind.key) is kind for kind in KINDS) and kind_named("ics") is None


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.key)
def test_each_sub_command_is_made_from_its_kind(kind: ExportKind):
    parser = export_parsers()[kind.key]
    assert parser.description == kind.description
    dests = [action.dest for action in parser._actions if action.dest != "help"]
    own = [argument.settings.get("dest") or argument.flags[-1].lstrip("-").replace("-", "_")
           for argument in kind.arguments]  # fmt: skip
    # Every kind is written in the language asked for (tests/pdf/test_pdf_language.py).
    assert dests == ["event", "output", *own, "language"]
    output = next(action for action in parser._actions if action.dest == "output")
    assert output.required and output.metavar == kind.output_metavar
    listed = " ".join(export_help().split())  # its line in `roundtable export --help`
    assert f"{kind.key} {' '.join(kind.help.split())}" in listed


def export_help() -> str:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return commands.choices["export"].format_help()


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.key)
def test_a_bare_command_line_gives_the_default_options(kind: ExportKind, tmp_path):
    """The options' defaults are what `roundtable export KEY EVENT -o FILE` makes: the print
    dialog and a script start from the same document."""
    args = build_parser().parse_args(["export", kind.key, "1", "-o", str(tmp_path / "x.pdf")])
    defaults = kind.options()
    # from_args checks against the event (name cards, the minutes' rule); the others do not
    # look at it.
    event = EventRecord(title="An event", start_date=date(2018, 2, 26), end_date=date(2018, 2, 26))
    prepared = LogData(event, EventLog()) if kind.read is read_log else event  # the minutes
    assert kind.options_from(args, prepared) == defaults
    with pytest.raises(FrozenInstanceError):
        setattr(defaults, fields(defaults)[0].name, None)


@pytest.mark.parametrize("kind", [k for k in KINDS if any(a.flags == ("--paper",)
                                                          for a in k.arguments)],
                         ids=lambda kind: kind.key)  # fmt: skip
def test_every_paper_option_is_a4_or_letter_and_the_events_by_default(kind: ExportKind):
    assert kind.options().paper is None  # the event's: services.paper.default_paper
    paper = next(a for a in kind.arguments if a.flags == ("--paper",))
    assert paper.settings.get("choices", PAPERS) == PAPERS
    assert "letter when the venue is in the United States or Canada" in paper.settings["help"]


def test_the_table_loads_no_reportlab_or_slow_services():
    """Every command builds the parser from the table, `roundtable events` too."""
    import subprocess
    import sys

    code = (
        "import sys; import roundtable.cli; roundtable.cli.build_parser(); "
        "print([m for m in sys.modules if m.startswith(('reportlab', 'PySide6', "
        "'roundtable.services', 'roundtable.store'))])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
