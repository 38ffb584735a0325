"""At the door: marking arrivals as people come in, from the keyboard alone.

A big line edit over the participant list. Type a few letters of a name, in any script (folded
as the people filter folds: "jose" finds "José", "елкин" finds "Ёлкин"), and the best match
shows with the next few under it; Up and Down choose among them. Return marks the one chosen
as attended and writes "Arrived: <name>" to the log at this moment: one transaction and one
undo step (``RecordArrival``). The line then clears for the next guest.

Someone already marked attended is said to be so, and nothing is written twice. When nobody
matches, a first Return offers the typed name as a walk-in and a second one adds them: a new
person, split into given and family name as the import does, taking part as attended, with the
same log line. Escape leaves the mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from roundtable.domain.collation import person_key, reading
from roundtable.domain.enums import Attendance
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.gui.common.undo import CommandContext, EditCommand
from roundtable.gui.people.people_model import fold
from roundtable.services.edits.arrival import arrival_edit, walk_in_edit, walk_in_person
from roundtable.wording import tr

PARTICIPATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CANDIDATES = 5  # the best match and the next four: what fits under the line at a glance

Index = QModelIndex | QPersistentModelIndex


def _words(participation: ParticipationRecord) -> list[str]:
    person = participation.person
    texts = (printed_name(person, Output.LOG), person.native_name, reading(person),
             participation.card_name)  # fmt: skip
    return [fold(t) for t in texts if t.strip()]


def matches(participants: Sequence[ParticipationRecord], typed: str) -> list[ParticipationRecord]:
    """The participants whose names match ``typed``, best first: a name that starts with it,
    then one whose words each start with a typed word ("and kor" finds Andrey Kortunov), then
    one that contains it (a Japanese name has no spaces: "月" finds 上月豊久). Ties in the
    sheet's alphabetical order."""
    needle = fold(" ".join(typed.split()))
    if not needle:
        return []
    typed_words = needle.split()
    ranked: list[tuple[int, tuple[Any, ...], ParticipationRecord]] = []
    for participation in participants:
        texts = _words(participation)
        words = [w for t in texts for w in t.split()]
        if any(t.startswith(needle) for t in texts) or any(w.startswith(needle) for w in words):
            rank = 0
        elif all(any(w.startswith(tw) for w in words) for tw in typed_words):
            rank = 1
        elif any(needle in t for t in texts):
            rank = 2
        else:
            continue
        ranked.append((rank, person_key(participation.person), participation))
    ranked.sort(key=lambda r: r[:2])
    return [r[2] for r in ranked]


