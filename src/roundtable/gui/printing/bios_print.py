"""The bios booklet as a printable: paper is its option. The kind is
``roundtable.pdf.kind_bios`` (``roundtable export bios`` is made from it too), which reads the
photos with the event, before the worker starts: the store stays in the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from roundtable.domain.enums import Attendance
from roundtable.gui.printing.paper_options import PaperPanel
from roundtable.gui.printing.print_kinds import OptionsPanel, PrintContext, printable
from roundtable.pdf import kind_bios
from roundtable.wording import tr

KEY = kind_bios.BIOS.key


class BiosPanel(PaperPanel):
    def problem(self) -> str | None:
        # Declined people are left out of the booklet, as in roundtable.pdf.bios.
        people = [p for p in self.context.event.participants
                  if p.attendance is not Attendance.DECLINED]  # fmt: skip
        if not people:
            return tr("This event has no participants yet, so the booklet would be empty.")
        return None


def _panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
    return BiosPanel(context, KEY, kind_bios.BIOS.about, parent)


BIOS = printable(kind_bios.BIOS, _panel)
