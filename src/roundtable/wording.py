"""The words a user reads, in the user's language: one ``tr()`` for every layer.

Qt's ``pyside6-lupdate`` collects every call of a function named ``tr`` (and ``QT_TR_NOOP``)
from the whole source into ``resources/translations/roundtable_<lang>.ts``
(``tools/update_translations.py``). So the GUI, the services' messages and the PDFs are all
translated from the same files, with Qt's own tools, and the translators see each text once.

How a text is looked up depends on who asks:

* In the GUI, the app installs ``QCoreApplication.translate`` (``install()``), so Qt's
  translators, loaded from the compiled ``.qm`` files, do the work; lupdate files every bare
  ``tr()`` under the empty context, which is the one used here.
* A PDF is written in the language chosen for it, which need not be the interface's: the
  exporter runs inside ``speaking(language)``, and ``tr()`` then reads that language's ``.ts``
  file directly. This works without Qt, so the command line and a worker thread can do it; the
  override is a context variable, so a PDF written in a worker thread leaves the interface's
  language alone.
* With nothing installed (the command line), texts stay English; English plurals ("1 person",
  "3 people") still come from ``roundtable_en.ts``, which holds only the plural forms, as Qt
  expects of a source language.

This module is below every layer (standard library only), so domain rules and services can
mark their messages too.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "ru": "Русский"}
"""The interface languages, each named in itself (as a language menu shows them)."""

SOURCE_LANGUAGE = "en"

Translate = Callable[[str, "str | None", int], str]
"""(text, disambiguation, n) -> the text in the current language."""


def _english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return catalogue(SOURCE_LANGUAGE).translate(text, disambiguation, n)


_installed: Translate = _english
_installed_language = SOURCE_LANGUAGE
_speaking: ContextVar[str | None] = ContextVar("roundtable_speaking", default=None)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; ``%n`` is replaced by ``n`` in its plural form."""
    language = _speaking.get()
    if language is not None:
        return catalogue(language).translate(text, disambiguation, n)
    return _installed(text, disambiguation, n)


def listing(items: Iterable[str]) -> str:
    """Items of a list in running text, joined as the language joins them ("a, b" / "a、b")."""
    return tr(", ", "between the items of a list in running text").join(items)


def full_stop(text: str) -> str:
    """``text`` ended as a sentence in the current language ("…." / "…。")."""
    return text + tr(".", "the end of a sentence")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for translation where it is defined (a table at module level, read before
    any translator is installed); translate it with ``tr()`` where it is shown."""
    return text


def install(translate: Translate, language: str) -> None:
    """Called once by the GUI after loading its Qt translators."""
    global _installed, _installed_language
    _installed = translate
    _installed_language = language if language in LANGUAGES else SOURCE_LANGUAGE


def uninstall() -> None:
    """Back to English (tests that start an app in another language end with this)."""
    install(_english, SOURCE_LANGUAGE)


def language() -> str:
    """The language texts come out in here: a PDF's while it is written, else the interface's."""
    return _speaking.get() or _installed_language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Everything ``tr()`` and the date helpers write inside comes out in ``language``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    token = _speaking.set(language)
    try:
        yield
    finally:
        _speaking.reset(token)


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The interface language the system asks for (POSIX variables), English if none of ours.

    The GUI asks Qt (``QLocale.system()``) instead; this is for the command line, which has no
    Qt, so that ``export agenda`` on a Japanese machine writes a Japanese agenda.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in env.get(name, "").split(":"):
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code and name != "LANGUAGE":
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def translations_dir() -> Path:
    """Where the .ts and .qm files are: in the wheel, or beside ``src/`` in a checkout."""
    from roundtable.resource_files import resource_path

    return resource_path("translations")


def plural_index(language: str, n: int) -> int:
    """Which numerus form Qt uses for ``n`` (Qt's rules: one form in Japanese, three in Russian)."""
    if language == "ja":
        return 0
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


@dataclass
class Catalogue:
    """One language's translations, read from its .ts file without Qt."""

    language: str
    texts: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def translate(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.texts.get((text, disambiguation or ""))
        if forms:
            index = plural_index(self.language, n) if n >= 0 else 0
            result = forms[min(index, len(forms) - 1)] or text
        else:
            result = text
        return result.replace("%n", str(n)) if n >= 0 else result


@cache
def catalogue(language: str) -> Catalogue:
    found = Catalogue(language)
    path = translations_dir() / f"roundtable_{language}.ts"
    if not path.is_file():
        return found
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        found.texts[(source, comment)] = forms
    return found


_PLACEHOLDER = re.compile(r"%n|%L?\d|\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The slots a translation must keep: ``%n``, ``%1``, ``{name}`` (in any order)."""
    return sorted(_PLACEHOLDER.findall(text))
