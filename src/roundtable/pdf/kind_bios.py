"""The bios booklet as an export kind: the paper is its one option; the photos are read from
the store with the event (in the GUI thread: the print dialog's worker only draws). The PDF is
``pdf.bios``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roundtable.pdf.export_kind import (
    ExportKind,
    PaperOptions,
    Progress,
    paper_argument,
    paper_for,
)
from roundtable.wording import QT_TR_NOOP

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord
    from roundtable.store.facade import Store


@dataclass(frozen=True)
class BiosData:
    event: EventRecord
    photos: Mapping[int, bytes]  # person id -> JPEG or PNG bytes


def read_bios(store: Store, event: EventRecord) -> BiosData:
    """The event and its people's photos, in one query however many people there are."""
    ids = [p.person.id for p in event.participants if p.person.id is not None]
    photos = {pid: data for pid, (data, _mime) in store.person_photos(ids).items()}
    return BiosData(event, photos)


def _export(data: BiosData, path: str, options: PaperOptions, progress: Progress | None) -> bool:
    from roundtable.pdf.bios import export_bios

    return export_bios(data.event, path, paper=paper_for(options.paper, data.event),
                       photos=data.photos, progress=progress)  # fmt: skip


BIOS = ExportKind(
    key="bios",
    label=QT_TR_NOOP("Bios booklet"),
    about=QT_TR_NOOP(
        "A cover, then each participant by role and precedence with photo, names in both "
        "scripts, affiliations and bio."
    ),
    help="bios booklet (PDF)",
    read=read_bios,
    options=PaperOptions,
    export=_export,
    arguments=(paper_argument(refused_by_parser=True),),
)
