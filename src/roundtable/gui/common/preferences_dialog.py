"""Edit ▸ Preferences: the user's own settings, kept in QSettings (this computer, this user).

The user's name, which the store writes on every log entry and every change it records: "who
wrote this" is the point of a shared log. And the interface's language: the system's (the
default) or one chosen; it is read once at start-up (``translations.interface_language``), so a
change applies when Roundtable next starts, which the dialog says beside the choice.

Without a name the store uses the account's full name where the system keeps one, else the login
name (``default_author``).

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
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable import wording
from roundtable.gui.common.translations import LANGUAGE_KEY, chosen_language, system_language
from roundtable.store.log import default_author
from roundtable.wording import QT_TR_NOOP, tr

NAME_KEY = "preferences/user_name"
ASKED_KEY = "preferences/asked_name"
NOTED_KEY = "preferences/first_start_noted"
NAME_LABEL = QT_TR_NOOP("Your &name (written on log entries and changes):")
MAX_NAME = 120


@dataclass(frozen=True)
class Preferences:
    user_name: str = ""
    language: str = ""
    """A code from ``wording.LANGUAGES``, or "" to follow the system's language."""


def user_name(settings: QSettings) -> str:
    return " ".join(str(settings.value(NAME_KEY, "") or "").split())[:MAX_NAME]


def load_preferences(settings: QSettings) -> Preferences:
    return Preferences(user_name=user_name(settings), language=chosen_language(settings))


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    name = " ".join(preferences.user_name.split())[:MAX_NAME]
    if name:
        settings.setValue(NAME_KEY, name)
    else:
        settings.remove(NAME_KEY)
    settings.setValue(ASKED_KEY, True)  # whoever has seen the setting needs no reminder
    language = preferences.language if preferences.language in wording.LANGUAGES else ""
    settings.setValue(LANGUAGE_KEY, language)  # "": the system's, also on a later system


def language_name(code: str) -> str:
    """A choice of language as the user reads it: the language named in itself ("日本語"),
    or, for "" (follow the system), "System (English)" with the language that gives."""
    if code in wording.LANGUAGES:
        return wording.LANGUAGES[code]
    return tr("System ({language})").format(language=wording.LANGUAGES[system_language()])


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
        return tr("Changes are recorded without a name; set yours in Edit ▸ Preferences…")
    return recorded_as(author)


def recorded_as(author: str) -> str:
    """The status-bar line that says which name changes are recorded under."""
    return tr("Changes are recorded as “{name}”; change the name in Edit ▸ Preferences…").format(
        name=author
    )


def _fallback_note(fallback: str) -> str:
    """The dialog's note: which name is used when the box is left empty, and where it is
    kept. Whole sentences, one for each case, so each translates as one."""
    if not fallback:
        return tr(
            "Left empty, no name is used. The name is kept on this computer; entries already "
            "written keep the name they were written with."
        )
    if full_name_known():
        return tr(
            "Left empty, “{name}” (your account's full name on this computer) is used. The "
            "name is kept on this computer; entries already written keep the name they were "
            "written with."
        ).format(name=fallback)
    return tr(
        "Left empty, your login name, “{name}”, is used. The name is kept on this computer; "
        "entries already written keep the name they were written with."
    ).format(name=fallback)


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
        self._language = preferences.language
        self.setWindowTitle(tr("Your name") if first_time else tr("Preferences"))
        layout = QVBoxLayout(self)
        if first_time:
            intro = QLabel(
                tr(
                    "Log entries and the event's change history say who wrote them. What name "
                    "should they carry? You can change it later in Edit ▸ Preferences."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(preferences.user_name)
        self.name_edit.setMaxLength(MAX_NAME)
        fallback = default_author()
        self.name_edit.setPlaceholderText(fallback or tr("e.g. Jane Organiser"))
        self.name_edit.setAccessibleName(tr("Your name"))
        self.name_edit.setMinimumWidth(280)
        label = QLabel(tr(NAME_LABEL))
        label.setBuddy(self.name_edit)
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(self.name_edit)
        note = QLabel(_fallback_note(fallback))
        note.setWordWrap(True)
        quiet(note)
        form.addRow(note)
        self.language_combo: QComboBox | None = None
        if not first_time:  # the first start asks only the name
            self.language_combo = self._language_choice(form, preferences.language)
        layout.addLayout(form)
        if first_time:
            buttons = QDialogButtonBox()
            buttons.addButton(tr("Use this name"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(440, self.sizeHint().height())

    def _language_choice(self, form: QFormLayout, current: str) -> QComboBox:
        """The language combo box: "System (…)" first, then each language in itself; and a
        quiet note that the choice applies at the next start."""
        combo = QComboBox()
        for code in ("", *wording.LANGUAGES):
            combo.addItem(language_name(code), code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setAccessibleName(tr("Language"))
        label = QLabel(tr("&Language:"))
        label.setBuddy(combo)
        form.addRow(label)
        form.addRow(combo)
        note = QLabel(
            tr("The interface changes to the language chosen when Roundtable next starts.")
        )
        note.setWordWrap(True)
        quiet(note)
        form.addRow(note)
        return combo

    def value(self) -> Preferences:
        combo = self.language_combo
        language = str(combo.currentData() or "") if combo is not None else self._language
        return Preferences(user_name=" ".join(self.name_edit.text().split()), language=language)


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
