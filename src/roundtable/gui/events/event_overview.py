"""The read-only page on the right: everything known about the selected event.

Rendered as HTML in a QTextBrowser because it reads like a briefing note, reflows with the
window and can be copied from. Every string a user typed goes through ``html.escape``.
Attachments are links; following one offers to save the file.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSettings, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextBrowser, QWidget

from roundtable.atomic_write import write_bytes_atomically
from roundtable.domain.enums import Attendance, OrganisationRole, ParticipantRole
from roundtable.domain.file_names import suggested_path
from roundtable.domain.local_dates import date_range, long_date_range, short_date, time_range
from roundtable.domain.names import affiliation_text, full_name
from roundtable.domain.records import (
    AttachmentRecord,
    DayRecord,
    EventRecord,
    EventSummary,
    ParticipationRecord,
)
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.errors import UserError
from roundtable.gui.common.palette_colours import colour_rules
from roundtable.gui.common.settings_keys import last_folder, remember_folder
from roundtable.gui.common.signals import emit
from roundtable.services.dates import file_size
from roundtable.services.venue_text import address_lines
from roundtable.wording import tr

ATTACHMENT_SCHEME = "attachment"

_STYLE = """
<style>
body { font-size: 10.5pt; }
h1 { font-size: 17pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 16px 0 4px 0; }
h3 { font-size: 10.5pt; margin: 8px 0 0 0; }
ul { margin-top: 2px; margin-bottom: 4px; }
p { margin: 2px 0 6px 0; }
.subtitle { font-size: 12pt; }
td.key { padding: 2px 14px 2px 0; white-space: nowrap; }
td { padding: 2px 0; }
</style>
"""
"""Sizes and spacing; the colours come from the palette (``colour_css``)."""

# The app's colours for headings and statuses, as on a light page; ``colour_css`` makes each
# as light or dark as it must be to read on the palette's background.
COLOURS = {"h2": "#1f4e79", ".subtitle": "#444444", ".draft": "#8a6d00",
           ".confirmed": "#1b6e20", ".held": "#1f4e79", ".cancelled": "#a11d1d"}  # fmt: skip


def colour_css(palette: QPalette) -> str:
    """The overview's colours for ``palette``, each readable on its background."""
    return colour_rules(palette, COLOURS)


def hint_html() -> str:
    """What the page says before an event is chosen (built when shown, in the interface's
    language)."""
    return _STYLE + "<p class='muted'>{}</p>".format(
        tr("Select an event on the left to see it here, or press <b>Ctrl+N</b> to create one.")
    )


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def participant_line(participation: ParticipationRecord) -> str:
    """ "Andrey Kortunov — Андрей Кортунов, Director General, Russian International Affairs
    Council", escaped; the delegation, and "declined" for those who did, in brackets."""
    person = participation.person
    name = f"<b>{_e(full_name(person, honorific=True) or person.native_name)}</b>"
    native = person.native_name.strip()
    if native and native != full_name(person):
        name += f" — {_e(native)}"
    affiliation = affiliation_text(person, positions=True)
    text = f"{name}, {_e(affiliation)}" if affiliation else name
    extras = []
    if participation.delegation:
        extras.append(participation.delegation)
    if participation.attendance is Attendance.DECLINED:
        extras.append(tr("declined"))
    if extras:
        text += f" <span class='muted'>({_e(', '.join(extras))})</span>"
    return text


def _grouped_participants(
    participants: Iterable[ParticipationRecord],
) -> list[tuple[ParticipantRole, list[ParticipationRecord]]]:
    by_role: dict[ParticipantRole, list[ParticipationRecord]] = {}
    for p in participants:
        by_role.setdefault(p.role, []).append(p)
    return [(role, by_role[role]) for role in ParticipantRole if role in by_role]


