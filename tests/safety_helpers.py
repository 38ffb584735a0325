"""Small builders shared by the data-safety tests."""

import hashlib
from datetime import date
from pathlib import Path

from roundtable.domain.records import (
    AttachmentRecord,
    EventRecord,
    ParticipationRecord,
    PersonRecord,
)


def event(title: str, *, attachment: bytes | None = None) -> EventRecord:
    record = EventRecord(
        title=title,
        start_date=date(2026, 5, 4),
        end_date=date(2026, 5, 4),
        participants=[ParticipationRecord(PersonRecord(given_name="Ann", family_name=title))],
    )
    if attachment is not None:
        record.attachments = [AttachmentRecord("flyer.pdf", data=attachment)]
    return record


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
