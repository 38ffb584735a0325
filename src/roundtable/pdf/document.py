"""The shape every PDF export shares: paper, styles, page furniture, progress, atomic writing.

An exporter builds a list of flowables and hands them to :class:`Document` inside
:func:`write_pdf`; canvas-only exports (name cards) draw on :func:`make_canvas`. Both start
their canvases with ``initialFontName`` set to our primary font, because a reportlab Canvas
otherwise references Helvetica, which is never embedded and fails the "every font embedded"
check, and every style here names our fonts for the same reason.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, FrameBreak, LayoutError, PageTemplate
from reportlab.platypus.flowables import CondPageBreak, HRFlowable
from reportlab.platypus.frames import Frame

from roundtable.atomic_write import atomic_output
from roundtable.errors import UserError
from roundtable.pdf.about import ABOUT
from roundtable.pdf.fonts import (
    PRIMARY,
    PRIMARY_BOLD,
    draw_string,
    ellipsize,
    is_rtl,
    markup,
    needs_cjk_wrap,
    register_fonts,
    string_width,
)
from roundtable.wording import language, tr

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

# One palette for every export, so the booklet, agenda and cards look like one set.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5C6470")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#C9CED6")

Progress = Callable[[int, int], bool | None]
"""Called with (done, total) as an export goes; returning False cancels it."""


class ExportCancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside an export when its progress callback asked to stop; no file is left."""


def page_size(paper: str, *, landscape_orientation: bool = False) -> tuple[float, float]:
    """Exact page size in points for "a4" (595.28 × 841.89) or "letter" (612 × 792)."""
    try:
        size = PAPER_SIZES[paper.strip().lower()]
    except KeyError:
        raise UserError(
            tr("unknown paper size {paper}; use a4 or letter").format(paper=repr(paper))
        ) from None
    return landscape(size) if landscape_orientation else size


# -- text ------------------------------------------------------------------------------------


def typographic(text: str) -> str:
    """An app's text as print sets it: the apostrophe between letters curly ("moderator’s"),
    as every other document of ours has it; the screen's texts keep the straight one."""
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


def style(
    name: str,
    size: float,
    leading: float | None = None,
    *,
    bold: bool = False,
    colour: colors.Color = INK,
    **kw: Any,
) -> ParagraphStyle:
    """A ParagraphStyle in our fonts (Paragraph's own default is unembedded Helvetica)."""
    font = PRIMARY_BOLD if bold else PRIMARY
    kw.setdefault("alignment", TA_LEFT)
    return ParagraphStyle(
        name,
        fontName=font,
        bulletFontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.3, 1),
        textColor=colour,
        **kw,
    )


def para(text: str, paragraph_style: ParagraphStyle, lang: str | None = None) -> Paragraph:
    """A Paragraph of plain user ``text``: escaped, NFC, each run in a font that has it.

    Bold follows the style's font. Text that is mostly Chinese or Japanese wraps between any
    two characters (it has no spaces to wrap at).
    """
    bold = paragraph_style.fontName == PRIMARY_BOLD
    return Paragraph(markup(text, bold, lang), wrapping_for(paragraph_style, text))


