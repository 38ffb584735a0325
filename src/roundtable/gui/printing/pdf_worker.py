"""Making a PDF in a worker thread, so the print dialog stays responsive while pages are laid out.

A booklet with a hundred photos takes seconds; a preview that freezes the window for that long
on every option change would be unusable. :class:`PdfBuilder` runs one export at a time in a
:class:`QThread`. A new request while one runs cancels the running export (its progress callback
returns False, which every exporter honours by writing nothing) and starts the new one when the
old thread has stopped: the exporters share reportlab's font registry, so two never run at once.

The thread touches no widget and no store: it only calls the kind's ``export`` with data read
beforehand in the GUI thread, and reports through signals, which Qt queues to the GUI thread.
Stopping waits for the thread, so a dialog closed in the middle of a build never destroys a
running QThread (which would abort the process).

A PDF is written in the language chosen for it (``BuildJob.language``), which need not be the
interface's: the export runs inside ``wording.speaking``, whose override belongs to the worker
thread alone, so the dialog round it keeps speaking the interface's language meanwhile. What
the thread says about a failure is put into words after the export, in the interface's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.common.signals import emit
from roundtable.wording import speaking, tr

log = logging.getLogger(__name__)

Export = Callable[[Any, str, dict[str, Any], Callable[[int, int], bool]], bool]

READY, CANCELLED, FAILED = "ready", "cancelled", "failed"


@dataclass(frozen=True)
class BuildJob:
    """One export: ``export(prepared, path, options, progress)`` writing ``path`` in
    ``language`` (a code of ``wording.LANGUAGES``; None: the interface's)."""

    export: Export
    prepared: Any
    options: dict[str, Any]
    path: str
    tag: Any = None  # the caller's note of what this is (e.g. the kind's key), given back
    language: str | None = None


def reason(exc: BaseException) -> str:
    """An export failure as a sentence for the user (an OSError's strerror, not its repr)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return sentence(f"{exc.strerror}{where}")  # the system's words
    return sentence(str(exc) or type(exc).__name__)


class _BuildThread(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: BuildJob) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()
        self.outcome = CANCELLED
        self.message = ""

    def _report(self, done: int, total: int) -> bool:
        if self.stop.is_set():
            return False
        emit(self.progressed, done, total)
        return not self.stop.is_set()

    def _export(self, job: BuildJob) -> bool:
        if job.language is None:
            return job.export(job.prepared, job.path, job.options, self._report)
        with speaking(job.language):
            return job.export(job.prepared, job.path, job.options, self._report)

    def run(self) -> None:
        job = self.job
        try:
            written = self._export(job)
        except (UserError, OSError) as exc:
            self.outcome, self.message = FAILED, reason(exc)
        except Exception as exc:  # a bug: say so in the dialog rather than leave it waiting
            log.exception("print preview export failed")
            self.outcome = FAILED
            self.message = tr(
                "The pages could not be made because of an internal error ({error})."
            ).format(error=repr(exc))
        else:
            self.outcome = READY if written and not self.stop.is_set() else CANCELLED


class PdfBuilder(QObject):
    """Runs :class:`BuildJob` s one at a time; only the newest request is ever reported."""

    started = Signal(object)  # tag
    progress = Signal(int, int)  # done, total
    ready = Signal(str, object)  # path, tag
    failed = Signal(str, object)  # message, tag
    cancelled = Signal(object)  # tag

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _BuildThread | None = None
        self._pending: BuildJob | None = None
        # The last stopped thread is kept until the next one ends: deleting a QThread from
        # the slot its own ``finished`` signal called is asking for trouble.
        self._retired: _BuildThread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None or self._pending is not None

    def request(self, job: BuildJob) -> None:
        """Build ``job``; a build still running is cancelled first."""
        self._pending = job
        if self._thread is not None:
            self._thread.stop.set()
        else:
            self._start_pending()

    def cancel(self) -> None:
        """Stop the running build; ``cancelled`` follows when it has stopped."""
        self._pending = None
        if self._thread is not None:
            self._thread.stop.set()

    def shutdown(self) -> None:
        """Cancel and wait for the thread (closing the dialog); nothing is reported after."""
        self._pending = None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop.set()
            thread.wait()
            self._retired = thread

    def _start_pending(self) -> None:
        job, self._pending = self._pending, None
        if job is None:
            return
        thread = _BuildThread(job)
        thread.progressed.connect(self._progressed)
        thread.finished.connect(self._finished)
        self._thread = thread
        emit(self.started, job.tag)
        thread.start()

    def _progressed(self, done: int, total: int) -> None:
        thread = self._thread
        if thread is not None and self.sender() is thread and not thread.stop.is_set():
            emit(self.progress, done, total)

    def _finished(self) -> None:
        thread = self.sender()
        if thread is not self._thread or not isinstance(thread, _BuildThread):
            return  # stopped by shutdown(), or a stale queued signal
        thread.wait()  # finished is sent just before the thread really ends
        self._thread, self._retired = None, thread
        if self._pending is not None:
            self._start_pending()
            return
        tag = thread.job.tag
        if thread.outcome == READY:
            emit(self.ready, thread.job.path, tag)
        elif thread.outcome == FAILED:
            emit(self.failed, thread.message, tag)
        else:
            emit(self.cancelled, tag)
