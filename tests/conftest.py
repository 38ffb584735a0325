"""Shared fixtures. Qt runs offscreen so the suite works with no display (CI has none)."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from roundtable.store.facade import Store  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def store(db_path: Path):
    opened = Store.open(str(db_path))
    yield opened
    opened.close()
