"""Edit ▸ Preferences, and the user's name asked once at the very first start: the name the
store writes on log entries and changes (its author). The preferences dialog is imported on
first use, so importing the window does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar, QWidget

from roundtable.store.facade import Store

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

    value, accepted = preferences_dialog.get_preferences(parent, settings)
    if accepted and value is not None:
        author = preferences_dialog.apply_author(store, settings, cleared=not value.user_name)
        status.showMessage(
            f"New log entries and changes will say they are by {author}."
            if author else "New log entries and changes carry no name.", 6000,
        )  # fmt: skip


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
        note = f"Changes are recorded as “{given}”; change the name in Edit ▸ Preferences…"
    if note:
        status.showMessage(note, FIRST_START_NOTE_MS)