def wrapping_for(paragraph_style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The style for ``text``: mostly Chinese or Japanese text has no spaces to wrap at, so it
    wraps between any two characters; a line all in Arabic or Hebrew reads from the right, so
    a left-aligned one is set flush right (a centred one stays centred)."""
    if needs_cjk_wrap(text) and paragraph_style.wordWrap != "CJK":
        return ParagraphStyle(paragraph_style.name + "-cjk", parent=paragraph_style, wordWrap="CJK")
    if paragraph_style.alignment == TA_LEFT and is_rtl(text):
        return ParagraphStyle(paragraph_style.name + "-rtl", parent=paragraph_style,
                              alignment=TA_RIGHT)  # fmt: skip
    return paragraph_style


Piece = tuple[str, bool, str | None, colors.Color | None]  # text, bold, language, colour


def rich(pieces: Sequence[Piece], paragraph_style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain pieces, each escaped by ``markup`` with its own weight, language
    and colour: :func:`para` takes one piece in one weight, and building the markup by hand
    would skip the escaping."""
    body = ""
    for piece, bold, lang, colour in pieces:
        if piece:
            run = markup(piece, bold, lang)
            hexval = colour.hexval()[2:] if colour is not None else ""
            body += f'<font color="#{hexval}">{run}</font>' if hexval else run
    text = "".join(piece[0] for piece in pieces)
    return Paragraph(body, wrapping_for(paragraph_style, text))


def plain_paragraphs(text: str) -> list[str]:
    """Plain text as paragraphs: blank lines separate them, single line breaks are spaces."""
    blocks: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [" ".join(" ".join(block).split()) for block in blocks if block]


# -- flowables -------------------------------------------------------------------------------


def table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    commands: Sequence[tuple[Any, ...]] = (),
    **kw: Any,
) -> Table:
    """A Table whose cells start in our font: reportlab sets each cell's font, Helvetica by
    default, even when the cell holds only flowables."""
    base: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), PRIMARY, 10)]
    return Table(rows, colWidths=col_widths, style=TableStyle(base + list(commands)), **kw)


class RoomFor(CondPageBreak):
    """Start a new frame unless ``flowables`` and the start of ``then`` fit in what is left.

    Put before an entry's header with ``then`` = the first paragraph of its text: the header
    never ends a page alone, and a short first paragraph is kept whole with it. A long one
    needs only ``min_height`` points (a few lines) here and flows on.

    Whatever ``min_height`` says, ``then`` must also be able to start in the room left: fit
    whole, or split there. A table whose first rows are kept together (NOSPLIT, or its
    repeated header with a first row) or a flowable that cannot split at all would otherwise
    go to the next page by itself and leave the header alone at the foot of this one.
    """

    def __init__(
        self,
        flowables: Sequence[Flowable],
        then: Flowable | None = None,
        min_height: float = 0,
    ) -> None:
        super().__init__(0)
        self._flowables = list(flowables)
        self._then = then
        self._min_height = min_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        needed = 0.0
        for flowable in self._flowables:
            needed += flowable.wrapOn(self.canv, avail_width, avail_height)[1]
            needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        starts = True
        if self._then is not None:
            then_height = self._then.wrapOn(self.canv, avail_width, 1e6)[1]
            room = avail_height - needed - self._then.getSpaceBefore()
            starts = then_height <= room or self._splits_in(self._then, avail_width, room)
            needed += self._then.getSpaceBefore() + min(then_height, self._min_height)
        self.height = needed
        frame = self._doctemplateAttr("frame")
        at_top = frame is None or getattr(frame, "_atTop", False)
        if (avail_height < needed or not starts) and not at_top:
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def _splits_in(self, then: Flowable, avail_width: float, room: float) -> bool:
        """Whether ``then`` can leave a first part of itself in ``room`` points (a trial split,
        as the frame itself would make; the parts are thrown away)."""
        if room <= 0:
            return False
        return len(then.splitOn(self.canv, avail_width, room)) > 1


class SeparatorRule(HRFlowable):
    """A thin rule between entries that disappears at the top of a frame, where it would
    separate nothing."""

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("width", "100%")
        kw.setdefault("thickness", 0.4)
        kw.setdefault("color", RULE)
        super().__init__(**kw)
        self._skipped = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._skipped = bool(frame is not None and getattr(frame, "_atTop", False))
        if self._skipped:
            return 0, 0
        return super().wrap(avail_width, avail_height)

    def getSpaceBefore(self) -> float:
        return 0 if self._skipped else super().getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return 0 if self._skipped else super().getSpaceAfter()

    def draw(self) -> None:
        if not self._skipped:
            super().draw()


