"""Detached, plain records: what the store facade returns and accepts.

The GUI and the CLI work on these, never on ORM objects, so no view can hold a Session or trip a
lazy load after its transaction has closed. A record with ``id=None`` is new; the store fills ids
in and hands back a fresh record, which undo commands keep so a redo re-uses the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from roundtable.domain.enums import (
    AgendaItemKind,
    AttachmentKind,
    Attendance,
    Attribution,
    EventKind,
    EventStatus,
    NameOrder,
    OrganisationKind,
    OrganisationRole,
    ParticipantRole,
)
from roundtable.domain.seating import SeatingPlanRecord


@dataclass
class OrganisationRecord:
    name: str
    short_name: str = ""
    kind: OrganisationKind = OrganisationKind.OTHER
    country: str = ""
    website: str = ""
    notes: str = ""
    # The logo a flyer prints beside the name. Loaded only on request, as a person's photo:
    # has_logo says whether there is one; on save, None leaves it alone and b"" removes it.
    has_logo: bool = False
    logo: bytes | None = None
    logo_mime: str = ""
    id: int | None = None
    uid: str | None = None

    @property
    def display(self) -> str:
        return self.name or self.short_name


@dataclass
class AffiliationRecord:
    organisation: OrganisationRecord
    position: str = ""


@dataclass
class PersonRecord:
    given_name: str = ""
    family_name: str = ""
    # Отчество: its own field, so Russian formal forms can use it and Latin forms can drop it.
    patronymic: str = ""
    honorific: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    native_name: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    bio: str = ""
    notes: str = ""
    # How the name is said ("koh-ZOO-kee"), for whoever introduces them; only the moderator's
    # brief prints it.
    pronunciation: str = ""
    affiliations: list[AffiliationRecord] = field(default_factory=list)
    id: int | None = None
    uid: str | None = None
    has_photo: bool = False
    # Loaded only on request. On save: None leaves the stored photo alone, b"" removes it.
    photo: bytes | None = None
    photo_mime: str = ""
    # The part of the photo that prints: "x,y,w,h" in fractions (domain.photo_crop); "" for auto.
    photo_crop: str = ""
    # The database revision of the last change to this person, as read; not content, so two
    # records of the same person compare equal whatever their revisions.
    revision: int = field(default=0, compare=False)


@dataclass(frozen=True)
class PersonSummary:
    """One row of the people directory: cheap to load for thousands of people."""

    id: int
    uid: str
    honorific: str
    given_name: str
    family_name: str
    name_order: NameOrder
    native_name: str
    country: str
    email: str
    affiliations: str  # "Kyushu University / Hokkaido University"
    event_count: int
    has_photo: bool
    patronymic: str = ""  # last, with a default: rows made before it existed still build


@dataclass(frozen=True)
class PersonEvent:
    """A person's part in one event, for their page in the directory."""

    event_id: int
    title: str
    start_date: date
    series_name: str
    round_number: int | None
    role: ParticipantRole
    delegation: str
    attendance: Attendance


@dataclass
class ParticipationRow:
    """A participation as stored, by ids: what undoing a merge or a delete puts back."""

    id: int
    event_id: int
    role: str
    delegation_id: int | None
    precedence: int
    attendance: str
    notes: str
    # What points at the participation and goes (or empties) with it in a merge: agenda
    # speaker rows, chaired items, seats and pair rules, as column values, so undo is exact.
    speakers: list[tuple[int, int, int | None, int]] = field(default_factory=list)
    chaired_items: list[int] = field(default_factory=list)
    seats: list[tuple[int, int, int, bool, str]] = field(default_factory=list)
    pair_rules: list[tuple[int, int, int, int, bool, int]] = field(default_factory=list)


@dataclass
class PersonSnapshot:
    person: PersonRecord  # with photo data
    participations: list[ParticipationRow]
    log_links: list[tuple[int, int]] = field(default_factory=list)  # (entry id, position)


@dataclass
class SeriesRecord:
    name: str
    short_name: str = ""
    description: str = ""
    id: int | None = None
    uid: str | None = None


@dataclass
class VenueRecord:
    name: str = ""
    room: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""


