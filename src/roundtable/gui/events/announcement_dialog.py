"""File ▸ New event from announcement: paste an event page (or open one), review what was read
from it, correct it, and only then create the event.

Two steps in one dialog. First the text: pasted, or read from a .txt, .html, .eml, .docx or
.pdf file (``services/announcement``). Then the review: the text on the left with the words
every field came from highlighted, and on the right the form, field by field, saying plainly
where nothing was found; putting the cursor in a field (or on a person) highlights its words
more strongly and scrolls to them, so each proposal is checked against its source. Each
proposed person can be linked to someone already in the directory (exact name matches and names
alike, as the participant import finds them), made a new person, or left out.

Nothing is written here: Create event makes the corrected draft into one edit
(``draft_edit``: the event, its new people and organisations), which the window applies as an
undo step, in one transaction, and then shows the new event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.edits import Edit
from roundtable.domain.enums import EventKind, ParticipantRole
from roundtable.errors import UserError
from roundtable.gui.common.date_fields import DateField, TimeField, pydate, pytime, qdate, qtime
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.events.announcement_matches import DirectoryMatcher
from roundtable.services.announcement import (
    Draft,
    DraftPerson,
    Found,
    draft_edit,
    parse_announcement,
    read_announcement_file,
)
from roundtable.store.facade import Store
from roundtable.wording import tr

Span = tuple[int, int]
FieldWidget = QLineEdit | QPlainTextEdit | DateField | TimeField | QComboBox

SOFT_ALPHA, STRONG_ALPHA = 70, 170  # every field's words; the words of the field in focus
MUTED = "color: palette(placeholder-text);"
NEW_PERSON, LEAVE_OUT = -1, -2  # the person column's first two choices, before the candidates
(COL_NAME, COL_ROLE, COL_AFFILIATIONS, COL_PERSON) = range(4)


def _field_labels() -> dict[str, str]:
    """The draft's fields in the order the form shows them. A function: the words are looked
    up when the dialog is shown, in the interface's language."""
    return {
        "programme": tr("Programme"),
        "series": tr("Series"),
        "round": tr("Round"),
        "kind": tr("Kind"),
        "title": tr("Title"),
        "short_title": tr("Short title"),
        "subtitle": tr("Subtitle"),
        "start_date": tr("Start date"),
        "end_date": tr("End date"),
        "start_time": tr("Start time"),
        "end_time": tr("End time"),
        "timezone": tr("Time zone"),
        "venue_name": tr("Venue"),
        "venue_room": tr("Room"),
        "venue_street": tr("Street address"),
        "venue_city": tr("City"),
        "venue_region": tr("Region"),
        "venue_postcode": tr("Postcode"),
        "venue_country": tr("Country"),
        "description": tr("Description"),
        "summary": tr("Summary"),
        "rsvp": tr("RSVP"),
    }


DATE_FIELDS = frozenset({"start_date", "end_date"})
TIME_FIELDS = frozenset({"start_time", "end_time"})
LONG_FIELDS = frozenset({"description", "summary"})


