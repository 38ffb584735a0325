"""The first hour, walked through as three new users and photographed at a laptop's size.

    xvfb-run -a -s "-screen 0 1600x1000x24" python tools/screenshot_first_hour.py [OUT_DIR]
    QT_QPA_PLATFORM=offscreen python tools/screenshot_first_hour.py [OUT_DIR] [--size 1366x768]

* The organiser creates "Arctic Security Roundtable" in the event dialog (dates and times typed),
  adds six people and a four-item agenda, seats them automatically and opens the name cards:
  first-hour-organiser-<tab>.png for every tab of the main window, then the print dialog.
* The moderator opens the Washington roundtable, prints its agenda (one page, on US Letter)
  and runs the timer through the first item and into the second: first-hour-moderator-*.png.
* Staff add a journal entry during the meeting and read the log: first-hour-staff-*.png.

Every main-window shot is at ``--size`` (1280×800 by default); the timer is shown at the same
size. The store's clock is a SetClock, so the timings and the log read the same on every run.
Writes into OUT_DIR (docs/screenshots by default) and prints each path; a temporary database
and temporary settings are used, nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_dialogs import add_people_and_agenda, fill_event, settle, when_modal

from roundtable.domain.clock import SetClock
from roundtable.gui.common.preferences_dialog import PreferencesDialog, should_ask_name
from roundtable.gui.events.event_editor import EventEditorDialog
from roundtable.gui.log.log_entry_dialog import LogEntryDialog
from roundtable.gui.log.timer_window import TimerWindow
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.seating.seating_dialogs import AutoSeatDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_LOG, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TAB_NAMES = ("overview", "participants", "agenda", "seating", "log")


class Walk:
    def __init__(self, out_dir: Path, size: tuple[int, int]) -> None:
        self.out_dir = out_dir
        self.size = size

    def save(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out_dir / f"first-hour-{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)

    def every_tab(self, window: MainWindow, who: str) -> None:
        for index, name in enumerate(TAB_NAMES):
            window.event_tabs.setCurrentIndex(index)
            self.save(window, f"{who}-{name}")


def wait_for_pages(dialog: PrintDialog) -> None:
    """Until the preview is built and drawn (QPdfView renders in a thread of its own)."""
    app = QApplication.instance()
    end = time.monotonic() + 30
    while dialog.ready_path is None or dialog.builder.busy:
        if time.monotonic() > end:
            raise SystemExit(f"no preview for {dialog.kind.label}")
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + 0.6
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def look_at_print(walk: Walk, name: str, kind_key: str):
    """The action for ``when_modal``: switch the open print dialog to ``kind_key``, wait for
    its pages, take the shot and close it."""

    def act(dialog: PrintDialog) -> None:
        dialog.resize(*walk.size)
        dialog.select_kind(kind_key)
        wait_for_pages(dialog)
        walk.save(dialog, name)
        dialog.reject()

    return act


def organiser(walk: Walk, window: MainWindow, store: Store, settings: QSettings, tmp: Path) -> None:
    def give_name(dialog: PreferencesDialog) -> None:
        dialog.name_edit.setFocus()
        QTest.keyClicks(dialog.name_edit, "Olga Organiser")
        walk.save(dialog, "organiser-name")
        dialog.accept()

    # As app.run() does after the first show; it asks only when the account has no full name
    # (a container's "root"), else the status bar says which name changes carry.
    if should_ask_name(settings):
        when_modal(PreferencesDialog, give_name)
    window.greet()
    walk.save(window, "organiser-first-start")
    attachment = tmp / "programme.pdf"
    attachment.write_bytes(b"%PDF-1.4 programme")
    quiet = Walk(tmp, walk.size)  # the dialog's own shots are screenshot_dialogs.py's
    when_modal(EventEditorDialog, lambda dialog: fill_event(dialog, quiet, attachment))
    window.new_event()
    (event,) = store.list_events()
    add_people_and_agenda(store, event.id)
    window.reload()
    window.select_event(event.id)
    when_modal(AutoSeatDialog, lambda dialog: dialog.accept())
    window.event_tabs.setCurrentIndex(TAB_NAMES.index("seating"))
    window.seating_view.auto_seat()
    walk.every_tab(window, "organiser")
    when_modal(PrintDialog, look_at_print(walk, "organiser-print-namecards", "namecards"))
    window.print_event()


def moderator(walk: Walk, window: MainWindow, store: Store, clock: SetClock) -> None:
    dc = store.resolve_event(DC)
    window.reload()
    window.select_event(dc)
    window.event_tabs.setCurrentIndex(TAB_NAMES.index("overview"))
    walk.save(window, "moderator-overview")
    when_modal(PrintDialog, look_at_print(walk, "moderator-print-agenda", "agenda"))
    window.print_event()

    timer = window.run_session()
    if not isinstance(timer, TimerWindow):
        raise SystemExit("the timer did not open on the DC roundtable")
    timer.resize(*walk.size)
    QTest.keyClick(timer, Qt.Key.Key_Space)  # start the opening remarks
    clock.advance(minutes=11, seconds=20)  # the opening runs over its ten minutes
    timer.refresh()  # as its next tick would
    walk.save(timer, "moderator-timer-over")
    QTest.keyClick(timer, Qt.Key.Key_Down)  # on to the discussion
    clock.advance(minutes=6)
    timer.refresh()
    walk.save(timer, "moderator-timer")
    QTest.keyClick(timer, Qt.Key.Key_Space)  # a pause, so the session stays open for staff
    timer.hide()  # as the moderator puts it behind the main window


def staff(walk: Walk, window: MainWindow, clock: SetClock) -> None:
    clock.advance(minutes=2)

    def write(dialog: LogEntryDialog) -> None:
        dialog.text_edit.setFocus()
        QTest.keyClicks(dialog.text_edit, "Question from the floor on sanctions relief.")
        walk.save(dialog, "staff-entry")
        dialog.accept()

    when_modal(LogEntryDialog, write)
    window.add_log_entry()
    window.event_tabs.setCurrentIndex(TAB_LOG)
    walk.save(window, "staff-log")


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: draw off-screen
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--size", default="1280x800", help="the main window's size, WxH")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    walk = Walk(args.out_dir, (width, height))

    application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "first-hour.sqlite3"))
        clock = SetClock(datetime(2018, 2, 26, 15, 30, tzinfo=UTC))
        store.clock = clock
        window = MainWindow(store, settings)
        window.resize(width, height)
        window.show()
        settle()
        organiser(walk, window, store, settings, Path(tmp))
        load_demo(store)
        moderator(walk, window, store, clock)
        staff(walk, window, clock)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, TimerWindow):
                widget.close()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