@dataclass
class EventOrganisationRecord:
    organisation: OrganisationRecord
    role: OrganisationRole = OrganisationRole.PARTNER
    id: int | None = None


@dataclass
class DelegationRecord:
    name: str
    country: str = ""
    organisation: OrganisationRecord | None = None
    id: int | None = None


@dataclass
class ParticipationRecord:
    person: PersonRecord
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    delegation: str = ""  # the delegation's name within the event; "" for none
    precedence: int = 0
    attendance: Attendance = Attendance.INVITED
    notes: str = ""
    id: int | None = None
    # What the name card prints instead of the person's name ("Amb. Kozuki"); "" for the name.
    card_name: str = ""


@dataclass
class AgendaSpeakerRecord:
    """A speaker of an agenda item: one of the event's participants, by participation id."""

    participation_id: int | None
    speaking_minutes: int | None = None  # None: no set speaking time
    id: int | None = None
    # Instead of participation_id, for bundles (ids are local): the participant's person uid.
    person_uid: str | None = None


@dataclass
class AgendaItemRecord:
    title: str
    duration_minutes: int
    kind: AgendaItemKind = AgendaItemKind.SESSION
    description: str = ""
    anchor: time | None = None  # a fixed clock start ("lunch at 12:30"); None: follows on
    room: str = ""
    chair_participation_id: int | None = None
    speakers: list[AgendaSpeakerRecord] = field(default_factory=list)
    id: int | None = None
    chair_person_uid: str | None = None  # as person_uid above


@dataclass
class DayRecord:
    day_date: date
    title: str = ""
    slot_start: time | None = None
    slot_end: time | None = None
    notes: str = ""
    items: list[AgendaItemRecord] = field(default_factory=list)
    id: int | None = None


@dataclass
class AttachmentRecord:
    filename: str
    kind: AttachmentKind = AttachmentKind.DOCUMENT
    mime_type: str = "application/octet-stream"
    caption: str = ""
    size: int = 0
    data: bytes | None = None  # None on a loaded record means "unchanged, not loaded"
    id: int | None = None


@dataclass
class EventRecord:
    title: str
    start_date: date
    end_date: date
    slug: str = ""
    subtitle: str = ""
    short_title: str = ""
    programme: str = ""
    kind: EventKind = EventKind.ROUNDTABLE
    status: EventStatus = EventStatus.DRAFT
    description: str = ""
    summary: str = ""
    notes: str = ""
    # Who may be quoted afterwards, and the event's other house rules (recording, press...),
    # printed on the moderator's brief and followed by the minutes.
    attribution: Attribution = Attribution.ON_RECORD
    house_rules: str = ""
    # How to register ("RSVP to events@usjinstitute.org by 20 February"), printed on the flyer.
    rsvp: str = ""
    series: SeriesRecord | None = None
    round_number: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    timezone: str = "UTC"
    venue: VenueRecord = field(default_factory=VenueRecord)
    organisations: list[EventOrganisationRecord] = field(default_factory=list)
    delegations: list[DelegationRecord] = field(default_factory=list)
    participants: list[ParticipationRecord] = field(default_factory=list)
    days: list[DayRecord] = field(default_factory=list)
    attachments: list[AttachmentRecord] = field(default_factory=list)
    seating_plans: list[SeatingPlanRecord] = field(default_factory=list)
    id: int | None = None
    uid: str | None = None
    # The database revision of the last change to the event or anything it owns, as read.
    # ``Store.save_event`` refuses a record whose revision is no longer the stored one. Not
    # content: records of the same event compare equal whatever their revisions.
    revision: int = field(default=0, compare=False)


@dataclass(frozen=True)
class EventSummary:
    """One row of the events list: cheap to load for hundreds of events."""

    id: int
    slug: str
    title: str
    start_date: date
    end_date: date
    start_time: time | None
    end_time: time | None
    timezone: str
    status: EventStatus
    kind: EventKind
    series_id: int | None
    series_name: str
    round_number: int | None
    programme: str
    venue_name: str
    venue_city: str
    venue_country: str

    @property
    def venue_display(self) -> str:
        return ", ".join(p for p in (self.venue_name, self.venue_city, self.venue_country) if p)
