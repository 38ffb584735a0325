"""The Readiness tab: the readiness check's findings for the selected event, blocking first,
then those worth a look, then those dismissed, each in its sentence.

Double-click or Return on a finding goes where it is fixed: the tab showing the participant,
the agenda item or the seating plan, or the event's dialog. Dismiss and Restore are undo steps
on the window's stack; a dismissed finding stays listed apart, never lost. Like the other tabs
it fills itself only while shown and is handed the event again after every change.

Its count of blocking findings goes on its own tab ("Readiness (3)"), worked out only when the
tab is shown for the selected event: checking every event for the events list at start-up
would read each whole event, which the first paint cannot afford.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.parts import RECORD_PARTS, Part
from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.fills_when_shown import FillsWhenShown
from roundtable.gui.common.messages import show_failure
from roundtable.gui.common.undo import Changed
from roundtable.services.readiness import (
    Finding,
    Severity,
    Tab,
    Target,
    blocking_count,
    findings_for,
)
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.gui.common.undo import CommandContext

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
"""The Finding a row shows (group rows have none)."""


def _uncovered(text: str) -> set[str]:
    """``pdf.fonts.uncovered``, imported when the check first runs (reportlab is slow to load,
    and the tab is built only when first shown)."""
    from roundtable.pdf.fonts import uncovered

    return uncovered(text)


class DismissCommand(QUndoCommand):
    """Dismiss (or, with ``restore``, restore) one finding of one event, as an undo step."""

    def __init__(
        self,
        context: CommandContext,
        event_id: int,
        finding: Finding,
        after: Callable[[], None],
        *,
        restore: bool = False,
    ) -> None:
        text = tr("Restore finding") if restore else tr("Dismiss finding")
        super().__init__(text)
        self._context = context
        self._event_id = event_id
        self._key = finding.key
        self._restore = restore
        self._after = after

    def _set(self, dismissed: bool) -> bool:
        """Write the dismissal (or its removal); whether anything was written."""
        store = self._context.store
        try:
            if dismissed:
                written = store.dismiss_finding(self._event_id, self._key)
            else:
                written = store.restore_finding(self._event_id, self._key)
        except UserError as exc:
            self.setObsolete(True)  # refused: off the stack, and everything shown afresh
            self._context.failed(self.text(), str(exc))
            self._context.changed(Changed.reload())
            return False
        self._after()
        # The window too: the events list shows the event's count of findings to fix.
        self._context.changed(Changed(events=frozenset({self._event_id})))
        return written

    def redo(self) -> None:
        if not self._set(not self._restore) and not self.isObsolete():
            # Another window had already done it: there is nothing of ours to undo.
            self.setObsolete(True)

    def undo(self) -> None:
        self._set(self._restore)


class _Tree(QTreeView):
    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ReadinessView(FillsWhenShown, QWidget):
    message = Signal(str)
    """A line for the status bar."""

    DEPENDS = frozenset(RECORD_PARTS)

    def __init__(
        self,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.undo_stack = undo_stack
        self._settings = settings
        self._event: EventRecord | None = None
        self._writable = not getattr(context.store, "read_only", False)
        self.findings: list[Finding] = []
        self.today: Callable[[], date] = date.today  # tests set a fixed day

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = _Tree()
        self.tree.setAccessibleName(tr("Readiness"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.doubleClicked.connect(self.go_to_index)
        self.tree.activated_by_key.connect(self.go_to_index)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.go_button = QPushButton(tr("&Go there"))
        self.go_button.clicked.connect(lambda: self.go_to_index(self.tree.currentIndex()))
        self.dismiss_button = QPushButton(tr("&Dismiss"))
        self.dismiss_button.setToolTip(tr("Not a problem for this event: list it apart"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_current)
        buttons = QHBoxLayout()
        for button in (self.go_button, self.dismiss_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- the tab protocol -------------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self._update_buttons()

    def save_layout(self) -> None:
        """Nothing to remember: one column, as wide as the tab."""

    def set_event(self, event: EventRecord | None) -> None:
        """As every tab; the count on the tab is taken off at once when another event is
        selected, so it never shows one event's count beside another."""
        if event is None or self._event is None or event.id != self._event.id:
            self._show_title(0)
        super().set_event(event)

    def _show(self, event: EventRecord | None) -> None:
        self._event = event
        if event is None or event.id is None:
            self.findings = []
        else:
            try:
                self.findings = self._check(event)
            except UserError as exc:
                show_failure(self, tr("Readiness check"), str(exc))
                self.findings = []
        self._fill()

    def _check(self, event: EventRecord) -> list[Finding]:
        assert event.id is not None
        printed = {o.kind: o for o in self.store.printed_outputs(event.id)}
        dismissed = self.store.dismissed_findings(event.id)
        found = findings_for(event, uncovered=_uncovered, today=self.today(), printed=printed)
        return [f if f.key not in dismissed else _dismissed(f) for f in found]

    def refresh(self) -> None:
        """Check the event again (after a dismissal), keeping the finding selected."""
        if self._event is not None:
            self.set_event(self._event)

    # -- the list ---------------------------------------------------------------------------

    def _fill(self) -> None:
        current = self.current_finding()
        self.model.clear()
        groups = (
            (tr("Blocking"), [f for f in self.findings
                              if not f.dismissed and f.severity is Severity.BLOCKING]),
            (tr("Worth a look"), [f for f in self.findings
                                  if not f.dismissed and f.severity is Severity.WORTH_A_LOOK]),
            (tr("Dismissed"), [f for f in self.findings if f.dismissed]),
        )  # fmt: skip
        select: QModelIndex | None = None
        for title, findings in groups:
            if not findings:
                continue
            group = QStandardItem(tr("{group} ({count})").format(group=title,
                                                                count=len(findings)))  # fmt: skip
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for finding in findings:
                row = QStandardItem(finding.message)
                row.setEditable(False)
                row.setData(finding, FINDING_ROLE)
                row.setToolTip(finding.message)
                group.appendRow(row)
            self.model.appendRow(group)
            if current is not None:
                for n, finding in enumerate(findings):
                    if finding.key == current.key:
                        select = self.model.index(n, 0, group.index())
        self.tree.expandAll()
        if select is not None:
            self.tree.setCurrentIndex(select)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        blocking = blocking_count(self.findings)
        if self._event is None:
            self.summary.setText(tr("No event selected."))
        elif not self.findings:
            self.summary.setText(tr("Nothing missing: the event is ready."))
        elif blocking:
            self.summary.setText(
                tr("%n findings to fix before the event; the rest are worth a look.", "", blocking)
            )
        else:
            self.summary.setText(tr("Nothing blocks the event; some findings are worth a look."))
        self._show_title(blocking)

    def _show_title(self, blocking: int) -> None:
        """The tab's title with the count of blocking findings, none when there are none."""
        tabs, index = self._own_tab()
        if tabs is not None:
            title = tr("Rea&diness")
            tabs.setTabText(index, tr("{tab} ({count})").format(tab=title, count=blocking)
                            if blocking else title)  # fmt: skip

    def _own_tab(self) -> tuple[QTabWidget | None, int]:
        """The tab widget holding this view and its index there (None outside one)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is None:
            return None, -1
        for index in range(parent.count()):
            page = parent.widget(index)
            if page is not None and (page is self or page.isAncestorOf(self)):
                return parent, index
        return None, -1

    def current_finding(self) -> Finding | None:
        index = self.tree.currentIndex()
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        return finding if isinstance(finding, Finding) else None

    def select_finding(self, key: str) -> bool:
        """Make the finding ``key`` current (tools and tests)."""
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for row in range(self.model.rowCount(group)):
                index = self.model.index(row, 0, group)
                finding = index.data(FINDING_ROLE)
                if isinstance(finding, Finding) and finding.key == key:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _update_buttons(self, *_args: Any) -> None:
        finding = self.current_finding()
        self.go_button.setEnabled(finding is not None)
        self.dismiss_button.setEnabled(
            self._writable and finding is not None and not finding.dismissed
        )
        self.restore_button.setEnabled(self._writable and finding is not None and finding.dismissed)

    # -- dismissing -------------------------------------------------------------------------

    def dismiss_current(self) -> None:
        self._push_dismissal(restore=False)

    def restore_current(self) -> None:
        self._push_dismissal(restore=True)

    def _push_dismissal(self, *, restore: bool) -> None:
        finding = self.current_finding()
        if finding is None or self._event is None or self._event.id is None:
            return
        if not self._writable or finding.dismissed != restore:
            return
        self.undo_stack.push(
            DismissCommand(self._context, self._event.id, finding, self.refresh, restore=restore)
        )

    # -- going there ------------------------------------------------------------------------

    def go_to_index(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        if isinstance(finding, Finding):
            self.go_to(finding.target)

    def go_to(self, target: Target) -> None:
        """Show where ``target`` is fixed: its tab with its item selected, or the event's
        dialog."""
        if target.tab is Tab.EVENT:
            self._edit_event()
            return
        tabs, _index = self._own_tab()
        show_tab = getattr(tabs, "show_tab", None)
        if show_tab is None:
            return
        view = show_tab(target.tab.value)
        if target.tab is Tab.PARTICIPANTS and target.item_id is not None:
            view.select_participations([target.item_id])
        elif target.tab is Tab.AGENDA:
            self._select_agenda(view, target)
        elif target.tab is Tab.SEATING and target.item_id is not None and self._event:
            plan = next((p for p in self._event.seating_plans if p.id == target.item_id), None)
            if plan is not None:
                view.select_plan(plan.name)

    def _select_agenda(self, view: Any, target: Target) -> None:
        event = self._event
        if event is None or target.day is None or not 0 <= target.day < len(event.days):
            return
        view.day_combo.setCurrentIndex(target.day)
        items = event.days[target.day].items
        rows = [n for n, item in enumerate(items) if item.id == target.item_id]
        view.select_rows(rows)

    def _edit_event(self) -> None:
        from roundtable.gui.events import event_editor
        from roundtable.gui.events.event_commands import EditEventCommand

        if self._event is None or self._event.id is None or not self._writable:
            return
        try:
            old = self.store.get_event(self._event.id, parts=(Part.EVENT, Part.AGENDA))
        except UserError as exc:
            show_failure(self, tr("Edit event"), str(exc))
            return
        new, accepted = event_editor.get_event(self, self.store, old)
        if accepted and new is not None and new != old:
            self.undo_stack.push(EditEventCommand(self._context, old, new))


def _dismissed(finding: Finding) -> Finding:
    return replace(finding, dismissed=True)
