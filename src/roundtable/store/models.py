"""The schema, as typed SQLAlchemy 2 models.

Enumerations are stored as plain strings (not database ENUMs) so a later release can add a role
or a kind without a migration, and PostgreSQL and SQLite store them the same way. Every table a
later feature hangs off an event (agenda, seating, log) references ``event.id`` with
``ondelete="CASCADE"`` so deleting an event never leaves orphans.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic batch migrations on SQLite deterministic.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(300), index=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(30), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Scaled down before it gets here, as a person's photo; deferred so lists never load it.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_mime: Mapped[str] = mapped_column(String(50), default="", server_default="")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    honorific: Mapped[str] = mapped_column(String(60), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    # Отчество, kept apart so a Latin-script form can leave it out (domain.names.formal_name).
    patronymic: Mapped[str] = mapped_column(String(200), default="", server_default="")
    name_order: Mapped[str] = mapped_column(String(20), default="given_first")
    native_name: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    pronunciation: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # Scaled down by the GUI before it gets here; deferred so lists never load it.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    photo_mime: Mapped[str] = mapped_column(String(50), default="")
    # The part of the photo that prints, "x,y,w,h" as fractions (domain.photo_crop); "" for auto.
    photo_crop: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # The database revision (StoreState) of the last change to this person: a view that shows
    # them knows from it whether what it shows is current.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="person",
        order_by="Affiliation.sort_order",
        cascade="all, delete-orphan",
    )


class Affiliation(Base):
    __tablename__ = "affiliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship()


class Series(Base):
    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str] = mapped_column(String(500), default="")
    short_title: Mapped[str] = mapped_column(String(200), default="")
    programme: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="roundtable")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    description: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    attribution: Mapped[str] = mapped_column(
        String(20), default="on_record", server_default="on_record"
    )
    house_rules: Mapped[str] = mapped_column(Text, default="", server_default="")
    rsvp: Mapped[str] = mapped_column(String(500), default="", server_default="")

    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), index=True
    )
    round_number: Mapped[int | None] = mapped_column(Integer)

    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")

    venue_name: Mapped[str] = mapped_column(String(300), default="")
    venue_room: Mapped[str] = mapped_column(String(200), default="")
    venue_street: Mapped[str] = mapped_column(String(300), default="")
    venue_city: Mapped[str] = mapped_column(String(200), default="")
    venue_region: Mapped[str] = mapped_column(String(200), default="")
    venue_postcode: Mapped[str] = mapped_column(String(40), default="")
    venue_country: Mapped[str] = mapped_column(String(100), default="")

    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # The database revision (StoreState) of the last change to the event or anything it owns.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    series: Mapped[Series | None] = relationship()
    organisations: Mapped[list[EventOrganisation]] = relationship(
        order_by="EventOrganisation.sort_order", cascade="all, delete-orphan"
    )
    delegations: Mapped[list[Delegation]] = relationship(
        order_by="Delegation.sort_order", cascade="all, delete-orphan"
    )
    participations: Mapped[list[Participation]] = relationship(
        order_by="Participation.precedence", cascade="all, delete-orphan"
    )
    days: Mapped[list[EventDay]] = relationship(
        order_by="EventDay.day_date", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.sort_order", cascade="all, delete-orphan"
    )
    seating_plans: Mapped[list[SeatingPlan]] = relationship(
        order_by="SeatingPlan.sort_order", cascade="all, delete-orphan"
    )
    # The log is written and read on its own (store/log.py), never through save_event; these
    # are here so deleting an event in the ORM deletes its log too.
    log_entries: Mapped[list[LogEntry]] = relationship(cascade="all, delete-orphan")
    changes: Mapped[list[EventChange]] = relationship(cascade="all, delete-orphan")


class EventOrganisation(Base):
    __tablename__ = "event_organisation"
    __table_args__ = (UniqueConstraint("event_id", "organisation_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(30), default="partner")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    organisation: Mapped[Organisation] = relationship()


class Delegation(Base):
    """A side at the table; the Trilateral seats three of them."""

    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    organisation: Mapped[Organisation | None] = relationship()


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="participant")
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    precedence: Mapped[int] = mapped_column(Integer, default=0)
    attendance: Mapped[str] = mapped_column(String(20), default="invited")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Printed on the name card instead of the person's name ("Amb. Kozuki"); "" for the name.
    card_name: Mapped[str] = mapped_column(String(300), default="", server_default="")

    person: Mapped[Person] = relationship()
    delegation: Mapped[Delegation | None] = relationship()


class EventDay(Base):
    """A day of the event with its topic; the agenda hangs its items here."""

    __tablename__ = "event_day"
    __table_args__ = (UniqueConstraint("event_id", "day_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    day_date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    slot_start: Mapped[time | None] = mapped_column(Time)
    slot_end: Mapped[time | None] = mapped_column(Time)
    notes: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[AgendaItem]] = relationship(
        order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    """One item of a day's agenda; its times are computed (services/agenda_timing.py)."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("event_day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30), default="session")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    anchor: Mapped[time | None] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(200), default="")
    chair_participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participation.id", ondelete="SET NULL")
    )

    speakers: Mapped[list[AgendaSpeaker]] = relationship(
        order_by="AgendaSpeaker.position", cascade="all, delete-orphan"
    )
    chair: Mapped[Participation | None] = relationship()


