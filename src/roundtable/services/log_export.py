"""An event's log as CSV and Markdown, and the wording the log PDF shares with them.

The journal, the planned-against-actual report and the change history are read the same way
by all three exports: times in the event's time zone, people by their names in the event, the
agenda item by its title, lengths as the timer shows them (``session_timer.duration_text``,
whole seconds by its one rule). That reading lives here, once, so a number in the PDF is the
number in the CSV, in the Log tab and in the entry's own text. Pure: no reportlab, no Qt.

The CSV is UTF-8 with a BOM and formula-guarded, written as the participants CSV is (by
``formula_guard``): one row per journal entry, then one per recorded change. The Markdown has
user text escaped so that ``<b>`` or ``*`` in an entry prints as typed. Both are deterministic:
the same log gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roundtable.atomic_write import write_bytes_atomically
from roundtable.domain import local_dates
from roundtable.domain.log import ChangeRecord, EventLog, LogEntryRecord
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.services.dates import long_date_range, time_range
from roundtable.services.formula_guard import guarded_csv_bytes
from roundtable.services.planned_actual import (
    PlanActualReport,
    PlanActualRow,
    minutes_text,
    planned_vs_actual,
)
from roundtable.services.session_timer import duration_text
from roundtable.services.venue_text import venue_line
from roundtable.wording import QT_TR_NOOP, tr

CSV_COLUMNS = (
    "Kind", "Date", "Time", "Time zone", "Category or area", "Text", "Agenda item", "People",
    "Author", "Edited", "Ends", "Duration", "Earlier texts",
)  # fmt: skip
# The texts below are translated where they are shown (``tr(NO_AGENDA)``).
PLAN_COLUMNS = (QT_TR_NOOP("Item / speaker"), QT_TR_NOOP("Planned start"), QT_TR_NOOP("Planned"),
                QT_TR_NOOP("Actual start"), QT_TR_NOOP("Actual"),
                QT_TR_NOOP("Difference"))  # fmt: skip
FORMATS = {".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf"}
NO_MINUTES = QT_TR_NOOP(
    "this event has no minutes yet; write them on the Log tab's Minutes page (Log ▸ Minutes)"
)
FORMER_PERSON = QT_TR_NOOP("someone no longer in the event")
FORMER_ITEM = QT_TR_NOOP("an item no longer on the agenda")
HEADING_CHARS = 80  # a one-line paragraph of the minutes at most this long may be a heading


@dataclass(frozen=True)
class LogSections:
    """Which parts of the log an export holds. The minutes are left out anyway when the event
    has none; the change history is what ``--no-changes`` drops."""

    minutes: bool = True
    journal: bool = True
    planned: bool = True  # planned against actual
    changes: bool = True

    def check(self) -> None:
        if not (self.minutes or self.journal or self.planned or self.changes):
            raise UserError(tr("choose at least one part of the log to export"))


ALL_SECTIONS = LogSections()


# -- time ------------------------------------------------------------------------------------


def event_zone(event: EventRecord) -> ZoneInfo:
    """The event's zone; UTC if it names none the computer knows (an old bundle, say)."""
    try:
        return ZoneInfo(event.timezone.strip() or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def zone_label(event: EventRecord) -> str:
    """ "MSK, Europe/Moscow": the abbreviation on the event's first day, then the zone's name."""
    zone = event_zone(event)
    first = datetime.combine(event.start_date, event.start_time or time(12), tzinfo=zone)
    short = first.tzname() or ""
    if not short or short == zone.key or short[0] in "+-":
        return zone.key
    return f"{short}, {zone.key}"


def long_day(day: date) -> str:
    """ "Wednesday 15 March 2017", "2017年3月15日（水）", "среда, 15 марта 2017 г."."""
    return local_dates.day_heading(day)


def clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def moment_text(moment: datetime) -> str:
    """ "15 Mar 2017 10:00", for changes, which can be months before the event."""
    return f"{local_dates.long_date(moment.date(), short_month=True)} {clock(moment)}"


def event_when(event: EventRecord) -> str:
    """ "Wed 15 – Thu 16 March 2017, 09:30–17:00", as the PDFs' header line."""
    when = long_date_range(event.start_date, event.end_date)
    times = time_range(event.start_time, event.end_time)
    return tr("{dates}, {times}").format(dates=when, times=times) if times else when


# -- what an entry says ------------------------------------------------------------------------


def display_name(person: PersonRecord) -> str:
    """As the log names people (``naming``: no honorific, the Latin-script name, else the
    own-script one): every person named has some name."""
    return printed_name(person, Output.LOG) or tr("Unnamed participant")


def people_of(event: EventRecord) -> dict[int, PersonRecord]:
    """The event's participants by PERSON id, the ids log entries name people by."""
    return {p.person.id: p.person for p in event.participants if p.person.id is not None}


def item_titles(event: EventRecord) -> dict[int, str]:
    return {
        item.id: item.title.strip() or item.kind.label
        for day in event.days
        for item in day.items
        if item.id is not None
    }


@dataclass(frozen=True)
class Earlier:
    """A text an entry had before an edit, and when and by whom it was replaced."""

    text: str
    replaced_at: datetime  # in the event's zone
    replaced_by: str


@dataclass(frozen=True)
class JournalLine:
    """One journal entry as every export writes it: local times, names, titles."""

    entry: LogEntryRecord
    at: datetime  # in the event's zone
    ends_at: datetime | None
    category: str
    text: str
    item: str  # the agenda item's title, "" for none
    people: list[tuple[str, int]] = field(default_factory=list)  # (name, person id)
    author: str = ""
    earlier: list[Earlier] = field(default_factory=list)

    @property
    def when(self) -> str:
        """ "09:32", or "09:32–10:04" for an entry with an end."""
        if self.ends_at is None:
            return clock(self.at)
        return f"{clock(self.at)}–{clock(self.ends_at)}"

    @property
    def duration(self) -> str:
        """ "32:15" (minutes:seconds, as the timer's text and planned against actual say it), ""
        without an end."""
        if self.ends_at is None:
            return ""
        return duration_text(self.ends_at - self.at)

    @property
    def names(self) -> list[str]:
        return [name for name, _pid in self.people]


def journal_line(
    entry: LogEntryRecord,
    zone: ZoneInfo,
    people: dict[int, PersonRecord],
    titles: dict[int, str],
) -> JournalLine:
    item = ""
    if entry.agenda_item_id is not None:
        item = titles.get(entry.agenda_item_id) or tr(FORMER_ITEM)
    named = [
        (display_name(people[pid]) if pid in people else tr(FORMER_PERSON), pid)
        for pid in entry.person_ids
    ]
    earlier = [Earlier(r.text, r.replaced_at.astimezone(zone), r.replaced_by)
               for r in entry.revisions]  # fmt: skip
    return JournalLine(
        entry=entry,
        at=entry.at.astimezone(zone),
        ends_at=entry.ends_at.astimezone(zone) if entry.ends_at is not None else None,
        category=entry.category.label,
        text=entry.text,
        item=item,
        people=named,
        author=entry.author.strip(),
        earlier=earlier,
    )


def journal_days(
    event: EventRecord, entries: list[LogEntryRecord]
) -> list[tuple[date, list[JournalLine]]]:
    """The journal by day in the event's zone, each day's entries by time (then as written)."""
    zone = event_zone(event)
    people, titles = people_of(event), item_titles(event)
    days: dict[date, list[JournalLine]] = {}
    for entry in sorted(entries, key=lambda e: e.at):
        line = journal_line(entry, zone, people, titles)
        days.setdefault(line.at.date(), []).append(line)
    return sorted(days.items())


def text_blocks(text: str) -> list[list[str]]:
    """Plain text as paragraphs (blank lines between them) of lines (kept as typed)."""
    blocks: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def minutes_blocks(summary: str) -> list[tuple[bool, list[str]]]:
    """The minutes as (is a heading, lines). A short one-line paragraph without a full stop,
    such as "The first day of meetings in Moscow", reads as a heading over what follows."""
    blocks = text_blocks(summary)
    out = []
    for index, lines in enumerate(blocks):
        only = lines[0].strip() if len(lines) == 1 else ""
        heading = (
            bool(only)
            and len(only) <= HEADING_CHARS
            and not only.endswith((".", "!", "?", ":", ";", ","))
            and index + 1 < len(blocks)
        )
        out.append((heading, [only] if heading else lines))
    return out


def change_lines(event: EventRecord, changes: list[ChangeRecord]) -> list[ChangeRecord]:
    """The history oldest first, its times moved into the event's zone."""
    zone = event_zone(event)
    ordered = sorted(changes, key=lambda c: c.at)
    return [ChangeRecord(c.at.astimezone(zone), c.author, c.area, c.summary, c.id) for c in ordered]


# -- planned against actual --------------------------------------------------------------------


def plan_report(event: EventRecord, log: EventLog) -> PlanActualReport:
    return planned_vs_actual(event, log.entries)


def plan_days(report: PlanActualReport) -> list[tuple[date, list[PlanActualRow]]]:
    days: dict[date, list[PlanActualRow]] = {}
    for row in report.rows:
        days.setdefault(row.day_date, []).append(row)
    return sorted(days.items())


def plan_cells(row: PlanActualRow) -> list[str]:
    """The six cells of a row of the table: who or what, then the times, as text."""
    return [
        row.speaker if row.kind == "speaker" else row.title,
        clock(row.planned_start) if row.planned_start is not None else "—",
        minutes_text(row.planned_minutes),
        clock(row.actual_start) if row.actual_start is not None else "—",
        minutes_text(row.actual_minutes),
        minutes_text(row.delta_minutes, signed=True),
    ]


NOTHING_TIMED = QT_TR_NOOP(
    "Nothing has been timed yet: the moderator’s timer records when each item and each "
    "speaker's turn starts and ends."
)
NO_AGENDA = QT_TR_NOOP("The agenda has no items, so there is nothing to plan against.")
NO_ENTRIES = QT_TR_NOOP("Nothing has been written in the journal yet.")
NO_CHANGES = QT_TR_NOOP("No changes have been recorded.")
CHANGE_COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("Who"), QT_TR_NOOP("Area"),
                  QT_TR_NOOP("What"))  # fmt: skip
