"""The event bundle: one event with its people, organisations and series, as versioned JSON.

It moves an event between machines, so references inside it are uids (stable everywhere)
rather than database ids. Exporting, importing into an empty database and exporting again gives
the same bytes. The format is described by ``bundle_schema.json`` (copied to docs/).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import date, time
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from roundtable import __version__
from roundtable.atomic_write import write_bytes_atomically
from roundtable.domain import enums
from roundtable.domain.edits import Batch, Edit
from roundtable.domain.edits.event import CreateEvent, DeleteEvent
from roundtable.domain.file_names import safe_file_name
from roundtable.domain.limits import year_problem
from roundtable.domain.records import (
    AffiliationRecord,
    AgendaItemRecord,
    AgendaSpeakerRecord,
    AttachmentRecord,
    DayRecord,
    DelegationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.errors import ConflictError, UserError
from roundtable.services.bundle_json import load_bundle_json, unicode_problem
from roundtable.services.bundle_log import log_from_bundle, log_to_bundle
from roundtable.services.input_files import open_input
from roundtable.services.schema_check import SchemaError, check
from roundtable.wording import tr

FORMAT = "roundtable.event-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class ImportMode(StrEnum):
    FAIL = "fail"  # refuse if the event is already there
    REPLACE = "replace"  # overwrite the existing event, keeping its id
    AS_NEW = "as_new"  # import a separate copy with a fresh uid and slug


@cache
def schema() -> dict[str, Any]:
    text = resources.files("roundtable.services").joinpath("bundle_schema.json").read_text()
    return json.loads(text)


# -- export -------------------------------------------------------------------------------


def _time(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _organisation(org: OrganisationRecord) -> dict[str, Any]:
    return {
        "uid": org.uid,
        "name": org.name,
        "short_name": org.short_name,
        "kind": org.kind.value,
        "country": org.country,
        "website": org.website,
        "notes": org.notes,
    }


def _person(person: PersonRecord) -> dict[str, Any]:
    """A person's fields; the patronymic only when there is one, so a bundle of people without
    one still opens in a Roundtable from before the field (its schema refuses unknown keys)."""
    patronymic = {"patronymic": person.patronymic} if person.patronymic else {}
    pronunciation = {"pronunciation": person.pronunciation} if person.pronunciation else {}
    return {
        "uid": person.uid,
        "honorific": person.honorific,
        "given_name": person.given_name,
        "family_name": person.family_name,
        **patronymic,
        "name_order": person.name_order.value,
        "native_name": person.native_name,
        "country": person.country,
        "email": person.email,
        "phone": person.phone,
        "website": person.website,
        "bio": person.bio,
        "notes": person.notes,
        **pronunciation,
        "affiliations": [
            {"organisation": a.organisation.uid, "position": a.position}
            for a in person.affiliations
        ],
    }


def _agenda_item(item: AgendaItemRecord, person_uid: dict[int | None, str | None]):
    """Speakers and chair by their person's uid: participation ids mean nothing elsewhere."""
    return {
        "kind": item.kind.value,
        "title": item.title,
        "description": item.description,
        "duration_minutes": item.duration_minutes,
        "anchor": _time(item.anchor),
        "room": item.room,
        "chair": person_uid.get(item.chair_participation_id),
        "speakers": [
            {"person": person_uid[s.participation_id], "speaking_minutes": s.speaking_minutes}
            for s in item.speakers
        ],
    }


def _seating_plan(plan: SeatingPlanRecord, person_uid: dict[int | None, str | None]):
    return {
        "name": plan.name,
        "shape": plan.shape.value,
        "seat_count": plan.seat_count,
        "seats_per_side": plan.seats_per_side,
        "head_seat": plan.head_seat,
        "rows": plan.rows,
        "day": plan.day_date.isoformat() if plan.day_date else None,
        "notes": plan.notes,
        "seats": [
            {
                "number": seat.number,
                "person": person_uid.get(seat.participation_id),
                "locked": seat.locked,
                "label": seat.label,
            }
            for seat in sorted(plan.seats, key=lambda seat: seat.number)
            if seat.participation_id is not None or seat.locked or seat.label
        ],
        "pair_rules": [
            {
                "first": person_uid[rule.first_participation_id],
                "second": person_uid[rule.second_participation_id],
                "together": rule.together,
            }
            for rule in plan.pair_rules
        ],
    }


