"""The left side of the main window: the filter box over the events list (each series with its
rounds), and which row is selected.

The pane keeps the list as the user left it across reloads: the selection (or, when that event
is gone, its neighbour), the scroll position, and the series the user folded, which stay folded
(while a filter is typed every group is open, so nothing found is hidden).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from roundtable.domain.records import EventSummary
from roundtable.gui.common.filter_box_keys import filter_box_key
from roundtable.gui.events.events_filter import EventsFilterModel
from roundtable.gui.events.events_list import EventsTree
from roundtable.gui.events.events_model import (
    EVENT_ID_ROLE,
    GROUP_KEY_ROLE,
    NODE_KIND_ROLE,
    NODE_SERIES,
    SUMMARY_ROLE,
    EventsModel,
)
from roundtable.wording import tr

LIST_MIN_WIDTH = 240  # the events list, so the window's minimum stays under 1,000 px
TYPING_PAUSE_MS = 250
"""How long typing in the filter box pauses before the event it selected is shown: reading
and drawing an event's details took longer than the keystroke itself."""

Index = QModelIndex | QPersistentModelIndex


class EventsPane(QWidget):
    selection_moved = Signal()
    """Another row was selected (by the user or the filter); not while the list is reloaded,
    and while the filter is typed only once typing pauses (at once if nothing is left)."""
    event_opened = Signal()
    """An event was double-clicked (the selected one)."""

    def __init__(self, collapsed: Iterable[str], parent: QWidget | None = None) -> None:
        """``collapsed``: the keys of the series folded when the window was last closed."""
        super().__init__(parent)
        self._collapsed = set(collapsed)
        self._reloading = False
        self._restoring_expansion = False
        self._filtering = False
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self.selection_moved)
        self.model = EventsModel(self)
        self.proxy = EventsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter by title, series, programme, venue, city…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.setAccessibleName(tr("Filter events"))

        self.tree = EventsTree()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(tr("Events"))
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.expanded.connect(lambda index: self._expansion_changed(index, True))
        self.tree.collapsed.connect(lambda index: self._expansion_changed(index, False))

        # Wide enough for a title to read in two or three lines, whatever the tab beside it.
        self.setMinimumWidth(LIST_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)

    @property
    def collapsed(self) -> list[str]:
        """The folded series, to be saved with the window's layout."""
        return sorted(self._collapsed)

    # -- selection ------------------------------------------------------------------------------

    def selected_row(self) -> QModelIndex | None:
        rows = self.tree.selectionModel().selectedRows(0)
        return rows[0] if rows else None

    def selected_event_id(self) -> int | None:
        row = self.selected_row()
        return row.data(EVENT_ID_ROLE) if row is not None else None

    def selected_series(self) -> list[EventSummary]:
        """The rounds of the series selected (not one of its events); [] if none is."""
        row = self.selected_row()
        if row is None or row.data(NODE_KIND_ROLE) != NODE_SERIES:
            return []
        return row.data(SUMMARY_ROLE) or []

    def select_event(self, event_id: int) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of_event(event_id))
        if not index.isValid():
            return False
        self.select_index(index)
        return True

    def select_index(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def select_first_event(self) -> None:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            if self.proxy.rowCount(group):
                self.select_index(self.proxy.index(0, 0, group))
                return

    def visible_event_ids(self) -> list[int]:
        ids = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                ids.append(self.proxy.index(child, 0, group).data(EVENT_ID_ROLE))
        return ids

    def _selection_changed(self, *_args: object) -> None:
        if not self._reloading and not self._filtering:
            self._typing_pause.stop()
            self.selection_moved.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(EVENT_ID_ROLE) is not None:
            self.event_opened.emit()

    # -- reloading ------------------------------------------------------------------------------

    def show_events(self, events: list[EventSummary], select: int | None = None) -> None:
        """The list read again: select ``select``, else keep the selection, else its neighbour
        (else the series it was in). Emits nothing: the caller shows what is selected."""
        previous = self.selected_event_id()
        previous_row = self.selected_row()
        previous_group = previous_row.data(GROUP_KEY_ROLE) if previous_row else None
        order = self.visible_event_ids()
        scroll = self.tree.verticalScrollBar().value()
        self._reloading = True
        try:
            self.model.set_events(events)
            self._apply_expansion()
            self.tree.verticalScrollBar().setValue(scroll)
            target = reload_target(select, previous, order, {e.id for e in events})
            if target is not None:
                self.select_event(target)
            elif previous_group is not None:
                group = self.proxy.mapFromSource(self.model.index_of_group(previous_group))
                if group.isValid():
                    self.select_index(group)
        finally:
            self._reloading = False

    def _apply_expansion(self) -> None:
        self._restoring_expansion = True
        try:
            filtering = bool(self.proxy.filter_text)
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if filtering:  # every keystroke: only the series that came back are folded
                    if not self.tree.isExpanded(index):
                        self.tree.setExpanded(index, True)
                else:
                    key = index.data(GROUP_KEY_ROLE)
                    self.tree.setExpanded(index, key not in self._collapsed)
        finally:
            self._restoring_expansion = False

    def _expansion_changed(self, index: Index, expanded: bool) -> None:
        if self._restoring_expansion or self._reloading or self.proxy.filter_text:
            return
        key = index.data(GROUP_KEY_ROLE)
        if expanded:
            self._collapsed.discard(key)
        else:
            self._collapsed.add(key)

    def adopt(
        self,
        collapsed: Iterable[str],
        filter_text: str,
        event_id: int | None,
        scroll: int,
        *,
        focus_filter: bool = False,
    ) -> None:
        """Take over what the user did in the window painted first (first_paint.py): the
        folded series, the filter typed, the event selected, where the list was scrolled."""
        self._collapsed = set(collapsed)
        if filter_text != self.filter_edit.text():
            self.filter_edit.setText(filter_text)  # filters, and unfolds what it finds
        else:
            self._apply_expansion()
        if event_id is not None and event_id != self.selected_event_id():
            self.select_event(event_id)
        self.tree.verticalScrollBar().setValue(scroll)
        if focus_filter:
            self.filter_edit.setFocus()

    # -- the filter box -------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _filter_changed(self, text: str) -> None:
        self._filtering = True
        try:
            self.proxy.set_filter_text(text)
            self._apply_expansion()
            if self.selected_event_id() is None:
                self.select_first_event()
        finally:
            self._filtering = False
        if self.selected_row() is None:
            self._typing_pause.stop()
            self.selection_moved.emit()  # nothing to read: the window says so at once
        else:
            self._typing_pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The filter box's keys (``filter_box_key``); Return there goes to the list."""
        if watched is self.filter_edit and filter_box_key(self.filter_edit, event, self._to_list):
            return True
        return super().eventFilter(watched, event)

    def _to_list(self) -> None:
        if self.selected_event_id() is None:
            self.select_first_event()
        if self._typing_pause.isActive():  # the user moves on: show the event now
            self._typing_pause.stop()
            self.selection_moved.emit()
        self.tree.setFocus()


def reload_target(
    select: int | None, previous: int | None, order: list[int], existing: set[int]
) -> int | None:
    """The event to select after a reload: ``select`` if it exists, else the one selected
    before, else its nearest neighbour in the list as it was (``order``), below first."""
    if select is not None and select in existing:
        return select
    if previous is None:
        return None
    if previous in existing:
        return previous
    if previous in order:
        at = order.index(previous)
        for candidate in [*order[at + 1 :], *reversed(order[:at])]:
            if candidate in existing:
                return candidate
    return None
