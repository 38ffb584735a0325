"""The interface in Japanese and Russian: chosen from the system or Preferences, with Qt's own
dialogs following, and back to English when asked."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from roundtable import wording
from roundtable.gui.common.translations import LANGUAGE_KEY, install_language
from roundtable.gui.shell.main_window import MainWindow


@pytest.fixture
def speaks() -> Iterator[None]:
    """Whatever a test installs, the next test starts in English again."""
    yield
    install_language("en")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("language", "cancel", "script"),
    [("ja", "キャンセル", "\u3040-\u30ff\u4e00-\u9fff"), ("ru", "Отмена", "\u0400-\u04ff")],
)
def test_the_main_window_and_qts_own_buttons_speak_the_language(
    qtbot, store, settings, speaks, language: str, cancel: str, script: str
) -> None:
    import re

    install_language(language)
    assert wording.language() == language
    assert QLocale().name().startswith(language)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    titles = _menu_titles(window)
    assert titles and all(re.search(f"[{script}]", title) for title in titles), titles
    assert "&" in "".join(titles)  # the mnemonics survived translation
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") in (
        cancel,
        f"{cancel}(C)",
    )


def test_english_again_after_another_language(qtbot, store, settings, speaks) -> None:
    install_language("ru")
    install_language("en")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert "&File" in _menu_titles(window)
    assert QCoreApplication.translate("", "&File") == "&File"


def _started_language(tmp_path: Path, environ: dict[str, str], chosen: str = "") -> str:
    """The language an app started in a fresh process speaks (its own settings folder)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL")}
    env.update(environ, XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    if chosen:
        settings = QSettings(
            str(tmp_path / "Roundtable" / "Roundtable.conf"), QSettings.Format.IniFormat
        )
        settings.setValue(LANGUAGE_KEY, chosen)
        settings.sync()
    code = (
        "from roundtable.gui.shell.app import application; application(); "
        "from roundtable import wording; print(wording.language())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.slow  # starts Qt in new processes
def test_the_language_follows_the_system_unless_preferences_choose(tmp_path: Path) -> None:
    assert _started_language(tmp_path / "a", {"LANG": "ja_JP.UTF-8"}) == "ja"
    assert _started_language(tmp_path / "b", {"LANG": "ru_RU.UTF-8"}) == "ru"
    assert _started_language(tmp_path / "c", {"LANG": "de_DE.UTF-8"}) == "en"
    assert _started_language(tmp_path / "d", {"LANG": "ja_JP.UTF-8"}, chosen="ru") == "ru"
    assert _started_language(tmp_path / "e", {"LANG": "ru_RU.UTF-8"}, chosen="en") == "en"