def _role_heading(role: ParticipantRole, count: int) -> str:
    """The role as the heading over ``count`` people: "Moderator", "Moderators". The plural
    headings are whole words to translate, one per role, not the label with an "s"."""
    if count == 1:
        return role.label
    plural = {
        ParticipantRole.HOST: tr("Hosts", "participant role"),
        ParticipantRole.MODERATOR: tr("Moderators"),
        ParticipantRole.CHAIR: tr("Chairs"),
        ParticipantRole.OPENING_SPEAKER: tr("Opening speakers"),
        ParticipantRole.PARTICIPANT: tr("Participants / panelists"),
        ParticipantRole.DISCUSSANT: tr("Discussants"),
        ParticipantRole.DELEGATION_MEMBER: tr("Delegation members"),
        ParticipantRole.RAPPORTEUR: tr("Rapporteurs"),
        ParticipantRole.OBSERVER: tr("Observers"),
        ParticipantRole.STAFF: tr("Staff"),
    }
    return plural.get(role, role.label)


def _organisation_role_heading(role: OrganisationRole, count: int) -> str:
    """ "Host", "Hosts", "Co-hosts": the role over ``count`` organisations."""
    if count == 1:
        return role.label
    plural = {
        OrganisationRole.HOST: tr("Hosts", "organisation role"),
        OrganisationRole.CO_HOST: tr("Co-hosts"),
        OrganisationRole.PARTNER: tr("Partners"),
        OrganisationRole.SPONSOR: tr("Sponsors"),
        OrganisationRole.VENUE: tr("Venues"),
    }
    return plural.get(role, role.label)


def event_html(event: EventRecord) -> str:
    """The whole event as one HTML page: its heading, then each section it has something for."""
    sections = (
        _heading_html,
        _facts_html,
        _organisations_html,
        _delegations_html,
        _participants_html,
        _programme_html,
        _seating_html,
        _texts_html,
        _attachments_html,
    )
    return _STYLE + "".join(section(event) for section in sections)


def _heading_html(event: EventRecord) -> str:
    """Title, subtitle, and the line with status, kind and programme."""
    out = [f"<h1>{_e(event.title)}</h1>"]
    if event.subtitle:
        out.append(f"<p class='subtitle'>{_e(event.subtitle)}</p>")
    meta = [f"<span class='{event.status.value}'><b>{_e(event.status.label)}</b></span>"]
    meta.append(_e(event.kind.label))
    if event.programme:
        meta.append(_e(event.programme))
    out.append(f"<p>{' · '.join(meta)}</p>")
    return "".join(out)


def _when_html(event: EventRecord) -> str:
    when = _e(long_date_range(event.start_date, event.end_date))
    times = time_range(event.start_time, event.end_time)
    if times:
        when += f", {_e(times)}"
    return when + f" <span class='muted'>({_e(event.timezone)})</span>"


