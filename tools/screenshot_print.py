"""Screenshots of the print dialog with the example events, to look at it as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_print.py [OUT_DIR]

Writes into OUT_DIR (docs/screenshots by default), using a temporary database and settings:

* print-agenda-*.png, print-bios-*.png, print-namecards-*.png for the Trilateral dialogue's
  second round ("trilateral", on A4: Moscow) and the Washington roundtable ("dc", on US Letter,
  the paper of its venue's country; its booklet at page 2);
* print-agenda-dc-programme.png: the DC agenda with its participants left out;
* print-seating-dc.png, print-log-dc.png: the other kinds, as a moderator walks through them;
* print-saved.png: name cards saved as a PDF, then the bios booklet shown; the status bar line
  the window gets is printed (it names the name cards, not the booklet);
* print-namecards-avery.png: two people picked in the Participants tab, on Avery 5305;
* print-building.png, print-updating.png, print-stopped.png: a slow build with nothing to show
  yet, then over the pages it replaces, then cancelled;
* print-nothing.png: a booklet with no one in it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from roundtable.gui.common import export_dialogs
from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.gui.printing.printables import all_kinds
from roundtable.gui.shell.app import application
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1120, 800)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for_pages(app: QApplication, dialog: PrintDialog) -> None:
    end = time.monotonic() + 20
    while dialog.ready_path is None or dialog.builder.busy:
        if time.monotonic() > end:
            raise SystemExit(f"no preview for {dialog.kind.label}")
        app.processEvents()
        time.sleep(0.01)
    settle(app, 0.6)  # QPdfView renders its pages in a thread of its own


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance(), 0.1)
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
        # No paper picked yet: each event starts on its venue's (Letter in Washington).
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        events = {store.get_event(i).title: i for i in load_demo(store)}
        second = store.get_event(next(i for t, i in events.items() if t.endswith("Second Round")))
        dc = store.get_event(next(i for t, i in events.items() if t.startswith("Russia in")))

        def dialog_for(event, key: str) -> PrintDialog:
            dialog = PrintDialog(None, PrintContext(store, settings, event), all_kinds(), key)
            dialog.resize(*SIZE)
            dialog.show()
            wait_for_pages(app, dialog)
            return dialog

        for event, name in ((second, "trilateral"), (dc, "dc")):
            dialog = dialog_for(event, "agenda")
            save(dialog, args.out_dir / f"print-agenda-{name}.png")
            dialog.select_kind("bios")
            wait_for_pages(app, dialog)
            if name == "dc":
                dialog.preview.fit_page()
                dialog.preview.next_page()
                settle(app, 0.6)
            save(dialog, args.out_dir / f"print-bios-{name}.png")
            dialog.select_kind("namecards")
            wait_for_pages(app, dialog)
            save(dialog, args.out_dir / f"print-namecards-{name}.png")
            dialog.reject()

        # The DC agenda without its participants, then its seating chart and its log.
        dialog = dialog_for(dc, "agenda")
        dialog.panel.participants_box.setChecked(False)
        settle(app, 0.5)
        wait_for_pages(app, dialog)
        save(dialog, args.out_dir / "print-agenda-dc-programme.png")
        dialog.panel.participants_box.setChecked(True)  # not saved: not remembered
        for key in ("seating", "log"):
            dialog.select_kind(key)
            wait_for_pages(app, dialog)
            save(dialog, args.out_dir / f"print-{key}-dc.png")
        dialog.reject()

        # Name cards saved as a PDF, then another kind shown: the window's status line must
        # still name the name cards.
        saved = Path(tmp) / "dc-namecards.pdf"
        export_dialogs.save_path = lambda *_args: str(saved)
        dialog = dialog_for(dc, "namecards")
        dialog.save_pdf()
        dialog.select_kind("bios")
        wait_for_pages(app, dialog)
        save(dialog, args.out_dir / "print-saved.png")
        print(f"status bar: {dialog.summary()}")
        dialog.reject()

        # Name cards for two people picked in the Participants tab, two to an Avery sheet.
        picked = [p.id for p in dc.participants[:2]]
        dialog = PrintDialog(None, PrintContext(store, settings, dc, picked), all_kinds(),
                             "namecards")  # fmt: skip
        dialog.resize(*SIZE)
        dialog.show()
        wait_for_pages(app, dialog)
        panel = dialog.panel
        panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("avery5305"))
        panel.switches["cut_marks"].setChecked(True)
        panel.switches["family_caps"].setChecked(True)
        settle(app, 0.5)
        wait_for_pages(app, dialog)
        save(dialog, args.out_dir / "print-namecards-avery.png")
        dialog.reject()

        # A slow build caught half-way: first with nothing to show yet (a card with the
        # progress), then over the pages it will replace (a strip), then stopped.
        slow_bios = next(k for k in all_kinds() if k.key == "bios")
        delay = {"seconds": 0.05}

        def slow_export(data, path, options, progress):
            for done in range(100):
                if progress(done, 100) is False:
                    return False
                time.sleep(delay["seconds"])
            return slow_bios.export(data, path, options, progress)

        kinds = [replace(slow_bios, export=slow_export)]
        dialog = PrintDialog(None, PrintContext(store, settings, dc), kinds, "bios")
        dialog.resize(*SIZE)
        dialog.show()
        settle(app, 1.5)
        save(dialog, args.out_dir / "print-building.png")
        delay["seconds"] = 0.0
        wait_for_pages(app, dialog)
        delay["seconds"] = 0.05
        dialog.panel.paper_choice.set_paper("letter")
        settle(app, 1.5)
        save(dialog, args.out_dir / "print-updating.png")
        dialog.cancel_build()
        settle(app, 0.3)
        save(dialog, args.out_dir / "print-stopped.png")
        dialog.reject()

        empty = next(i for t, i in events.items() if t.endswith("First Round"))
        dialog = PrintDialog(
            None, PrintContext(store, settings, store.get_event(empty)), all_kinds(), "bios"
        )
        dialog.resize(*SIZE)
        dialog.show()
        settle(app, 0.5)
        save(dialog, args.out_dir / "print-nothing.png")
        dialog.reject()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
