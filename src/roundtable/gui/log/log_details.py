"""The details pane beside the log: one row in full, and for an edited entry every earlier
version with who replaced it and when.

The list shows each entry's first line; what a row cannot show (the whole text, the links,
when it was written as against the time it records, and the texts it had before) is here. The
earlier versions are the point of keeping them: a decision re-worded after the meeting still
shows what was first written down.
"""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from roundtable.domain.local_dates import clock
from roundtable.domain.log import LogEntryRecord
from roundtable.gui.log.log_model import LogRow, format_full_time
from roundtable.wording import QT_TR_NOOP, tr

EMPTY_TEXT = QT_TR_NOOP(
    "Select an entry to see it in full, with its earlier versions if it was edited."
)
"""In English; shown through ``tr()``."""
MUTED = "#707070"  # the view passes its palette's placeholder colour instead


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding-right: 10px'><b>{escape(label)}</b></td>"
        f"<td>{escape(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing='0' cellpadding='1' style='margin-top: 6px'>{cells}</table>"


def revisions_html(entry: LogEntryRecord, zone: tzinfo) -> str:
    """The entry's earlier texts, oldest first, each with when and by whom it was replaced."""
    if not entry.revisions:
        return ""
    heading = tr("Earlier versions ({count})").format(count=len(entry.revisions))
    parts = [f"<h4>{escape(heading)}</h4>", "<ol>"]
    for revision in entry.revisions:
        when = format_full_time(revision.replaced_at, zone)
        if revision.replaced_by:
            replaced = tr("Replaced {when} by {who}").format(when=when, who=revision.replaced_by)
        else:
            replaced = tr("Replaced {when}").format(when=when)
        parts.append(f"<li><p><i>{escape(replaced)}</i></p>{_paragraphs(revision.text)}</li>")
    parts.append("</ol>")
    return "".join(parts)


def row_html(row: LogRow | None, zone: tzinfo, muted: str = MUTED) -> str:
    """The pane's HTML for ``row`` (a hint for None); ``muted`` colours the quiet notes."""
    if row is None:
        return f"<p style='color: {muted}'>{escape(tr(EMPTY_TEXT))}</p>"
    when = format_full_time(row.at, zone)
    if row.change is not None:
        recorded = tr(
            "Recorded by Roundtable when the event was saved; the history cannot be edited."
        )
        return (
            f"<h3>{escape(row.category_text)}</h3>"
            f"{_paragraphs(row.text)}"
            + _facts([(tr("When"), when), (tr("By"), row.author)])
            + f"<p style='color: {muted}'>{escape(recorded)}</p>"
        )
    entry = row.entry
    assert entry is not None
    if entry.ends_at is not None:
        when = tr("{start} to {end}").format(
            start=when, end=clock(entry.ends_at.astimezone(zone).time())
        )
    title = row.category_text
    if entry.revisions:
        title = tr("{category} · edited").format(category=title)
    facts = [
        (tr("Time"), when),
        (tr("Length"), row.length_text),
        (tr("Agenda item"), row.item_title),
        (tr("People"), ", ".join(row.people)),
        (tr("Author"), row.author),
        (tr("Written"), format_full_time(entry.created_at, zone) if entry.created_at else ""),
    ]
    if entry.revisions:
        last = entry.revisions[-1]
        edited = format_full_time(last.replaced_at, zone)
        if last.replaced_by:
            edited = tr("{when} by {who}").format(when=edited, who=last.replaced_by)
        facts.append((tr("Last edited"), edited))
    return (
        f"<h3>{escape(title)}</h3>{_paragraphs(entry.text)}{_facts(facts)}"
        f"{revisions_html(entry, zone)}"
    )
