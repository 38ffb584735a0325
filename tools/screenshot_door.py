"""A screenshot of the Participants tab at the door, to look at it as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_door.py OUT_DIR [--docs]

Loads the example events into a temporary database, opens the DC roundtable's Participants
tab with everyone confirmed (the example is held: everyone attended), marks one arrival
with the keyboard (so the list shows "Attended" and the line its
message), then types a few letters of the next guest's name. Writes attendance-door.png to
OUT_DIR; ``--docs`` copies it to docs/screenshots. Nothing of the user's is touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from shots import save_shot, settle, shot_arguments

from roundtable.domain.enums import Attendance
from roundtable.gui.common.fonts import register_missing_fonts
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_PARTICIPANTS, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
DC_SLUG = "dc-policy-forum-russia-us-japan-alliance-2018"


def main() -> int:
    args = shot_arguments(__doc__.split("\n\n")[0])
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "door.sqlite3"))
        load_demo(store)
        event_id = store.resolve_event(DC_SLUG)
        # The example is held and everyone attended: show it on the morning, all confirmed.
        event = store.get_event(event_id)
        for participation in event.participants:
            participation.attendance = Attendance.CONFIRMED
        store.save_event(event)
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        register_missing_fonts()
        window.select_event(event_id)
        window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
        settle(app)
        view = window.participants_view
        assert view is not None
        view.open_door()
        QTest.keyClicks(view.door.line, "golu")
        QTest.keyClick(view.door.line, Qt.Key.Key_Return)
        settle(app)
        QTest.keyClicks(view.door.line, "iwa")
        settle(app)
        save_shot(window, args.out_dir, "attendance-door.png", docs=args.docs)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
