"""File ▸ Back up now and File ▸ Restore from backup, and the daily backup after start-up.

A backup only reads the file, so a read-only window may make one; a restore replaces it, which
only the one window allowed to write may do (DatabaseSession says which).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QStatusBar, QWidget

from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.shell.session import DatabaseSession, ReopenError
from roundtable.store.backups import KEEP_RECENT
from roundtable.store.facade import Store
from roundtable.wording import tr


def _saved_text(events: int | None, folder: object, file: str) -> str:
    """What a backup made holds and where it went; then how many are kept."""
    if events is None:
        saved = tr(
            "A backup with an unknown number of events was saved in the folder\n{folder}\n"
            "as {file}."
        )
    else:
        saved = tr(
            "A backup with %n events was saved in the folder\n{folder}\nas {file}.", "", events
        )
    kept = tr(
        "Roundtable keeps the last %n backups and one from every month; File ▸ Restore from "
        "backup lists them.",
        "",
        KEEP_RECENT,
    )
    return saved.format(folder=folder, file=file) + "\n\n" + kept


def back_up_now(parent: QWidget, session: DatabaseSession, status: QStatusBar) -> None:
    if not session.can_back_up:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        info = session.store.backup_now()
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            tr("Back up now"),
            tr("{reason}\n\nNo backup was made.").format(reason=sentence(exc)),
        )
        return
    QApplication.restoreOverrideCursor()
    status.showMessage(tr("Backed up to {path}").format(path=info.path), 8000)
    QMessageBox.information(
        parent,
        tr("Back up now"),
        _saved_text(info.events, info.path.parent, info.path.name),
    )


def daily_backup(store: Store, status: QStatusBar) -> None:
    """The once-a-day backup, run just after the window is shown so start-up does not wait
    for it. A failure is only a warning on stderr: the user can still work."""
    info = store.backup_if_due()
    if info is not None:
        status.showMessage(
            tr("Today's automatic backup is in {folder}").format(folder=info.path.parent), 6000
        )


def restore_from_backup(
    parent: QWidget,
    session: DatabaseSession,
    undo_stack: QUndoStack,
    status: QStatusBar,
    reopened: Callable[[bool], None],
) -> None:
    """Ask for a backup and restore it. ``reopened(restored)`` is called once the session has
    a new Store (the restored file, or the old one again if the restore was refused), before
    the user is told how it went."""
    path = session.path
    if path is None or not session.can_restore:
        return
    from roundtable.gui.shell import restore_dialog

    backup, accepted = restore_dialog.get_backup(parent, path)
    if not accepted or backup is None:
        return
    # Commands remember the rows they wrote; after a restore those may not exist.
    undo_stack.clear()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        aside = session.restore(backup.path, on_wait=lambda: _waiting_for_writers(status))
    except ReopenError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, tr("Restore from backup"), sentence(exc))
        return
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        reopened(False)
        QMessageBox.warning(
            parent,
            tr("Restore from backup"),
            tr("{reason}\n\nNothing was changed.").format(reason=sentence(exc)),
        )
        return
    QApplication.restoreOverrideCursor()
    reopened(True)
    text = tr("{file} was restored from the backup {backup}.").format(
        file=path.name, backup=restore_dialog.backup_sentence(backup)
    )
    if aside is not None:
        kept = tr("The file it replaced was kept, unchanged, as:\n{path}").format(path=aside)
    else:
        kept = tr(
            "The database as it was before is kept too, as the backup “Before a restore” "
            "in File ▸ Restore from backup."
        )
    status.showMessage(
        tr("Restored {file} from {backup}").format(file=path.name, backup=backup.path.name), 8000
    )
    QMessageBox.information(parent, tr("Restore from backup"), f"{text}\n\n{kept}")


def _waiting_for_writers(status: QStatusBar) -> None:
    """A restore waits for commands still writing to the file (store/writer_lock.py).
    Painted at once: no events are handled while the file is closed."""
    status.showMessage(
        tr("Waiting for other programs writing to the database to finish before restoring…")
    )
    status.repaint()
