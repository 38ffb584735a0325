"""Emitting Qt signals from Python without wearing out ``True``.

PySide6 6.12 (at least) returns ``True`` from ``SignalInstance.emit()`` without taking a
reference for it, so every ``signal.emit(...)`` made in Python takes one reference away from the
``True`` object. Before CPython 3.12 ``True`` is an ordinary object: after a few hundred emits
its count reaches zero and the interpreter aborts with "Fatal Python error: bool_dealloc", in
the middle of a session or at exit. (From 3.12 on ``True`` is immortal and nothing happens.)

Every emit in the GUI therefore goes through :func:`emit`, which finds out once whether this
PySide has the fault (one emit of a private signal, comparing ``True``'s count before and after)
and, if so, gives the reference back after each emit. With a PySide that is right it does
nothing but emit.
"""

from __future__ import annotations

import sys
from typing import Any

_gives_back: bool | None = None


def _give_back(count: int = 1) -> None:
    import ctypes

    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def _faulty() -> bool:
    """Whether ``emit()`` loses a reference to True here (and the loss is put right)."""
    if sys.version_info >= (3, 12):
        return False  # True is immortal: a missing reference does no harm
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        probe = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    probe.probe.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(lost)
    return lost > 0


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, keeping ``True``'s reference count right (see module docstring)."""
    global _gives_back
    if _gives_back is None:
        _gives_back = _faulty()
    signal.emit(*args)
    if _gives_back:
        _give_back()


def emit_fault_present() -> bool:
    """For tests and bug reports: whether this PySide's emit() needs the correction."""
    global _gives_back
    if _gives_back is None:
        _gives_back = _faulty()
    return _gives_back
