"""The seating chart as a printable: which plan (or all of them) and the paper. The kind is
``roundtable.pdf.kind_seating``, which ``roundtable export seating`` is made from too.

The plan is chosen by name, as on the command line, and not remembered: plans belong to one
event. The paper is remembered like every other kind's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from roundtable.gui.common.signals import emit
from roundtable.gui.printing.paper_options import POSTER_PAPERS, PaperPanel, section_label
from roundtable.gui.printing.print_kinds import PrintContext, printable
from roundtable.pdf import kind_seating
from roundtable.wording import QT_TR_NOOP, tr

KEY = kind_seating.SEATING.key
NO_PLAN = QT_TR_NOOP("This event has no seating plan yet: make one on the Seating tab.")


class SeatingChartPanel(PaperPanel):
    """The paper (A4, Letter, or A3 or Tabloid for big plans), and above it the plan to print
    (all plans first, then each by name)."""

    def __init__(self, context: PrintContext, parent: QWidget | None = None) -> None:
        super().__init__(context, KEY, kind_seating.SEATING.about, parent, POSTER_PAPERS)
        plans = context.event.seating_plans
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(tr("Seating plan"))
        if len(plans) != 1:
            self.plan_combo.addItem(
                tr("All %n plans", "", len(plans)) if plans else tr("No plans"), None
            )
        for plan in plans:
            self.plan_combo.addItem(plan.name, plan.name)
        self.plan_combo.setEnabled(len(plans) > 1)
        if not plans:
            self.plan_combo.setToolTip(tr(NO_PLAN))
        self.plan_combo.currentIndexChanged.connect(lambda _index: emit(self.changed))
        column = self.column
        column.insertWidget(2, section_label(tr("Plan")))  # after the note, before the paper
        column.insertWidget(3, self.plan_combo)
        column.insertSpacing(4, 8)

    def options(self) -> dict[str, Any]:
        return {**super().options(), "plan": self.plan_combo.currentData()}

    def problem(self) -> str | None:
        return None if self.context.event.seating_plans else tr(NO_PLAN)


SEATING = printable(kind_seating.SEATING, SeatingChartPanel)
