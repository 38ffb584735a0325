"""Qt's own messages (a missing plugin, a font it cannot load, a painter misuse) into the log.

Qt prints them on stderr, which a windowed app does not have: routed through ``logging`` they
reach the log file (and a terminal, if any, through ``roundtable.app_log``'s handler) at the
matching level. Whatever handler was installed before keeps getting every message too: under
the tests that is pytest-qt's, which fails a test on a Qt warning. The previous handler is put
back when the window closes, so a test that runs the app leaves pytest-qt's handler in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def logger_for(category: str | None) -> logging.Logger:
    """``qt`` for Qt's uncategorised messages, else its category (``qt.qpa.fonts``) as a child
    of ``qt``, so a log line says which part of Qt spoke."""
    if not category or category == "default":
        return logging.getLogger("qt")
    return logging.getLogger(category if category.startswith("qt.") else f"qt.{category}")


def _routing(previous: MessageHandler | None) -> MessageHandler:
    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        logger_for(context.category).log(LEVELS.get(kind, logging.WARNING), "%s", message)
        if previous is not None:
            previous(kind, context, message)

    return handle


@contextmanager
def qt_messages_logged() -> Iterator[None]:
    """While inside: every Qt message goes to ``logging`` as well as to the previous handler."""
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(_routing(previous))
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
