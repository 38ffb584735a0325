"""Colours that read on the user's palette, light or dark.

A few colours carry meaning of their own (an overrun in red, a heading in the app's blue); they
are kept, but made lighter or darker until they stand out from the background they are drawn on
by at least the WCAG ratio for text (4.5:1), so a dark desktop theme does not turn headings and
warnings into dark-on-dark.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

TEXT_CONTRAST = 4.5  # WCAG AA for normal text
MARK_CONTRAST = 3.0  # WCAG AA for large text and graphical marks
PROBLEM = QColor("#b3261e")  # the app's red: what needs fixing, a time past its slot, an overrun


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or current_palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def current_palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def opaque(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it looks drawn on ``background`` (palettes give placeholder text as
    half-transparent black or white)."""
    alpha = colour.alphaF()
    if alpha >= 1.0:
        return QColor(colour)
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def readable(colour: QColor | str, background: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """``colour`` with its lightness moved away from ``background``'s, just enough to reach
    ``ratio`` against it (the hue is kept, so red stays red)."""
    result = opaque(QColor(colour), background)
    if contrast(result, background) >= ratio:
        return result
    # PySide6's stub types getHslF() as object; it returns the four floats.
    hue, saturation, lightness, alpha = cast(tuple[float, float, float, float], result.getHslF())
    lighter = luminance(background) < 0.5
    for _step in range(40):
        lightness = min(lightness + 0.025, 1.0) if lighter else max(lightness - 0.025, 0.0)
        result = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if contrast(result, background) >= ratio or lightness in (0.0, 1.0):
            break
    return result


def on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (text on a coloured bar)."""
    white, black = QColor("white"), QColor("#1b1b1b")
    return white if contrast(white, background) >= contrast(black, background) else black


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def problem_style() -> str:
    """A label's style sheet for a line saying what needs fixing: the app's red, made readable
    on this palette's window colour (a dark theme gets a lighter red)."""
    window = current_palette().color(QPalette.ColorRole.Window)
    return f"color: {css(readable(PROBLEM, window))};"


def colour_rules(
    palette: QPalette, colours: dict[str, str], muted: tuple[str, ...] = (".muted", "td.key")
) -> str:
    """A style sheet for an HTML page on ``palette``: each selector's colour made readable on
    the page's background, and the ``muted`` selectors in the palette's placeholder colour."""
    background = palette.color(QPalette.ColorRole.Base)
    quiet = css(readable(palette.color(QPalette.ColorRole.PlaceholderText), background))
    rules = [f"{sel} {{ color: {css(readable(c, background))}; }}" for sel, c in colours.items()]
    rules += [f"{sel} {{ color: {quiet}; }}" for sel in muted]
    return "\n".join(rules)
