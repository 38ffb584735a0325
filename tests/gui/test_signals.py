"""Emitting signals from Python keeps ``True`` alive (PySide 6.12 loses a reference per emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from roundtable.gui.common.signals import emit, emit_fault_present


class Source(QObject):
    changed = Signal(int)


def test_emit_keeps_trues_reference_count(qapp):
    source = Source()
    seen: list[int] = []
    source.changed.connect(seen.append)
    emit_fault_present()  # the one-off probe, before counting
    before = sys.getrefcount(True)
    for value in range(500):
        emit(source.changed, value)
    assert seen == list(range(500))
    # Without the correction the count would be 500 lower (one per emit); allow for the odd
    # reference taken or dropped by something else meanwhile.
    assert abs(sys.getrefcount(True) - before) <= 3
