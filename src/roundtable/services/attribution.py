"""Who said what, without saying who: the words non-attributed minutes use for a participant,
and the texts that still name one.

Under the Chatham House Rule "neither the identity nor the affiliation of the speaker(s), nor
that of any other participant, may be revealed". Non-attributed minutes therefore print each
participant as a description made from what the event knows of them, in this order:

1. the role that runs the meeting: "the moderator", "the chair", "the host";
2. the delegation they belong to, by its country: "a member of the Russian delegation" (a
   delegation without a country known here is "a member of a delegation": its name, often an
   organisation's, would reveal the affiliation);
3. else the kind of their first organisation, with their country (the person's, else the
   organisation's): "a US scholar" (university), "a Japanese official" (government), "a
   Russian analyst" (think tank)...; without either, "a Japanese participant" or "a
   participant".

The description depends only on the person's record and participation, so one person is the
same description everywhere in a document. Two people may share one ("a US scholar"): they
are NOT numbered apart, since "US scholar 2" across documents would let readers piece an
identity together, which the Rule forbids.

:func:`naming_texts` finds the minutes' paragraphs and the journal entries whose text still
names a participant (any of their names in any script, folded for case and accents, whole
words; the family name alone counts), so staff can rephrase them before the minutes go out.
Pure: no Qt, no reportlab.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from roundtable.domain.enums import LogCategory, NameOrder, OrganisationKind, ParticipantRole
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.wording import tr

# The journal's entries that make the record of the discussion in the minutes; timing and
# logistics entries say when, not what was said.
DISCUSSION = (LogCategory.NOTE, LogCategory.DECISION, LogCategory.ACTION_ITEM)
EXCERPT_CHARS = 90


def _adjectives() -> dict[str, str]:
    """A country as an adjective, in the current language; a country not here is described
    without one ("a scholar"): guessing "Japanese" from "Japan" is easy, "Dutch" is not."""
    return {
        "united states": tr("US", "country as an adjective"),
        "usa": tr("US", "country as an adjective"),
        "japan": tr("Japanese", "country as an adjective"),
        "russia": tr("Russian", "country as an adjective"),
        "russian federation": tr("Russian", "country as an adjective"),
        "china": tr("Chinese", "country as an adjective"),
        "south korea": tr("South Korean", "country as an adjective"),
        "republic of korea": tr("South Korean", "country as an adjective"),
        "korea": tr("Korean", "country as an adjective"),
        "united kingdom": tr("British", "country as an adjective"),
        "germany": tr("German", "country as an adjective"),
        "france": tr("French", "country as an adjective"),
        "canada": tr("Canadian", "country as an adjective"),
        "australia": tr("Australian", "country as an adjective"),
        "india": tr("Indian", "country as an adjective"),
        "ukraine": tr("Ukrainian", "country as an adjective"),
        "mongolia": tr("Mongolian", "country as an adjective"),
        "taiwan": tr("Taiwanese", "country as an adjective"),
    }


def country_adjective(country: str) -> str:
    return _adjectives().get(" ".join(country.strip().lower().split()), "")


def _with_country(kind: OrganisationKind | None, adjective: str) -> str:
    """ "a US scholar": the phrase whole per kind, so a translation can order and inflect it."""
    if adjective:
        texts = {
            OrganisationKind.UNIVERSITY: tr("a {country} scholar"),
            OrganisationKind.THINK_TANK: tr("a {country} analyst"),
            OrganisationKind.GOVERNMENT: tr("a {country} official"),
            OrganisationKind.INTERNATIONAL: tr("a {country} international official"),
            OrganisationKind.FOUNDATION: tr("a {country} foundation representative"),
            OrganisationKind.NGO: tr("a {country} NGO representative"),
            OrganisationKind.COMPANY: tr("a {country} business representative"),
            OrganisationKind.MEDIA: tr("a {country} journalist"),
        }
        plain = tr("a {country} participant")
        template = texts.get(kind, plain) if kind is not None else plain
        return _article(template.format(country=adjective))
    texts = {
        OrganisationKind.UNIVERSITY: tr("a scholar"),
        OrganisationKind.THINK_TANK: tr("an analyst"),
        OrganisationKind.GOVERNMENT: tr("an official"),
        OrganisationKind.INTERNATIONAL: tr("an international official"),
        OrganisationKind.FOUNDATION: tr("a foundation representative"),
        OrganisationKind.NGO: tr("an NGO representative"),
        OrganisationKind.COMPANY: tr("a business representative"),
        OrganisationKind.MEDIA: tr("a journalist"),
    }
    plain = tr("a participant")
    return texts.get(kind, plain) if kind is not None else plain


def _article(text: str) -> str:
    """English "a" before a vowel is "an" ("an Indian scholar"); "US" and "Ukrainian" start
    with a consonant's sound. Other languages have no such article and are left alone."""
    if text.startswith("a ") and text[2:3] in ("A", "E", "I", "O"):
        return "an " + text[2:]
    return text


