"""The questions asked before the window opens: another app already has this database, or the
file cannot be used. Also the notes after a restore at start-up.

Each question is a QMessageBox built by a ``*_box`` function (so tools/screenshot_safety.py can
show it without running it) and asked by an ``ask_*`` function (which tests replace). Only
``restore_backup`` ever touches a damaged file, and only to rename it aside, byte for byte.
"""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from roundtable import APP_NAME
from roundtable.domain.local_dates import clock, long_date, month_name
from roundtable.errors import UnusableDatabaseError
from roundtable.gui.common.messages import sentence
from roundtable.gui.shell.restore_dialog import backup_sentence
from roundtable.gui.shell.session_choices import DamagedChoice, SecondInstanceChoice
from roundtable.store.backups import BackupInfo, backup_folder
from roundtable.wording import tr

Buttons = dict[QAbstractButton, Any]


def since_text(since: str, now: datetime | None = None) -> str:
    """ "14:05" today, "21 Nov, 14:05" this year, "21 Nov 2025, 14:05" before ("11月21日 14:05",
    "21 нояб., 14:05" in this year); "" if unknown."""
    try:
        moment = datetime.fromisoformat(since)
    except (TypeError, ValueError):
        return ""
    now = now or datetime.now()
    time = clock(moment.time())
    if moment.date() == now.date():
        return time
    if moment.year == now.year:
        return tr("{day} {month}, {time}").format(
            day=moment.day, month=month_name(moment.date(), short=True), time=time
        )
    return tr("{date}, {time}").format(date=long_date(moment.date(), short_month=True), time=time)


def holder_text(holder: dict[str, Any], now: datetime | None = None) -> str:
    """Who has the file: "since 14:05, process 4242" (and the computer, if it is another)."""
    parts = []
    since = since_text(str(holder.get("since") or ""), now)
    if since:
        parts.append(tr("since {time}").format(time=since))
    if holder.get("pid"):
        parts.append(tr("process {pid}").format(pid=holder["pid"]))
    host = holder.get("host")
    if host and host != socket.gethostname():
        parts.append(tr("on the computer “{host}”").format(host=host))
    return ", ".join(parts)


# -- another app has the database -------------------------------------------------------------


def second_instance_box(
    parent: QWidget | None, path: Path, holder: dict[str, Any], note: str = ""
) -> tuple[QMessageBox, Buttons]:
    who = holder_text(holder)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(APP_NAME)
    if who:
        box.setText(tr("Roundtable is already open on {path} ({who}).").format(path=path, who=who))
    else:
        box.setText(tr("Roundtable is already open on {path}.").format(path=path))
    advice = tr(
        "Only one window at a time can change a database, so that no change gets lost. "
        "Switch to that window to work there, or open the database here to look at it "
        "without changing anything."
    )
    box.setInformativeText(f"{note}\n\n{advice}" if note else advice)
    raise_button = box.addButton(tr("Bring that window forward"), QMessageBox.ButtonRole.AcceptRole)
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(raise_button)
    box.setEscapeButton(cancel)
    return box, {
        raise_button: SecondInstanceChoice.RAISE,
        read_only: SecondInstanceChoice.READ_ONLY,
        cancel: SecondInstanceChoice.CANCEL,
    }


def ask_second_instance(
    parent: QWidget | None, path: Path, holder: dict[str, Any], note: str = ""
) -> SecondInstanceChoice:
    box, buttons = second_instance_box(parent, path, holder, note)
    box.exec()
    return buttons.get(box.clickedButton(), SecondInstanceChoice.CANCEL)


def unreachable_note(holder: dict[str, Any]) -> str:
    pid = holder.get("pid")
    if pid:
        return tr(
            "That window could not be reached (process {pid} did not answer): it may be busy, "
            "stuck, or running on another computer. Look for it on your screen, or open the "
            "database read-only."
        ).format(pid=pid)
    return tr(
        "That window could not be reached (the other app did not answer): it may be busy, "
        "stuck, or running on another computer. Look for it on your screen, or open the "
        "database read-only."
    )


# -- the file cannot be used --------------------------------------------------------------------


