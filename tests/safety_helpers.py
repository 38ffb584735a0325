"""Small builders shared by the data-safety tests."""

import hashlib
import os
import stat
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


def record_sync_steps(monkeypatch) -> list[str]:
    """Record, in order, each fsync of a file or a folder and each rename (os.replace, or the
    os.link a backup is put in place with), still doing them: the steps of a durable write."""
    steps: list[str] = []
    real_fsync, real_replace, real_link = os.fsync, os.replace, os.link

    def fsync(fd):
        steps.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(source, target):
        real_replace(source, target)
        steps.append("rename")

    def link(source, target):
        real_link(source, target)
        steps.append("rename")

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", link)
    return steps
