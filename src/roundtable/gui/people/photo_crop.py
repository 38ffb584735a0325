"""The photo's crop control in the person editor: the whole photo, the portrait frame that
prints drawn on it, dragged with the mouse (or the arrow keys) and made smaller with a slider.

The crop is kept as ``PersonRecord.photo_crop`` (``domain.photo_crop``): "" until the user
moves or zooms the frame, so an untouched photo keeps the automatic crop (centred across, on
the upper third down) and an untouched record compares equal to the stored one.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from roundtable.domain.photo_crop import (
    MIN_SIDE,
    PORTRAIT_ASPECT,
    Crop,
    default_crop,
    fitted_crop,
    format_crop,
    parse_crop,
)
from roundtable.gui.common.signals import emit
from roundtable.wording import tr

ZOOM_STEPS = 100  # the slider: 0 is the largest frame, ZOOM_STEPS the smallest
KEY_STEP = 0.02  # an arrow key moves the frame this much of the picture


def cropped_pixmap(data: bytes | None, crop: str, size: int) -> QPixmap:
    """The part of the photo that prints, scaled to fit ``size`` × ``size`` (null if none)."""
    image = QImage()
    if not data or not image.loadFromData(data):
        return QPixmap()
    c = fitted_crop(image.width(), image.height(), parse_crop(crop))
    rect = QRectF(c.x * image.width(), c.y * image.height(), c.w * image.width(),
                  c.h * image.height()).toAlignedRect()  # fmt: skip
    return QPixmap.fromImage(image.copy(rect)).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class CropFrame(QWidget):
    """The whole photo with the portrait frame on it; drag the frame to move it."""

    crop_changed = Signal(str)
    """The new crop ("x,y,w,h"), after a drag, a key or the slider."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(tr("Photo crop"))
        self.setToolTip(
            tr("The part of the photo that prints: drag the frame, or move it with the arrow keys")
        )
        self._image = QImage()
        self._crop: Crop | None = None  # None: automatic
        self._text = ""
        self._drag: tuple[QPointF, Crop] | None = None

    # -- state --------------------------------------------------------------------------------

    def set_photo(self, data: bytes | None, crop: str = "") -> None:
        image = QImage()
        self._image = image if data and image.loadFromData(data) else QImage()
        self._crop = parse_crop(crop)
        self._text = crop if self._crop is not None else ""  # as stored, until changed
        self.update()

    def has_photo(self) -> bool:
        return not self._image.isNull()

    def crop_text(self) -> str:
        """As stored: "" while the frame is where it would be by itself."""
        return self._text

    def shown(self) -> Crop:
        """The frame as drawn, in fractions of the picture."""
        return fitted_crop(self._image.width(), self._image.height(), self._crop)

    def zoom(self) -> float:
        """0 for the largest frame the photo allows, 1 for the smallest."""
        largest = default_crop(self._image.width(), self._image.height())
        side = self.shown().w
        if largest.w <= MIN_SIDE:
            return 0.0
        return min(1.0, max(0.0, (largest.w - side) / (largest.w - MIN_SIDE)))

    def set_crop(self, crop: Crop | None) -> None:
        if self._image.isNull():
            return
        if crop is not None:
            crop = fitted_crop(self._image.width(), self._image.height(), crop)
        if crop == self._crop:
            return
        self._crop = crop
        self._text = format_crop(crop)
        self.update()
        emit(self.crop_changed, self.crop_text())

    def set_zoom(self, zoom: float) -> None:
        """The frame ``zoom`` of the way from the largest to the smallest, about its centre."""
        if self._image.isNull():
            return
        largest = default_crop(self._image.width(), self._image.height())
        current = self.shown()
        width = largest.w - zoom * (largest.w - MIN_SIDE)
        height = width * largest.h / largest.w
        centre = (current.x + current.w / 2, current.y + current.h / 2)
        self.set_crop(Crop(centre[0] - width / 2, centre[1] - height / 2, width, height))

    def move_by(self, dx: float, dy: float) -> None:
        c = self.shown()
        self.set_crop(Crop(min(max(c.x + dx, 0.0), 1 - c.w), min(max(c.y + dy, 0.0), 1 - c.h),
                           c.w, c.h))  # fmt: skip

    # -- drawing ------------------------------------------------------------------------------

    def _picture_rect(self) -> QRectF:
        if self._image.isNull():
            return QRectF()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._image.isNull():
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No photo"))
            return
        picture = self._picture_rect()
        painter.drawImage(picture, self._image)
        c = self.shown()
        frame = QRectF(picture.left() + c.x * picture.width(),
                       picture.top() + c.y * picture.height(),
                       c.w * picture.width(), c.h * picture.height())  # fmt: skip
        shade = QColor(0, 0, 0, 130)  # what does not print, darkened
        painter.fillRect(QRectF(picture.left(), picture.top(), picture.width(),
                                frame.top() - picture.top()), shade)  # fmt: skip
        painter.fillRect(QRectF(picture.left(), frame.bottom(), picture.width(),
                                picture.bottom() - frame.bottom()), shade)  # fmt: skip
        painter.fillRect(QRectF(picture.left(), frame.top(), frame.left() - picture.left(),
                                frame.height()), shade)  # fmt: skip
        painter.fillRect(QRectF(frame.right(), frame.top(), picture.right() - frame.right(),
                                frame.height()), shade)  # fmt: skip
        pen = QPen(QColor(255, 255, 255) if not self.hasFocus() else QColor(80, 160, 255), 2)
        painter.setPen(pen)
        painter.drawRect(frame)

    # -- input --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._image.isNull() or event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = (event.position(), self.shown())
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        start, crop = self._drag
        picture = self._picture_rect()
        if picture.width() <= 0 or picture.height() <= 0:
            return
        dx = (event.position().x() - start.x()) / picture.width()
        dy = (event.position().y() - start.y()) / picture.height()
        self.set_crop(Crop(min(max(crop.x + dx, 0.0), 1 - crop.w),
                           min(max(crop.y + dy, 0.0), 1 - crop.h), crop.w, crop.h))  # fmt: skip

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-KEY_STEP, 0.0),
            Qt.Key.Key_Right: (KEY_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, -KEY_STEP),
            Qt.Key.Key_Down: (0.0, KEY_STEP),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None or self._image.isNull():
            super().keyPressEvent(event)
            return
        self.move_by(*step)


