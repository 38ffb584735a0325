"""When each agenda item happens, what is wrong with a day's timing, and fitting a day to its slot.

Pure logic on records, so the agenda view, the programme PDF and the iCalendar export all show
the same times and the same warnings, and it can be tested without Qt, reportlab or a database.

Times cascade: an item starts when the one before it ends, unless it is anchored to a clock time
("lunch at 12:30"). All arithmetic happens in absolute time (UTC) and is shown in the event's
zone, because wall-clock arithmetic goes wrong across a change of clocks: an item of 60 minutes
that starts at 01:30 on the night clocks go forward must end at 03:30 by the clock, not 02:30
(which does not exist). Python compares and subtracts two aware datetimes that share a tzinfo by
their wall clocks, ignoring the offset, so this module never does either on local times.

Decisions worth knowing when reading the warnings:

* An anchor is a wall-clock time on the day's date. Later anchors may fall on the next day (a
  dinner slot running past midnight): of the two candidates, the one nearer to where the agenda
  has got to is used, so "00:30" after a 23:00 item means after midnight, while "10:00" after a
  12:30 item is an overlap to report, not a 21-hour gap.
* A wall-clock time that does not exist (clocks go forward) is shifted forward by the jump; one
  that happens twice (clocks go back) means the first occurrence. Both are reported.
* Gap and overlap warnings carry the index of the anchored item they are about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from math import floor
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roundtable.domain import local_dates
from roundtable.domain.records import AgendaItemRecord, DayRecord
from roundtable.domain.validation import valid_timezone
from roundtable.errors import UserError
from roundtable.wording import tr

ROUNDING_MINUTES = 5  # fit_to_slot rounds flexible items to this, and never goes below it


@dataclass(frozen=True)
class TimedItem:
    """An agenda item with its start and end, both aware datetimes in the event's zone."""

    index: int  # position in DayRecord.items
    item: AgendaItemRecord
    start: datetime
    end: datetime
    anchored: bool
    past_midnight: bool  # ends (or starts) after midnight following the day's date


@dataclass(frozen=True)
class AgendaWarning:
    """Something about a day's timing worth telling the user, in a sentence they can act on.

    ``kind`` is one of: "overrun", "unused", "before_slot", "gap", "overlap", "past_midnight",
    "nonexistent_time", "ambiguous_time", "clock_change", "no_duration", "speaker_time",
    "no_slot_end". ``minutes`` is the size of the problem (0 where there is none to give).
    """

    kind: str
    message: str
    item_index: int | None
    minutes: int


@dataclass(frozen=True)
class DaySchedule:
    """One day's items with their times, and what is wrong with them.

    ``unused_minutes`` is the slot time with no item in it (before the first item, in gaps and
    after the last); ``overrun_minutes`` how far the day runs past the slot's end. Both are 0
    without a slot end. A day with no items has its whole slot unused but no warnings: an empty
    agenda is not yet planned rather than wrong.
    """

    items: list[TimedItem]
    warnings: list[AgendaWarning]
    slot_start: datetime | None
    slot_end: datetime | None
    day_start: datetime
    day_end: datetime
    unused_minutes: int
    overrun_minutes: int


def format_clock(dt: datetime, day: date) -> str:
    """The wall-clock time for views and exports: "10:30", or "00:15 (+1 day)" after midnight.

    ``day`` is the agenda day the time belongs to, so times after midnight are not mistaken for
    the morning of the same day.
    """
    text = f"{dt:%H:%M}"
    shift = (dt.date() - day).days
    if shift > 0:
        return tr("{time} (+%n days)", "", shift).format(time=text)
    if shift < 0:
        return tr("{time} (-%n days)", "", -shift).format(time=text)
    return text


def _quoted(title: str) -> str:
    """An item's title as the subject of a warning, in the language's quotation marks."""
    return tr("“{title}”").format(title=title)


def _minutes_words(count: int) -> str:
    """ "40 minutes", inside a sentence that has another number of its own."""
    return tr("%n minutes", "", count)


