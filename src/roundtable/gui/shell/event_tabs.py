"""The event's tabs: the Overview, then one tab per row of TABS, each built the first time it
is shown (or asked for) and its module imported only then, so start-up costs what it did before
the tabs existed. The window speaks to the built tabs through EventTabs, which hands each the
same as the others (gui/common/event_tab.py), and to one tab by name only for what is its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from roundtable.domain.parts import Part
from roundtable.domain.records import EventRecord
from roundtable.gui.common.event_tab import EventTab, EventTabFactory
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.help import context_help
from roundtable.gui.shell.lazy_page import LazyPage
from roundtable.wording import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from roundtable.gui.events.event_overview import EventOverview

TAB_OVERVIEW, TAB_PARTICIPANTS, TAB_AGENDA, TAB_SEATING, TAB_LOG = range(5)


def _participants(context: CommandContext, undo_stack: QUndoStack, settings: QSettings) -> EventTab:
    from roundtable.gui.participants.participants_view import ParticipantsView

    return ParticipantsView(context, undo_stack, settings)


def _agenda(context: CommandContext, undo_stack: QUndoStack, settings: QSettings) -> EventTab:
    from roundtable.gui.agenda.agenda_view import AgendaView

    return AgendaView(context, undo_stack, settings)


def _seating(context: CommandContext, undo_stack: QUndoStack, settings: QSettings) -> EventTab:
    from roundtable.gui.seating.seating_view import SeatingView

    return SeatingView(context, undo_stack, settings)


def _readiness(context: CommandContext, undo_stack: QUndoStack, settings: QSettings) -> EventTab:
    from roundtable.gui.readiness.readiness_view import ReadinessView

    return ReadinessView(context, undo_stack, settings)


def _log(context: CommandContext, undo_stack: QUndoStack, settings: QSettings) -> EventTab:
    from roundtable.gui.log.log_view import LogView

    return LogView(context, undo_stack, settings)


@dataclass(frozen=True)
class TabEntry:
    key: str
    """Its name in code: the window's ``<key>_view``."""
    title: str
    """Its label, with the Alt+letter that opens it (marked, translated where shown)."""
    build: EventTabFactory
    help_page: str
    """The user guide's page about it, opened by F1 while it shows."""


TABS = (
    TabEntry("participants", QT_TR_NOOP("&Participants"), _participants, context_help.PARTICIPANTS),
    TabEntry("agenda", QT_TR_NOOP("&Agenda"), _agenda, context_help.AGENDA),
    TabEntry("seating", QT_TR_NOOP("Sea&ting"), _seating, context_help.SEATING),
    TabEntry("log", QT_TR_NOOP("&Log"), _log, context_help.LOG),
    TabEntry("readiness", QT_TR_NOOP("Rea&diness"), _readiness, context_help.READINESS),
)
"""In the order they are shown, after the Overview: TABS[i] is at index i + 1."""


class EventTabs(QTabWidget):
    """The Overview and the tabs of TABS. Itself shaped as one tab (set_event, update_event,
    set_writable, save_layout, message), passed on to every tab built so far."""

    message = Signal(str)

    def __init__(
        self,
        overview: EventOverview,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("event_tabs")
        self.setDocumentMode(True)
        self.overview = overview
        self._context = context
        self._undo_stack = undo_stack
        self._settings = settings
        self._writable = True
        self._views: dict[str, EventTab] = {}
        self.addTab(overview, tr("&Overview"))
        for entry in TABS:
            self.addTab(LazyPage(), tr(entry.title))
        self.currentChanged.connect(self._tab_changed)

    def view(self, key: str) -> EventTab | None:
        """The tab ``key`` of TABS, if it was built."""
        return self._views.get(key)

    def help_page(self) -> str:
        """The guide's page for the tab showing (the Overview's: planning the event)."""
        index = self.currentIndex()
        return TABS[index - 1].help_page if index > TAB_OVERVIEW else context_help.EVENTS

    def _built(self) -> list[EventTab]:
        return [self._views[entry.key] for entry in TABS if entry.key in self._views]

    def _tab_changed(self, index: int) -> None:
        if index > TAB_OVERVIEW:
            self._ensure(index).set_event(self.overview.current_event)

    def _ensure(self, index: int) -> EventTab:
        entry = TABS[index - 1]
        view = self._views.get(entry.key)
        if view is None:
            view = entry.build(self._context, self._undo_stack, self._settings)
            view.set_writable(self._writable)
            view.message.connect(self.message)
            cast(LazyPage, self.widget(index)).hold(cast(QWidget, view))
            self._views[entry.key] = view
        return view

    def show_tab(self, key: str) -> EventTab:
        """Show the tab ``key`` of TABS, built and filled, for a caller to select something in
        it (the Readiness tab going to a finding)."""
        index = next(n for n, entry in enumerate(TABS, TAB_OVERVIEW + 1) if entry.key == key)
        self.setCurrentIndex(index)
        return self._ensure(index)

    def open_later(self, index: int) -> None:
        """Show tab ``index`` after the window's first paint (which does not need its module)."""
        if TAB_OVERVIEW < index < self.count():
            QTimer.singleShot(0, self, lambda: self.setCurrentIndex(index))

    def set_event(self, event: EventRecord | None) -> None:
        for view in self._built():
            view.set_event(event)

    def update_event(self, event: EventRecord | None, parts: frozenset[Part]) -> None:
        for view in self._built():
            view.update_event(event, parts)

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        for view in self._built():
            view.set_writable(writable)

    def save_layout(self) -> None:
        for view in self._built():
            view.save_layout()
