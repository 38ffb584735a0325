"""What is still missing before an event: the readiness check behind the Readiness tab and
``roundtable ready``.

Each :class:`Finding` names one thing in a sentence that says how to fix it, carries a key that
stays the same while the thing stays wrong (so a dismissal sticks to it, in the
``readiness_dismissal`` table), and points at where it is fixed (a tab and an item there).

Severities, decided so that ``roundtable ready`` exits 1 only for what would go wrong on the day:

* **blocking**: no participants at all; an opening speaker or discussant with no agenda item; a
  keynote or opening remarks with nobody to give them; a name no shipped font can print (its
  card would show boxes); a day that runs past its slot, anchors that overlap; someone expected
  with no seat on a day that has plans, a seat given to someone who declined or held twice in a
  plan; name cards printed before a name changed; no venue at all; no usable time zone.
* **worth a look**: everything that may be right as it is — a missing bio, photo or
  affiliation (a speaker's missing bio is blocking: the moderator introduces them from it), an
  attendance not yet confirmed (however close the date: some never answer and still come), a
  moderator or chair with no item, a session with no speaker or chair (an open discussion), a
  slot with time left over, the seating rules a plan breaks (a hand-made plan may break them on
  purpose), someone seated in two plans of one day (two sittings), name cards never printed, a
  venue with no street address, a past event still marked draft or confirmed.

Pure logic on records (no Qt, no reportlab): the font coverage comes in as a function, since
services may not import ``pdf``; the command line and the GUI pass ``pdf.fonts.uncovered``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from roundtable.domain.enums import AgendaItemKind, Attendance, EventStatus, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.validation import valid_timezone
from roundtable.services.agenda_timing import schedule_day
from roundtable.services.auto_seating import check as check_plan
from roundtable.services.seating_score import SeatingRules
from roundtable.wording import listing, tr

if TYPE_CHECKING:
    from roundtable.store.facade import Store
    from roundtable.store.readiness import PrintedOutput

NAMECARDS = "namecards"
"""The ``printable_output`` kind of name cards (the export kind's key)."""


class Severity(StrEnum):
    BLOCKING = "blocking"
    WORTH_A_LOOK = "worth_a_look"


class Tab(StrEnum):
    """Where a finding is fixed: an event tab, or the event's own dialog."""

    PARTICIPANTS = "participants"  # item: a participation id
    AGENDA = "agenda"  # item: an agenda item id (or a day's index, see Target.day)
    SEATING = "seating"  # item: a seating plan id
    EVENT = "event"  # the event dialog; no item


@dataclass(frozen=True)
class Target:
    tab: Tab
    item_id: int | None = None
    day: int | None = None  # agenda: the day's index, for findings about a whole day

    def as_json(self) -> dict[str, object]:
        return {"tab": self.tab.value, "id": self.item_id, "day": self.day}


@dataclass(frozen=True)
class Finding:
    key: str  # stable while the thing stays wrong: "bio:person:42"
    severity: Severity
    message: str
    target: Target
    dismissed: bool = False

    @property
    def blocks(self) -> bool:
        """Whether it keeps the event from being ready: blocking and not dismissed."""
        return self.severity is Severity.BLOCKING and not self.dismissed

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "severity": self.severity.value,
            "message": self.message,
            "target": self.target.as_json(),
            "dismissed": self.dismissed,
        }


SPEAKING_ROLES = {ParticipantRole.OPENING_SPEAKER, ParticipantRole.DISCUSSANT}
"""Roles that come to speak: with no agenda item they are forgotten on the day."""
PRESIDING_ROLES = {ParticipantRole.MODERATOR, ParticipantRole.CHAIR}
"""Roles that usually have an item (they chair one) but may run the whole event instead."""
NEEDS_SPEAKER = {AgendaItemKind.OPENING_REMARKS, AgendaItemKind.KEYNOTE}
"""Item kinds that cannot happen without someone to give them."""
WANTS_SPEAKER = {
    AgendaItemKind.SESSION,
    AgendaItemKind.ROUNDTABLE_DISCUSSION,
    AgendaItemKind.CLOSING,
}
"""Item kinds that usually have a speaker or a chair (breaks, lunch, Q&A and "other" do not)."""
NO_PROFILE_ROLES = {ParticipantRole.STAFF}
"""Roles nobody prints a bio, photo or affiliation of."""
SEVERE_SEATING = {"duplicate", "declined", "unknown"}
"""Seating violations that are mistakes rather than rules bent on purpose."""
ROLE_SEATS = {"head", "host", "guest"}
"""Seating violations of someone not at their role's seat."""
SEATING_RULES = SeatingRules(precedence=False)
"""The rules a plan is checked against: those the seating tab checks, less the order of
precedence, whose every step out of order would be a finding of its own."""


