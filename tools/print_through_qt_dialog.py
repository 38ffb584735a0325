"""Print name cards through Qt's real print dialog, as a user does, and check what came out.

The tests stand in for QPrintDialog; this runs the real one (under Xvfb, or any display):
the print dialog previews the DC roundtable's name cards, Print… opens Qt's dialog, which is
photographed (docs/screenshots/qt-print-dialog.png), pointed at "Print to File (PDF)" in a
scratch folder and accepted. The printed file must have one landscape A4 page per card.

    xvfb-run -a python tools/print_through_qt_dialog.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.gui.printing.print_dialog import PrintDialog
from roundtable.gui.printing.print_kinds import PrintContext
from roundtable.gui.printing.printables import all_kinds
from roundtable.gui.shell.app import application
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "qt-print-dialog.png"


def main() -> int:
    app = application()
    scratch = Path(tempfile.mkdtemp(prefix="roundtable-print-"))
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    store = Store.open(str(scratch / "demo.sqlite3"))
    events = [store.get_event(i) for i in load_demo(store)]
    dc = next(e for e in events if e.slug.startswith("dc-policy-forum"))
    dialog = PrintDialog(None, PrintContext(store, settings, dc), all_kinds(), "namecards")
    dialog.resize(1120, 800)
    dialog.show()
    deadline = time.monotonic() + 30
    while dialog.ready_path is None or dialog.builder.busy:
        if time.monotonic() > deadline:
            raise SystemExit("the preview was not made")
        app.processEvents()
        time.sleep(0.01)
    target = scratch / "printed.pdf"

    def answer() -> None:
        qt_dialog = QApplication.activeModalWidget()
        if not isinstance(qt_dialog, QPrintDialog):
            QTimer.singleShot(200, answer)
            return
        qt_dialog.grab().save(str(SHOT))
        for line in qt_dialog.findChildren(QLineEdit):
            if line.text().endswith(".pdf"):
                line.setText(str(target))
        qt_dialog.accept()

    QTimer.singleShot(300, answer)
    printed = dialog.print_pages()
    pages = PdfReader(str(target)).pages if target.exists() else []
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages}
    print(f"printed: {printed}; {len(pages)} pages, sizes {sizes}; dialog shot: {SHOT}")
    store.close()
    ok = printed and len(pages) == len(dc.participants) and sizes == {(842, 595)}
    print("OK" if ok else "NOT OK")
    return 0 if ok else 1


if __name__ == "__main__":
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
