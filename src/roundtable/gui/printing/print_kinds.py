"""What the print dialog can print, as plug-ins: one :class:`PrintKind` per document.

The dialog knows nothing about agendas or name cards. Each kind brings an options panel (a
widget that says when its options change), a ``prepare`` step run in the GUI thread that reads
what the document needs from the store (the store is not shared with other threads), and an
``export`` run in a worker thread that only draws the PDF. The documents themselves, what
they read and how they are written, are ``roundtable.pdf.kinds``, the table ``roundtable
export`` is made from too: :func:`printable` gives one of them its panel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from roundtable.domain.records import EventRecord
from roundtable.pdf.export_kind import ExportKind, Progress
from roundtable.store.facade import Store


@dataclass
class PrintContext:
    """What a kind may use: the store (GUI thread only), settings, the event as stored when the
    dialog opened (``printables.print_event`` reads it afresh, not from a view's copy), and the
    participants the user had selected then (name cards can print just those)."""

    store: Store
    settings: QSettings
    event: EventRecord
    selected_participation_ids: list[int] = field(default_factory=list)


class OptionsPanel(QWidget):
    """A kind's options. Emits ``changed`` whenever the printed pages would differ."""

    changed = Signal()

    def options(self) -> dict[str, Any]:
        """The current options, as plain values the export can use in another thread."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """Why nothing can be printed with these options (e.g. "No participant matches the
        filter."), shown instead of a preview; None when printing is possible."""
        return None

    def save(self, settings: QSettings) -> None:
        """Remember the options for next time (called after a successful save or print)."""

    def confirm(self, parent: QWidget, saving: bool) -> bool:
        """Whether to go on and save (``saving``) or print the previewed pages: a kind whose
        pages need the user's word first (minutes of an event off the record) asks here."""
        return True


def settings_key(kind_key: str, name: str) -> str:
    """Where a kind keeps one of its options: "agenda/paper", "namecards/layout"."""
    return f"{kind_key}/{name}"


@dataclass(frozen=True)
class PrintKind:
    key: str  # "agenda", "namecards", "bios": also the settings group of its options
    label: str  # "Agenda", "Name cards", "Bios booklet"
    file_suffix: str  # the suggested file is "<event slug>-<file_suffix>.pdf"
    make_panel: Callable[[PrintContext, QWidget | None], OptionsPanel]
    # GUI thread: read what the export needs (e.g. photos) from the store; may raise UserError.
    prepare: Callable[[PrintContext], Any]
    # Worker thread, no Qt and no store: write the PDF to ``path`` with (prepared, options);
    # returns False when ``progress`` returned False (cancelled). Raises UserError/OSError.
    export: Callable[[Any, str, dict[str, Any], Progress], bool]


PanelMaker = Callable[[PrintContext, QWidget | None], OptionsPanel]


def printable(kind: ExportKind, make_panel: PanelMaker) -> PrintKind:
    """The print dialog's side of one of ``pdf.kinds``: its key, label, reading and exporter,
    and ``make_panel``'s panel, whose ``options()`` are the kind's options by field name."""

    def prepare(context: PrintContext) -> Any:
        return kind.read(context.store, context.event)

    def export(prepared: Any, path: str, options: dict[str, Any], progress: Progress) -> bool:
        return kind.export(prepared, path, kind.options(**options), progress)

    return PrintKind(kind.key, kind.label, kind.key, make_panel, prepare, export)


def find_kind(kinds: list[PrintKind], key: str | None) -> PrintKind | None:
    return next((kind for kind in kinds if kind.key == key), None)


def suggested_file_name(event: EventRecord, kind: PrintKind) -> str:
    """The name offered when saving: the event's slug and the kind's suffix, so files of one
    event sort together (``dc-policy-forum-2018-agenda.pdf``)."""
    return f"{event.slug or 'event'}-{kind.file_suffix}.pdf"
