"""What an export kind is: one document that ``roundtable export`` writes and the print dialog
prints, described once (the table of them is ``pdf.kinds``).

An :class:`ExportKind` holds what both sides need: its key and label, what it reads from the
store (``read``: one function, so the command line and the dialog read the same things), its
options (a frozen dataclass, typed, whose defaults are what a bare ``roundtable export KEY``
makes), how the command line spells them (``arguments``, ``from_args``, ``check_args``) and
the exporter. The print dialog adds only its options panel.

Cheap to import: no reportlab and no slow services at module level, because every command
builds the parser from these; the exporters import what they draw with when they run.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from roundtable.errors import UserError

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord
    from roundtable.store.facade import Store

Progress = Callable[[int, int], bool | None]
"""Called with (done, total); returning False cancels the export, which then writes nothing."""

PAPERS = ("a4", "letter")
# Every export that takes --paper defaults to the event's paper (services.paper.default_paper,
# the print dialog's rule too); None means "not given".
PAPER_HELP = (
    "a4 or letter (default: letter when the venue is in the United States or Canada, else a4)"
)


@dataclass(frozen=True)
class Argument:
    """One command-line option of an export, as ``argparse``'s ``add_argument`` takes it."""

    flags: tuple[str, ...]
    settings: Mapping[str, Any]
    group: str | None = None  # the heading it is listed under in --help; None: "options"


def argument(*flags: str, group: str | None = None, **settings: Any) -> Argument:
    return Argument(flags, settings, group)


def paper_argument(*, refused_by_parser: bool, help_text: str = PAPER_HELP) -> Argument:
    """``--paper``, None when not given (then the event's: :func:`paper_for`).

    With ``refused_by_parser`` a bad value is argparse's usage error (exit 2, ``{a4,letter}``
    in the usage); without, the export refuses it in one line (exit 1, ``a4|letter``). Each
    kind keeps the one it has always had: scripts may test the exit code.
    """
    if refused_by_parser:
        return argument("--paper", choices=PAPERS, default=None, help=help_text)
    return argument("--paper", default=None, metavar="a4|letter", help=help_text)


def check_paper(paper: str | None) -> None:
    """UserError for a paper that is neither A4 nor Letter, in ``pdf.document.page_size``'s
    words, for the kinds that check it before opening the database."""
    if paper is not None and paper.strip().lower() not in PAPERS:
        raise UserError(f"unknown paper size {paper!r}; use a4 or letter")


def paper_for(paper: str | None, event: EventRecord) -> str:
    """The paper given, else the event's: the print dialog's rule too, so a PDF made on the
    command line and one made in the app for the same event come out on the same paper."""
    if paper is not None:
        return paper
    from roundtable.services.paper import default_paper

    return default_paper(event)


@dataclass(frozen=True)
class PaperOptions:
    """The options of a kind whose only choice is the paper."""

    paper: str | None = None  # "a4" or "letter"; None: the event's (paper_for)


def the_event(_store: Store, event: EventRecord) -> EventRecord:
    """``read`` of a kind that needs nothing from the store besides the event itself."""
    return event


def event_on_paper(writer: str) -> Callable[..., bool]:
    """``export`` of a kind that draws the event alone on the paper asked for. ``writer`` names
    its function ("roundtable.pdf.signin:export_signin"), imported only when a PDF is made, so
    the command line does not load reportlab to parse its arguments."""

    def export(
        event: EventRecord, path: str, options: PaperOptions, progress: Progress | None
    ) -> bool:
        module, _, name = writer.partition(":")
        write = getattr(importlib.import_module(module), name)
        return write(event, path, paper=paper_for(options.paper, event), progress=progress)

    return export


def options_by_name(options: type[Any], args: argparse.Namespace) -> Any:
    """``from_args`` of a kind whose option fields are named as its command-line options
    (``--paper`` is ``paper``, ``--plan`` is ``plan``)."""
    return options(**{field.name: getattr(args, field.name) for field in fields(options)})


def nothing_to_tell(_prepared: Any, _options: Any) -> str:
    return ""


@dataclass(frozen=True)
class ExportKind:
    """One PDF export. ``prepared`` below is what ``read`` returned; ``options`` an instance of
    the ``options`` dataclass."""

    key: str  # `roundtable export KEY`; the dialog's settings group; the file "<slug>-KEY.pdf"
    # The print dialog's words: marked with QT_TR_NOOP where a kind is described and shown
    # through tr() (the kinds are made at import, before any language is chosen).
    label: str  # in the print dialog's "Print:" list
    about: str  # what the document holds, in a sentence: the print dialog shows it under the list
    help: str  # its line in `roundtable export --help` (command-line text: English)
    # What the export needs from the store, read where the store lives (the GUI thread: the
    # dialog's worker thread only draws). May raise UserError.
    read: Callable[[Store, EventRecord], Any]
    # The options' frozen dataclass; keyword arguments by field name, defaults for the rest.
    # The print dialog's panels give their options as a dict of those names.
    options: type[Any]
    # Writes the PDF at ``path`` atomically with (prepared, path, options, progress); False
    # when ``progress`` cancelled. Raises UserError or OSError. No store and no Qt: it runs in
    # the print dialog's worker thread.
    export: Callable[[Any, str, Any, Progress | None], bool]
    arguments: tuple[Argument, ...] = ()  # the command line's options, after EVENT and -o
    # The options from the command line's arguments, checked against the event (prepared);
    # None: options_by_name.
    from_args: Callable[[argparse.Namespace, Any], Any] | None = None
    # What `roundtable export` adds to "Wrote FILE" (": 3 seating plans"), worked out before
    # writing, so a choice that matches nothing is refused before a file is touched.
    tell: Callable[[Any, Any], str] = nothing_to_tell
    # Checks of the arguments that need no database (the file's suffix, the paper), made
    # before it is opened.
    check_args: Callable[[argparse.Namespace], None] | None = None
    output_metavar: str = "FILE.pdf"
    description: str | None = None  # the command line's text under its usage in --help

    def options_from(self, args: argparse.Namespace, prepared: Any) -> Any:
        if self.from_args is None:
            return options_by_name(self.options, args)
        return self.from_args(args, prepared)
