"""The reference for benchmarks/startup.py: a bare PySide6 window with a 200-row tree.

Start-up is judged against what Qt itself needs on the same machine in the same run, so a slow
or busy machine does not pass for a slow app. This script imports only PySide6, shows a main
window with a three-column tree of 200 rows, and prints the same wall-clock stamp the app
prints once its list is painted (``roundtable-first-paint <time>``, taken the same way: after the
tree's first paint event), then quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem

ROWS = 200


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Title", "Date", "Place"])
    tree.addTopLevelItems(
        [QTreeWidgetItem([f"Event {n}", "2026-12-06", "Tokyo"]) for n in range(ROWS)]
    )
    window.setCentralWidget(tree)
    window.resize(1200, 760)
    watch = FirstPaint()
    tree.viewport().installEventFilter(watch)
    window.show()
    return app.exec()


class FirstPaint(QObject):
    """Stamps the time once the tree's first paint is done, as the app does, and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        sys.stderr.write(f"roundtable-first-paint {time.time():.6f}\n")
        sys.stderr.flush()
        QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())
