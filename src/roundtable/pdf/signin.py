"""The sign-in sheet: who is expected, alphabetically, each with a box to sign, then blank rows
for walk-ins. It goes round on a clipboard at the door (indico/indico#1963 asks for exactly
this), so it is found by eye: family names in the order each script's readers expect
(``domain.collation``), numbers to call out, rows tall enough to sign in.

Who is listed: everyone taking part except those who declined and the staff. Staff run the
door and hold the sheet; observers are in the room, so they sign like anyone else.

Every page says which event, when and where at its top and "Page x of y" at its foot: the
pages come apart on a clipboard. Walk-in rows fill the rest of the last page, and there are
always at least :data:`MIN_WALK_INS` of them (a new page when fewer fit).
"""

from __future__ import annotations

import os
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from roundtable.domain.collation import person_key
from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.pdf.document import (
    ACCENT,
    MUTED,
    RULE,
    Document,
    Progress,
    ProgressTracker,
    RunningHead,
    para,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.event_header import event_keywords, venue_lines, when_line
from roundtable.pdf.fonts import fit_size
from roundtable.pdf.people import organisation_lang, person_lang
from roundtable.services.dates import long_date_range
from roundtable.wording import tr

MIN_WALK_INS = 5
ROW_HEIGHT = 12 * mm  # room to sign with a pen, and for a name and its own-script form
NAME_SIZE = 10.5
NAME_FLOOR = 8.5  # below this a long name wraps rather than shrinks
NUMBER_WIDTH = 10 * mm
CELL_PADDING = 3  # reportlab's default top and bottom padding of a cell


def expected(event: EventRecord) -> list[ParticipationRecord]:
    """The people the sheet lists, alphabetically by family name."""
    people = [
        p
        for p in event.participants
        if p.attendance is not Attendance.DECLINED and p.role is not ParticipantRole.STAFF
    ]
    return sorted(people, key=lambda p: person_key(p.person))


class _Styles:
    def __init__(self) -> None:
        self.title = style("signin-title", 16, 20, bold=True)
        self.when = style("signin-when", 10.5, 14)
        self.venue = style("signin-venue", 10, 13, colour=MUTED)
        self.head = style("signin-head", 8.5, 11, bold=True, colour=ACCENT)
        self.number = style("signin-number", 9, 12, colour=MUTED)
        self.native = style("signin-native", 9, 12, colour=MUTED)
        self.affiliation = style("signin-affiliation", 8.5, 11)
        self.walk_in = style("signin-walk-in", 8, 10, colour=MUTED)

    def name(self, size: float) -> Any:
        return style(f"signin-name-{size}", size, round(size * 1.25, 1), bold=True)


def _widths(width: float) -> list[float]:
    rest = width - NUMBER_WIDTH
    return [NUMBER_WIDTH, rest * 0.36, rest * 0.30, rest * 0.34]


_GRID = [
    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("BOX", (3, 1), (3, -1), 0.6, MUTED),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


def _header_row(styles: _Styles) -> list[Any]:
    return [
        para(tr("No."), styles.head),
        para(tr("Name"), styles.head),
        para(tr("Affiliation"), styles.head),
        para(tr("Signature"), styles.head),
    ]


def _person_row(number: int, participation: ParticipationRecord, styles: _Styles,
                widths: list[float]) -> list[Any]:  # fmt: skip
    person = participation.person
    lang = person_lang(person)
    name = printed_name(person, Output.SIGN_IN)
    size = fit_size(name, widths[1] - 6, NAME_SIZE, NAME_FLOOR, bold=True, lang=lang)
    cell: list[Flowable] = [para(name, styles.name(size), lang)]
    native = person.native_name.strip()
    if native and native != name:
        cell.append(para(native, styles.native, lang))
    affiliation = printed_affiliation(person, Output.SIGN_IN)
    org_lang = (
        organisation_lang(person.affiliations[0].organisation, lang) if person.affiliations
        else lang
    )  # fmt: skip
    return [
        para(str(number), styles.number),
        cell,
        para(affiliation, styles.affiliation, org_lang),
        Spacer(1, ROW_HEIGHT - 2 * CELL_PADDING),  # the row's least height: room to sign
    ]


class WalkInRows(Flowable):
    """Blank numbered rows to the foot of the page: as many as fit, and never fewer than
    ``minimum``. When fewer fit, it goes to the next page and fills that one."""

    def __init__(self, first: int, widths: list[float], styles: _Styles, minimum: int) -> None:
        super().__init__()
        self._first = first
        self._widths = widths
        self._styles = styles
        self._minimum = minimum
        self._table: Table | None = None
        self.count = 0

    def _build(self, rows: int) -> Table:
        data = [_header_row(self._styles)]
        data += [[para(str(self._first + i), self._styles.number), "", "", ""] for i in range(rows)]
        heights = [None] + [ROW_HEIGHT] * rows
        commands = [*_GRID, ("BOX", (1, 1), (2, -1), 0.3, RULE)]
        return table(data, self._widths, commands, rowHeights=heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        header_height = self._build(0).wrap(avail_width, avail_height)[1]
        rows = int((avail_height - header_height - 1) // ROW_HEIGHT)
        if rows < self._minimum:
            self._table = None
            return avail_width, avail_height + 1  # does not fit: the next page
        self.count = rows
        self._table = self._build(rows)
        return self._table.wrap(avail_width, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def export_signin(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    progress: Progress | None = None,
) -> bool:
    """Write the sign-in sheet of ``event`` to ``path`` (atomically); True when written, False
    when ``progress`` cancelled. Raises UserError for an unknown paper or an unwritable file."""
    people = expected(event)
    tracker = ProgressTracker(progress, len(people))

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        doc = Document(
            stream,
            paper=paper,
            title=tr("{title} — Sign-in sheet").format(title=event.title),
            kind="signin",
            keywords=event_keywords(event, tr("Sign-in sheet")),
            footer=tr("{title} — Sign-in sheet").format(title=event.short_title or event.title),
            margins=(16 * mm, 16 * mm, 18 * mm, 18 * mm),
        )
        styles = _Styles()
        widths = _widths(doc.width)
        where = ", ".join(p for p in (event.venue.name, event.venue.city) if p.strip())
        head = " · ".join(
            p for p in (event.short_title or event.title,
                        long_date_range(event.start_date, event.end_date), where) if p
        )  # fmt: skip
        story: list[Flowable] = [
            RunningHead(head),
            para(tr("Sign-in sheet"), styles.head),
            para(event.title, styles.title),
            when_line(event, styles.when),
            *venue_lines(event, styles.venue),
            Spacer(1, 5 * mm),
        ]
        if people:
            rows = [_header_row(styles)]
            rows += [_person_row(n, p, styles, widths) for n, p in enumerate(people, start=1)]
            story.append(table(rows, widths, _GRID, repeatRows=1))
            story.append(Spacer(1, 4 * mm))
        story.append(para(tr("Not on the list? Please write your name and affiliation below."),
                          styles.walk_in))  # fmt: skip
        story.append(WalkInRows(len(people) + 1, widths, styles, MIN_WALK_INS))
        doc.build(story)
        tracker.report(len(people))

    return write_pdf(path, build)
