"""The help window: the user guide's HTML pages read offline, with Back, Forward, Home and
the list of pages beside them.

The pages are plain HTML with one small style sheet (resources/guide/), so Qt's rich text
shows them as a browser does. Links between pages and to a section stay in the window; a link
to the web opens in the system's browser.

A window opens the guide on its own page with F1 (``guide_pages.add_help_key``). The help
window belongs to the window that asked, or to the dialog open in front of it: a modal dialog
(the print dialog) blocks every other window, so help asked for there must be its child.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from roundtable.gui.help import guide_pages
from roundtable.wording import tr

Keys = QKeySequence | QKeySequence.StandardKey | str

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The page list's items: the page's file name."""


class GuideWindow(QMainWindow):
    """The guide (see the module docstring); ``open_page`` shows a page, or one section of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.setWindowTitle(tr("Roundtable user guide"))

        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)  # the web in the system's browser, not here
        self.browser.setSearchPaths([str(guide_pages.guide_folder())])
        self.pages = QListWidget()
        self.pages.setObjectName("guide_pages")
        self.pages.setAccessibleName(tr("Guide pages"))
        for page in guide_pages.ORDER:
            item = QListWidgetItem(guide_pages.page_title(page))
            item.setData(PAGE_ROLE, page)
            self.pages.addItem(item)
        self.pages.itemActivated.connect(self._page_chosen)
        self.pages.itemClicked.connect(self._page_chosen)

        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 640])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        self.browser.sourceChanged.connect(self._shown)
        self.resize(QSize(900, 680))

    def _build_toolbar(self) -> None:
        def action(text: str, icon: str, fallback: QStyle.StandardPixmap, keys: Keys, slot):
            made = QAction(QIcon.fromTheme(icon, self.style().standardIcon(fallback)), text, self)
            made.setShortcut(QKeySequence(keys))
            made.triggered.connect(slot)
            return made

        sp = QStyle.StandardPixmap
        self.back_action = action(
            tr("Back"), "go-previous", sp.SP_ArrowBack, QKeySequence.StandardKey.Back,
            self.browser.backward,
        )  # fmt: skip
        self.forward_action = action(
            tr("Forward"), "go-next", sp.SP_ArrowForward, QKeySequence.StandardKey.Forward,
            self.browser.forward,
        )  # fmt: skip
        self.home_action = action(
            tr("Contents"), "go-home", sp.SP_DirHomeIcon, "Alt+Home",
            lambda: self.open_page(guide_pages.HOME),
        )  # fmt: skip
        self.close_action = QAction(tr("Close"), self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        for made in (self.back_action, self.forward_action):
            made.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)

        toolbar = QToolBar(tr("Guide"))
        toolbar.setObjectName("guide_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for made in (self.back_action, self.forward_action, self.home_action):
            toolbar.addAction(made)
        self.addToolBar(toolbar)

    def open_page(self, page: str) -> None:
        """Show ``page`` of the guide (``file.html`` or ``file.html#section``)."""
        file_name, _, section = page.partition("#")
        url = QUrl.fromLocalFile(str(guide_pages.page_file(file_name)))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)

    def current_page(self) -> str:
        """The page shown, as ``open_page`` takes it."""
        source = self.browser.source()
        name = source.fileName()
        return f"{name}#{source.fragment()}" if source.hasFragment() else name

    def _page_chosen(self, item: QListWidgetItem) -> None:
        self.open_page(item.data(PAGE_ROLE))

    def _shown(self, source: QUrl) -> None:
        """The list marks the page shown, however it was reached (a link, Back, F1)."""
        name = source.fileName()
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PAGE_ROLE) == name:
                self.pages.setCurrentRow(row)
                return
        self.pages.clearSelection()


def show_guide(asker: QWidget, page: str = guide_pages.HOME) -> GuideWindow:
    """The guide on ``page``, in the help window of ``asker``'s window (made if need be), or of
    the modal dialog in front, which would otherwise block it."""
    owner = QApplication.activeModalWidget() or asker.window()
    guide = owner.findChild(GuideWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if guide is None:
        guide = GuideWindow(owner)
    guide.show()  # shown first: a section is scrolled to where the page is laid out at its width
    guide.open_page(page)
    guide.raise_()
    guide.activateWindow()
    return guide
