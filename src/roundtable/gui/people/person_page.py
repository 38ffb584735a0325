"""The page beside the directory: one person, with the events they took part in.

The top is HTML in a QTextBrowser, like the event overview: it reads like a bio sheet, reflows
and can be copied from; every string a user typed goes through ``html.escape``. The photo is
handed to the document as an image resource, so nothing is written to disk. Below it, a table of
the person's events (role, round, delegation, attendance); double-clicking a row asks to show
that event in the Events view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.local_dates import long_date
from roundtable.domain.names import formal_name, shows_patronymic
from roundtable.domain.records import PersonEvent, PersonRecord
from roundtable.gui.common.palette_colours import colour_rules
from roundtable.gui.common.signals import emit
from roundtable.wording import QT_TR_NOOP, tr

PHOTO_URL = QUrl("roundtable-photo:current")
PHOTO_WIDTH = 132

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The event's id (int)."""
PERSON_EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's ``PersonEvent``."""

EVENT_COLUMNS = (QT_TR_NOOP("Event"), QT_TR_NOOP("Date"), QT_TR_NOOP("Round"), QT_TR_NOOP("Role"),
                 QT_TR_NOOP("Delegation"), QT_TR_NOOP("Attendance"))  # fmt: skip
"""The column headers in English; ``headerData`` translates them."""
(
    EVENT_COLUMN_TITLE,
    EVENT_COLUMN_DATE,
    EVENT_COLUMN_ROUND,
    EVENT_COLUMN_ROLE,
    EVENT_COLUMN_DELEGATION,
    EVENT_COLUMN_ATTENDANCE,
) = range(len(EVENT_COLUMNS))

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_EVENT_ID = int(EVENT_ID_ROLE)
_PERSON_EVENT = int(PERSON_EVENT_ROLE)

_STYLE = """
<style>
body { font-size: 10.5pt; }
h1 { font-size: 16pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 14px 0 4px 0; }
p { margin: 2px 0 6px 0; }
.native { font-size: 13pt; }
td.key { padding: 2px 14px 2px 0; white-space: nowrap; }
td { padding: 2px 0; }
</style>
"""
"""Sizes and spacing; the colours come from the palette (``COLOURS``, ``colour_rules``)."""
COLOURS = {"h2": "#1f4e79", ".native": "#333333", ".problem": "#a11d1d"}


