"""The table drawn to shape: outline and seats from ``seating_geometry``, scaled from metres
(``seating_canvas`` is the view of it).

Each seat is one item: a numbered disc where the chair is, with badges for the head seat (a
star) and a lock, and beside it a name tag, placed away from the table so neighbours' tags do
not cover the table or each other (in classroom rows the tag lies on the desk in front, as a
name card would). Occupied seats take their delegation's colour. The geometry is in metres with
y pointing up; the scene flips y.

Seat items stay in place while the same layout is shown: after a change only their looks are
updated. A drag that starts on a seat runs inside the seat item, and the change it asks for
reloads the view; had the items been rebuilt, the item still running the drag would be deleted
under it. Drops are reported through ``seat_dropped`` and handled by the view.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
)

from roundtable.domain.enums import TableShape
from roundtable.domain.seating_geometry import (
    CHAIR_OFFSET,
    ROW_PITCH,
    SEAT_PITCH,
    TABLE_DEPTH,
    SeatPlace,
    TableGeometry,
)
from roundtable.gui.common.signals import emit
from roundtable.gui.seating.seating_models import SeatDrag, drag_mime, read_drag
from roundtable.wording import tr

SCALE = 150.0  # scene pixels per metre
SEAT_RADIUS = 24.0
TAG_GAP = 5.0
TAG_WIDTH = SEAT_PITCH * SCALE - 8.0  # neighbours' tags keep a few pixels apart
SIDE_TAG_WIDTH = 0.8 * SCALE
ROUND_TAG_WIDTH = 1.1 * SCALE
MIN_TAG_WIDTH = 0.55 * SCALE  # a tag beside a seat on a side edge: only its height is tight
TAG_PADDING = 4.0
# Classroom rows: a tag stands on the desk in front, from its near edge (the desk is 0.5 m
# deep, centred a quarter of a table's depth beyond the chair's offset) ...
DESK_NEAR = (CHAIR_OFFSET + TABLE_DEPTH / 4 - 0.25) * SCALE + 4
# ... and may be as tall as it can be without reaching the seats of the row in front.
DESK_ROOM = ROW_PITCH * SCALE - SEAT_RADIUS - 8 - DESK_NEAR
MARGIN = 24.0

TABLE_FILL = QColor("#eadfc8")
TABLE_EDGE = QColor("#a88f63")
EMPTY_FILL = QColor("#ffffff")
SEAT_EDGE = QColor("#5b6470")
HEAD_COLOUR = QColor("#c8961e")
LOCK_COLOUR = QColor("#4a4f57")
SELECTED_COLOUR = QColor("#2f7bd8")
HIGHLIGHT_COLOUR = QColor("#d9342b")
DROP_OK_COLOUR = QColor("#2e9d4f")
TEXT_COLOUR = QColor("#1d2126")
MUTED_TEXT = QColor("#5d646c")


@dataclass(frozen=True)
class SeatLook:
    """What one seat shows. ``fill`` None: nobody sits there; ``tint`` colours an empty seat
    kept for a delegation (its label is the delegation's name)."""

    number: int
    name: str = ""
    native: str = ""
    label: str = ""
    locked: bool = False
    head: bool = False
    fill: QColor | None = None
    participation_id: int | None = None
    tooltip: str = ""
    tint: QColor | None = None

    @property
    def occupied(self) -> bool:
        return self.participation_id is not None


def layout_key(geometry: TableGeometry) -> tuple:
    """What decides where the seats are: the items are rebuilt only when this changes."""
    return (geometry.shape, len(geometry.seats), geometry.head_seat,
            tuple((s.x, s.y) for s in geometry.seats))  # fmt: skip


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines no wider than ``width``; a
    word too long for a line, or text left over, is cut with an ellipsis."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if words and len(lines) == max_lines - 1:
            line = f"{line} {' '.join(words)}"
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


def fitting_font(text: str, font: QFont, width: float, smallest: int = 12) -> QFont:
    """``font``, or a smaller size of it down to ``smallest`` pixels, in which every word of
    ``text`` fits ``width``: a long given name shrinks a little rather than lose its end."""
    words = text.split()
    size = font.pixelSize()
    while size > smallest:
        metrics = QFontMetricsF(font)
        if all(metrics.horizontalAdvance(word) <= width for word in words):
            break
        size -= 1
        font = QFont(font)
        font.setPixelSize(size)
    return font


def _font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    font.setItalic(italic)
    return font


FONT_SIZES = {"number": (15, True, False), "name": (15, True, False), "native": (14, False, False),
              "label": (13.5, False, True)}  # fmt: skip


@functools.cache
def seat_font(kind: str) -> QFont:
    """The font for a seat's "number", "name", "native" name or "label". Made on first use:
    a QFont made before the QApplication exists does not follow the application's font."""
    pixels, bold, italic = FONT_SIZES[kind]
    return _font(pixels, bold=bold, italic=italic)


class SeatItem(QGraphicsPathItem):
    """One seat: the disc, its badges and its name tag, in item coordinates round the chair.

    Built from Qt's own items rather than painted in Python: PySide 6.12 on Python 3.11 loses
    a reference to ``None`` on every call of a void method from Python and every Python
    ``paint()``, and a drawing repainted on each drag movement would run ``None``'s count down
    to zero within minutes. The item itself draws nothing; its path (disc and tag) is what
    takes clicks and drops, and its children do the drawing in C++.
    """

    def __init__(
        self,
        place: SeatPlace,
        on_desk: bool = False,
        tag_width: float = TAG_WIDTH,
        max_height: float | None = None,
    ) -> None:
        """``on_desk``: the tag lies on the desk in front (classroom rows). ``tag_width`` and
        ``max_height`` are the room the layout leaves a tag (see ``SeatingScene``)."""
        super().__init__()
        self.place = place
        self.number = place.number
        # Which way the tag goes from the chair, in scene coordinates (y down).
        facing_x, facing_y = math.cos(place.facing), -math.sin(place.facing)
        self._direction = (facing_x, facing_y) if on_desk else (-facing_x, -facing_y)
        self._on_desk = on_desk
        self._tag_width = tag_width
        self._max_height = max_height
        self._extra = 0.0  # how much further out the tag stands, clear of a neighbour's
        self.look = SeatLook(place.number)
        self.highlighted = False
        self.chosen = False  # the seat the seat actions act on (the scene keeps one)
        self.drop_state: str | None = None  # "ok" or "refused" while a drag is over the seat
        self._lines: list[tuple[str, QFont, QColor]] = []
        self._tag = QRectF()
        self._press: QPointF | None = None
        self._ring_state: tuple | None = ()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setPos(place.x * SCALE, -place.y * SCALE)
        # Not ItemIsSelectable: Qt would draw its dashed selection box round the whole seat.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._build_children()
        self._layout_tag()
        self._apply_look()

    def _build_children(self) -> None:
        disc = _disc_rect()
        self._ring = QGraphicsEllipseItem(disc.adjusted(-5, -5, 5, 5), self)
        self._ring.setBrush(Qt.BrushStyle.NoBrush)
        self._disc = QGraphicsEllipseItem(disc, self)
        self._number = QGraphicsSimpleTextItem(str(self.number), self)
        self._number.setFont(seat_font("number"))
        self._number.setBrush(TEXT_COLOUR)
        size = self._number.boundingRect()
        self._number.setPos(-size.width() / 2, -size.height() / 2)
        self._star = QGraphicsPolygonItem(_star(QPointF(-SEAT_RADIUS * 0.78,
                                                       -SEAT_RADIUS * 0.78), 9), self)  # fmt: skip
        self._star.setPen(QPen(QColor("#7a5a0c"), 1))
        self._star.setBrush(HEAD_COLOUR)
        self._lock = _lock_badge(QPointF(SEAT_RADIUS * 0.8, -SEAT_RADIUS * 0.8), self)
        self._tag_item = QGraphicsPathItem(self)
        self._tag_item.setPen(QPen(SEAT_EDGE.lighter(140), 1))
        self._tag_ring = QGraphicsPathItem(self)
        self._tag_ring.setBrush(Qt.BrushStyle.NoBrush)
        self._texts: list[QGraphicsSimpleTextItem] = []

    # -- looks ------------------------------------------------------------------------------

    def set_look(self, look: SeatLook) -> None:
        if look == self.look:
            return
        self.look = look
        self.setToolTip(look.tooltip)
        self._layout_tag()
        self._apply_look()

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self.highlighted:
            self.highlighted = highlighted
            self._apply_ring()

    def set_drop_state(self, state: str | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self._apply_ring()

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            self._apply_ring()

    @property
    def tag_lines(self) -> list[str]:
        """The text of the name tag, line by line (for tests and the drag picture)."""
        return [text for text, _font, _colour in self._lines]

    @property
    def tag_rect(self) -> QRectF:
        return QRectF(self._tag)

    def _tag_text(
        self, name_lines: int, native_lines: int, label_lines: int, scale: float = 1.0
    ) -> list:
        look, width = self.look, self._tag_width - 2 * TAG_PADDING
        lines: list[tuple[str, QFont, QColor]] = []
        native = look.native if look.native != look.name else ""
        parts = [(look.name, seat_font("name"), TEXT_COLOUR, name_lines),
                 (native, seat_font("native"), TEXT_COLOUR, native_lines),
                 (look.label, seat_font("label"), MUTED_TEXT, label_lines)]  # fmt: skip
        for text, font, colour, most in parts:
            if scale != 1.0:
                font = _font(font.pixelSize() * scale, font.bold(), font.italic())
            font = fitting_font(text, font, width, smallest=min(12, font.pixelSize()))
            for line in wrap_lines(text, QFontMetricsF(font), width, most):
                lines.append((line, font, colour))
        return lines

    @staticmethod
    def _height(lines: list) -> float:
        return sum(QFontMetricsF(font).height() for _t, font, _c in lines) + 2 * TAG_PADDING

    def room(self) -> QRectF:
        """The most this seat can take in the scene: its disc and the tallest tag it could
        carry (three lines of name, two of own-script name, two of label, or as tall as its
        place allows). The scene's extent is made of these, so it does not change when names
        move between seats."""
        fonts = [seat_font("name")] * 3 + [seat_font("native")] * 2 + [seat_font("label")] * 2
        height = sum(QFontMetricsF(f).height() for f in fonts) + 2 * TAG_PADDING
        if self._max_height is not None:
            height = min(height, self._max_height)
        width = self._tag_width
        dx, dy = self._direction
        if self._on_desk:
            distance = DESK_NEAR + height / 2
        else:
            distance = SEAT_RADIUS + TAG_GAP + abs(dx) * width / 2 + abs(dy) * height / 2
        centre = QPointF(dx * distance, dy * distance)
        tag = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        return self.mapRectToScene(tag.united(_disc_rect()).adjusted(-3, -3, 3, 3))

    def _layout_tag(self) -> None:
        """The tag's lines and place: long names take up to three lines, own-script names and
        labels two; a tag whose height is limited (beside a seat on a side edge) gives up lines,
        the own-script name first (the tooltip still has it), until it fits. Before a name
        is cut short, a slightly smaller type (down to 11 px) is tried."""
        first: list | None = None
        for scale in (1.0, 0.87, 0.75):
            for most in ((3, 2, 2), (2, 1, 1), (2, 0, 1), (1, 0, 1), (1, 0, 0)):
                lines = self._tag_text(*most, scale=scale)
                if self._max_height is None or self._height(lines) <= self._max_height:
                    break
            first = lines if first is None else first
            if self._max_height is None or not any("…" in text for text, _f, _c in lines):
                break
        else:
            lines = first or []
        self._lines = lines
        if not lines:
            self._tag = QRectF()
            return
        width, height = self._tag_width, self._height(lines)
        dx, dy = self._direction
        if self._on_desk:  # from the desk's near edge forward, as a name card stands
            distance = DESK_NEAR + height / 2
        else:
            distance = SEAT_RADIUS + TAG_GAP + abs(dx) * width / 2 + abs(dy) * height / 2
            distance += self._extra
        centre = QPointF(dx * distance, dy * distance)
        self._tag = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    @property
    def extra(self) -> float:
        return self._extra

    def set_extra(self, extra: float) -> None:
        """Stand the tag ``extra`` pixels further out than beside the seat (see
        ``SeatingScene._untangle``)."""
        if extra != self._extra and not self._on_desk:
            self._extra = extra
            self._layout_tag()
            self._apply_look()

    def _apply_look(self) -> None:
        look = self.look
        hit = QPainterPath()
        hit.addEllipse(_disc_rect())
        if not self._tag.isNull():
            hit.addRect(self._tag)
        self.setPath(hit)  # what takes clicks and drops
        edge = QPen(HEAD_COLOUR if look.head else SEAT_EDGE, 3.5 if look.head else 1.5)
        if not look.occupied and not look.label:
            edge.setStyle(Qt.PenStyle.DashLine)
        self._disc.setPen(edge)
        self._disc.setBrush(self._disc_fill())
        self._star.setVisible(look.head)
        self._lock.setVisible(look.locked)
        for text in self._texts:
            # Qt documents a null parent as "make this a top-level item"; PySide6's stub
            # leaves None out of the parameter type.
            text.setParentItem(None)  # type: ignore[arg-type]
            if text.scene() is not None:
                text.scene().removeItem(text)
        self._texts = []
        tag = QPainterPath()
        if not self._tag.isNull():
            tag.addRoundedRect(self._tag, 5, 5)
            y = self._tag.top() + TAG_PADDING
            for line, font, colour in self._lines:
                text = QGraphicsSimpleTextItem(line, self)
                text.setFont(font)
                text.setBrush(colour)
                width = QFontMetricsF(font).horizontalAdvance(line)
                text.setPos(self._tag.center().x() - width / 2, y)
                self._texts.append(text)
                y += QFontMetricsF(font).height()
        self._tag_item.setPath(tag)
        self._tag_item.setBrush(self._tag_fill())
        self._tag_item.setVisible(not self._tag.isNull())
        ring = QPainterPath()
        if not self._tag.isNull():
            ring.addRoundedRect(self._tag.adjusted(-2, -2, 2, 2), 6, 6)
        self._tag_ring.setPath(ring)
        self._apply_ring()

    def _disc_fill(self) -> QColor:
        if self.look.fill is not None:
            return self.look.fill
        return self.look.tint.lighter(112) if self.look.tint is not None else EMPTY_FILL

    def _tag_fill(self) -> QColor:
        look = self.look
        return next((c for c in (look.fill, look.tint) if c is not None), QColor("#f7f7f5"))

    def _ring_colour(self) -> QColor | None:
        if self.drop_state == "ok":
            return DROP_OK_COLOUR
        if self.drop_state == "refused":
            return HIGHLIGHT_COLOUR
        if self.highlighted:
            return HIGHLIGHT_COLOUR
        if self.chosen:
            return SELECTED_COLOUR
        return None

    def _apply_ring(self) -> None:
        colour = self._ring_colour()
        state = (colour.name() if colour is not None else None, self._tag.isNull())
        if state == self._ring_state:
            return  # selection changes come often; leave Qt alone when nothing shows it
        self._ring_state = state
        for ring in (self._ring, self._tag_ring):
            ring.setVisible(colour is not None)
            if colour is not None:
                ring.setPen(QPen(colour, 5))
        self._tag_ring.setVisible(colour is not None and not self._tag.isNull())

    def drag_picture(self) -> QPixmap:
        """The name tag (or the seat) as the picture under the pointer while dragging."""
        rect = self._tag if not self._tag.isNull() else _disc_rect()
        pixmap = QPixmap(int(rect.width()) + 2, int(rect.height()) + 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-rect.left() + 1, -rect.top() + 1)
        items = [self._disc, self._number] if self._tag.isNull() else [self._tag_item, *self._texts]
        option = QStyleOptionGraphicsItem()
        for item in items:
            painter.save()
            painter.translate(item.pos())
            item.paint(painter, option, None)
            painter.restore()
        painter.end()
        return pixmap

    # -- dragging from here -----------------------------------------------------------------

    def _scene(self) -> SeatingScene | None:
        scene = self.scene()
        return scene if isinstance(scene, SeatingScene) else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        if scene is not None:
            scene.select_seat(self.number)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.screenPos().toPointF()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._scene()
        press = self._press
        if press is None or scene is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        moved = QLineF(press, event.screenPos().toPointF()).length()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        if not scene.writable or not self.look.occupied:
            return
        if self.look.locked:
            emit(
                scene.message,
                tr("Seat {number} is locked; unlock it to move who sits there.").format(
                    number=self.number
                ),
            )
            return
        assert self.look.participation_id is not None
        drag = QDrag(event.widget())
        drag.setMimeData(drag_mime(SeatDrag(self.look.participation_id, self.number)))
        picture = self.drag_picture()
        drag.setPixmap(picture)
        drag.setHotSpot(QPoint(picture.width() // 2, picture.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = None
        event.accept()

    # -- dropping here ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        scene = self._scene()
        drag = read_drag(event.mimeData())
        if scene is None or not scene.writable or drag is None or drag.from_seat == self.number:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.set_drop_state("refused" if self.look.locked else "ok")

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.set_drop_state(None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.set_drop_state(None)
        scene = self._scene()
        drag = read_drag(event.mimeData())
        if scene is None or drag is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        scene.drop_on_seat(self.number, drag)


def _covers(rect: QRectF, seat: SeatItem) -> bool:
    """Whether a tag's scene ``rect`` reaches into ``seat``'s disc."""
    centre = seat.pos()
    x = min(max(centre.x(), rect.left()), rect.right())
    y = min(max(centre.y(), rect.top()), rect.bottom())
    return math.hypot(x - centre.x(), y - centre.y()) < SEAT_RADIUS


def _disc_rect() -> QRectF:
    return QRectF(-SEAT_RADIUS, -SEAT_RADIUS, 2 * SEAT_RADIUS, 2 * SEAT_RADIUS)


def _star(centre: QPointF, radius: float) -> QPolygonF:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + k * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    return QPolygonF(points)


def _lock_badge(centre: QPointF, parent: QGraphicsItem) -> QGraphicsEllipseItem:
    """A padlock badge: a white disc with a shackle and body, legible at any zoom."""
    badge = QGraphicsEllipseItem(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), parent)
    badge.setPen(QPen(LOCK_COLOUR, 1.2))
    badge.setBrush(QColor("#ffffff"))
    shackle = QPainterPath()
    shackle.arcMoveTo(QRectF(centre.x() - 3.5, centre.y() - 7, 7, 8), 0)
    shackle.arcTo(QRectF(centre.x() - 3.5, centre.y() - 7, 7, 8), 0, 180)
    arc = QGraphicsPathItem(shackle, badge)
    arc.setPen(QPen(LOCK_COLOUR, 2))
    body = QPainterPath()
    body.addRoundedRect(QRectF(centre.x() - 5.5, centre.y() - 2.5, 11, 8), 1.5, 1.5)
    box = QGraphicsPathItem(body, badge)
    box.setPen(QPen(Qt.PenStyle.NoPen))
    box.setBrush(LOCK_COLOUR)
    return badge


def tag_room(geometry: TableGeometry, place: SeatPlace) -> tuple[float, float | None]:
    """(width, most height) a seat's tag may take without reaching its neighbours' tags.

    Along a straight edge the seat pitch limits a tag's width; a tag beside a seat on a side
    edge (a U's arms, a boardroom's long sides) may be wider, but no taller than the pitch.
    Round a round table the tags stand out from the table, where the seats' spacing is wider
    than at the chairs, by as much as a small table leaves.
    """
    outward = (-math.cos(place.facing), math.sin(place.facing))
    if geometry.shape is TableShape.ROUND:
        count = len(geometry.seats)
        if count < 3:
            return ROUND_TAG_WIDTH, None
        # Neighbouring tags stand this far apart, across the line from the centre; a tag
        # may be as wide as that spacing allows across, or as tall as it allows up and down.
        middle = math.hypot(place.x, place.y) * SCALE + SEAT_RADIUS + TAG_GAP + 30
        spacing = 2 * middle * math.sin(math.pi / count) - 10
        across, along = abs(outward[1]), abs(outward[0])  # |sin|, |cos| of the direction
        if across >= 0.7:
            return min(max(spacing * across, MIN_TAG_WIDTH), ROUND_TAG_WIDTH), None
        return ROUND_TAG_WIDTH, max(spacing * along, 40.0)
    if geometry.shape is TableShape.CLASSROOM:
        return TAG_WIDTH, DESK_ROOM
    if abs(outward[0]) > 0.9:
        return SIDE_TAG_WIDTH, TAG_WIDTH
    return TAG_WIDTH, None


class SeatingScene(QGraphicsScene):
    """The table and its seats for one plan's geometry."""

    seat_dropped = Signal(int, object)
    """(seat number, SeatDrag) when a person is dropped on a seat."""
    message = Signal(str)
    """A line for the status bar (a drag refused)."""
    seat_chosen = Signal(int)
    """(seat number, 0 for none) when another seat is chosen for the seat actions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.writable = True
        self._key: tuple | None = None
        self._seats: dict[int, SeatItem] = {}
        self._highlighted: set[int] = set()
        self._chosen: int | None = None

    @property
    def seat_items(self) -> dict[int, SeatItem]:
        return dict(self._seats)

    def seat_item(self, number: int) -> SeatItem | None:
        return self._seats.get(number)

    def show_plan(self, geometry: TableGeometry | None, looks: Mapping[int, SeatLook]) -> bool:
        """Draw ``geometry`` with ``looks``; True when the seats were laid out afresh."""
        key = layout_key(geometry) if geometry is not None else None
        rebuilt = key != self._key
        if rebuilt:
            self._rebuild(geometry)
            self._key = key
        for number, item in self._seats.items():
            item.set_look(looks.get(number, SeatLook(number)))
        self._untangle()
        if rebuilt:
            self._fit_rect()
        else:
            self._grow_rect()
        return rebuilt

    def _rebuild(self, geometry: TableGeometry | None) -> None:
        selected = self.selected_seat()
        self.clear()
        self._seats = {}
        self._highlighted = set()
        if geometry is None:
            return
        for part in geometry.outline:
            rect = QRectF(
                (part.x - part.width / 2) * SCALE,
                (-part.y - part.height / 2) * SCALE,
                part.width * SCALE,
                part.height * SCALE,
            )
            outline = (QGraphicsEllipseItem(rect) if part.kind == "ellipse"
                       else QGraphicsRectItem(rect))  # fmt: skip
            outline.setBrush(TABLE_FILL)
            outline.setPen(QPen(TABLE_EDGE, 2))
            outline.setZValue(-1)
            self.addItem(outline)
        on_desk = geometry.shape is TableShape.CLASSROOM
        for place in geometry.seats:
            width, height = tag_room(geometry, place)
            item = SeatItem(place, on_desk, width, height)
            self.addItem(item)
            self._seats[place.number] = item
        if on_desk:
            self._add_front_sign(geometry)
        self._chosen = None
        if selected in self._seats:
            self.select_seat(selected)
        elif selected is not None:
            emit(self.seat_chosen, 0)

    def _untangle(self) -> None:
        """Round a crowded round table, where tall and wide tags meet near the diagonals,
        stand the later of two touching tags further out (where the ring is wider), as the
        printed chart tiers its end rows."""
        items = list(self._seats.values())
        for item in items:
            item.set_extra(0.0)
        for _round in range(6):
            moved = False
            for index, item in enumerate(items):
                for other in items[index + 1 :]:
                    if other.tag_rect.isNull() or item.tag_rect.isNull():
                        continue
                    mine = item.mapRectToScene(item.tag_rect)
                    theirs = other.mapRectToScene(other.tag_rect)
                    if mine.intersects(theirs) or _covers(mine, other) or _covers(theirs, item):
                        pushed = (
                            other if other.tag_rect.height() <= item.tag_rect.height() else item
                        )
                        pushed.set_extra(pushed.extra + 12.0)
                        moved = True
            if not moved:
                break

    def _add_front_sign(self, geometry: TableGeometry) -> None:
        """Classroom rows all face one way: say which, above the first row's desks."""
        top = max(p.y + p.height / 2 for p in geometry.outline)
        sign = QGraphicsSimpleTextItem("▲ " + tr("Front of the room"))
        sign.setFont(_font(14, bold=True))
        sign.setBrush(MUTED_TEXT)
        width = sign.boundingRect().width()
        sign.setPos(-width / 2, -top * SCALE - 80)
        self.addItem(sign)

    def _fit_rect(self) -> None:
        rect = self.itemsBoundingRect()
        for item in self._seats.values():
            rect = rect.united(item.room())
        self.setSceneRect(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _grow_rect(self) -> None:
        """After names change seats, the drawing keeps its extent (so the view keeps its zoom
        and nothing moves under the pointer), growing only if a longer name needs the room."""
        needed = self.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if not self.sceneRect().contains(needed):
            self.setSceneRect(self.sceneRect().united(needed))

    # -- selection and highlighting ---------------------------------------------------------

    def selected_seat(self) -> int | None:
        return self._chosen

    def head_item(self) -> SeatItem | None:
        return next((item for item in self._seats.values() if item.look.head), None)

    def select_seat(self, number: int | None) -> None:
        """Make seat ``number`` the one the seat actions act on (None: no seat)."""
        number = number if number in self._seats else None
        if number == self._chosen:
            return
        chosen = self._seats.get(self._chosen) if self._chosen is not None else None
        if chosen is not None:  # gone when no plan is drawn: the number waits for the next one
            chosen.set_chosen(False)
        self._chosen = number
        if number is not None:
            self._seats[number].set_chosen(True)
        emit(self.seat_chosen, number if number is not None else 0)

    def set_highlighted(self, seats: Iterable[int]) -> None:
        """Ring ``seats`` in red (the seats of the violation selected in the list)."""
        self._highlighted = set(seats)
        for number, item in self._seats.items():
            item.set_highlighted(number in self._highlighted)

    @property
    def highlighted(self) -> set[int]:
        return set(self._highlighted)

    def drop_on_seat(self, number: int, drag: SeatDrag) -> None:
        emit(self.seat_dropped, number, drag)
