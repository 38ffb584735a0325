"""The dialog for writing or changing one log entry: its time, category, text, agenda item and
the people it is about.

The time is typed in the event's time zone (the rapporteur in Moscow writes Moscow time, even
on a laptop still set to New York) and defaults to now; the agenda item comes from the event's
agenda and the people from its participants, so an entry can only point at what the event has.
An entry the timer wrote keeps its end time, shown and editable beside the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.enums import LogCategory
from roundtable.domain.local_dates import short_date
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord
from roundtable.gui.common.date_fields import DateTimeField
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.preferences_dialog import quiet
from roundtable.gui.log.log_model import event_zone, format_full_time, person_names
from roundtable.wording import QT_TR_NOOP, tr

NO_ITEM = QT_TR_NOOP("No agenda item")
"""In English, as are the texts below; shown through ``tr()``."""
NO_TEXT = QT_TR_NOOP("Write what the entry records.")
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _to_qt(value: datetime) -> QDateTime:
    """A naive wall-clock time as a QDateTime with no zone of its own."""
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
    )


def _from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def about_text(entry: LogEntryRecord, zone: tzinfo) -> str:
    """Who wrote an entry being edited and when, and that saving keeps what it replaces."""
    written = format_full_time(entry.created_at or entry.at, zone)
    if entry.author:
        about = tr("Written by {author}, {when}.").format(author=entry.author, when=written)
    else:
        about = tr("Written by someone, {when}.").format(when=written)
    sentences = [about]
    if entry.revisions:
        sentences.append(tr("Edited before: %n earlier versions.", "", len(entry.revisions)))
    sentences.append(tr("Saving keeps the text it replaces."))
    return " ".join(sentences)


class LogEntryDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        event: EventRecord,
        entry: LogEntryRecord | None = None,
        *,
        now: datetime | None = None,
        text: str = "",
        category: LogCategory | None = None,
        extra_names: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = event_zone(event)
        self._now = now or datetime.now(UTC)
        self._entry = entry
        start = entry.at if entry is not None else self._now
        self._initial_at = start.astimezone(self._zone).replace(tzinfo=None)
        self._initial_ends = (
            entry.ends_at.astimezone(self._zone).replace(tzinfo=None)
            if entry is not None and entry.ends_at is not None
            else None
        )
        self.setWindowTitle(tr("Edit log entry") if entry is not None else tr("New log entry"))

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._build_times(form)
        chosen = entry.category if entry is not None else (category or LogCategory.NOTE)
        self._build_category(form, chosen)
        self._build_text(form, entry.text if entry is not None else text)
        self._build_items(form, event, entry)
        self._build_people(form, event, entry, extra_names or {})
        layout.addLayout(form)
        if entry is not None:
            self.about_label = QLabel(about_text(entry, self._zone))
            self.about_label.setWordWrap(True)
            quiet(self.about_label)
            layout.addWidget(self.about_label)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("entry_problem")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        layout.addWidget(self._build_buttons(tr("Save") if entry is not None else tr("Add")))

        self._update_ok()
        self.text_edit.setFocus()
        cursor = self.text_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)
        self.resize(560, 560)

    # -- construction -------------------------------------------------------------------------

    def _build_times(self, form: QFormLayout) -> None:
        """The time with its Now button, and the end for an entry that has one (the timer's)."""
        self.time_edit = self._time_edit(self._initial_at, tr("Time"))
        self.now_button = QPushButton(tr("&Now"))
        self.now_button.setToolTip(tr("Set the time to now"))
        self.now_button.clicked.connect(self.set_now)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.now_button)
        time_row.addStretch(1)
        self.time_edit.date_time_changed.connect(self._update_ok)
        self.time_edit.edited.connect(self._update_ok)
        self.time_label = QLabel(tr("&Time ({zone}):").format(zone=self._zone))
        self.time_label.setBuddy(self.time_edit)
        form.addRow(self.time_label, time_row)
        self.ends_edit: DateTimeField | None = None
        if self._initial_ends is not None:
            self.ends_edit = self._time_edit(self._initial_ends, tr("Ends"))
            self.ends_edit.date_time_changed.connect(self._update_ok)
            self.ends_edit.edited.connect(self._update_ok)
            ends_label = QLabel(tr("&Ends:"))
            ends_label.setBuddy(self.ends_edit)
            form.addRow(ends_label, self.ends_edit)

    def _build_category(self, form: QFormLayout, chosen: LogCategory) -> None:
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(tr("Category"))
        for member in LogCategory:
            # The value, not the member: Qt hands a StrEnum back as a plain string.
            self.category_combo.addItem(member.label, member.value)
        self.category_combo.setCurrentIndex(self.category_combo.findData(chosen.value))
        form.addRow(tr("&Category:"), self.category_combo)

    def _build_text(self, form: QFormLayout, text: str) -> None:
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setAccessibleName(tr("Text"))
        self.text_edit.setPlaceholderText(tr("What happened, was said, agreed or decided…"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(110)
        self.text_edit.textChanged.connect(self._update_ok)
        form.addRow(tr("Te&xt:"), self.text_edit)

    def _build_items(
        self, form: QFormLayout, event: EventRecord, entry: LogEntryRecord | None
    ) -> None:
        """The event's agenda items to choose from, each with its day when there are several."""
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(tr("Agenda item"))
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_combo.setMinimumContentsLength(36)
        self.item_combo.addItem(tr(NO_ITEM), None)
        several_days = len(event.days) > 1
        for day in event.days:
            when = short_date(day.day_date) if several_days else ""
            for item in day.items:
                shown = f"{when} · {item.title}" if when else item.title
                self.item_combo.addItem(shown, item.id)
                self.item_combo.setItemData(
                    self.item_combo.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole
                )
        if entry is not None and entry.agenda_item_id is not None:
            found = self.item_combo.findData(entry.agenda_item_id)
            self.item_combo.setCurrentIndex(max(found, 0))
        form.addRow(tr("&Agenda item:"), self.item_combo)

    def _build_people(
        self,
        form: QFormLayout,
        event: EventRecord,
        entry: LogEntryRecord | None,
        extra_names: Mapping[int, str],
    ) -> None:
        """The event's participants to tick, with a filter above them."""
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(tr("Find a participant…"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.setAccessibleName(tr("Find a participant"))
        self.people_filter.textChanged.connect(self._filter_people)
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(tr("People"))
        self.people_list.setMinimumHeight(120)
        self._add_people(event, list(entry.person_ids) if entry is not None else [], extra_names)
        people_box = QVBoxLayout()
        people_box.setContentsMargins(0, 0, 0, 0)
        people_box.addWidget(self.people_filter)
        people_box.addWidget(self.people_list)
        people_label = QLabel(tr("&People:"))
        people_label.setBuddy(self.people_filter)
        form.addRow(people_label, people_box)
        if not event.participants:
            self.people_filter.setEnabled(False)
            self.people_filter.setPlaceholderText(tr("This event has no participants yet"))

    def _add_people(
        self, event: EventRecord, chosen_ids: list[int], extra_names: Mapping[int, str]
    ) -> None:
        names = person_names(event)
        # Someone the entry names who is no longer a participant stays named, and ticked.
        for person_id in chosen_ids:
            if person_id not in names:
                label = extra_names.get(person_id) or tr("Someone not in this event")
                self._add_person(
                    person_id, tr("{name} (not a participant)").format(name=label), True
                )
        for participation in event.participants:
            person = participation.person
            if person.id is None:
                continue
            label = full_name(person) or person.native_name
            if participation.delegation:
                label += f" — {participation.delegation}"
            self._add_person(person.id, label, person.id in chosen_ids)

    def _build_buttons(self, ok_text: str) -> QDialogButtonBox:
        """OK (named "Add" or "Save") and Cancel; Ctrl+Return saves from anywhere."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setToolTip(
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._accept_if_ready)
        return self.buttons

    def _time_edit(self, value: datetime, name: str) -> DateTimeField:
        """A date and a time typed as people write them (``date_fields``): QDateTimeEdit's
        section-by-section typing turned what was typed into another day or minute."""
        edit = DateTimeField(_to_qt(value))
        edit.setAccessibleName(name)
        return edit

    def _add_person(self, person_id: int, label: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(PERSON_ROLE, person_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people_list.addItem(item)

    def _filter_people(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            label = item.text().casefold()
            item.setHidden(not all(w in label for w in words))

    def set_now(self) -> None:
        now = self._now_local()
        self.time_edit.setDateTime(_to_qt(now))

    def _now_local(self) -> datetime:
        return self._now.astimezone(self._zone).replace(tzinfo=None)

    # -- reading ----------------------------------------------------------------------------

    def set_person_checked(self, person_id: int, checked: bool) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(PERSON_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def person_ids(self) -> list[int]:
        return [
            self.people_list.item(row).data(PERSON_ROLE)
            for row in range(self.people_list.count())
            if self.people_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _when(self, edit: DateTimeField, initial: datetime, original: datetime | None) -> datetime:
        """The aware UTC time in ``edit``; the original to the second if it was left alone."""
        local = _from_qt(edit.dateTime())
        if original is not None and local == initial:
            return original
        return local.replace(tzinfo=self._zone).astimezone(UTC)

    def at(self) -> datetime:
        return self._when(
            self.time_edit, self._initial_at, self._entry.at if self._entry is not None else None
        )

    def ends_at(self) -> datetime | None:
        if self.ends_edit is None or self._initial_ends is None or self._entry is None:
            return None
        return self._when(self.ends_edit, self._initial_ends, self._entry.ends_at)

    def problem(self) -> str:
        if not self.text_edit.toPlainText().strip():
            return tr(NO_TEXT)
        for edit in (self.time_edit, self.ends_edit):
            wrong = edit.problem() if edit is not None else ""
            if wrong:
                return sentence(wrong)
        ends = self.ends_at()
        if ends is not None and ends < self.at():
            return tr("The end is before the start.")
        return ""

    def _update_ok(self, *_args) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        # Only the problems a user can miss are spelt out; an empty text speaks for itself.
        shown = problem if problem != tr(NO_TEXT) else ""
        self.problem_label.setText(shown)
        self.problem_label.setVisible(bool(shown))

    def _accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def record(self) -> LogEntryRecord:
        base = self._entry if self._entry is not None else LogEntryRecord(at=self.at(), text="")
        return replace(
            base,
            at=self.at(),
            ends_at=self.ends_at() if self._entry is not None else None,
            text=self.text_edit.toPlainText().strip(),
            category=LogCategory(self.category_combo.currentData()),
            agenda_item_id=self.item_combo.currentData(),
            person_ids=self.person_ids(),
            revisions=list(base.revisions),
        )


def get_log_entry(
    parent: QWidget | None,
    event: EventRecord,
    entry: LogEntryRecord | None = None,
    *,
    now: datetime | None = None,
    text: str = "",
    category: LogCategory | None = None,
    extra_names: Mapping[int, str] | None = None,
) -> tuple[LogEntryRecord | None, bool]:
    """Ask for a new entry (``entry`` None) or changes to ``entry``; (record, True) on OK.
    (Tests replace this function.)"""
    dialog = LogEntryDialog(
        parent, event, entry, now=now, text=text, category=category, extra_names=extra_names
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)
