"""Saving a screenshot the way every tools/screenshot_*.py script does: into the folder asked
for, its path printed, and with ``--docs`` also into docs/screenshots/ where the README and the
guide find it. Run the scripts from the repository; they import this module beside them."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

DOCS_SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def save_shot(widget: QWidget, out_dir: Path, name: str, *, docs: bool = False) -> Path:
    """``widget`` as ``out_dir/name``; SystemExit if it cannot be written."""
    path = out_dir / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    if docs:
        shutil.copyfile(path, DOCS_SCREENSHOTS / path.name)
    return path
