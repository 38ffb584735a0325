"""Loading the interface's language: Roundtable's own .qm files and Qt's (qtbase) beside them.

The language is the one chosen in Preferences, or the system's when the choice is "System"
(the default); it is read once at start-up, so a change applies on the next start. Qt's own
dialogs (file dialogs, message box buttons, the colour dialog) take their words from the
qtbase translations that PySide6 ships, so they follow the same choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from roundtable import wording

LANGUAGE_KEY = "interface/language"
"""QSettings key: "" for the system's language, else a code from ``wording.LANGUAGES``."""


def chosen_language(settings: QSettings) -> str:
    """The code stored in Preferences; "" means follow the system."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in wording.LANGUAGES else ""


def system_language() -> str:
    """The first of the system's UI languages that Roundtable speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in wording.LANGUAGES:
            return code
    return wording.SOURCE_LANGUAGE


def interface_language(settings: QSettings) -> str:
    return chosen_language(settings) or system_language()


_loaded: list[QTranslator] = []
"""Kept alive for the life of the app: Qt holds translators by pointer only."""


def install_language(language: str) -> None:
    """Install the translators for ``language`` into the running app (or none for English
    beyond its plural forms) and point ``wording.tr`` at them; dates and numbers follow."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs a QApplication"
    for old in _loaded:
        app.removeTranslator(old)
    _loaded.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own_folder = str(wording.translations_dir())
    wanted = [(f"roundtable_{language}", own_folder)]
    if language != wording.SOURCE_LANGUAGE:
        wanted.append((f"qtbase_{language}", qt_folder))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _loaded.append(translator)
    # Numbers and date editors: the system's conventions when it speaks the language (an
    # English interface on a German system keeps German dates), else the language's own.
    system = QLocale.system()
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same or language == wording.SOURCE_LANGUAGE else QLocale(language))
    wording.install(_qt_translate, language)


def _qt_translate(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files every bare tr() under the empty context, so that is where to look.
    return QCoreApplication.translate("", text, disambiguation, n)
