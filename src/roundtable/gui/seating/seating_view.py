"""The Seating tab: an event's seating plans, one at a time, drawn to shape and edited by hand or
by the rules.

A plan chooser with New / Edit / Delete; the table (``seating_scene``) with its numbered seats;
on the left the participants with no seat yet, on the right what the plan breaks (with the
score) and its keep-together / keep-apart rules. People are dragged from the list onto a seat,
from seat to seat (a swap when the seat is taken) and back to the list; the same is done from
the keyboard (select a seat with a click or the arrow keys, then Return, Delete, F2, Ctrl+L or
the context menu) and from the buttons under the drawing.

As in the other event tabs, each change is one undo command on the window's stack, around an
edit built from the plan as shown (``services/edits/seating.py``) and named for what it did; the
store applies it to what is stored now, and the window hands the refreshed event back through
``set_event``. Changes the plan forbids (a locked seat) are refused before anything is pushed,
with a line in the status bar; one the store refuses is shown in a dialog and nothing changes.
The view fills itself only while shown.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.edits import Edit
from roundtable.domain.parts import Part
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import plan_geometry
from roundtable.errors import UserError
from roundtable.gui.common.fills_when_shown import FillsWhenShown
from roundtable.gui.common.flow_layout import FlowLayout, group
from roundtable.gui.common.messages import show_failure
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import Changed, CommandContext, EditCommand
from roundtable.gui.seating import seating_dialogs
from roundtable.gui.seating.seating_canvas import SeatingCanvas
from roundtable.gui.seating.seating_looks import (
    SeatLook,
    auto_seat_line,
    legend_html,
    plan_summary,
    score_text,
    seat_looks,
)
from roundtable.gui.seating.seating_models import (
    PARTICIPATION_ID_ROLE,
    SEATS_ROLE,
    SeatDrag,
    display_name,
    seatable,
)
from roundtable.gui.seating.seating_panels import (
    NoPlansPage,
    RulesPanel,
    UnseatedPanel,
    tip_button,
    tool_button,
)
from roundtable.gui.seating.seating_scene import SeatingScene
from roundtable.gui.seating.seating_selection import (
    READ_ONLY,
    SELECT_SEAT_FIRST,
    SeatSelection,
    seat_text,
    unseated_note,
)
from roundtable.gui.seating.seating_widgets import able, set_text
from roundtable.services.auto_seating import SeatingResult, auto_seat, evaluate
from roundtable.services.edits import RefusedError
from roundtable.services.edits.seating import (
    add_plan_edit,
    add_rule_edit,
    assignments_edit,
    auto_seat_text,
    clear_edit,
    label_edit,
    lock_edit,
    locked_assignments,
    plan_settings_edit,
    remove_plan_edit,
    remove_rule_edit,
    seat_person_edit,
    unseat_edit,
)
from roundtable.wording import tr

SPLITTER_KEY = "seating/splitter"


class SeatingView(FillsWhenShown, QWidget):
    message = Signal(str)
    """A line for the status bar (a refused drop, what auto seating did)."""

    DEPENDS = frozenset({Part.SEATING, Part.PARTICIPANTS, Part.AGENDA})

    def __init__(
        self,
        context: CommandContext,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        """``context`` is the window's: commands select their event after a change, and its
        ``store`` is always the window's current one."""
        super().__init__(parent)
        self._context = context
        self.undo_stack = undo_stack
        self._settings = settings
        self._event: EventRecord | None = None
        self._plan_id: int | None = None
        self._select_plan_name: str | None = None
        self._writable = not getattr(context.store, "read_only", False)
        self._filling = False
        self._build()
        self._update_actions()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.empty_label = QLabel(tr("Select an event on the left to see its seating plans."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.empty_label.setWordWrap(True)

        self.no_plans = NoPlansPage()
        self.create_first_button = self.no_plans.create_button
        self.create_first_button.clicked.connect(self.new_plan)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._build_plan_row())

        self.scene = SeatingScene(self)
        self.scene.seat_dropped.connect(self._seat_dropped, Qt.ConnectionType.QueuedConnection)
        self.scene.message.connect(self.message)
        self.scene.seat_chosen.connect(self._update_actions)
        self.canvas = SeatingCanvas(self.scene)
        self.canvas.setObjectName("seating_canvas")
        self.canvas.setAccessibleName(tr("Seating plan drawing"))
        self.canvas.key_action.connect(self._canvas_key)
        self.canvas.context_menu_requested.connect(self._show_seat_menu)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("seating_splitter")
        splitter.addWidget(self._build_unseated_panel())
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.canvas, 1)
        self.seat_label = QLabel()
        self.seat_label.setObjectName("seat_label")
        # What is said about the selected seat never widens (or narrows) the drawing.
        self.seat_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        centre_layout.addWidget(self.seat_label)
        centre_layout.addLayout(self._build_seat_row())
        self.legend_label = QLabel()
        self.legend_label.setObjectName("seating_legend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        centre_layout.addWidget(self.legend_label)
        splitter.addWidget(centre)
        splitter.addWidget(self._build_rules_panel())
        for index, stretch in enumerate((0, 1, 0)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 660, 230])
        state = self._settings.value(SPLITTER_KEY)
        if state is not None and not isinstance(state, str):
            splitter.restoreState(state)
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        self._build_actions()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.no_plans)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @staticmethod
    def _button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = tip_button(text, tip)
        button.clicked.connect(slot)
        return button

    def _build_plan_row(self) -> FlowLayout:
        """The plan chooser and the plan's buttons, wrapped onto a second line when the tab is
        narrow (in one line they set the window's minimum width over 1,100 px)."""
        row = FlowLayout()
        label = QLabel(tr("Seating pla&n:"))
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(tr("Seating plan"))
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_combo.setMinimumContentsLength(14)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        label.setBuddy(self.plan_combo)
        self.plan_info = QLabel()
        self.plan_info.setObjectName("plan_info")
        self.plan_info.setStyleSheet("color: palette(placeholder-text);")
        self.new_plan_button = self._button(
            tr("Ne&w plan…"), self.new_plan, tr("Add a seating plan")
        )
        self.edit_plan_button = self._button(
            tr("Ed&it plan…"), self.edit_plan, tr("Name, table shape, seats, head seat and day")
        )
        self.delete_plan_button = self._button(
            tr("De&lete plan"), self.delete_plan, tr("Delete this seating plan (can be undone)")
        )
        self.auto_button = self._button(
            tr("A&uto-seat…"), self.auto_seat, tr("Fill the unlocked seats by the rules you choose")
        )
        self.clear_button = self._button(
            tr("&Clear unlocked seats"), self.clear_unlocked,
            tr("Empty every seat that is not locked"),
        )  # fmt: skip
        self.print_button = self._button(
            tr("Print c&hart…"), self.print_seating_chart,
            tr("See the seating chart's pages, then save them as a PDF or print them"),
        )  # fmt: skip
        row.addWidget(label)
        row.addWidget(self.plan_combo)
        row.addWidget(self.plan_info)
        row.add_stretch()
        row.addWidget(group(self.new_plan_button, self.edit_plan_button, self.delete_plan_button))
        row.add_spacing(10)
        row.addWidget(group(self.auto_button, self.clear_button))
        row.add_spacing(10)
        row.addWidget(self.print_button)
        return row

    def _build_unseated_panel(self) -> QWidget:
        panel = UnseatedPanel()
        self.unseated_heading = panel.heading
        self.unseated_model = panel.model
        self.unseated_list = panel.list
        self.unseated_note = panel.note
        self.seat_person_button = panel.seat_button
        self.unseated_model.unseat_requested.connect(
            self._unseat_dropped, Qt.ConnectionType.QueuedConnection
        )
        self.unseated_list.selectionModel().selectionChanged.connect(self._update_actions)
        self.unseated_list.doubleClicked.connect(lambda _index: self.seat_selected_person())
        self.unseated_list.key_action.connect(self._list_key)
        self.seat_person_button.clicked.connect(self.seat_selected_person)
        return panel

    def _build_seat_row(self) -> FlowLayout:
        row = FlowLayout()
        self.unseat_button = self._button(
            tr("Unseat"), self.unseat_selected, tr("Empty the seat (Delete)")
        )
        self.move_button = self._button(
            tr("Move to seat…"), self.move_selected,
            tr("Move, or swap with another seat's occupant"),
        )  # fmt: skip
        self.lock_button = self._button(tr("Lock"), self.toggle_lock, tr("Lock or unlock (Ctrl+L)"))
        self.label_button = self._button(
            tr("Label…"), self.label_selected, tr("Keep the seat for, e.g., the press (F2)")
        )
        for button in (self.unseat_button, self.move_button, self.lock_button, self.label_button):
            row.addWidget(button)
        row.add_stretch()
        self.zoom_out_button = tool_button("−", tr("Zoom out (Ctrl+−)"))
        self.fit_button = tool_button(tr("Fit"), tr("Show the whole table (Ctrl+0)"))
        self.zoom_in_button = tool_button("+", tr("Zoom in (Ctrl++)"))
        for zoom, slot in ((self.zoom_out_button, self.zoom_out), (self.fit_button, self.fit),
                           (self.zoom_in_button, self.zoom_in)):  # fmt: skip
            zoom.clicked.connect(slot)
        row.addWidget(group(self.zoom_out_button, self.fit_button, self.zoom_in_button))
        return row

    def _build_rules_panel(self) -> QWidget:
        panel = RulesPanel()
        self.score_label = panel.score_label
        self.violations_model = panel.violations_model
        self.violations_list = panel.violations_list
        self.pairs_model = panel.pairs_model
        self.pairs_list = panel.pairs_list
        self.add_rule_button = panel.add_button
        self.remove_rule_button = panel.remove_button
        self.violations_list.selectionModel().selectionChanged.connect(self._violation_chosen)
        self.pairs_list.selectionModel().selectionChanged.connect(self._update_actions)
        self.pairs_list.key_action.connect(self._pairs_key)
        self.add_rule_button.clicked.connect(self.add_pair_rule)
        self.remove_rule_button.clicked.connect(self.remove_pair_rule)
        return panel

    def _build_actions(self) -> None:
        def action(text: str, slot, keys: list[str] | None = None) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(slot)
            if keys:
                made.setShortcuts([QKeySequence(k) for k in keys])
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(made)
            return made

        self.zoom_in_action = action(tr("Zoom in"), self.zoom_in, ["Ctrl++", "Ctrl+="])
        self.zoom_out_action = action(tr("Zoom out"), self.zoom_out, ["Ctrl+-"])
        self.fit_action = action(tr("Fit the table"), self.fit, ["Ctrl+0"])
        self.lock_action = action(tr("Lock seat"), self.toggle_lock, ["Ctrl+L"])
        # Shown in the seat's menu with the keys the drawing handles itself.
        self.seat_person_action = action(tr("Seat selected person here"), self.seat_selected_person)
        self.seat_person_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.unseat_action = action(tr("Unseat"), self.unseat_selected)
        self.unseat_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.move_action = action(tr("Move to seat…"), self.move_selected)
        self.label_action = action(tr("Set label…"), self.label_selected)
        self.label_action.setShortcut(QKeySequence(Qt.Key.Key_F2))

    def save_layout(self) -> None:
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    # -- access and content -----------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    @property
    def current_plan(self) -> SeatingPlanRecord | None:
        if self._event is None:
            return None
        return next((p for p in self._event.seating_plans if p.id == self._plan_id), None)

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.scene.writable = writable
        self.unseated_model.set_editable(writable)
        self.unseated_list.setDragEnabled(writable)
        self.unseated_list.setAcceptDrops(writable)
        self._update_actions()

    def _show(self, event: EventRecord | None) -> None:
        same_event = self._event is not None and event is not None and self._event.id == event.id
        self._event = event
        if event is None:
            self._plan_id = None
            self.stack.setCurrentWidget(self.empty_label)
            self._show_plan()
            return
        plans = event.seating_plans
        wanted = self._plan_id if same_event else None
        if self._select_plan_name is not None:
            name = self._select_plan_name.casefold()
            wanted = next((p.id for p in plans if p.name.casefold() == name), wanted)
            self._select_plan_name = None
        if not any(p.id == wanted for p in plans):
            wanted = plans[0].id if plans else None
        self._filling = True
        self.plan_combo.clear()
        for plan in plans:
            self.plan_combo.addItem(plan.name, plan.id)
        self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(wanted), 0))
        self._filling = False
        if wanted != self._plan_id:
            self.canvas.auto_fit = self.canvas.keep_readable = True
        self._plan_id = wanted
        self.stack.setCurrentWidget(self.content if plans else self.no_plans)
        self._show_plan()

    def _plan_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self._plan_id = self.plan_combo.currentData()
        self.canvas.auto_fit = self.canvas.keep_readable = True
        self.scene.select_seat(None)
        self._show_plan()

    def select_plan(self, name: str) -> bool:
        """Show the plan called ``name`` (tools and tests)."""
        index = self.plan_combo.findText(name)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)
        return index >= 0

    def _show_plan(self) -> None:
        event, plan = self._event, self.current_plan
        geometry = None
        looks: dict[int, SeatLook] = {}
        if plan is not None:
            try:
                geometry = plan_geometry(plan)
            except UserError as exc:  # the store checks plans, so only a damaged file
                self.plan_info.setText(str(exc))
            if geometry is not None and event is not None:
                looks = seat_looks(event, plan)
        rebuilt = self.scene.show_plan(geometry, looks)
        if plan is not None:
            self.plan_info.setText(plan_summary(plan))
            self.plan_info.setToolTip(plan.notes)
        self.unseated_model.set_plan(event, plan)
        self.pairs_model.set_plan(event, plan)
        self._show_checks(event, plan)
        set_text(self.legend_label.setText, self.legend_label.text(), legend_html(event))
        if rebuilt or self.canvas.auto_fit:
            self.canvas.fit()
        self._update_actions()

    def _show_checks(self, event: EventRecord | None, plan: SeatingPlanRecord | None) -> None:
        if event is None or plan is None:
            self.violations_model.set_violations([])
            self.score_label.setText("")
            self.scene.set_highlighted([])
            return
        rules = seating_dialogs.rules_for_check(self._settings, event)
        try:
            score, violations = evaluate(plan, event.participants, rules)
        except (UserError, ValueError) as exc:
            self.violations_model.set_violations([])
            self.score_label.setText(str(exc))
            return
        self.violations_model.set_violations(violations)
        self.score_label.setText(score_text(score, len(violations)))
        self.scene.set_highlighted([])

    def _violation_chosen(self, *_args) -> None:
        rows = self.violations_list.selectionModel().selectedRows()
        seats = rows[0].data(SEATS_ROLE) if rows else []
        self.scene.set_highlighted(seats or [])
        if seats:
            item = self.scene.seat_item(seats[0])
            if item is not None:
                self.canvas.ensureVisible(item, 20, 20)

    # -- selection ----------------------------------------------------------------------------

    def selected_seat(self) -> int | None:
        return self.scene.selected_seat()

    def select_seat(self, number: int | None) -> None:
        self.scene.select_seat(number)

    def selected_person(self) -> int | None:
        rows = self.unseated_list.selectionModel().selectedRows()
        return rows[0].data(PARTICIPATION_ID_ROLE) if rows else None

    def select_person(self, participation_id: int) -> bool:
        row = self.unseated_model.row_of(participation_id)
        if row < 0:
            return False
        self.unseated_list.selectionModel().setCurrentIndex(
            self.unseated_model.index(row),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        return True

    def _person_name(self, participation_id: int | None) -> str:
        event = self._event
        person: ParticipationRecord | None = None
        if event is not None:
            person = next((p for p in event.participants if p.id == participation_id), None)
        return display_name(person) if person is not None else ""

    def _update_actions(self, *_args) -> None:
        """Enable what the selection allows, say why the rest is disabled, and describe the
        selected seat: on every selection change, so each setter only acts on a change."""
        plan = self.current_plan
        selection = SeatSelection(
            writable=self._writable,
            has_event=self._event is not None,
            plan=plan,
            seat=self.selected_seat() if plan is not None else None,
            person=self.selected_person(),
        )
        self._update_plan_buttons(selection)
        self._update_seat_buttons(selection)
        self._update_seat_actions(selection)
        self._update_rule_buttons(selection)
        self._update_seat_texts(selection)

    def _update_plan_buttons(self, selection: SeatSelection) -> None:
        able(self.new_plan_button, self._writable and selection.has_event, tr(READ_ONLY))
        able(self.create_first_button, self._writable and selection.has_event, tr(READ_ONLY))
        able(self.edit_plan_button, selection.editable, selection.plan_reason())
        able(self.delete_plan_button, selection.editable, selection.plan_reason())
        able(self.auto_button, selection.editable, selection.plan_reason())
        # printing reads only: fine when read-only
        able(self.print_button, selection.has_plan, selection.no_plan_reason())
        able(
            self.clear_button,
            selection.can_clear(),
            selection.unless_writable(tr("Every unlocked seat is already empty")),
        )

    def _update_seat_buttons(self, selection: SeatSelection) -> None:
        able(self.seat_person_button, selection.can_seat_person(), selection.seat_person_reason())
        able(self.unseat_button, selection.can_change_occupant(), selection.seat_reason())
        able(self.move_button, selection.can_change_occupant(), selection.seat_reason())
        able(
            self.lock_button,
            selection.can_change_seat(),
            selection.unless_writable(tr(SELECT_SEAT_FIRST)),
        )
        able(
            self.label_button,
            selection.can_change_seat(),
            selection.unless_writable(tr(SELECT_SEAT_FIRST)),
        )
        set_text(self.lock_button.setText, self.lock_button.text(),
                  tr("Unlock") if selection.locked else tr("Lock"))  # fmt: skip

    def _update_seat_actions(self, selection: SeatSelection) -> None:
        """The seat's menu and keys follow its buttons."""
        set_text(self.lock_action.setText, self.lock_action.text(),
                  tr("Unlock seat") if selection.locked else tr("Lock seat"))  # fmt: skip
        for action, button in ((self.seat_person_action, self.seat_person_button),
                               (self.unseat_action, self.unseat_button),
                               (self.move_action, self.move_button),
                               (self.lock_action, self.lock_button),
                               (self.label_action, self.label_button)):  # fmt: skip
            if action.isEnabled() != button.isEnabled():
                action.setEnabled(button.isEnabled())
        record = selection.record
        if record is not None:
            set_text(self.label_action.setText, self.label_action.text(),
                      tr("Change label…") if record.label else tr("Set label…"))  # fmt: skip

    def _update_rule_buttons(self, selection: SeatSelection) -> None:
        people = len(seatable(self._event))
        able(
            self.add_rule_button,
            selection.editable and people >= 2,
            selection.unless_writable(tr("A rule needs two participants")),
        )
        rules_rows = self.pairs_list.selectionModel().selectedRows()
        able(
            self.remove_rule_button,
            selection.editable and bool(rules_rows),
            selection.unless_writable(tr("Select a rule first")),
        )

    def _update_seat_texts(self, selection: SeatSelection) -> None:
        record = selection.record
        occupant = record.participation_id if record is not None else None
        name = self._person_name(occupant) if selection.occupied else ""
        set_text(self.seat_label.setText, self.seat_label.text(), seat_text(selection, name))
        heading = tr("Un&seated ({count})").format(count=self.unseated_model.rowCount())
        set_text(self.unseated_heading.setText, self.unseated_heading.text(), heading)
        note = unseated_note(selection, self.unseated_model.declined_count)
        set_text(self.unseated_note.setText, self.unseated_note.text(), note)

    # -- changes ------------------------------------------------------------------------------

    def _change(self, build: Callable[[EventRecord, SeatingPlanRecord], Edit | None]) -> bool:
        """Build the edit from the event and plan as shown and push it as one named command;
        nothing happens when no plan is shown (see ``_change_event``)."""
        plan = self.current_plan
        if plan is None:
            return False
        return self._change_event(lambda event: build(event, plan))

    def _change_event(self, build: Callable[[EventRecord], Edit | None]) -> bool:
        """Build the edit from the event as shown and push it as one named command (a new plan,
        which needs no plan shown).

        ``build`` returns the edit, or None for nothing to do. A refusal by the plan is a status
        line; an edit the store refuses is a dialog; either way nothing changes.
        """
        event = self._event
        if event is None or event.id is None or not self._writable:
            return False
        try:
            edit = build(event)
        except RefusedError as exc:
            emit(self.message, str(exc))
            return False
        except ValueError:
            self._context.changed(Changed.reload(event.id))  # built on something gone
            return False
        if edit is None:
            return False
        command = EditCommand(self._context, edit)
        self.undo_stack.push(command)
        return command.applied is not None

    # plans

    def new_plan(self) -> bool:
        event = self._event
        if event is None or not self._writable:
            return False
        plan, accepted = seating_dialogs.get_plan(self, event, None)
        if not accepted or plan is None:
            return False
        self._select_plan_name = plan.name
        done = self._change_event(lambda shown: add_plan_edit(shown, plan))
        if not done:
            self._select_plan_name = None
        return done

    def edit_plan(self) -> bool:
        current = self.current_plan
        if current is None or self._event is None or not self._writable:
            return False
        plan, accepted = seating_dialogs.get_plan(self, self._event, copy.deepcopy(current))
        if not accepted or plan is None:
            return False
        return self._change(lambda _event, mine: plan_settings_edit(mine, plan))

    def delete_plan(self) -> bool:
        plan = self.current_plan
        if plan is None or not self._writable:
            return False
        answer = QMessageBox.question(
            self,
            tr("Delete seating plan"),
            tr(
                "Delete the seating plan “{plan}” with everyone's seats in it? "
                "(Edit ▸ Undo brings it back.)"
            ).format(plan=plan.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._change(lambda _event, mine: remove_plan_edit(mine))

    # seats

    def seat_person(self, participation_id: int, number: int) -> bool:
        """Seat ``participation_id`` at seat ``number`` (a move, or a swap when it is taken)."""
        return self._change(
            lambda event, mine: seat_person_edit(event, mine, participation_id, number)
        )

    def unseat(self, number: int) -> bool:
        return self._change(lambda event, mine: unseat_edit(event, mine, number))

    def set_locked(self, number: int, locked: bool) -> bool:
        return self._change(lambda _event, mine: lock_edit(mine, number, locked))

    def set_label(self, number: int, label: str) -> bool:
        return self._change(lambda _event, mine: label_edit(mine, number, label))

    def drop_on_seat(self, number: int, drag: SeatDrag) -> bool:
        """A person dropped on seat ``number``: from the list, or from another seat."""
        plan = self.current_plan
        if plan is None or not self._writable or drag.from_seat == number:
            return False
        if plan.seat(number).locked:
            emit(
                self.message,
                tr("Seat {number} is locked; unlock it before seating anyone there.").format(
                    number=number
                ),
            )
            return False
        return self.seat_person(drag.participation_id, number)

    def drop_on_list(self, drag: SeatDrag) -> bool:
        """A person dropped on the unseated list: off their seat."""
        plan = self.current_plan
        if plan is None or drag.from_seat is None or not self._writable:
            return False
        if plan.seat(drag.from_seat).locked:
            emit(self.message, self._locked_text(drag.from_seat))
            return False
        return self.unseat(drag.from_seat)

    def _seat_dropped(self, number: int, drag: object) -> None:
        if isinstance(drag, SeatDrag):
            self.drop_on_seat(number, drag)

    def _unseat_dropped(self, number: int) -> None:
        plan = self.current_plan
        pid = plan.seat(number).participation_id if plan is not None else None
        if pid is not None:
            self.drop_on_list(SeatDrag(pid, number))

    def seat_selected_person(self) -> bool:
        """The person selected in the list goes to the seat selected in the drawing."""
        seat, person = self.selected_seat(), self.selected_person()
        if seat is None:
            emit(self.message, tr("Select a seat in the drawing first."))
            return False
        if person is None:
            emit(self.message, tr("Select someone in the Unseated list first."))
            return False
        done = self.drop_on_seat(seat, SeatDrag(person))
        if done:
            self.unseated_list.setFocus()
        return done

    def unseat_selected(self) -> bool:
        seat = self.selected_seat()
        plan = self.current_plan
        if seat is None or plan is None:
            return False
        if plan.seat(seat).locked:
            emit(self.message, self._locked_text(seat))
            return False
        return self.unseat(seat)

    @staticmethod
    def _locked_text(number: int) -> str:
        return tr("Seat {number} is locked; unlock it first.").format(number=number)

    def toggle_lock(self) -> bool:
        seat, plan = self.selected_seat(), self.current_plan
        if seat is None or plan is None:
            return False
        return self.set_locked(seat, not plan.seat(seat).locked)

    def label_selected(self) -> bool:
        seat, plan = self.selected_seat(), self.current_plan
        if seat is None or plan is None or not self._writable:
            return False
        label, accepted = seating_dialogs.ask_label(self, seat, plan.seat(seat).label)
        if not accepted or " ".join(label.split()) == plan.seat(seat).label:
            return False
        return self.set_label(seat, label)

    def move_selected(self) -> bool:
        """The keyboard's drag: move the selected seat's occupant to a seat typed in."""
        seat, plan = self.selected_seat(), self.current_plan
        if seat is None or plan is None or not self._writable:
            return False
        pid = plan.seat(seat).participation_id
        if pid is None:
            return False
        number, accepted = seating_dialogs.ask_seat_number(
            self,
            tr("Move to seat"),
            tr("Move {name} to seat (1–{last}); whoever sits there takes seat {seat}:").format(
                name=self._person_name(pid), last=plan.seat_count, seat=seat
            ),
            seat,
            plan.seat_count,
        )
        if not accepted or number == seat:
            return False
        if plan.seat(seat).locked:
            emit(self.message, self._locked_text(seat))
            return False
        done = self.drop_on_seat(number, SeatDrag(pid, seat))
        if done:
            self.select_seat(number)
        return done

    def _canvas_key(self, action: str) -> None:
        if action == "unseat":
            self.unseat_selected()
        elif action == "seat":
            self.seat_selected_person()
        elif action == "label":
            self.label_selected()

    def _list_key(self, action: str) -> None:
        if action == "activate":
            self.seat_selected_person()

    def _pairs_key(self, action: str) -> None:
        if action == "delete":
            self.remove_pair_rule()

    # menus

    def seat_menu(self, number: int) -> QMenu:
        """The context menu of seat ``number`` (selected first, so the actions act on it)."""
        self.select_seat(number)
        self._update_actions()
        menu = QMenu(self)
        plan = self.current_plan
        record = plan.seat(number) if plan is not None else None
        if record is not None and record.participation_id is not None:
            title = tr("Seat {number}: {name}").format(
                number=number, name=self._person_name(record.participation_id)
            )
        else:
            title = tr("Seat {number}").format(number=number)
        heading = menu.addAction(title)
        heading.setEnabled(False)
        menu.addSeparator()
        person = self.selected_person()
        self.seat_person_action.setText(
            tr("Seat {name} here").format(name=self._person_name(person)) if person is not None
            else tr("Seat selected person here")
        )  # fmt: skip
        for action in (self.seat_person_action, self.unseat_action, self.move_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.label_action)
        if record is not None and record.label:
            clear = menu.addAction(tr("Clear label"))
            clear.setEnabled(self._writable)
            clear.triggered.connect(lambda: self.set_label(number, ""))
        return menu

    def _show_seat_menu(self, number: int, position: QPoint) -> None:
        self.seat_menu(number).exec(position)

    # rules, auto seating

    def add_pair_rule(self) -> bool:
        event = self._event
        if event is None or self.current_plan is None or not self._writable:
            return False
        value, accepted = seating_dialogs.get_pair_rule(self, event)
        if not accepted or value is None:
            return False
        first, second, together = value
        return self._change(lambda shown, mine: add_rule_edit(shown, mine, first, second, together))

    def remove_pair_rule(self) -> bool:
        rows = self.pairs_list.selectionModel().selectedRows()
        if not rows:
            return False
        shown = self.pairs_model.rule(rows[0].row())

        def build(event: EventRecord, mine: SeatingPlanRecord) -> Edit:
            index = next((i for i, r in enumerate(mine.pair_rules) if r.id == shown.id), -1)
            return remove_rule_edit(event, mine, index)

        return self._change(build)

    def auto_seat(self) -> SeatingResult | None:
        """Ask for the rules, seat everyone by them as one undo step, and say how it went."""
        event, plan = self._event, self.current_plan
        if event is None or plan is None or not self._writable:
            return None
        rules, accepted = seating_dialogs.get_auto_seat_rules(self, event, plan, self._settings)
        if not accepted or rules is None:
            return None
        try:
            result = auto_seat(plan, event.participants, rules)
        except UserError as exc:
            show_failure(self, auto_seat_text(plan), str(exc))
            return None
        edit = assignments_edit(plan, result.assignments, auto_seat_text(plan))
        moved = edit is not None
        if moved and not self._change(lambda _event, _mine: edit):
            return None  # refused, and said so
        self._show_checks(self._event, self.current_plan)  # the rules may be new
        # A line in the status bar, not a box to click away: the rules it breaks are listed
        # beside the plan already.
        emit(self.message, auto_seat_line(plan, result, moved))
        return result

    def clear_unlocked(self) -> bool:
        plan = self.current_plan
        if plan is None or locked_assignments(plan) == plan.occupants():
            return False  # nobody in an unlocked seat
        return self._change(lambda _event, mine: clear_edit(mine))

    # zoom

    def zoom_in(self) -> None:
        self.canvas.zoom_in()

    def zoom_out(self) -> None:
        self.canvas.zoom_out()

    def fit(self) -> None:
        self.canvas.fit(whole=True)

    # printing

    def print_seating_chart(self) -> str | None:
        """The print dialog on the seating chart (kind "seating"): the tab's Print chart button."""
        if self._event is None or self._event.id is None:
            return None
        from roundtable.gui.printing import printables

        done = printables.print_event(self, self.store, self._settings, self._event.id, "seating")
        if done:
            emit(self.message, done)
        return done