def plain_problem(reason: str, shown: str | None = None) -> str:
    """What is wrong with the file, for someone who has never heard of SQLite. ``reason`` is
    the store's English cause (matched here); ``shown`` the same in the user's language, said
    as it is when no plainer words are known."""
    if reason.startswith("is empty"):
        return tr(
            "The file is empty (0 bytes), so there is nothing in it to open. This usually "
            "happens when copying, syncing or saving it was cut off."
        )
    if reason.startswith("is not an SQLite database"):
        return tr(
            "The file is not a Roundtable database: it holds something else, perhaps another "
            "document saved under this name."
        )
    if reason.startswith(("failed its integrity check", "is damaged")):
        return tr(
            "The file is damaged: parts of it cannot be read, so Roundtable will not work on "
            "it (that could make things worse)."
        )
    if reason.startswith("was written by a newer version"):
        return tr(
            "It was saved by a newer version of Roundtable, which this version cannot read. "
            "Installing the newer version opens it with everything in it; a backup made by "
            "this version lacks what was added since."
        )
    if reason.startswith("is not a Roundtable database"):
        return tr(
            "The file belongs to another program: it has tables Roundtable does not know. "
            "Check that this is the file you meant to open."
        )
    return tr("The file {reason}.").format(reason=shown or reason)


def damaged_box(
    parent: QWidget | None, error: UnusableDatabaseError
) -> tuple[QMessageBox, Buttons]:
    path = Path(error.path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(tr("Roundtable cannot open {path}").format(path=path))
    parts = [plain_problem(error.cause, error.reason)]
    if error.backups:
        newest = backup_sentence(error.backups[0])
        parts.append(tr("The newest good backup is {backup}.").format(backup=newest))
        parts.append(
            tr(
                "Restoring it puts a copy of it in place of this file. The file as it is now is "
                "kept, unchanged, beside it as “{file}.damaged-…”."
            ).format(file=path.name)
        )
    else:
        parts.append(
            tr(
                "No good backup of it was found in {folder}. If you have a copy elsewhere, "
                "choose it; the file as it is now is kept, unchanged."
            ).format(folder=backup_folder(path))
        )
    box.setInformativeText("\n\n".join(parts))
    box.setDetailedText(f"{path} {error.reason}")
    buttons: Buttons = {}
    if error.backups:
        restore = box.addButton(tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
        buttons[restore] = DamagedChoice.RESTORE_NEWEST
        box.setDefaultButton(restore)
        choose = box.addButton(tr("Choose another backup…"), QMessageBox.ButtonRole.ActionRole)
    else:
        choose = box.addButton(tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(choose)
    buttons[choose] = DamagedChoice.CHOOSE
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    buttons[quit_button] = DamagedChoice.QUIT
    box.setEscapeButton(quit_button)
    return box, buttons


def ask_damaged(parent: QWidget | None, error: UnusableDatabaseError) -> DamagedChoice:
    box, buttons = damaged_box(parent, error)
    box.exec()
    return buttons.get(box.clickedButton(), DamagedChoice.QUIT)


def create_folder_box(parent: QWidget | None, path: Path, folder: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(tr("The folder {folder} does not exist.").format(folder=folder))
    box.setInformativeText(
        tr(
            "Create it, and a new, empty database {file} in it?\n\n"
            "If the path was mistyped, choose Cancel: nothing will be made."
        ).format(file=path.name)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Create folder and database"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_create_folder(parent: QWidget | None, path: Path, folder: Path) -> bool:
    """Asked before a new database's missing folder is made; False changes nothing."""
    return create_folder_box(parent, path, folder).exec() == QMessageBox.StandardButton.Yes


def restored_at_start(
    parent: QWidget | None, path: Path, backup: BackupInfo, aside: Path | None
) -> None:
    text = tr("{path} was restored from the backup {backup}.").format(
        path=path, backup=backup_sentence(backup)
    )
    if aside is not None:
        text += "\n\n" + tr("The file it replaced was kept, unchanged, as:\n{path}").format(
            path=aside
        )
    QMessageBox.information(parent, APP_NAME, text)


def restore_failed(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(
        parent,
        APP_NAME,
        tr("{reason}\n\nNothing was changed. Choose another backup.").format(
            reason=sentence(message)
        ),
    )
