"""Which programme days an event has, and each day's slot, from the event's dates and times.

One rule for the new-event dialog (which makes every day at once) and the Agenda tab's Add day
(which makes the next missing one), so a day's slot is the same whichever way it was made.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from roundtable.domain.records import DayRecord

MAX_NEW_DAYS = 31
"""A new event longer than this gets no programme days made for it: more is likelier a typo
in a year than a real programme, and hundreds of empty days would be a chore to remove."""


def day_slot(
    day: date, start: date, end: date, start_time: time | None, end_time: time | None
) -> tuple[time | None, time | None]:
    """The slot of the event's day ``day``.

    With both times, and the end after the start, every day runs from the start time to the
    end time (the hours of a multi-day meeting). Otherwise the first day starts at the start
    time and the last day ends at the end time, as far as they are given.
    """
    daily = start_time is not None and end_time is not None and end_time > start_time
    return (
        start_time if daily or day == start else None,
        end_time if daily or day == end else None,
    )


def programme_days(
    start: date, end: date, start_time: time | None, end_time: time | None
) -> list[DayRecord]:
    """The days a new event starts with: one per date from ``start`` to ``end``, each with its
    :func:`day_slot`. None for an event that ends before it starts or lasts more than
    ``MAX_NEW_DAYS``."""
    count = (end - start).days + 1
    if not 1 <= count <= MAX_NEW_DAYS:
        return []
    days = []
    for index in range(count):
        day = start + timedelta(days=index)
        slot_start, slot_end = day_slot(day, start, end, start_time, end_time)
        days.append(DayRecord(day_date=day, slot_start=slot_start, slot_end=slot_end))
    return days
