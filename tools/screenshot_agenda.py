"""Screenshots of the Agenda tab with the example events, to look at it as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_agenda.py [OUT_DIR]

Writes agenda-view-dc.png (the Washington roundtable, the day selected in its slot),
agenda-view-overrun.png (the same day run 20 minutes long) and agenda-view-trilateral.png (the
Trilateral dialogue's second round, its second day) into OUT_DIR, docs/screenshots by default.
Uses a temporary database and temporary settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_AGENDA, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1400, 860)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


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
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        ids = load_demo(store)
        events = {store.get_event(i).title: i for i in ids}
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.reload()
        window.splitter.setSizes([470, SIZE[0] - 470])
        window.tree.expandAll()
        window.tree.resizeColumnToContents(0)

        dc = next(i for title, i in events.items() if title.startswith("Russia in the US-Japan"))
        window.select_event(dc)
        window.event_tabs.setCurrentIndex(TAB_AGENDA)
        view = window.agenda_view
        assert view is not None
        view.select_rows([2])
        save(window, args.out_dir / "agenda-view-dc.png")

        # The same day run long: Q&A stretched past the slot end, to see the overrun drawn.
        long_day = store.get_event(dc)
        long_day.days[0].items[2].duration_minutes = 40
        store.save_event(long_day)
        window.reload()
        window.select_event(dc)
        view.select_rows([2])
        save(window, args.out_dir / "agenda-view-overrun.png")

        second = next(i for title, i in events.items() if title.endswith("Second Round"))
        window.select_event(second)
        view.day_combo.setCurrentIndex(1)
        view.select_rows([0])
        save(window, args.out_dir / "agenda-view-trilateral.png")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