PLAN_NOTE = QT_TR_NOOP(
    "Lengths as on a clock: 12:30 is twelve and a half minutes; a positive difference ran over "
    "the plan."
)


# -- CSV -------------------------------------------------------------------------------------


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _csv_clock(moment: datetime, day: date) -> str:
    text = f"{moment:%H:%M:%S}"
    return text if moment.date() == day else f"{moment.date().isoformat()} {text}"


def csv_rows(
    event: EventRecord, log: EventLog, sections: LogSections = ALL_SECTIONS
) -> list[list[str]]:
    """One row per journal entry (by time), then one per change (oldest first); the sections
    say whether each kind is wanted (the minutes and the report have no rows)."""
    zone = event_zone(event)
    rows: list[list[str]] = []
    entries = log.entries if sections.journal else []
    changes = log.changes if sections.changes else []
    for _day, lines in journal_days(event, entries):
        for line in lines:
            earlier = "\n".join(
                f"{e.replaced_at:%Y-%m-%d %H:%M:%S}{' ' + e.replaced_by if e.replaced_by else ''}"
                f": {e.text}"
                for e in line.earlier
            )
            rows.append([
                "entry", line.at.date().isoformat(), f"{line.at:%H:%M:%S}",
                f"{zone.key} ({_offset(line.at)})", line.category, line.text, line.item,
                "; ".join(line.names), line.author, "yes" if line.earlier else "",
                _csv_clock(line.ends_at, line.at.date()) if line.ends_at is not None else "",
                line.duration, earlier,
            ])  # fmt: skip
    for change in change_lines(event, changes):
        rows.append([
            "change", change.at.date().isoformat(), f"{change.at:%H:%M:%S}",
            f"{zone.key} ({_offset(change.at)})", change.area.label, change.summary, "", "",
            change.author, "", "", "", "",
        ])  # fmt: skip
    return rows


