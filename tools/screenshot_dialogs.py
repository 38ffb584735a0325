"""Screenshots of the event dialog and the auto-seat dialog, walked through as a new organiser
would: a new event with its dates and times typed, two organisations, an attachment, then six
people, a four-item agenda, the event opened again, and a table seated automatically.

    xvfb-run -a -s "-screen 0 1600x1000x24" python tools/screenshot_dialogs.py OUT_DIR
    QT_QPA_PLATFORM=offscreen python tools/screenshot_dialogs.py OUT_DIR

The event dialog and the auto-seat dialog are driven inside their own modal loops (opened by
the main window as the user's clicks open them), with real key events for what is typed.
Writes dialogs-NN-*.png into OUT_DIR and prints each path. Uses a temporary database and
temporary settings; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from roundtable.domain.enums import AgendaItemKind, Attendance, ParticipantRole, TableShape
from roundtable.domain.records import AgendaItemRecord, PersonRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.common.organisation_dialog import OrganisationDialog
from roundtable.gui.events.event_editor import (
    TAB_ATTACHMENTS,
    TAB_ORGANISATIONS,
    TAB_WHEN_WHERE,
    EventEditorDialog,
)
from roundtable.gui.seating.seating_dialogs import AutoSeatDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_AGENDA, TAB_SEATING, MainWindow
from roundtable.services.edits.agenda import add_item_edit
from roundtable.services.edits.participants import add_edit
from roundtable.services.edits.seating import add_plan_edit
from roundtable.store.facade import Store

SIZE = (1280, 800)
PEOPLE = [  # given, family, role
    ("Anna", "Lindqvist", ParticipantRole.MODERATOR),
    ("Daniel", "Okafor", ParticipantRole.HOST),
    ("Yuko", "Tanaka", ParticipantRole.PARTICIPANT),
    ("Pavel", "Sorokin", ParticipantRole.PARTICIPANT),
    ("Min-jun", "Kim", ParticipantRole.DISCUSSANT),
    ("Maria", "Costa", ParticipantRole.RAPPORTEUR),
]
AGENDA = [  # title, minutes, kind
    ("Welcome and introductions", 15, AgendaItemKind.OPENING_REMARKS),
    ("Security in the High North", 75, AgendaItemKind.SESSION),
    ("Lunch", 60, AgendaItemKind.LUNCH),
    ("Shipping, fisheries and the law of the sea", 90, AgendaItemKind.ROUNDTABLE_DISCUSSION),
]


class Shots:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.count = 0

    def save(self, widget: QWidget, name: str) -> None:
        settle()
        self.count += 1
        path = self.out_dir / f"dialogs-{self.count:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)


def settle() -> None:
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()


def type_into(widget: QWidget, text: str, then_tab: bool = True) -> None:
    """Click into ``widget`` and type ``text`` (and Tab out), as a user does; ASCII only, as
    QTest types it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()
    QTest.keyClicks(widget, text)
    if then_tab:
        QTest.keyClick(widget, Qt.Key.Key_Tab)


def when_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next ``kind`` dialog once its modal loop has started."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                widget.activateWindow()
                settle()
                act(widget)
                return
        QTimer.singleShot(50, find)

    QTimer.singleShot(50, find)


