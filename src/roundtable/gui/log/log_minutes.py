"""The Log tab's Minutes page (Log ▸ Minutes): the event's minutes in a plain-text editor. They
are stored as the event's summary; everywhere the user meets them they are called the minutes.

The minutes are written during and after a meeting in one sitting, so they are edited as a
document and saved as one undo step ("Save minutes of “…”"), not a step per keystroke. Text
typed and not yet saved must never be lost: moving to another event asks whether to save it
(the Log tab calls ``before_switch``), and closing the window saves it. A reload of the same
event after some other change keeps what is being typed.

Tab and Shift+Tab move on to the next and previous control, as in every other box of the app
(someone finding their way by keyboard would otherwise be stuck in the page); Ctrl+Tab types a
tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.records import EventRecord
from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.signals import emit
from roundtable.gui.common.undo import CommandContext
from roundtable.gui.log.log_commands import SaveMinutesCommand
from roundtable.services.edits.text import quoted
from roundtable.wording import QT_TR_NOOP, tr

HINT = QT_TR_NOOP(
    "The event's minutes, printed with “Print minutes…” and kept in the event bundle. Plain "
    "text; a blank line starts a new paragraph. Tab moves on; Ctrl+Tab types a tab."
)
"""In English; shown through ``tr()``."""


def normalised(text: str) -> str:
    """Trailing spaces and blank lines are not a change anyone made on purpose."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


def saved_message(event: EventRecord) -> str:
    return tr("Saved the minutes of {title}").format(title=quoted(event.title))


def _is_ctrl_tab(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Tab
        and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )


class MinutesEditor(QPlainTextEdit):
    """Plain text where Tab moves the focus (``setTabChangesFocus``) and Ctrl+Tab, which a tab
    widget would otherwise take to switch pages, types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_ctrl_tab(event):
            event.accept()  # the key is the editor's, not a shortcut's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_tab(event):
            if not self.isReadOnly():
                self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)


class MinutesPanel(QWidget):
    message = Signal(str)

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
        self._saved = ""  # the summary as stored, which the editor is compared with
        self._writable = True

        self.hint_label = QLabel(tr(HINT))
        self.hint_label.setWordWrap(True)
        self.editor = MinutesEditor()
        self.editor.setObjectName("minutes_editor")
        self.editor.setAccessibleName(tr("Minutes"))
        self.editor.setPlaceholderText(
            tr("Who met, what was discussed, what was agreed and what happens next…")
        )
        self.editor.textChanged.connect(self._update_buttons)
        self.state_label = QLabel()
        self.state_label.setObjectName("minutes_state")

        self.save_button = QPushButton(tr("&Save minutes"))
        self.save_button.setToolTip(
            tr("Save the minutes as one step (Ctrl+S); Edit ▸ Undo takes it back")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.setToolTip(tr("Throw away what was typed since the minutes were saved"))
        self.revert_button.clicked.connect(self.revert)
        self.print_button = QPushButton(tr("Pri&nt minutes…"))
        self.print_button.setToolTip(
            tr("See the minutes' pages, then save them as a PDF or print them")
        )
        self.print_button.clicked.connect(self.print_minutes)

        self.save_action = QAction(tr("Save minutes"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- state ------------------------------------------------------------------------------

    @property
    def store(self):
        return self._context.store

    @property
    def event_id(self) -> int | None:
        return self._event.id if self._event is not None else None

    def text(self) -> str:
        return normalised(self.editor.toPlainText())

    def is_dirty(self) -> bool:
        return self._writable and self._event is not None and self.text() != self._saved

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.editor.setReadOnly(not writable)
        self._update_buttons()

    def show_event(self, event: EventRecord | None) -> None:
        """Show ``event``'s minutes; the same event again (a reload after another change)
        keeps any unsaved text."""
        same = event is not None and self._event is not None and event.id == self._event.id
        keep = same and self.is_dirty()
        self._event = event
        self._saved = normalised(event.summary) if event is not None else ""
        if not keep:
            shown = event.summary if event is not None else ""
            if normalised(self.editor.toPlainText()) != normalised(shown) or not same:
                self.editor.setPlainText(shown)
        self.editor.setEnabled(event is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.print_button.setEnabled(self._event is not None)
        if self._event is None:
            state = ""
        elif not self._writable:
            state = tr("Read-only")
        else:
            state = tr("Not saved yet") if dirty else ""
        if self.state_label.text() != state:
            self.state_label.setText(state)

    # -- saving -----------------------------------------------------------------------------

    def save(self, *, select: bool = True) -> bool:
        """Save what the editor shows as one undo step; False if there was nothing to save or
        the store refused."""
        if not self.is_dirty() or self._event is None or self._event.id is None:
            return False
        text = self.text()
        try:
            old = self.store.get_event(self._event.id, with_attachment_data=True)
        except UserError as exc:
            QMessageBox.warning(self, tr("Save minutes"), sentence(str(exc)))
            return False
        self._saved = text  # from here on the editor shows what is (being) stored
        if normalised(old.summary) == text:
            self._update_buttons()
            return False
        self.undo_stack.push(SaveMinutesCommand(self._context, old, text, select=select))
        self._update_buttons()
        emit(self.message, saved_message(old))
        return True

    def revert(self) -> None:
        if self._event is not None:
            self.editor.setPlainText(self._event.summary)
        self._update_buttons()

    def before_switch(self, event: EventRecord | None) -> None:
        """Another event is about to be shown: ask whether to save unsaved minutes. The save
        is pushed once the window has finished moving to the other event (it must not reload
        the window half-way through a selection change), and leaves that event selected."""
        if not self.is_dirty() or self._event is None:
            return
        if event is not None and event.id == self._event.id:
            return
        title = self._event.title
        answer = QMessageBox.question(
            self,
            tr("Unsaved minutes"),
            tr("The minutes of {title} have changes that are not saved. Save them?").format(
                title=quoted(title)
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            leaving = self._event
            text = self.text()
            self._saved = text  # settled: asking again before the save runs would be wrong
            QTimer.singleShot(0, self, lambda: self._save_later(leaving, text))
        else:
            self.revert()

    def _save_later(self, event: EventRecord, text: str) -> None:
        assert event.id is not None
        try:
            old = self.store.get_event(event.id, with_attachment_data=True)
        except UserError as exc:
            QMessageBox.warning(self, tr("Save minutes"), sentence(str(exc)))
            return
        if normalised(old.summary) == text:
            return
        self.undo_stack.push(SaveMinutesCommand(self._context, old, text, select=False))
        emit(self.message, saved_message(old))

    def save_pending(self) -> bool:
        """Closing: save without asking (nothing typed is lost, and undo can take it back)."""
        return self.save(select=False)

    # -- printing ---------------------------------------------------------------------------

    def print_minutes(self) -> str | None:
        """The print dialog on the minutes (kind "minutes"), saving unsaved text first so what
        is printed is what is shown."""
        if self._event is None or self._event.id is None:
            return None
        self.save()
        from roundtable.gui.printing import printables

        done = printables.print_event(self, self.store, self._settings, self._event.id, "minutes")
        if done:
            emit(self.message, done)
        return done
