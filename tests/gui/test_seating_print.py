"""The seating chart in the print dialog: offered after the name cards, its plan and paper
options, the pages it previews and exports, and the clear refusal for an event without a plan."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from roundtable.gui.printing import printables
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.gui.printing.seating_print import NO_PLAN, SEATING, SeatingChartPanel
from roundtable.services.demo import load_demo

WAIT_MS = 15_000


@pytest.fixture
def events(store, settings):
    settings.setValue("export/paper", "a4")
    by_slug = {store.get_event(i).slug: i for i in load_demo(store)}
    return {
        "dc": next(i for s, i in by_slug.items() if s.startswith("dc-policy")),
        "first": next(i for s, i in by_slug.items() if s.endswith("round-1-2016")),
        "second": next(i for s, i in by_slug.items() if s.endswith("round-2-2017")),
    }


def make_panel(qtbot, store, settings, event_id) -> SeatingChartPanel:
    panel = SeatingChartPanel(PrintContext(store, settings, store.get_event(event_id)))
    qtbot.addWidget(panel)
    return panel


def test_the_kind_comes_after_the_name_cards():
    keys = [kind.key for kind in printables.all_kinds()]
    assert keys[keys.index("namecards") + 1] == "seating"
    assert (SEATING.label, SEATING.file_suffix) == ("Seating chart", "seating")


def test_options_plan_and_paper(qtbot, store, settings, events):
    panel = make_panel(qtbot, store, settings, events["dc"])
    assert panel.problem() is None
    assert panel.options() == {"paper": "a4", "plan": "Round table, Seminar Room"}
    assert not panel.plan_combo.isEnabled()  # one plan: nothing to choose
    with qtbot.waitSignal(panel.changed):
        panel.paper_choice.set_paper("letter")
    panel.save(settings)
    assert make_panel(qtbot, store, settings, events["dc"]).options()["paper"] == "letter"


def test_several_plans_offer_all_or_one(qtbot, store, settings, events):
    from dataclasses import replace

    event = store.get_event(events["dc"])
    second = replace(event.seating_plans[0], name="Lunch", id=None,
                     seats=[replace(s, id=None) for s in event.seating_plans[0].seats])  # fmt: skip
    event.seating_plans.append(second)
    event = store.save_event(event)
    panel = make_panel(qtbot, store, settings, event.id)
    assert panel.plan_combo.isEnabled()
    assert [panel.plan_combo.itemText(i) for i in range(panel.plan_combo.count())] == [
        "All 2 plans", "Round table, Seminar Room", "Lunch",
    ]  # fmt: skip
    assert panel.options()["plan"] is None
    with qtbot.waitSignal(panel.changed):
        panel.plan_combo.setCurrentIndex(2)
    assert panel.options()["plan"] == "Lunch"


def test_an_event_without_a_plan_says_where_to_make_one(qtbot, store, settings, events):
    panel = make_panel(qtbot, store, settings, events["first"])
    assert panel.problem() == NO_PLAN
    assert NO_PLAN == "This event has no seating plan yet: make one on the Seating tab."
    assert not panel.plan_combo.isEnabled() and panel.plan_combo.toolTip() == NO_PLAN


def test_the_kind_exports_what_the_panel_says(qtbot, store, settings, events, tmp_path):
    panel = make_panel(qtbot, store, settings, events["second"])
    panel.paper_choice.set_paper("letter")
    context = PrintContext(store, settings, store.get_event(events["second"]))
    path = tmp_path / "chart.pdf"
    seen = []
    assert SEATING.export(SEATING.prepare(context), str(path), panel.options(),
                          lambda done, total: seen.append((done, total)))  # fmt: skip
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2 and seen[-1] == (2, 2)
    assert {round(float(reader.pages[1].mediabox.width)), 612} == {612}
    text = reader.pages[0].extract_text()
    assert "Round table, Moscow" in text and "Kortunov" in text
    assert not SEATING.export(SEATING.prepare(context), str(tmp_path / "stop.pdf"),
                              panel.options(), lambda done, total: False)  # fmt: skip
    assert not (tmp_path / "stop.pdf").exists()


def test_the_dialog_previews_the_chart(qtbot, store, settings, events):
    context = PrintContext(store, settings, store.get_event(events["dc"]))
    dialog = PrintDialog(None, context, printables.all_kinds(), "seating")
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    assert dialog.kind_combo.currentText() == "Seating chart"
    qtbot.waitUntil(
        lambda: dialog.ready_path is not None and dialog.preview.document.pageCount() > 0,
        timeout=WAIT_MS,
    )
    reader = PdfReader(dialog.ready_path)
    assert len(reader.pages) == dialog.preview.document.pageCount() == 2
    assert "Edward Boyle" in reader.pages[0].extract_text()
    assert dialog.save_button.isEnabled()


def test_the_dialog_shows_the_problem_instead_of_a_preview(qtbot, store, settings, events):
    context = PrintContext(store, settings, store.get_event(events["first"]))
    dialog = PrintDialog(None, context, printables.all_kinds(), "seating")
    qtbot.addWidget(dialog)
    dialog.show()
    assert NO_PLAN in dialog.preview.message_text()
    assert not dialog.builder.busy and not dialog.print_button.isEnabled()
    assert dialog.ready_path is None


def test_poster_papers_for_big_plans_only_here(qtbot, store, settings, events, tmp_path):
    """A3 and Tabloid are offered for the seating chart ("for big plans") and passed to the
    export; the pick is kept for the chart alone, and other kinds still offer A4 and Letter."""
    from roundtable.gui.printing.agenda_print import AgendaPanel

    panel = make_panel(qtbot, store, settings, events["dc"])
    buttons = panel.paper_choice.buttons
    assert list(buttons) == ["a4", "letter", "a3", "tabloid"]
    assert buttons["a3"].text() == "A3 (for big plans)"
    assert buttons["tabloid"].text() == "Tabloid (for big plans)"
    assert panel.options()["paper"] == "a4"  # the default stays A4 (or Letter)
    with qtbot.waitSignal(panel.changed):
        panel.paper_choice.set_paper("a3")
    assert panel.options() == {"paper": "a3", "plan": "Round table, Seminar Room"}
    assert make_panel(qtbot, store, settings, events["dc"]).options()["paper"] == "a3"
    context = PrintContext(store, settings, store.get_event(events["dc"]))
    agenda = AgendaPanel(context)
    qtbot.addWidget(agenda)
    assert list(agenda.paper_choice.buttons) == ["a4", "letter"]
    assert agenda.options()["paper"] == "a4"
    path = tmp_path / "poster.pdf"
    assert SEATING.export(SEATING.prepare(context), str(path), panel.options(), None)
    sizes = {tuple(sorted((round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))))
             for p in PdfReader(str(path)).pages}  # fmt: skip
    assert sizes == {(841.89, 1190.55)}
    panel.paper_choice.set_paper("tabloid")
    assert SEATING.export(SEATING.prepare(context), str(path), panel.options(), None)
    sizes = {tuple(sorted((round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))))
             for p in PdfReader(str(path)).pages}  # fmt: skip
    assert sizes == {(792.0, 1224.0)}
