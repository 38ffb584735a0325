"""A screenshot of File ▸ New event from announcement's review step, to look at it as a user
would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_announcement.py OUT_DIR [--docs]

Pastes the DC roundtable's page (../shared/seeds/dc-policy-forum-roundtable.txt) into the
dialog on an empty temporary database, reads it, and puts the cursor in the street address, so
its words are highlighted strongly among every field's. Writes announcement-review.png to
OUT_DIR; ``--docs`` copies it to docs/screenshots. Nothing of the user's is touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from shots import save_shot, settle, shot_arguments

from roundtable.gui.common.fonts import register_missing_fonts
from roundtable.gui.events.announcement_dialog import AnnouncementDialog
from roundtable.gui.shell.app import application
from roundtable.store.facade import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "dc-policy-forum-roundtable.txt"
SIZE = (1280, 800)


def main() -> int:
    args = shot_arguments(__doc__.split("\n\n")[0])
    app = application()
    register_missing_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "announcement.sqlite3"))
        dialog = AnnouncementDialog(store, settings)
        dialog.resize(*SIZE)
        dialog.show()
        dialog.paste_box.setPlainText(SEED.read_text(encoding="utf-8"))
        dialog.read_text()
        settle(app)
        dialog.activateWindow()
        dialog.fields["venue_street"].setFocus()
        dialog.show_span_of("venue_street")
        settle(app)
        save_shot(dialog, args.out_dir, "announcement-review.png", docs=args.docs)
        dialog.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
