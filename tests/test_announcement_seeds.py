"""The two seed pages read into drafts equal to the shipped example events in every field the
page states (services/demo.py is the reference), and save as such an event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from announcement_scoring import misses

from roundtable.services.announcement import draft_edit, parse_announcement
from roundtable.services.demo import DC_ROUNDTABLE, ROUND_2
from roundtable.store.facade import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PAGES = {
    "dc-policy-forum-roundtable.txt": DC_ROUNDTABLE,
    "us-japan-russia-trilateral.txt": ROUND_2,
}


def seed_text(page: str) -> str:
    path = SEEDS / page
    if not path.exists():
        pytest.skip(f"seed page {path} not present")
    return path.read_text(encoding="utf-8")


def expected_from_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """The example event in the shape of tests/data/announcements/*.json."""
    event = bundle["event"]
    orgs = {o["uid"]: o for o in bundle["organisations"]}

    def names(uid: str) -> str:
        return "|".join(n for n in (orgs[uid]["name"], orgs[uid]["short_name"]) if n)

    people = {p["uid"]: p for p in bundle["people"]}
    fields = {
        key: event.get(key) or ""
        for key in ("programme", "title", "short_title", "subtitle", "start_date", "end_date",
                    "start_time", "end_time", "timezone", "description", "summary")
    }  # fmt: skip
    fields |= {f"venue_{k}": v for k, v in event["venue"].items()}
    fields["series"] = bundle["series"]["name"] if bundle["series"] else ""
    fields["round"] = event["round_number"] or ""
    fields["kind"] = event["kind"]  # both pages name it: "Roundtable Participants", "Dialogue"
    return {
        "fields": fields,
        "people": [
            {
                "name": f"{people[p['person']]['given_name']} {people[p['person']]['family_name']}",
                "role": p["role"],
                "affiliations": [
                    names(a["organisation"]) for a in people[p["person"]]["affiliations"]
                ],
            }
            for p in event["participants"]
        ],
        "organisations": [
            {"name": names(o["organisation"]), "role": o["role"]} for o in event["organisations"]
        ],
        "days": [
            {"date": d["date"], "topic": d["notes"]}
            for d in event["days"]
            if len(event["days"]) > 1
        ],
    }


@pytest.mark.parametrize("page", sorted(PAGES))
def test_seed_page_gives_the_example_event(page):
    draft = parse_announcement(seed_text(page))
    total, wrong = misses(draft, expected_from_bundle(PAGES[page]))
    assert wrong == [], wrong


def test_every_field_keeps_the_words_it_came_from():
    text = seed_text("dc-policy-forum-roundtable.txt")
    draft = parse_announcement(text)
    assert text[slice(*draft.fields["venue_street"].span)] == "2000 M Street"
    assert text[slice(*draft.fields["start_date"].span)] == "26 February 2018"
    assert (
        draft.fields["subtitle"].span is None and "nothing found" in draft.fields["subtitle"].note
    )
    iwashita = next(p for p in draft.people if p.name == "Akihiro Iwashita")
    assert (
        text[slice(*iwashita.span)] == "Akihiro Iwashita (Kyushu University / Hokkaido University)"
    )


def test_saved_draft_is_one_undoable_edit(tmp_path):
    draft = parse_announcement(seed_text("us-japan-russia-trilateral.txt"))
    store = Store.open(str(tmp_path / "t.db"), create="file")
    try:
        applied = store.apply(draft_edit(store, draft, {i: None for i in range(len(draft.people))}))
        event = store.get_event(applied.result)
        assert event.series is not None and event.series.name == "U.S.-Japan-Russia Trilateral"
        assert event.round_number == 2 and event.venue.city == "Moscow"
        assert event.timezone == "Europe/Moscow"
        assert {o.organisation.name for o in event.organisations} == {
            "NCAFP", "Russian International Affairs Council", "Tokyo Foundation"
        }  # fmt: skip
        kozuki = next(p.person for p in event.participants if p.person.family_name == "Kozuki")
        assert [a.organisation.name for a in kozuki.affiliations] == ["Embassy of Japan in Russia"]
        store.undo(applied)
        assert store.list_events() == []
    finally:
        store.close()
