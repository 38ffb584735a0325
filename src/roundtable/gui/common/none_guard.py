"""Keeping ``None`` alive under a PySide that loses references to it.

PySide6 6.12 on CPython 3.11 returns ``None`` from every void Qt method called from Python (and
takes it from every Python ``paint()`` override) without the reference it owes: each such call
takes one reference away from the ``None`` object. Before 3.12 ``None`` is an ordinary object
(from 3.12 on it is immortal), so a session of a few thousand clicks, or one long screenshot run,
counts it down to zero and the interpreter aborts with "Fatal Python error: none_dealloc",
losing nothing on disk (every change is already saved) but closing the app under the user.

Fixing each call site is impossible, so :func:`guard_none` finds out once whether this PySide
has the fault (a hundred calls of a void method, comparing ``None``'s count before and after) and,
if so, gives ``None`` a reserve of 2**40 references: at one a call, more than any session can
spend. With a Python or PySide that is right it changes nothing. ``signals.py`` deals with the
same fault for ``True`` in ``emit()``.
"""

from __future__ import annotations

import sys

RESERVE = 1 << 40
_PROBE_CALLS = 100
_checked = False


def loses_none() -> bool:
    """Whether a void Qt method called from Python takes a reference away from ``None`` here."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: a missing reference does no harm
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def guard_none() -> bool:
    """Give ``None`` its reserve if this PySide needs it (once per process); True if given."""
    global _checked
    if _checked:
        return False
    _checked = True
    if not loses_none():
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a CPython 3.11 (non-debug) build.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    return True
