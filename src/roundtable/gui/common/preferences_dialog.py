"""Edit ▸ Preferences: the user's own settings, kept in QSettings (this computer, this user).

For now that is the user's name, which the store writes on every log entry and every change it
records: "who wrote this" is the point of a shared log. Without a name the store uses the
account's full name where the system keeps one, else the login name (``default_author``).

Changes are recorded from the first minute, long before anyone writes a log entry, so the first
start says in the status bar which name they carry and where to change it
(``first_start_note``). A login name, often "admin" or a laptop's owner, is not a name anyone
reads well: when that is all there is, the first log entry also asks once, gently, and never
again whatever the answer.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable.store.log import default_author

NAME_KEY = "preferences/user_name"
ASKED_KEY = "preferences/asked_name"
NOTED_KEY = "preferences/first_start_noted"
NAME_LABEL = "Your &name (written on log entries and changes):"
MAX_NAME = 120


@dataclass(frozen=True)
class Preferences:
    user_name: str = ""


def user_name(settings: QSettings) -> str:
    return " ".join(str(settings.value(NAME_KEY, "") or "").split())[:MAX_NAME]


def load_preferences(settings: QSettings) -> Preferences:
    return Preferences(user_name=user_name(settings))


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    name = " ".join(preferences.user_name.split())[:MAX_NAME]
    if name:
        settings.setValue(NAME_KEY, name)
    else:
        settings.remove(NAME_KEY)
    settings.setValue(ASKED_KEY, True)  # whoever has seen the setting needs no reminder


def apply_author(store, settings: QSettings, *, cleared: bool = False) -> str:
    """Point ``store.author`` at the name from the preferences. With none the store keeps the
    name it has (the login name it starts with), unless the user has just ``cleared`` theirs:
    then it goes back to the login name. Returns the name now written on entries."""
    name = user_name(settings)
    if name:
        store.author = name
    elif cleared:
        store.author = default_author()
    return store.author


def _flag(settings: QSettings, key: str) -> bool:
    """A yes/no setting, read alike from the registry (a bool) and an INI file (a string)."""
    value = settings.value(key, False)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return ""


def full_name_known() -> bool:
    """Whether the name used without a preference is a person's name (the account's full
    name, or $ROUNDTABLE_AUTHOR) rather than only the login name."""
    author = default_author()
    return bool(author) and author != login_name()


def should_ask_name(settings: QSettings) -> bool:
    """Ask (at the first start, else at the first log entry) only when no name was set, none
    was asked before and the system knows no more than the login name."""
    if user_name(settings) or _flag(settings, ASKED_KEY):
        return False
    return not full_name_known()


def first_start_note(settings: QSettings, store) -> str | None:
    """The first time the app starts, a status-bar line saying which name changes are recorded
    under and where to change it; None every time after (and when the user set a name
    already: they know it). Remembered in ``settings``."""
    if _flag(settings, NOTED_KEY):
        return None
    settings.setValue(NOTED_KEY, True)
    if user_name(settings):
        return None
    author = " ".join(str(store.author or "").split())
    if not author:
        return "Changes are recorded without a name; set yours in Edit ▸ Preferences…"
    return f"Changes are recorded as “{author}”; change the name in Edit ▸ Preferences…"


def _fallback_words(fallback: str) -> str:
    """What the dialog's note calls the name used when the box is left empty."""
    if not fallback:
        return "no name"
    if full_name_known():
        return f"“{fallback}” (your account's full name on this computer)"
    return f"your login name, “{fallback}”,"


def quiet(label: QLabel) -> None:
    """A note set apart from what it explains, yet readable: the placeholder text colour (the
    disabled one is too faint to read a sentence in)."""
    palette = label.palette()
    palette.setColor(palette.ColorRole.WindowText, palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, preferences: Preferences, *, first_time: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your name" if first_time else "Preferences")
        layout = QVBoxLayout(self)
        if first_time:
            intro = QLabel(
                "Log entries and the event's change history say who wrote them. What name "
                "should they carry? You can change it later in Edit ▸ Preferences."
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(preferences.user_name)
        self.name_edit.setMaxLength(MAX_NAME)
        fallback = default_author()
        self.name_edit.setPlaceholderText(fallback or "e.g. Jane Organiser")
        self.name_edit.setAccessibleName("Your name")
        self.name_edit.setMinimumWidth(280)
        label = QLabel(NAME_LABEL)
        label.setBuddy(self.name_edit)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(self.name_edit)
        used = _fallback_words(fallback)
        note = QLabel(
            f"Left empty, {used} is used. The name is kept on this computer; entries already "
            "written keep the name they were written with."
        )
        note.setWordWrap(True)
        quiet(note)
        form.addRow(note)
        layout.addLayout(form)
        if first_time:
            buttons = QDialogButtonBox()
            buttons.addButton("Use this name", QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton("Skip", QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(440, self.sizeHint().height())

    def value(self) -> Preferences:
        return Preferences(user_name=" ".join(self.name_edit.text().split()))


def get_preferences(parent: QWidget | None, settings: QSettings) -> tuple[Preferences | None, bool]:
    """Edit ▸ Preferences: show the stored preferences; on OK save them and return them.
    (Tests replace this function.)"""
    dialog = PreferencesDialog(parent, load_preferences(settings))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if not accepted:
        return None, False
    value = dialog.value()
    save_preferences(settings, value)
    return value, True


def ask_name_once(parent: QWidget | None, settings: QSettings) -> str:
    """At the first start (``MainWindow.greet``), or else before the first log entry, when no
    name is set and the computer knows only the login name: ask once (skippable, never again).
    Returns the name given, or "". (Tests replace this function.)"""
    if not should_ask_name(settings):
        return user_name(settings)
    dialog = PreferencesDialog(parent, load_preferences(settings), first_time=True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    settings.setValue(ASKED_KEY, True)
    if not accepted:
        return ""
    value = dialog.value()
    save_preferences(settings, value)
    return value.user_name
