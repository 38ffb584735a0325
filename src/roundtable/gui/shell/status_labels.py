"""The lasting parts of the main window's status bar: the database it works on, whether that
is read-only, and how many events and people it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from roundtable.errors import UserError
from roundtable.gui.shell.read_only import READ_ONLY_NOTE
from roundtable.store.facade import Store
from roundtable.wording import tr


class StatusLabels:
    def __init__(self, bar: QStatusBar, database: str) -> None:
        self.database_label = QLabel(database)
        self.database_label.setToolTip(tr("The database this window works on"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.access_label = QLabel(tr("Read-only"))
        self.access_label.setToolTip(tr(READ_ONLY_NOTE))
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.access_label)
        bar.addPermanentWidget(self.counts_label)

    def show_database(self, name: str, writable: bool) -> None:
        self.database_label.setText(name)
        self.access_label.setVisible(not writable)

    def show_counts(self, events: int, store: Store) -> None:
        """``events`` as listed; the people are counted here (0 if they cannot be)."""
        try:
            people = store.count_people()
        except UserError:
            people = 0
        counted_events, counted_people = tr("%n events", "", events), tr("%n people", "", people)
        self.counts_label.setText(f"{counted_events} · {counted_people}")
