"""The readiness check's part of the store facade (mixed into ``Store``): the findings a user
dismissed for an event, and when each printable of an event was last saved or printed.

Neither is part of the event's record (``get_event`` does not read them) nor of its change
history: dismissing a finding or printing name cards changes nothing anyone plans with. Each
method is one transaction; the change feed is told the event was touched but no part of its
record, so other windows re-read nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from roundtable.domain.parts import Part
from roundtable.errors import NotFoundError
from roundtable.store import models as m
from roundtable.store.log import from_db, to_db
from roundtable.wording import tr


@dataclass(frozen=True)
class PrintedOutput:
    """When a printable of the event (an export kind's key) was last saved or printed, and a
    fingerprint of what it showed ("" where only the time matters)."""

    kind: str
    written_at: datetime  # aware, UTC
    fingerprint: str


class ReadinessMixin:
    _read: Callable[[], AbstractContextManager[Session]]  # Store's: one read-only session
    _write: Callable[[], AbstractContextManager[Session]]  # Store's: one transaction
    _feed: Callable[[Session, Iterable[int], Iterable[Part]], None]
    now: Callable[[], datetime]

    def dismissed_findings(self, event_id: int) -> set[str]:
        """The keys of the findings dismissed for the event."""
        with self._read() as s:
            rows = s.scalars(
                select(m.ReadinessDismissal.finding_key).where(
                    m.ReadinessDismissal.event_id == event_id
                )
            ).all()
        return set(rows)

    def dismiss_finding(self, event_id: int, key: str) -> bool:
        """Remember that the user dismissed finding ``key`` for the event; False (nothing
        written) when it already was."""
        with self._changing(event_id) as s:
            if self._dismissal(s, event_id, key) is not None:
                return False
            s.add(m.ReadinessDismissal(event_id=event_id, finding_key=key,
                                       dismissed_at=to_db(self.now())))  # fmt: skip
        return True

    def restore_finding(self, event_id: int, key: str) -> bool:
        """Forget the dismissal of finding ``key``; False (nothing written) when there was
        none."""
        with self._changing(event_id) as s:
            row = self._dismissal(s, event_id, key)
            if row is None:
                return False
            s.execute(delete(m.ReadinessDismissal).where(m.ReadinessDismissal.id == row))
        return True

    def printed_outputs(self, event_id: int) -> list[PrintedOutput]:
        """What was saved or printed of the event, by kind."""
        with self._read() as s:
            rows = s.execute(
                select(m.PrintableOutput.kind, m.PrintableOutput.written_at,
                       m.PrintableOutput.fingerprint)
                .where(m.PrintableOutput.event_id == event_id)
                .order_by(m.PrintableOutput.kind)
            ).all()  # fmt: skip
        return [PrintedOutput(r[0], from_db(r[1]), r[2]) for r in rows]

    def record_output(self, event_id: int, kind: str, fingerprint: str = "") -> None:
        """Remember that the event's ``kind`` was saved or printed now, showing what
        ``fingerprint`` digests (services/readiness.py ``output_fingerprint``)."""
        with self._changing(event_id) as s:
            row = s.scalar(
                select(m.PrintableOutput).where(
                    m.PrintableOutput.event_id == event_id, m.PrintableOutput.kind == kind
                )
            )
            if row is None:
                row = m.PrintableOutput(event_id=event_id, kind=kind)
                s.add(row)
            row.written_at = to_db(self.now())
            row.fingerprint = fingerprint

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _changing(self, event_id: int) -> Iterator[Session]:
        """One write about the event, refused with NotFoundError if it does not exist."""
        with self._write() as s:
            if s.get(m.Event, event_id) is None:
                raise NotFoundError(tr("no event with id {event_id}").format(event_id=event_id))
            yield s
            self._feed(s, [event_id], ())

    @staticmethod
    def _dismissal(s: Session, event_id: int, key: str) -> int | None:
        return s.scalar(
            select(m.ReadinessDismissal.id).where(
                m.ReadinessDismissal.event_id == event_id, m.ReadinessDismissal.finding_key == key
            )
        )
