"""The parts of an event that a change can touch and a view can show.

A change reports the parts it touched; a window re-reads only those parts of the event it shows,
and a view refreshes only when a part it depends on changed. Kept apart from the records so the
store, the services and the GUI can all name them without importing one another.
"""

from __future__ import annotations

from enum import StrEnum

from roundtable.domain.enums import ChangeArea


class Part(StrEnum):
    EVENT = "event"  # its own fields, series, venue, organisations, delegations, attachments
    PARTICIPANTS = "participants"
    AGENDA = "agenda"  # days, items, speakers
    SEATING = "seating"  # plans, seats, pair rules
    LOG = "log"  # journal and change history
    PEOPLE = "people"  # the directory: people, their affiliations, organisations


RECORD_PARTS: tuple[Part, ...] = (Part.EVENT, Part.PARTICIPANTS, Part.AGENDA, Part.SEATING)
"""The parts that make up an ``EventRecord`` (the log is read on its own)."""


def parse_parts(text: str) -> frozenset[Part]:
    """Parts from their stored form ("event,participants"); unknown names are skipped."""
    known = {p.value for p in Part}
    return frozenset(Part(name) for name in text.split(",") if name in known)


def format_parts(parts: frozenset[Part] | set[Part]) -> str:
    return ",".join(sorted(p.value for p in parts))


def change_area(parts: frozenset[Part] | set[Part]) -> ChangeArea:
    """The change-history area a change of these parts is filed under (the most specific)."""
    for part, area in ((Part.SEATING, ChangeArea.SEATING), (Part.AGENDA, ChangeArea.AGENDA),
                       (Part.PARTICIPANTS, ChangeArea.PARTICIPANTS)):  # fmt: skip
        if part in parts:
            return area
    return ChangeArea.EVENT
