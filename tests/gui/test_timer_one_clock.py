"""One clock in the GUI: what the timer window shows (its count and the line under it, after "+"
too), the entries it writes, the Log tab's rows and details, planned against actual and the log's
exports all read the same whole seconds, starting at a fraction of a second."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from roundtable.domain.clock import SetClock
from roundtable.domain.enums import LogSpan
from roundtable.gui.log.log_details import row_html
from roundtable.gui.log.log_model import COLUMN_TIME, LogModel, build_rows, event_zone
from roundtable.gui.log.planned_actual_view import COLUMN_ACTUAL, PlanActualModel
from roundtable.gui.log.timer_window import open_timer
from roundtable.services.demo import load_demo
from roundtable.services.log_export import journal_days
from roundtable.services.planned_actual import planned_vs_actual
from roundtable.services.session_timer import duration_text

DC = "dc-policy-forum-russia-us-japan-alliance-2018"
SPOKE = re.compile(r"(?:spoke|ran) (\d+:\d\d)")


def test_the_window_the_log_and_the_report_read_the_same_seconds(qtbot, store, settings):
    clock = SetClock(datetime(2018, 2, 26, 15, 33, 0, 700_000, tzinfo=UTC))
    store.clock = clock
    load_demo(store)
    event_id = store.resolve_event(DC)
    timer = open_timer(None, store, settings, event_id)
    assert timer is not None
    qtbot.addWidget(timer)
    timer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.countdown.text() == "10:00"  # the opening speaker's whole item, not 9:59
    clock.advance(seconds=5.6)  # 15:33:06.3: six whole seconds since the start at :00.7
    qtbot.keyClick(timer, Qt.Key.Key_Plus)
    assert timer.countdown.text() == "10:54"  # was 10:54 against "item 9:55" before
    assert timer.status_text.text() == "Speaker 1 of 1, 1 min more · item 9:54 left of 10:00"
    clock.advance(minutes=9, seconds=54)  # the item's ten minutes are up to the second
    timer.refresh()
    assert timer.countdown.text() == "1:00"
    assert timer.status_text.text() == "Speaker 1 of 1, 1 min more · item 0:00 left of 10:00"
    clock.advance(seconds=1)
    timer.refresh()
    assert timer.status_text.text() == "Speaker 1 of 1, 1 min more · item 0:01 over its 10:00"
    qtbot.keyClick(timer, Qt.Key.Key_Right)
    clock.advance(seconds=29.9)
    timer.refresh()
    assert timer.status_text.text() == "10:31 of 10:00"
    qtbot.keyClick(timer, Qt.Key.Key_Down)

    event = store.get_event(event_id)
    log = store.event_log(event_id)
    timings = [e for e in log.entries if e.span is not LogSpan.NONE]
    assert [SPOKE.search(e.text).group(1) for e in timings] == ["10:01", "10:31"]
    rows = {row.entry.id: row for row in build_rows(event, log) if row.entry in timings}
    model = LogModel()
    model.set_rows(rows.values())
    lines = {line.entry.id: line for _day, day in journal_days(event, log.entries) for line in day}
    zone = event_zone(event)
    for number, entry in enumerate(timings):
        length = SPOKE.search(entry.text).group(1)
        assert duration_text(entry.ends_at - entry.at) == length
        assert rows[entry.id].length_text == length
        assert f"<td>{length}</td>" in row_html(rows[entry.id], zone)
        tip = model.index(number, COLUMN_TIME).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == f"{length} long; timed by the session timer"
        assert lines[entry.id].duration == length

    report = planned_vs_actual(event, log.entries)
    plan = PlanActualModel()
    plan.set_report(report)
    opening = next(n for n, row in enumerate(report.rows) if row.kind == "item")
    assert plan.index(opening, COLUMN_ACTUAL).data() == "10:31"
    speaker = next(n for n, row in enumerate(report.rows) if row.kind == "speaker")
    assert plan.index(speaker, COLUMN_ACTUAL).data() == "10:01"
