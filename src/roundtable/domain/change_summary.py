"""What changed between two versions of an event, in words, for the change history.

The store calls :func:`describe` inside every ``save_event`` with the event as it was and as it
is being saved, and keeps one line per area touched. It compares by id (a new row has none), so
an edit, its undo and its redo each read as what they did. Pure logic: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from roundtable.domain.enums import ChangeArea
from roundtable.domain.names import full_name
from roundtable.domain.records import AgendaItemRecord, EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord

MAX_PARTS = 6  # phrases per line before "and N more"

EVENT_FIELDS = {
    "title": "title", "subtitle": "subtitle", "short_title": "short title",
    "programme": "programme", "kind": "kind", "status": "status", "description": "description",
    "summary": "summary", "notes": "notes", "series": "series", "round_number": "round",
    "start_date": "dates", "end_date": "dates", "start_time": "times", "end_time": "times",
    "timezone": "time zone", "venue": "venue", "organisations": "organisations",
    "delegations": "delegations", "attachments": "attachments", "slug": "short name",
    "attribution": "attribution rule", "house_rules": "house rules",
    "rsvp": "RSVP line",
}  # fmt: skip


def describe(old: EventRecord | None, new: EventRecord) -> list[tuple[ChangeArea, str]]:
    """One (area, sentence) per part of the event that changed; [] when nothing did."""
    if old is None:
        return [(ChangeArea.EVENT, f"Created the event “{new.title}”")]
    out = []
    for area, parts in (
        (ChangeArea.EVENT, _event_parts(old, new)),
        (ChangeArea.PARTICIPANTS, _participant_parts(old, new)),
        (ChangeArea.AGENDA, _agenda_parts(old, new)),
        (ChangeArea.SEATING, _seating_parts(old, new)),
    ):
        if parts:
            out.append((area, _sentence(parts)))
    return out


def _sentence(parts: Sequence[str]) -> str:
    shown = list(parts[:MAX_PARTS])
    if len(parts) > MAX_PARTS:
        shown.append(f"and {len(parts) - MAX_PARTS} more")
    text = "; ".join(shown)
    return text[:1].upper() + text[1:]


def _event_parts(old: EventRecord, new: EventRecord) -> list[str]:
    changed: list[str] = []
    for name, label in EVENT_FIELDS.items():
        if _plain(getattr(old, name)) != _plain(getattr(new, name)) and label not in changed:
            changed.append(label)
    return [f"changed the {', '.join(changed)}"] if changed else []


def _plain(value: Any) -> Any:
    """A comparable form that ignores ids (a re-saved organisation is not a change)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in vars(value).items() if k not in ("id", "data", "size")}
    return value


def _who(p: ParticipationRecord) -> str:
    return full_name(p.person) or "someone"


def _participant_parts(old: EventRecord, new: EventRecord) -> list[str]:
    before = {p.id: p for p in old.participants}
    after_ids = {p.id for p in new.participants if p.id is not None}
    parts = [f"added {_who(p)} ({p.role.english_label})" for p in new.participants
             if p.id is None or p.id not in before]  # fmt: skip
    parts += [f"removed {_who(p)}" for pid, p in before.items() if pid not in after_ids]
    for p in new.participants:
        was = before.get(p.id)
        if was is None:
            continue
        for field, label in (("role", "role"), ("delegation", "delegation"),
                             ("attendance", "attendance")):  # fmt: skip
            a, b = getattr(was, field), getattr(p, field)
            if a != b:
                parts.append(f"{_who(p)}: {label} {_text(a)} → {_text(b)}")
        if was.notes != p.notes:
            parts.append(f"{_who(p)}: notes")
    kept_old = [pid for pid in before if pid in after_ids]
    kept_new = [p.id for p in new.participants if p.id in before]
    if kept_old != kept_new:
        parts.append("changed the order of precedence")
    return parts


def _text(value: Any) -> str:
    label = getattr(value, "english_label", None)
    return label if label is not None else (str(value) if value else "none")


def _items(event: EventRecord) -> dict[int, tuple[str, AgendaItemRecord]]:
    return {
        item.id: (f"{day.day_date:%a} {day.day_date.day} {day.day_date:%b}", item)
        for day in event.days
        for item in day.items
        if item.id is not None
    }


def _agenda_parts(old: EventRecord, new: EventRecord) -> list[str]:
    parts: list[str] = []
    old_days = {d.day_date for d in old.days}
    new_days = {d.day_date for d in new.days}
    parts += [f"added the day {d:%a} {d.day} {d:%b}" for d in sorted(new_days - old_days)]
    parts += [f"removed the day {d:%a} {d.day} {d:%b}" for d in sorted(old_days - new_days)]
    before = _items(old)
    names = {p.id: _who(p) for p in (*old.participants, *new.participants) if p.id}
    seen: set[int] = set()
    for day in new.days:
        for item in day.items:
            if item.id is None or item.id not in before:
                parts.append(f"added “{item.title}”")
                continue
            seen.add(item.id)
            was = before[item.id][1]
            parts += _item_parts(was, item, names)
    parts += [f"removed “{item.title}”" for iid, (_d, item) in before.items() if iid not in seen]
    order_old = [i.id for d in old.days for i in d.items if i.id in seen]
    order_new = [i.id for d in new.days for i in d.items if i.id in seen]
    if order_old != order_new:
        parts.append("changed the order of items")
    for day in new.days:
        was_day = next((d for d in old.days if d.day_date == day.day_date), None)
        if was_day and (was_day.title, was_day.slot_start, was_day.slot_end, was_day.notes) != (
            day.title,
            day.slot_start,
            day.slot_end,
            day.notes,
        ):
            parts.append(f"changed the day {day.day_date:%a} {day.day_date.day} {day.day_date:%b}")
    return parts


