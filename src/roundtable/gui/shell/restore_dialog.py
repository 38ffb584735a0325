"""File ▸ Restore from backup…: the backups beside the database, newest first, and a confirmation
that says what a restore does before anything is replaced.

Used from the running window and from the damaged-file question at start-up (then the current
file is unusable, and the words change: it is set aside, not backed up). ``get_backup`` is the
one entry point, so tests can answer it like the other dialogs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.local_dates import clock, long_date, weekday
from roundtable.services.dates import file_size
from roundtable.store.backups import BackupInfo, backup_folder, list_backups
from roundtable.wording import QT_TR_NOOP, tr

COLUMN_DATE, COLUMN_REASON, COLUMN_EVENTS, COLUMN_SIZE = range(4)
HEADERS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Reason"), QT_TR_NOOP("Events"), QT_TR_NOOP("Size"))

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's BackupInfo."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column correctly (a datetime, a count, a size in bytes)."""
RESTORABLE_ROLE = Qt.ItemDataRole.UserRole + 3
"""False for a backup whose events could not be read: it is listed, but cannot be chosen."""

CHOSEN_FILE = "file"
"""The reason given to a backup the user picked from elsewhere with "Other file…"."""

# Marked here, translated where shown (they are read before a translator is installed).
REASON_LABELS = {
    "daily": QT_TR_NOOP("Daily (automatic)"),
    "manual": QT_TR_NOOP("Back up now"),
    "pre-migration": QT_TR_NOOP("Before an upgrade"),
    "pre-restore": QT_TR_NOOP("Before a restore"),
    CHOSEN_FILE: QT_TR_NOOP("Chosen file"),
}
REASON_PHRASES = {
    "daily": QT_TR_NOOP("made automatically that day"),
    "manual": QT_TR_NOOP("made with File ▸ Back up now"),
    "pre-migration": QT_TR_NOOP("made before an upgrade"),
    "pre-restore": QT_TR_NOOP("made before a restore"),
}

Index = QModelIndex | QPersistentModelIndex


def when_text(moment: datetime, now: datetime | None = None, *, in_sentence: bool = False) -> str:
    """ "Today, 14:05", "Yesterday, 09:12", else "Thu 3 Dec 2026, 14:05" ("2026年12月3日（木）
    14:05", "чт, 3 дек. 2026 г., 14:05"): recent ones at a glance, older ones with the weekday
    that staff remember them by. ``in_sentence``: "today, 14:05", for running text."""
    today = (now or datetime.now()).date()
    time = clock(moment.time())
    if moment.date() == today:
        text = tr("today, {time}") if in_sentence else tr("Today, {time}")
        return text.format(time=time)
    if moment.date() == today - timedelta(days=1):
        text = tr("yesterday, {time}") if in_sentence else tr("Yesterday, {time}")
        return text.format(time=time)
    day = moment.date()
    return tr("{weekday} {date}, {time}").format(
        weekday=weekday(day, short=True), date=long_date(day, short_month=True), time=time
    )


def events_text(events: int | None) -> str:
    if events is None:
        return tr("unreadable")
    return tr("%n events", "", events)


def backup_sentence(info: BackupInfo, now: datetime | None = None) -> str:
    """For running text: "from today, 14:05, with 12 events (made automatically that day)".
    A phrase other sentences take whole as their ``{backup}``."""
    when = when_text(info.created, now, in_sentence=True)
    phrase = REASON_PHRASES.get(info.reason, "")
    how = tr(phrase) if phrase else ""
    if info.events is None:  # not offered for a restore, so hardly ever said
        text = tr("from {when} ({how})") if how else tr("from {when}")
    elif how:
        text = tr("from {when}, with %n events ({how})", "", info.events)
    else:
        text = tr("from {when}, with %n events", "", info.events)
    return text.format(when=when, how=how)


