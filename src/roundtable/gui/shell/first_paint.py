"""The window a start paints first: the events list as the user left it, while the rest loads.

Importing SQLAlchemy, the models and the window's views takes several times as long as Qt needs
to paint a window. Rather than show nothing for that long, the app paints this window at once
from a plain sqlite3 read (``store/early_read.py``): the same events list (the real pane, so it
looks and behaves the same: filter, fold, select), the saved size, place and split, the menus
greyed out and a status line that says the database is opening. The rest is imported on a
worker thread meanwhile, so the list keeps answering; then the main window takes over in the
same place, with whatever the user did here (the selected event, the filter typed, the series
folded) carried over.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSplitter, QToolBar

from roundtable.domain.records import EventSummary
from roundtable.gui.common.icons import app_icon
from roundtable.gui.shell import window_layout
from roundtable.gui.shell.events_pane import EventsPane
from roundtable.wording import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from roundtable.gui.shell.main_window import MainWindow
    from roundtable.store.instance_lock import DatabaseLock

# What the main window needs, imported while the first window is shown.
HEAVY_MODULES = ("roundtable.gui.shell.session", "roundtable.gui.shell.main_window")
UNPAINTED_START_MS = 300


class FirstPaintWindow(QMainWindow):
    """Shown until the main window is built; closing it quits the start."""

    painted = Signal()
    """The events list has been painted (once): the imports may start, and the benchmark
    (benchmarks/startup.py) takes its time."""

    def __init__(
        self,
        events: list[EventSummary],
        database_name: str,
        settings: QSettings,
        lock: DatabaseLock,
    ) -> None:
        super().__init__()
        self.closed_by_user = False
        self.has_painted = False
        self.waiting: QEventLoop | None = None
        self.lock = lock  # the file's, taken by the start; the session takes it over
        self.events_pane = EventsPane(window_layout.saved_collapsed(settings))
        self.events_pane.show_events(events, window_layout.saved_event(settings))
        if self.events_pane.selected_event_id() is None:
            self.events_pane.select_first_event()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.events_pane)
        waiting = QLabel(tr("The selected event is shown in a moment."))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setEnabled(False)  # the palette's disabled text: a state, not content
        self.splitter.addWidget(waiting)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.setCentralWidget(self.splitter)

        for title in (tr("&File"), tr("&Edit"), tr("&View"), tr("&Help")):
            self.menuBar().addMenu(title).setEnabled(False)
        # Where the main window's toolbar will be, as tall as it, so nothing moves at the swap.
        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(app_icon(), tr("Opening {database}…").format(database=database_name))
        toolbar.setEnabled(False)
        self.addToolBar(toolbar)
        busy = QProgressBar()
        busy.setRange(0, 0)  # "busy", with no promise of how long
        busy.setMaximumWidth(120)
        busy.setAccessibleName(tr("Opening the database"))
        self.statusBar().addPermanentWidget(busy)
        self.statusBar().showMessage(tr("Opening {database}…").format(database=database_name))
        window_layout.restore_layout(self, self.splitter, settings)
        self.events_pane.tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.has_painted and event.type() == QEvent.Type.Paint:
            self.has_painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)  # once this paint is done
        return super().eventFilter(watched, event)

    def hand_over(self, window: MainWindow) -> None:
        """Give ``window`` this one's place and what the user did here, then go."""
        pane = self.events_pane
        window.setGeometry(self.geometry())
        window.setWindowState(self.windowState())  # maximised or full screen, as here
        window.splitter.setSizes(self.splitter.sizes())
        window.events_pane.adopt(
            pane.collapsed, pane.filter_edit.text(), pane.selected_event_id(),
            pane.tree.verticalScrollBar().value(), focus_filter=pane.filter_edit.hasFocus(),
        )  # fmt: skip
        window.show()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_by_user = True
        if self.waiting is not None:
            self.waiting.quit()
        super().closeEvent(event)


class _Loaded(QObject):
    done = Signal()


def load_in_background(window: FirstPaintWindow, modules: Sequence[str] = HEAVY_MODULES) -> bool:
    """Import ``modules`` on a worker thread while ``window`` keeps answering; False if the user
    closed the window meanwhile. An import that fails is left for the caller's own import,
    on this thread, to raise as usual."""
    loaded = _Loaded()
    loop = QEventLoop()
    loaded.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            for name in modules:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - raised again by the caller's import
            pass
        finally:
            loaded.done.emit()

    worker = threading.Thread(target=work, name="roundtable-imports", daemon=True)
    window.waiting = loop

    def start() -> None:
        if worker.ident is None:
            worker.start()

    # Not before the list is on screen: the imports would hold the interpreter while it paints.
    # A window that is not painted (minimised, say) starts them a moment later all the same.
    if window.has_painted:
        start()
    else:
        window.painted.connect(start)
        QTimer.singleShot(UNPAINTED_START_MS, window, start)
    loop.exec()
    window.waiting = None
    if worker.ident is not None:
        worker.join()  # after a close, too: the interpreter must not stop inside an import
    return not window.closed_by_user
