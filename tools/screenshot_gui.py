"""Screenshots of the GUI, to look at it as a user would (and for docs/screenshot.png).

    QT_QPA_PLATFORM=offscreen python tools/screenshot_gui.py OUT_DIR [--no-demo]
    xvfb-run -a python tools/screenshot_gui.py OUT_DIR

Writes into OUT_DIR: empty-state.png, main-window.png (example events loaded, the Trilateral
dialogue's second round selected when there is one), series-overview.png, editor-<tab>.png for
each tab of the event editor, dc-roundtable.png, organisation-dialog.png and about.png. Uses
a temporary database and temporary settings; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roundtable.domain.records import OrganisationRecord
from roundtable.gui.common.organisation_dialog import OrganisationDialog
from roundtable.gui.events.event_editor import EventEditorDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1280, 800)


def pick_event(window: MainWindow) -> int | None:
    events = window._store.list_events()
    trilateral = [e for e in events if "trilateral" in f"{e.series_name} {e.title}".casefold()]
    for event in trilateral:
        if event.round_number == 2:
            return event.id
    chosen = trilateral or events
    return chosen[0].id if chosen else None


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: draw off-screen
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--no-demo", action="store_true", help="only the empty state")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        save(window, args.out_dir / "empty-state.png")
        if args.no_demo:
            store.close()
            return 0

        load_demo(store)
        window.reload()
        dc = store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018")
        window.select_event(dc)
        save(window, args.out_dir / "dc-roundtable.png")
        event_id = pick_event(window)
        if event_id is not None:
            window.select_event(event_id)
        save(window, args.out_dir / "main-window.png")

        group = window.proxy.index(0, 0)
        window._select_index(group)
        save(window, args.out_dir / "series-overview.png")

        if event_id is not None:
            window.select_event(event_id)
            record = store.get_event(event_id, with_attachment_data=True)
            dialog = EventEditorDialog(window, store, record)
            dialog.show()
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                name = dialog.tabs.tabText(index).replace("&&", "and").replace("&", "")
                slug = name.lower().replace(" ", "-")
                save(dialog, args.out_dir / f"editor-{index + 1}-{slug}.png")
            dialog.close()

        org = OrganisationDialog(window, OrganisationRecord(name="Asan Institute"))
        org.show()
        save(org, args.out_dir / "organisation-dialog.png")
        org.close()

        def grab_about() -> None:
            for widget in app.topLevelWidgets():
                if isinstance(widget, QMessageBox) and widget.isVisible():
                    save(widget, args.out_dir / "about.png")
                    widget.accept()

        QTimer.singleShot(200, grab_about)
        window.show_about()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
