"""A reviewed draft as a new event: people linked or created, organisations matched by name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

from roundtable.domain.edits.event import CreateEvent
from roundtable.domain.enums import EventKind
from roundtable.domain.records import (
    AffiliationRecord,
    DayRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)
from roundtable.errors import UserError
from roundtable.services.announcement.model import Draft
from roundtable.services.edits.event import create_edit

# The participant import's own rules, so a draft links people and organisations exactly as an
# imported list does.
from roundtable.services.participant_import import (
    OrganisationMatcher,
    match_keys,
    split_full_name,
    summary_keys,
)
from roundtable.wording import tr


def _text(draft: Draft, key: str) -> str:
    value = _value(draft, key)
    return "" if value is None else str(value)


def _kind(draft: Draft) -> EventKind:
    """The kind the page names, else a roundtable (the app's default for a new event)."""
    value = _value(draft, "kind")
    if isinstance(value, EventKind):
        return value
    try:
        return EventKind(str(value)) if value else EventKind.ROUNDTABLE
    except ValueError:
        return EventKind.ROUNDTABLE


def _value(draft: Draft, key: str):
    found = draft.fields.get(key)
    return found.value if found is not None and found.value not in ("", None) else None


def match_people(draft: Draft, directory: Iterable) -> dict[int, int | None]:
    """Each draft person's id in the directory when exactly one person there has the same name
    (in either order, or the same native name); None (create) otherwise, as the import does."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    for summary in directory:
        for key in summary_keys(summary):
            by_key.setdefault(key, []).append(summary.id)
    matches: dict[int, int | None] = {}
    for index, person in enumerate(draft.people):
        parts = split_full_name(person.name)
        found = {
            i
            for key in match_keys(parts.given, parts.family, parts.native)
            for i in by_key.get(key, [])
        }
        matches[index] = found.pop() if len(found) == 1 else None
    return matches


def _organisation(name: str, orgs: OrganisationMatcher | None) -> OrganisationRecord:
    """The directory's organisation of that name (or short name); else a new one, where
    "Russian International Affairs Council (RIAC)" is a name with its short name."""
    record = orgs.find(name) if orgs is not None else OrganisationRecord(name=name)
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", record.name)
    if record.id is None and bracket:
        record.name, record.short_name = bracket.group(1), bracket.group(2)
    return record


class _Named:
    """The organisations one draft names, each a single record however it is written: "RIAC"
    in Andrey Kortunov's affiliation is the "Russian International Affairs Council (RIAC)" the
    page names as a partner, not a second organisation. The directory's are matched first."""

    def __init__(self, known: OrganisationMatcher | None) -> None:
        self._known = known
        self._named: dict[str, OrganisationRecord] = {}

    def find(self, name: str) -> OrganisationRecord:
        key = " ".join(name.split()).casefold()
        if key in self._named:
            return self._named[key]
        record = _organisation(name, self._known)
        for alias in (name, record.name, record.short_name):
            if alias.strip():
                self._named.setdefault(" ".join(alias.split()).casefold(), record)
        return record


def draft_to_event(
    draft: Draft,
    person_ids: dict[int, int | None],
    *,
    organisations: OrganisationMatcher | None = None,
    series: Iterable[SeriesRecord] = (),
) -> EventRecord:
    """The event the reviewed draft describes. ``person_ids`` links draft people (by index) to
    directory people; None creates them. Without ``organisations`` (the directory's, as the
    store matches them) every organisation named is a new record."""
    start = _value(draft, "start_date")
    if not isinstance(start, date):
        raise UserError(tr("the announcement gives no date; enter the event's date first"))
    end = _value(draft, "end_date")
    end = end if isinstance(end, date) and end >= start else start
    title = _text(draft, "title")
    if not title:
        raise UserError(tr("the announcement gives no title; enter the event's title first"))
    series_name = _text(draft, "series")
    series_record = None
    if series_name:
        series_record = next(
            (s for s in series if s.name.casefold() == series_name.casefold()),
            SeriesRecord(name=series_name),
        )
    named = _Named(organisations)
    for name, _role, _span in draft.organisations:  # the page's own names for them first
        named.find(name)
    participants = []
    for index, person in enumerate(draft.people):
        existing = person_ids.get(index)
        parts = split_full_name(person.name)
        record = PersonRecord(
            id=existing,
            given_name=parts.given,
            family_name=parts.family,
            native_name=parts.native,
            honorific=person.honorific or parts.honorific,
            name_order=parts.order,
            patronymic=parts.patronymic,
        )
        if existing is None:
            record.affiliations = [
                AffiliationRecord(
                    organisation=named.find(org),
                    position=person.position if i == 0 else "",
                )
                for i, org in enumerate(person.affiliations)
            ]
        participants.append(
            ParticipationRecord(person=record, role=person.role, precedence=index + 1)
        )
    start_time = _value(draft, "start_time")
    end_time = _value(draft, "end_time")
    return EventRecord(
        title=title,
        start_date=start,
        end_date=end,
        subtitle=_text(draft, "subtitle"),
        short_title=_text(draft, "short_title"),
        programme=_text(draft, "programme"),
        kind=_kind(draft),
        description=_text(draft, "description"),
        summary=_text(draft, "summary"),
        rsvp=_text(draft, "rsvp"),
        series=series_record,
        round_number=_value(draft, "round"),
        start_time=start_time if isinstance(start_time, time) else None,
        end_time=end_time if isinstance(end_time, time) else None,
        timezone=_text(draft, "timezone") or "UTC",
        venue=VenueRecord(
            **{
                k: _text(draft, "venue_" + k)
                for k in ("name", "room", "street", "city", "region", "postcode", "country")
            }
        ),  # fmt: skip
        organisations=[
            EventOrganisationRecord(organisation=named.find(name), role=role)
            for name, role, _ in draft.organisations
        ],
        participants=participants,
        days=[DayRecord(day_date=d.date, notes=d.topic) for d in draft.days],  # type: ignore[arg-type]
    )


def draft_edit(store, draft: Draft, person_ids: dict[int, int | None]) -> CreateEvent:
    """The draft as one undoable edit that creates the event, its new people and
    organisations; organisations and the series are matched by name to the directory's. The
    GUI puts it on its undo stack; ``save_draft`` applies it directly."""
    record = draft_to_event(
        draft,
        person_ids,
        organisations=OrganisationMatcher(store.list_organisations()),
        series=store.list_series(),
    )
    return create_edit(record)


def save_draft(store, draft: Draft, person_ids: dict[int, int | None]) -> EventRecord:
    """Save the draft as a new event in one transaction (``draft_edit``)."""
    created = store.apply(draft_edit(store, draft, person_ids))
    return store.get_event(created.result)
