"""Closed vocabularies stored as their string values.

They are StrEnums so the database, the bundle and the CLI all carry the same readable text, and a
bundle written today stays legible without the app. What a person reads is ``label``, in the
interface's language; the stored value never changes with it.
"""

from enum import StrEnum
from typing import Self

from roundtable.wording import SOURCE_LANGUAGE, speaking, tr


class _Labelled(StrEnum):
    @classmethod
    def _labels(cls) -> dict[str, str]:
        """Each value's label in the current language.

        A method, not a table, so the words are looked up when shown (after the GUI has
        installed its language), and each label is a literal ``tr()`` that lupdate collects,
        with the vocabulary as its disambiguation: Russian must know whether "Confirmed" is an
        event (подтверждено) or a person's attendance, and "Round" a table, not a series round.
        """
        raise NotImplementedError

    @property
    def label(self) -> str:
        """The value as a person reads it, in the interface's (or the PDF's) language."""
        return self._labels()[self.value]

    @property
    def english_label(self) -> str:
        """The label in English whatever the language, for text that must not change with it
        (a calendar file's categories, the recorded history of changes)."""
        with speaking(SOURCE_LANGUAGE):
            return self.label

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the value or the label, any case, so hand-written bundles and CSVs work."""
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        for member in cls:
            if member.value == key:
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(
            tr("{text} is not one of: {choices}").format(text=repr(text), choices=choices)
        )


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

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "university": tr("University", "organisation kind"),
            "think_tank": tr("Think tank", "organisation kind"),
            "government": tr("Government", "organisation kind"),
            "international": tr("International", "organisation kind"),
            "foundation": tr("Foundation", "organisation kind"),
            "ngo": tr("NGO", "organisation kind"),
            "company": tr("Company", "organisation kind"),
            "media": tr("Media", "organisation kind"),
            "other": tr("Other", "organisation kind"),
        }


class NameOrder(_Labelled):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "given_first": tr("Given first", "name order"),
            "family_first": tr("Family first", "name order"),
        }


class EventKind(_Labelled):
    ROUNDTABLE = "roundtable"
    WORKSHOP = "workshop"
    DIALOGUE = "dialogue"
    PANEL = "panel"
    CONFERENCE = "conference"
    SEMINAR = "seminar"
    BRIEFING = "briefing"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "roundtable": tr("Roundtable", "event kind"),
            "workshop": tr("Workshop", "event kind"),
            "dialogue": tr("Dialogue", "event kind"),
            "panel": tr("Panel", "event kind"),
            "conference": tr("Conference", "event kind"),
            "seminar": tr("Seminar", "event kind"),
            "briefing": tr("Briefing", "event kind"),
            "other": tr("Other", "event kind"),
        }


class EventStatus(_Labelled):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "draft": tr("Draft", "event status"),
            "confirmed": tr("Confirmed", "event status"),
            "held": tr("Held", "event status"),
            "cancelled": tr("Cancelled", "event status"),
        }


class Attribution(_Labelled):
    """What may be said afterwards of who said what at the event (its "rule")."""

    ON_RECORD = "on_record"
    CHATHAM_HOUSE = "chatham_house"
    OFF_RECORD = "off_record"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "on_record": tr("On the record", "attribution rule"),
            "chatham_house": tr("Chatham House Rule", "attribution rule"),
            "off_record": tr("Off the record", "attribution rule"),
        }


class OrganisationRole(_Labelled):
    HOST = "host"
    CO_HOST = "co_host"
    PARTNER = "partner"
    SPONSOR = "sponsor"
    VENUE = "venue"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "host": tr("Host", "organisation's role in an event"),
            "co_host": tr("Co-host", "organisation's role in an event"),
            "partner": tr("Partner", "organisation's role in an event"),
            "sponsor": tr("Sponsor", "organisation's role in an event"),
            "venue": tr("Venue", "organisation's role in an event"),
        }


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

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "host": tr("Host", "participant's role"),
            "moderator": tr("Moderator", "participant's role"),
            "chair": tr("Chair", "participant's role"),
            "opening_speaker": tr("Opening speaker", "participant's role"),
            "participant": tr("Participant / panelist", "participant's role"),
            "discussant": tr("Discussant", "participant's role"),
            "delegation_member": tr("Delegation member", "participant's role"),
            "rapporteur": tr("Rapporteur", "participant's role"),
            "observer": tr("Observer", "participant's role"),
            "staff": tr("Staff", "participant's role"),
        }


class Attendance(_Labelled):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ATTENDED = "attended"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "invited": tr("Invited", "attendance"),
            "confirmed": tr("Confirmed", "attendance"),
            "declined": tr("Declined", "attendance"),
            "attended": tr("Attended", "attendance"),
        }


class AttachmentKind(_Labelled):
    FLYER = "flyer"
    PHOTO = "photo"
    DOCUMENT = "document"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "flyer": tr("Flyer", "attachment kind"),
            "photo": tr("Photo", "attachment kind"),
            "document": tr("Document", "attachment kind"),
        }


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

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "opening_remarks": tr("Opening remarks", "agenda item kind"),
            "session": tr("Session", "agenda item kind"),
            "roundtable_discussion": tr("Roundtable discussion", "agenda item kind"),
            "keynote": tr("Keynote", "agenda item kind"),
            "qa": tr("Q&A", "agenda item kind"),
            "break": tr("Break", "agenda item kind"),
            "lunch": tr("Lunch", "agenda item kind"),
            "closing": tr("Closing", "agenda item kind"),
            "other": tr("Other", "agenda item kind"),
        }

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

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "round": tr("Round", "table shape"),
            "rectangle_one_side": tr("Rectangle, one side", "table shape"),
            "rectangle": tr("Rectangle, both sides", "table shape"),
            "boardroom": tr("Boardroom (oval)", "table shape"),
            "hollow_square": tr("Hollow square", "table shape"),
            "u_shape": tr("U-shape", "table shape"),
            "classroom": tr("Classroom rows", "table shape"),
        }


class DelegationSeating(_Labelled):
    """How auto seating places delegations: mixed so counterparts sit side by side, or facing."""

    NONE = "none"
    ALTERNATE = "alternate"
    FACING = "facing"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "none": tr("No delegation rule", "delegation seating"),
            "alternate": tr("Alternate: beside counterparts", "delegation seating"),
            "facing": tr("Facing each other (bilateral)", "delegation seating"),
        }


class LogCategory(_Labelled):
    """What a journal entry records; timing entries are also what the live timer writes."""

    NOTE = "note"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    TIMING = "timing"
    LOGISTICS = "logistics"
    INCIDENT = "incident"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "note": tr("Note", "log entry category"),
            "decision": tr("Decision", "log entry category"),
            "action_item": tr("Action item", "log entry category"),
            "timing": tr("Timing", "log entry category"),
            "logistics": tr("Logistics", "log entry category"),
            "incident": tr("Incident", "log entry category"),
        }


class LogSpan(_Labelled):
    """For a timing entry with an end: whether it times a whole agenda item or one speaker's
    turn within it. Planned-versus-actual reads these; ``NONE`` is every other entry."""

    NONE = "none"
    ITEM = "item"
    SPEAKER = "speaker"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "none": tr("None", "what a timing entry times"),
            "item": tr("Item", "what a timing entry times"),
            "speaker": tr("Speaker", "what a timing entry times"),
        }


class ChangeArea(_Labelled):
    """Which part of an event a recorded change touched, for filtering the history."""

    EVENT = "event"
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    SEATING = "seating"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "event": tr("Event", "part of an event"),
            "participants": tr("Participants", "part of an event"),
            "agenda": tr("Agenda", "part of an event"),
            "seating": tr("Seating", "part of an event"),
        }
