"""Colours read on a dark palette as on a light one: headings, statuses, warnings and icons are
made light enough to stand out, and keep their hue."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from roundtable.gui.common import icons
from roundtable.gui.common.palette_colours import (
    TEXT_CONTRAST,
    contrast,
    is_dark,
    on,
    readable,
)
from roundtable.gui.events.event_overview import COLOURS, colour_css


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.Base, "#1b1b1b"),
                         (roles.Text, "#eeeeee"), (roles.WindowText, "#eeeeee"),
                         (roles.PlaceholderText, "#5f5f5f")):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    icons._drawn.cache_clear()
    yield qapp.palette()
    qapp.setPalette(before)
    icons._drawn.cache_clear()


def colours_in(css: str) -> list[QColor]:
    return [QColor(c) for c in re.findall(r"#[0-9a-fA-F]{6}", css)]


def test_the_overviews_colours_read_on_dark_and_stay_on_light(qapp):
    dark = dark_palette()
    assert is_dark(dark)
    for colour in colours_in(colour_css(dark)):
        assert contrast(colour, dark.color(QPalette.ColorRole.Base)) >= TEXT_CONTRAST
    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    assert f"h2 {{ color: {COLOURS['h2']}; }}" in colour_css(light), "kept where it reads"


def test_a_colour_keeps_its_hue_when_made_readable():
    red = readable("#a11d1d", QColor("#1b1b1b"))
    assert contrast(red, QColor("#1b1b1b")) >= TEXT_CONTRAST
    assert abs(red.hslHueF() - QColor("#a11d1d").hslHueF()) < 0.02
    assert on(QColor("#3c78c8")) == QColor("white") and on(QColor("#f0e68c")) != QColor("white")


def test_our_icons_stand_out_on_a_dark_window(dark):
    window = dark.color(QPalette.ColorRole.Window)
    image = icons.themed("document-new").pixmap(24, 24).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    inked = [QColor.fromRgba(image.pixel(x, y)) for x in range(24) for y in range(24)]
    lines = [c for c in inked if c.alpha() == 255]
    assert lines, "the icon is drawn"
    assert min(contrast(c, window) for c in lines) >= TEXT_CONTRAST


def test_the_app_follows_a_palette_chosen_while_it_runs(dark, store, settings):
    from roundtable.gui.events.event_overview import EventOverview

    overview = EventOverview(store, settings)
    QApplication.sendPostedEvents()
    assert "#1f4e79" not in overview.document().defaultStyleSheet(), "the heading blue is lighter"


def test_half_transparent_placeholder_text_is_grey_not_black():
    from roundtable.gui.common.palette_colours import colour_rules

    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    light.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 128))
    muted = re.search(r"\.muted \{ color: (#[0-9a-f]{6})", colour_rules(light, {})).group(1)
    assert muted not in ("#000000", "#ffffff")
    assert contrast(QColor(muted), QColor("white")) >= TEXT_CONTRAST
