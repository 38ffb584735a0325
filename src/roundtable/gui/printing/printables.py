"""Everything the print dialog can print for an event, and the one way the window and the event
tabs open it.

What it can print, and in what order, is ``roundtable.pdf.kinds``, the table ``roundtable
export`` is made from too; here each kind gets its options panel (:data:`PANELLED`). A kind
with no panel here prints with the paper as its only option.

Imported only when something is printed: the kinds bring the print dialog's panels, and the
dialog brings QtPdf and QtPrintSupport, which start-up does without.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from roundtable.errors import UserError
from roundtable.gui.common.messages import sentence
from roundtable.gui.printing.agenda_print import AGENDA
from roundtable.gui.printing.bios_print import BIOS
from roundtable.gui.printing.log_print import LOG, MINUTES
from roundtable.gui.printing.namecard_print import NAMECARDS
from roundtable.gui.printing.paper_options import PaperPanel
from roundtable.gui.printing.print_kinds import OptionsPanel, PrintContext, PrintKind, printable
from roundtable.gui.printing.seating_print import SEATING
from roundtable.pdf.export_kind import ExportKind
from roundtable.pdf.kinds import KINDS
from roundtable.store.facade import Store
from roundtable.wording import tr

PANELLED = {kind.key: kind for kind in (AGENDA, NAMECARDS, SEATING, LOG, MINUTES, BIOS)}
"""The kinds of pdf.kinds with an options panel of their own, by key."""


def _paper_only(kind: ExportKind) -> PrintKind:
    def make_panel(context: PrintContext, parent: QWidget | None) -> OptionsPanel:
        return PaperPanel(context, kind.key, kind.about, parent)

    return printable(kind, make_panel)


def all_kinds() -> list[PrintKind]:
    """Every kind of pdf.kinds, in its order."""
    return [PANELLED.get(kind.key) or _paper_only(kind) for kind in KINDS]


def print_event(
    parent: QWidget | None,
    store: Store,
    settings: QSettings,
    event_id: int,
    initial_key: str | None = None,
    selected_participation_ids: list[int] | None = None,
) -> str | None:
    """Open the print dialog on the event as stored now (not a view's copy of it). Returns a
    line for the status bar about what was saved or printed, or None."""
    try:
        event = store.get_event(event_id)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Print"), sentence(str(exc)))
        return None
    from roundtable.gui.printing import print_dialog

    context = PrintContext(store, settings, event, list(selected_participation_ids or []))
    return print_dialog.open_print_dialog(parent, context, all_kinds(), initial_key)