class AgendaSpeaker(Base):
    __tablename__ = "agenda_speaker"
    __table_args__ = (UniqueConstraint("item_id", "participation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    speaking_minutes: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    # Lets the unit of work delete a speaker before the participation it points at.
    participation: Mapped[Participation] = relationship()


class Attachment(Base):
    """A file kept inside the database, so one file carries the whole event."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="document")
    filename: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    caption: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SeatingPlan(Base):
    """How the tables are set out for one day or session, and who sits where."""

    __tablename__ = "seating_plan"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    shape: Mapped[str] = mapped_column(String(30), default="round")
    seat_count: Mapped[int] = mapped_column(Integer, default=10)
    seats_per_side: Mapped[int | None] = mapped_column(Integer)
    head_seat: Mapped[int] = mapped_column(Integer, default=1)
    rows: Mapped[int | None] = mapped_column(Integer)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("event_day.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    # No unique (plan, number) or (plan, participation) constraint: a swap updates two rows one
    # after the other, which such a constraint would refuse half-way. validation.py checks both.
    seats: Mapped[list[Seat]] = relationship(order_by="Seat.number", cascade="all, delete-orphan")
    pair_rules: Mapped[list[SeatPairRule]] = relationship(
        order_by="SeatPairRule.sort_order", cascade="all, delete-orphan"
    )
    day: Mapped[EventDay | None] = relationship()


class Seat(Base):
    """A seat that has something on it: an occupant, a lock or a name ("Press")."""

    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    # A participant who leaves the event leaves an empty seat, which keeps its lock and label.
    participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participation.id", ondelete="SET NULL"), index=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str] = mapped_column(String(200), default="")

    participation: Mapped[Participation | None] = relationship()


class SeatPairRule(Base):
    """Two participants who must sit side by side, or must not."""

    __tablename__ = "seat_pair_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True
    )
    first_participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    second_participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    together: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    first: Mapped[Participation] = relationship(foreign_keys=[first_participation_id])
    second: Mapped[Participation] = relationship(foreign_keys=[second_participation_id])


class LogEntry(Base):
    """A journal entry; see domain/log.py. Times are naive UTC (SQLite keeps no zone)."""

    __tablename__ = "log_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    category: Mapped[str] = mapped_column(String(30), default="note")
    span: Mapped[str] = mapped_column(String(20), default="none")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)

    people: Mapped[list[LogEntryPerson]] = relationship(
        order_by="LogEntryPerson.position", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[LogRevisionRow]] = relationship(
        order_by="LogRevisionRow.id", cascade="all, delete-orphan"
    )


class LogEntryPerson(Base):
    """An entry's link to a person. By person, not participation: an entry written about
    someone stays about them even if they later leave the event's list."""

    __tablename__ = "log_entry_person"
    __table_args__ = (UniqueConstraint("entry_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class LogRevisionRow(Base):
    """An entry's earlier text (domain LogRevision)."""

    __tablename__ = "log_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entry.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    replaced_by: Mapped[str] = mapped_column(String(200), default="")


class EventChange(Base):
    """One saved change to an event, written by the store itself (domain ChangeRecord)."""

    __tablename__ = "event_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(30), default="event")
    summary: Mapped[str] = mapped_column(Text, default="")


class StoreState(Base):
    """One row: the database's revision, raised by every write transaction.

    Raising it is the first statement of each write, so on PostgreSQL writers queue on this
    row and each one's checks see everything committed before it; revisions therefore follow
    the order of commits, which is what lets a window ask "what changed since revision N".
    """

    __tablename__ = "store_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)


class ChangeFeed(Base):
    """What each write touched, for windows to refresh (not for people: see EventChange).

    ``event_id`` has no foreign key on purpose: a deleted event's entry must outlive it so that
    other windows learn of the deletion. ``parts`` names the parts of the event touched
    ("event,participants"); ``origin`` is the writing Store's token, so a window can skip
    what it wrote itself. Old entries are pruned.
    """

    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, index=True)
    event_id: Mapped[int | None] = mapped_column(Integer)
    parts: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class ReadinessDismissal(Base):
    """A readiness finding the user dismissed for this event (services/readiness.py): kept
    until they restore it, so it is not raised again on every check."""

    __tablename__ = "readiness_dismissal"
    __table_args__ = (UniqueConstraint("event_id", "finding_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    finding_key: Mapped[str] = mapped_column(String(300))
    dismissed_at: Mapped[datetime] = mapped_column(DateTime)


class PrintableOutput(Base):
    """When each printable of an event was last saved or printed, and a fingerprint of what
    it showed (the names on the cards...), so the readiness check can tell it is out of date."""

    __tablename__ = "printable_output"
    __table_args__ = (UniqueConstraint("event_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    written_at: Mapped[datetime] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
