"""Photograph the user guide as F1 opens it on the main window's Seating tab.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_help.py OUT.png
    xvfb-run -a python tools/screenshot_help.py OUT.png

Loads the example events into a temporary database, selects the first, shows its Seating tab,
triggers Help › User guide and saves the help window. Nothing of the user's is touched.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    app = QApplication(sys.argv[:1])
    from roundtable.gui.help.guide_window import GuideWindow
    from roundtable.gui.shell.main_window import TAB_SEATING, MainWindow
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "db.sqlite3"), daily_backup=False)
        ids = load_demo(store)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        window.resize(1100, 720)
        window.show()
        window.select_event(ids[0])
        window.event_tabs.setCurrentIndex(TAB_SEATING)
        for _ in range(20):
            app.processEvents()
        window.guide_action.trigger()
        for _ in range(20):
            app.processEvents()
        guide = window.findChild(GuideWindow)
        assert guide is not None, "F1 should open the guide"
        guide.grab().save(sys.argv[1])
        print(f"{guide.current_page()} -> {sys.argv[1]}")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
