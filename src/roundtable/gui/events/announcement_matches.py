"""Who in the directory a person named in an announcement may be, found as the participant
import finds them: an exact name key first (case, accents and order ignored), then names alike
across spellings (``services/name_likeness``). An offer to the user, never a merge: the review
dialog lists them beside "New person".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roundtable.domain.name_match import name_key
from roundtable.domain.records import PersonSummary
from roundtable.services.name_likeness import LikenessIndex
from roundtable.services.participant_import import split_full_name, summary_name


@dataclass(frozen=True)
class Candidate:
    """A directory entry offered for a proposed person; ``exact`` when the names are one key."""

    person_id: int
    label: str
    exact: bool


def _label(person: PersonSummary) -> str:
    name = summary_name(person)
    return f"{name} — {person.affiliations}" if person.affiliations else name


class DirectoryMatcher:
    """The directory read once, to look up every person of a draft in it."""

    def __init__(self, people: Sequence[PersonSummary]) -> None:
        self._people = people
        self._by_key: dict[tuple[str, ...], list[PersonSummary]] = {}
        for person in people:
            for key in (name_key(person.given_name, person.family_name),
                        name_key(person.native_name, "")):  # fmt: skip
                if key:
                    self._by_key.setdefault(key, []).append(person)
        self._likeness: LikenessIndex | None = None  # built when a name needs it

    def candidates(self, name: str) -> list[Candidate]:
        """Exact matches, then people whose names are alike, the likeliest first."""
        parts = split_full_name(name)
        keys = {name_key(parts.given, parts.family), name_key(parts.native, "")} - {()}
        exact = {p.id: p for key in keys for p in self._by_key.get(key, [])}
        found = [Candidate(p.id, _label(p), True) for p in exact.values()]
        if self._likeness is None:
            self._likeness = LikenessIndex(self._people)
        alike = self._likeness.find(parts.given, parts.family, parts.native, exclude=list(exact))
        found += [Candidate(m.person.id, _label(m.person), False) for m in alike]
        return found
