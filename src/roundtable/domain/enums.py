"""Closed vocabularies stored as their string values.

They are StrEnums so the database, the bundle and the CLI all carry the same readable text, and a
bundle written today stays legible without the app.
"""

from enum import StrEnum
from typing import Self


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the value or the label, any case, so hand-written bundles and CSVs work."""
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        for member in cls:
            if member.value == key:
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"{text!r} is not one of: {choices}")


class OrganisationKind(_Labelled):
    UNIVERSITY = "university"
    THINK_TANK = "think_tank"
    GOVERNMENT = "government"
    INTERNATIONAL = "international"
    FOUNDATION = "foundation"
    NGO = "ngo"
    COMPANY = "company"
    MEDIA = "media"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"ngo": "NGO", "think_tank": "Think tank"}.get(self.value, super().label)


class NameOrder(_Labelled):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class EventKind(_Labelled):
    ROUNDTABLE = "roundtable"
    WORKSHOP = "workshop"
    DIALOGUE = "dialogue"
    PANEL = "panel"
    CONFERENCE = "conference"
    SEMINAR = "seminar"
    BRIEFING = "briefing"
    OTHER = "other"


class EventStatus(_Labelled):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class OrganisationRole(_Labelled):
    HOST = "host"
    CO_HOST = "co_host"
    PARTNER = "partner"
    SPONSOR = "sponsor"
    VENUE = "venue"

    @property
    def label(self) -> str:
        return "Co-host" if self is OrganisationRole.CO_HOST else super().label


class ParticipantRole(_Labelled):
    """Ordered by how a programme lists people: hosts and chairs before panelists."""

    HOST = "host"
    MODERATOR = "moderator"
    CHAIR = "chair"
    OPENING_SPEAKER = "opening_speaker"
    PARTICIPANT = "participant"
    DISCUSSANT = "discussant"
    DELEGATION_MEMBER = "delegation_member"
    RAPPORTEUR = "rapporteur"
    OBSERVER = "observer"
    STAFF = "staff"

    @property
    def label(self) -> str:
        return "Participant / panelist" if self is ParticipantRole.PARTICIPANT else super().label


class Attendance(_Labelled):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ATTENDED = "attended"


class AttachmentKind(_Labelled):
    FLYER = "flyer"
    PHOTO = "photo"
    DOCUMENT = "document"


class AgendaItemKind(_Labelled):
    OPENING_REMARKS = "opening_remarks"
    SESSION = "session"
    ROUNDTABLE_DISCUSSION = "roundtable_discussion"
    KEYNOTE = "keynote"
    QA = "qa"
    BREAK = "break"
    LUNCH = "lunch"
    CLOSING = "closing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return "Q&A" if self is AgendaItemKind.QA else super().label

    @property
    def is_pause(self) -> bool:
        """Breaks and lunch keep their length when an agenda is fitted to its slot."""
        return self in (AgendaItemKind.BREAK, AgendaItemKind.LUNCH)


class TableShape(_Labelled):
    """How the tables of a seating plan are set out; decides where every seat is."""

    ROUND = "round"
    RECTANGLE_ONE_SIDE = "rectangle_one_side"  # a panel's table, everyone facing the room
    RECTANGLE = "rectangle"  # seats on both long sides, none at the ends
    BOARDROOM = "boardroom"  # an oval, seats all round
    HOLLOW_SQUARE = "hollow_square"
    U_SHAPE = "u_shape"
    CLASSROOM = "classroom"  # rows all facing the front

    @property
    def label(self) -> str:
        return {
            "rectangle_one_side": "Rectangle, one side",
            "rectangle": "Rectangle, both sides",
            "boardroom": "Boardroom (oval)",
            "u_shape": "U-shape",
            "classroom": "Classroom rows",
        }.get(self.value, super().label)


class DelegationSeating(_Labelled):
    """How auto seating places delegations: mixed so counterparts sit side by side, or facing."""

    NONE = "none"
    ALTERNATE = "alternate"
    FACING = "facing"

    @property
    def label(self) -> str:
        return {
            "none": "No delegation rule",
            "alternate": "Alternate: beside counterparts",
            "facing": "Facing each other (bilateral)",
        }[self.value]


class LogCategory(_Labelled):
    """What a journal entry records; timing entries are also what the live timer writes."""

    NOTE = "note"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    TIMING = "timing"
    LOGISTICS = "logistics"
    INCIDENT = "incident"


class LogSpan(_Labelled):
    """For a timing entry with an end: whether it times a whole agenda item or one speaker's
    turn within it. Planned-versus-actual reads these; ``NONE`` is every other entry."""

    NONE = "none"
    ITEM = "item"
    SPEAKER = "speaker"


class ChangeArea(_Labelled):
    """Which part of an event a recorded change touched, for filtering the history."""

    EVENT = "event"
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    SEATING = "seating"
