"""The main window's actions, and its menus and toolbar made of them.

Each mode shows its own actions, in the menus and the toolbar alike; a hidden action's shortcut
is off, so Ctrl+N, F2 and Delete act on what the user is looking at (an event or a person).
What an action does is the window's (ActionHandlers); which actions may be used is said here,
from what the window tells (an event is selected, the database is writable...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from roundtable.gui.common.icons import themed
from roundtable.wording import tr

MODE_EVENTS, MODE_PEOPLE = "events", "people"

Keys = QKeySequence | QKeySequence.StandardKey | str | None


class ActionHandlers(Protocol):
    """What the actions call: the window's commands, nothing else of it."""

    def new_event(self) -> None: ...
    def new_event_from_announcement(self) -> None: ...
    def edit_event(self) -> None: ...
    def duplicate_event(self) -> None: ...
    def delete_event(self) -> None: ...
    def import_bundle(self) -> None: ...
    def export_bundle(self) -> None: ...
    def print_event(self) -> None: ...
    def load_examples(self) -> None: ...
    def back_up_now(self) -> None: ...
    def restore_from_backup(self) -> None: ...
    def close(self) -> bool: ...
    def focus_filter(self) -> None: ...
    def set_mode(self, mode: str) -> None: ...
    def show_seating(self) -> None: ...
    def show_log(self) -> None: ...
    def add_log_entry(self) -> int | None: ...
    def run_session(self) -> object: ...
    def edit_preferences(self) -> None: ...
    def show_about(self) -> None: ...
    def show_guide(self) -> None: ...


class PeopleHandlers(Protocol):
    """What the People actions call: the People page's."""

    def new_person(self) -> None: ...
    def edit_person(self) -> None: ...
    def delete_person(self) -> None: ...
    def merge_people(self) -> None: ...


