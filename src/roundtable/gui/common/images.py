"""Portrait photos and organisations' logos: read from a file, made small enough to keep in
the database, shown back. In common: the people directory and the organisation dialog use it.

A camera photo is 3–10 MB; the directory and the bios booklet need a portrait a few
centimetres wide. So a chosen image is turned the right way up (EXIF orientation), scaled to at
most 600 px on its long side and stored as JPEG at quality 85 (about 40–80 KB), or as PNG when
it really has transparent pixels, which JPEG would turn black.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from roundtable.errors import UserError
from roundtable.wording import tr

MAX_SIDE = 600
JPEG_QUALITY = 85
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff"


def image_filter() -> str:
    """The file dialog's filter, in the interface's language (a function, not a constant: the
    translator is installed after this module is imported)."""
    return tr("Images") + f" ({IMAGE_PATTERNS});;" + tr("All files") + " (*)"


def read_photo(path: str | Path) -> tuple[bytes, str]:
    """The image at ``path`` as (bytes, MIME type), ready to store; UserError if unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        reason = reader.errorString().rstrip(".")
        raise UserError(
            tr("the file {file} cannot be read as an image ({reason})").format(
                file=Path(path).name, reason=reason
            )
        )
    return encode_photo(image)


def encode_photo(image: QImage, max_side: int = MAX_SIDE) -> tuple[bytes, str]:
    if image.isNull():
        raise UserError(tr("the image is empty"))
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            QSize(max_side, max_side),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if has_transparency(image):
        return _encoded(image, "PNG", -1), "image/png"
    return _encoded(image.convertToFormat(QImage.Format.Format_RGB888), "JPG", JPEG_QUALITY), (
        "image/jpeg"
    )


def has_transparency(image: QImage) -> bool:
    """Whether any pixel is not fully opaque (an alpha channel alone is not enough: many PNGs
    have one that is opaque everywhere)."""
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    data = bytes(alpha.constBits())
    width, stride = alpha.width(), alpha.bytesPerLine()  # lines may be padded
    return any(
        min(data[y * stride : y * stride + width]) < 255 for y in range(alpha.height()) if width
    )


def _encoded(image: QImage, fmt: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub asks for the format as bytes, but the binding takes only a str.
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]
        raise UserError(tr("the image could not be converted to {format}").format(format=fmt))
    buffer.close()
    return bytes(array.data())


def photo_pixmap(data: bytes | None, size: int) -> QPixmap:
    """The stored photo scaled to fit ``size`` × ``size`` (a null pixmap when there is none)."""
    pixmap = QPixmap()
    if not data or not pixmap.loadFromData(data):
        return QPixmap()
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
