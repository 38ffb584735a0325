"""Printing a PDF file on a QPrinter: every page rendered by QtPdf and painted on the printer.

Qt has no way to hand a PDF to a printer as it is, so each page is rendered to an image at the
printer's resolution and drawn on the page. The resolution is capped (``MAX_DPI``): a printer
reporting 1200 dpi would otherwise need 140 MB of pixels per A4 page, while 300 dpi is what text
and photos need on paper. Pages are drawn one at a time, so memory stays at one page.

Each page goes on paper turned the way it is drawn: a landscape card prints landscape even when
the printer's default is portrait, and a page whose paper differs from the printer's is scaled
to fit, centred, never cropped. Nothing here needs a dialog, so tests print to a PDF-format
QPrinter and read the result back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from roundtable.errors import UserError
from roundtable.wording import QT_TR_NOOP, tr

MAX_DPI = 300
Progress = Callable[[int, int], bool | None]

_NAMED_SIZES = (  # (name, width pt, height pt), portrait; the names are shown through tr()
    ("A4", 595.28, 841.89),
    (QT_TR_NOOP("US Letter"), 612.0, 792.0),
    ("A5", 419.53, 595.28),
    ("A3", 841.89, 1190.55),
    (QT_TR_NOOP("US Legal"), 612.0, 1008.0),
)


def paper_text(size: QSizeF) -> str:
    """ "A4 landscape", "US Letter portrait", or "90 × 55 mm" for any other size."""
    width, height = size.width(), size.height()
    short, long = sorted((width, height))
    for name, w, h in _NAMED_SIZES:
        if abs(short - w) < 1.5 and abs(long - h) < 1.5:
            if width > height:
                return tr("{paper} landscape").format(paper=tr(name))
            return tr("{paper} portrait").format(paper=tr(name))
    to_mm = 25.4 / 72
    return tr("{width} × {height} mm").format(width=f"{width * to_mm:.0f}",
                                              height=f"{height * to_mm:.0f}")  # fmt: skip


def page_layout_for(size: QSizeF) -> QPageLayout:
    """The printer layout for a PDF page of ``size`` points: its paper (A4 and Letter are
    recognised as such, so the printer picks the right tray) turned the same way, no margins."""
    width, height = size.width(), size.height()
    portrait = QSizeF(min(width, height), max(width, height))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    turn = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    return QPageLayout(page_size, turn, QMarginsF(0, 0, 0, 0))


def open_pdf(pdf_path: str | os.PathLike[str]) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(pdf_path))
    if error != QPdfDocument.Error.None_:
        raise UserError(
            tr("cannot read {path} to print it ({error})").format(
                path=pdf_path, error=error.name.rstrip("_")
            )
        )
    return document


def match_printer_to_pdf(printer: QPrinter, document: QPdfDocument, page: int = 0) -> None:
    """Set the printer's paper and orientation from the PDF's page (before the print dialog,
    so the dialog shows them)."""
    if document.pageCount() > page:
        printer.setPageLayout(page_layout_for(document.pagePointSize(page)))


def print_pdf(
    pdf_path: str | os.PathLike[str],
    printer: QPrinter,
    first_page: int | None = None,
    last_page: int | None = None,
    progress: Progress | None = None,
    *,
    pages: Sequence[int] | None = None,
    max_dpi: int = MAX_DPI,
) -> bool:
    """Print pages ``first_page``..``last_page`` (1-based, inclusive; all by default) of the
    PDF, or exactly ``pages`` (0-based) when given. ``progress(done, total)`` may return False
    to stop: the print job is then aborted. True when every page was sent.

    Raises UserError when the PDF cannot be read, no page is in the range or the printer
    cannot start (offline, a file it cannot write).
    """
    document = open_pdf(pdf_path)
    try:
        count = document.pageCount()
        if pages is None:
            first = max(1, first_page or 1)
            last = min(count, last_page or count)
            pages = list(range(first - 1, last))
        pages = [p for p in pages if 0 <= p < count]
        if not pages:
            raise UserError(
                tr("there is no page to print in {path} in that range").format(
                    path=os.fspath(pdf_path)
                )
            )
        return _paint_pages(document, printer, pages, progress, max_dpi)
    finally:
        document.close()


def _paint_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Progress | None,
    max_dpi: int,
) -> bool:
    printer.setFullPage(True)  # the PDF has its own margins: draw from the paper's corner
    _turn_like(printer, document.pagePointSize(pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(tr("the printer could not be started; check that it is connected"))
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = max(36, min(printer.resolution(), max_dpi))
        for done, page in enumerate(pages):
            if progress is not None and progress(done, len(pages)) is False:
                printer.abort()
                return False
            size = document.pagePointSize(page)
            if done:
                _turn_like(printer, size)
                printer.newPage()
            image = document.render(page, QSize(round(size.width() / 72 * dpi),
                                                round(size.height() / 72 * dpi)))  # fmt: skip
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(_fitted(QSizeF(image.size()), paper.size()), image)
        if progress is not None:
            progress(len(pages), len(pages))
    finally:
        painter.end()
    return True


def _turn_like(printer: QPrinter, size: QSizeF) -> None:
    turn = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    if printer.pageLayout().orientation() != turn:
        printer.setPageOrientation(turn)


def _fitted(image: QSizeF, paper: QSizeF) -> QRectF:
    """Where the page image goes: as large as the paper allows, centred, aspect kept."""
    factor = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * factor, image.height() * factor
    return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