def schedule_day(day: DayRecord, timezone: str, default_start: time = time(9, 0)) -> DaySchedule:
    """Give every item of ``day`` its start and end in ``timezone``, and report what is wrong.

    The day starts at the first item's anchor, else at the slot start, else at
    ``default_start``. Each item without an anchor starts when the previous one ends; an anchored
    item starts at its anchor, and the gap or overlap that leaves is reported. Items with no
    (or a negative) duration are reported and take no time.
    """
    tz = _zone(timezone)
    warnings: list[AgendaWarning] = []
    clock = _Clock(tz, day.day_date)

    slot_start: datetime | None = None
    if day.slot_start is not None:
        slot_start = clock.place(day.slot_start, None, warnings, tr("The slot start"))
    first = day.items[0] if day.items else None
    if first is not None and first.anchor is not None:
        day_start = clock.place(first.anchor, None, warnings, _quoted(first.title), 0)
    elif slot_start is not None:
        day_start = slot_start
    else:
        day_start = clock.place(default_start, None, warnings, tr("The day's default start"))

    slot_end: datetime | None = None
    if day.slot_end is not None:
        reference = day.slot_start if day.slot_start is not None else clock.local(day_start).time()
        next_day = day.slot_end < reference
        slot_end = clock.place(day.slot_end, None, warnings, tr("The slot end"), next_day=next_day)
    elif slot_start is not None:
        warnings.append(
            AgendaWarning(
                "no_slot_end",
                tr(
                    "The day's slot starts at {time} but has no end, so overrun and unused time "
                    "are not checked."
                ).format(time=clock.fmt(slot_start)),
                None,
                0,
            )
        )

    items: list[TimedItem] = []
    cursor = day_start  # UTC throughout
    for index, item in enumerate(day.items):
        anchored = item.anchor is not None
        if item.anchor is not None and index > 0:
            start = clock.place(item.anchor, cursor, warnings, _quoted(item.title), index)
            previous = day.items[index - 1].title
            difference = _minutes(start - cursor)
            if difference > 0:
                warnings.append(
                    AgendaWarning(
                        "gap",
                        tr(
                            "“{title}” at {time} leaves a %n-minute gap after “{previous}”.",
                            "",
                            difference,
                        ).format(title=item.title, time=clock.fmt(start), previous=previous),
                        index,
                        difference,
                    )
                )
            elif difference < 0:
                warnings.append(
                    AgendaWarning(
                        "overlap",
                        tr(
                            "“{previous}” overlaps the anchored “{title}” ({time}) by %n minutes.",
                            "",
                            -difference,
                        ).format(previous=previous, title=item.title, time=clock.fmt(start)),
                        index,
                        -difference,
                    )
                )
        else:
            start = cursor
        duration = item.duration_minutes
        if duration <= 0:
            warnings.append(
                AgendaWarning(
                    "no_duration",
                    tr("“{title}” has no duration.").format(title=item.title),
                    index,
                    duration,
                )
            )
        end = start + timedelta(minutes=max(duration, 0))
        warnings.extend(_item_warnings(item, index, start, end, clock, slot_end))
        items.append(
            TimedItem(
                index=index,
                item=item,
                start=clock.local(start),
                end=clock.local(end),
                anchored=anchored,
                past_midnight=clock.past_midnight(end) or clock.past_midnight(start),
            )
        )
        cursor = end

    day_end = max((_utc(t.end) for t in items), default=day_start)
    unused = overrun = 0
    if slot_end is not None:
        window_start = slot_start if slot_start is not None else day_start
        covered = _covered_minutes(
            ((_utc(t.start), _utc(t.end)) for t in items), window_start, slot_end
        )
        unused = max(_minutes(slot_end - window_start) - covered, 0)
        overrun = max(_minutes(day_end - slot_end), 0)
    if items:
        warnings.extend(_slot_warnings(items, slot_start, slot_end, day_end, clock))

    return DaySchedule(
        items=items,
        warnings=warnings,
        slot_start=clock.local(slot_start) if slot_start is not None else None,
        slot_end=clock.local(slot_end) if slot_end is not None else None,
        day_start=clock.local(day_start),
        day_end=clock.local(day_end),
        unused_minutes=unused,
        overrun_minutes=overrun,
    )


