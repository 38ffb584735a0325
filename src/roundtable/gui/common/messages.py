"""Store messages turned into dialog text, the same way in every view.

The store speaks in one-line, lower-case clauses joined by "; " ("could not save to X: disk
full; the change was not saved, and ..."), which suit a log; a dialog reads better in short
paragraphs that start with a capital and end with a full stop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def sentence(message: object) -> str:
    text = str(message).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def paragraphs(message: object) -> str:
    return "\n\n".join(sentence(part) for part in str(message).split("; ") if part.strip())


ALREADY_SAID = ("not saved", "nothing was saved", "nothing was changed", "nothing was deleted",
                "nothing was moved", "nothing was imported")  # fmt: skip
"""Words by which the store's message already says that nothing changed."""


def show_failure(parent: QWidget | None, attempt: str, message: str) -> None:
    """A refused change: what the store said, and that nothing changed (unless it says so)."""
    text = paragraphs(message)
    if not any(words in text.lower() for words in ALREADY_SAID):
        text += "\n\nThe change was not made."
    QMessageBox.warning(parent, attempt, text)
