"""The count of blocking findings the events list shows beside the selected event ("· 2 to
fix"), worked out when the event is shown or changes.

Cheap on purpose: it runs every check of services/readiness.py on the event the Overview has
already read, except "a name no shipped font can print", which needs the PDF fonts loaded
(reportlab and tens of MB of CJK fonts) and is left to the Readiness tab itself. Dismissed
findings do not count. Only events the user has looked at carry a count, so the list never
claims anything about an event nobody checked, and nothing runs at start-up for the others.
"""

from __future__ import annotations

from datetime import date

from roundtable.domain.records import EventRecord
from roundtable.services.readiness import blocking_count, findings_for
from roundtable.wording import tr


def _no_font_check(_text: str) -> set[str]:
    return set()


def blocking_note(store, event: EventRecord) -> str:
    """ "2 to fix" for the event's blocking findings not dismissed, "" when none block."""
    if event.id is None:
        return ""
    printed = {output.kind: output for output in store.printed_outputs(event.id)}
    dismissed = store.dismissed_findings(event.id)
    findings = findings_for(event, uncovered=_no_font_check, today=date.today(), printed=printed)
    count = blocking_count(f for f in findings if f.key not in dismissed)
    return tr("%n to fix", "", count) if count else ""
