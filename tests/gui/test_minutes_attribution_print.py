"""The print dialog's minutes panel and the event's attribution rule: "Non-attributed" on by
default under the Chatham House Rule, the texts that still name someone listed before saving
(Save anyway or Cancel), and off the record a question whose answer must be Yes."""

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from roundtable.domain.enums import Attribution
from roundtable.gui.printing.log_print import OFF_RECORD_QUESTION, MinutesPanel
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.services.demo import load_demo

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
Button = QMessageBox.StandardButton


def panel_for(qtbot, store, settings, rule: Attribution) -> MinutesPanel:
    load_demo(store)
    event = store.get_event(store.resolve_event(ROUND_2))
    panel = MinutesPanel(PrintContext(store, settings, replace(event, attribution=rule)))
    qtbot.addWidget(panel)
    return panel


def test_on_the_record_the_names_stay_and_nothing_is_asked(qtbot, store, settings, dialogs):
    panel = panel_for(qtbot, store, settings, Attribution.ON_RECORD)
    assert not panel.non_attributed.isChecked()
    assert panel.options()["non_attributed"] is False
    assert panel.confirm(panel, saving=True) and dialogs.calls == []


def test_under_chatham_house_the_naming_texts_are_listed_before_saving(
    qtbot, store, settings, dialogs
):
    panel = panel_for(qtbot, store, settings, Attribution.CHATHAM_HOUSE)
    assert panel.non_attributed.isChecked() and panel.options()["non_attributed"] is True
    with qtbot.waitSignal(panel.changed):
        panel.non_attributed.setChecked(False)
    assert panel.confirm(panel, saving=True) and dialogs.calls == []  # names wanted: no list
    panel.non_attributed.setChecked(True)
    dialogs.answer = Button.Cancel
    assert not panel.confirm(panel, saving=True)
    ((kind, title, text),) = dialogs.calls
    assert (kind, title) == ("question", "Minutes")
    assert "still name a participant" in text
    assert "• Wed 15 Mar 09:05: Japanese Ambassador to Russia Toyohisa Kozuki" in text
    dialogs.answer = Button.Save
    assert panel.confirm(panel, saving=True)
    dialogs.answer = Button.Ok  # printing: the go-ahead is OK
    assert panel.confirm(panel, saving=False)


def test_off_the_record_asks_first_and_no_stops(qtbot, store, settings, dialogs):
    panel = panel_for(qtbot, store, settings, Attribution.OFF_RECORD)
    assert not panel.non_attributed.isChecked()
    dialogs.answer = Button.No
    assert not panel.confirm(panel, saving=True)
    assert dialogs.calls == [("question", "Minutes", OFF_RECORD_QUESTION)]
    dialogs.answer = Button.Yes
    assert panel.confirm(panel, saving=True)
