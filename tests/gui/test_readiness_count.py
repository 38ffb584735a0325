"""The events list shows the selected event's blocking findings as a count on its second line,
and follows a dismissal and its undo."""

from __future__ import annotations

from gui_samples import trilateral

from roundtable.domain.enums import Attendance
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.events.events_model import DETAILS_ROLE
from roundtable.gui.readiness.readiness_view import ReadinessView


def details(window, event_id: int) -> str:
    return str(window.model.index_of_event(event_id).data(DETAILS_ROLE))


def test_the_selected_event_carries_its_count_in_the_list(window, store):
    event = trilateral(2)
    event.participants[0].attendance = Attendance.CONFIRMED
    event.seating_plans = [SeatingPlanRecord("Main table", seat_count=6)]
    saved = store.save_event(event)
    other = store.save_event(trilateral(1))
    assert saved.id is not None and other.id is not None
    window.reload()
    window.select_event(saved.id)
    note = details(window, saved.id)
    assert note.endswith("to fix"), note
    assert "to fix" not in details(window, other.id)  # never checked: no claim about it

    view = window.event_tabs.show_tab("readiness")
    assert isinstance(view, ReadinessView)
    blocking = [f for f in view.findings if f.blocks and not f.dismissed]
    count = int(note.rsplit("·", 1)[1].split()[0])
    assert count == len(blocking)  # the tab's count, the font check aside (none here)

    assert view.select_finding(blocking[0].key)
    view.dismiss_current()
    after = details(window, saved.id)
    assert after != note and (after.endswith(f"{count - 1} to fix") or count == 1)
    window.undo_action.trigger()
    assert details(window, saved.id) == note


def test_a_dismissal_another_window_made_first_leaves_nothing_to_undo(window, store):
    from roundtable.gui.readiness.readiness_view import DismissCommand

    saved = store.save_event(trilateral(1))
    assert saved.id is not None
    window.reload()
    window.select_event(saved.id)
    view = window.event_tabs.show_tab("readiness")
    assert isinstance(view, ReadinessView)
    finding = view.findings[0]
    store.dismiss_finding(saved.id, finding.key)  # another window, meanwhile
    before = window.undo_stack.count()
    window.undo_stack.push(DismissCommand(view._context, saved.id, finding, view.refresh))
    assert window.undo_stack.count() == before  # obsolete: undo must not restore theirs
    assert store.dismissed_findings(saved.id) == {finding.key}


def test_a_change_to_another_event_drops_its_count(window, store):
    from roundtable.gui.common.undo import Changed

    first = store.save_event(trilateral(1))
    second = store.save_event(trilateral(2))
    assert first.id is not None and second.id is not None
    window.reload()
    window.select_event(first.id)
    assert details(window, first.id).endswith("to fix")
    window.select_event(second.id)
    assert details(window, first.id).endswith("to fix")  # kept while nothing touched it
    window.events_page.show_change(Changed(events=frozenset({first.id})))
    assert "to fix" not in details(window, first.id)
