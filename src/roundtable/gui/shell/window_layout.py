"""The main window as the user left it, kept in the settings: its size and place, the split
between list and tabs, the folded series, the mode, the event tab and the selected event.
The views keep their own (column widths and the like) through their ``save_layout``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
COLLAPSED_KEY = "events/collapsed"
CURRENT_KEY = "events/current"
MODE_KEY = "main_window/mode"
EVENT_TAB_KEY = "main_window/event_tab"

FIRST_SIZE = (1200, 760)  # before anything was saved


def saved_collapsed(settings: QSettings) -> set[str]:
    """The series folded in the events list (a single key reads back as a bare string)."""
    collapsed = settings.value(COLLAPSED_KEY, [])
    return {collapsed} if isinstance(collapsed, str) else set(cast("list[str]", collapsed or []))


def saved_event(settings: QSettings) -> int | None:
    """The event selected last time."""
    current = settings.value(CURRENT_KEY)
    return int(current) if str(current or "").isdigit() else None


def saved_mode(settings: QSettings) -> str:
    return str(settings.value(MODE_KEY) or "")


def saved_event_tab(settings: QSettings) -> int | None:
    tab = str(settings.value(EVENT_TAB_KEY, ""))
    return int(tab) if tab.isdigit() else None


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    """Size, place, toolbars and the split between list and tabs, as saved."""
    geometry = settings.value(GEOMETRY_KEY)
    if not (isinstance(geometry, QByteArray | bytes) and window.restoreGeometry(geometry)):
        window.resize(*FIRST_SIZE)
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray | bytes):
        window.restoreState(state)
    split = settings.value(SPLITTER_KEY)
    if isinstance(split, QByteArray | bytes):
        splitter.restoreState(split)


def save_layout(
    window: QMainWindow,
    splitter: QSplitter,
    settings: QSettings,
    *,
    collapsed: Iterable[str],
    mode: str,
    event_tab: int,
    event_id: int | None,
) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
    settings.setValue(COLLAPSED_KEY, list(collapsed))
    settings.setValue(MODE_KEY, mode)
    settings.setValue(EVENT_TAB_KEY, event_tab)
    if event_id is None:
        settings.remove(CURRENT_KEY)
    else:
        settings.setValue(CURRENT_KEY, event_id)
