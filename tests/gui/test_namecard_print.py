"""The name-card options panel of the print dialog: what it offers, what it hands the export,
what it refuses, and what it remembers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.gui.printing.namecard_print import NAMECARDS, NameCardsPanel
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.services.demo import load_demo
from roundtable.services.namecards import CardOptions


@pytest.fixture
def events(store):
    ids = load_demo(store)
    return {store.get_event(i).slug: store.get_event(i) for i in ids}


@pytest.fixture
def dc(events):
    return next(e for slug, e in events.items() if slug.startswith("dc-policy"))


@pytest.fixture
def round_2(events):
    return next(e for slug, e in events.items() if slug.endswith("round-2-2017"))


def make_panel(qtbot, store, settings, event, selected=()):
    panel = NameCardsPanel(PrintContext(store, settings, event, list(selected)))
    qtbot.addWidget(panel)
    return panel


def set_checked(widget, key, on: bool) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_defaults_give_everyone_who_has_not_declined(qtbot, store, settings, dc):
    panel = make_panel(qtbot, store, settings, dc)
    options = panel.options()
    assert options["layout"] == "letter", "a Washington event's cards start on US Letter"
    assert options["options"] == CardOptions()
    assert options["selection"].attendance == frozenset(
        a for a in Attendance if a is not Attendance.DECLINED
    )
    assert panel.problem() is None
    assert panel.card_count() == len(dc.participants) == 7
    assert panel.count_label.text() == "7 cards on 7 sheets"
    assert not panel.only_selected.isVisible()
    assert not panel.delegation_list.isVisibleTo(panel)  # the DC event has no delegations


def test_role_filter_layout_and_cut_marks(qtbot, store, settings, dc):
    panel = make_panel(qtbot, store, settings, dc)
    cut = panel.switches["cut_marks"]
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("a4"))
    assert not cut.isEnabled() and "nothing to cut" in cut.toolTip()
    with qtbot.waitSignal(panel.changed):
        panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("avery5305"))
    assert cut.isEnabled()
    cut.setChecked(True)
    assert panel.options()["options"].cut_marks
    for role in ParticipantRole:
        set_checked(panel.role_list, role.value, role is ParticipantRole.MODERATOR)
    assert panel.options()["selection"].roles == {ParticipantRole.MODERATOR}
    assert panel.count_label.text() == "1 card on 1 sheet"
    set_checked(panel.role_list, ParticipantRole.MODERATOR.value, False)
    assert panel.problem() == "Check at least one role."
    assert panel.count_label.text() == "Check at least one role."


def test_attendance_and_nobody_matching(qtbot, store, settings, dc):
    panel = make_panel(qtbot, store, settings, dc)
    for attendance in Attendance:
        set_checked(panel.attendance_list, attendance.value, attendance is Attendance.DECLINED)
    assert panel.problem() == "No participant matches these choices."
    for attendance in Attendance:
        set_checked(panel.attendance_list, attendance.value, False)
    assert panel.problem() == "Check at least one attendance status."


def test_only_the_selected_participants(qtbot, store, settings, round_2):
    kortunov = next(p for p in round_2.participants if p.person.family_name == "Kortunov")
    panel = make_panel(qtbot, store, settings, round_2, [kortunov.id, 999_999])
    assert panel.only_selected.isVisibleTo(panel) and panel.only_selected.isChecked()
    assert panel.only_selected.text() == "Only the person selected in the Participants tab"
    assert not panel.filters.isEnabled()
    assert panel.options()["selection"].participation_ids == (kortunov.id,)
    assert panel.card_count() == 1
    panel.only_selected.setChecked(False)
    assert panel.filters.isEnabled() and panel.card_count() == 2
    assert panel.delegation_list.count() >= 2  # the Trilateral's delegations


def test_content_options_are_remembered(qtbot, store, settings, round_2):
    panel = make_panel(qtbot, store, settings, round_2)
    panel.switches["family_caps"].setChecked(True)
    panel.switches["event_title"].setChecked(False)
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("a4-two"))
    panel.order_combo.setCurrentIndex(panel.order_combo.findData("name"))
    panel.save(settings)
    again = make_panel(qtbot, store, settings, round_2)
    options = again.options()
    assert options["layout"] == "a4-two"
    assert options["selection"].order == "name"
    assert options["options"].family_caps and not options["options"].event_title


def test_one_name_size_is_on_by_default_and_remembered(qtbot, store, settings, round_2):
    panel = make_panel(qtbot, store, settings, round_2)
    box = panel.switches["uniform_size"]
    assert box.isChecked() and panel.options()["options"].uniform_size
    box.setChecked(False)
    assert not panel.options()["options"].uniform_size
    panel.save(settings)
    again = make_panel(qtbot, store, settings, round_2)
    assert not again.switches["uniform_size"].isChecked()
    assert not again.options()["options"].uniform_size


def test_position_follows_affiliation(qtbot, store, settings, dc):
    panel = make_panel(qtbot, store, settings, dc)
    panel.switches["position"].setChecked(True)
    panel.switches["affiliation"].setChecked(False)
    assert not panel.switches["position"].isEnabled()
    assert not panel.options()["options"].position


def test_the_kind_exports_what_the_panel_says(qtbot, store, settings, round_2, tmp_path):
    from pypdf import PdfReader

    panel = make_panel(qtbot, store, settings, round_2)
    panel.switches["family_caps"].setChecked(True)
    context = PrintContext(store, settings, round_2)
    prepared = NAMECARDS.prepare(context)
    path = tmp_path / "cards.pdf"
    assert NAMECARDS.export(prepared, str(path), panel.options(), lambda done, total: True)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    assert "Andrey KORTUNOV" in "".join(page.extract_text() for page in reader.pages)


def test_an_event_without_participants_says_so(qtbot, store, settings, events):
    from roundtable.domain.records import EventRecord

    empty = next(iter(events.values()))
    empty = EventRecord(title="Empty", start_date=empty.start_date, end_date=empty.end_date)
    panel = make_panel(qtbot, store, settings, empty)
    assert "no participants" in panel.problem()


def test_cards_by_seat_follow_the_chosen_plan(qtbot, store, settings, dc):
    """The seat order is offered; the plan chooser is live only with it; the export gets the
    plan; and the order is remembered with the other choices."""
    panel = make_panel(qtbot, store, settings, dc)
    by_seat = panel.order_combo.findData("seat")
    assert panel.order_combo.itemText(by_seat) == "By seat"
    assert panel.order_combo.model().item(by_seat).isEnabled()
    assert not panel.plan_combo.isEnabled()
    assert "Only the order by seat" in panel.plan_combo.toolTip()
    with qtbot.waitSignal(panel.changed):
        panel.order_combo.setCurrentIndex(by_seat)
    assert (
        panel.plan_combo.isEnabled() and panel.plan_combo.currentText() == dc.seating_plans[0].name
    )
    selection = panel.options()["selection"]
    assert selection.order == "seat" and selection.plan_name == dc.seating_plans[0].name
    assert panel.problem() is None and panel.count_label.text() == "7 cards on 7 sheets"
    from roundtable.services.namecards import select

    first = select(dc, selection)[0]
    assert first.person.family_name == "Boyle"  # the head seat
    panel.save(settings)
    assert make_panel(qtbot, store, settings, dc).options()["selection"].order == "seat"


def test_by_seat_is_refused_with_a_reason_without_a_plan(qtbot, store, settings, dc):
    from dataclasses import replace

    settings.setValue("namecards/order", "seat")  # remembered from an event that had a plan
    panel = make_panel(qtbot, store, settings, replace(dc, seating_plans=[]))
    by_seat = panel.order_combo.findData("seat")
    assert not panel.order_combo.model().item(by_seat).isEnabled()
    tip = panel.order_combo.itemData(by_seat, Qt.ItemDataRole.ToolTipRole)
    assert tip == "This event has no seating plan yet: make one on the Seating tab."
    assert panel.order_combo.currentData() == "precedence" and panel.problem() is None
    assert not panel.plan_combo.isEnabled() and panel.plan_combo.toolTip() == tip
    panel.order_combo.setCurrentIndex(by_seat)  # as a program could: still refused
    assert panel.problem() == tip


def test_cards_start_on_the_paper_the_user_picked_else_the_venues(qtbot, store, settings, round_2):
    assert make_panel(qtbot, store, settings, round_2).options()["layout"] == "a4"  # Moscow
    settings.setValue("export/paper", "letter")  # picked for another kind in the print dialog
    assert make_panel(qtbot, store, settings, round_2).options()["layout"] == "letter"
