"""Edits of the people directory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.records import AffiliationRecord, PersonRecord

PERSON_FIELD_NAMES = (
    "honorific", "given_name", "family_name", "patronymic", "name_order", "native_name",
    "country", "email", "phone", "website", "bio", "notes", "photo_crop",
    "pronunciation",
)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class AddPerson(Edit):
    person: PersonRecord  # with affiliations, and photo if any


@dataclass(frozen=True, kw_only=True)
class EditPerson(Edit):
    """Only what the editor changed: fields, the affiliations as a whole, the photo."""

    person_id: int
    changes: Mapping[str, Change] = field(default_factory=dict)
    affiliations: tuple[tuple[AffiliationRecord, ...], tuple[AffiliationRecord, ...]] | None = None
    photo: tuple[bytes, str] | None = None  # new photo and its MIME type; b"" removes it
    had_photo: bool = False  # whether the editor saw a photo (the photo's precondition)

    @classmethod
    def between(
        cls, before: PersonRecord, after: PersonRecord, text: str = ""
    ) -> EditPerson | None:
        """What changed from ``before`` (as read) to ``after``: fields, the affiliations as a
        whole, the photo (``after.photo`` None leaves it, b"" removes it); None if nothing."""
        if before.id is None or after.id != before.id:
            raise ValueError("an edit needs the same, saved person before and after")
        changes = {f: (getattr(before, f), getattr(after, f)) for f in PERSON_FIELD_NAMES
                   if getattr(before, f) != getattr(after, f)}  # fmt: skip
        affiliations = None
        if _affiliation_key(before) != _affiliation_key(after):
            affiliations = (tuple(before.affiliations), tuple(after.affiliations))
        photo = None
        if after.photo is not None and (after.photo or before.has_photo):
            photo = (after.photo, after.photo_mime)
        if not changes and affiliations is None and photo is None:
            return None
        return cls(person_id=before.id, changes=changes, affiliations=affiliations, photo=photo,
                   had_photo=before.has_photo, text=text)  # fmt: skip


def _affiliation_key(person: PersonRecord) -> list:
    return [(a.organisation.id, a.organisation.name, a.position) for a in person.affiliations]


@dataclass(frozen=True, kw_only=True)
class DeletePerson(Edit):
    person_id: int


@dataclass(frozen=True, kw_only=True)
class MergePeople(Edit):
    """Fold ``other`` into ``keep``: participations, log links and empty fields move over."""

    keep_id: int
    other_id: int
