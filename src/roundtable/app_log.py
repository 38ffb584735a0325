"""Roundtable's log file: what went wrong, kept where a user (or their IT desk) can find it.

Most people run the app from a menu, with no terminal to show a warning: under ``pythonw`` or the
frozen windowed build there is no stderr at all. So warnings and errors always go to a rotating
file in the platform's log folder (platformdirs ``user_log_dir``; ``$ROUNDTABLE_LOG_DIR`` instead
where a site wants the logs elsewhere), and information too with ``--verbose``. A terminal, when
there is one, gets the same lines in the CLI's one-line style. Python warnings, uncaught
exceptions in threads and "exception ignored" reports go to the log as well, and Qt's own
messages are routed here by ``roundtable.gui.common.qt_messages``.

Logging never stops the app: when the folder cannot be written, the log goes to the temporary
folder, or nowhere, and stderr (if any) says so once.

No Qt here: the command-line tools log the same way.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
from collections import deque
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

APP_DIR_NAME = "roundtable"
LOG_FILE_NAME = "roundtable.log"
LOG_DIR_ENV = "ROUNDTABLE_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

_handlers: list[logging.Handler] = []
_log_file: Path | None = None


def log_dir() -> Path:
    """The folder holding the log files (for Help › Open log folder and the crash dialog): the
    one in use once ``setup_logging`` ran, else the one it will use."""
    if _log_file is not None:
        return _log_file.parent
    return _wanted_dir()


def _wanted_dir() -> Path:
    configured = os.environ.get(LOG_DIR_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def _fallback_dir() -> Path:
    """Somewhere writable when the platform's folder is not (a read-only home, a full disk)."""
    return Path(tempfile.gettempdir()) / f"{APP_DIR_NAME}-log"


class _TerminalFormatter(logging.Formatter):
    """``roundtable: warning: …``, like the CLI's own messages."""

    def format(self, record: logging.LogRecord) -> str:
        text = f"roundtable: {record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record comes (pytest swaps it; ``pythonw``
    has none, and then the line goes to the file only)."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.setLevel(level)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        """StreamHandler's constructor sets it; the stream is always the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _open_file_handler(
    max_bytes: int, backup_count: int
) -> logging.handlers.RotatingFileHandler | None:
    """The rotating file handler in the first folder that can be written, or None."""
    tried: list[str] = []
    for folder in (_wanted_dir(), _fallback_dir()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE_NAME,
                maxBytes=max_bytes,
                backupCount=backup_count,
                encoding="utf-8",
            )
        except OSError as exc:
            tried.append(f"{folder}: {exc.strerror or exc}")
            continue
        if tried:
            _say_on_stderr(f"cannot write the log in {tried[0]}; writing it in {folder}")
        return handler
    _say_on_stderr("cannot write a log file (" + "; ".join(tried) + ")")
    return None


def _say_on_stderr(text: str) -> None:
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):  # a closed stderr: say nothing
            print(f"roundtable: warning: {text}", file=sys.stderr)


def setup_logging(
    verbose: bool = False, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
) -> Path:
    """Send warnings and errors (and information when ``verbose``) to the log file and to stderr,
    if there is one; the log file's path (where it was meant to be if nothing could be written).

    Calling it again replaces what the last call set up, so a test, or ``main`` run twice in one
    process, does not log every line twice."""
    global _log_file
    root = logging.getLogger()
    for old in _handlers:
        root.removeHandler(old)
        old.close()
    _handlers.clear()
    level = logging.INFO if verbose else logging.WARNING
    root.setLevel(level)
    file_handler = _open_file_handler(max_bytes, backup_count)
    if file_handler is not None:
        file_handler.setLevel(level)
        file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
        _handlers.append(file_handler)
        _log_file = Path(file_handler.baseFilename)
    else:
        _log_file = None
    terminal = _StderrHandler(level)
    terminal.setFormatter(_TerminalFormatter())
    _handlers.append(terminal)
    for handler in _handlers:
        root.addHandler(handler)
    logging.captureWarnings(True)
    _install_hooks()
    return _log_file if _log_file is not None else _wanted_dir() / LOG_FILE_NAME


def last_lines(n: int) -> list[str]:
    """The last ``n`` lines of the current log file (without line ends), for a crash report;
    none when there is no log file."""
    if _log_file is None:
        return []
    for handler in _handlers:
        handler.flush()
    try:
        with _log_file.open(encoding="utf-8", errors="replace") as lines:
            return [line.rstrip("\n") for line in deque(lines, maxlen=n)]
    except OSError:
        return []


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    """A thread that died of an exception: into the log (with the traceback), not only stderr."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    exc_info = (args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
    log.error("uncaught exception in thread %s", name, exc_info=exc_info)


def _log_unraisable(args: Any) -> None:
    """An exception Python had to ignore (in a ``__del__``, a finaliser…): into the log."""
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None
    if args.exc_value is not None:
        exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    message = args.err_msg or "exception ignored"
    log.warning("%s: %r", message, args.object, exc_info=exc_info)


def _install_hooks() -> None:
    threading.excepthook = _log_thread_exception
    sys.unraisablehook = _log_unraisable