def bundle_from_record(event: EventRecord) -> dict[str, Any]:
    """The bundle of a loaded event (load it with attachment data to carry the files)."""
    organisations: dict[str, OrganisationRecord] = {}

    def ref(org: OrganisationRecord) -> str:
        assert org.uid, "records from the store always carry uids"
        organisations.setdefault(org.uid, org)
        return org.uid

    person_uid = {p.id: p.person.uid for p in event.participants}
    body: dict[str, Any] = {
        "uid": event.uid,
        "slug": event.slug,
        "title": event.title,
        "subtitle": event.subtitle,
        "short_title": event.short_title,
        "programme": event.programme,
        "kind": event.kind.value,
        "status": event.status.value,
        "description": event.description,
        "summary": event.summary,
        "notes": event.notes,
        # The rule and house rules only when set, so such a bundle still opens in an older
        # Roundtable (its schema refuses unknown keys).
        **(
            {"attribution": event.attribution.value}
            if event.attribution is not enums.Attribution.ON_RECORD
            else {}
        ),
        **({"house_rules": event.house_rules} if event.house_rules else {}),
        **({"rsvp": event.rsvp} if event.rsvp else {}),
        "round_number": event.round_number,
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "start_time": _time(event.start_time),
        "end_time": _time(event.end_time),
        "timezone": event.timezone,
        "venue": dict(vars(event.venue)),
        "organisations": [
            {"organisation": ref(o.organisation), "role": o.role.value} for o in event.organisations
        ],
        "delegations": [
            {
                "name": d.name,
                "country": d.country,
                "organisation": ref(d.organisation) if d.organisation else None,
            }
            for d in event.delegations
        ],
        "participants": [
            {
                "person": p.person.uid,
                "role": p.role.value,
                "delegation": p.delegation,
                "precedence": p.precedence,
                "attendance": p.attendance.value,
                "notes": p.notes,
                # Only when set, so a bundle without names on cards still opens in an older
                # Roundtable (its schema refuses unknown keys).
                **({"card_name": p.card_name} if p.card_name else {}),
            }
            for p in event.participants
        ],
        "days": [
            {
                "date": d.day_date.isoformat(),
                "title": d.title,
                "slot_start": _time(d.slot_start),
                "slot_end": _time(d.slot_end),
                "notes": d.notes,
                "items": [_agenda_item(i, person_uid) for i in d.items],
            }
            for d in event.days
        ],
        "attachments": [
            {
                "filename": a.filename,
                "kind": a.kind.value,
                "mime_type": a.mime_type,
                "caption": a.caption,
                "data_base64": base64.b64encode(a.data or b"").decode("ascii"),
            }
            for a in event.attachments
        ],
        "seating_plans": [_seating_plan(plan, person_uid) for plan in event.seating_plans],
    }
    people = []
    for p in event.participants:
        for a in p.person.affiliations:
            ref(a.organisation)
        people.append(_person(p.person))
    series = event.series
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "series": None
        if series is None
        else {
            "uid": series.uid,
            "name": series.name,
            "short_name": series.short_name,
            "description": series.description,
        },
        "organisations": [
            _organisation(o)
            for o in sorted(organisations.values(), key=lambda o: (o.name.casefold(), o.uid))
        ],
        "people": people,
        "event": body,
    }


