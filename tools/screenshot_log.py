"""Screenshots of the Log tab with the example events, to look at it as a user would.

    xvfb-run -a -s "-screen 0 1400x1000x24" python tools/screenshot_log.py [OUT_DIR]

Writes into OUT_DIR (docs/screenshots by default), from a temporary database with the example
events and temporary settings. The Trilateral's second round brings its log from the demo; the
tool adds a few saved changes around the meeting (so the change history has something to show,
by the programme officer set in the preferences) and one more edit of an entry:

* log-view-journal.png: the journal and the change history in one time line, an entry selected;
* log-view-filtered.png: journal only, searched for a person as one types;
* log-view-entry-dialog.png: the "New log entry" dialog, with an agenda item and a person;
* log-view-earlier-versions.png: an edited entry, its earlier versions in the details pane;
* log-view-changes.png: the change history alone, for one area;
* log-view-minutes.png: the minutes page with an addition not saved yet;
* log-view-planned-actual.png: planned against actual from the demo's timings;
* log-view-preferences.png and log-view-first-name.png: Edit ▸ Preferences, and the one-time
  question before the first entry (asked only when the system knows no more than a login name);
* log-view-first-start.png: the status-bar note of the first start, naming who changes are
  recorded as;
* log-view-export.png: "Export log…" and its save dialog, offering PDF, CSV and Markdown;
* log-view-timing-entry.png: a timing entry, its length in the details pane.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QWidget

from roundtable.domain.clock import SetClock
from roundtable.domain.enums import ChangeArea, LogCategory
from roundtable.gui.common.preferences_dialog import (
    NAME_KEY,
    Preferences,
    PreferencesDialog,
    first_start_note,
    load_preferences,
)
from roundtable.gui.log.log_entry_dialog import LogEntryDialog
from roundtable.gui.log.log_model import SHOW_CHANGES, SHOW_JOURNAL
from roundtable.gui.log.log_view import PAGE_JOURNAL, PAGE_MINUTES, PAGE_PLANNED
from roundtable.gui.printing.log_print import LOG_FILE_FILTERS
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_LOG, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1400, 900)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
OFFICER = "NCAFP programme officer"


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance())
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def utc(text: str) -> datetime:
    """A moment around the meeting, written in UTC (Moscow is +3)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_history(store: Store, event_id: int, clock: SetClock) -> None:
    """Changes saved before and during the meeting, as the change history records them."""
    clock.at(utc("2017-03-14T15:10:00"))
    event = store.get_event(event_id)
    event.venue.name = "Russian International Affairs Council"
    store.save_event(event)

    clock.at(utc("2017-03-15T05:45:00"))
    event = store.get_event(event_id)
    event.days[0].items[0].room = "Conference hall"
    event.days[0].items[1].room = "Conference hall"
    store.save_event(event)

    clock.at(utc("2017-03-15T05:52:00"))
    event = store.get_event(event_id)
    plan = event.seating_plans[0]
    free = next(n for n in range(plan.seat_count, 0, -1) if plan.seat(n).participation_id is None)
    plan.seat(free).label = "Interpreter"
    store.save_event(event)

    clock.at(utc("2017-03-16T07:45:00"))
    event = store.get_event(event_id)
    event.days[1].items[1].duration_minutes = 80
    store.save_event(event)


