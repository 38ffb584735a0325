"""How people and their affiliations are written out, the same way in every view and export."""

from __future__ import annotations

from typing import Protocol

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import PersonRecord


class NamedPerson(Protocol):
    """What writing a name needs: a whole PersonRecord, or a directory row's summary."""

    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def honorific(self) -> str: ...
    @property
    def name_order(self) -> NameOrder: ...


def full_name(person: NamedPerson, *, honorific: bool = False) -> str:
    """The Latin-script name in the person's own order: "Yong-Chool Ha" or "Kozuki Toyohisa"."""
    parts = [person.given_name.strip(), person.family_name.strip()]
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts.reverse()
    name = " ".join(p for p in parts if p)
    if honorific and person.honorific.strip():
        return f"{person.honorific.strip()} {name}".strip()
    return name


def sort_key(person: PersonRecord) -> tuple[str, str]:
    return (person.family_name.casefold(), person.given_name.casefold())


def affiliation_text(person: PersonRecord, *, positions: bool = False) -> str:
    """Joined as the seed pages write them: "Kyushu University / Hokkaido University"."""
    parts = []
    for a in person.affiliations:
        org = a.organisation.name
        parts.append(f"{a.position}, {org}" if positions and a.position else org)
    return " / ".join(parts)


def name_with_affiliation(person: PersonRecord) -> str:
    """ "Edward Boyle (Kyushu University)", the form both seed pages use."""
    aff = affiliation_text(person)
    name = full_name(person, honorific=True)
    return f"{name} ({aff})" if aff else name