def _qt_position(text: str, offset: int) -> int:
    """A character offset into ``text`` as a QTextDocument position (UTF-16 units: a character
    beyond the Basic Multilingual Plane, as an emoji, counts twice there)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _empty(value: object) -> bool:
    return value is None or value == ""


class _NotValidError(Exception):
    """A field of the form holds what cannot be saved; the message says which and why."""


class AnnouncementDialog(QDialog):
    """The two steps; ``created`` is the edit that makes the event, once Create event has
    been clicked on a draft that can be saved."""

    read_done = Signal()  # the review step is shown (tests wait for it)

    def __init__(
        self, store: Store, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New event from announcement"))
        self._store = store
        self._settings = settings
        self.draft: Draft | None = None
        self.created: Edit | None = None
        self.fields: dict[str, FieldWidget] = {}
        self.notes: dict[str, QLabel] = {}
        self._current: Span | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_paste_page())
        self.review_page = QWidget()
        self.pages.addWidget(self.review_page)

        self.back_button = QPushButton(tr("&Back"))
        self.back_button.clicked.connect(self._back)
        self.read_button = QPushButton(tr("&Read"))
        self.read_button.clicked.connect(self.read_text)
        self.create_button = QPushButton(tr("&Create event"))
        self.create_button.clicked.connect(self.create_event)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.read_button, self.create_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)
        self._show_page(0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- step 1: the text ---------------------------------------------------------------------

    def _build_paste_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "Paste the announcement of an event (a web page, an e-mail, a flyer), or open "
                "it from a file. Nothing is saved before you have reviewed what was read."
            )
        )
        intro.setWordWrap(True)
        self.paste_box = QPlainTextEdit()
        self.paste_box.setPlaceholderText(tr("Paste the announcement here"))
        self.paste_box.textChanged.connect(self._text_changed)
        self.open_button = QPushButton(tr("&Open…"))
        self.open_button.setToolTip(tr("Read the text of a .txt, .html, .eml, .docx or .pdf file"))
        self.open_button.clicked.connect(self.open_file)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.paste_box, 1)
        layout.addLayout(row)
        return page

    def _text_changed(self) -> None:
        self.read_button.setEnabled(bool(self.paste_box.toPlainText().strip()))

    def open_file(self) -> None:
        folder = str(last_folder(self._settings)) if self._settings is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Open announcement"),
            folder,
            tr("Announcements (*.txt *.html *.htm *.eml *.docx *.pdf);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        """Put the text of the file in the box; a file that cannot be read is said so."""
        try:
            text = read_announcement_file(path)
        except UserError as exc:
            QMessageBox.warning(self, tr("Open announcement"), sentence(str(exc)))
            return False
        if self._settings is not None:
            remember_folder(self._settings, path)
        self.paste_box.setPlainText(text)
        return True

    def read_text(self) -> None:
        """Read the pasted text into a draft and show it for review."""
        text = self.paste_box.toPlainText()
        if not text.strip():
            return
        try:
            draft = parse_announcement(text)
        except UserError as exc:
            QMessageBox.warning(self, tr("New event from announcement"), sentence(str(exc)))
            return
        self.show_draft(draft)

    # -- step 2: the review -------------------------------------------------------------------

    def show_draft(self, draft: Draft) -> None:
        self.draft = draft
        old = self.pages.widget(1)
        assert old is not None
        self.review_page = self._build_review_page(draft)
        self.pages.insertWidget(1, self.review_page)
        self.pages.removeWidget(old)
        old.deleteLater()
        self._current = None
        self._show_page(1)
        self._highlight()
        self.read_done.emit()

    def _build_review_page(self, draft: Draft) -> QWidget:
        self.source = QTextEdit()
        self.source.setReadOnly(True)
        self.source.setPlainText(draft.text)

        form_holder = QWidget()
        form = QFormLayout(form_holder)
        self.fields, self.notes = {}, {}
        for key, label in _field_labels().items():
            found = draft.fields.get(key)
            widget = self._field_widget(key, found)
            note = QLabel()
            note.setTextFormat(Qt.TextFormat.PlainText)  # the parser's words, never markup
            note.setStyleSheet(MUTED)
            if found is None or found.span is None:
                note.setText(sentence(found.note) if found and found.note else tr("nothing found"))
            self.fields[key], self.notes[key] = widget, note
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            fixed = key in DATE_FIELDS or key in TIME_FIELDS  # the note beside, not far right
            row.addWidget(widget, 0 if fixed else 1)
            row.addWidget(note)
            if fixed:
                row.addStretch(1)
            form.addRow(label, cell)

        self.people_table = self._build_people_table(draft.people)
        people_label = QLabel(tr("People"))
        if not draft.people:
            people_label.setText(tr("People: nothing found"))
        if draft.organisations:
            names = "\n".join(f"{name} ({role.label})" for name, role, _span in draft.organisations)
            organisations = QLabel(names)
            organisations.setTextFormat(Qt.TextFormat.PlainText)  # names from the pasted page
            organisations.setWordWrap(True)
            form.addRow(tr("Organisations"), organisations)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.source)
        splitter.addWidget(scroll)
        splitter.setSizes([450, 650])
        # The people under both, as wide as the dialog: their affiliations are long.
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(people_label)
        people_layout.addWidget(self.people_table)
        rows = min(len(draft.people), 5) + 1
        self.people_table.setMinimumHeight(
            rows * self.people_table.verticalHeader().defaultSectionSize()
        )
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(splitter)
        outer.addWidget(people)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        return page

    def _field_widget(self, key: str, found: Found | None) -> FieldWidget:
        value = found.value if found is not None else None
        if key in DATE_FIELDS:
            date_field = DateField()
            if isinstance(value, date):
                date_field.setDate(qdate(value))
            else:  # no date rather than today's, and no weekday of a date not there
                date_field.edit.clear()
                date_field.weekday_label.clear()
            return date_field
        if key in TIME_FIELDS:
            time_field = TimeField()
            time_field.setTime(qtime(value if isinstance(value, time) else None))
            return time_field
        if key == "kind":  # the page's word, else the app's default for a new event
            kinds = QComboBox()
            for kind in EventKind:
                kinds.addItem(kind.label, kind)
            found_kind = value if isinstance(value, EventKind) else EventKind.ROUNDTABLE
            kinds.setCurrentIndex(kinds.findData(found_kind))
            return kinds
        text = "" if _empty(value) else str(value)
        if key in LONG_FIELDS:
            box = QPlainTextEdit(text)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 6)
            return box
        return QLineEdit(text)

    def _build_people_table(self, people: list[DraftPerson]) -> QTableWidget:
        table = QTableWidget(len(people), 4)
        table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Role"), tr("Affiliations"), tr("In the directory")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_AFFILIATIONS, QHeaderView.ResizeMode.Stretch)
        matcher = DirectoryMatcher(self._store.list_people()) if people else None
        for row, person in enumerate(people):
            table.setItem(row, COL_NAME, QTableWidgetItem(person.name))
            table.setItem(row, COL_AFFILIATIONS, QTableWidgetItem(" / ".join(person.affiliations)))
            roles = QComboBox()
            for role in ParticipantRole:
                roles.addItem(role.label, role)
            roles.setCurrentIndex(roles.findData(person.role))
            table.setCellWidget(row, COL_ROLE, roles)
            choice = QComboBox()
            choice.addItem(tr("New person"), NEW_PERSON)
            choice.addItem(tr("Leave out"), LEAVE_OUT)
            assert matcher is not None
            candidates = matcher.candidates(person.name)
            for candidate in candidates:
                label = (
                    candidate.label
                    if candidate.exact
                    else tr("Same as {name}?").format(name=candidate.label)
                )
                choice.addItem(label, candidate.person_id)
            exact = [c for c in candidates if c.exact]
            if len(exact) == 1:  # as the import does: one exact match links
                choice.setCurrentIndex(choice.findData(exact[0].person_id))
            table.setCellWidget(row, COL_PERSON, choice)
        table.resizeColumnsToContents()
        header.setSectionResizeMode(COL_AFFILIATIONS, QHeaderView.ResizeMode.Stretch)
        table.currentCellChanged.connect(lambda row, *_: self._person_focused(row))
        return table

    # -- highlights -----------------------------------------------------------------------------

    def _spans(self) -> list[Span]:
        if self.draft is None:
            return []
        spans = [f.span for f in self.draft.fields.values() if f.span is not None]
        spans += [p.span for p in self.draft.people if p.span is not None]
        spans += [span for _name, _role, span in self.draft.organisations if span is not None]
        return spans

    def _selection(self, span: Span, alpha: int) -> QTextEdit.ExtraSelection:
        assert self.draft is not None
        text = self.draft.text
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(alpha)
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(_qt_position(text, span[0]))
        cursor.setPosition(_qt_position(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(colour)
        selection.format = char_format
        return selection

    def _highlight(self) -> None:
        """Every field's words softly; the words of the field in focus strongly, in view."""
        selections = [self._selection(span, SOFT_ALPHA) for span in self._spans()]
        if self._current is not None:
            current = self._selection(self._current, STRONG_ALPHA)
            selections.append(current)
            cursor = QTextCursor(current.cursor)
            cursor.setPosition(cursor.selectionStart())  # the words' start, in view
            self.source.setTextCursor(cursor)
            self.source.ensureCursorVisible()
        self.source.setExtraSelections(selections)

    def highlighted_span(self) -> Span | None:
        """The span shown strongly now (the focused field's words)."""
        return self._current

    def show_span_of(self, key: str) -> None:
        """Highlight and scroll to the words field ``key`` came from (none: nothing found)."""
        found = self.draft.fields.get(key) if self.draft is not None else None
        self._current = found.span if found is not None else None
        self._highlight()

    def _person_focused(self, row: int) -> None:
        if self.draft is not None and 0 <= row < len(self.draft.people):
            self._current = self.draft.people[row].span
            self._highlight()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.draft is None or self.pages.currentIndex() != 1:
            return
        widget = new
        while widget is not None and widget is not self:
            for key, field in self.fields.items():
                if field is widget:
                    self.show_span_of(key)
                    return
            if widget is self.people_table:
                self._person_focused(self.people_table.currentRow())
                return
            widget = widget.parentWidget()

    # -- the result ---------------------------------------------------------------------------

    def _value(self, key: str) -> object:
        field = self.fields[key]
        label = _field_labels()[key]
        if isinstance(field, DateField):
            if not field.edit.text().strip():
                return None
            problem = field.problem(label)
            if problem:
                raise _NotValidError(problem)
            return pydate(field.date())
        if isinstance(field, TimeField):
            return pytime(field.time())
        if isinstance(field, QComboBox):
            return field.currentData()
        text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        text = text.strip()
        if key == "round" and text:
            if not text.isdigit():
                raise _NotValidError(
                    tr("{field} “{text}” is not a number").format(field=label, text=text)
                )
            return int(text)
        return text or (None if key == "round" else "")

    def corrected(self) -> tuple[Draft, dict[int, int | None]]:
        """The draft with the form's corrections, and for each person kept (by index in the
        corrected draft) the directory entry it is, or None for a new person."""
        assert self.draft is not None
        fields = dict(self.draft.fields)
        for key in self.fields:
            value = self._value(key)
            old = fields.get(key)
            if old is not None and value == old.value:
                continue
            if old is None:
                fields[key] = Found(value, None)
            else:
                fields[key] = replace(
                    old, value=value, span=old.span if not _empty(value) else None
                )
        people: list[DraftPerson] = []
        person_ids: dict[int, int | None] = {}
        for row, person in enumerate(self.draft.people):
            choice = self._cell_combo(row, COL_PERSON).currentData()
            if choice == LEAVE_OUT:
                continue
            affiliations = [a.strip() for a in self._cell_text(row, COL_AFFILIATIONS).split("/")]
            role = ParticipantRole(self._cell_combo(row, COL_ROLE).currentData())
            person_ids[len(people)] = None if choice == NEW_PERSON else int(choice)
            people.append(
                replace(
                    person,
                    name=self._cell_text(row, COL_NAME).strip() or person.name,
                    affiliations=[a for a in affiliations if a],
                    role=role,
                )
            )
        return replace(self.draft, fields=fields, people=people), person_ids

    def _cell_text(self, row: int, column: int) -> str:
        item = self.people_table.item(row, column)
        return item.text() if item is not None else ""

    def _cell_combo(self, row: int, column: int) -> QComboBox:
        combo = self.people_table.cellWidget(row, column)
        assert isinstance(combo, QComboBox)
        return combo

    def create_event(self) -> None:
        """Make the corrected draft into the edit that creates the event; then close. What
        cannot be saved is said here, while the corrections are still in the form."""
        title = tr("New event from announcement")
        try:
            draft, person_ids = self.corrected()
        except _NotValidError as exc:
            QMessageBox.warning(self, title, sentence(str(exc)))
            return
        try:
            self.created = draft_edit(self._store, draft, person_ids)
        except UserError as exc:
            QMessageBox.warning(
                self, title, tr("{reason}\n\nNothing was saved.").format(reason=sentence(str(exc)))
            )
            return
        self.accept()

    # -- pages ----------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        reviewing = index == 1
        self.back_button.setVisible(reviewing)
        self.create_button.setVisible(reviewing)
        self.read_button.setVisible(not reviewing)
        self.read_button.setDefault(not reviewing)
        self.create_button.setDefault(reviewing)
        self._text_changed()

    def _back(self) -> None:
        self._show_page(0)
        self.paste_box.setFocus()


def get_draft(
    parent: QWidget | None, store: Store, settings: QSettings | None = None
) -> tuple[Edit | None, bool]:
    """Run the dialog; the edit that creates the reviewed event and True, or (None, False)
    when cancelled. Nothing is written: the caller applies the edit (as an undo step)."""
    dialog = AnnouncementDialog(store, settings, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.created, True) if accepted else (None, False)
    finally:
        dialog.deleteLater()
