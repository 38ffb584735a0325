"""Screenshots of Roundtable in Japanese and Russian, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_languages.py [OUT_DIR] [--languages ja ru]
    xvfb-run -a python tools/screenshot_languages.py

For each language, with the example events in a temporary database and temporary settings,
writes into OUT_DIR (docs/screenshots by default):

* ``<lang>-main-window.png``: the Trilateral dialogue's second round, Overview tab;
* ``<lang>-dc-<tab>.png``: the Washington roundtable's Participants, Agenda, Seating and Log tabs;
* ``<lang>-people.png``: the people directory;
* ``<lang>-print-agenda.png``: the print dialog on the DC agenda (its PDF in that language);
* ``<lang>-import-columns.png``, ``<lang>-import-preview.png``: the import wizard on the
  office's own list (tests/data: Windows-1251 with ``;`` in Moscow, Shift_JIS in Tokyo), with
  the encoding it detected;
* ``<lang>-preferences.png``: Edit ▸ Preferences with its Language choice;
* ``<lang>-agenda-pdf-<event>-<page>.png``: the agenda PDFs of both example events, written by
  ``roundtable export agenda --language <lang>`` and turned into pictures by ``pdftoppm -r 60``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
EVENTS = {"dc": "dc-policy-forum-russia-us-japan-alliance-2018"}


def settle(seconds: float = 0.3) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    settle(0.2)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def gui_shots(language: str, out: Path, tmp: str) -> None:
    from roundtable.gui.common.preferences_dialog import PreferencesDialog, load_preferences
    from roundtable.gui.common.translations import install_language
    from roundtable.gui.printing.print_dialog import PrintDialog
    from roundtable.gui.printing.print_kinds import PrintContext
    from roundtable.gui.printing.printables import all_kinds
    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.services.demo import load_demo
    from roundtable.store.facade import Store

    install_language(language)
    settings = QSettings(os.path.join(tmp, f"settings-{language}.ini"),
                         QSettings.Format.IniFormat)  # fmt: skip
    store = Store.open(os.path.join(tmp, f"shots-{language}.sqlite3"))
    ids = load_demo(store)
    events = [store.get_event(i) for i in ids]
    second = next(e for e in events if e.title.endswith("Second Round"))
    dc = store.get_event(store.resolve_event(EVENTS["dc"]))
    window = MainWindow(store, settings)
    window.resize(*SIZE)
    window.show()
    window.reload()
    window.select_event(second.id)
    save(window, out / f"{language}-main-window.png")
    window.select_event(dc.id)
    tabs = window.event_tabs
    for index, key in enumerate(("participants", "agenda", "seating", "log"), start=1):
        tabs.setCurrentIndex(index)
        settle(0.5)
        save(window, out / f"{language}-dc-{key}.png")
    tabs.setCurrentIndex(0)
    window.window_actions.people_mode_action.trigger()
    settle(0.5)
    save(window, out / f"{language}-people.png")

    dialog = PrintDialog(None, PrintContext(store, settings, dc), all_kinds(), "agenda")
    dialog.resize(1120, 800)
    dialog.show()
    end = time.monotonic() + 30
    while dialog.ready_path is None or dialog.builder.busy:
        if time.monotonic() > end:
            raise SystemExit("no print preview")
        settle(0.05)
    settle(0.8)
    save(dialog, out / f"{language}-print-agenda.png")
    dialog.reject()

    # The office's own list, as its Excel saves it: the encoding shown and the columns read.
    from roundtable.gui.participants.import_wizard import ImportWizard

    data = Path(__file__).resolve().parent.parent / "tests" / "data"
    listed = data / (
        "ja_participants_cp932.csv" if language == "ja" else "ru_participants_cp1251.csv"
    )
    wizard = ImportWizard(window, store, second, path=str(listed))
    wizard.resize(1000, 640)
    wizard.show()
    wizard.next()
    save(wizard, out / f"{language}-import-columns.png")
    wizard.next()
    save(wizard, out / f"{language}-import-preview.png")
    wizard.reject()

    preferences = PreferencesDialog(None, load_preferences(settings))
    preferences.show()
    save(preferences, out / f"{language}-preferences.png")
    preferences.reject()
    window.close()
    store.close()


def pdf_shots(language: str, out: Path, tmp: str) -> None:
    db = os.path.join(tmp, f"pdf-{language}.sqlite3")
    run = [sys.executable, "-m", "roundtable", "--db", db]
    subprocess.run([*run, "demo"], check=True, capture_output=True)
    slugs = {"dc": EVENTS["dc"], "trilateral": "us-japan-russia-trilateral-round-2-2017"}
    for name, slug in slugs.items():
        pdf = Path(tmp) / f"{language}-{name}-agenda.pdf"
        subprocess.run([*run, "export", "agenda", slug, "-o", str(pdf), "--language", language],
                       check=True)  # fmt: skip
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf),
                        str(out / f"{language}-agenda-pdf-{name}")], check=True)  # fmt: skip
        print(subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout)


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--languages", nargs="+", default=["ja", "ru"])
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    from roundtable.gui.shell.app import application

    application()
    with tempfile.TemporaryDirectory() as tmp:
        for language in args.languages:
            gui_shots(language, args.out_dir, tmp)
            if not args.no_pdf:
                pdf_shots(language, args.out_dir, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