_LEADS = {
    ParticipantRole.MODERATOR: lambda: tr("the moderator"),
    ParticipantRole.CHAIR: lambda: tr("the chair"),
    ParticipantRole.HOST: lambda: tr("the host"),
}


def describe(participation: ParticipationRecord, event: EventRecord) -> str:
    """The words that stand for ``participation``'s person in non-attributed minutes."""
    lead = _LEADS.get(participation.role)
    if lead is not None:
        return lead()
    if participation.delegation.strip():
        delegation = next(
            (d for d in event.delegations if d.name == participation.delegation), None
        )
        country = delegation.country if delegation is not None else ""
        if not country and delegation is not None and delegation.organisation is not None:
            country = delegation.organisation.country
        adjective = country_adjective(country)
        if adjective:
            return tr("a member of the {country} delegation").format(country=adjective)
        return tr("a member of a delegation")
    person = participation.person
    organisation = person.affiliations[0].organisation if person.affiliations else None
    kind = organisation.kind if organisation is not None else None
    if kind is OrganisationKind.OTHER:
        kind = None
    country = person.country or (organisation.country if organisation is not None else "")
    return _with_country(kind, country_adjective(country))


class Descriptions:
    """Every participant's description in one event, by person id (what log entries name
    people by); made once per document so it stays the same throughout."""

    def __init__(self, event: EventRecord) -> None:
        self.by_person: dict[int, str] = {
            p.person.id: describe(p, event) for p in event.participants if p.person.id is not None
        }

    def of(self, person_id: int) -> str:
        """A person no longer in the event is "a participant": never their stored name."""
        return self.by_person.get(person_id) or tr("a participant")


# -- names in text -----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case and accents away ("Ōno" and "ono", "Кортунов" and "КОРТУНОВ" are one), and the
    compatibility forms (full-width Latin) to plain ones, so a name matches however typed."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).casefold()


def _spaced(text: str) -> bool:
    """Scripts that separate words by spaces; in Chinese, Japanese and Thai a name is found
    wherever it occurs, as they have no spaces around words."""
    return not any(
        unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"))
        for c in text
    )


def _cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(c, "") for c in text)


def _native_family(person: PersonRecord) -> str:
    """The family part of a spaced own-script name: "Кортунов" of "Андрей Кортунов"."""
    parts = person.native_name.split()
    if len(parts) < 2:
        return ""
    return parts[0] if person.name_order is NameOrder.FAMILY_FIRST else parts[-1]


def name_forms(person: PersonRecord) -> list[str]:
    """What counts as naming the person: the family name alone, the own-script name whole and
    its family part; folded, two characters at least (a single letter is no name)."""
    forms = [person.family_name, person.native_name, _native_family(person)]
    if not person.family_name.strip():
        forms.append(person.given_name)  # a one-name person is named by it
    folded = [" ".join(fold(form).split()) for form in forms]
    return list(dict.fromkeys(form for form in folded if len(form) >= 2))


def _pattern(form: str) -> str:
    body = r"\s+".join(re.escape(word) for word in form.split(" "))
    if not _spaced(form):
        return body
    # Russian declines names: "Кортунова", "Кортуновым" name Кортунов too.
    ending = r"[а-яё]{0,3}" if _cyrillic(form) else ""
    return rf"(?<!\w){body}{ending}(?!\w)"


class NameFinder:
    """The event's participants' names, compiled once; :meth:`named` says whose are in a text."""

    def __init__(self, people: Iterable[PersonRecord]) -> None:
        self.patterns: list[tuple[PersonRecord, re.Pattern[str]]] = []
        for person in people:
            forms = name_forms(person)
            if forms:
                self.patterns.append((person, re.compile("|".join(map(_pattern, forms)))))

    def named(self, text: str) -> list[PersonRecord]:
        folded = fold(text)
        return [person for person, pattern in self.patterns if pattern.search(folded)]


@dataclass(frozen=True)
class NamingText:
    """A text that names participants: a journal entry (``at`` set) or a paragraph of the
    minutes (``at`` None)."""

    at: datetime | None
    excerpt: str
    people: tuple[PersonRecord, ...]
    entry: LogEntryRecord | None = None


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def discussion(entries: Sequence[LogEntryRecord]) -> list[LogEntryRecord]:
    """The journal entries the minutes print as the record of the discussion, by time."""
    return sorted((e for e in entries if e.category in DISCUSSION), key=lambda e: e.at)


def naming_texts(event: EventRecord, entries: Sequence[LogEntryRecord]) -> list[NamingText]:
    """The minutes' paragraphs, then the discussion's entries, whose text names a participant:
    what non-attributed minutes would still give away."""
    finder = NameFinder(p.person for p in event.participants)
    found: list[NamingText] = []
    for paragraph in re.split(r"\n\s*\n", event.summary):
        people = finder.named(paragraph)
        if people:
            found.append(NamingText(None, excerpt(paragraph), tuple(people)))
    for entry in discussion(entries):
        people = finder.named(entry.text)
        if people:
            found.append(NamingText(entry.at, excerpt(entry.text), tuple(people), entry))
    return found