class ProgressMark(Flowable):
    """Invisible; reports progress when the layout reaches it, and cancels if told to."""

    def __init__(self, tracker: ProgressTracker, done: int) -> None:
        super().__init__()
        self._tracker = tracker
        self._done = done

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._tracker.report(self._done)


class RunningHead(Flowable):
    """Invisible; sets (or with None clears) the line the following pages show at their top,
    e.g. "Andrey Kortunov (continued)" while a bio runs over a page break."""

    def __init__(self, text: str | None) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._doctemplate.running_head = self.text


class ProgressTracker:
    """Relays (done, total) to an optional callback; raises ExportCancelled when it says False.

    Only an explicit False cancels, so a callback that returns nothing just watches.
    """

    def __init__(self, callback: Progress | None, total: int) -> None:
        self.callback = callback
        self.total = max(total, 0)

    def report(self, done: int) -> None:
        if self.callback is not None and self.callback(min(done, self.total), self.total) is False:
            raise ExportCancelled

    def mark(self, done: int) -> ProgressMark:
        return ProgressMark(self, done)


# -- pages -----------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page 3 of 7".

    A page template marks a page as carrying a footer by setting ``footer`` (its left text).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self.footer: str | None = None
        self.footer_margins: tuple[float, float, float] = (0, 0, 0)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()
        self.footer = None

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            if self.footer is not None:
                self._draw_footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        left, right, baseline = self.footer_margins
        width = self._pagesize[0]
        size = 8
        page_text = tr("Page {page} of {pages}").format(page=number, pages=total)
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, baseline + 11, width - right, baseline + 11)
        self.setFillColor(MUTED)
        page_width = string_width(page_text, size)
        draw_string(self, width - right, baseline, page_text, size, align="right")
        room = width - left - right - page_width - 12 * mm
        draw_string(self, left, baseline, ellipsize(self.footer or "", room, size), size)
        self.restoreState()


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class Document(BaseDocTemplate):
    """A document in our fonts with a body page template that has a footer and page numbers.

    With ``cover`` (a painter called with the canvas and the document), the first page uses a
    "cover" template without footer whose frame keeps ``cover_reserve`` points free above the
    bottom margin for what the painter draws there; move on with ``NextPageTemplate("body")``
    and a ``PageBreak`` (a cover that overflows continues on a body page). Margins are in
    points: left, right, top, bottom.

    The PDF's properties (:func:`metadata`): ``title``; the subject, ``kind``'s sentence
    (``pdf.about``) or else ``subject``; ``keywords``; the author, the app's user unless
    given; and the language the document is written in.
    """

    def __init__(
        self,
        stream: BinaryIO | str,
        *,
        paper: str = "a4",
        title: str = "",
        subject: str = "",
        footer: str = "",
        kind: str = "",
        keywords: Sequence[str] = (),
        author: str | None = None,
        margins: tuple[float, float, float, float] = (20 * mm, 20 * mm, 20 * mm, 22 * mm),
        cover: Callable[[Canvas, Document], None] | None = None,
        cover_reserve: float = 0,
    ) -> None:
        register_fonts()
        left, right, top, bottom = margins
        super().__init__(
            stream,
            pagesize=page_size(paper),
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            **metadata(title, subject, kind, keywords, author),
            initialFontName=PRIMARY,
            initialFontSize=10,
            displayDocTitle=True,
        )
        self.footer_text = footer
        self.running_head: str | None = None
        frame = Frame(left, bottom, self.width, self.height, id="body", **_NO_PADDING)
        templates = []
        if cover is not None:
            cover_frame = Frame(
                left,
                bottom + cover_reserve,
                self.width,
                self.height - cover_reserve,
                id="cover",
                **_NO_PADDING,
            )
            templates.append(
                PageTemplate(
                    "cover",
                    [cover_frame],
                    onPage=lambda canvas, doc: cover(canvas, self),
                    autoNextPageTemplate="body",
                )
            )
        templates.append(PageTemplate("body", [frame], onPage=self._mark_footer))
        self.addPageTemplates(templates)

    def _mark_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Body pages: the footer (drawn when the page count is known) and the running head."""
        if self.running_head:
            canvas.saveState()
            canvas.setFillColor(MUTED)
            size = 8
            top = self.pagesize[1] - self.topMargin + 6 * mm
            text = ellipsize(self.running_head, self.width, size)
            draw_string(canvas, self.leftMargin, top, text, size)
            canvas.restoreState()
        canvas.footer = self.footer_text
        canvas.footer_margins = (
            self.leftMargin,
            self.rightMargin,
            self.bottomMargin / 2,
        )

    def build(
        self, flowables: list[Flowable], filename: Any = None, canvasmaker: Any = None
    ) -> None:
        super().build(flowables, filename=filename, canvasmaker=canvasmaker or _NumberedCanvas)


def make_canvas(
    stream: BinaryIO | str,
    paper: str = "a4",
    *,
    landscape_orientation: bool = False,
    title: str = "",
    kind: str = "",
    keywords: Sequence[str] = (),
    author: str | None = None,
) -> Canvas:
    """A bare Canvas for exports drawn by hand (cards, charts), starting in our font, with
    the PDF's properties as :class:`Document` sets them (``kind``: "namecards", "seating")."""
    register_fonts()
    info = metadata(title, "", kind, keywords, author)
    canvas = Canvas(
        stream,
        pagesize=page_size(paper, landscape_orientation=landscape_orientation),
        initialFontName=PRIMARY,
        initialFontSize=10,
        lang=info["lang"],
    )
    canvas.setTitle(info["title"])
    canvas.setSubject(info["subject"])
    canvas.setAuthor(info["author"])
    canvas.setKeywords(info["keywords"])
    canvas.setCreator(info["creator"])
    return canvas


