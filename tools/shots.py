"""Saving a screenshot the way every tools/screenshot_*.py script does: into the folder asked
for, its path printed, and with ``--docs`` also into docs/screenshots/ where the README and the
guide find it. Run the scripts from the repository; they import this module beside them."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

DOCS_SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def shot_arguments(description: str) -> argparse.Namespace:
    """``OUT_DIR [--docs]``, the folder made if missing."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", action="store_true", help="copy into docs/screenshots/ too")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    return args


def settle(app: QApplication, turns: int = 8) -> None:
    """Let the window lay out and paint what the last step asked for."""
    for _ in range(turns):
        app.processEvents()


def save_shot(widget: QWidget, out_dir: Path, name: str, *, docs: bool = False) -> Path:
    """``widget`` as ``out_dir/name``; SystemExit if it cannot be written."""
    path = out_dir / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    if docs:
        shutil.copyfile(path, DOCS_SCREENSHOTS / path.name)
    return path
