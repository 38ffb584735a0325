"""The print dialog's right side: the real PDF pages, or a message in their place.

The pages are the very file that "Save as PDF…" copies and "Print…" prints, shown by QtPdf in a
scrolling view with zoom (fit width, fit page, steps) and "Page 3 of 12". When there is nothing
to show (the options leave nothing to print, the export failed, the user stopped it) a card in
the same grey surround says why, so the eye finds the answer where the pages would be. A thin
strip over the pages shows the progress of a build with its Cancel button.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.gui.common.signals import emit
from roundtable.wording import tr

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.85, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def page_of(page: int, count: int) -> str:
    """ "Page 3 of 12" (1-based)."""
    return tr("Page {page} of {count}").format(page=page, count=count)


class PdfPreview(QWidget):
    cancel_requested = Signal()
    action_requested = Signal()  # the message card's button ("Cancel", "Make the preview")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._build()
        self.set_building(False)
        self._set_controls_enabled(False)
        self._update_page_label()
        self._update_zoom_label()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("print_preview")
        self.view.setAccessibleName(tr("Print preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # whole pages, as on paper
        # "Fit page" leaves the page spacing free of the viewport's height, not the margins: a
        # spacing of top + bottom margin shows the whole page with a margin on either side.
        self.view.setDocumentMargins(QMargins(16, 12, 16, 12))
        self.view.setPageSpacing(24)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)

        style = self.style()
        self.previous_button = self._tool(
            tr("Previous page"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.previous_page,
        )  # fmt: skip
        self.next_button = self._tool(
            tr("Next page"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.next_page,
        )  # fmt: skip
        self.page_label = QLabel()
        self.page_label.setAccessibleName(tr("Page"))
        widest = page_of(888, 888)
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest))
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.fit_width_button = self._tool(tr("Fit width"), None, self.fit_width, checkable=True)
        self.fit_page_button = self._tool(tr("Fit page"), None, self.fit_page, checkable=True)
        self.zoom_out_button = self._tool("−", None, self.zoom_out)
        self.zoom_out_button.setToolTip(tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = self._tool("+", None, self.zoom_in)
        self.zoom_in_button.setToolTip(tr("Zoom in (Ctrl++)"))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):  # fmt: skip
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self.toolbar = QWidget()
        self.toolbar.setObjectName("preview_toolbar")
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.setSpacing(4)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addSpacing(8)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        # Same height with or without its controls, so the pages do not jump when they come.
        self.toolbar.setFixedHeight(self.toolbar.sizeHint().height())
        self._controls = (self.previous_button, self.page_label, self.next_button,
                          self.fit_width_button, self.fit_page_button, self.zoom_out_button,
                          self.zoom_label, self.zoom_in_button)  # fmt: skip

        self.progress_strip = QFrame()
        self.progress_strip.setObjectName("progress_strip")
        self.progress_label = QLabel(tr("Making the pages…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(tr("Progress of the preview"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(self.fontMetrics().height())
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(tr("Stop making the preview"))
        self.cancel_button.clicked.connect(lambda: emit(self.cancel_requested))
        strip = QHBoxLayout(self.progress_strip)
        strip.setContentsMargins(10, 4, 10, 4)
        strip.addWidget(self.progress_label)
        strip.addWidget(self.progress_bar, 1)
        strip.addWidget(self.cancel_button)

        self.message_page = self._message_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.progress_strip)
        layout.addWidget(self.pages, 1)
        self.fit_page_button.setChecked(True)

    def _tool(self, text: str, icon, slot, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(text)
        button.setAutoRaise(True)
        button.setCheckable(checkable)
        if icon is not None:
            button.setIcon(icon)
        button.clicked.connect(slot)
        return button

    def _message_page(self) -> QWidget:
        """The grey of the preview's surround, with a paper-white card in the middle."""
        page = QWidget()
        page.setObjectName("preview_message")
        page.setBackgroundRole(QPalette.ColorRole.Dark)
        page.setAutoFillBackground(True)
        card = QFrame()
        card.setObjectName("message_card")
        # Fixed colours: the card stands for paper, white in light and dark themes alike.
        card.setStyleSheet(
            "#message_card { background: #ffffff; border: 1px solid #c8c8c8; border-radius: 6px; }"
            "#message_card QLabel { color: #202020; }"
        )
        card.setMaximumWidth(440)
        self.message_label = QLabel()
        self.message_label.setObjectName("preview_message_text")
        self.message_label.setAccessibleName(tr("Preview message"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_progress = QProgressBar()
        self.card_progress.setAccessibleName(tr("Progress of the preview"))
        self.card_progress.setTextVisible(False)
        self.card_progress.setMaximumHeight(self.fontMetrics().height())
        self.message_button = QPushButton()
        self.message_button.setAutoDefault(False)
        self.message_button.clicked.connect(lambda: emit(self.action_requested))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        inner.addWidget(self.message_label)
        inner.addWidget(self.card_progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message_button)
        inner.addLayout(row)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 4)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        return page

    # -- what is shown ----------------------------------------------------------------------

    @property
    def showing_pages(self) -> bool:
        return self.pages.currentWidget() is self.view and self.document.pageCount() > 0

    def show_pdf(self, path: str, keep_page: bool = False) -> str | None:
        """Show the PDF at ``path`` (on the page shown before when ``keep_page``); None, or
        why the file cannot be shown."""
        page = self.navigator.currentPage() if keep_page else 0
        # A new QPdfDocument each time: reloading one in place lets QPdfView show an image of
        # the previous document's page 1 (rendered late, or kept by page number), stretched
        # to the new paper size.
        document = QPdfDocument(self)
        error = document.load(path)
        if error != QPdfDocument.Error.None_:
            document.deleteLater()
            return tr("The preview file cannot be read ({error}).").format(
                error=error.name.rstrip("_")
            )
        old, self.document = self.document, document
        document.pageCountChanged.connect(self._update_page_label)
        self.view.setDocument(document)
        old.close()
        old.deleteLater()
        self.pages.setCurrentWidget(self.view)
        self._set_controls_enabled(True)
        self.go_to_page(page)
        self._update_page_label()
        self._update_zoom_label()
        return None

    def show_message(
        self, title: str, text: str = "", action: str = "", progress: bool = False
    ) -> None:
        """A card in place of the pages: ``title`` in bold, then ``text``, a progress bar when
        ``progress``, and a button (sending ``action_requested``) when ``action`` is given."""
        body = f"<p style='font-size: large'><b>{html.escape(title)}</b></p>"
        if text:
            body += "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
        self.message_label.setText(body)
        self.message_button.setText(action)
        self.message_button.setVisible(bool(action))
        self.card_progress.setVisible(progress)
        if progress:
            self.card_progress.setRange(0, 0)
        self.pages.setCurrentWidget(self.message_page)
        self._set_controls_enabled(False)
        self._update_page_label()

    def message_text(self) -> str:
        """What the card says, as plain text (tests and accessibility)."""
        doc = QTextDocument()
        doc.setHtml(self.message_label.text())
        return doc.toPlainText().strip()

    def _set_controls_enabled(self, enabled: bool) -> None:
        """Page and zoom controls only beside pages; a message needs neither."""
        for widget in self._controls:
            widget.setVisible(enabled)

    def set_building(self, building: bool) -> None:
        self.progress_strip.setVisible(building)
        if building:
            self.progress_bar.setRange(0, 0)  # busy until the first report
            self.progress_label.setText(tr("Making the pages…"))

    def set_progress(self, done: int, total: int) -> None:
        for bar in (self.progress_bar, self.card_progress):
            bar.setRange(0, max(total, 1))
            bar.setValue(min(done, max(total, 1)))

    # -- pages ------------------------------------------------------------------------------

    def current_page(self) -> int:
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if not count:
            return
        self.navigator.jump(min(max(page, 0), count - 1), QPointF(), 0)
        # The jump puts the page's edge at the very top; show the gap above it too, so the
        # page reads as a whole sheet rather than one cut off.
        bar = self.view.verticalScrollBar()
        bar.setValue(max(0, bar.value() - self.view.pageSpacing() // 2))

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _update_page_label(self, *_args) -> None:
        count = self.document.pageCount() if self.pages.currentWidget() is self.view else 0
        current = self.navigator.currentPage()
        self.page_label.setText(page_of(current + 1, count) if count else "")
        self.previous_button.setEnabled(count > 0 and current > 0)
        self.next_button.setEnabled(count > 0 and current < count - 1)

    # -- zoom -------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitInView)

    def zoom_in(self) -> None:
        now = self.effective_zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > now * 1.02), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.effective_zoom()
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now / 1.02), ZOOM_STEPS[0]))

    def _set_zoom(self, factor: float) -> None:
        page = self.current_page()
        self.view.setZoomFactor(factor)
        self._set_zoom_mode(QPdfView.ZoomMode.Custom)
        self.go_to_page(page)

    def _set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self._update_zoom_label()

    def effective_zoom(self) -> float:
        """The zoom the pages are drawn at, 1.0 being their printed size on screen; in the fit
        modes QPdfView keeps its zoom factor unchanged, so it is worked out as the view does."""
        mode = self.view.zoomMode()
        count = self.document.pageCount()
        if mode == QPdfView.ZoomMode.Custom or count == 0:
            return self.view.zoomFactor()
        screen = self.screen() or self.view.screen()
        dots = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
        size = self.document.pagePointSize(min(max(self.current_page(), 0), count - 1)) * dots
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        by_width = width / max(size.width(), 1.0)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return by_width
        height = viewport.height() - self.view.pageSpacing()
        return min(by_width, height / max(size.height(), 1.0))

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.effective_zoom() * 100:.0f} %")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_zoom_label()