def metadata(
    title: str,
    subject: str = "",
    kind: str = "",
    keywords: Sequence[str] = (),
    author: str | None = None,
) -> dict[str, Any]:
    """The PDF's properties: title, subject (``kind``'s sentence from ``pdf.about``, else
    ``subject``), keywords ("Roundtable" and the ones given, without repeats), author (the
    app's user, ``store.log.default_author``, unless given: the command line cannot read the
    app's preferences) and the language the document is written in ("en", "ja", "ru")."""
    if author is None:
        from roundtable.store.log import default_author

        author = default_author()
    about = typographic(tr(ABOUT[kind])) if kind in ABOUT else subject
    words = dict.fromkeys(w.strip() for w in ("Roundtable", *keywords) if w and w.strip())
    return {
        "title": title,
        "subject": about or subject,
        "keywords": ", ".join(words),
        "author": author,
        "creator": "Roundtable",
        "lang": language(),
    }


# -- writing ---------------------------------------------------------------------------------


def write_pdf(path: str | os.PathLike[str], build: Callable[[BinaryIO], None]) -> bool:
    """Run ``build`` on a temporary file beside ``path`` and rename it into place.

    Returns True when written, False when the export was cancelled (ExportCancelled). On any
    failure or cancel no file is left and an existing file at ``path`` is untouched. A missing
    folder, an unwritable one, a full disk or a layout that cannot be made raise UserError.
    """
    register_fonts()
    target = Path(path)
    try:
        with atomic_output(target) as stream:
            try:
                build(stream)
            except LayoutError as exc:
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                reason = reason or tr("layout failed")
                raise UserError(
                    tr("cannot lay out {file}: {reason}").format(file=target.name, reason=reason)
                ) from exc
            except OSError as exc:
                if exc.errno is None:  # not a file-system error (e.g. an unreadable image)
                    raise UserError(
                        tr("cannot make {file}: {reason}").format(file=target.name, reason=exc)
                    ) from exc
                raise
    except ExportCancelled:
        return False
    return True