def dumps(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"


def export_bundle(store, event_id: int) -> dict[str, Any]:
    event = store.get_event(event_id, with_attachment_data=True)
    bundle = bundle_from_record(event)
    bundle["event"]["log"] = log_to_bundle(event, store.event_log(event_id))
    return bundle


def write_bundle_file(store, event_id: int, path: str | Path) -> None:
    write_bytes_atomically(path, dumps(export_bundle(store, event_id)).encode("utf-8"))


# -- import -------------------------------------------------------------------------------


def read_bundle_file(path: str | Path) -> dict[str, Any]:
    """Read and fully check a bundle; raise UserError naming the file and the bad field."""
    file = Path(path)
    with open_input(file, "a bundle") as stream:  # a named pipe is refused, not waited on
        if os.fstat(stream.fileno()).st_size > MAX_BUNDLE_BYTES:
            raise UserError(tr("{file} is too large to be an event bundle").format(file=file))
        try:
            data = stream.read(MAX_BUNDLE_BYTES + 1)
        except OSError as exc:
            raise UserError(
                tr("cannot read {file}: {reason}").format(file=file, reason=exc.strerror or exc)
            ) from exc
    if len(data) > MAX_BUNDLE_BYTES:
        raise UserError(tr("{file} is too large to be an event bundle").format(file=file))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(tr("{file} is not a text file (UTF-8 expected)").format(file=file)) from exc
    document = load_bundle_json(text, str(file))
    try:
        validate_bundle(document)
    except UserError as exc:
        raise UserError(f"{file}: {exc}") from exc
    return document


def validate_bundle(document: Any) -> None:
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("version")
        if isinstance(version, int) and version > VERSION:
            raise UserError(
                tr(
                    "bundle version {version} was written by a newer Roundtable; update to read it"
                ).format(version=version)
            )
    elif not isinstance(document, dict) or "format" not in document:
        raise UserError(tr("not a Roundtable event bundle (no 'format' field)"))
    problem = unicode_problem(document)  # before any message quotes the text
    if problem:
        raise SchemaError(problem)
    check(document, schema())
    record_from_bundle(document)  # references, dates and enum values
    people = {p["person"] for p in document["event"].get("participants", [])}
    log_from_bundle(document["event"], people)


def _parse_date(text: str, where: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError as exc:
        raise SchemaError(
            tr("{where}: {text} is not a date").format(where=where, text=repr(text))
        ) from exc
    problem = year_problem(value.year)
    if problem:
        raise SchemaError(f"{where}: {text!r} {problem}")
    return value


def _parse_time(text: str | None, where: str) -> time | None:
    if text is None:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise SchemaError(
            tr("{where}: {text} is not a time of day").format(where=where, text=repr(text))
        ) from exc


def record_from_bundle(bundle: dict[str, Any]) -> EventRecord:
    """An unsaved EventRecord (ids None, uids kept) built from a schema-valid bundle."""
    orgs: dict[str, OrganisationRecord] = {}
    for i, o in enumerate(bundle["organisations"]):
        if o["uid"] in orgs:
            raise SchemaError(
                tr("{where}: {uid} appears twice").format(
                    where=f"organisations[{i}].uid", uid=repr(o["uid"])
                )
            )
        orgs[o["uid"]] = OrganisationRecord(
            uid=o["uid"],
            name=o["name"],
            short_name=o.get("short_name", ""),
            kind=enums.OrganisationKind(o.get("kind", "other")),
            country=o.get("country", ""),
            website=o.get("website", ""),
            notes=o.get("notes", ""),
        )

    def org(uid: str, where: str) -> OrganisationRecord:
        if uid not in orgs:
            raise SchemaError(
                tr("{where}: no organisation with uid {uid} in the bundle").format(
                    where=where, uid=repr(uid)
                )
            )
        return orgs[uid]

    people: dict[str, PersonRecord] = {}
    for i, p in enumerate(bundle["people"]):
        if p["uid"] in people:
            raise SchemaError(
                tr("{where}: {uid} appears twice").format(
                    where=f"people[{i}].uid", uid=repr(p["uid"])
                )
            )
        people[p["uid"]] = PersonRecord(
            uid=p["uid"],
            honorific=p.get("honorific", ""),
            given_name=p.get("given_name", ""),
            family_name=p.get("family_name", ""),
            patronymic=p.get("patronymic", ""),  # optional: bundles before it have none
            name_order=enums.NameOrder(p.get("name_order", "given_first")),
            native_name=p.get("native_name", ""),
            country=p.get("country", ""),
            email=p.get("email", ""),
            phone=p.get("phone", ""),
            website=p.get("website", ""),
            bio=p.get("bio", ""),
            notes=p.get("notes", ""),
            pronunciation=p.get("pronunciation", ""),  # optional: bundles before it have none
            affiliations=[
                AffiliationRecord(
                    org(a["organisation"], f"people[{i}].affiliations[{j}].organisation"),
                    a.get("position", ""),
                )
                for j, a in enumerate(p.get("affiliations", []))
            ],
        )
        if not (people[p["uid"]].given_name or people[p["uid"]].family_name):
            raise SchemaError(
                tr("{where}: a person needs a given or a family name").format(where=f"people[{i}]")
            )

    e = bundle["event"]
    participants = []
    for i, p in enumerate(e.get("participants", [])):
        if p["person"] not in people:
            raise SchemaError(
                tr("{where}: no person with uid {uid} in the bundle").format(
                    where=f"event.participants[{i}].person", uid=repr(p["person"])
                )
            )
        participants.append(
            ParticipationRecord(
                person=people[p["person"]],
                role=enums.ParticipantRole(p.get("role", "participant")),
                delegation=p.get("delegation", ""),
                precedence=p.get("precedence", i + 1),
                attendance=enums.Attendance(p.get("attendance", "invited")),
                notes=p.get("notes", ""),
                card_name=p.get("card_name", ""),  # optional: bundles before it have none
            )
        )
    speakers = {p["person"] for p in e.get("participants", [])}
    attachments = []
    for i, a in enumerate(e.get("attachments", [])):
        try:
            data = base64.b64decode(a["data_base64"], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise SchemaError(
                tr("{where}: not valid base64").format(where=f"event.attachments[{i}].data_base64")
            ) from exc
        attachments.append(
            AttachmentRecord(
                filename=safe_file_name(a["filename"]),  # never a path: see file_names
                kind=enums.AttachmentKind(a.get("kind", "document")),
                mime_type=a.get("mime_type", "application/octet-stream"),
                caption=a.get("caption", ""),
                size=len(data),
                data=data,
            )
        )
    s = bundle.get("series")
    record = EventRecord(
        uid=e["uid"],
        slug=e.get("slug", ""),
        title=e["title"],
        subtitle=e.get("subtitle", ""),
        short_title=e.get("short_title", ""),
        programme=e.get("programme", ""),
        kind=enums.EventKind(e.get("kind", "roundtable")),
        status=enums.EventStatus(e.get("status", "draft")),
        description=e.get("description", ""),
        summary=e.get("summary", ""),
        notes=e.get("notes", ""),
        # optional: bundles before them have neither
        attribution=enums.Attribution(e.get("attribution", "on_record")),
        house_rules=e.get("house_rules", ""),
        rsvp=e.get("rsvp", ""),
        series=None
        if s is None
        else SeriesRecord(
            uid=s["uid"],
            name=s["name"],
            short_name=s.get("short_name", ""),
            description=s.get("description", ""),
        ),
        round_number=e.get("round_number"),
        start_date=_parse_date(e["start_date"], "event.start_date"),
        end_date=_parse_date(e["end_date"], "event.end_date"),
        start_time=_parse_time(e.get("start_time"), "event.start_time"),
        end_time=_parse_time(e.get("end_time"), "event.end_time"),
        timezone=e["timezone"],
        venue=VenueRecord(**e.get("venue", {})),
        organisations=[
            EventOrganisationRecord(
                organisation=org(o["organisation"], f"event.organisations[{i}].organisation"),
                role=enums.OrganisationRole(o["role"]),
            )
            for i, o in enumerate(e.get("organisations", []))
        ],
        delegations=[
            DelegationRecord(
                name=d["name"],
                country=d.get("country", ""),
                organisation=org(d["organisation"], f"event.delegations[{i}].organisation")
                if d.get("organisation")
                else None,
            )
            for i, d in enumerate(e.get("delegations", []))
        ],
        participants=participants,
        days=[
            DayRecord(
                day_date=_parse_date(d["date"], f"event.days[{i}].date"),
                title=d.get("title", ""),
                slot_start=_parse_time(d.get("slot_start"), f"event.days[{i}].slot_start"),
                slot_end=_parse_time(d.get("slot_end"), f"event.days[{i}].slot_end"),
                notes=d.get("notes", ""),
                items=[
                    _agenda_item_record(item, f"event.days[{i}].items[{j}]", speakers)
                    for j, item in enumerate(d.get("items", []))
                ],
            )
            for i, d in enumerate(e.get("days", []))
        ],
        attachments=attachments,
        seating_plans=[
            _seating_plan_record(plan, f"event.seating_plans[{i}]", speakers)
            for i, plan in enumerate(e.get("seating_plans", []))
        ],
    )
    from roundtable.domain.validation import validate_event

    try:
        validate_event(record)
    except SchemaError:
        raise
    except UserError as exc:
        raise SchemaError(f"event: {exc}") from exc
    return record


def _agenda_item_record(item: dict[str, Any], where: str, participants: set[str]):
    for j, person in enumerate([s["person"] for s in item.get("speakers", [])]):
        if person not in participants:
            raise SchemaError(
                tr("{where}: {uid} is not a participant").format(
                    where=f"{where}.speakers[{j}].person", uid=repr(person)
                )
            )
    if item.get("chair") and item["chair"] not in participants:
        raise SchemaError(
            tr("{where}: {uid} is not a participant").format(
                where=f"{where}.chair", uid=repr(item["chair"])
            )
        )
    return AgendaItemRecord(
        title=item["title"],
        duration_minutes=item["duration_minutes"],
        kind=enums.AgendaItemKind(item.get("kind", "session")),
        description=item.get("description", ""),
        anchor=_parse_time(item.get("anchor"), f"{where}.anchor"),
        room=item.get("room", ""),
        chair_participation_id=None,
        chair_person_uid=item.get("chair"),
        speakers=[
            AgendaSpeakerRecord(
                participation_id=None,
                person_uid=s["person"],
                speaking_minutes=s.get("speaking_minutes"),
            )
            for s in item.get("speakers", [])
        ],
    )


def _seating_plan_record(plan: dict[str, Any], where: str, participants: set[str]):
    def person(uid: str | None, at: str) -> str | None:
        if uid is not None and uid not in participants:
            raise SchemaError(
                tr("{where}: {uid} is not a participant").format(
                    where=f"{where}.{at}", uid=repr(uid)
                )
            )
        return uid

    return SeatingPlanRecord(
        name=plan["name"],
        shape=enums.TableShape(plan["shape"]),
        seat_count=plan["seat_count"],
        seats_per_side=plan.get("seats_per_side"),
        head_seat=plan.get("head_seat", 1),
        rows=plan.get("rows"),
        day_date=_parse_date(plan["day"], f"{where}.day") if plan.get("day") else None,
        notes=plan.get("notes", ""),
        seats=[
            SeatRecord(
                number=seat["number"],
                person_uid=person(seat.get("person"), f"seats[{j}].person"),
                locked=seat.get("locked", False),
                label=seat.get("label", ""),
            )
            for j, seat in enumerate(plan.get("seats", []))
        ],
        pair_rules=[
            PairRule(
                first_participation_id=None,
                second_participation_id=None,
                first_person_uid=person(rule["first"], f"pair_rules[{j}].first"),
                second_person_uid=person(rule["second"], f"pair_rules[{j}].second"),
                together=rule.get("together", True),
            )
            for j, rule in enumerate(plan.get("pair_rules", []))
        ],
    )


def existing_event_for(store, bundle: dict[str, Any]) -> int | None:
    """The local event this bundle would overwrite: same uid, or failing that the same slug."""
    event = bundle["event"]
    found = store.find_event_by_uid(event["uid"])
    if found is None and event.get("slug") and store.slug_in_use(event["slug"]):
        found = store.resolve_event(event["slug"])
    return found


def import_edit(store, bundle: dict[str, Any], mode: ImportMode = ImportMode.FAIL) -> Edit:
    """What importing the bundle changes: a new event, or (replace) the old one deleted and
    the bundle's written in its place with its id, as one edit that undo takes back whole."""
    validate_bundle(bundle)
    record = record_from_bundle(bundle)
    people = {p["person"] for p in bundle["event"].get("participants", [])}
    log = log_from_bundle(bundle["event"], people)
    existing = existing_event_for(store, bundle)
    text = tr("Import event “{title}”").format(title=record.title)
    if existing is None:
        return CreateEvent(record=record, log=log, text=text)
    if mode is ImportMode.FAIL:
        raise ConflictError(
            tr(
                "event {event} is already in the database (id {id}); use --replace to "
                "overwrite it or --as-new to import a copy"
            ).format(event=repr(record.slug or record.title), id=existing)
        )
    if mode is ImportMode.REPLACE:
        old = store.get_event(existing, parts=())
        record.id = existing
        if record.uid != old.uid:
            record.uid = old.uid
        return Batch(
            edits=(DeleteEvent(event_id=existing, revision=old.revision),
                   CreateEvent(record=record, log=log)),
            text=text,
        )  # fmt: skip
    record.uid = None
    record.slug = ""
    return CreateEvent(record=record, log=log, text=text)


def imported_event(applied) -> int:
    """The id of the event an ``import_edit`` wrote."""
    result = applied.result
    return result[-1] if isinstance(result, list) else result


def import_bundle(store, bundle: dict[str, Any], mode: ImportMode = ImportMode.FAIL) -> int:
    """Write the bundle's event in one transaction and return its id."""
    return imported_event(store.apply(import_edit(store, bundle, mode)))