class BackupsModel(QAbstractTableModel):
    """Backups as a flat table, in the order given (newest first)."""

    def __init__(self, backups: list[BackupInfo] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = list(backups or [])
        self.now: datetime | None = None  # fixed in tests and screenshots; else the clock

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._backups[index.row()].events is None:
            return Qt.ItemFlag.NoItemFlags  # listed so nothing seems lost, but not choosable
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_DATE:
                return when_text(info.created, self.now)
            if column == COLUMN_REASON:
                label = REASON_LABELS.get(info.reason)
                return tr(label) if label else info.reason
            if column == COLUMN_EVENTS:
                return events_text(info.events)
            if column == COLUMN_SIZE:
                return file_size(info.size)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_EVENTS, COLUMN_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BACKUP_ROLE:
            return info
        if role == RESTORABLE_ROLE:
            return info.events is not None
        if role == SORT_ROLE:
            return (info.created, info.reason, -1 if info.events is None else info.events,
                    info.size)[column]  # fmt: skip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return tr(HEADERS[section])
        return None


def backup_from_file(path: Path) -> BackupInfo:
    """A file picked with "Other file…", described like a backup. Raises UserError if it is
    not a good Roundtable database."""
    from roundtable.errors import UserError
    from roundtable.store.sqlite_files import inspect_file

    report = inspect_file(path)
    if not report.ok:
        raise UserError(f"{path} {report.problem}")
    stat = path.stat()
    return BackupInfo(
        path=path,
        created=datetime.fromtimestamp(stat.st_mtime),
        reason=CHOSEN_FILE,
        size=stat.st_size,
        events=report.counts.get("event", 0),
    )


class RestoreDialog(QDialog):
    """Lists the backups of ``database``; accepted once the user has confirmed one."""

    def __init__(
        self,
        parent: QWidget | None,
        database: Path,
        *,
        current_problem: str = "",
        backups: list[BackupInfo] | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.current_problem = current_problem
        self._chosen: BackupInfo | None = None
        self.setWindowTitle(tr("Restore from backup"))

        intro = QLabel()
        intro.setWordWrap(True)
        if current_problem:
            intro.setText(
                tr(
                    "Choose the backup to put in place of {file}. The file as it is now is "
                    "kept, unchanged, beside it."
                ).format(file=database.name)
            )
        else:
            intro.setText(
                tr(
                    "Backups of {database}, newest first. Roundtable makes one the first time "
                    "the database is opened each day and one before every upgrade; File ▸ Back "
                    "up now makes one at any time."
                ).format(database=database)
            )

        self.model = BackupsModel(list_backups(database) if backups is None else backups, self)
        self.model.now = now
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_REASON, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.accept())

        self.empty_label = QLabel(
            tr("There are no backups of {file} yet.").format(file=database.name)
        )

        effect = QLabel()
        effect.setWordWrap(True)
        if current_problem:
            effect.setText(
                tr(
                    "Backups that cannot be read are greyed out. The damaged file itself is "
                    "never changed."
                )
            )
        else:
            effect.setText(
                tr(
                    "Restoring replaces the events in this database with the backup's. The "
                    "database as it is now is backed up first, so you can go back to it; the "
                    "undo history is cleared."
                )
            )
        effect.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("Restore"))
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(tr("Other file…"))
        self.other_button.setToolTip(tr("Restore from a copy kept somewhere else"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(effect)
        layout.addWidget(self.buttons)
        # Only once both are in the layout: shown without a parent, a label is a window.
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._select_first_restorable()
        self._update_buttons()
        self.resize(640, 420)

    def _select_first_restorable(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(RESTORABLE_ROLE):
                self.table.selectRow(row)
                return

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(BACKUP_ROLE) if rows else None

    def select_backup(self, path: Path) -> bool:
        for row in range(self.model.rowCount()):
            info = self.model.backup(row)
            if info is not None and info.path == path and info.events is not None:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def chosen(self) -> BackupInfo | None:
        return self._chosen

    def confirmation_text(self, info: BackupInfo) -> str:
        backup = backup_sentence(info, self.model.now)
        if self.current_problem:
            return tr(
                "Restore the backup {backup}?\n\nA copy of it is put in place of {database}. "
                "The file as it is now is kept, unchanged, beside it as “{file}.damaged-…”."
            ).format(backup=backup, database=self.database, file=self.database.name)
        return tr(
            "Restore the backup {backup}?\n\nThe events in {database} now are replaced by the "
            "backup's. Before that, the database as it is now is saved as a backup (“Before a "
            "restore”), so you can go back to it. The undo history is cleared."
        ).format(backup=backup, database=self.database)

    def _confirm(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Restore from backup"),
            self.confirmation_text(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        info = self.selected_backup()
        if info is None or not self._confirm(info):
            return
        self._chosen = info
        super().accept()

    def choose_other_file(self) -> None:
        """A copy kept elsewhere (a USB stick, another computer's backups folder)."""
        from roundtable.errors import UserError

        folder = backup_folder(self.database)
        filters = [tr("Roundtable databases") + " (*.sqlite3 *.db)", tr("All files") + " (*)"]
        name, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Restore from a file"),
            str(folder if folder.is_dir() else self.database.parent),
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.absolute() == self.database.absolute():
            QMessageBox.warning(
                self,
                tr("Restore from backup"),
                tr("That is the database itself; choose a copy of it."),
            )
            return
        try:
            info = backup_from_file(path)
        except UserError as exc:
            QMessageBox.warning(
                self,
                tr("Restore from backup"),
                tr("{reason}.\n\nChoose another file.").format(reason=exc),
            )
            return
        if not self._confirm(info):
            return
        self._chosen = info
        super().accept()


def get_backup(
    parent: QWidget | None, database: Path, *, current_problem: str = ""
) -> tuple[BackupInfo | None, bool]:
    """Let the user pick and confirm a backup of ``database``: (backup, True), or (None, False).

    ``current_problem`` (why the current file cannot be used) words the dialog for a damaged
    file, which is set aside rather than backed up.
    """
    dialog = RestoreDialog(parent, database, current_problem=current_problem)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen() if accepted else None
    return chosen, chosen is not None