def names_fingerprint(event: EventRecord) -> str:
    """A digest of the names name cards print for the event (everyone who has not declined):
    it changes when a name, a card name or the people with cards change."""
    lines = sorted(
        "\x1f".join(
            (str(p.id), p.card_name, printed_name(p.person, Output.CARD), p.person.native_name)
        )
        for p in event.participants
        if p.attendance is not Attendance.DECLINED
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def output_fingerprint(kind: str, event: EventRecord) -> str:
    """What ``printable_output`` records for an export of ``kind``: the names for name cards,
    nothing for the others (their time alone is remembered)."""
    return names_fingerprint(event) if kind == NAMECARDS else ""


def check_event(
    store: Store,
    event_id: int,
    *,
    uncovered: Callable[[str], set[str]],
    today: date | None = None,
) -> list[Finding]:
    """Every finding for the event as stored, dismissed ones marked (never left out)."""
    event = store.get_event(event_id)
    printed = {o.kind: o for o in store.printed_outputs(event_id)}
    dismissed = store.dismissed_findings(event_id)
    found = findings_for(event, uncovered=uncovered, today=today or date.today(), printed=printed)
    return [replace(f, dismissed=f.key in dismissed) for f in found]


def blocking_count(findings: Iterable[Finding]) -> int:
    return sum(1 for f in findings if f.blocks)


def findings_for(
    event: EventRecord,
    *,
    uncovered: Callable[[str], set[str]],
    today: date,
    printed: dict[str, PrintedOutput] | None = None,
) -> list[Finding]:
    """The findings for ``event`` (nothing dismissed), in the order the checks are listed."""
    found: list[Finding] = []
    found += _event_fields(event, today)
    found += _participants(event, uncovered)
    found += _agenda(event)
    found += _seating(event)
    found += _name_cards(event, (printed or {}).get(NAMECARDS))
    return found


def _expected(event: EventRecord) -> list[ParticipationRecord]:
    return [p for p in event.participants if p.attendance is not Attendance.DECLINED]


def _name(p: ParticipationRecord) -> str:
    return full_name(p.person) or tr("participant {id}").format(id=p.id)


def _event_fields(event: EventRecord, today: date) -> list[Finding]:
    found: list[Finding] = []
    here = Target(Tab.EVENT)
    venue = event.venue
    if not (venue.name.strip() or venue.street.strip() or venue.city.strip()):
        found.append(
            Finding(
                "venue:none",
                Severity.BLOCKING,
                tr("The event has no venue: add its name and address in the event's details."),
                here,
            )
        )
    elif not venue.street.strip():
        found.append(Finding("venue:address", Severity.WORTH_A_LOOK, tr(
            "The venue has no street address: add it in the event's details, so people can "
            "find it."), here))  # fmt: skip
    if not valid_timezone(event.timezone):
        found.append(Finding("event:timezone", Severity.BLOCKING, tr(
            "The event has no usable time zone, so its clock times mean nothing: choose one "
            "in the event's details."), here))  # fmt: skip
    if event.end_date < today and event.status in (EventStatus.DRAFT, EventStatus.CONFIRMED):
        found.append(Finding("event:past", Severity.WORTH_A_LOOK, tr(
            "The event's dates are past but it is still marked {status}: mark it held or "
            "cancelled in the event's details.").format(status=event.status.label.lower()),
            here))  # fmt: skip
    return found


def _speakers(event: EventRecord) -> set[int]:
    """Everyone named on an agenda item, as speaker or chair (participation ids)."""
    named: set[int] = set()
    for day in event.days:
        for item in day.items:
            named.update(s.participation_id for s in item.speakers if s.participation_id)
            if item.chair_participation_id is not None:
                named.add(item.chair_participation_id)
    return named


def _participants(event: EventRecord, uncovered: Callable[[str], set[str]]) -> list[Finding]:
    expected = _expected(event)
    if not event.participants:
        return [Finding("participants:none", Severity.BLOCKING, tr(
            "The event has no participants yet: add them in the Participants tab."),
            Target(Tab.PARTICIPANTS))]  # fmt: skip
    speakers = _speakers(event)
    has_agenda = any(day.items for day in event.days)
    found: list[Finding] = []
    for p in expected:
        person, name = p.person, _name(p)
        key = f"person:{person.id}"
        here = Target(Tab.PARTICIPANTS, p.id)
        speaks = p.id in speakers or p.role in SPEAKING_ROLES
        if p.role not in NO_PROFILE_ROLES:
            if not person.bio.strip():
                message = (
                    tr("{name} speaks but has no bio for the moderator to introduce them "
                       "from: add one on their page.")
                    if speaks
                    else tr("{name} has no bio: add one on their page for the bios booklet.")
                )  # fmt: skip
                severity = Severity.BLOCKING if speaks else Severity.WORTH_A_LOOK
                found.append(Finding(f"bio:{key}", severity, message.format(name=name), here))
            if not person.has_photo:
                found.append(Finding(f"photo:{key}", Severity.WORTH_A_LOOK, tr(
                    "{name} has no photo: add one on their page for the bios booklet."
                ).format(name=name), here))  # fmt: skip
            if not person.affiliations:
                found.append(Finding(f"affiliation:{key}", Severity.WORTH_A_LOOK, tr(
                    "{name} has no affiliation: add one on their page; name cards and the "
                    "programme print it."
                ).format(name=name), here))  # fmt: skip
        if p.attendance is Attendance.INVITED:
            found.append(Finding(f"attendance:{key}", Severity.WORTH_A_LOOK, tr(
                "{name} has not confirmed they are coming: ask, and set their attendance."
            ).format(name=name), here))  # fmt: skip
        missing = _unprintable(p, uncovered)
        if missing:
            found.append(Finding(f"font:{key}", Severity.BLOCKING, tr(
                "{name}'s name has characters no font of the app can print ({chars}): spell "
                "it with others, or their name card and lists will show boxes."
            ).format(name=name, chars=" ".join(sorted(missing))), here))  # fmt: skip
        if has_agenda and p.id not in speakers:
            if p.role in SPEAKING_ROLES:
                found.append(Finding(f"no-item:{key}", Severity.BLOCKING, tr(
                    "{name} ({role}) speaks on no agenda item: add them to one in the Agenda "
                    "tab."
                ).format(name=name, role=p.role.label.lower()), here))  # fmt: skip
            elif p.role in PRESIDING_ROLES:
                found.append(Finding(f"no-item:{key}", Severity.WORTH_A_LOOK, tr(
                    "{name} ({role}) chairs or speaks on no agenda item: name them on the "
                    "items they run in the Agenda tab."
                ).format(name=name, role=p.role.label.lower()), here))  # fmt: skip
    return found


def _unprintable(p: ParticipationRecord, uncovered: Callable[[str], set[str]]) -> set[str]:
    person = p.person
    texts = (person.honorific, person.given_name, person.family_name, person.patronymic,
             person.native_name, p.card_name)  # fmt: skip
    return uncovered(" ".join(t for t in texts if t))


def _agenda(event: EventRecord) -> list[Finding]:
    if not any(day.items for day in event.days):
        return [Finding("agenda:none", Severity.BLOCKING, tr(
            "The event has no agenda yet: add its items in the Agenda tab."),
            Target(Tab.AGENDA))]  # fmt: skip
    found: list[Finding] = []
    for index, day in enumerate(event.days):
        for item in day.items:
            if item.speakers or item.chair_participation_id is not None:
                continue
            here = Target(Tab.AGENDA, item.id, index)
            title = item.title or item.kind.label
            if item.kind in NEEDS_SPEAKER:
                found.append(Finding(f"no-speaker:item:{item.id}", Severity.BLOCKING, tr(
                    "“{title}” has nobody to give it: choose its speaker in the Agenda tab."
                ).format(title=title), here))  # fmt: skip
            elif item.kind in WANTS_SPEAKER:
                found.append(Finding(f"no-speaker:item:{item.id}", Severity.WORTH_A_LOOK, tr(
                    "“{title}” has no speaker and no chair: name them in the Agenda tab."
                ).format(title=title), here))  # fmt: skip
        if valid_timezone(event.timezone) and day.items:
            found += _timing(event, index)
    return found


TIMING = {
    "overrun": ("slot-over", Severity.BLOCKING),
    "overlap": ("overlap", Severity.BLOCKING),
    "unused": ("slot-under", Severity.WORTH_A_LOOK),
    "before_slot": ("slot-early", Severity.WORTH_A_LOOK),
}
"""The agenda timing service's warnings the check reports, as (key prefix, severity)."""


def _timing(event: EventRecord, index: int) -> list[Finding]:
    """A day over or under its slot and overlapping anchors, in the agenda timing service's
    own sentences (the Agenda tab shows the same)."""
    day = event.days[index]
    found: list[Finding] = []
    for warning in schedule_day(day, event.timezone).warnings:
        if warning.kind not in TIMING:
            continue
        prefix, severity = TIMING[warning.kind]
        item = day.items[warning.item_index] if warning.item_index is not None else None
        if item is not None:
            key = f"{prefix}:item:{item.id}"
        else:
            key = f"{prefix}:day:{day.day_date.isoformat()}"
        message = tr("{date}: {warning}").format(date=day.day_date.isoformat(),
                                                  warning=warning.message)  # fmt: skip
        target = Target(Tab.AGENDA, item.id if item is not None else None, index)
        found.append(Finding(key, severity, message, target))
    return found


def _seating(event: EventRecord) -> list[Finding]:
    if not event.seating_plans:
        if not _expected(event):
            return []
        return [Finding("seating:none", Severity.WORTH_A_LOOK, tr(
            "The event has no seating plan: make one in the Seating tab if people sit at a "
            "table."), Target(Tab.SEATING))]  # fmt: skip
    names = {p.id: _name(p) for p in event.participants}
    by_day: dict[date | None, list] = {}
    for plan in event.seating_plans:
        by_day.setdefault(plan.day_date, []).append(plan)
    found: list[Finding] = []
    for day_date, plans in by_day.items():
        day_key = day_date.isoformat() if day_date is not None else "all"
        seated_in: dict[int, list] = {}
        for plan in plans:
            for pid in set(plan.occupants().values()):
                seated_in.setdefault(pid, []).append(plan)
        unseated = listing(_name(p) for p in _expected(event) if p.id not in seated_in)
        if unseated:
            text = (
                tr("No seat on {day} for {names}: seat them in the Seating tab.")
                if day_date is not None
                else tr("No seat for {names}: seat them in the Seating tab.")
            )
            found.append(Finding(f"unseated:day:{day_key}", Severity.BLOCKING,
                                 text.format(day=day_key, names=unseated),
                                 Target(Tab.SEATING, plans[0].id)))  # fmt: skip
        twice = (
            tr("{name} has a seat in {plans} on {day}: right if those are separate sittings, "
               "else free one of the seats in the Seating tab.")
            if day_date is not None
            else tr("{name} has a seat in {plans}: right if those are separate sittings, else "
                    "free one of the seats in the Seating tab.")
        )  # fmt: skip
        for pid, held in seated_in.items():
            if len(held) > 1:
                text = twice.format(name=names.get(pid, pid), day=day_key,
                                    plans=listing(f"“{p.name}”" for p in held))  # fmt: skip
                found.append(Finding(f"twice:day:{day_key}:{pid}", Severity.WORTH_A_LOOK, text,
                                     Target(Tab.SEATING, held[-1].id)))  # fmt: skip
        for plan in plans:
            found += _plan_rules(event, plan)
    return found


def _plan_rules(event: EventRecord, plan) -> list[Finding]:
    """The seating rules ``plan`` breaks, in seating_score's own sentences (the Seating tab's
    list); nobody unseated, nor a role's seat for someone with no seat in the plan (the
    day's own finding says that)."""
    found: list[Finding] = []
    seated = set(plan.occupants().values())
    for violation in check_plan(plan, event.participants, SEATING_RULES):
        if violation.kind == "unseated" or (
            violation.kind in ROLE_SEATS and not set(violation.participation_ids) & seated
        ):
            continue
        people = ",".join(str(pid) for pid in sorted(violation.participation_ids))
        severity = Severity.BLOCKING if violation.kind in SEVERE_SEATING else Severity.WORTH_A_LOOK
        message = tr("“{plan}”: {problem}").format(plan=plan.name, problem=violation.message)
        found.append(Finding(f"seating:{plan.id}:{violation.kind}:{people}", severity, message,
                             Target(Tab.SEATING, plan.id)))  # fmt: skip
    return found


def _name_cards(event: EventRecord, printed: PrintedOutput | None) -> list[Finding]:
    if not _expected(event):
        return []
    here = Target(Tab.PARTICIPANTS)
    if printed is None:
        return [Finding("namecards:never", Severity.WORTH_A_LOOK, tr(
            "Name cards have not been printed yet: print them from the Participants tab."),
            here)]  # fmt: skip
    if printed.fingerprint != names_fingerprint(event):
        return [Finding("namecards:stale", Severity.BLOCKING, tr(
            "Names changed since the name cards were last printed: print them again."),
            here)]  # fmt: skip
    return []
