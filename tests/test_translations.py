"""The translations are complete, up to date with the source, and compiled.

``tools/update_translations.py`` runs Qt's ``pyside6-lupdate`` over the source and
``pyside6-lrelease`` into the committed ``.qm`` files; these tests fail when someone added a
text without running it, left a Japanese or Russian entry unfinished, dropped a placeholder or
a mnemonic in a translation, or forgot to recompile.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from roundtable import wording

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "tools" / "update_translations.py"
)
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
sys.modules["update_translations"] = tool
_spec.loader.exec_module(tool)

FORMS = {"en": 2, "ja": 1, "ru": 3}
"""How many plural forms Qt expects of each language."""


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize(
    "ts_file, plural_only", tool.ts_files(), ids=lambda v: getattr(v, "name", "")
)
def test_the_ts_file_holds_every_text_of_the_source(
    ts_file: Path, plural_only: bool, tmp_path: Path
) -> None:
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    tool.lupdate(fresh, plural_only=plural_only)
    assert sorted(map(key, messages(fresh))) == sorted(map(key, messages(ts_file))), (
        "run: python tools/update_translations.py --release"
    )


@pytest.mark.parametrize("language", ["en", *tool.LANGUAGES])
def test_every_entry_is_translated(language: str) -> None:
    path = tool.FOLDER / f"roundtable_{language}.ts"
    unfinished = []
    for message in messages(path):
        translation = message.find("translation")
        assert translation is not None
        texts = forms(message)
        expected = FORMS[language] if message.get("numerus") == "yes" else 1
        if translation.get("type") == "unfinished" or len(texts) != expected or not all(texts):
            unfinished.append(key(message)[0])
    assert unfinished == [], f"{len(unfinished)} unfinished in {path.name}: {unfinished[:10]}"


@pytest.mark.parametrize("language", ["en", *tool.LANGUAGES])
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for message in messages(tool.FOLDER / f"roundtable_{language}.ts"):
        source = key(message)[0]
        wanted = [p for p in wording.placeholders(source) if p != "%n"]
        for text in forms(message):
            if not text:
                continue
            got = [p for p in wording.placeholders(text) if p != "%n"]
            if got != wanted:
                wrong.append(f"{source!r} -> {text!r}: placeholders {got} != {wanted}")
            if _mnemonic(source) and not _mnemonic(text):
                wrong.append(f"{source!r} -> {text!r}: the &-mnemonic is lost")
    assert wrong == []


def _mnemonic(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


@pytest.mark.parametrize(
    "ts_file, plural_only", tool.ts_files(), ids=lambda v: getattr(v, "name", "")
)
def test_the_qm_file_is_compiled_from_the_ts(
    ts_file: Path, plural_only: bool, tmp_path: Path
) -> None:
    compiled = tmp_path / ts_file.with_suffix(".qm").name
    tool.lrelease(ts_file, compiled)
    assert compiled.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "run: python tools/update_translations.py --release"
    )
