"""Context help: F1 opens the user guide on the page (and section) for where the user is.

The windows and tabs that have a page of their own name it from here; the main window's
Help › User guide (F1) asks its tabs, the timer window and the print dialog add the key with
``add_help_key``. Only this light module is imported by them: the help window is imported when
F1 is first pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from roundtable.gui.help.guide_pages import LOG, PLAN, PRINTING, TIMER
from roundtable.wording import tr

EVENTS = f"{PLAN}#events"
"""The events list and an event's Overview."""
PARTICIPANTS = f"{PLAN}#participants"
PEOPLE = f"{PLAN}#people"
AGENDA = f"{PLAN}#agenda"
SEATING = f"{PLAN}#seating"
READINESS = f"{PLAN}#readiness"

PAGES = (EVENTS, PARTICIPANTS, PEOPLE, AGENDA, SEATING, READINESS, PRINTING, TIMER, LOG)
"""Every page F1 opens somewhere (tests/test_guide.py checks each section exists)."""


def add_help_key(window: QWidget, page: str) -> QAction:
    """F1 (the platform's help key) anywhere in ``window`` opens the guide on ``page``."""
    action = QAction(tr("User guide"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_page(window, page))
    window.addAction(action)
    return action


def show_page(asker: QWidget, page: str) -> None:
    """The help window on ``page``, for ``asker`` (see guide_window.show_guide)."""
    from roundtable.gui.help.guide_window import show_guide

    show_guide(asker, page)
