"""Edit ▸ Preferences: the user's name in QSettings, written by the store on entries and changes
from the start; asked once, skippably, before the first log entry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from roundtable.domain.log import LogEntryRecord
from roundtable.gui.common import preferences_dialog
from roundtable.gui.common.preferences_dialog import (
    ASKED_KEY,
    NAME_KEY,
    Preferences,
    PreferencesDialog,
    apply_author,
    ask_name_once,
    get_preferences,
    should_ask_name,
    user_name,
)
from roundtable.gui.shell.main_window import MainWindow
from roundtable.store.log import default_author


@pytest.fixture(autouse=True)
def login_name_only(monkeypatch):
    """Whatever account runs the tests, it has only a login name: the case the question is
    for (``test_preferences_author`` covers full names)."""
    monkeypatch.setattr(preferences_dialog, "full_name_known", lambda: False)


def answer_with(monkeypatch, code, name: str | None = None) -> list[PreferencesDialog]:
    """Make the dialog answer ``code`` at once, after typing ``name``; returns those shown."""
    shown: list[PreferencesDialog] = []

    def exec_(self):
        shown.append(self)
        if name is not None:
            self.name_edit.setText(name)
        return code

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    return shown


def test_the_dialog_shows_and_saves_the_name(qtbot, settings, monkeypatch):
    settings.setValue(NAME_KEY, "Jane")
    shown = answer_with(monkeypatch, QDialog.DialogCode.Accepted, "  Jane   Organiser ")
    value, accepted = get_preferences(None, settings)
    assert accepted and value == Preferences("Jane Organiser")
    assert shown[0].windowTitle() == "Preferences"
    assert user_name(settings) == "Jane Organiser"


def test_cancel_keeps_the_name(qtbot, settings, monkeypatch):
    settings.setValue(NAME_KEY, "Jane")
    answer_with(monkeypatch, QDialog.DialogCode.Rejected, "Someone else")
    assert get_preferences(None, settings) == (None, False)
    assert user_name(settings) == "Jane"


def test_the_label_says_what_the_name_is_for(qtbot):
    dialog = PreferencesDialog(None, Preferences("Jane"))
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "written on log entries and changes" in labels
    assert dialog.name_edit.text() == "Jane"


def test_apply_author_sets_the_name_and_leaves_the_login_name_otherwise(store, settings):
    store.author = "login"
    assert apply_author(store, settings) == "login"
    settings.setValue(NAME_KEY, "Jane Organiser")
    assert apply_author(store, settings) == "Jane Organiser" == store.author
    settings.remove(NAME_KEY)
    assert apply_author(store, settings) == "Jane Organiser"
    assert apply_author(store, settings, cleared=True) == default_author() == store.author


def test_the_name_is_asked_once_and_can_be_skipped(qtbot, settings, monkeypatch):
    shown = answer_with(monkeypatch, QDialog.DialogCode.Rejected)
    assert should_ask_name(settings)
    assert ask_name_once(None, settings) == ""
    assert shown[0].windowTitle() == "Your name"
    assert not should_ask_name(settings) and ask_name_once(None, settings) == ""
    assert len(shown) == 1, "skipped once, never asked again"


def test_the_name_given_the_first_time_is_kept(qtbot, settings, monkeypatch):
    answer_with(monkeypatch, QDialog.DialogCode.Accepted, "Sam Ro")
    assert ask_name_once(None, settings) == "Sam Ro" == user_name(settings)
    assert not should_ask_name(settings)


def test_asked_is_read_from_a_settings_file_string(settings):
    settings.setValue(ASKED_KEY, "true")
    assert not should_ask_name(settings)


def test_the_window_sets_the_author_at_start(qtbot, store, settings):
    settings.setValue(NAME_KEY, "Jane Organiser")
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    assert store.author == "Jane Organiser"


@pytest.fixture
def event_id(store) -> int:
    from gui_samples import trilateral

    return store.save_event(trilateral(2)).id


def test_edit_preferences_changes_who_writes_entries(window, store, settings, event_id,
                                                     monkeypatch):  # fmt: skip
    assert window.preferences_action.menu() is None
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit_menu.actions()
    answer_with(monkeypatch, QDialog.DialogCode.Accepted, "Kim Lee")
    window.preferences_action.trigger()
    assert store.author == "Kim Lee"
    entry = store.add_log_entry(event_id, LogEntryRecord(at=store.now(), text="By Kim"))
    assert entry.author == "Kim Lee"
    assert "Kim Lee" in window.statusBar().currentMessage()
    answer_with(monkeypatch, QDialog.DialogCode.Accepted, "")
    window.edit_preferences()
    assert store.author == default_author()


def test_a_cancelled_preferences_dialog_changes_nothing(window, store, monkeypatch):
    store.author = "before"
    monkeypatch.setattr(preferences_dialog, "get_preferences", lambda *_a: (None, False))
    window.edit_preferences()
    assert store.author == "before"