def _item_parts(was: AgendaItemRecord, item: AgendaItemRecord, names: dict) -> list[str]:
    parts = []
    if was.title != item.title:
        parts.append(f"renamed “{was.title}” to “{item.title}”")
    if was.duration_minutes != item.duration_minutes:
        parts.append(f"“{item.title}”: {was.duration_minutes} → {item.duration_minutes} min")
    if was.kind != item.kind:
        parts.append(f"“{item.title}”: kind {was.kind.english_label} → {item.kind.english_label}")
    if was.anchor != item.anchor:
        anchor = f"{item.anchor:%H:%M}" if item.anchor else "follows on"
        parts.append(f"“{item.title}”: start {anchor}")
    if was.description != item.description:
        parts.append(f"“{item.title}”: description")
    if was.room != item.room:
        parts.append(f"“{item.title}”: room {item.room or 'none'}")
    if was.chair_participation_id != item.chair_participation_id:
        chair = names.get(item.chair_participation_id, "none")
        parts.append(f"“{item.title}”: chair {chair}")
    speakers = _speaker_list(item, names)
    if _speaker_list(was, names) != speakers:
        parts.append(f"“{item.title}”: speakers {', '.join(speakers) or 'none'}")
    return parts


def _speaker_list(item: AgendaItemRecord, names: dict) -> list[str]:
    return [
        names.get(s.participation_id, "?")
        + (f" ({s.speaking_minutes} min)" if s.speaking_minutes is not None else "")
        for s in item.speakers
    ]


def _seating_parts(old: EventRecord, new: EventRecord) -> list[str]:
    parts: list[str] = []
    before = {p.id: p for p in old.seating_plans}
    names = {p.id: _who(p) for p in (*old.participants, *new.participants) if p.id}
    after_ids = {p.id for p in new.seating_plans}
    for plan in new.seating_plans:
        was = before.get(plan.id) if plan.id is not None else None
        if was is None:
            parts.append(f"added the plan “{plan.name}”")
            continue
        parts += _plan_parts(was, plan, names.get)
    parts += [f"deleted the plan “{p.name}”" for pid, p in before.items() if pid not in after_ids]
    return parts


def _plan_parts(
    was: SeatingPlanRecord, plan: SeatingPlanRecord, name: Callable[[int], str | None]
) -> list[str]:
    parts = []
    if was.name != plan.name:
        parts.append(f"renamed the plan “{was.name}” to “{plan.name}”")
    layout = ("shape", "seat_count", "seats_per_side", "head_seat", "rows", "day_date", "notes")
    if any(getattr(was, f) != getattr(plan, f) for f in layout):
        parts.append(f"changed the layout of “{plan.name}”")
    old_seat = {pid: n for n, pid in was.occupants().items()}
    new_seat = {pid: n for n, pid in plan.occupants().items()}
    moves = []
    for pid, number in new_seat.items():
        if pid not in old_seat:
            moves.append(f"seated {name(pid) or '?'} at {number}")
        elif old_seat[pid] != number:
            moves.append(f"moved {name(pid) or '?'} {old_seat[pid]} → {number}")
    moves += [f"unseated {name(pid) or '?'}" for pid in old_seat if pid not in new_seat]
    if moves:
        more = f" and {len(moves) - MAX_PARTS} more" if len(moves) > MAX_PARTS else ""
        parts.append(f"“{plan.name}”: " + ", ".join(moves[:MAX_PARTS]) + more)
    flags = []
    for number in range(1, max(was.seat_count, plan.seat_count) + 1):
        before, after = was.seat(number), plan.seat(number)
        if before.locked != after.locked:
            flags.append(f"{'locked' if after.locked else 'unlocked'} seat {number}")
        if before.label != after.label:
            flags.append(f"named seat {number} “{after.label}”" if after.label
                         else f"cleared the name of seat {number}")  # fmt: skip
    if flags:
        more = f" and {len(flags) - MAX_PARTS} more" if len(flags) > MAX_PARTS else ""
        parts.append(f"“{plan.name}”: " + ", ".join(flags[:MAX_PARTS]) + more)
    rules = [(r.first_participation_id, r.second_participation_id, r.together)
             for r in was.pair_rules]  # fmt: skip
    rules_new = [(r.first_participation_id, r.second_participation_id, r.together)
                 for r in plan.pair_rules]  # fmt: skip
    if rules != rules_new:
        parts.append(f"“{plan.name}”: pair rules")
    return parts