def fill_event(dialog: EventEditorDialog, shots: Shots, attachment: Path) -> None:
    type_into(dialog.title_edit, "Arctic Security Roundtable", then_tab=False)
    shots.save(dialog, "new-event")

    dialog.tabs.setCurrentIndex(TAB_WHEN_WHERE)
    type_into(dialog.start_date_edit.edit, "Wed 14 Apr 2027", then_tab=False)
    shots.save(dialog, "start-date-typed")
    QTest.keyClick(dialog.start_date_edit.edit, Qt.Key.Key_Tab)
    type_into(dialog.start_time_edit, "930")
    type_into(dialog.end_date_edit.edit, "15 apr")
    type_into(dialog.end_time_edit, "5pm")
    for name, text in (("name", "Fram Centre"), ("city", "Tromso"), ("country", "Norway")):
        type_into(dialog.venue_edits[name], text, then_tab=False)
    shots.save(dialog, "dates-and-venue")

    dialog.tabs.setCurrentIndex(TAB_ORGANISATIONS)
    page = dialog.organisations_page
    page.add_combo.setFocus()
    QTest.keyClicks(page.add_combo, "Arctic Institute")
    QTest.keyClick(page.add_combo, Qt.Key.Key_Return)  # a new one, added at once
    shots.save(dialog, "organisation-added")

    def describe(organisation: OrganisationDialog) -> None:
        organisation.country_edit.setText("South Korea")
        organisation.short_name_edit.setText("Asan")
        shots.save(organisation, "organisation-dialog")
        QTest.keyClick(organisation.name_edit, Qt.Key.Key_Return)

    page.add_role.setCurrentIndex(1)
    page.add_combo.setFocus()
    QTest.keyClicks(page.add_combo, "Asan Institute for Policy Studies")
    when_modal(OrganisationDialog, describe)
    page.new_button.click()
    shots.save(dialog, "organisations")

    dialog.tabs.setCurrentIndex(TAB_ATTACHMENTS)
    dialog.attachments_page.add_file(attachment)
    shots.save(dialog, "attachments")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def add_people_and_agenda(store: Store, event_id: int) -> None:
    """Six people and a four-item agenda, as the Participants and Agenda tabs would add them
    (those tabs are not what this tool looks at)."""
    for given, family, role in PEOPLE:
        event = store.get_event(event_id)
        person = PersonRecord(given_name=given, family_name=family)
        store.apply(add_edit(event, [person], role=role, attendance=Attendance.CONFIRMED))
    event = store.get_event(event_id)
    day = event.days[0]
    for title, minutes, kind in AGENDA:
        store.apply(add_item_edit(day, AgendaItemRecord(title, minutes, kind)))
        day = store.get_event(event_id).days[0]
    plan = SeatingPlanRecord(
        name="Main table", shape=TableShape.ROUND, seat_count=8, day_date=day.day_date
    )
    store.apply(add_plan_edit(store.get_event(event_id), plan))


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: draw off-screen
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    shots = Shots(args.out_dir)

    application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "walkthrough.sqlite3"))
        attachment = Path(tmp) / "programme.pdf"
        attachment.write_bytes(b"%PDF-1.4 programme")
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle()

        when_modal(EventEditorDialog, lambda d: fill_event(d, shots, attachment))
        window.new_event()  # the dialog, then CreateEventCommand with what it returned
        events = store.list_events()
        if len(events) != 1:
            raise SystemExit("the new event was not created")
        event_id = events[0].id
        created = store.get_event(event_id)
        for day in created.days:
            print(f"day {day.day_date}: slot {day.slot_start}–{day.slot_end}")
        assert created.days and created.days[0].day_date == date(2027, 4, 14)

        add_people_and_agenda(store, event_id)
        window.reload()
        window.select_event(event_id)

        def look_and_cancel(dialog: EventEditorDialog) -> None:
            dialog.tabs.setCurrentIndex(TAB_WHEN_WHERE)
            shots.save(dialog, "edit-event-dates")
            dialog.reject()

        when_modal(EventEditorDialog, look_and_cancel)
        window.edit_event()  # an existing event: its days only move with the start date
        window.event_tabs.setCurrentIndex(TAB_AGENDA)
        shots.save(window, "agenda")

        window.event_tabs.setCurrentIndex(TAB_SEATING)
        view = window.seating_view

        def seat(dialog: AutoSeatDialog) -> None:
            shots.save(dialog, "auto-seat")
            dialog.guest_combo.showPopup()
            settle()
            shots.save(dialog.guest_combo.view().window(), "auto-seat-guest-choices")
            dialog.guest_combo.hidePopup()
            dialog.accept()

        when_modal(AutoSeatDialog, seat)
        view.auto_seat()
        shots.save(window, "seated")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