class PhotoCropControl(QWidget):
    """The frame, a zoom slider and an "Automatic" button, for the person editor."""

    crop_changed = Signal(str)

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = CropFrame(QSize(width, round(width * 3 / 4)))
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal)
        self.zoom_slider.setRange(0, ZOOM_STEPS)
        self.zoom_slider.setAccessibleName(tr("Photo crop size"))
        self.zoom_slider.setToolTip(tr("Smaller frame: less of the photo, larger in print"))
        self.auto_button = QPushButton(tr("&Automatic crop"))
        self.auto_button.setToolTip(
            tr("The largest portrait frame, centred across and on the upper third")
        )
        self.auto_button.clicked.connect(lambda: self.frame.set_crop(None))
        self.zoom_slider.valueChanged.connect(self._zoomed)
        self.frame.crop_changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addWidget(self.zoom_slider, 1)
        layout.addLayout(row)
        layout.addWidget(self.auto_button)
        self._syncing = False
        self._enable()

    def set_photo(self, data: bytes | None, crop: str = "") -> None:
        self.frame.set_photo(data, crop)
        self._sync_slider()
        self._enable()

    def crop_text(self) -> str:
        return self.frame.crop_text()

    def _enable(self) -> None:
        has = self.frame.has_photo()
        for widget in (self.frame, self.zoom_slider, self.auto_button):
            widget.setEnabled(has)

    def _sync_slider(self) -> None:
        self._syncing = True
        try:
            self.zoom_slider.setValue(round(self.frame.zoom() * ZOOM_STEPS))
        finally:
            self._syncing = False

    def _zoomed(self, value: int) -> None:
        if not self._syncing:
            self.frame.set_zoom(value / ZOOM_STEPS)

    def _changed(self, crop: str) -> None:
        self._sync_slider()
        emit(self.crop_changed, crop)


__all__ = ["PORTRAIT_ASPECT", "CropFrame", "PhotoCropControl", "cropped_pixmap"]