def hint_html() -> str:
    """The page with no one selected (a function: the language is known only once the app
    has started)."""
    hint = tr("Select a person on the left to see their page here. Select two to merge them.")
    return _STYLE + f"<p class='muted'>{_e(hint)}</p>"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _heading(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _link(url: str, text: str) -> str:
    return f"<a href='{_e(url)}'>{_e(text)}</a>"


def person_html(person: PersonRecord, *, photo: bool = False) -> str:
    """The person as one HTML page; ``photo`` puts the image resource beside the name.

    The name is the formal one, with the patronymic where Russian practice writes it
    ("Андрей Вадимович Кортунов"); a patronymic it leaves out (a Latin name in an English or
    Japanese interface) gets a line of its own, so what was entered is always seen."""
    name = formal_name(person, honorific=True) or person.native_name
    heading = [f"<h1>{_e(name)}</h1>"]
    patronymic = person.patronymic.strip()
    if patronymic and not shows_patronymic(person):
        line = tr("Patronymic: {patronymic}").format(patronymic=patronymic)
        heading.append(f"<p class='muted'>{_e(line)}</p>")
    native = person.native_name.strip()
    if native and native != name:
        heading.append(f"<p class='native'>{_e(native)}</p>")
    if person.affiliations:
        lines = []
        for a in person.affiliations:
            org = a.organisation.name
            lines.append(f"{_e(a.position)}, {_e(org)}" if a.position else _e(org))
        heading.append(f"<p>{'<br>'.join(lines)}</p>")
    if person.country:
        heading.append(f"<p class='muted'>{_e(person.country)}</p>")
    out = [_STYLE]
    if photo:
        out.append(
            "<table cellspacing='0' cellpadding='0'><tr>"
            f"<td style='padding-right: 14px'><img src='{PHOTO_URL.toString()}' "
            f"width='{PHOTO_WIDTH}'></td><td valign='top'>{''.join(heading)}</td></tr></table>"
        )
    else:
        out.extend(heading)

    contacts: list[tuple[str, str]] = []
    if person.email:
        contacts.append((tr("Email"), _link(f"mailto:{person.email}", person.email)))
    if person.phone:
        contacts.append((tr("Phone"), _e(person.phone)))
    if person.website:
        url = person.website if "://" in person.website else f"https://{person.website}"
        contacts.append((tr("Website"), _link(url, person.website)))
    if contacts:
        out.append("<table cellspacing='0'>")
        out.extend(f"<tr><td class='key'>{_e(k)}</td><td>{v}</td></tr>" for k, v in contacts)
        out.append("</table>")
    if person.bio.strip():
        out.append(_heading(tr("Bio")) + _paragraphs(person.bio))
    else:
        out.append("<p class='muted'>" + _e(tr("No bio yet.")) + "</p>")
    if person.notes.strip():
        out.append(_heading(tr("Notes")) + _paragraphs(person.notes))
    return "".join(out)


class PersonEventsModel(QAbstractTableModel):
    """The events of one person, newest first, as ``Store.person_events`` gives them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: list[PersonEvent] = []

    def set_events(self, events: list[PersonEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(EVENT_COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(EVENT_COLUMNS)
        ):
            return tr(EVENT_COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._display(event, column)
        if role == _TOOLTIP:
            series = f"\n{event.series_name}" if event.series_name else ""
            return f"{event.title}{series}\n" + tr("Double-click to show this event")
        if role == _ALIGNMENT and column == EVENT_COLUMN_ROUND:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _EVENT_ID:
            return event.event_id
        if role == _PERSON_EVENT:
            return event
        return None

    @staticmethod
    def _display(event: PersonEvent, column: int) -> str:
        if column == EVENT_COLUMN_TITLE:
            return event.title
        if column == EVENT_COLUMN_DATE:
            return long_date(event.start_date, short_month=True)
        if column == EVENT_COLUMN_ROUND:
            return str(event.round_number) if event.round_number is not None else ""
        if column == EVENT_COLUMN_ROLE:
            return event.role.label
        if column == EVENT_COLUMN_DELEGATION:
            return event.delegation
        if column == EVENT_COLUMN_ATTENDANCE:
            return event.attendance.label
        return ""


class _Browser(QTextBrowser):
    """Serves the person's photo to the document (setHtml() forgets added resources)."""

    def __init__(self) -> None:
        super().__init__()
        self.photo = QImage()
        self.document().setDefaultStyleSheet(colour_rules(self.palette(), COLOURS))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme chosen while the app runs
            self.document().setDefaultStyleSheet(colour_rules(self.palette(), COLOURS))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if name == PHOTO_URL and not self.photo.isNull():
            return self.photo
        return super().loadResource(kind, name)


class PersonPage(QWidget):
    """Shows one person (or a hint); ``event_activated`` carries an event id to show."""

    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: PersonRecord | None = None
        self.browser = _Browser()
        self.browser.setAccessibleName(tr("Person"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)

        self.events_label = QLabel()
        self.events_label.setContentsMargins(6, 6, 6, 0)
        self.events_model = PersonEventsModel(self)
        self.events_view = QTableView()
        self.events_view.setAccessibleName(tr("Events of this person"))
        self.events_view.setModel(self.events_model)
        self.events_view.verticalHeader().setVisible(False)
        self.events_view.setShowGrid(False)
        self.events_view.setAlternatingRowColors(True)
        # A person's handful of events: long titles wrap onto a second line rather than lose
        # their middle ("U.S.-Jap…nd Round") in a narrow page; measuring the rows is cheap.
        self.events_view.setWordWrap(True)
        self.events_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Double-click or Return (the platform's "activate"), not both: one jump per action.
        self.events_view.activated.connect(self._activated)
        header = self.events_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EVENT_COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(EVENT_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        events = QWidget()
        events_layout = QVBoxLayout(events)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_layout.addWidget(self.events_label)
        events_layout.addWidget(self.events_view)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("person_page_splitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(events)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.show_hint()

    @property
    def current_person(self) -> PersonRecord | None:
        return self._person

    def show_person(
        self, person: PersonRecord, events: list[PersonEvent], photo: bytes | None = None
    ) -> None:
        self._person = person
        image = QImage()
        has_image = bool(photo and image.loadFromData(photo))
        self.browser.photo = image if has_image else QImage()
        self._set_html(person_html(person, photo=has_image))
        self.events_model.set_events(events)
        count = len(events)
        self.events_label.setText(
            tr("<b>Events</b> ({count}) — double-click one to show it").format(count=count)
            if count
            else tr("<b>Events</b>: none yet")
        )
        self.events_view.setEnabled(bool(events))

    def show_hint(self, text: str = "") -> None:
        self._person = None
        self._set_html(hint_html() if not text else _STYLE + f"<p class='muted'>{_e(text)}</p>")
        self.events_model.set_events([])
        self.events_label.setText("")
        self.events_view.setEnabled(False)

    def show_problem(self, message: str) -> None:
        self._person = None
        self._set_html(_STYLE + f"<p class='problem'>{_e(message)}</p>")
        self.events_model.set_events([])
        self.events_label.setText("")

    def _set_html(self, text: str) -> None:
        self.browser.setHtml(text)
        self.browser.verticalScrollBar().setValue(0)

    def _activated(self, index: QModelIndex) -> None:
        event_id = index.data(EVENT_ID_ROLE)
        if event_id is not None:
            emit(self.event_activated, int(event_id))
