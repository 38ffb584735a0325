"""Edits of the people directory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roundtable.domain.edits.base import Change, Edit
from roundtable.domain.records import AffiliationRecord, PersonRecord

PERSON_FIELD_NAMES = (
    "honorific", "given_name", "family_name", "name_order", "native_name", "country",
    "email", "phone", "website", "bio", "notes",
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


@dataclass(frozen=True, kw_only=True)
class DeletePerson(Edit):
    person_id: int


@dataclass(frozen=True, kw_only=True)
class MergePeople(Edit):
    """Fold ``other`` into ``keep``: participations, log links and empty fields move over."""

    keep_id: int
    other_id: int