def edit_again(store: Store, clock: SetClock) -> None:
    """The demo's edited entry, re-worded once more after the meeting: two earlier versions."""
    entry = next(e for e in store.event_log(store.resolve_event(ROUND_2)).entries if e.revisions)
    clock.at(utc("2017-03-17T08:15:00"))
    entry.text = (
        "Participants noted that the Putin-Abe meeting in December 2016 marked progress in "
        "Moscow-Tokyo relations, yet obstacles to rapprochement remain.\n\nSeveral speakers "
        "named the peace treaty and the sanctions as the main obstacles."
    )
    store.edit_log_entry(entry)


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args()
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(NAME_KEY, OFFICER)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        clock = SetClock(utc("2017-03-14T15:00:00"))
        store.clock = clock
        store.author = OFFICER
        load_demo(store)
        moscow = store.resolve_event(ROUND_2)
        add_history(store, moscow, clock)
        edit_again(store, clock)
        clock.at(utc("2017-03-16T12:20:00"))  # "now": late on the second day, 15:20 in Moscow

        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.reload()
        window.splitter.setSizes([400, SIZE[0] - 400])
        window.tree.expandAll()
        window.select_event(moscow)
        window.event_tabs.setCurrentIndex(TAB_LOG)
        view = window.log_view
        assert view is not None
        settle(app)
        view.splitter.setSizes([480, 230])

        # The journal and the history together, the decision of the last session selected.
        decision = next(r for r in view.model.rows if r.entry and r.entry.category
                        is LogCategory.DECISION)  # fmt: skip
        view.select_key(decision.key)
        view.quick_edit.setText("Closing reception moved to the RIAC library")
        view.quick_category.setCurrentIndex(view.quick_category.findData("logistics"))
        save(window, out / "log-view-journal.png")
        view.quick_edit.clear()
        view.quick_category.setCurrentIndex(0)

        # Journal only, searched for a person: the search covers people and agenda items too.
        view.set_filters(show=SHOW_JOURNAL, search="Kortunov")
        first = view.visible_rows()[0]
        view.select_key(first.key)
        save(window, out / "log-view-filtered.png")

        # The change history alone, one area.
        view.set_filters(show=SHOW_CHANGES, area=ChangeArea.AGENDA)
        rows = view.visible_rows()
        if rows:
            view.select_key(rows[-1].key)
        save(window, out / "log-view-changes.png")
        view.set_filters()

        # A timing entry: its length in the details, as its text and the exports give it.
        timing = next(r for r in view.model.rows if r.entry and r.length_text)
        view.select_key(timing.key)
        save(window, out / "log-view-timing-entry.png")

        # An edited entry: the details pane with its earlier versions.
        edited = next(r for r in view.model.rows if r.edited)
        view.select_key(edited.key)
        view.splitter.setSizes([300, 410])
        save(window, out / "log-view-earlier-versions.png")
        view.splitter.setSizes([480, 230])

        # The entry dialog, as "Add entry…" opens it, filled in.
        event = store.get_event(moscow)
        dialog = LogEntryDialog(window, event, now=clock.now,
                                text="Send the RIAC delegation the draft summary of the "
                                "Korean Peninsula session for comment.")  # fmt: skip
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("action_item"))
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(event.days[1].items[2].id))
        dialog.show()
        save(dialog, out / "log-view-entry-dialog.png")
        dialog.close()

        # The minutes, with an addition not saved yet.
        view.pages.setCurrentIndex(PAGE_MINUTES)
        editor = view.minutes.editor
        editor.setPlainText(
            editor.toPlainText()
            + "\n\nNext steps: the summary goes to the three delegations by 31 March; the "
            "Tokyo Foundation offered to host the third round."
        )
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.setFocus()
        save(window, out / "log-view-minutes.png")
        view.minutes.revert()

        view.pages.setCurrentIndex(PAGE_PLANNED)
        save(window, out / "log-view-planned-actual.png")
        view.pages.setCurrentIndex(PAGE_JOURNAL)

        preferences = PreferencesDialog(window, load_preferences(settings))
        preferences.show()
        save(preferences, out / "log-view-preferences.png")
        preferences.close()
        first_time = PreferencesDialog(window, Preferences(), first_time=True)
        first_time.show()
        save(first_time, out / "log-view-first-name.png")
        first_time.close()

        # The first start's note (the main window shows it), with a fresh settings file.
        fresh = QSettings(os.path.join(tmp, "fresh.ini"), QSettings.Format.IniFormat)
        store.author = "Jane Doe"  # what default_author() finds in the account's full name
        window.statusBar().showMessage(first_start_note(fresh, store) or "")
        save(window, out / "log-view-first-start.png")
        window.statusBar().clearMessage()
        store.author = OFFICER

        # "Export log…" beside "Print log…", and the save dialog it opens.
        chooser = QFileDialog(window, "Export the log", tmp, ";;".join(LOG_FILE_FILTERS))
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.selectFile("us-japan-russia-trilateral-round-2-2017-log.pdf")
        chooser.show()
        settle(app)
        combo = chooser.findChild(QComboBox, "fileTypeCombo")
        area = chooser.frameGeometry()
        if combo is not None:  # the list of types is a window of its own: grab the screen
            combo.showPopup()
            settle(app)
            area = area.united(combo.view().window().frameGeometry())
        shot = chooser.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
        shot.save(str(out / "log-view-export.png"))
        print(out / "log-view-export.png")
        chooser.close()

        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