class CandidatesModel(QAbstractListModel):
    """The matches shown under the line: name, own-script name, affiliation, and whether the
    person is already in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipationRecord] = []

    def set_rows(self, rows: list[ParticipationRecord]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def participation(self, row: int) -> ParticipationRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            person = participation.person
            parts = [printed_name(person, Output.SIGN_IN)]
            native = person.native_name.strip()
            if native and native != parts[0]:
                parts.append(native)
            affiliation = printed_affiliation(person, Output.SIGN_IN)
            text = " · ".join(parts) + (f" — {affiliation}" if affiliation else "")
            if participation.attendance is Attendance.ATTENDED:
                text += "  " + tr("(already in)")
            return text
        if role == PARTICIPATION_ID_ROLE:
            return participation.id
        return None


class DoorMode(QWidget):
    """The panel; the Participants tab shows it over its list and hands it the event."""

    closed = Signal()
    """Escape: the user is done at the door."""

    def __init__(
        self, context: CommandContext, undo_stack: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._undo_stack = undo_stack
        self._event: EventRecord | None = None
        self._walk_in_offered = ""  # the text a walk-in was offered for: Return again adds
        # What the last Return did ("Serghei Golunov arrived."): it stays while the next name
        # is typed, so whoever is at the door can still read it.
        self._last_result = ""

        self.line = QLineEdit()
        self.line.setAccessibleName(tr("Arriving guest"))
        self.line.setPlaceholderText(tr("Type a few letters of the name, then Return"))
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.line.setFont(font)
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self._typed)
        self.line.returnPressed.connect(self.confirm)
        self.line.installEventFilter(self)

        self.model = CandidatesModel(self)
        self.candidates = QListView()
        self.candidates.setAccessibleName(tr("Matching participants"))
        self.candidates.setModel(self.model)
        self.candidates.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line
        self.candidates.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        big = self.candidates.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.candidates.setFont(big)
        rows = CANDIDATES * (self.candidates.fontMetrics().height() + 6) + 8
        self.candidates.setFixedHeight(rows)
        self.candidates.clicked.connect(lambda index: self.candidates.setCurrentIndex(index))
        self.candidates.doubleClicked.connect(lambda _index: self.confirm())

        self.status = QLabel()
        self.status.setAccessibleName(tr("At the door"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status_font = self.status.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.2)
        self.status.setFont(status_font)
        hint = QLabel(tr("Up and Down choose among the matches; Escape closes."))
        hint.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.line)
        layout.addWidget(self.candidates)
        layout.addWidget(self.status)
        layout.addWidget(hint)

    # -- the event ----------------------------------------------------------------------------

    def set_event(self, event: EventRecord | None) -> None:
        """The event as the tab shows it now (after each change too): matches are re-run so a
        name marked a moment ago shows as already in."""
        self._event = event
        self._refresh()

    def start(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    # -- typing -------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._walk_in_offered = ""
        self._refresh()
        text = self.line.text().strip()
        if text and self.model.rowCount() == 0:
            # Twice, not once: a typo pressed home with Return must not become a new person.
            self.status.setText(tr("Nobody expected matches “{text}”. Press Return twice to add "
                                   "them as a walk-in.").format(text=text))  # fmt: skip
        else:
            self.status.setText(self._last_result)

    def _refresh(self) -> None:
        chosen = self.chosen()
        people = self._event.participants if self._event is not None else []
        found = matches(people, self.line.text())[:CANDIDATES]
        self.model.set_rows(found)
        row = next((i for i, p in enumerate(found) if chosen is not None and p.id == chosen.id), 0)
        if found:
            self.candidates.setCurrentIndex(self.model.index(row, 0))

    def chosen(self) -> ParticipationRecord | None:
        index = self.candidates.currentIndex()
        return self.model.participation(index.row()) if index.isValid() else None

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = (self.candidates.currentIndex().row() + step) % self.model.rowCount()
                self.candidates.setCurrentIndex(self.model.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)

    # -- Return -------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Return: the chosen match arrives; with no match, offer the walk-in, then add it."""
        event = self._event
        text = " ".join(self.line.text().split())
        if event is None or event.id is None or not text:
            return
        participation = self.chosen()
        if participation is not None:
            self._arrive(event, participation)
        elif self._walk_in_offered == text:
            self._walk_in(event, text)
        else:
            self._walk_in_offered = text
            self.status.setText(tr("Nobody expected matches “{text}”. Press Return again to "
                                   "add them as a walk-in.").format(text=text))  # fmt: skip

    def _arrive(self, event: EventRecord, participation: ParticipationRecord) -> None:
        name = printed_name(participation.person, Output.LOG)
        if participation.attendance is Attendance.ATTENDED:
            self._last_result = tr("{name} is already marked as arrived.").format(name=name)
            self.status.setText(self._last_result)
            self.line.selectAll()
            return
        command = EditCommand(self._context, arrival_edit(event, participation))
        self._undo_stack.push(command)
        if command.result is not None:
            self._done(tr("{name} arrived.").format(name=name))

    def _walk_in(self, event: EventRecord, text: str) -> None:
        person = walk_in_person(text)
        command = EditCommand(self._context, walk_in_edit(event, person))
        self._undo_stack.push(command)
        if command.result is not None:
            name = printed_name(person, Output.LOG)
            self._done(tr("{name} added as a walk-in and arrived.").format(name=name))

    def _done(self, message: str) -> None:
        self._walk_in_offered = ""
        self._last_result = message
        self.line.clear()
        self.status.setText(message)
        self.line.setFocus()