def speaker_minutes(days: list[DayRecord]) -> dict[int, int]:
    """Each speaker's total set speaking time over the event, by participation id.

    Only set times count: a speaker without a ``speaking_minutes`` on an item adds nothing for
    that item (their share of a discussion is not known), but still appears, with 0 if they have
    no set time anywhere, so a view can list every speaker. Speakers known only by person uid
    (a bundle being read, before ids exist) are left out.
    """
    totals: dict[int, int] = {}
    for day in days:
        for item in day.items:
            for speaker in item.speakers:
                if speaker.participation_id is None:
                    continue
                minutes = max(speaker.speaking_minutes or 0, 0)
                totals[speaker.participation_id] = totals.get(speaker.participation_id, 0) + minutes
    return totals


def fit_to_slot(day: DayRecord, timezone: str, default_start: time = time(9, 0)) -> list[int]:
    """New durations, in the order of ``day.items``, that make the day end exactly at its slot end.

    Anchored items and pauses (breaks, lunch) keep their durations; the flexible items share the
    rest in proportion to their current durations, each a multiple of 5 minutes and at least 5,
    the leftover units going to the largest remainders (earlier items first on a tie). When the
    time to share is not a multiple of 5, the last flexible item takes the 1-4 extra minutes, so
    the fit is always exact.

    Anchors split the day into stretches: from the day start to the first anchor, from each
    anchor to the next, and from the last anchor to the slot end. Anchors stay where they are, so
    each stretch that has flexible items is fitted to end exactly where the next one begins (which
    also closes its gaps and overlaps). A stretch with no flexible item is left as it is; any gap
    or overlap it has stays reported by ``schedule_day``. The last stretch decides where the day
    ends, so it must have a flexible item.

    Raises ``UserError`` when there is no slot end, no flexible item (in the last stretch), or
    when a stretch's fixed items (plus 5 minutes for each flexible one) need more time than the
    stretch has.
    """
    tz = _zone(timezone)
    label = day.title or local_dates.long_date(day.day_date)
    if day.slot_end is None:
        raise UserError(
            tr("“{day}” has no slot end to fit to; set when its slot ends first.").format(day=label)
        )
    if not day.items:
        raise UserError(tr("“{day}” has no items to fit to its slot.").format(day=label))
    if not any(_flexible(item) for item in day.items):
        raise UserError(
            tr(
                "Nothing on “{day}” can be stretched or shrunk: every item is anchored or a break."
            ).format(day=label)
        )
    schedule = schedule_day(day, timezone, default_start)
    assert schedule.slot_end is not None
    clock = _Clock(tz, day.day_date)

    # (first index, last index + 1, start) of each stretch; stretch boundaries are anchors.
    bounds = [i for i, item in enumerate(day.items) if item.anchor is not None and i > 0]
    starts = [0, *bounds]
    ends = [*bounds, len(day.items)]
    durations = [item.duration_minutes for item in day.items]
    for number, (first, stop) in enumerate(zip(starts, ends, strict=True)):
        last_stretch = number == len(starts) - 1
        begin = _utc(schedule.day_start if first == 0 else schedule.items[first].start)
        finish = _utc(schedule.slot_end if last_stretch else schedule.items[stop].start)
        members = range(first, stop)
        flexible = [i for i in members if _flexible(day.items[i])]
        start, end = _stretch_ends(day, first, stop, last_stretch, clock, begin, finish)
        if not flexible:
            if last_stretch:
                raise UserError(
                    tr(
                        "The day's end cannot move: from {start} to {end} everything is anchored "
                        "or a break."
                    ).format(start=start, end=end)
                )
            continue
        available = _minutes(finish - begin)
        fixed = sum(max(day.items[i].duration_minutes, 0) for i in members if i not in flexible)
        needed = fixed + ROUNDING_MINUTES * len(flexible)
        if available <= 0:
            raise UserError(
                tr(
                    "From {start} to {end} there is no time at all; move the anchor or the slot "
                    "end first."
                ).format(start=start, end=end)
            )
        if available < needed:
            raise UserError(
                _too_short(start, end, available, fixed, len(flexible), ROUNDING_MINUTES)
            )
        share = available - fixed
        units = _apportion(share // ROUNDING_MINUTES, [durations[i] for i in flexible])
        for i, unit_count in zip(flexible, units, strict=True):
            durations[i] = unit_count * ROUNDING_MINUTES
        durations[flexible[-1]] += share % ROUNDING_MINUTES
    return durations


# --- internals ---------------------------------------------------------------------------------


class _Clock:
    """Turns wall-clock times of one agenda day into UTC instants and back; reports DST trouble."""

    def __init__(self, tz: ZoneInfo, day_date: date) -> None:
        self.tz = tz
        self.day_date = day_date
        self.midnight_after = self.instant(day_date + timedelta(days=1), time(0))[0]

    def instant(self, on: date, at: time) -> tuple[datetime, str | None]:
        """The UTC instant of wall-clock ``at`` on ``on``; the second value names any DST trouble.

        fold=0 takes the offset in force before a transition: for a time in the spring-forward
        gap that lands it after the gap by the gap's length (02:30 → 03:30), and for a time that
        happens twice it picks the first one, which is what a printed programme would mean.
        """
        naive = datetime.combine(on, at.replace(tzinfo=None, fold=0))
        first = naive.replace(tzinfo=self.tz, fold=0)
        instant = first.astimezone(UTC)
        if instant.astimezone(self.tz).replace(tzinfo=None) != naive:
            return instant, "nonexistent_time"
        if first.utcoffset() != naive.replace(tzinfo=self.tz, fold=1).utcoffset():
            return instant, "ambiguous_time"
        return instant, None

    def place(
        self,
        at: time,
        near: datetime | None,
        warnings: list[AgendaWarning],
        what: str,
        index: int | None = None,
        *,
        next_day: bool = False,
    ) -> datetime:
        """The UTC instant of ``at`` on the day (or the next day), reporting DST trouble.

        With ``near``, whichever of the day's date and the next day lies nearer to it is used.
        """
        on = self.day_date + timedelta(days=1 if next_day else 0)
        instant, trouble = self.instant(on, at)
        if near is not None:
            later, later_trouble = self.instant(on + timedelta(days=1), at)
            if abs(later - near) < abs(instant - near):
                instant, trouble, on = later, later_trouble, on + timedelta(days=1)
        if trouble == "nonexistent_time":
            shown = self.fmt(instant)
            warnings.append(
                AgendaWarning(
                    trouble,
                    tr(
                        "{what} is set for {time}, which does not exist on {day} because the "
                        "clocks go forward; {shown} is used instead."
                    ).format(what=what, time=f"{at:%H:%M}", day=_long(on), shown=shown),
                    index,
                    _minutes(self.local(instant).replace(tzinfo=None) - datetime.combine(on, at)),
                )
            )
        elif trouble == "ambiguous_time":
            zone_name = self.local(instant).tzname()
            warnings.append(
                AgendaWarning(
                    trouble,
                    tr(
                        "{what} is set for {time}, which happens twice on {day} because the "
                        "clocks go back; the first one ({zone}) is used."
                    ).format(what=what, time=f"{at:%H:%M}", day=_long(on), zone=zone_name),
                    index,
                    0,
                )
            )
        return instant

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.tz)

    def fmt(self, instant: datetime) -> str:
        return format_clock(self.local(instant), self.day_date)

    def past_midnight(self, instant: datetime) -> bool:
        return instant > self.midnight_after


