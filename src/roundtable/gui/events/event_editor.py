"""The dialog for creating and editing an event, one tab per kind of information.

It works on a copy of the record and returns a new one; saving is left to an undo command, so
the dialog validates everything the store would refuse before it closes. Participants pass
through unchanged. A new event comes with one programme day per date, its slot the event's
times, so the Agenda tab is ready to fill; an existing event's days are edited on that tab and
only move along here when the event's start date moves (the store refuses more from here).

Dates and times are typed into plain line edits read by a forgiving parser rather than into
QDateEdit/QTimeEdit: their per-section typing turned "Wed 14 Apr 2027" into 14 Dec and ignored
"14" typed into the minutes of "09:00". A field selects all of its text when clicked into, so
what is typed replaces it, and what it understood is shown beside it (the weekday) at once.
"""

from __future__ import annotations

import copy
from datetime import date, time

from PySide6.QtCore import (
    QDate,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import (
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain import limits
from roundtable.domain.enums import Attribution, EventKind, EventStatus
from roundtable.domain.local_dates import clock
from roundtable.domain.programme_days import MAX_NEW_DAYS, programme_days
from roundtable.domain.records import DayRecord, EventRecord, SeriesRecord, VenueRecord
from roundtable.domain.validation import validate_event
from roundtable.errors import UserError
from roundtable.gui.common.date_fields import (
    MUTED,
    DateField,
    TimeField,
    pydate,
    pytime,
    qdate,
    qtime,
)
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.palette_colours import problem_style
from roundtable.gui.common.timezones import TimeZoneCombo, system_zone
from roundtable.gui.events.event_attachments_page import AttachmentsPage
from roundtable.gui.events.event_organisations_page import OrganisationsPage, duplicate_roles
from roundtable.store.slugs import slugify
from roundtable.wording import tr

TAB_EVENT, TAB_WHEN_WHERE, TAB_ORGANISATIONS, TAB_TEXTS, TAB_ATTACHMENTS = range(5)


def new_event_record(series: SeriesRecord | None = None, round_number: int | None = None):
    """A blank event for today in this computer's time zone, optionally the next round."""
    today = date.today()
    return EventRecord(
        title="",
        start_date=today,
        end_date=today,
        timezone=system_zone(),
        series=series,
        round_number=round_number,
    )


def days_hint(start: date, end: date, start_time: time | None, end_time: time | None) -> str:
    """What :func:`programme_days` will make, in a sentence under the dates of a new event."""
    days = programme_days(start, end, start_time, end_time)
    if not days:
        if (end - start).days + 1 > MAX_NEW_DAYS:
            return tr(
                "No programme days are made for an event of more than %n days; add them on "
                "its Agenda tab.", "", MAX_NEW_DAYS
            )  # fmt: skip
        return ""
    first, last = days[0], days[-1]
    start_at = clock(first.slot_start) if first.slot_start is not None else None
    end_at = clock(first.slot_end) if first.slot_end is not None else None
    if len(days) == 1:
        if start_at is not None and end_at is not None:
            return tr(
                "The new event gets one programme day, {start}–{end}, ready for its agenda."
            ).format(start=start_at, end=end_at)
        if start_at is not None:
            return tr(
                "The new event gets one programme day, from {start}, ready for its agenda."
            ).format(start=start_at)
        return tr("The new event gets one programme day, ready for its agenda.")
    count = len(days)
    if start_at is not None and end_at is not None:
        return tr(
            "The new event gets %n programme days, one for each date, {start}–{end} each, "
            "ready for its agenda.", "", count
        ).format(start=start_at, end=end_at)  # fmt: skip
    if start_at is not None and last.slot_end is not None:
        return tr(
            "The new event gets %n programme days, one for each date, from {start} on the "
            "first to {end} on the last, ready for its agenda.", "", count
        ).format(start=start_at, end=clock(last.slot_end))  # fmt: skip
    if start_at is not None:
        return tr(
            "The new event gets %n programme days, one for each date, the first from {start}, "
            "ready for its agenda.", "", count
        ).format(start=start_at)  # fmt: skip
    return tr(
        "The new event gets %n programme days, one for each date, ready for its agenda.", "",
        count,
    )  # fmt: skip


class EventEditorDialog(QDialog):
    def __init__(self, parent: QWidget | None, store, record: EventRecord | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._original = copy.deepcopy(record) if record is not None else new_event_record()
        self._series = store.list_series()
        is_new = self._original.id is None
        self.setWindowTitle(
            tr("New event")
            if is_new
            else tr("Edit event — {title}").format(title=self._original.title)
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self._event_page(), tr("&Event"))
        self.tabs.addTab(self._when_where_page(), tr("&Date && venue"))
        self.organisations_page = OrganisationsPage(
            store.list_organisations(),
            self._original.organisations,
            self._original.delegations,
            read_logos=store.organisation_logos,
        )
        self.tabs.addTab(self.organisations_page, tr("&Organisations"))
        self.tabs.addTab(self._texts_page(), tr("Te&xts"))
        self.attachments_page = AttachmentsPage(store, self._original.attachments)
        self.tabs.addTab(self.attachments_page, tr("Attach&ments"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Create event") if is_new else tr("Save changes")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(780, 620)
        self._load(self._original)
        self.title_edit.setFocus()

    # -- pages ------------------------------------------------------------------------------

    def _event_page(self) -> QWidget:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            tr("Required, e.g. Trilateral Dialogue on Northeast Asia")
        )
        self.subtitle_edit = QLineEdit()
        self.short_title_edit = QLineEdit()
        self.short_title_edit.setPlaceholderText(tr("For badges and tight spaces"))
        self.programme_edit = QLineEdit()
        self.programme_edit.setPlaceholderText(tr("e.g. DC Policy Forum"))
        programmes = sorted({e.programme for e in self._store.list_events() if e.programme})
        if programmes:
            completer = QCompleter(programmes, self.programme_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.programme_edit.setCompleter(completer)

        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(kind.label, kind)
        self.status_combo = QComboBox()
        for status in EventStatus:
            self.status_combo.addItem(status.label, status)

        self.series_combo = QComboBox()
        self.series_combo.setEditable(True)
        self.series_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series_combo.addItem("")
        for series in self._series:
            self.series_combo.addItem(series.name, series)
        series_line, series_completer = self.series_combo.lineEdit(), self.series_combo.completer()
        assert series_line is not None and series_completer is not None  # editable: has both
        series_line.setPlaceholderText(tr("None — pick one or type a new name"))
        series_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        series_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.series_combo.editTextChanged.connect(self._series_changed)
        self.round_spin = QSpinBox()
        self.round_spin.setRange(0, 999)
        self.round_spin.setSpecialValueText("—")
        self.round_spin.setMinimumWidth(70)
        self.series_hint = QLabel()
        self.series_hint.setStyleSheet("color: palette(placeholder-text);")
        series_row = QHBoxLayout()
        series_row.addWidget(self.series_combo, 1)
        round_label = QLabel(tr("&Round:"))
        round_label.setBuddy(self.round_spin)
        series_row.addWidget(round_label)
        series_row.addWidget(self.round_spin)

        self.slug_edit = QLineEdit()
        self.slug_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[a-z0-9-]{0,88}"), self.slug_edit)
        )
        self.title_edit.textChanged.connect(self._update_slug_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("S&ubtitle:"), self.subtitle_edit)
        form.addRow(tr("Short tit&le:"), self.short_title_edit)
        form.addRow(tr("&Programme / forum:"), self.programme_edit)
        form.addRow(tr("&Kind:"), self.kind_combo)
        form.addRow(tr("&Status:"), self.status_combo)
        form.addRow(self._buddy(tr("Se&ries:"), self.series_combo), series_row)
        form.addRow("", self.series_hint)
        form.addRow(tr("S&hort name:"), self.slug_edit)
        slug_hint = QLabel(
            tr(
                "How the command line refers to this event. Leave it empty to have one made "
                "from the title."
            )
        )
        slug_hint.setWordWrap(True)
        slug_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", slug_hint)
        page = QWidget()
        page.setLayout(form)
        return page

    def _when_where_page(self) -> QWidget:
        self.start_date_edit = DateField()
        self.end_date_edit = DateField()
        self.start_date_edit.date_changed.connect(self._start_date_changed)
        self.start_date_edit.date_changed.connect(self._update_slug_hint)
        self._last_start = self.start_date_edit.date()
        self.start_time_edit = TimeField()
        self.end_time_edit = TimeField()
        self.start_time_edit.setAccessibleName(tr("Start time"))
        self.end_time_edit.setAccessibleName(tr("End time"))
        for date_field in (self.start_date_edit, self.end_date_edit):
            date_field.date_changed.connect(self._update_when_hint)
            date_field.edit.editingFinished.connect(self._update_when_hint)
        for time_field in (self.start_time_edit, self.end_time_edit):
            time_field.time_changed.connect(self._update_when_hint)
            time_field.editingFinished.connect(self._update_when_hint)
        self.when_hint = QLabel()
        self.when_hint.setWordWrap(True)
        self.when_hint.setObjectName("when_hint")

        self.timezone_combo = TimeZoneCombo()
        self.timezone_combo.setMinimumWidth(260)

        when = QFormLayout()
        when.addRow(
            self._buddy(tr("&Starts:"), self.start_date_edit),
            self._date_row(self.start_date_edit, tr("&at"), self.start_time_edit),
        )
        when.addRow(
            self._buddy(tr("&Ends:"), self.end_date_edit),
            self._date_row(self.end_date_edit, tr("at"), self.end_time_edit),
        )
        when.addRow(tr("Time &zone:"), self.timezone_combo)
        when.addRow("", self.when_hint)
        when_box = QGroupBox(tr("When"))
        when_box.setLayout(when)

        self.venue_edits: dict[str, QLineEdit] = {}
        venue = QFormLayout()
        venue.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, placeholder in (
            ("name", tr("&Venue:"), tr("e.g. Hotel Baltschug Kempinski")),
            ("room", tr("R&oom:"), tr("e.g. Conference room B")),
            ("street", tr("Stree&t:"), ""),
            ("city", tr("&City:"), ""),
            ("region", tr("Re&gion:"), tr("State, province or prefecture")),
            ("postcode", tr("Post&code:"), ""),
            ("country", tr("Cou&ntry:"), ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            self.venue_edits[name] = edit
            venue.addRow(label, edit)
        venue_box = QGroupBox(tr("Venue"))
        venue_box.setLayout(venue)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(when_box)
        layout.addWidget(venue_box)
        layout.addStretch(1)
        return page

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @classmethod
    def _date_row(cls, date_field: DateField, at: str, time_field: TimeField) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(date_field)
        row.addSpacing(12)
        row.addWidget(cls._buddy(at, time_field))
        row.addWidget(time_field)
        row.addStretch(1)
        return row

    def _texts_page(self) -> QWidget:
        """The event's rules of the room, description and notes. The attribution rule and the
        house rules are short and printed together on the moderator's brief, so they sit
        together above the longer texts. The minutes are not here: they have one place, the
        Log tab's Minutes page, so a line says where they are instead."""
        self.attribution_combo = QComboBox()
        for rule in Attribution:
            self.attribution_combo.addItem(rule.label, rule)
        self.house_rules_edit = QPlainTextEdit()
        self.house_rules_edit.setPlaceholderText(
            tr("e.g. No recording. Press at the opening only. No photographs in the session.")
        )
        self.house_rules_edit.setTabChangesFocus(True)
        lines = self.house_rules_edit.fontMetrics().lineSpacing()
        self.house_rules_edit.setFixedHeight(lines * 4 + 12)  # a few short lines, no more
        rules = QFormLayout()
        rules.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rules.addRow(tr("Attri&bution:"), self.attribution_combo)
        rules.addRow(tr("Ho&use rules:"), self.house_rules_edit)
        # One line, printed in the flyer's accent box: how to register, and by when.
        self.rsvp_edit = QLineEdit()
        self.rsvp_edit.setMaxLength(limits.text_length("event", "rsvp"))
        self.rsvp_edit.setPlaceholderText(tr("e.g. RSVP to events@example.org by 20 February"))
        rules.addRow(tr("&RSVP:"), self.rsvp_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(
            tr("What the event is about, as for an invitation")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(tr("Internal notes"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(rules)
        for label_text, edit, stretch in (
            (tr("Descri&ption:"), self.description_edit, 3),
            (tr("Note&s:"), self.notes_edit, 1),
        ):
            label = QLabel(label_text)
            label.setBuddy(edit)
            edit.setTabChangesFocus(True)
            layout.addWidget(label)
            layout.addWidget(edit, stretch)
        self.minutes_note = QLabel(
            tr("The event's minutes are written on the Log tab's Minutes page (Log ▸ Minutes).")
        )
        self.minutes_note.setWordWrap(True)
        self.minutes_note.setStyleSheet(MUTED)
        layout.addWidget(self.minutes_note)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _start_date_changed(self, new_start: QDate) -> None:
        """Move the end date along, so the event keeps its length."""
        shift = self._last_start.daysTo(new_start)
        self._last_start = new_start
        if shift:
            self.end_date_edit.setDate(self.end_date_edit.date().addDays(shift))

    def _series_changed(self, text: str) -> None:
        name = text.strip()
        self.round_spin.setEnabled(bool(name))
        if name and self._series_named(name) is None:
            self.series_hint.setText(tr("A new series “{name}” will be created.").format(name=name))
            self.series_hint.show()
        else:
            self.series_hint.clear()
            self.series_hint.hide()

    def _series_named(self, name: str) -> SeriesRecord | None:
        key = name.strip().casefold()
        for series in self._series:
            if series.name.strip().casefold() == key:
                return series
        return None

    def _fields(self) -> list[tuple[str, DateField | TimeField]]:
        """Each date and time field with the sentence that names it ("The start date is
        empty: ..."): one whole sentence per field, as the words around the field's name
        differ by language."""
        return [
            (tr("The start date {problem}"), self.start_date_edit),
            (tr("The end date {problem}"), self.end_date_edit),
            (tr("The start time {problem}"), self.start_time_edit),
            (tr("The end time {problem}"), self.end_time_edit),
        ]

    def _field_problem(self) -> tuple[str, QWidget | None]:
        """The first date or time field whose text is not a date or time, in a sentence."""
        for said, field in self._fields():
            problem = field.problem()
            if problem:
                return sentence(said.format(problem=problem)), field
        return "", None

    def _update_when_hint(self) -> None:
        """Under the dates: what is wrong with them, else what days a new event will get."""
        problem, _field = self._field_problem()
        if problem:
            self.when_hint.setText(problem)
            self.when_hint.setStyleSheet(problem_style())
            return
        self.when_hint.setStyleSheet(MUTED)
        if self._original.id is not None:
            self.when_hint.setText(
                tr(
                    "Programme days move with the start date; add or remove them on the "
                    "event's Agenda tab."
                )
            )
            return
        if self._original.days:
            self.when_hint.setText("")
            return
        self.when_hint.setText(
            days_hint(
                pydate(self.start_date_edit.date()),
                pydate(self.end_date_edit.date()),
                pytime(self.start_time_edit.time()),
                pytime(self.end_time_edit.time()),
            )
        )

    def _update_slug_hint(self) -> None:
        title = self.title_edit.text().strip()
        year = self.start_date_edit.date().year()
        self.slug_edit.setPlaceholderText(
            tr("Automatic: {slug}").format(slug=slugify(f"{title} {year}"))
            if title
            else tr("Made from the title")
        )

    # -- record in and out ------------------------------------------------------------------

    def _load(self, record: EventRecord) -> None:
        self.title_edit.setText(record.title)
        self.subtitle_edit.setText(record.subtitle)
        self.short_title_edit.setText(record.short_title)
        self.programme_edit.setText(record.programme)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
        self.series_combo.setEditText(record.series.name if record.series else "")
        self._series_changed(self.series_combo.currentText())
        self.round_spin.setValue(record.round_number or 0)
        self.slug_edit.setText(record.slug)

        self.start_date_edit.setDate(qdate(record.start_date))
        self._last_start = self.start_date_edit.date()
        self.end_date_edit.setDate(qdate(record.end_date))
        self.start_time_edit.setTime(qtime(record.start_time))
        self.end_time_edit.setTime(qtime(record.end_time))
        self.timezone_combo.set_zone(record.timezone)
        for name, edit in self.venue_edits.items():
            edit.setText(getattr(record.venue, name))

        self.description_edit.setPlainText(record.description)
        self.notes_edit.setPlainText(record.notes)
        self.attribution_combo.setCurrentIndex(
            max(0, self.attribution_combo.findData(record.attribution))
        )
        self.house_rules_edit.setPlainText(record.house_rules)
        self.rsvp_edit.setText(record.rsvp)
        self._update_slug_hint()
        self._update_when_hint()

    def _series_record(self) -> SeriesRecord | None:
        name = self.series_combo.currentText().strip()
        if not name:
            return None
        existing = self._series_named(name)
        return copy.deepcopy(existing) if existing else SeriesRecord(name=name)

    def record(self) -> EventRecord:
        """The event as the dialog shows it now; ids of the original are kept. A new event
        without days gets one per date (see :func:`programme_days`)."""
        original = self._original
        series = self._series_record()
        start, end = pydate(self.start_date_edit.date()), pydate(self.end_date_edit.date())
        start_time = pytime(self.start_time_edit.time())
        end_time = pytime(self.end_time_edit.time())
        if original.id is None and not original.days:
            days = programme_days(start, end, start_time, end_time)
        else:
            days = self._moved_days(start)
        return EventRecord(
            id=original.id,
            uid=original.uid,
            revision=original.revision,
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            short_title=self.short_title_edit.text().strip(),
            programme=self.programme_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
            summary=original.summary,  # the minutes: edited on the Log tab only
            notes=self.notes_edit.toPlainText().strip(),
            attribution=Attribution(self.attribution_combo.currentData()),  # Qt gives a str
            house_rules=self.house_rules_edit.toPlainText().strip(),
            rsvp=self.rsvp_edit.text().strip(),
            series=series,
            round_number=(self.round_spin.value() or None) if series else None,
            slug=self.slug_edit.text().strip(),
            start_date=start,
            end_date=end,
            start_time=start_time,
            end_time=end_time,
            timezone=self.timezone_combo.zone(),
            venue=VenueRecord(**{k: e.text().strip() for k, e in self.venue_edits.items()}),
            organisations=self.organisations_page.organisations(),
            delegations=self.organisations_page.delegations(),
            participants=copy.deepcopy(original.participants),
            days=days,
            attachments=self.attachments_page.attachments(),
        )

    def _moved_days(self, start: date) -> list[DayRecord]:
        """Programme days move with the start date, so rescheduling keeps the programme."""
        shift = start - self._original.start_date
        days = copy.deepcopy(self._original.days)
        for day in days:
            day.day_date += shift
        return days

    def problem(self, record: EventRecord) -> tuple[str, QWidget | None]:
        """What stops ``record`` from being saved, and where to fix it; ("", None) if nothing."""
        typed, field = self._field_problem()
        if typed:
            return typed, field
        try:
            validate_event(record)
        except UserError as exc:
            return sentence(str(exc)), self._widget_for(str(exc))
        if record.slug and self._store.slug_in_use(record.slug, record.id):
            return (
                tr(
                    "The short name “{slug}” is already used by another event. Choose another "
                    "one, or leave it empty to have one made."
                ).format(slug=record.slug),
                self.slug_edit,
            )
        duplicate = duplicate_roles(record.organisations)
        if duplicate:
            return duplicate, self.organisations_page.table
        return "", None

    def _widget_for(self, message: str) -> QWidget | None:
        text = message.casefold()
        for words, widget in (
            (("title",), self.title_edit),
            (("time zone",), self.timezone_combo),
            (("short name",), self.slug_edit),
            (("round", "series"), self.series_combo),
            (("delegation",), self.organisations_page.delegation_table),
            (("organisation",), self.organisations_page.table),
            (("attachment",), self.attachments_page.table),
            (("start time",), self.start_time_edit),  # "an end time needs a start time"
            (("end time", "ends at"), self.end_time_edit),
            (("ends", "outside the event"), self.end_date_edit),
        ):
            if any(w in text for w in words):
                return widget
        return None

    def accept(self) -> None:
        for _name, field in self._fields():
            field.commit()  # a date typed and not yet left counts, as it is shown
        message, widget = self.problem(self.record())
        if message:
            QMessageBox.warning(self, self.windowTitle(), message)
            if widget is not None:
                self._reveal(widget)
            return
        super().accept()

    def _reveal(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is widget or (page is not None and page.isAncestorOf(widget)):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus()


def get_event(
    parent: QWidget | None, store, record: EventRecord | None = None
) -> tuple[EventRecord | None, bool]:
    """Let the user edit ``record`` (or a new event); (record, True) on OK, (None, False) else."""
    dialog = EventEditorDialog(parent, store, record)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.record() if accepted else None, accepted)
