"""``roundtable ready EVENT [--json]``: a line per finding, exit 1 while something blocks;
dismissed findings are shown as such and never block. And ``roundtable export namecards``
remembers the names it printed, so the check knows when the cards are out of date."""

from __future__ import annotations

import json
from datetime import date

from cli_helpers import run_db

from roundtable.domain.records import (
    AffiliationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    VenueRecord,
)
from roundtable.store.facade import Store


def saved(db) -> int:
    org = OrganisationRecord("RIAC")
    person = PersonRecord("Andrey", "Kortunov", bio="Director general.",
                          affiliations=[AffiliationRecord(org)])  # fmt: skip
    store = Store.open(str(db))
    try:
        event = store.save_event(EventRecord(
            "Ready", date(2030, 3, 2), date(2030, 3, 2), slug="ready", timezone="Europe/Moscow",
            venue=VenueRecord("RIAC", street="Malaya Dmitrovka 8", city="Moscow"),
            participants=[ParticipationRecord(person)],
        ))  # fmt: skip
        assert event.id is not None
        return event.id
    finally:
        store.close()


def test_ready_lists_findings_and_exits_1_while_something_blocks(tmp_path):
    db = tmp_path / "r.sqlite3"
    saved(db)
    result = run_db(db, "ready", "ready")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "blocking: The event has no agenda yet: add its items in the Agenda tab." in lines
    assert lines[0].startswith("blocking: ")
    assert any(line.startswith("worth a look: Andrey Kortunov has no photo") for line in lines)


def test_json_and_dismissed_findings_never_block(tmp_path):
    db = tmp_path / "r.sqlite3"
    event_id = saved(db)
    found = json.loads(run_db(db, "ready", str(event_id), "--json").stdout)
    blocking = [f for f in found if f["severity"] == "blocking"]
    assert {f["key"] for f in blocking} == {"agenda:none"}
    assert blocking[0]["target"] == {"tab": "agenda", "id": None, "day": None}
    assert set(blocking[0]) == {"key", "severity", "message", "target", "dismissed"}
    store = Store.open(str(db))
    try:
        store.dismiss_finding(event_id, "agenda:none")
    finally:
        store.close()
    result = run_db(db, "ready", "ready")
    assert result.returncode == 0
    assert "dismissed: The event has no agenda yet: add its items in the Agenda tab." in (
        result.stdout.splitlines()
    )
    found = json.loads(run_db(db, "ready", "ready", "--json").stdout)
    assert [f["dismissed"] for f in found if f["key"] == "agenda:none"] == [True]


def test_exporting_name_cards_remembers_the_names(tmp_path):
    db = tmp_path / "r.sqlite3"
    saved(db)

    def namecard_keys() -> set[str]:
        found = json.loads(run_db(db, "ready", "ready", "--json").stdout)
        return {f["key"] for f in found if f["key"].startswith("namecards")}

    assert namecard_keys() == {"namecards:never"}
    result = run_db(db, "export", "namecards", "ready", "-o", tmp_path / "cards.pdf")
    assert result.returncode == 0, result.stderr
    assert namecard_keys() == set()
    store = Store.open(str(db))
    try:
        event = store.get_event(store.resolve_event("ready"))
        event.participants[0].card_name = "Dr Kortunov"
        store.save_event(event)
    finally:
        store.close()
    assert namecard_keys() == {"namecards:stale"}


def test_an_unknown_event_is_one_line(tmp_path):
    db = tmp_path / "r.sqlite3"
    saved(db)
    result = run_db(db, "ready", "nope")
    assert result.returncode == 1
    assert result.stderr.startswith("roundtable: error: no event")
