"""Tent name cards as an export kind: on what sheet (``layout``), who gets a card
(``services.namecards.CardSelection``) and what each card says (``CardOptions``). The PDF is
``pdf.namecards``.

The command line builds the selection from its filters, checked against the event (a
delegation it does not have, a person it cannot tell apart); the print dialog builds it from
its lists. Either way the same cards come out of the same choices.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from roundtable.errors import UserError
from roundtable.pdf.export_kind import Argument, ExportKind, Progress, argument, the_event
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord
    from roundtable.services.namecards import CardOptions, CardSelection

# The keys of roundtable.pdf.namecards.LAYOUTS and services.namecards.LAYOUT_LABELS (a test
# keeps them equal): importing either just to build the parser would slow every command down.
CARD_LAYOUTS = ("a4", "letter", "avery5305", "a4-two")
CARD_ORDERS = ("precedence", "name", "seat")  # services.namecards.ORDERS but the given order
WHO = "who gets a card"
WHAT = "what a card shows"


def _every_card() -> CardSelection:
    from roundtable.services.namecards import CardSelection

    return CardSelection()


def _card_content() -> CardOptions:
    from roundtable.services.namecards import CardOptions

    return CardOptions()


@dataclass(frozen=True)
class NameCardOptions:
    layout: str | None = None  # one of CARD_LAYOUTS; None: letter or a4, by the event's paper
    selection: CardSelection = field(default_factory=_every_card)  # who, in what order
    options: CardOptions = field(default_factory=_card_content)  # what each card shows


def card_layout(options: NameCardOptions, event: EventRecord) -> str:
    """The layout chosen, else one card per sheet of the event's paper."""
    from roundtable.services.paper import default_paper

    return options.layout or ("letter" if default_paper(event) == "letter" else "a4")


def _from_args(args: argparse.Namespace, event: EventRecord) -> NameCardOptions:
    from roundtable.domain.enums import Attendance, ParticipantRole
    from roundtable.services.namecards import (
        DEFAULT_ATTENDANCE,
        CardOptions,
        CardSelection,
        delegations_of,
        parse_values,
        people_by_reference,
    )

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
    shown = CardOptions(
        honorific=not args.no_honorific,
        family_caps=args.family_caps,
        native_name=not args.no_native_name,
        affiliation=not args.no_affiliation,
        position=args.position,
        delegation=args.delegation_line,
        event_title=not args.no_event_title,
        fold_line=not args.no_fold_line,
        cut_marks=args.cut_marks,
        uniform_size=args.name_size == "uniform",
    )
    return NameCardOptions(layout=args.layout, selection=selection, options=shown)


def _tell(event: EventRecord, options: NameCardOptions) -> str:
    """How many cards on how many pages; a selection that matches nobody it cannot read (an
    unknown seating plan) is refused here, before the layout's own checks."""
    from roundtable.pdf.namecards import event_cards, get_layout

    count = len(event_cards(event, options.selection, options.options))
    pages = -(-count // get_layout(card_layout(options, event)).per_sheet)
    return f": {count} name card{'s' * (count != 1)} on {pages} page{'s' * (pages != 1)}"


def _export(
    event: EventRecord, path: str, options: NameCardOptions, progress: Progress | None
) -> bool:
    from roundtable.pdf.namecards import export_namecards

    return export_namecards(event, path, layout=card_layout(options, event),
                            selection=options.selection, options=options.options,
                            progress=progress)  # fmt: skip


def _flag(flag: str, text: str, group: str) -> Argument:
    return argument(flag, action="store_true", help=text, group=group)


NAMECARDS = ExportKind(
    key="namecards",
    label=QT_TR_NOOP("Name cards"),
    about=QT_TR_NOOP(
        "Folded tent cards: the name on both halves, the upper half upside down so that both "
        "sides read upright once folded."
    ),
    help="folded tent name cards, one per participant (PDF)",
    description="Tent name cards: the name on both halves, the upper half upside down so both "
    "sides read upright once folded. Without filters every participant who has not declined "
    "gets a card; filters of one kind are alternatives, of different kinds all apply.",
    read=the_event,
    options=NameCardOptions,
    export=_export,
    arguments=(
        argument(
            "--layout",
            choices=CARD_LAYOUTS,
            default=None,
            help="a4 / letter: landscape, one card per sheet; avery5305: Avery 5305 tent "
            "cards, two per Letter sheet; a4-two: two per A4 sheet (default: letter for a "
            "venue in the United States or Canada, else a4)",
        ),
        argument(
            "--role",
            action="append",
            default=[],
            metavar="ROLE",
            group=WHO,
            help="only this role (e.g. moderator, delegation_member); repeatable",
        ),
        argument(
            "--delegation",
            action="append",
            default=[],
            metavar="NAME",
            group=WHO,
            help="only this delegation; repeatable",
        ),
        argument(
            "--attendance",
            action="append",
            default=[],
            metavar="STATUS",
            group=WHO,
            help="only this attendance (invited, confirmed, declined, attended); "
            "repeatable; default: all but declined",
        ),
        argument(
            "--person",
            action="append",
            default=[],
            metavar="NAME_OR_UID",
            group=WHO,
            help="exactly these people, in this order unless --order is given; "
            "repeatable; overrides the filters",
        ),
        argument(
            "--order",
            choices=CARD_ORDERS,
            default=None,
            group=WHO,
            help="order of the cards (default: precedence); seat: round the table from "
            "the head seat, the unseated after them",
        ),
        argument(
            "--plan",
            metavar="NAME",
            group=WHO,
            help="the seating plan --order seat follows (default: the event's first); "
            "implies --order seat",
        ),
        _flag("--no-honorific", "leave honorifics out", WHAT),
        _flag("--family-caps", "family name in capitals (Andrey KORTUNOV, KOZUKI Toyohisa)", WHAT),
        _flag("--no-native-name", "leave out the name in the person's own script", WHAT),
        _flag("--no-affiliation", "leave out affiliations", WHAT),
        _flag("--position", "add the position to affiliations", WHAT),
        _flag(
            "--delegation-line", "add the delegation (or, without one, the person's country)", WHAT
        ),
        _flag("--no-event-title", "leave out the event's short title at the foot", WHAT),
        _flag("--no-fold-line", "no dashed fold line", WHAT),
        _flag("--cut-marks", "cut marks between cards (layouts with two cards per sheet)", WHAT),
        argument(
            "--name-size",
            choices=("uniform", "each"),
            default="uniform",
            group=WHAT,
            help="uniform: one name size for the whole set, the few longest names wrapped "
            "onto more lines (default); each: every name as large as its card allows",
        ),
    ),
    from_args=_from_args,
    tell=_tell,
)