def log_csv(event: EventRecord, log: EventLog, sections: LogSections = ALL_SECTIONS) -> bytes:
    """UTF-8 with a BOM (Excel reads it right), Excel's CRLF, every cell formula-guarded."""
    sections.check()
    return guarded_csv_bytes(CSV_COLUMNS, csv_rows(event, log, sections))


# -- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def md_escape(text: str) -> str:
    """``text`` printed as typed: no emphasis, links, HTML, table cells or headings out of it.

    CommonMark lets a backslash escape any ASCII punctuation. At a line's start "#", "=", "+"
    and "-" would make a heading, a rule or a list, and so would "1." (its "." is escaped).
    """
    lines = []
    for line in _MD_SPECIAL.sub(r"\\\1", text).split("\n"):
        body = line.lstrip()
        pad = line[: len(line) - len(body)]
        starts = body[:1] in ("#", "=", "+", "-")
        lines.append(pad + ("\\" + body if starts else _MD_NUMBERED.sub(r"\1\\\2", body)))
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    """A table cell: one line, the specials escaped (a cell cannot start a list or heading)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_paragraphs(text: str, indent: str = "") -> list[str]:
    """Paragraphs with their line breaks kept (a backslash at a line's end is a hard break)."""
    out: list[str] = []
    for block in text_blocks(text):
        if out:
            out.append("")
        escaped = [md_escape(line.strip()) for line in block]
        out += [f"{indent}{line}\\" for line in escaped[:-1]] + [f"{indent}{escaped[-1]}"]
    return out


def _md_entry(line: JournalLine) -> list[str]:
    facts = [f"**{line.when}**", md_escape(line.category)]
    if line.duration:
        facts[-1] += f" ({line.duration})"
    if line.item:
        facts.append(tr("Item: {item}").format(item=md_escape(line.item)))
    if line.people:
        facts.append(tr("People: {names}").format(names=md_escape(", ".join(line.names))))
    if line.author:
        facts.append(tr("By: {author}").format(author=md_escape(line.author)))
    if line.earlier:
        facts.append(tr("edited"))
    out = [f"- {' · '.join(facts)}", "", *_md_paragraphs(line.text, "  ")]
    if line.earlier:
        out += ["", "  " + tr("Earlier texts:")]
        for earlier in line.earlier:
            out.append("  - " + _md_replaced(earlier))
    return out + [""]


def _md_replaced(earlier: Earlier) -> str:
    """ "Replaced 15 Mar 2017 10:00 by Jane: the text", the text on one line."""
    text = md_escape(" ".join(earlier.text.split()))
    moment = moment_text(earlier.replaced_at)
    if earlier.replaced_by:
        return tr("Replaced {moment} by {author}: {text}").format(
            moment=moment, author=md_escape(earlier.replaced_by), text=text
        )
    return tr("Replaced {moment}: {text}").format(moment=moment, text=text)


def _md_table(header: tuple[str, ...] | list[str], rows: list[list[str]], right: int) -> list[str]:
    """A pipe table; the last ``right`` columns are right-aligned (times and lengths)."""
    rule = ["---"] * (len(header) - right) + ["---:"] * right
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return lines


def log_markdown(event: EventRecord, log: EventLog, sections: LogSections = ALL_SECTIONS) -> str:
    """Title, minutes, the journal by day, planned against actual, and the change history."""
    sections.check()
    title = tr("{title} — Event log").format(title=md_escape(event.title))
    out = [f"# {title}", "", md_escape(event_when(event))]
    venue = venue_line(event.venue)
    if venue:
        out[-1] += "\\"
        out.append(md_escape(venue))
    out += ["", tr("Times are {zone}.").format(zone=md_escape(zone_label(event))), ""]
    if sections.minutes and event.summary.strip():
        out += ["## " + tr("Minutes"), ""]
        for heading, lines in minutes_blocks(event.summary):
            if heading:
                out += [f"### {md_escape(lines[0])}", ""]
            else:
                out += [*_md_paragraphs("\n".join(lines)), ""]
    if sections.journal:
        out += _md_journal(event, log)
    if sections.planned:
        out += _md_planned(event, log)
    if sections.changes:
        out += _md_changes(event, log)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _md_journal(event: EventRecord, log: EventLog) -> list[str]:
    out = ["## " + tr("Journal"), ""]
    days = journal_days(event, log.entries)
    if not days:
        out += [tr(NO_ENTRIES), ""]
    for day, lines in days:
        out += [f"### {long_day(day)}", ""]
        for line in lines:
            out += _md_entry(line)
    return out


def _md_planned(event: EventRecord, log: EventLog) -> list[str]:
    out = ["## " + tr("Planned against actual"), ""]
    report = plan_report(event, log)
    if not report.rows:
        out += [tr(NO_AGENDA), ""]
    elif not report.timed:
        out += [tr(NOTHING_TIMED), ""]
    else:
        out += [tr(PLAN_NOTE), ""]
        columns = [tr(text) for text in PLAN_COLUMNS]
        for day, rows in plan_days(report):
            cells = []
            for row in rows:
                row_cells = plan_cells(row)
                if row.kind == "speaker":
                    row_cells[0] = f"↳ {row_cells[0]}"
                cells.append(row_cells)
            out += [f"### {long_day(day)}", "", *_md_table(columns, cells, 5), ""]
    return out


def _md_changes(event: EventRecord, log: EventLog) -> list[str]:
    out = ["## " + tr("Change history"), ""]
    history = change_lines(event, log.changes)
    if not history:
        return [*out, tr(NO_CHANGES), ""]
    rows = [[moment_text(c.at), c.author, c.area.label, c.summary] for c in history]
    return [*out, *_md_table([tr(text) for text in CHANGE_COLUMNS], rows, 0), ""]


# -- files -----------------------------------------------------------------------------------


def log_format(path: str | Path) -> str:
    """ "pdf", "csv" or "markdown" from the file's suffix; UserError for any other."""
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        if suffix:
            message = tr(
                "cannot export the log as a {suffix} file; name the file .pdf, .csv or .md"
            )
        else:
            message = tr(
                "cannot export the log as a file without a suffix; name the file .pdf, .csv or .md"
            )
        raise UserError(message.format(suffix=suffix)) from None


def export_log_text(
    event: EventRecord, log: EventLog, path: str | Path, sections: LogSections = ALL_SECTIONS
) -> None:
    """Write the log as CSV or Markdown, by ``path``'s suffix, atomically."""
    kind = log_format(path)
    if kind == "csv":
        data = log_csv(event, log, sections)
    elif kind == "markdown":
        data = log_markdown(event, log, sections).encode("utf-8")
    else:
        raise UserError("a PDF log is written by roundtable.pdf.log_pdf")
    write_bytes_atomically(path, data)


def require_minutes(event: EventRecord) -> str:
    """The minutes (stored as the event's summary); UserError when there are none to print."""
    if not event.summary.strip():
        raise UserError(tr(NO_MINUTES))
    return event.summary
