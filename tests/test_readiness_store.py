"""The readiness check's data in the store: dismissed findings and printed outputs, each
change one transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from roundtable.domain.records import EventRecord
from roundtable.errors import NotFoundError

pytestmark = pytest.mark.both_backends


@pytest.fixture
def event_id(store) -> int:
    saved = store.save_event(EventRecord("Ready", date(2026, 3, 2), date(2026, 3, 2)))
    assert saved.id is not None
    return saved.id


def test_dismiss_restore_and_list(store, event_id):
    assert store.dismissed_findings(event_id) == set()
    before = store.revision()
    assert store.dismiss_finding(event_id, "bio:person:1")
    assert store.revision() == before + 1
    assert not store.dismiss_finding(event_id, "bio:person:1")  # already: nothing written
    store.dismiss_finding(event_id, "venue:address")
    assert store.dismissed_findings(event_id) == {"bio:person:1", "venue:address"}
    assert store.restore_finding(event_id, "bio:person:1")
    assert not store.restore_finding(event_id, "bio:person:1")
    assert store.dismissed_findings(event_id) == {"venue:address"}


def test_dismissals_are_per_event_and_go_with_it(store, event_id):
    other = store.save_event(EventRecord("Other", date(2026, 4, 1), date(2026, 4, 1))).id
    store.dismiss_finding(event_id, "venue:address")
    assert store.dismissed_findings(other) == set()
    store.delete_event(event_id)
    assert store.dismissed_findings(event_id) == set()


def test_an_unknown_event_is_refused(store):
    with pytest.raises(NotFoundError):
        store.dismiss_finding(9999, "venue:address")
    with pytest.raises(NotFoundError):
        store.record_output(9999, "namecards", "abc")


def test_printed_outputs_are_remembered_per_kind(store, event_id):
    store.clock = lambda: datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    store.record_output(event_id, "namecards", "abc")
    store.record_output(event_id, "agenda")
    store.clock = lambda: datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    store.record_output(event_id, "namecards", "def")
    outputs = {o.kind: o for o in store.printed_outputs(event_id)}
    assert set(outputs) == {"agenda", "namecards"}
    assert outputs["namecards"].fingerprint == "def"
    assert outputs["namecards"].written_at == datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    assert outputs["agenda"].fingerprint == ""


def test_a_dismissal_tells_other_windows_the_event_but_no_part(store, event_id):
    before = store.revision()
    other = type(store).open(store.url, daily_backup=False)
    try:
        other.dismiss_finding(event_id, "venue:address")
        _now, entries = store.changes_since(before)
    finally:
        other.close()
    assert [(e.event_id, e.parts) for e in entries] == [(event_id, frozenset())]
