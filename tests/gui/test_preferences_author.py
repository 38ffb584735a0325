"""The author's name from the first minute: the account's full name (GECOS on POSIX, the display
name on Windows) before the login name, $ROUNDTABLE_AUTHOR before both; a one-time status-bar
note at the first start, and the name asked at the first start when only the login name is known
(not at the first log entry, after dozens of changes were recorded under it)."""

from __future__ import annotations

import ctypes
import getpass
import os
import pwd
from types import SimpleNamespace

import pytest
from gui_samples import trilateral
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from roundtable.gui.common import preferences_dialog
from roundtable.gui.common.preferences_dialog import (
    ASKED_KEY,
    NAME_KEY,
    NOTED_KEY,
    Preferences,
    PreferencesDialog,
    first_start_note,
    full_name_known,
    should_ask_name,
)
from roundtable.gui.log.log_view import ask_name_first
from roundtable.store.facade import Store
from roundtable.store.log import AUTHOR_ENV, default_author


@pytest.fixture
def account(monkeypatch):
    """The account the app runs as: login "jdoe", its GECOS field set by the test."""
    monkeypatch.delenv(AUTHOR_ENV, raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "jdoe")
    entry = SimpleNamespace(pw_name="jdoe", pw_gecos="", pw_uid=1000)

    def getpwuid(uid):
        if isinstance(entry.pw_gecos, Exception):
            raise entry.pw_gecos
        return entry

    monkeypatch.setattr(pwd, "getpwuid", getpwuid)
    return entry


@pytest.mark.parametrize(
    ("gecos", "expected"),
    [
        ("Jane Doe,Room 101,555-0100,,", "Jane Doe"),
        ("  Jane   Doe ", "Jane Doe"),
        ("& Smith,,,", "Jdoe Smith"),  # "&" is the login name, capitalised
        ("", "jdoe"),
        (",,,", "jdoe"),
        (KeyError("getpwuid(): uid not found: 1000"), "jdoe"),  # an account unknown to passwd
    ],
)
def test_the_full_name_comes_from_the_gecos_field(account, gecos, expected):
    account.pw_gecos = gecos
    assert default_author() == expected


def test_the_environment_comes_first_and_nothing_is_said_without_any_name(account, monkeypatch):
    account.pw_gecos = "Jane Doe"
    monkeypatch.setenv(AUTHOR_ENV, "  Rapporteur ")
    assert default_author() == "Rapporteur"
    monkeypatch.delenv(AUTHOR_ENV)

    def no_login():
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_login)
    account.pw_gecos = ""
    assert default_author() == ""


class FakeSecur32:
    """GetUserNameExW as Windows answers it: the size asked for first, then the name."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.formats: list[int] = []

    def GetUserNameExW(self, name_format, buffer, size):  # noqa: N802 - the Windows name
        self.formats.append(name_format)
        if not self.name:
            return 0  # ERROR_NONE_MAPPED: a local account without a display name
        if buffer is None:
            size._obj.value = len(self.name) + 1
            return 0
        buffer.value = self.name
        return 1


@pytest.mark.parametrize(("display", "expected"), [("Jane Doe", "Jane Doe"), ("", "jdoe")])
def test_on_windows_the_display_name(account, monkeypatch, display, expected):
    secur32 = FakeSecur32(display)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(secur32=secur32), raising=False)
    with monkeypatch.context() as windows:
        windows.setattr(os, "name", "nt")
        found = default_author()
    assert found == expected and set(secur32.formats) == {3}  # NameDisplay


def test_on_windows_without_secur32_the_login_name_quietly(account, monkeypatch):
    monkeypatch.delattr(ctypes, "windll", raising=False)
    with monkeypatch.context() as windows:
        windows.setattr(os, "name", "nt")
        found = default_author()
    assert found == "jdoe"


def test_the_store_records_changes_under_the_full_name_from_the_start(account, tmp_path):
    account.pw_gecos = "Jane Doe,,,"
    store = Store.open(str(tmp_path / "fresh.sqlite3"))
    try:
        assert store.author == "Jane Doe"
    finally:
        store.close()


def test_the_first_start_says_once_which_name_changes_carry(account, settings, store):
    store.author = "Jane Doe"
    note = first_start_note(settings, store)
    assert note == "Changes are recorded as “Jane Doe”; change the name in Edit ▸ Preferences…"
    assert first_start_note(settings, store) is None
    settings.sync()
    assert str(settings.value(NOTED_KEY)).lower() == "true"


def test_the_first_start_note_without_a_name_or_with_one_set(account, settings, store, tmp_path):
    store.author = ""
    assert "without a name" in first_start_note(settings, store)
    chosen = QSettings(str(tmp_path / "chosen.ini"), QSettings.Format.IniFormat)
    chosen.setValue(NAME_KEY, "Kim Lee")
    assert first_start_note(chosen, store) is None  # they chose it: nothing to tell
    assert first_start_note(chosen, store) is None


def test_a_full_name_found_is_not_asked_for_again(account, settings):
    account.pw_gecos = "Jane Doe"
    assert full_name_known() and not should_ask_name(settings)
    account.pw_gecos = ""
    assert not full_name_known() and should_ask_name(settings)
    settings.setValue(ASKED_KEY, True)
    assert not should_ask_name(settings)


def test_the_first_entry_asks_only_when_the_login_name_is_all_there_is(
    account, window, store, settings, monkeypatch
):
    asked = []
    monkeypatch.setattr(preferences_dialog, "ask_name_once",
                        lambda *_args: asked.append(True) or "")  # fmt: skip
    store.save_event(trilateral(2))
    account.pw_gecos = "Jane Doe"
    ask_name_first(window, store, settings)
    assert asked == []
    account.pw_gecos = ""
    ask_name_first(window, store, settings)
    assert asked == [True]


def test_the_dialog_names_the_fallback(account, qtbot):
    account.pw_gecos = "Jane Doe"
    dialog = PreferencesDialog(None, Preferences())
    qtbot.addWidget(dialog)
    assert dialog.name_edit.placeholderText() == "Jane Doe"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Left empty, “Jane Doe” (your account's full name on this computer) is used" in texts
    account.pw_gecos = ""
    login_only = PreferencesDialog(None, Preferences())
    qtbot.addWidget(login_only)
    texts = " ".join(label.text() for label in login_only.findChildren(QLabel))
    assert "Left empty, your login name, “jdoe”, is used" in texts


def test_the_first_start_asks_the_name_before_anything_is_recorded(
    account, window, store, settings, monkeypatch
):
    """Only the login name known: the first start asks (once), and what is typed is the name
    the very first change carries, and the status bar says so."""

    def answer(parent, settings_):
        settings_.setValue(NAME_KEY, "Sam Staff")
        settings_.setValue(ASKED_KEY, True)
        return "Sam Staff"

    monkeypatch.setattr(preferences_dialog, "ask_name_once", answer)
    account.pw_gecos = ""
    window.greet()
    assert store.author == "Sam Staff"
    assert window.statusBar().currentMessage().startswith("Changes are recorded as “Sam Staff”")
    monkeypatch.setattr(preferences_dialog, "ask_name_once", pytest.fail)
    window.greet()  # a second start asks nothing


def test_a_full_name_is_taken_at_the_first_start_and_said(account, window, settings, monkeypatch):
    monkeypatch.setattr(preferences_dialog, "ask_name_once", pytest.fail)
    account.pw_gecos = "Jane Doe"
    window._store.author = default_author()
    window.greet()
    assert "Changes are recorded as “Jane Doe”" in window.statusBar().currentMessage()
    assert "Edit ▸ Preferences" in window.statusBar().currentMessage()
