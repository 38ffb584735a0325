"""Screenshots of a start: the window painted first (the events list while the database opens)
and the main window that takes its place, to check they line up.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_first_paint.py OUT_DIR
    xvfb-run -a python tools/screenshot_first_paint.py OUT_DIR

Loads the example events into a temporary database, paints the first window from the plain
sqlite3 read as a start does, grabs it (first-paint.png), builds the main window, hands over
and grabs that (first-paint-main.png). Nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from roundtable.gui.shell.first_paint import FirstPaintWindow
from roundtable.gui.shell.main_window import MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.early_read import early_events
from roundtable.store.facade import Store
from roundtable.store.instance_lock import DatabaseLock


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roundtable.sqlite3"
        store = Store.open(str(path), daily_backup=False)
        load_demo(store)
        store.close()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        events = early_events(path)
        assert events is not None, "the example database should be read early"
        first = FirstPaintWindow(events, path.name, settings, DatabaseLock(path))
        first.resize(1200, 760)
        first.show()
        app.processEvents()
        first.grab().save(str(args.out / "first-paint.png"))
        store = Store.open(str(path), daily_backup=False)
        main_window = MainWindow(store, settings)
        first.hand_over(main_window)
        for _ in range(5):
            app.processEvents()
        main_window.grab().save(str(args.out / "first-paint-main.png"))
        main_window.close()
        store.close()
    print(f"wrote first-paint.png and first-paint-main.png to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
