"""Store messages turned into dialog text, the same way in every view.

The store speaks in one-line, lower-case clauses joined by "; " ("could not save to X: disk
full; the change was not saved, and ..."), which suit a log; a dialog reads better in short
paragraphs that start with a capital and end with a full stop (a Japanese one with "。").
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.wording import QT_TR_NOOP, language, tr

_ENDINGS = (".", "?", "!", "。", "？", "！", "…")


def sentence(message: object) -> str:
    text = str(message).strip()
    text = text[:1].upper() + text[1:]
    if not text or text.endswith(_ENDINGS):
        return text
    return text + ("。" if language() == "ja" else ".")


def paragraphs(message: object) -> str:
    return "\n\n".join(sentence(part) for part in str(message).split("; ") if part.strip())


ALREADY_SAID = (
    QT_TR_NOOP("not saved"),
    QT_TR_NOOP("nothing was saved"),
    QT_TR_NOOP("nothing was changed"),
    QT_TR_NOOP("nothing was deleted"),
    QT_TR_NOOP("nothing was moved"),
    QT_TR_NOOP("nothing was imported"),
)
"""Words by which the store's message already says that nothing changed (in English, or as the
translations of the whole messages word it: the translators keep these phrases the same)."""


def show_failure(parent: QWidget | None, attempt: str, message: str) -> None:
    """A refused change: what the store said, and that nothing changed (unless it says so)."""
    text = paragraphs(message)
    said = text.lower()
    if not any(words in said or tr(words).lower() in said for words in ALREADY_SAID):
        text += "\n\n" + tr("The change was not made.")
    QMessageBox.warning(parent, attempt, text)