def _facts_html(event: EventRecord) -> str:
    """When, where, which series and under which names, as a two-column table."""
    rows: list[tuple[str, str]] = [(tr("When"), _when_html(event))]
    venue = address_lines(event.venue)
    if venue:
        rows.append((tr("Where"), "<br>".join(_e(line) for line in venue)))
    if event.series is not None:
        series = _e(event.series.name)
        if event.round_number is not None:
            series = tr("{series}, round {number}").format(series=series, number=event.round_number)
        rows.append((tr("Series"), series))
    if event.short_title:
        rows.append((tr("Short title"), _e(event.short_title)))
    rows.append((tr("Short name"), f"<tt>{_e(event.slug)}</tt>"))
    body = "".join(f"<tr><td class='key'>{_e(k)}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0'>{body}</table>"


def _h2(heading: str) -> str:
    return f"<h2>{_e(heading)}</h2>"


def _organisations_html(event: EventRecord) -> str:
    """The organisations by role (hosts, partners, ...), in the roles' order."""
    if not event.organisations:
        return ""
    out = [_h2(tr("Organisations")), "<table cellspacing='0'>"]
    for role in OrganisationRole:
        names = [o.organisation.display for o in event.organisations if o.role is role]
        if names:
            label = _organisation_role_heading(role, len(names))
            value = "<br>".join(_e(n) for n in names)
            out.append(f"<tr><td class='key'>{_e(label)}</td><td>{value}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _delegations_html(event: EventRecord) -> str:
    if not event.delegations:
        return ""
    out = [_h2(tr("Delegations")), "<ul>"]
    for d in event.delegations:
        country = f" <span class='muted'>({_e(d.country)})</span>" if d.country else ""
        out.append(f"<li>{_e(d.name)}{country}</li>")
    out.append("</ul>")
    return "".join(out)


def _participants_html(event: EventRecord) -> str:
    """Everyone taking part, a list per role."""
    if not event.participants:
        return ""
    out = [_h2(tr("Participants ({count})").format(count=len(event.participants)))]
    for role, people in _grouped_participants(event.participants):
        out.append(f"<h3>{_e(_role_heading(role, len(people)))}</h3><ul>")
        out.extend(f"<li>{participant_line(p)}</li>" for p in people)
        out.append("</ul>")
    return "".join(out)


def _day_html(day: DayRecord) -> str:
    """One row of the programme: the day's title, how many items, its slot and notes."""
    slot = time_range(day.slot_start, day.slot_end)
    count = len(day.items)
    items = tr("%n items", "", count) if count else tr("no items yet")
    facts = " · ".join(part for part in (items, slot) if part)
    text = f"{_e(day.title)} " if day.title else ""
    text += f"<span class='muted'>{_e(facts)}</span>"
    if day.notes:
        text += f"<br><span class='muted'>{_e(day.notes)}</span>"
    return f"<tr><td class='key'>{_e(short_date(day.day_date))}</td><td>{text}</td></tr>"


def _programme_html(event: EventRecord) -> str:
    if not event.days:
        return ""
    days = "".join(_day_html(day) for day in sorted(event.days, key=lambda d: d.day_date))
    return _h2(tr("Programme")) + f"<table cellspacing='0'>{days}</table>"


def _plan_html(plan: SeatingPlanRecord, attending: int) -> str:
    """One row of the seating section: the plan's shape, size and how full it is."""
    seated = len(plan.occupants())
    reserved = sum(1 for seat in plan.seats if seat.label and seat.participation_id is None)
    facts = [
        plan.shape.label,
        tr("%n seats", "", plan.seat_count),
        tr("{seated} of %n participants seated", "", attending).format(seated=seated),
    ]
    if reserved:
        facts.append(tr("%n reserved", "seats", reserved))
    if plan.day_date:
        facts.insert(0, short_date(plan.day_date))
    return f"<tr><td class='key'>{_e(plan.name)}</td><td>{_e(' · '.join(facts))}</td></tr>"


def _seating_html(event: EventRecord) -> str:
    if not event.seating_plans:
        return ""
    attending = sum(p.attendance is not Attendance.DECLINED for p in event.participants)
    plans = "".join(_plan_html(plan, attending) for plan in event.seating_plans)
    return _h2(tr("Seating")) + f"<table cellspacing='0'>{plans}</table>"


def _texts_html(event: EventRecord) -> str:
    """Description, minutes and notes, each a section when it has any text."""
    out = []
    for heading, text in (
        (tr("Description"), event.description),
        (tr("Minutes"), event.summary),
        (tr("Notes"), event.notes),
    ):
        if text.strip():
            out.append(_h2(heading) + _paragraphs(text))
    return "".join(out)


def _attachment_html(attachment: AttachmentRecord) -> str:
    """One attachment: its file name, kind and size, caption and a link to save it."""
    details = ", ".join(p for p in (attachment.kind.label, file_size(attachment.size)) if p)
    caption = f" — {_e(attachment.caption)}" if attachment.caption else ""
    save = _e(tr("Save as…"))
    link = (
        f"<a href='{ATTACHMENT_SCHEME}:{attachment.id}'>{save}</a>"
        if attachment.id is not None
        else ""
    )
    return (
        f"<li><b>{_e(attachment.filename)}</b> <span class='muted'>({_e(details)})</span>"
        f"{caption} &nbsp; {link}</li>"
    )


def _attachments_html(event: EventRecord) -> str:
    if not event.attachments:
        return ""
    items = "".join(_attachment_html(a) for a in event.attachments)
    return _h2(tr("Attachments")) + f"<ul>{items}</ul>"


def series_html(title: str, events: list[EventSummary]) -> str:
    """A group row's page: the events in it at a glance."""
    count = _e(tr("%n events", "", len(events)))
    out = [_STYLE, f"<h1>{_e(title)}</h1>", f"<p class='muted'>{count}</p>",
           "<table cellspacing='0'>"]  # fmt: skip
    for e in events:
        label = ""
        if e.round_number is not None:
            label = tr("Round {number}").format(number=e.round_number)
        where = f"<br><span class='muted'>{_e(e.venue_display)}</span>" if e.venue_display else ""
        out.append(
            f"<tr><td class='key'>{_e(label)}</td><td><b>{_e(e.title)}</b> · "
            f"{_e(date_range(e.start_date, e.end_date, short_month=True))} · "
            f"{_e(e.status.label)}{where}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


class EventOverview(QTextBrowser):
    """Shows one event, a series summary or a hint; saves attachments on request."""

    attachment_saved = Signal(str)
    """The path an attachment was written to."""

    def __init__(self, store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._event: EventRecord | None = None
        self._dirty = False  # changed while hidden: render when shown
        self.document().setDefaultStyleSheet(colour_css(self.palette()))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow_link)
        self.document().setDocumentMargin(14)
        self.document().setIndentWidth(20)
        self.show_hint()

    def set_store(self, store) -> None:
        """After a restore the window works on a new Store; attachments come from that one."""
        self._store = store
        self._event = None

    @property
    def current_event(self) -> EventRecord | None:
        return self._event

    def show_event(self, event: EventRecord) -> None:
        self._event = event
        self._dirty = False
        self._set_html(event_html(event))

    def update_event(self, event: EventRecord) -> None:
        """The same event after a change: shown again where the reader was (scroll kept), or,
        while the tab is hidden, when it is next shown."""
        self._event = event
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        bar = self.verticalScrollBar()
        where = bar.value()
        self.setHtml(event_html(event))
        bar.setValue(where)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty and self._event is not None:
            self.update_event(self._event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # A light or dark theme chosen while the app runs: the colours follow.
            self.document().setDefaultStyleSheet(colour_css(self.palette()))
            if self._event is not None:
                self.update_event(self._event)

    def show_series(self, title: str, events: list[EventSummary]) -> None:
        self._event = None
        self._set_html(series_html(title, events))

    def show_hint(self) -> None:
        self._event = None
        self._set_html(hint_html())

    def show_problem(self, message: str) -> None:
        self._event = None
        self._set_html(_STYLE + f"<p class='cancelled'>{_e(message)}</p>")

    def _set_html(self, text: str) -> None:
        bar = self.verticalScrollBar()
        self.setHtml(text)
        bar.setValue(0)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() != ATTACHMENT_SCHEME or self._event is None:
            return
        try:
            attachment_id = int(url.path())
        except ValueError:
            return
        for attachment in self._event.attachments:
            if attachment.id == attachment_id:
                self.save_attachment(attachment_id, attachment.filename)
                return

    def save_attachment(self, attachment_id: int, filename: str) -> str | None:
        """Ask where to save, then write the stored bytes there; returns the path written."""
        folder = str(last_folder(self._settings))
        path, _ = QFileDialog.getSaveFileName(  # a bundle's name could hold a path
            self, tr("Save attachment"), suggested_path(folder, filename), tr("All files") + " (*)"
        )
        if not path:
            return None
        try:
            data = self._store.attachment_data(attachment_id)
            write_bytes_atomically(path, data)  # never a half-written file
        except (UserError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                tr("Save attachment"),
                tr("Could not save {file}: {reason}").format(file=filename, reason=reason),
            )
            return None
        remember_folder(self._settings, path)
        emit(self.attachment_saved, path)
        return path
