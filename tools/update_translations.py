"""Refresh the translation files from the source, with Qt's own tools.

    python tools/update_translations.py          # lupdate: new texts into the .ts files
    python tools/update_translations.py --release  # and lrelease: compile the .qm files

``pyside6-lupdate`` reads every call of ``tr()`` and ``QT_TR_NOOP()`` in ``src/roundtable``
(all layers: the GUI, the services' messages, the PDFs' words) into
``resources/translations/roundtable_{ja,ru}.ts``, keeping what is already translated, and the
English plural forms into ``roundtable_en.ts`` (``-pluralonly``). Translate in Qt Linguist or
any editor (docs/translations.md has the glossary), then run with ``--release``; the .qm files
are committed, so the wheel and a frozen app carry them without a build step.
tests/test_translations.py fails when a .ts is out of date or unfinished, or a .qm is stale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "roundtable"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ja", "ru")
"""Translated languages; English is the source, its .ts holds only plural forms."""


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if "migrations" not in p.parts)


def lupdate(ts_file: Path, *, plural_only: bool = False, no_obsolete: bool = True) -> str:
    """Run pyside6-lupdate over the source into ``ts_file``; its report (counts of texts)."""
    files_list = ts_file.with_suffix(".files")
    files_list.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    command = ["pyside6-lupdate", "-locations", "none", f"@{files_list}", "-ts", str(ts_file)]
    if plural_only:
        command.insert(1, "-pluralonly")
    if no_obsolete:
        command.insert(1, "-no-obsolete")
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    finally:
        files_list.unlink(missing_ok=True)
    return done.stdout + done.stderr


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)  # fmt: skip


def ts_files() -> list[tuple[Path, bool]]:
    """(path, plural only) of every .ts file."""
    return [(FOLDER / "roundtable_en.ts", True)] + [
        (FOLDER / f"roundtable_{code}.ts", False) for code in LANGUAGES
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for ts_file, plural_only in ts_files():
        print(ts_file.name, lupdate(ts_file, plural_only=plural_only).strip().replace("\n", " "))
        if args.release:
            lrelease(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
