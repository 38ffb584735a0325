"""Who gets a tent name card, in what order, and what each card says. No drawing here.

The PDF layer (``roundtable.pdf.namecards``) lays these texts out; the CLI and the print dialog
both build a :class:`CardSelection` and :class:`CardOptions` and call :func:`cards_for`, so a
card reads the same whichever way it was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole, _Labelled
from roundtable.domain.names import full_name, sort_key
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.errors import UserError
from roundtable.wording import QT_TR_NOOP, tr

# The sheets cards print on (keys of roundtable.pdf.namecards.LAYOUTS, which draws them); here
# so the CLI and the print dialog can offer them without loading reportlab.
# Marked for translation (read at import): shown through tr().
LAYOUT_LABELS = {
    "a4": QT_TR_NOOP("A4 landscape, one card per sheet"),
    "letter": QT_TR_NOOP("US Letter landscape, one card per sheet"),
    "avery5305": QT_TR_NOOP("Avery 5305 (2½″ × 8½″), two per Letter sheet"),
    "a4-two": QT_TR_NOOP("A4, two cards per sheet"),
}
TWO_PER_SHEET = frozenset({"avery5305", "a4-two"})  # the layouts where cut marks mean something

ORDERS = {
    "precedence": QT_TR_NOOP("Order of precedence"),
    "name": QT_TR_NOOP("Family name"),
    "seat": QT_TR_NOOP("By seat"),  # round the table from the head seat, in a plan's numbering
    "given": QT_TR_NOOP("As picked"),  # only with a hand-picked list: the order the user gave
}

NO_PLAN = QT_TR_NOOP("this event has no seating plan yet: make one on the Seating tab")

# Someone who declined will not be at the table; a card for them is waste unless asked for.
DEFAULT_ATTENDANCE = frozenset(a for a in Attendance if a is not Attendance.DECLINED)

_E = TypeVar("_E", bound=_Labelled)  # an enum the CLI names by value or label


@dataclass(frozen=True)
class CardSelection:
    """Which participants get a card. Empty role/delegation sets mean "any".

    ``participation_ids`` (a hand-picked list) overrides the filters: the user chose exactly
    those people. ``order`` is a key of :data:`ORDERS`; ``plan_name`` names the seating plan the
    "seat" order follows (None: the event's first plan) and is ignored by the other orders.
    """

    roles: frozenset[ParticipantRole] = frozenset()
    delegations: frozenset[str] = frozenset()
    attendance: frozenset[Attendance] = DEFAULT_ATTENDANCE
    participation_ids: tuple[int, ...] | None = None
    order: str = "precedence"
    plan_name: str | None = None


@dataclass(frozen=True)
class CardOptions:
    """What each half of a card shows. The name itself (with the own-script name under it
    when there is one) is always there."""

    honorific: bool = True
    family_caps: bool = False  # "Andrey KORTUNOV": tells the family name apart across cultures
    native_name: bool = True
    affiliation: bool = True
    position: bool = False
    delegation: bool = False  # the delegation, or the person's country without one
    event_title: bool = True
    fold_line: bool = True
    cut_marks: bool = False
    # One name size for the whole set (the longest name that fits at a readable size sets
    # it; longer names wrap rather than shrink); off: each card's name as large as it fits.
    uniform_size: bool = True


@dataclass(frozen=True)
class CardText:
    """One card's lines, as printed on each half."""

    name: str
    native_name: str = ""
    affiliation: str = ""
    delegation: str = ""
    foot: str = ""
    lang: str | None = field(default=None, compare=False)  # language hint for Han glyphs
    participation_id: int | None = field(default=None, compare=False)


def card_name(person: PersonRecord, *, honorific: bool = True, family_caps: bool = False) -> str:
    """The name in the person's own order, family name in capitals when asked:
    "Ambassador Toyohisa KOZUKI" is wrong for a family-first name, so it is "KOZUKI Toyohisa".
    Without capitals it is the card's rule in ``domain.naming``."""
    if not family_caps:
        return printed_name(person, Output.CARD, honorific=honorific)
    given, family = person.given_name.strip(), person.family_name.strip().upper()
    parts = [given, family]
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts.reverse()
    name = " ".join(p for p in parts if p)
    if honorific and person.honorific.strip():
        name = f"{person.honorific.strip()} {name}".strip()  # a card's text, not a message
    return name


def seating_plan(event: EventRecord, name: str | None = None) -> SeatingPlanRecord:
    """The plan called ``name`` (any case, as the store keeps names unique that way), or the
    event's first plan when ``name`` is None.

    Shared by name cards in seat order, the seating chart and the command line, so all three
    refuse a missing plan in the same words: UserError when the event has no plan, or has none
    of that name (the message lists the names there are).
    """
    if not event.seating_plans:
        raise UserError(tr(NO_PLAN))
    if name is None:
        return event.seating_plans[0]
    key = name.strip().casefold()
    for plan in event.seating_plans:
        if plan.name.strip().casefold() == key:
            return plan
    names = ", ".join(repr(plan.name) for plan in event.seating_plans)  # names may hold commas
    raise UserError(
        tr("no seating plan {plan} in this event (plans: {plans})").format(
            plan=repr(name), plans=names
        )
    )


def seat_order(plan: SeatingPlanRecord) -> list[int]:
    """Seat numbers from the head seat round the table in the plan's numbering: with the head
    at seat 4 of 10, 4, 5, …, 10, 1, 2, 3. The numbering walks so that each next seat is on the
    right of the one before, so the cards come out in the order people sit."""
    count = plan.seat_count
    head = plan.head_seat if 1 <= plan.head_seat <= count else 1
    return [(head - 1 + step) % count + 1 for step in range(count)]


def _by_seat(
    chosen: list[ParticipationRecord], plan: SeatingPlanRecord
) -> list[ParticipationRecord]:
    """``chosen`` as they sit in ``plan`` from the head; whoever has no seat follows by
    precedence (they still get a card: a late guest needs one)."""
    by_id = {p.id: p for p in chosen}
    occupants = plan.occupants()
    seated: list[ParticipationRecord] = []
    for number in seat_order(plan):
        pid = occupants.get(number)
        if pid is not None and pid in by_id:
            seated.append(by_id.pop(pid))
    return seated + sorted(by_id.values(), key=lambda p: p.precedence)


def select(event: EventRecord, selection: CardSelection) -> list[ParticipationRecord]:
    """The participants who get a card, in the selection's order.

    Raises UserError for an unknown order, a hand-picked id that is not in the event (the
    list was made for another event, or someone was removed meanwhile), or the seat order
    without the seating plan it needs.
    """
    if selection.order not in ORDERS:
        raise UserError(
            tr("unknown order {order}; use {orders}").format(
                order=repr(selection.order), orders=" or ".join(ORDERS)
            )
        )
    plan = seating_plan(event, selection.plan_name) if selection.order == "seat" else None
    if selection.participation_ids is not None:
        by_id = {p.id: p for p in event.participants}
        missing = [i for i in selection.participation_ids if i not in by_id]
        if missing:
            raise UserError(
                tr("%n of the chosen participants are no longer in this event", "", len(missing))
            )
        chosen = [by_id[i] for i in dict.fromkeys(selection.participation_ids)]
    else:
        chosen = [
            p
            for p in event.participants
            if (not selection.roles or p.role in selection.roles)
            and (not selection.delegations or p.delegation in selection.delegations)
            and p.attendance in selection.attendance
        ]
    if selection.order == "given":
        if selection.participation_ids is None:
            raise UserError(tr("the order 'as picked' needs a hand-picked list of participants"))
        return chosen
    if selection.order == "name":
        return sorted(chosen, key=lambda p: (*sort_key(p.person), p.precedence))
    if plan is not None:
        return _by_seat(chosen, plan)
    return sorted(chosen, key=lambda p: p.precedence)


def _delegation_line(participation: ParticipationRecord) -> str:
    if participation.delegation:
        return participation.delegation
    return participation.person.country.strip()


def _affiliation_line(person: PersonRecord, position: bool) -> str:
    """The card's affiliation (``domain.naming``), with that affiliation's position first
    when asked: "Director, Russian International Affairs Council"."""
    organisation = printed_affiliation(person, Output.CARD)
    if position and organisation and person.affiliations[0].position.strip():
        return f"{person.affiliations[0].position.strip()}, {organisation}"
    return organisation


def card_text(
    event: EventRecord,
    participation: ParticipationRecord,
    options: CardOptions,
    lang: str | None = None,
) -> CardText:
    person = participation.person
    # "Name on card" ("Amb. Kozuki", a short form of a long name) is printed as typed.
    name = " ".join(participation.card_name.split()) or card_name(
        person, honorific=options.honorific, family_caps=options.family_caps
    )
    native = person.native_name.strip() if options.native_name else ""
    if native and native.casefold() == full_name(person).casefold():
        native = ""  # the same name twice says nothing
    foot = ""
    if options.event_title:
        foot = event.short_title.strip() or event.title.strip()
    return CardText(
        name=name,
        native_name=native,
        affiliation=_affiliation_line(person, options.position) if options.affiliation else "",
        delegation=_delegation_line(participation) if options.delegation else "",
        foot=foot,
        lang=lang,
        participation_id=participation.id,
    )


def cards_for(
    event: EventRecord,
    selection: CardSelection,
    options: CardOptions,
    lang_of: Callable[[PersonRecord], str | None] | None = None,
) -> list[CardText]:
    """Every card to print, in order. ``lang_of(person)`` gives the Han-glyph language hint."""
    return [
        card_text(event, p, options, lang_of(p.person) if lang_of else None)
        for p in select(event, selection)
    ]


def delegations_of(event: EventRecord) -> list[str]:
    """The delegation names used in the event, in the order the event lists them."""
    names = [d.name for d in event.delegations]
    extra = [p.delegation for p in event.participants if p.delegation not in names]
    return names + [d for d in dict.fromkeys(extra) if d]


def parse_values(kind: type[_E], values: Iterable[str], what: str) -> frozenset[_E]:
    """CLI values (labels or values, any case) as enum members; UserError names the bad one."""
    parsed: set[_E] = set()
    for value in values:
        try:
            parsed.add(kind.parse(value))
        except ValueError as exc:
            raise UserError(tr("{what}: {problem}").format(what=what, problem=exc)) from None
    return frozenset(parsed)


def people_by_reference(event: EventRecord, references: Iterable[str]) -> tuple[int, ...]:
    """Participation ids for people named on the command line, by person uid or by name (as
    printed, with or without honorific, any case). UserError for none or several matches."""
    ids: list[int] = []
    for reference in references:
        key = " ".join(reference.split()).casefold()
        matches = [
            p
            for p in event.participants
            if p.id is not None
            and (
                (p.person.uid or "").casefold() == key
                or full_name(p.person).casefold() == key
                or full_name(p.person, honorific=True).casefold() == key
            )
        ]
        if not matches:
            raise UserError(
                tr("no participant {reference} in this event").format(reference=repr(reference))
            )
        if len(matches) > 1:
            raise UserError(
                tr("{reference} names {count} participants; use their uid").format(
                    reference=repr(reference), count=len(matches)
                )
            )
        ids.append(matches[0].id)  # type: ignore[arg-type]
    return tuple(ids)
