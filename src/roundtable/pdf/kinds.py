"""Every document Roundtable exports as a PDF, described once, in the order both sides list
them: ``roundtable export KEY`` for each (its parser, help, options and call are made from
the kind) and the print dialog's "Print:" list (``gui.printing.printables``).

To add a kind: describe it as an :class:`~roundtable.pdf.export_kind.ExportKind` in a module
``kind_<name>.py`` here (``kind_bios.py`` is the smallest) and add it to :data:`KINDS`. That is
all the command line needs, and the print dialog lists it with a paper choice; a kind with
options besides the paper needs its panel in ``gui/printing`` too (``printables.PANELLED``),
which tests/test_export_kinds.py asks for.
"""

from __future__ import annotations

from roundtable.pdf.export_kind import ExportKind
from roundtable.pdf.kind_agenda import AGENDA
from roundtable.pdf.kind_bios import BIOS
from roundtable.pdf.kind_brief import BRIEF
from roundtable.pdf.kind_flyer import FLYER
from roundtable.pdf.kind_log import LOG, MINUTES
from roundtable.pdf.kind_namecards import NAMECARDS
from roundtable.pdf.kind_seating import SEATING
from roundtable.pdf.kind_signin import SIGNIN

KINDS: tuple[ExportKind, ...] = (
    AGENDA,
    NAMECARDS,
    SEATING,
    LOG,
    MINUTES,
    BIOS,
    SIGNIN,
    BRIEF,
    FLYER,
)


def kind_named(key: str | None) -> ExportKind | None:
    return next((kind for kind in KINDS if kind.key == key), None)
