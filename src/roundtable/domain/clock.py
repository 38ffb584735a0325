"""A clock that moves only when told to.

The store reads the time through ``Store.clock``; the tests, the screenshot tools and the
benchmarks set one of these there so that a timer, a log entry or a "last changed" line shows
the same moment on every run, on every machine, however busy it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta


class SetClock:
    """Reads ``now`` until it is moved; ``advance`` and ``at`` move it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += timedelta(minutes=minutes, seconds=seconds)

    def at(self, moment: datetime) -> None:
        self.now = moment
