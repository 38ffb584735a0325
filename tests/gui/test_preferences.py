"""Edit ▸ Preferences: the user's name in QSettings, written by the store on entries and changes
from the start; asked once, skippably, before the first log entry. And the interface's
language: the system's ("", the default) or one chosen, applied at the next start."""

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
    load_preferences,
    save_preferences,
    should_ask_name,
    user_name,
)
from roundtable.gui.common.translations import (
    LANGUAGE_KEY,
    chosen_language,
    interface_language,
    system_language,
)
from roundtable.gui.shell.main_window import MainWindow
from roundtable.store.log import default_author
from roundtable.wording import LANGUAGES


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


# -- the interface's language ------------------------------------------------------------------


def choose_language(monkeypatch, code: str) -> list[PreferencesDialog]:
    """Make the dialog pick the language ``code`` ("" for System) and press OK."""
    shown: list[PreferencesDialog] = []

    def exec_(self):
        shown.append(self)
        assert self.language_combo is not None
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    return shown


def test_the_language_choice_lists_the_system_first_then_each_language_in_itself(qtbot):
    dialog = PreferencesDialog(None, Preferences("Jane"))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo is not None
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    system_name = LANGUAGES[system_language()]
    assert items == [(f"System ({system_name})", ""), ("English", "en"), ("日本語", "ja"),
                     ("Русский", "ru")]  # fmt: skip
    assert combo.currentData() == "", "the system's language by default"
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "when Roundtable next starts" in labels


def test_the_language_chosen_is_saved_and_loaded(qtbot, settings, monkeypatch):
    choose_language(monkeypatch, "ru")
    value, accepted = get_preferences(None, settings)
    assert accepted and value is not None and value.language == "ru"
    assert settings.value(LANGUAGE_KEY) == "ru"
    assert load_preferences(settings).language == "ru" == interface_language(settings)
    shown = choose_language(monkeypatch, "ja")
    get_preferences(None, settings)
    assert shown[0].language_combo.itemData(shown[0].language_combo.currentIndex()) == "ja"
    assert chosen_language(settings) == "ja"


def test_system_is_stored_as_an_empty_choice(qtbot, settings, monkeypatch):
    save_preferences(settings, Preferences("Jane", "ja"))
    shown = choose_language(monkeypatch, "")
    value, accepted = get_preferences(None, settings)
    assert shown[0].language_combo.currentText().startswith("System (")
    assert accepted and value is not None and value.language == ""
    assert settings.contains(LANGUAGE_KEY) and settings.value(LANGUAGE_KEY) == ""
    assert chosen_language(settings) == "" and load_preferences(settings).language == ""
    assert interface_language(settings) == system_language()


def test_an_unknown_language_stored_is_read_as_the_system(settings):
    settings.setValue(LANGUAGE_KEY, "de")
    assert load_preferences(settings).language == ""
    save_preferences(settings, Preferences("Jane", "xx"))
    assert settings.value(LANGUAGE_KEY) == ""


def test_the_first_start_asks_only_the_name_and_keeps_the_language(qtbot, settings, monkeypatch):
    save_preferences(settings, Preferences("", "ru"))
    settings.remove(ASKED_KEY)
    shown = answer_with(monkeypatch, QDialog.DialogCode.Accepted, "Sam Ro")
    assert ask_name_once(None, settings) == "Sam Ro"
    assert shown[0].language_combo is None
    assert chosen_language(settings) == "ru"


def test_a_new_language_is_said_to_apply_at_the_next_start(window, settings, dialogs,
                                                           monkeypatch):  # fmt: skip
    choose_language(monkeypatch, "ja")
    window.edit_preferences()
    [news] = dialogs.texts("information")
    assert "日本語" in news and "the next time it starts" in news
    window.edit_preferences()  # the same language again: nothing to say
    assert len(dialogs.texts("information")) == 1
    choose_language(monkeypatch, "")
    window.edit_preferences()
    assert "follow the system's language" in dialogs.texts("information")[-1]
    assert chosen_language(settings) == ""
