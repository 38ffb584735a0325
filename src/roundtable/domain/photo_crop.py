"""Which part of a person's photo prints: the portrait frame cut out of the picture.

A photo is printed in a portrait frame (the bios booklet's 30 × 38 mm). A wide group shot or a
landscape snapshot squeezed into that frame whole would be a thin strip, so the frame is cut out
of it instead. By default the cut is as large as the picture allows, centred across and on the
upper third down (where a face is in most portraits); the person editor lets the user move and
shrink it, and keeps it as ``PersonRecord.photo_crop``: "x,y,w,h", fractions of the upright
picture's width and height ("" for the default).
"""

from __future__ import annotations

from dataclasses import dataclass

PORTRAIT_ASPECT = 30 / 38
"""Width over height of the portrait frame (pdf/bios.py's PHOTO_WIDTH / PHOTO_HEIGHT)."""

MIN_SIDE = 0.05
"""The smallest crop side, as a fraction of the picture's: smaller is a blur of pixels."""


@dataclass(frozen=True)
class Crop:
    """A rectangle in fractions of the picture's width and height, 0…1."""

    x: float
    y: float
    w: float
    h: float


def parse_crop(text: str) -> Crop | None:
    """The crop written in ``text``; None for "" or anything that is not a crop inside the
    picture (a hand-edited bundle: the default crop is used)."""
    parts = text.split(",") if text else []
    if len(parts) != 4:
        return None
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        return None
    if not all(0 <= v <= 1 for v in (x, y, w, h)) or w < MIN_SIDE / 2 or h < MIN_SIDE / 2:
        return None
    if x + w > 1.0001 or y + h > 1.0001:
        return None
    return Crop(x, y, w, h)


def format_crop(crop: Crop | None) -> str:
    """``crop`` as stored: four fractions with four decimals; "" for None."""
    if crop is None:
        return ""
    return ",".join(f"{v:.4f}" for v in (crop.x, crop.y, crop.w, crop.h))


def is_valid_crop(text: str) -> bool:
    return text == "" or parse_crop(text) is not None


def default_crop(width: int, height: int, aspect: float = PORTRAIT_ASPECT) -> Crop:
    """The largest ``aspect`` box in a ``width`` × ``height`` picture, centred across and on
    the upper third down."""
    if width <= 0 or height <= 0:
        return Crop(0, 0, 1, 1)
    box_w = min(float(width), height * aspect)
    box_h = box_w / aspect
    left = (width - box_w) / 2
    top = min(max(height / 3 - box_h / 2, 0.0), height - box_h)
    return Crop(left / width, top / height, box_w / width, box_h / height)


def fitted_crop(
    width: int, height: int, crop: Crop | None, aspect: float = PORTRAIT_ASPECT
) -> Crop:
    """``crop`` (None: the default) made ``aspect`` wide on a ``width`` × ``height`` picture:
    its longer side shortened about its centre, then moved inside the picture."""
    if crop is None or width <= 0 or height <= 0:
        return default_crop(width, height, aspect)
    box_w, box_h = crop.w * width, crop.h * height
    if box_w / box_h > aspect:
        box_w = box_h * aspect
    else:
        box_h = box_w / aspect
    centre_x = (crop.x + crop.w / 2) * width
    centre_y = (crop.y + crop.h / 2) * height
    left = min(max(centre_x - box_w / 2, 0.0), width - box_w)
    top = min(max(centre_y - box_h / 2, 0.0), height - box_h)
    return Crop(left / width, top / height, box_w / width, box_h / height)


def crop_box(
    width: int, height: int, text: str, aspect: float = PORTRAIT_ASPECT
) -> tuple[int, int, int, int]:
    """The pixels to keep of a ``width`` × ``height`` picture, (left, top, right, bottom), for
    the stored crop ``text`` ("" for the default), at the frame's ``aspect``."""
    crop = fitted_crop(width, height, parse_crop(text), aspect)
    left = round(crop.x * width)
    top = round(crop.y * height)
    right = max(left + 1, min(width, round((crop.x + crop.w) * width)))
    bottom = max(top + 1, min(height, round((crop.y + crop.h) * height)))
    return left, top, right, bottom
