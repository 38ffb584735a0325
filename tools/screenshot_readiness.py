"""A screenshot of the Readiness tab, to look at it as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_readiness.py OUT_DIR [--docs]

Loads the example events into a temporary database and opens the Trilateral's second round
on its Readiness tab, one finding dismissed (so all three groups show) and a blocking one
selected. Writes readiness-trilateral-2.png to OUT_DIR; ``--docs`` copies it to
docs/screenshots. Nothing of the user's is touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from shots import save_shot, settle, shot_arguments

from roundtable.gui.common.fonts import register_missing_fonts
from roundtable.gui.readiness.readiness_view import ReadinessView
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
SLUG = "us-japan-russia-trilateral-round-2-2017"


def main() -> int:
    args = shot_arguments(__doc__.split("\n\n")[0])
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "ready.sqlite3"))
        load_demo(store)
        event_id = store.resolve_event(SLUG)
        store.dismiss_finding(event_id, "venue:address")
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        register_missing_fonts()
        window.select_event(event_id)
        view = window.event_tabs.show_tab("readiness")
        assert isinstance(view, ReadinessView)
        settle(app)
        first = next(f for f in view.findings if f.blocks)
        view.select_finding(first.key)
        settle(app)
        save_shot(window, args.out_dir, "readiness-trilateral-2.png", docs=args.docs)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