def _item_warnings(
    item: AgendaItemRecord,
    index: int,
    start: datetime,
    end: datetime,
    clock: _Clock,
    slot_end: datetime | None,
) -> list[AgendaWarning]:
    """Warnings about one item by itself: speaker times, clock changes, running past midnight."""
    found: list[AgendaWarning] = []
    set_times = [s.speaking_minutes for s in item.speakers if s.speaking_minutes is not None]
    total = sum(set_times)
    duration = max(item.duration_minutes, 0)
    if set_times and total > duration:
        found.append(
            AgendaWarning(
                "speaker_time",
                tr(
                    "The speakers' set times in “{title}” add up to %n minutes, {over} more "
                    "than its {duration}.",
                    "",
                    total,
                ).format(title=item.title, over=total - duration, duration=duration),
                index,
                total - duration,
            )
        )
    shift = (clock.local(end).utcoffset() or timedelta(0)) - (
        clock.local(start).utcoffset() or timedelta(0)
    )
    if shift:
        jump = _minutes(abs(shift))
        if shift > timedelta(0):
            text = tr(
                "The clocks go forward %n minutes during “{title}”; it still lasts {duration} and "
                "ends at {time}.",
                "",
                jump,
            )
        else:
            text = tr(
                "The clocks go back %n minutes during “{title}”; it still lasts {duration} and "
                "ends at {time}.",
                "",
                jump,
            )
        found.append(
            AgendaWarning(
                "clock_change",
                text.format(
                    title=item.title, duration=_minutes_words(duration), time=clock.fmt(end)
                ),
                index,
                jump,
            )
        )
    # Past midnight is worth a warning unless the slot itself runs past midnight to cover it.
    night_slot = slot_end is not None and clock.past_midnight(slot_end) and end <= slot_end
    if (clock.past_midnight(end) or clock.past_midnight(start)) and not night_slot:
        found.append(
            AgendaWarning(
                "past_midnight",
                tr("“{title}” runs past midnight: it ends at {time}.").format(
                    title=item.title, time=clock.fmt(end)
                ),
                index,
                _minutes(end - clock.midnight_after),
            )
        )
    return found


