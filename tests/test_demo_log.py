"""The Trilateral's second round carries its summary and a plausible log, honest about what is
from the page and what is illustrative."""

from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.services.demo import load_demo
from roundtable.services.planned_actual import planned_vs_actual


def round2(store):
    load_demo(store)
    event = store.get_event(store.resolve_event("us-japan-russia-trilateral-round-2-2017"))
    return event, store.event_log(event.id)


def test_the_summary_and_a_log_with_every_item_timed(store):
    event, log = round2(store)
    assert event.summary.startswith("Participants from the three countries discussed")
    report = planned_vs_actual(event, log.entries)
    assert all(row.actual_seconds for row in report.rows), "every item and turn was timed"
    assert len(report.items()) == 5 and len(report.speakers_of(event.days[0].items[0].id)) == 2
    assert "The log is illustrative" in event.notes


def test_the_points_come_from_the_pages_summary(store):
    event, log = round2(store)
    summary = " ".join(event.summary.split())
    decisions = [e for e in log.entries if e.category is LogCategory.DECISION]
    assert [d.text for d in decisions] == [
        "Participants expressed their support to continue the U.S.-Japan-Russia Trilateral "
        "Dialogue on a regular basis."
    ]
    assert "support to continue the U.S.-Japan-Russia Trilateral Dialogue" in summary
    notes = [e for e in log.entries if e.category is LogCategory.NOTE and e.agenda_item_id]
    assert len(notes) == 4 and any(e.revisions for e in notes), "one was edited: kept text"


def test_no_invented_action_is_put_on_a_real_person(store):
    _event, log = round2(store)
    for entry in log.entries:
        if entry.category is LogCategory.ACTION_ITEM:
            assert entry.person_ids == []
        if entry.span is LogSpan.SPEAKER:
            assert len(entry.person_ids) == 1


def test_every_example_event_starts_its_history_the_same_way(tmp_path):
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    store = Store.open(str(tmp_path / "demo.sqlite3"))
    store.author = "Jane Organiser"
    for event_id in load_demo(store):
        title = store.get_event(event_id).title
        first = store.event_log(event_id).changes[0]
        assert (first.author, first.summary) == ("Jane Organiser", f"Created the event “{title}”")
    store.close()


def test_the_dc_agendas_split_is_marked_illustrative(tmp_path):
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    store = Store.open(str(tmp_path / "demo.sqlite3"))
    load_demo(store)
    dc = store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))
    assert "is illustrative" in dc.notes and "10 minutes’ opening remarks" in dc.notes
    store.close()
