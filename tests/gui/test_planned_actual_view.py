"""The planned-against-actual view: the table's rows and colours, the chart's bars, the empty
state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from roundtable.domain.enums import LogCategory, LogSpan
from roundtable.domain.log import LogEntryRecord
from roundtable.domain.records import AgendaSpeakerRecord
from roundtable.gui.log.planned_actual_view import (
    COLUMN_ACTUAL,
    COLUMN_ACTUAL_START,
    COLUMN_DIFFERENCE,
    COLUMN_TITLE,
    DELTA_ROLE,
    EMPTY_TEXT,
    KIND_ROLE,
    OVER,
    ROW_ROLE,
    UNDER,
    ChartBar,
    PlannedActualView,
    bar_tooltip,
    chart_bars,
)
from roundtable.services.demo import load_demo
from roundtable.services.planned_actual import planned_vs_actual

DC = "dc-policy-forum-russia-us-japan-alliance-2018"


def timing(item_id, start, minutes, span=LogSpan.ITEM, person=None):
    return LogEntryRecord(at=start, ends_at=start + timedelta(minutes=minutes), text="t",
                          category=LogCategory.TIMING, span=span, agenda_item_id=item_id,
                          person_ids=[person] if person else [])  # fmt: skip


def dc_report(store):
    load_demo(store)
    dc = store.get_event(store.resolve_event(DC))
    discussion = dc.days[0].items[1]
    ha = next(p for p in dc.participants if p.person.family_name == "Ha")
    discussion.speakers[0] = AgendaSpeakerRecord(ha.id, 12, id=discussion.speakers[0].id)
    dc = store.save_event(dc)
    opening, discussion, _qa = dc.days[0].items
    start = datetime(2018, 2, 26, 15, 33, tzinfo=UTC)
    entries = [
        timing(opening.id, start, 12.5),  # 10 planned: over
        timing(discussion.id, start + timedelta(minutes=13), 50),  # 60 planned: under
        timing(discussion.id, start + timedelta(minutes=13), 15, LogSpan.SPEAKER, ha.person.id),
    ]
    return dc, planned_vs_actual(dc, entries)


def test_empty_until_something_was_timed(qtbot, store):
    load_demo(store)
    dc = store.get_event(store.resolve_event(DC))
    view = PlannedActualView()
    qtbot.addWidget(view)
    assert view.is_empty() and view.empty_label.text() == EMPTY_TEXT
    view.show_report(dc, planned_vs_actual(dc, []))
    assert view.is_empty() and view.model.rowCount() == 0 and view.chart.bars == []


def test_rows_speakers_indented_and_differences_coloured(qtbot, qtmodeltester, store):
    dc, report = dc_report(store)
    view = PlannedActualView()
    qtbot.addWidget(view)
    view.show_report(dc, report)
    assert not view.is_empty()
    model = view.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(report.rows)
    kinds = [model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())]
    assert kinds[0] == "item" and "speaker" in kinds
    opening = model.index(0, COLUMN_TITLE)
    assert opening.data() == "Opening remarks" and opening.data(ROW_ROLE) is report.rows[0]
    assert model.index(0, COLUMN_ACTUAL).data() == "12:30"
    assert model.index(0, COLUMN_ACTUAL_START).data() == "10:33"
    assert model.index(0, COLUMN_ACTUAL_START).data(Qt.ItemDataRole.ToolTipRole) == (
        "Started 3:00 late"
    )
    over = model.index(0, COLUMN_DIFFERENCE)
    assert over.data() == "+2:30" and over.data(DELTA_ROLE) == 2.5
    assert over.data(Qt.ItemDataRole.ForegroundRole) == OVER
    discussion_row = next(
        r for r in range(model.rowCount())
        if model.index(r, 0).data(ROW_ROLE).item_id == dc.days[0].items[1].id
        and model.index(r, 0).data(KIND_ROLE) == "item"
    )  # fmt: skip
    under = model.index(discussion_row, COLUMN_DIFFERENCE)
    assert under.data() == "−10:00" and under.data(Qt.ItemDataRole.ForegroundRole) == UNDER
    ha = model.index(discussion_row + 1, COLUMN_TITLE)
    assert ha.data(KIND_ROLE) == "speaker"
    assert ha.data().startswith("  ") and ha.data().strip() == "Yong-Chool Ha"
    assert model.index(discussion_row + 1, COLUMN_DIFFERENCE).data() == "+3:00"
    untimed = model.index(model.rowCount() - 1, COLUMN_ACTUAL)
    assert untimed.data() == "—"


def test_chart_bars_and_painting(qtbot, store):
    dc, report = dc_report(store)
    bars = chart_bars(report)
    assert [b.label for b in bars] == [i.title for i in dc.days[0].items]
    assert (bars[0].planned, bars[0].actual) == (10, 12.5)
    assert bars[2].actual is None
    view = PlannedActualView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show_report(dc, report)
    view.show()
    qtbot.waitExposed(view)
    image = view.chart.grab().toImage()
    assert not image.isNull() and view.chart.minimumHeight() >= 3 * view.chart.ROW_HEIGHT
    # The overrun is painted in red somewhere in the chart.
    found = any(
        image.pixelColor(x, y) == OVER
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 4)
    )
    assert found
    chart = view.chart
    middle = chart.TOP + chart.row_height() * 1.5
    assert chart.bar_at(middle) == bars[1] and chart.bar_at(2) is None
    assert chart.bar_at(chart.TOP + chart.row_height() * 3.5) is None
    # The table is shown whole above the chart: nine rows fit in 600 pixels.
    table_height = view.splitter.sizes()[0]
    assert table_height >= view.table.verticalHeader().length()
    view.show_report(dc, None)
    assert view.is_empty() and view.model.rowCount() == 0


def test_bar_tooltips_say_it_all():
    assert bar_tooltip(ChartBar("Opening remarks", 10, 12.5)) == (
        "Opening remarks: planned 10:00, actual 12:30 (+2:30)"
    )
    assert bar_tooltip(ChartBar("Q&A", 20, None)) == "Q&A: planned 20:00, not timed"
    assert bar_tooltip(ChartBar("Q&A", None, 3)) == "Q&A: planned —, actual 3:00"
