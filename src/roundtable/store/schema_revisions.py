"""The schema revisions this app knows, oldest first, in a module of their own: the first paint
(``early_read.py``) compares a file's revision with ``HEAD`` before SQLAlchemy or Alembic is
even imported. tests/test_migrations.py checks the list against the Alembic scripts."""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_person_photo",
    "0003_agenda",
    "0004_seating",
    "0005_event_log",
    "0006_revisions",
    "0007_patronymic",
    "0008_card_name_photo_crop",
    "0009_readiness_brief",
    "0010_flyer",
)
HEAD = KNOWN_REVISIONS[-1]
