"""Screenshots of team mode as a second user sees it, to look at it as a user would.

    xvfb-run -a python tools/screenshot_team.py [OUT_DIR] [--db URL]

Opens the main window on the example events (a scratch SQLite file, or the PostgreSQL database
given with --db, whose events are replaced), then lets a second Store, "Bob", change things
while the window is open. Writes into OUT_DIR (docs/screenshots by default):

* team-refreshed.png: the Participants tab after Bob added a participant and renamed the event,
  as the window's change watch shows it (the selection kept);
* team-conflict.png: the message Alice gets when she changes an item's duration that Bob changed
  a moment before (the real dialog, grabbed while open);
* team-history.png: the Log tab's change history naming who made each change.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roundtable.domain.edits.agenda import SetItemFields
from roundtable.domain.edits.event import SetEventFields
from roundtable.domain.edits.participants import AddParticipants
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.gui.common.none_guard import guard_none
from roundtable.gui.log.log_model import SHOW_CHANGES
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_AGENDA, TAB_LOG, TAB_PARTICIPANTS, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1400, 860)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DC = "dc-policy-forum-russia-us-japan-alliance-2018"


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance())
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--db", help="a PostgreSQL URL to use instead of a scratch file")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    guard_none()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        database = args.db or os.path.join(tmp, "team.sqlite3")
        alice = Store.open(database, daily_backup=False)
        for event in alice.list_events():
            alice.delete_event(event.id)
        alice.author = "Alice Organiser"
        load_demo(alice)
        bob = Store.open(database, daily_backup=False)
        bob.author = "Bob Colleague"
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("preferences/user_name", "Alice Organiser")
        window = MainWindow(alice, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        event_id = alice.resolve_event(DC)
        window.select_event(event_id)
        window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
        settle(app)
        window.participants_view.table.selectRow(1)

        # Bob, elsewhere: a new participant and a shorter title.
        title = bob.get_event(event_id).title
        bob.apply(
            AddParticipants(
                event_id=event_id,
                entries=(ParticipationRecord(PersonRecord(given_name="Mina", family_name="Park")),),
                text="Added Mina Park",
            )
        )
        bob.apply(
            SetEventFields(
                event_id=event_id,
                changes={"title": (title, "Russia in the US-Japan Alliance?")},
                text="Shortened the title",
            )
        )
        window.change_watch.poll()
        save(window, args.out_dir / "team-refreshed.png")

        # Alice changes a duration Bob has just changed: refused, with the dialog saying why.
        window.event_tabs.setCurrentIndex(TAB_AGENDA)
        settle(app)
        agenda = window.agenda_view
        item = agenda.model.day.items[2]
        bob.apply(
            SetItemFields(
                item_id=item.id, changes={"duration_minutes": (item.duration_minutes, 25)}
            )
        )

        def grab_dialog() -> None:
            box = next(
                w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            )
            save(box, args.out_dir / "team-conflict.png")
            box.accept()

        QTimer.singleShot(300, grab_dialog)
        agenda.set_value(2, "duration_minutes", 15)
        settle(app)

        window.event_tabs.setCurrentIndex(TAB_LOG)
        settle(app)
        log = window.log_view
        log.show_combo.setCurrentIndex(log.show_combo.findData(SHOW_CHANGES))
        save(window, args.out_dir / "team-history.png")
        window.close()
        bob.close()
        alice.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
