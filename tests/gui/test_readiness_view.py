"""The Readiness tab: the findings for the selected event, grouped; going where each is fixed;
dismissing and restoring them as undo steps; its count on the tab."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui_samples import trilateral

from roundtable.domain.enums import AgendaItemKind, Attendance
from roundtable.domain.records import AgendaItemRecord, DayRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.readiness.readiness_view import ReadinessView


@pytest.fixture
def event_id(store) -> int:
    event = trilateral(2)
    event.participants[0].attendance = Attendance.CONFIRMED
    event.days = [DayRecord(event.start_date, slot_start=time(10), slot_end=time(12), items=[
        AgendaItemRecord("Opening remarks", 30, AgendaItemKind.OPENING_REMARKS),
        AgendaItemRecord("Session", 90, AgendaItemKind.SESSION),
    ])]  # fmt: skip
    event.seating_plans = [SeatingPlanRecord("Main table", seat_count=6)]
    saved = store.save_event(event)
    assert saved.id is not None
    return saved.id


@pytest.fixture
def readiness(window, event_id) -> ReadinessView:
    window.reload()
    window.select_event(event_id)
    view = window.event_tabs.show_tab("readiness")
    assert isinstance(view, ReadinessView)
    view.today = lambda: date(2017, 3, 1)
    view.refresh()
    return view


def texts(view: ReadinessView) -> dict[str, list[str]]:
    model = view.model
    shown = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        shown[group.data()] = [
            model.index(n, 0, group).data() for n in range(model.rowCount(group))
        ]
    return shown


def test_findings_are_grouped_with_their_sentences(window, readiness):
    shown = texts(readiness)
    assert list(shown) == ["Blocking (4)", "Worth a look (4)"]
    assert (
        "“Opening remarks” has nobody to give it: choose its speaker in the Agenda tab."
        in (shown["Blocking (4)"])
    )
    assert any("No seat for Andrey Kortunov" in t for t in shown["Blocking (4)"])
    tabs = window.event_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Rea&diness (4)"
    assert "4 findings to fix" in readiness.summary.text()


def test_going_to_a_finding_selects_it_where_it_is_fixed(window, readiness, qtbot, event_id):
    event = window.overview.current_event
    item_id = event.days[0].items[0].id
    assert readiness.select_finding(f"no-speaker:item:{item_id}")
    qtbot.keyClick(readiness.tree, "\r")
    agenda = window.agenda_view
    assert window.event_tabs.currentWidget().isAncestorOf(agenda)
    assert agenda.selected_rows() == [0]

    window.event_tabs.show_tab("readiness")
    person = event.participants[0]
    assert readiness.select_finding(f"photo:person:{person.person.id}")
    readiness.go_button.click()
    assert window.participants_view.selected_ids() == [person.id]

    window.event_tabs.show_tab("readiness")
    assert readiness.select_finding("unseated:day:all")
    readiness.go_to_index(readiness.tree.currentIndex())
    assert window.seating_view.current_plan.name == "Main table"


def test_dismiss_and_restore_are_undoable(window, readiness, store, event_id):
    person = window.overview.current_event.participants[0].person
    key = f"photo:person:{person.id}"
    assert readiness.select_finding(key)
    readiness.dismiss_button.click()
    assert store.dismissed_findings(event_id) == {key}
    assert "Dismissed (1)" in texts(readiness)
    assert readiness.current_finding().key == key and readiness.restore_button.isEnabled()
    window.undo_action.trigger()
    assert store.dismissed_findings(event_id) == set()
    assert "Dismissed (1)" not in texts(readiness)
    window.redo_action.trigger()
    assert store.dismissed_findings(event_id) == {key}
    assert readiness.select_finding(key)
    readiness.restore_button.click()
    assert store.dismissed_findings(event_id) == set()


def test_a_dismissed_blocking_finding_leaves_the_count(window, readiness, event_id):
    assert readiness.select_finding("unseated:day:all")
    readiness.dismiss_current()
    tabs = window.event_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Rea&diness (3)"
    assert any(t.startswith("No seat") for t in texts(readiness)["Dismissed (1)"])


def test_the_list_follows_changes(window, readiness, store, event_id):
    event = store.get_event(event_id)
    event.seating_plans = []
    window.undo_stack.clear()
    store.save_event(event)
    window.reload()
    window.select_event(event_id)
    window.event_tabs.show_tab("readiness")
    shown = texts(readiness)
    assert not any("No seat" in t for t in shown["Blocking (3)"])
    assert any("no seating plan" in t for t in shown["Worth a look (5)"])


def test_the_count_goes_when_another_event_is_selected(window, readiness, store, populated):
    tabs = window.event_tabs
    index = tabs.currentIndex()
    assert tabs.tabText(index) == "Rea&diness (4)"
    tabs.setCurrentIndex(1)
    window.reload()
    window.select_event(populated[2])
    assert window.overview.current_event.id == populated[2]
    assert tabs.tabText(index) == "Rea&diness"


@pytest.mark.slow
def test_saving_name_cards_in_the_print_dialog_remembers_the_names(
    qtbot, store, settings, dialogs, tmp_path
):
    from roundtable.gui.printing import printables
    from roundtable.gui.printing.print_dialog import PrintDialog
    from roundtable.gui.printing.print_kinds import PrintContext
    from roundtable.services.readiness import names_fingerprint

    event = store.save_event(trilateral(2))
    assert event.id is not None
    dialog = PrintDialog(None, PrintContext(store, settings, event), printables.all_kinds(),
                         "namecards")  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready_path is not None, timeout=30_000)
    dialogs.save_path = str(tmp_path / "cards.pdf")
    assert dialog.save_pdf() == dialogs.save_path
    (printed,) = store.printed_outputs(event.id)
    assert (printed.kind, printed.fingerprint) == ("namecards", names_fingerprint(event))
