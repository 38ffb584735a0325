"""The event log and the minutes in the print dialog: offered after the seating chart, the log's
section and paper options (remembered), the pages each exports, and the clear refusal when
there are no minutes or no section is checked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader

from roundtable.gui.printing import printables
from roundtable.gui.printing.log_print import (
    LOG,
    MINUTES,
    NO_MINUTES,
    NO_SECTION,
    LogPanel,
    MinutesPanel,
)
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.services.demo import load_demo
from roundtable.services.log_export import LogSections

WAIT_MS = 15_000


@pytest.fixture
def events(store, settings):
    settings.setValue("export/paper", "a4")
    by_slug = {store.get_event(i).slug: i for i in load_demo(store)}
    return {
        "dc": next(i for s, i in by_slug.items() if s.startswith("dc-policy")),
        "second": next(i for s, i in by_slug.items() if s.endswith("round-2-2017")),
    }


def context_for(store, settings, event_id) -> PrintContext:
    return PrintContext(store, settings, store.get_event(event_id))


def log_panel(qtbot, store, settings, event_id) -> LogPanel:
    panel = LogPanel(context_for(store, settings, event_id))
    qtbot.addWidget(panel)
    return panel


def text_of(path) -> str:
    return " ".join("".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_kinds_come_after_the_seating_chart():
    keys = [kind.key for kind in printables.all_kinds()]
    assert keys[keys.index("seating") + 1 : keys.index("seating") + 3] == ["log", "minutes"]
    assert (LOG.label, LOG.file_suffix) == ("Event log", "log")
    assert (MINUTES.label, MINUTES.file_suffix) == ("Minutes", "minutes")


def test_log_options_sections_and_paper_are_remembered(qtbot, store, settings, events):
    panel = log_panel(qtbot, store, settings, events["second"])
    assert panel.problem() is None
    assert panel.options() == {"paper": "a4", "sections": LogSections()}
    assert [box.text() for box in panel.boxes.values()] == [
        "Minutes", "Journal", "Planned against actual", "Change history",
    ]  # fmt: skip
    with qtbot.waitSignal(panel.changed):
        panel.boxes["changes"].setChecked(False)
    with qtbot.waitSignal(panel.changed):
        panel.paper_choice.set_paper("letter")
    panel.save(settings)
    again = log_panel(qtbot, store, settings, events["second"])
    assert again.options() == {"paper": "letter", "sections": LogSections(changes=False)}


def test_no_section_checked_is_a_problem(qtbot, store, settings, events):
    panel = log_panel(qtbot, store, settings, events["second"])
    for box in panel.boxes.values():
        box.setChecked(False)
    assert panel.problem() == NO_SECTION
    panel.boxes["journal"].setChecked(True)
    assert panel.problem() is None


def test_an_event_without_minutes(qtbot, store, settings, events):
    panel = log_panel(qtbot, store, settings, events["dc"])
    minutes = panel.boxes["minutes"]
    assert not minutes.isEnabled() and not minutes.isChecked() and minutes.toolTip() == NO_MINUTES
    assert minutes.text() == "Minutes (none written yet)"
    assert panel.options()["sections"] == LogSections(minutes=False)
    for name in ("journal", "planned", "changes"):
        panel.boxes[name].setChecked(False)
    assert panel.problem() == NO_SECTION
    panel.save(settings)
    assert settings.value("log/minutes") is None  # a disabled box is not remembered
    minutes_panel = MinutesPanel(context_for(store, settings, events["dc"]))
    qtbot.addWidget(minutes_panel)
    assert minutes_panel.problem() == NO_MINUTES
    # One place for the minutes, called the same everywhere: the Log tab's Minutes page.
    assert NO_MINUTES == (
        "This event has no minutes yet: write them on the Log tab's Minutes page (Log ▸ Minutes)."
    )
    assert "Summary" not in NO_MINUTES


def test_the_kinds_export_what_the_panels_say(qtbot, store, settings, events, tmp_path):
    context = context_for(store, settings, events["second"])
    panel = log_panel(qtbot, store, settings, events["second"])
    panel.paper_choice.set_paper("letter")
    panel.boxes["minutes"].setChecked(False)
    seen = []
    path = tmp_path / "log.pdf"
    assert LOG.export(LOG.prepare(context), str(path), panel.options(),
                      lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen[-1][0] == seen[-1][1]
    reader = PdfReader(str(path))
    assert {round(float(page.mediabox.width)) for page in reader.pages} == {612}
    text = text_of(path)
    assert "Journal" in text and "Planned against actual" in text and "Change history" in text
    assert "The first day of meetings in Moscow" not in text  # the minutes were unchecked
    earlier = next(e for e in store.event_log(events["second"]).entries if e.revisions)
    assert " ".join(earlier.revisions[0].text.split()) in text  # an earlier text, kept
    minutes_path = tmp_path / "minutes.pdf"
    assert MINUTES.export(MINUTES.prepare(context), str(minutes_path), {"paper": "a4"},
                          lambda done, total: None)  # fmt: skip
    assert "The first day of meetings in Moscow" in text_of(minutes_path)
    stop = tmp_path / "stop.pdf"
    assert not LOG.export(LOG.prepare(context), str(stop), panel.options(), lambda d, t: False)
    assert not stop.exists()


def test_the_log_reads_the_store_when_prepared(qtbot, store, settings, events):
    """Entries written after the dialog opened on the event are in the log it prints."""
    from datetime import UTC, datetime

    from roundtable.domain.log import LogEntryRecord

    context = context_for(store, settings, events["second"])
    store.add_log_entry(events["second"], LogEntryRecord(
        at=datetime(2017, 3, 16, 13, 0, tzinfo=UTC), text="Written just now"))  # fmt: skip
    data = LOG.prepare(context)
    assert data.event is context.event
    assert data.log.entries[-1].text == "Written just now"


def test_the_dialog_previews_the_log_and_refuses_minutes_without_any(
    qtbot, store, settings, events
):
    context = context_for(store, settings, events["second"])
    dialog = PrintDialog(None, context, printables.all_kinds(), "log")
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    assert dialog.kind_combo.currentText() == "Event log"
    qtbot.waitUntil(
        lambda: dialog.ready_path is not None and dialog.preview.document.pageCount() > 0,
        timeout=WAIT_MS,
    )
    assert "Planned against actual" in text_of(dialog.ready_path)
    assert dialog.save_button.isEnabled()

    dc = store.get_event(events["dc"])
    empty = PrintContext(store, settings, replace(dc, summary=""))
    refused = PrintDialog(None, empty, printables.all_kinds(), "minutes")
    qtbot.addWidget(refused)
    refused.show()
    assert NO_MINUTES in refused.preview.message_text()
    assert not refused.print_button.isEnabled() and refused.ready_path is None
