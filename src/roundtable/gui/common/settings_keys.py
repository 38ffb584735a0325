"""Settings every feature shares, kept in QSettings (this computer, this user).

The folder of the last file opened or saved is one place for the whole app: a user who saved
the agenda in "Events 2027" expects the name cards, the participant list and the log export to
be offered there too, whichever tab they come from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_FOLDER_KEY = "paths/last_folder"


def last_folder(settings: QSettings) -> Path:
    """Where the next file dialog opens: the last folder used, else the home folder."""
    return Path(str(settings.value(LAST_FOLDER_KEY, str(Path.home()))))


def remember_folder(settings: QSettings, chosen_file: str | Path) -> None:
    """Keep the folder of a file the user has just opened or written."""
    settings.setValue(LAST_FOLDER_KEY, str(Path(chosen_file).parent))
