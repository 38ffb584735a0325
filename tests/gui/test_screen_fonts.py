"""Shipped fonts stand in for writing systems the system lacks, and only for those."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from roundtable.gui.common import fonts

WS = QFontDatabase.WritingSystem


def missing_glyphs(text: str) -> int:
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


def test_only_missing_writing_systems_get_a_shipped_font(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "missing_writing_systems", lambda systems=(): [WS.Korean])
    report = fonts.register_missing_fonts(force=True)
    assert report.missing == ["Korean"] and report.failed == []
    assert set(report.registered) == {"NanumGothic.ttf", "NanumGothicBold.ttf"}
    assert "NanumGothic" in QFontDatabase.families(WS.Korean)
    assert missing_glyphs("하용출") == 0


def test_nothing_is_registered_when_the_system_has_every_script(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "missing_writing_systems", lambda systems=(): [])
    report = fonts.register_missing_fonts(force=True)
    assert report.registered == {} and report.missing == []
    assert fonts.register_missing_fonts() is report  # once per process


def test_names_in_every_script_have_glyphs_after_registration(qapp):
    fonts.register_missing_fonts(force=True)
    for name in ("Андрей Кортунов", "Ελένη Παπαδάκη", "上月豊久", "林晓梅", "하용출", "森田はるか"):
        assert missing_glyphs(name) == 0, name


def test_a_missing_font_file_is_logged_not_fatal(qapp, monkeypatch, caplog):
    monkeypatch.setattr(fonts, "missing_writing_systems", lambda systems=(): [WS.Greek])
    monkeypatch.setitem(fonts.SHIPPED, WS.Greek, ("NoSuchFont.ttf",))
    report = fonts.register_missing_fonts(force=True)
    assert report.failed == ["NoSuchFont.ttf"]


def test_widgets_are_refreshed(qtbot):
    label = QLabel("하용출")
    qtbot.addWidget(label)
    label.show()
    fonts.refresh_widgets()  # a FontChange to everyone: relaid out, repainted, no error
    assert label.isVisible()


def test_the_window_checks_fonts_just_after_it_is_shown(qtbot, store, settings, monkeypatch):
    from roundtable.gui.shell.main_window import MainWindow

    calls = []
    monkeypatch.setattr(fonts, "register_missing_fonts", lambda: calls.append(True))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert calls == []  # not while the window is built
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.hide()
    window.show()
    qtbot.wait(150)
    assert calls == [True]  # once