def _slot_warnings(
    items: list[TimedItem],
    slot_start: datetime | None,
    slot_end: datetime | None,
    day_end: datetime,
    clock: _Clock,
) -> list[AgendaWarning]:
    """Warnings about the day against its slot: early or late start, unused time, overrun."""
    found: list[AgendaWarning] = []
    first = items[0]
    if slot_start is not None:
        late = _minutes(_utc(first.start) - slot_start)
        if late > 0:
            found.append(
                AgendaWarning(
                    "unused",
                    tr(
                        "The first item, “{title}”, starts at {time}, %n minutes after the slot "
                        "opens ({opens}).",
                        "",
                        late,
                    ).format(
                        title=first.item.title,
                        time=clock.fmt(first.start),
                        opens=clock.fmt(slot_start),
                    ),
                    0,
                    late,
                )
            )
        elif late < 0:
            found.append(
                AgendaWarning(
                    "before_slot",
                    tr(
                        "“{title}” starts at {time}, %n minutes before the slot opens ({opens}).",
                        "",
                        -late,
                    ).format(
                        title=first.item.title,
                        time=clock.fmt(first.start),
                        opens=clock.fmt(slot_start),
                    ),
                    0,
                    -late,
                )
            )
    if slot_end is not None:
        left = _minutes(slot_end - day_end)
        if left > 0:
            found.append(
                AgendaWarning(
                    "unused",
                    tr(
                        "The day ends at {time}, %n minutes before the end of its slot ({end}).",
                        "",
                        left,
                    ).format(time=clock.fmt(day_end), end=clock.fmt(slot_end)),
                    None,
                    left,
                )
            )
        elif left < 0:
            culprit = next(t.index for t in items if _utc(t.end) > slot_end)
            found.append(
                AgendaWarning(
                    "overrun",
                    tr(
                        "The day runs %n minutes past the end of its slot ({end}).", "", -left
                    ).format(end=clock.fmt(slot_end)),
                    culprit,
                    -left,
                )
            )
    return found