class WindowActions:
    """Every action of the main window, built once, with its menus and toolbar on ``window``."""

    NAMES = ("new_action", "new_from_announcement_action", "import_action", "export_action",
             "print_action", "load_examples_action", "backup_action", "restore_action",
             "quit_action",
             "undo_action", "redo_action", "edit_action", "duplicate_action", "delete_action",
             "find_action", "events_mode_action", "people_mode_action", "seating_action",
             "log_action", "log_entry_action", "run_session_action", "preferences_action",
             "new_person_action", "edit_person_action", "delete_person_action",
             "merge_people_action", "people_actions", "guide_action", "log_folder_action",
             "about_action", "toolbar")  # fmt: skip
    """The actions (and toolbar) the window also has under these names, as tests know them."""

    def __init__(
        self,
        window: QMainWindow,
        undo_stack: QUndoStack,
        on: ActionHandlers,
        people: PeopleHandlers,
    ) -> None:
        self._window = window
        self._build_file_and_edit(undo_stack, on)
        self._build_view_log_and_people(on, people)
        self._build_menus()
        self._build_toolbar()
        self.show_mode(people=False)

    def _action(
        self, text: str, slot: Callable[[], object], keys: Keys = None, icon: str = "",
        tip: str = "",
    ) -> QAction:  # fmt: skip
        action = QAction(text, self._window)
        if icon:
            action.setIcon(themed(icon))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_file_and_edit(self, undo_stack: QUndoStack, on: ActionHandlers) -> None:
        self.new_action = self._action(
            tr("&New event…"), on.new_event, QKeySequence.StandardKey.New, "document-new",
            tr("Create an event"),
        )  # fmt: skip
        self.new_from_announcement_action = self._action(
            tr("New event from &announcement…"), on.new_event_from_announcement, None, "",
            tr("Paste or open an event's announcement, review what was read, create the event"),
        )  # fmt: skip
        self.import_action = self._action(
            tr("&Import event bundle…"), on.import_bundle, None, "document-open",
            tr("Add an event from a .roundtable.json bundle"),
        )  # fmt: skip
        self.export_action = self._action(
            tr("&Export event bundle…"), on.export_bundle, None, "document-save-as",
            tr("Save the selected event with its people and organisations as one file"),
        )  # fmt: skip
        self.print_action = self._action(
            tr("&Print…"), on.print_event, QKeySequence.StandardKey.Print, "document-print",
            tr("See the selected event's agenda, name cards or bios booklet, then save or "
               "print them"),
        )  # fmt: skip
        self.load_examples_action = self._action(
            tr("Load e&xample events"), on.load_examples, None, "",
            tr("Add example events to look around (can be undone)"),
        )  # fmt: skip
        self.backup_action = self._action(
            tr("Back &up now"), on.back_up_now, None, "",
            tr("Save a copy of the database in its backups folder"),
        )  # fmt: skip
        self.restore_action = self._action(
            tr("&Restore from backup…"), on.restore_from_backup, None, "",
            tr("Replace the database with one of its backups (it is backed up first)"),
        )  # fmt: skip
        self.quit_action = self._action(tr("&Quit"), on.close, "Ctrl+Q", "application-exit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = undo_stack.createUndoAction(self._window, tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(themed("edit-undo"))
        self.redo_action = undo_stack.createRedoAction(self._window, tr("&Redo"))
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]  # fmt: skip
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(themed("edit-redo"))

        # F2 anywhere; Return opens the event only from the events list (see ReturnOpens),
        # never from a cell being edited, where Return only commits the edit.
        self.edit_action = self._action(
            tr("&Edit event…"), on.edit_event, QKeySequence(Qt.Key.Key_F2),
            "document-edit", tr("Change the selected event (F2, or Return in the list)"),
        )  # fmt: skip
        self.duplicate_action = self._action(
            tr("D&uplicate"), on.duplicate_event, "Ctrl+D", "edit-copy",
            tr("Make a copy of the selected event, e.g. to plan its next round"),
        )  # fmt: skip
        self.delete_action = self._action(
            tr("&Delete…"), on.delete_event, QKeySequence.StandardKey.Delete,
            "edit-delete", tr("Delete the selected event (can be undone)"),
        )  # fmt: skip

    def _build_view_log_and_people(self, on: ActionHandlers, people: PeopleHandlers) -> None:
        self.find_action = self._action(
            tr("&Find / filter"), on.focus_filter, QKeySequence.StandardKey.Find,
            "edit-find", tr("Type to narrow the events list"),
        )  # fmt: skip
        self.events_mode_action = self._action(
            tr("&Events"), lambda: on.set_mode(MODE_EVENTS), "Ctrl+1", "",
            tr("Events, with their overview and participants"),
        )  # fmt: skip
        self.people_mode_action = self._action(
            tr("&People"), lambda: on.set_mode(MODE_PEOPLE), "Ctrl+2", "",
            tr("Everyone in the directory, across all events"),
        )  # fmt: skip
        self.seating_action = self._action(
            tr("&Seating plans"), on.show_seating, "Ctrl+3", "",
            tr("The selected event's seating plans: tables, seats and who sits where"),
        )  # fmt: skip
        self.log_action = self._action(
            tr("Event &log"), on.show_log, "Ctrl+4", "",
            tr("The selected event's journal, change history, minutes and planned against "
               "actual"),
        )  # fmt: skip
        self.log_entry_action = self._action(
            tr("Log &entry…"), on.add_log_entry, "Ctrl+J", "",
            tr("Write an entry in the selected event's log, from wherever you are"),
        )  # fmt: skip
        self.run_session_action = self._action(
            tr("R&un session…"), on.run_session, QKeySequence(Qt.Key.Key_F5), "",
            tr("Open the moderator's timer for the selected event"),
        )  # fmt: skip
        self.preferences_action = self._action(
            tr("Pre&ferences…"), on.edit_preferences, "Ctrl+,", "",
            tr("Your name, written on log entries and changes, and the interface's language"),
        )  # fmt: skip
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.mode_group = QActionGroup(self._window)
        self.mode_group.setExclusive(True)
        for action in (self.events_mode_action, self.people_mode_action):
            action.setCheckable(True)
            self.mode_group.addAction(action)
        self.events_mode_action.setChecked(True)

        self.new_person_action = self._action(
            tr("&New person…"), people.new_person, QKeySequence.StandardKey.New, "document-new",
            tr("Add someone to the directory"),
        )  # fmt: skip
        self.edit_person_action = self._action(
            tr("&Edit person…"), people.edit_person, QKeySequence(Qt.Key.Key_F2),
            "document-edit", tr("Change the selected person (F2, or Return in the list)"),
        )  # fmt: skip
        self.delete_person_action = self._action(
            tr("&Delete person…"), people.delete_person, QKeySequence.StandardKey.Delete,
            "edit-delete", tr("Remove the selected person from the directory (can be undone)"),
        )  # fmt: skip
        self.merge_people_action = self._action(
            tr("&Merge people…"), people.merge_people, "Ctrl+M", "",
            tr("Make two records of one person into one, keeping all their events"),
        )  # fmt: skip
        self.people_actions = [self.new_person_action, self.edit_person_action,
                               self.delete_person_action, self.merge_people_action]  # fmt: skip

        self.guide_action = self._action(
            tr("User &guide"), on.show_guide, QKeySequence.StandardKey.HelpContents,
            "help-contents",
            tr("The user guide, on the page for what you are looking at"),
        )  # fmt: skip
        self.log_folder_action = self._action(
            tr("Open &log folder"), self._open_log_folder, None, "",
            tr("The folder of Roundtable's log files, to send with a problem report"),
        )  # fmt: skip
        self.about_action = self._action(tr("&About Roundtable"), on.show_about, None, "help-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        menus = (
            (tr("&File"), [self.new_action, self.new_from_announcement_action,
                           self.new_person_action, None, self.import_action,
                           self.export_action, None, self.print_action, None,
                           self.load_examples_action, None, self.backup_action,
                           self.restore_action, None, self.quit_action]),
            (tr("&Edit"), [self.undo_action, self.redo_action, None, self.edit_action,
                           self.duplicate_action, self.delete_action, self.edit_person_action,
                           self.delete_person_action, self.merge_people_action, None,
                           self.log_entry_action, None, self.preferences_action]),
            (tr("&View"), [self.events_mode_action, self.people_mode_action, None,
                           self.seating_action, self.log_action, self.run_session_action, None,
                           self.find_action]),
            (tr("&Help"), [self.guide_action, self.log_folder_action, None, self.about_action]),
        )  # fmt: skip
        for title, actions in menus:
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.events_mode_action)
        self.toolbar.addAction(self.people_mode_action)
        self.toolbar.addSeparator()
        for action in (self.new_action, self.edit_action, self.duplicate_action,
                       self.delete_action, *self.people_actions):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        files_separator = self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.print_action)
        self._window.addToolBar(self.toolbar)
        self._event_only = [self.new_action, self.new_from_announcement_action, self.edit_action,
                            self.duplicate_action, self.delete_action, self.import_action,
                            self.export_action, self.print_action, files_separator]  # fmt: skip
        # The toolbar shows short labels; the menus keep the full ones.
        for action, label in (
            (self.new_action, tr("New")), (self.edit_action, tr("Edit")),
            (self.duplicate_action, tr("Duplicate")), (self.delete_action, tr("Delete")),
            (self.import_action, tr("Import")), (self.export_action, tr("Export")),
            (self.print_action, tr("Print")),
            (self.undo_action, tr("Undo")), (self.redo_action, tr("Redo")),
            (self.new_person_action, tr("New person")), (self.edit_person_action, tr("Edit")),
            (self.delete_person_action, tr("Delete")), (self.merge_people_action, tr("Merge")),
        ):  # fmt: skip
            action.setIconText(label)

    def _open_log_folder(self) -> None:
        from roundtable.gui.help.log_folder import open_log_folder  # when first asked for

        open_log_folder(self._window)

    def events_list_actions(self) -> list[QAction]:
        """The events list's context menu."""
        separator = QAction(self._window)
        separator.setSeparator(True)
        return [self.edit_action, self.duplicate_action, self.delete_action, separator,
                self.new_action, self.export_action]  # fmt: skip

    def people_list_actions(self, owner: QWidget) -> list[QAction]:
        """The people list's context menu (its separator belongs to ``owner``)."""
        separator = QAction(owner)
        separator.setSeparator(True)
        return [self.edit_person_action, self.delete_person_action, self.merge_people_action,
                separator, self.new_person_action]  # fmt: skip

    # -- what may be used -----------------------------------------------------------------------

    def show_mode(self, people: bool) -> None:
        """The events' actions, or the people's: in the menus, the toolbar, their shortcuts."""
        (self.people_mode_action if people else self.events_mode_action).setChecked(True)
        for action in self._event_only:
            action.setVisible(not people)
        for action in self.people_actions:
            action.setVisible(people)
        if people:
            self.find_action.setStatusTip(tr("Type to narrow the people list"))
        else:
            self.find_action.setStatusTip(tr("Type to narrow the events list"))

    def set_access(self, writable: bool, can_restore: bool, can_back_up: bool) -> None:
        for action in (self.new_action, self.new_from_announcement_action, self.import_action,
                       self.load_examples_action):  # fmt: skip
            action.setEnabled(writable)
        self.restore_action.setEnabled(can_restore)
        self.backup_action.setEnabled(can_back_up)

    def update_for_event(self, has_event: bool, writable: bool) -> None:
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.log_entry_action, self.run_session_action):  # fmt: skip
            action.setEnabled(has_event and writable)
        self.export_action.setEnabled(has_event)  # exporting only reads
        self.print_action.setEnabled(has_event)  # and so does printing

    def update_for_people(self, writable: bool, selected: int) -> None:
        """``selected``: how many people are selected in the People view."""
        self.new_person_action.setEnabled(writable)
        self.edit_person_action.setEnabled(writable and selected == 1)
        self.delete_person_action.setEnabled(writable and selected == 1)
        self.merge_people_action.setEnabled(writable and selected == 2)
