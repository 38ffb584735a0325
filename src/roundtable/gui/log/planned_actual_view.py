"""Planned against actual, after a session: a table of every item and speaker turn and a chart
of the items' bars.

The numbers come from ``services.planned_actual`` (the same report the log PDF and the CSV
print), so the view only lays them out: it is handed an event and its report and holds nothing
else. Until the timer has recorded anything there is nothing to compare, and an empty chart of
dashes would look like a fault, so the view says how to get the numbers instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.local_dates import day_and_month, short_date_time
from roundtable.domain.records import EventRecord
from roundtable.gui.common.palette_colours import PROBLEM, current_palette, readable
from roundtable.services.planned_actual import PlanActualReport, PlanActualRow, minutes_text
from roundtable.wording import QT_TR_NOOP, tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The PlanActualRow of the row."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
""""item" or "speaker"."""
DELTA_ROLE = Qt.ItemDataRole.UserRole + 3
"""Actual minus planned, in minutes (float), or None: for sorting and tests, not for show."""

COLUMNS = (QT_TR_NOOP("Item / speaker"), QT_TR_NOOP("Planned start"), QT_TR_NOOP("Planned"),
           QT_TR_NOOP("Actual start"), QT_TR_NOOP("Actual"), QT_TR_NOOP("Difference"))  # fmt: skip
"""The column headers in English; ``headerData`` translates them."""
(
    COLUMN_TITLE,
    COLUMN_PLANNED_START,
    COLUMN_PLANNED,
    COLUMN_ACTUAL_START,
    COLUMN_ACTUAL,
    COLUMN_DIFFERENCE,
) = range(len(COLUMNS))

OVER = PROBLEM
UNDER = QColor("#2e7d32")
PLANNED = QColor("#b8c7dc")
ACTUAL = QColor("#3c78c8")
EMPTY_TEXT = QT_TR_NOOP("Run the session with the timer to see planned against actual.")
"""In English; shown through ``tr()``."""
SPEAKER_INDENT = "      "

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


def difference_colour(delta: float | None) -> QColor | None:
    """Red for running over, green for finishing early; nothing within half a minute, which
    is a moderator's reaction time and not worth anyone's attention."""
    if delta is None or abs(delta) < 0.5:
        return None
    background = current_palette().color(QPalette.ColorRole.Base)
    return readable(OVER if delta > 0 else UNDER, background)  # light or dark palette


def _clock(row: PlanActualRow, moment, several_days: bool) -> str:
    if moment is None:
        return "—"
    return short_date_time(moment) if several_days else f"{moment:%H:%M}"


class PlanActualModel(QAbstractTableModel):
    """The report's rows, items with their speakers under them, read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanActualRow] = []
        self._several_days = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: PlanActualReport | None) -> None:
        self.beginResetModel()
        self._rows = list(report.rows) if report else []
        self._several_days = len({r.day_date for r in self._rows}) > 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def _text(self, row: PlanActualRow, column: int) -> str:
        if column == COLUMN_TITLE:
            return SPEAKER_INDENT + row.speaker if row.kind == "speaker" else row.title
        if column == COLUMN_PLANNED_START:
            return _clock(row, row.planned_start, self._several_days)
        if column == COLUMN_PLANNED:
            return minutes_text(row.planned_minutes)
        if column == COLUMN_ACTUAL_START:
            return _clock(row, row.actual_start, self._several_days)
        if column == COLUMN_ACTUAL:
            return minutes_text(row.actual_minutes)
        if column == COLUMN_DIFFERENCE:
            return minutes_text(row.delta_minutes, signed=True)
        return ""

    def _tooltip(self, row: PlanActualRow, column: int) -> str | None:
        if column == COLUMN_ACTUAL_START and row.start_delta_minutes is not None:
            late = row.start_delta_minutes
            if abs(late) < 0.5:
                return tr("Started on time")
            if late > 0:
                return tr("Started {minutes} late").format(minutes=minutes_text(late))
            return tr("Started {minutes} early").format(minutes=minutes_text(-late))
        if column == COLUMN_DIFFERENCE and row.delta_minutes is not None:
            delta = row.delta_minutes
            if abs(delta) < 0.5:
                return tr("As planned")
            if delta > 0:
                return tr("{minutes} over the plan").format(minutes=minutes_text(delta))
            return tr("{minutes} under the plan").format(minutes=minutes_text(-delta))
        if column == COLUMN_PLANNED and row.planned_minutes is None:
            return tr("The agenda sets no speaking time for this speaker")
        if column == COLUMN_TITLE and row.kind == "speaker":
            return tr("{speaker} on “{title}”").format(speaker=row.speaker, title=row.title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == KIND_ROLE:
            return row.kind
        if role == DELTA_ROLE:
            return row.delta_minutes
        if role in (_DISPLAY, _ACCESSIBLE):
            text = self._text(row, column)
            return text.strip() if role == _ACCESSIBLE else text
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _ALIGNMENT and column != COLUMN_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _FONT and row.kind == "item" and column == COLUMN_TITLE:
            return self._bold
        if role == _FOREGROUND and column == COLUMN_DIFFERENCE:
            return difference_colour(row.delta_minutes)
        return None


@dataclass(frozen=True)
class ChartBar:
    """One item in the chart: what it was planned to take and what it took, in minutes."""

    label: str
    planned: float | None
    actual: float | None


def chart_bars(report: PlanActualReport | None) -> list[ChartBar]:
    """The items of the days the timer ran on: a day nobody timed would be a column of empty
    bars, pushing the timed ones out of sight."""
    if report is None:
        return []
    timed_days = {r.day_date for r in report.timed}
    several_days = len(timed_days) > 1
    bars = []
    for row in report.items():
        if row.day_date not in timed_days:
            continue
        label = f"{day_and_month(row.day_date)} · {row.title}" if several_days else row.title
        bars.append(ChartBar(label, row.planned_minutes, row.actual_minutes))
    return bars


def bar_tooltip(bar: ChartBar) -> str:
    """ "Opening remarks: planned 10:00, actual 12:30 (+2:30)" — the whole label, which the
    chart may have had to shorten."""
    planned = minutes_text(bar.planned)
    if bar.actual is None:
        return tr("{item}: planned {planned}, not timed").format(item=bar.label, planned=planned)
    actual = minutes_text(bar.actual)
    if bar.planned is None:
        return tr("{item}: planned {planned}, actual {actual}").format(
            item=bar.label, planned=planned, actual=actual
        )
    return tr("{item}: planned {planned}, actual {actual} ({difference})").format(
        item=bar.label,
        planned=planned,
        actual=actual,
        difference=minutes_text(bar.actual - bar.planned, signed=True),
    )


class PlanActualChart(QWidget):
    """Horizontal bars, two per item: the plan (pale) above, what happened below, in blue up to
    the plan and red past it, so an overrun is the first thing the eye finds."""

    ROW_HEIGHT = 38  # at least; rows grow to fill the space given, up to MAX_ROW_HEIGHT
    MAX_ROW_HEIGHT = 60
    TOP = 34  # the legend
    BOTTOM = 26  # the minute scale

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(tr("Chart of planned against actual time per item"))

    @property
    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def set_bars(self, bars: list[ChartBar]) -> None:
        self._bars = list(bars)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        return self.TOP + self.BOTTOM + max(1, len(self._bars)) * self.ROW_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def row_height(self) -> int:
        """Each item's height: the space there is, shared out, between the two bounds."""
        if not self._bars:
            return self.ROW_HEIGHT
        share = (self.height() - self.TOP - self.BOTTOM) // len(self._bars)
        return max(self.ROW_HEIGHT, min(share, self.MAX_ROW_HEIGHT))

    def bar_at(self, y: float) -> ChartBar | None:
        """The item whose row is at height ``y`` (for its tooltip)."""
        if y < self.TOP:
            return None
        number = int((y - self.TOP) // self.row_height())
        return self._bars[number] if 0 <= number < len(self._bars) else None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos().y())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), bar_tooltip(bar), self)
            return True
        return super().event(event)

    def _scale_minutes(self) -> float:
        longest = max(
            (v for b in self._bars for v in (b.planned, b.actual) if v is not None), default=0.0
        )
        return max(longest, 1.0)

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest + 12, max(120, self.width() // 3))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        metrics = QFontMetrics(painter.font())
        if not self._bars:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(EMPTY_TEXT))
            painter.end()
            return
        self._paint_legend(painter, metrics, text_colour)
        label_width = self._label_width(metrics)
        value_width = metrics.horizontalAdvance("00:00 (+00:00)") + 12
        left = 8 + label_width
        width = max(self.width() - left - value_width - 8, 20)
        scale = self._scale_minutes()

        def x_of(minutes: float) -> float:
            return left + width * minutes / scale

        # Light grid lines every sensible number of minutes.
        step = next((s for s in (1, 2, 5, 10, 15, 30, 60, 120) if scale / s <= 8), 240)
        grid = QColor(text_colour)
        grid.setAlpha(40)
        row_height = self.row_height()
        bottom = self.TOP + len(self._bars) * row_height
        minute = 0
        while minute <= scale + 0.001:
            x = x_of(minute)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(x), self.TOP - 4, int(x), bottom)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x - 30, bottom + 4, 60, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                tr("{minutes} min").format(minutes=minute) if minute == 0 else str(minute),
            )
            minute += step

        for number, bar in enumerate(self._bars):
            top = self.TOP + number * row_height
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(8, top, label_width - 8, row_height - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            thickness = min((row_height - 10) / 2, 22)
            if bar.planned is not None:
                painter.fillRect(
                    QRectF(left, top + 2, x_of(bar.planned) - left, thickness), PLANNED
                )
            actual_top = top + 2 + thickness + 1
            if bar.actual is None:
                painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(left + 4, actual_top, width, thickness),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    tr("not timed"),
                )
                continue
            within = bar.actual if bar.planned is None else min(bar.actual, bar.planned)
            painter.fillRect(QRectF(left, actual_top, x_of(within) - left, thickness), ACTUAL)
            if bar.planned is not None and bar.actual > bar.planned:
                over = QRectF(x_of(bar.planned), actual_top, x_of(bar.actual) - x_of(bar.planned),
                              thickness)  # fmt: skip
                painter.fillRect(over, OVER)
            text = minutes_text(bar.actual)
            delta = None if bar.planned is None else bar.actual - bar.planned
            if delta is not None and abs(delta) >= 0.5:
                text += f" ({minutes_text(delta, signed=True)})"
            end = max(x_of(bar.actual), x_of(bar.planned or 0))
            painter.setPen(difference_colour(delta) or text_colour)
            painter.drawText(
                QRectF(end + 6, top, value_width, row_height - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, text_colour) -> None:
        x = 8.0
        box = metrics.height() - 4
        for colour, name in ((PLANNED, tr("Planned")), (ACTUAL, tr("Actual")),
                             (OVER, tr("Over the plan"))):  # fmt: skip
            painter.fillRect(QRectF(x, 8, box * 1.6, box), colour)
            x += box * 1.6 + 6
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x, 6, metrics.horizontalAdvance(name) + 4, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            x += metrics.horizontalAdvance(name) + 22


class PlannedActualView(QWidget):
    """The table above, the chart below; or, before any timing, a line saying how to get one.

    The Log tab embeds it and calls ``show_report`` whenever the log changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event_record: EventRecord | None = None
        self._report: PlanActualReport | None = None
        self.model = PlanActualModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(tr("Planned against actual"))

        self.chart = PlanActualChart()
        scroller = QScrollArea()
        scroller.setWidget(self.chart)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._user_split = False  # once the user drags the handle, their split stays
        self.splitter.splitterMoved.connect(self._split_by_user)

        self.empty_label = QLabel(tr(EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        palette = self.empty_label.palette()
        palette.setColor(
            palette.ColorRole.WindowText, palette.color(palette.ColorRole.PlaceholderText)
        )
        self.empty_label.setPalette(palette)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_report(None, None)

    @property
    def report(self) -> PlanActualReport | None:
        return self._report

    def is_empty(self) -> bool:
        """Whether the view shows the empty-state line (nothing timed yet)."""
        return self.stack.currentWidget() is self.empty_label

    def show_report(self, event: EventRecord | None, report: PlanActualReport | None) -> None:
        """Show ``report`` for ``event``; None, or a report with nothing timed, shows the line
        that says how to get one."""
        self._event_record = event
        self._report = report
        timed = report is not None and bool(report.timed)
        self.model.set_report(report if timed else None)
        self.chart.set_bars(chart_bars(report) if timed else [])
        self.stack.setCurrentWidget(self.splitter if timed else self.empty_label)
        self._balance()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._balance()

    def _split_by_user(self, _position: int, _index: int) -> None:
        self._user_split = True

    def _balance(self) -> None:
        """The table as tall as its rows (up to two thirds), the chart the rest: a short agenda
        should not leave a blank table above a squeezed chart."""
        total = self.splitter.height()
        if self._user_split or total <= 0 or not self.model.rowCount():
            return
        header = self.table.horizontalHeader().sizeHint().height()
        rows = self.model.rowCount() * self.table.verticalHeader().defaultSectionSize()
        wanted = header + rows + 2 * self.table.frameWidth() + 4
        chart = min(self.chart.sizeHint().height() + 8, total // 2)
        table = max(min(wanted, total * 2 // 3, total - chart), total // 3)
        self.splitter.setSizes([table, total - table])
