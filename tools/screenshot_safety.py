"""Screenshots of the data-safety messages, made by driving the real code paths, to look at them
as a user would (the issue's "done" asks for it) and for docs/screenshots/.

    xvfb-run -a python tools/screenshot_safety.py docs/screenshots
    QT_QPA_PLATFORM=offscreen python tools/screenshot_safety.py OUT_DIR

Writes into OUT_DIR:

- second-instance.png: another app already has the database open;
- read-only-window.png: the window opened read-only next to it (example events loaded);
- damaged-file.png: a zero-byte database with a good backup, at start-up;
- restored-at-start.png: what the user is told after restoring it;
- restore-dialog.png and restore-confirm.png: File ▸ Restore from backup with several backups;
- backup-done.png: File ▸ Back up now;
- missing-folder.png: a new database whose folder does not exist (a mistyped --db?);
- disk-full.png: an edit that does not fit on the disk (simulated with max_page_count).

Everything happens in a temporary folder with temporary settings; nothing of the user's is
touched. Modal message boxes are grabbed from a timer while they run, then closed.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event as sa_event

from roundtable.domain.records import AttachmentRecord
from roundtable.errors import UnusableDatabaseError
from roundtable.gui.events import event_editor
from roundtable.gui.shell import restore_dialog, safety_dialogs
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import MainWindow
from roundtable.gui.shell.session import SecondInstanceChoice, open_session
from roundtable.services.demo import load_demo
from roundtable.store.backups import STAMP, backup_folder, restore_backup
from roundtable.store.facade import Store
from roundtable.store.instance_lock import DatabaseLock

SIZE = (1280, 800)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def grab_message_box(path: Path, then: Callable[[QMessageBox], None] | None = None) -> None:
    """While the next modal message box runs: save it, then close it (or call ``then``)."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                timer.stop()
                save(widget, path)
                if then is not None:
                    then(widget)
                else:
                    widget.done(0)
                return

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    grab_message_box.timers.append(timer)  # type: ignore[attr-defined]


grab_message_box.timers = []  # type: ignore[attr-defined]


def click(label: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return
        box.done(0)

    return press


def make_backups(database: Path, store: Store, scratch: Path) -> None:
    """Backups as a database collects them over a few weeks: daily ones, one made by hand, one
    before an upgrade; older ones hold fewer events. Each is a real backup (of a scratch copy
    that loses an event between backups), named for its date; the database is not changed."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    store.backup_now(scratch)
    copy_store = Store.open(str(scratch), daily_backup=False)
    now = datetime.now().replace(second=0, microsecond=0)
    plan = [
        (now - timedelta(minutes=20), "manual"),
        (now.replace(hour=8, minute=57), "daily"),
        (now - timedelta(days=1, hours=2), "daily"),
        (now - timedelta(days=3, hours=5), "daily"),
        (now - timedelta(days=9, hours=1), "daily"),
        (now - timedelta(days=9, hours=1, minutes=2), "pre-migration"),
        (now - timedelta(days=38), "daily"),
    ]
    for when, reason in sorted(plan, key=lambda item: item[0], reverse=True):
        target = folder / f"{database.stem}-{when.strftime(STAMP)}-{reason}.sqlite3"
        copy_store.backup_now(target)
        events = copy_store.list_events()
        if len(events) > 1:
            copy_store.delete_event(events[-1].id)
    copy_store.close()


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    application()

    with tempfile.TemporaryDirectory(prefix="roundtable-") as tmp:
        folder = Path(tmp)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        database = folder / "roundtable.sqlite3"

        # A database with the example events, held open by "another app" (this script).
        store = Store.open(str(database), daily_backup=False)
        load_demo(store)
        store.close()
        holder = DatabaseLock(database)
        holder.acquire()

        box, _buttons = safety_dialogs.second_instance_box(None, database, holder.holder())
        box.show()
        save(box, out / "second-instance.png")
        box.close()

        missing = folder / "Events 2027" / "roundtable.sqlite3"
        box = safety_dialogs.create_folder_box(None, missing, missing.parent)
        box.show()
        save(box, out / "missing-folder.png")
        box.close()

        safety_dialogs.ask_second_instance = (  # type: ignore[assignment]
            lambda *_args: SecondInstanceChoice.READ_ONLY
        )
        session = open_session(str(database))
        window = MainWindow(session, settings)
        window.resize(*SIZE)
        window.show()
        events = session.store.list_events()
        trilateral = [e for e in events if e.round_number == 2] or events
        window.select_event(trilateral[0].id)
        save(window, out / "read-only-window.png")
        window.close()
        session.close()
        holder.release()

        # Back up now and Restore from backup, in a window that may write.
        session = open_session(str(database))
        make_backups(database, session.store, folder / "scratch.sqlite3")
        window = MainWindow(session, settings)
        window.resize(*SIZE)
        window.show()
        settle()
        grab_message_box(out / "backup-done.png")
        window.back_up_now()

        dialog = restore_dialog.RestoreDialog(window, database)
        dialog.show()
        dialog.table.selectRow(2)
        save(dialog, out / "restore-dialog.png")
        grab_message_box(out / "restore-confirm.png", click("Cancel"))
        dialog.restore_button.click()
        dialog.close()

        # Disk full during an edit: the same limit the tests use, on every new connection.
        store = session.store
        event_id = window.selected_event_id() or store.list_events()[0].id
        window.select_event(event_id)

        def add_scan(_parent, _store, record):
            changed = copy.deepcopy(record)
            changed.attachments.append(
                AttachmentRecord("Programme scan.pdf", data=os.urandom(400_000))
            )
            return changed, True

        event_editor.get_event = add_scan  # type: ignore[assignment]
        store.engine.dispose()

        def disk_full(connection, _record) -> None:
            cursor = connection.cursor()
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages + 1}")
            cursor.close()

        sa_event.listen(store.engine, "connect", disk_full)
        grab_message_box(out / "disk-full.png")
        window.edit_event()
        sa_event.remove(store.engine, "connect", disk_full)
        window.close()
        session.close()

        # A database emptied to zero bytes, with its good backups beside it.
        database.write_bytes(b"")
        for sidecar in ("-wal", "-shm"):
            Path(f"{database}{sidecar}").unlink(missing_ok=True)
        try:
            Store.open(str(database), daily_backup=False)
        except UnusableDatabaseError as error:
            box, _buttons = safety_dialogs.damaged_box(None, error)
            box.show()
            save(box, out / "damaged-file.png")
            box.close()
            grab_message_box(out / "restored-at-start.png")
            aside = restore_backup(database, error.backups[0].path)
            safety_dialogs.restored_at_start(None, database, error.backups[0], aside)
            if aside is None or aside.read_bytes() != b"":
                raise SystemExit("the zero-byte file was not kept as it was") from error
        else:
            raise SystemExit("a zero-byte file opened: the damaged-file check is missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
