"""Announcement to event: read a page of text (or a file) into a draft event to review."""

from roundtable.services.announcement.model import (
    FIELD_KEYS,
    Draft,
    DraftDay,
    DraftPerson,
    Found,
    draft_as_json,
)
from roundtable.services.announcement.parse import parse_announcement
from roundtable.services.announcement.read import read_announcement_file
from roundtable.services.announcement.save import (
    draft_edit,
    draft_to_event,
    match_people,
    save_draft,
)

__all__ = [
    "FIELD_KEYS",
    "Draft",
    "DraftDay",
    "DraftPerson",
    "Found",
    "draft_as_json",
    "draft_edit",
    "draft_to_event",
    "match_people",
    "parse_announcement",
    "read_announcement_file",
    "save_draft",
]
