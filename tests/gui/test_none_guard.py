"""None survives any number of void Qt calls (see roundtable/gui/common/none_guard.py)."""

import subprocess
import sys

import pytest

CHILD = """
import sys
from PySide6.QtCore import QObject
from roundtable.gui.common.none_guard import guard_none
guard_none()
probe = QObject()
for _ in range(20000):
    probe.setObjectName("x")
print("alive")
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_twenty_thousand_void_calls_leave_the_interpreter_alive():
    """Unguarded, PySide 6.12 on Python 3.11 aborts here with "none_dealloc" (exit -6)."""
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


def test_the_guard_is_given_once():
    from roundtable.gui.common.none_guard import guard_none, loses_none

    assert guard_none() is False, "the conftest already guarded this process"
    assert not loses_none() or sys.getrefcount(None) > 1 << 39
