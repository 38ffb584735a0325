"""How people and their affiliations are written out, the same way in every view and export.

The patronymic (Отчество) follows Russian practice:

* With a name in Cyrillic it is always written: "Андрей Вадимович Кортунов" (given, patronymic,
  family), or "Кортунов Андрей Вадимович" for a family-first name, the order of Russian lists
  and official documents.
* A Latin-script name drops it, as Russians abroad do on cards and in programmes ("Andrey
  Kortunov"), except in a Russian-language document, where "Andrey Vadimovich Kortunov" is
  what a Russian reader expects.
* A patronymic in another script than the name ("Andrey" + "Вадимович") is never glued to it.

``full_name`` stays the short Latin form every table, badge and seating card uses;
``formal_name`` is the one for running text (the bios booklet), and ``name_forms`` gives every
form a person may be looked up by.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import PersonRecord
from roundtable.wording import language as current_language


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


class FormallyNamedPerson(NamedPerson, Protocol):
    """A name with its patronymic: a PersonRecord, or a directory row's summary."""

    @property
    def patronymic(self) -> str: ...


def _scripts(text: str) -> frozenset[str]:
    """The scripts of the letters in ``text`` by their Unicode names' first word: "LATIN",
    "CYRILLIC", "CJK", "HIRAGANA"..."""
    return frozenset(unicodedata.name(c, "?").split(" ", 1)[0] for c in text if c.isalpha())


def shows_patronymic(person: FormallyNamedPerson, language: str | None = None) -> bool:
    """Whether the formal name includes the patronymic (see the module's rules). ``language``
    is the document's; by default the one texts are being written in (``wording.language``)."""
    patronymic, given = person.patronymic.strip(), person.given_name.strip()
    if not (patronymic and given):
        return False  # a patronymic means nothing without the given name it goes with
    script = _scripts(patronymic)
    if script != _scripts(f"{given}{person.family_name.strip()}"):
        return False
    if script == {"CYRILLIC"}:
        return True
    return (language or current_language()) == "ru"


def formal_name(
    person: FormallyNamedPerson, *, honorific: bool = False, language: str | None = None
) -> str:
    """The name with its patronymic where Russian practice writes one ("Андрей Вадимович
    Кортунов"; "Andrey Vadimovich Kortunov" in a Russian document), else ``full_name``."""
    if not shows_patronymic(person, language):
        return full_name(person, honorific=honorific)
    given, family = person.given_name.strip(), person.family_name.strip()
    patronymic = person.patronymic.strip()
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts = [family, given, patronymic]
    else:
        parts = [given, patronymic, family]
    name = " ".join(p for p in parts if p)
    if honorific and person.honorific.strip():
        return f"{person.honorific.strip()} {name}"
    return name


def name_forms(person: FormallyNamedPerson) -> tuple[str, ...]:
    """Every way the person's name may be written, to find them by: the short form, and with
    a patronymic both Russian orders ("Андрей Вадимович Кортунов", "Кортунов Андрей
    Вадимович"), in any language. Without duplicates, short form first."""
    forms = [full_name(person)]
    given, family = person.given_name.strip(), person.family_name.strip()
    patronymic = person.patronymic.strip()
    if patronymic and given:
        forms.append(" ".join(p for p in (given, patronymic, family) if p))
        forms.append(" ".join(p for p in (family, given, patronymic) if p))
    return tuple(dict.fromkeys(f for f in forms if f))


def sort_key(person: PersonRecord) -> tuple[str, str, str]:
    """Family name, given name, then patronymic: the order of a Russian alphabetical list,
    which keeps two Ivanovs with one given name apart."""
    return (
        person.family_name.casefold(),
        person.given_name.casefold(),
        person.patronymic.casefold(),
    )


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
