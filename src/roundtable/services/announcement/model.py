"""What the announcement reader proposes: every field with the words it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from roundtable.domain.enums import OrganisationRole, ParticipantRole

Span = tuple[int, int]

FIELD_KEYS: tuple[str, ...] = (
    "programme", "series", "round", "kind", "title", "short_title", "subtitle", "start_date",
    "end_date", "start_time", "end_time", "timezone", "venue_name", "venue_room",
    "venue_street", "venue_city", "venue_region", "venue_postcode", "venue_country",
    "description", "summary", "rsvp",
)  # fmt: skip


@dataclass(frozen=True)
class Found:
    """One proposed value and where in the text it was read (None: nothing was found, and
    ``note`` says so, so the reviewer knows the field is empty because the page is silent)."""

    value: object
    span: Span | None
    note: str = ""


@dataclass
class DraftPerson:
    name: str
    affiliations: list[str]
    role: ParticipantRole
    span: Span
    position: str = ""
    honorific: str = ""


@dataclass
class DraftDay:
    """A day of a multi-day event; ``topic`` is its heading or stated subject."""

    date: object  # datetime.date
    topic: str
    span: Span | None


@dataclass
class Draft:
    text: str
    fields: dict[str, Found] = field(default_factory=dict)
    people: list[DraftPerson] = field(default_factory=list)
    organisations: list[tuple[str, OrganisationRole, Span]] = field(default_factory=list)
    days: list[DraftDay] = field(default_factory=list)


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def draft_as_json(draft: Draft) -> dict[str, object]:
    """The draft as plain data: each field's value and span (null and a note when not found)."""
    return {
        "fields": {
            key: {"value": _plain(f.value), "span": list(f.span) if f.span else None}
            | ({"note": f.note} if f.note else {})
            for key, f in draft.fields.items()
        },
        "people": [
            {
                "name": p.name,
                "role": p.role.value,
                "affiliations": p.affiliations,
                "position": p.position,
                "span": list(p.span),
            }
            for p in draft.people
        ],  # fmt: skip
        "organisations": [
            {"name": name, "role": role.value, "span": list(span)}
            for name, role, span in draft.organisations
        ],
        "days": [
            {"date": _plain(d.date), "topic": d.topic, "span": list(d.span) if d.span else None}
            for d in draft.days
        ],
    }
