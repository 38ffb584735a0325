"""How a person is named in each kind of output: one rule per output, written down here.

Before this, the agenda and the seating chart dropped "Ambassador" and "Dr." while the name
cards, the bios and the seat list kept them, and the calendar gave an affiliation without the
position. Every exporter now asks this module, so one person reads the same in every document
of one kind, and a change of rule is made once.

The rules (``RULES``):

=============  =========  ==========  ===========================================
output         honorific  patronymic  affiliation after the name
=============  =========  ==========  ===========================================
name card      yes (1)    no          the first organisation, its own line (2)
agenda         yes        as Russian  position, organisation ("Director General,
                                      Russian International Affairs Council")
seating chart  yes        no          none (the seat list beside it has them)
seat list      yes        as Russian  position, organisation
bios           yes        as Russian  position, organisation, each on its own line
log            no         no          none: a working record, names kept short
calendar       yes        no          position, organisation
sign-in sheet  no         as Russian  organisations ("Kyushu Univ. / Hokkaido Univ.")
brief          yes        as Russian  position, organisation (the moderator reads it out)
=============  =========  ==========  ===========================================

(1) the card's own option ``--no-honorific`` can turn it off for a whole set, and a card's
"name on card" ("Amb. Kozuki") replaces the name altogether.
(2) with the card's position option, that affiliation's position before it.

Where an output gives an affiliation, it gives the position with it wherever there is room:
"Ambassador Toyohisa Kozuki (Japanese Ambassador to Russia, Embassy of Japan in Russia)" in
the agenda and the calendar alike. The log alone leaves honorifics out: its lines ("People:
…", the speakers' turns) are a working record, and its CSV and Markdown say the same.

"As Russian" is ``names.formal_name``: the patronymic with a Cyrillic name, and in a
Russian-language document. A card or a chart has no room for it, and a calendar entry is
read in any language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from roundtable.domain.names import formal_name, full_name
from roundtable.domain.records import PersonRecord


class Output(Enum):
    CARD = "card"
    AGENDA = "agenda"
    CHART = "chart"
    SEAT_LIST = "seat_list"
    BIOS = "bios"
    LOG = "log"
    CALENDAR = "calendar"
    SIGN_IN = "sign_in"
    BRIEF = "brief"
    FLYER = "flyer"


@dataclass(frozen=True)
class Rule:
    honorific: bool
    patronymic: bool
    affiliation: str  # "none", "organisations" (all, " / "), "first" or "position"


RULES: dict[Output, Rule] = {
    Output.CARD: Rule(honorific=True, patronymic=False, affiliation="first"),
    Output.AGENDA: Rule(honorific=True, patronymic=True, affiliation="position"),
    Output.CHART: Rule(honorific=True, patronymic=False, affiliation="none"),
    Output.SEAT_LIST: Rule(honorific=True, patronymic=True, affiliation="position"),
    Output.BIOS: Rule(honorific=True, patronymic=True, affiliation="position"),
    Output.LOG: Rule(honorific=False, patronymic=False, affiliation="none"),
    Output.CALENDAR: Rule(honorific=True, patronymic=False, affiliation="position"),
    Output.SIGN_IN: Rule(honorific=False, patronymic=True, affiliation="organisations"),
    Output.BRIEF: Rule(honorific=True, patronymic=True, affiliation="position"),
    # A poster names people as an audience knows them: no patronymic, title and organisation.
    Output.FLYER: Rule(honorific=True, patronymic=False, affiliation="position"),
}


def printed_name(person: PersonRecord, output: Output, *, honorific: bool | None = None) -> str:
    """The person's name as ``output`` prints it; ``honorific`` overrides the rule (a card
    set printed without honorifics). Falls back to the own-script name, never to ""
    when the person has any name at all."""
    rule = RULES[output]
    with_honorific = rule.honorific if honorific is None else honorific
    if rule.patronymic:
        name = formal_name(person, honorific=with_honorific)
    else:
        name = full_name(person, honorific=with_honorific)
    return name.strip() or person.native_name.strip()


def printed_affiliation(person: PersonRecord, output: Output) -> str:
    """What ``output`` prints of the person's affiliations: "" for none."""
    kind = RULES[output].affiliation
    if kind == "none" or not person.affiliations:
        return ""
    if kind == "first":
        return person.affiliations[0].organisation.name
    if kind == "organisations":
        return " / ".join(a.organisation.name for a in person.affiliations)
    parts = []
    for a in person.affiliations:
        org = a.organisation.name
        parts.append(f"{a.position}, {org}" if a.position else org)
    return " / ".join(parts)


def name_with_affiliation(person: PersonRecord, output: Output) -> str:
    """ "Ambassador Toyohisa Kozuki (Japanese Ambassador to Russia, Embassy of Japan in Russia)"
    for outputs that put the affiliation in brackets after the name on one line."""
    name = printed_name(person, output)
    affiliation = printed_affiliation(person, output)
    return f"{name} ({affiliation})" if affiliation else name
