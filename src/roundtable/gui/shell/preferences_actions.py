"""Edit ▸ Preferences, and the user's name asked once at the very first start: the name the
store writes on log entries and changes (its author), and the interface's language (which
applies at the next start, as a message says when it was changed). The preferences dialog is
imported on first use, so importing the window does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from roundtable import wording
from roundtable.store.facade import Store
from roundtable.wording import tr

FIRST_START_NOTE_MS = 15_000  # the author-name note stays long enough to be read


def apply_author(store: Store, settings: QSettings) -> str:
    """The name the store writes on entries and changes, from the preferences (the store's
    own, the login name, when none is set)."""
    from roundtable.gui.common import preferences_dialog

    return preferences_dialog.apply_author(store, settings)


def edit_preferences(
    parent: QWidget, store: Store, settings: QSettings, status: QStatusBar
) -> None:
    from roundtable.gui.common import preferences_dialog

    language_before = preferences_dialog.load_preferences(settings).language
    value, accepted = preferences_dialog.get_preferences(parent, settings)
    if accepted and value is not None:
        author = preferences_dialog.apply_author(store, settings, cleared=not value.user_name)
        status.showMessage(
            tr("New log entries and changes will say they are by {name}.").format(name=author)
            if author else tr("New log entries and changes carry no name."), 6000,
        )  # fmt: skip
        if value.language != language_before:
            QMessageBox.information(parent, tr("Language"), language_news(value.language))


def language_news(language: str) -> str:
    """What changing the language does: nothing until the next start (the interface is built
    in one language; the translators are loaded before the first window)."""
    from roundtable.gui.common.translations import system_language

    if language in wording.LANGUAGES:
        return tr(
            "Roundtable will be in {language} the next time it starts. Until then it stays "
            "as it is."
        ).format(language=wording.LANGUAGES[language])
    return tr(
        "Roundtable will follow the system's language, {language}, the next time it starts. "
        "Until then it stays as it is."
    ).format(language=wording.LANGUAGES[system_language()])


def greet(
    parent: QWidget, store: Store, settings: QSettings, writable: bool, status: QStatusBar
) -> None:
    """Once, at the very first start, before anything is recorded: the user's name for the
    change history and the log. Asked when the computer knows no more than the login name
    ("root", "jdoe"), else taken from the account; either way a status-bar line says which
    name changes carry and where to change it. Every later start does nothing."""
    from roundtable.gui.common import preferences_dialog

    given = ""
    if writable and preferences_dialog.should_ask_name(settings):
        given = preferences_dialog.ask_name_once(parent, settings)
        preferences_dialog.apply_author(store, settings)
    note = preferences_dialog.first_start_note(settings, store)
    if given:
        note = preferences_dialog.recorded_as(given)
    if note:
        status.showMessage(note, FIRST_START_NOTE_MS)
