"""The editor page for files kept with an event: flyers, photos, documents.

Files are read into the record when added and written to the database with the event, so
"Add" and "Remove" are undone together with the rest of the edit.
"""

from __future__ import annotations

import copy
import mimetypes
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.atomic_write import write_bytes_atomically
from roundtable.domain.enums import AttachmentKind
from roundtable.domain.file_names import safe_file_name, suggested_path
from roundtable.domain.limits import MAX_ATTACHMENT_BYTES
from roundtable.domain.records import AttachmentRecord
from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.services.dates import file_size
from roundtable.services.input_files import open_input
from roundtable.wording import tr

MAX_ATTACHMENT = MAX_ATTACHMENT_BYTES

COLUMN_FILE, COLUMN_KIND, COLUMN_SIZE, COLUMN_CAPTION = range(4)


def guess_kind(filename: str, mime_type: str) -> AttachmentKind:
    if "flyer" in filename.casefold():
        return AttachmentKind.FLYER
    if mime_type.startswith("image/"):
        return AttachmentKind.PHOTO
    return AttachmentKind.DOCUMENT


def attachment_from_file(path: Path) -> AttachmentRecord:
    """Read a file into a new attachment; UserError with the reason if it cannot be used
    (a named pipe or a device is refused rather than read forever)."""
    with open_input(path, tr("a file to attach")) as stream:
        try:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_ATTACHMENT:
                raise UserError(
                    tr("{file} is {size}; attachments can be at most {limit}").format(
                        file=path.name, size=file_size(size), limit=file_size(MAX_ATTACHMENT)
                    )
                )
            data = stream.read(MAX_ATTACHMENT + 1)
        except OSError as exc:
            raise UserError(
                tr("cannot read {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                )
            ) from exc
    if len(data) > MAX_ATTACHMENT:  # it grew while being read
        raise UserError(
            tr("{file} is larger than {limit}").format(
                file=path.name, limit=file_size(MAX_ATTACHMENT)
            )
        )
    name = safe_file_name(path.name)
    mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return AttachmentRecord(
        filename=name,
        kind=guess_kind(name, mime_type),
        mime_type=mime_type,
        size=len(data),
        data=data,
    )


class AttachmentsPage(QWidget):
    def __init__(self, store, attachments: list[AttachmentRecord], parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._items = [copy.deepcopy(a) for a in attachments]
        self._folder = str(Path.home())

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Kind"), tr("Size"), tr("Caption")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COLUMN_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_CAPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMN_FILE, 220)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(tr("&Add from file…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button = QPushButton(tr("&Save as…"))
        self.save_button.clicked.connect(self.save_selected)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button):
            side.addWidget(button)
        side.addStretch(1)

        rows = QHBoxLayout()
        rows.addWidget(self.table, 1)
        rows.addLayout(side)
        hint = QLabel(
            tr(
                "Files are stored in the database with the event, so they travel with "
                "exported bundles. Double-click a caption to change it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(rows)
        self._render()

    def _render(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            name = QTableWidgetItem(item.filename)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(item.mime_type)
            self.table.setItem(row, COLUMN_FILE, name)
            kind = QComboBox()
            for k in AttachmentKind:
                kind.addItem(k.label, k)
            kind.setCurrentIndex(kind.findData(item.kind))
            kind.currentIndexChanged.connect(
                # Qt hands StrEnum data back as plain strings: the record keeps the kind.
                lambda _i, c=kind, r=row: setattr(
                    self._items[r], "kind", AttachmentKind(c.currentData())
                )
            )
            self.table.setCellWidget(row, COLUMN_KIND, kind)
            size = QTableWidgetItem(file_size(item.size))
            size.setFlags(size.flags() & ~Qt.ItemFlag.ItemIsEditable)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COLUMN_SIZE, size)
            self.table.setItem(row, COLUMN_CAPTION, QTableWidgetItem(item.caption))
        if select is not None and 0 <= select < len(self._items):
            self.table.selectRow(select)
        self._update_buttons()

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        selected = self._selected() >= 0
        self.remove_button.setEnabled(selected)
        self.save_button.setEnabled(selected)

    def _sync_captions(self) -> None:
        for row, item in enumerate(self._items):
            cell = self.table.item(row, COLUMN_CAPTION)
            item.caption = cell.text().strip() if cell else ""

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Add attachments"), self._folder, tr("All files") + " (*)"
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> AttachmentRecord | None:
        try:
            record = attachment_from_file(path)
        except UserError as exc:
            QMessageBox.warning(self, tr("Add attachment"), sentence(exc))
            return None
        self._folder = str(path.parent)
        self._sync_captions()
        self._items.append(record)
        self._render(select=len(self._items) - 1)
        return record

    def remove_selected(self) -> None:
        row = self._selected()
        if row < 0:
            return
        self._sync_captions()
        del self._items[row]
        self._render(select=min(row, len(self._items) - 1))

    def save_selected(self) -> str | None:
        row = self._selected()
        if row < 0:
            return None
        item = self._items[row]
        path, _ = QFileDialog.getSaveFileName(  # a bundle's name could hold a path
            self,
            tr("Save attachment"),
            suggested_path(self._folder, item.filename),
            tr("All files") + " (*)",
        )
        if not path:
            return None
        try:
            data = item.data
            if data is None:
                assert item.id is not None
                data = self._store.attachment_data(item.id)
            write_bytes_atomically(path, data)  # never a half-written file
        except (UserError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                tr("Save attachment"),
                tr("Could not save {file}: {reason}").format(file=item.filename, reason=reason),
            )
            return None
        self._folder = str(Path(path).parent)
        return path

    def attachments(self) -> list[AttachmentRecord]:
        self._sync_captions()
        return [copy.deepcopy(a) for a in self._items]
