"""A database path whose folder does not exist: the app asks before making anything, so a
mistyped ``--db`` leaves no folders, database or backup behind (issue 15, item 10)."""

from __future__ import annotations

import pytest

from roundtable.gui.shell import safety_dialogs
from roundtable.gui.shell.session import NotOpened, open_session


def _answer(monkeypatch, reply: bool) -> list[tuple]:
    asked: list[tuple] = []

    def fake(parent, path, folder) -> bool:
        asked.append((path, folder))
        return reply

    monkeypatch.setattr(safety_dialogs, "ask_create_folder", fake)
    return asked


def test_cancel_makes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "no" / "such" / "events.sqlite3"
    asked = _answer(monkeypatch, False)
    with pytest.raises(NotOpened):
        open_session(str(path))
    assert asked == [(path, path.parent)]
    assert list(tmp_path.iterdir()) == []


def test_yes_makes_the_folder_and_an_empty_database(tmp_path, monkeypatch):
    path = tmp_path / "new" / "events.sqlite3"
    asked = _answer(monkeypatch, True)
    session = open_session(str(path))
    try:
        assert asked == [(path, path.parent)]
        assert path.is_file()
        assert session.store.list_events() == []
    finally:
        session.close()


def test_an_existing_folder_is_not_asked_about(tmp_path, monkeypatch):
    asked = _answer(monkeypatch, False)
    session = open_session(str(tmp_path / "events.sqlite3"))
    session.close()
    assert asked == []


def test_the_question_names_the_folder_and_defaults_to_cancel(qtbot, tmp_path):
    path = tmp_path / "no" / "events.sqlite3"
    box = safety_dialogs.create_folder_box(None, path, path.parent)
    qtbot.addWidget(box)
    assert str(path.parent) in box.text()
    assert box.defaultButton() is box.button(box.StandardButton.Cancel)
