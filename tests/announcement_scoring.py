"""How well a draft matches what a page states: one point per field, person, organisation
and day; a field the page does not state must come out empty."""

from __future__ import annotations

import re
from typing import Any

from roundtable.services.announcement import FIELD_KEYS, Draft


def _plain(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat(timespec="minutes") if hasattr(value, "hour") else (
        value.isoformat() if hasattr(value, "isoformat") else str(value)
    )  # fmt: skip


def _names(text: str) -> set[str]:
    """A name and its alternatives: "A|B" or "Full Name (ACRONYM)"."""
    out = set()
    for part in text.split("|"):
        out.add(part.strip().casefold())
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", part.strip())
        if m:
            out |= {m.group(1).casefold(), m.group(2).casefold()}
    return out


def misses(draft: Draft, expected: dict[str, Any]) -> tuple[int, list[str]]:
    """(points possible, what was wrong)."""
    wrong, total = [], 0
    stated = expected.get("fields", {})
    for key in FIELD_KEYS:
        total += 1
        want, got = str(stated.get(key, "") or ""), _plain(draft.fields[key].value)
        if want != got:
            wrong.append(f"{key}: want {want[:60]!r}, got {got[:60]!r}")
    people = list(draft.people)
    for person in expected.get("people", []):
        total += 1
        match = next((p for p in people if p.name == person["name"]), None)
        if match is None:
            wrong.append(f"person {person['name']} not found")
            continue
        people.remove(match)
        affs = [a.casefold() for a in match.affiliations]
        want_affs = [_names(a) for a in person.get("affiliations", [])]
        if (
            match.role.value != person["role"]
            or len(affs) != len(want_affs)
            or not all(a in w for a, w in zip(affs, want_affs, strict=True))
        ):
            wrong.append(f"person {person['name']}: got {match.role.value} {match.affiliations}")
    for extra in people:
        total += 1
        wrong.append(f"person {extra.name} not on the page")
    orgs = list(draft.organisations)
    for org in expected.get("organisations", []):
        total += 1
        match = next((o for o in orgs if _names(org["name"]) & _names(o[0])), None)
        if match is None or match[1].value != org["role"]:
            wrong.append(f"organisation {org['name']}: got {match}")
        elif match:
            orgs.remove(match)
    for extra in orgs:
        total += 1
        wrong.append(f"organisation {extra[0]} not on the page")
    days = [(_plain(d.date), d.topic) for d in draft.days]
    want_days = [(d["date"], d.get("topic", "")) for d in expected.get("days", [])]
    total += max(len(days), len(want_days))
    for got_day, want_day in zip(days, want_days, strict=False):
        if got_day != want_day:
            wrong.append(f"day: want {want_day}, got {got_day}")
    if len(days) != len(want_days):
        wrong.append(f"days: want {len(want_days)}, got {len(days)}")
    return total, wrong