def _apportion(units: int, weights: list[int]) -> list[int]:
    """Split ``units`` in proportion to ``weights``, each at least 1, by largest remainder.

    Items whose share would be under one unit get one and drop out, and the rest is shared again
    among the others, so a 2-minute item does not vanish or take time from nothing. Without any
    positive weight the units are shared equally. Needs ``units >= len(weights)``.
    """
    count = len(weights)
    floor_one: set[int] = set()
    while True:
        free = [i for i in range(count) if i not in floor_one]
        remaining = units - len(floor_one)
        total = sum(max(weights[i], 0) for i in free)
        quotas = {
            i: Fraction(remaining * max(weights[i], 0), total)
            if total
            else Fraction(remaining, len(free))
            for i in free
        }
        small = [i for i in free if quotas[i] < 1]
        if not small:
            break
        floor_one.update(small)
    shares = [1] * count
    for i in free:
        shares[i] = floor(quotas[i])
    leftover = units - sum(shares)
    by_remainder = sorted(free, key=lambda i: (-(quotas[i] - floor(quotas[i])), i))
    for i in by_remainder[:leftover]:
        shares[i] += 1
    return shares


def _flexible(item: AgendaItemRecord) -> bool:
    return item.anchor is None and not item.kind.is_pause


def _stretch_ends(
    day: DayRecord,
    first: int,
    stop: int,
    last_stretch: bool,
    clock: _Clock,
    begin: datetime,
    finish: datetime,
) -> tuple[str, str]:
    """Where a fit_to_slot problem is, as the two ends of "from … to …": "the day's start
    (10:30)", "the anchored “Lunch” (12:30)". Noun phrases, so a translation can put them in
    the case its "from" and "to" take."""
    opening = day.items[first]
    if first > 0 or opening.anchor is not None:
        since = tr("the anchored “{title}” ({time})").format(
            title=opening.title, time=clock.fmt(begin)
        )
    else:
        since = tr("the day's start ({time})").format(time=clock.fmt(begin))
    if last_stretch:
        until = tr("the slot end ({time})").format(time=clock.fmt(finish))
    else:
        until = tr("the anchored “{title}” ({time})").format(
            title=day.items[stop].title, time=clock.fmt(finish)
        )
    return since, until


def _too_short(start: str, end: str, available: int, fixed: int, count: int, least: int) -> str:
    """Why a stretch cannot be fitted: its fixed items leave too little for the flexible ones."""
    if count == 1:
        text = tr(
            "From {start} to {end} there are {available}, but the anchored items and breaks "
            "take {fixed} and the flexible item needs at least {least}; shorten or remove "
            "something first."
        )
    else:
        text = tr(
            "From {start} to {end} there are {available}, but the anchored items and breaks "
            "take {fixed} and the %n flexible items need at least {least}; shorten or remove "
            "something first.",
            "",
            count,
        )
    return text.format(
        start=start,
        end=end,
        available=_minutes_words(available),
        fixed=_minutes_words(fixed),
        least=least * count,
    )


def _covered_minutes(
    spans: Iterable[tuple[datetime, datetime]], window_start: datetime, window_end: datetime
) -> int:
    """Minutes of [window_start, window_end] covered by at least one span (overlaps count once)."""
    clipped = sorted(
        (max(s, window_start), min(e, window_end))
        for s, e in spans
        if min(e, window_end) > max(s, window_start)
    )
    covered = timedelta(0)
    current_start: datetime | None = None
    current_end: datetime | None = None
    for s, e in clipped:
        if current_end is None or s > current_end:
            if current_start is not None and current_end is not None:
                covered += current_end - current_start
            current_start, current_end = s, e
        else:
            current_end = max(current_end, e)
    if current_start is not None and current_end is not None:
        covered += current_end - current_start
    return _minutes(covered)


def _zone(name: str) -> ZoneInfo:
    if not valid_timezone(name):
        raise UserError(
            tr("“{zone}” is not a known time zone (try one like Europe/London).").format(zone=name)
        )
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as exc:  # pragma: no cover - valid_timezone checked it
        raise UserError(tr("“{zone}” is not a known time zone.").format(zone=name)) from exc


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


def _long(on: date) -> str:
    return local_dates.long_date(on)
