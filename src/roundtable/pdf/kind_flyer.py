"""The flyer as an export kind: the paper is its one option; the speakers' photos and the
organisations' logos are read from the store with the event (in the GUI thread: the print
dialog's worker only draws). The PDF is ``pdf.flyer``."""

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
class FlyerData:
    event: EventRecord
    photos: Mapping[int, bytes]  # person id -> JPEG or PNG bytes
    logos: Mapping[int, bytes]  # organisation id -> image bytes


def read_flyer(store: Store, event: EventRecord) -> FlyerData:
    """The event, its speakers' photos and its organisations' logos: two queries in all."""
    from roundtable.pdf.flyer import speakers

    people = [p.person.id for p in speakers(event) if p.person.id is not None]
    orgs = [o.organisation.id for o in event.organisations
            if o.organisation.id is not None and o.organisation.has_logo]  # fmt: skip
    photos = {pid: data for pid, (data, _mime) in store.person_photos(people).items()}
    logos = {oid: data for oid, (data, _mime) in store.organisation_logos(orgs).items()}
    return FlyerData(event, photos, logos)


def _export(data: FlyerData, path: str, options: PaperOptions, progress: Progress | None) -> bool:
    from roundtable.pdf.flyer import export_flyer

    return export_flyer(data.event, path, paper=paper_for(options.paper, data.event),
                        photos=data.photos, logos=data.logos, progress=progress)  # fmt: skip


FLYER = ExportKind(
    key="flyer",
    label=QT_TR_NOOP("Flyer"),
    about=QT_TR_NOOP(
        "One page to post: the title, when and where, the speakers with their affiliations, "
        "a short description, the organisers with their logos and how to register."
    ),
    help="one-page flyer announcing the event (PDF)",
    read=read_flyer,
    options=PaperOptions,
    export=_export,
    arguments=(paper_argument(refused_by_parser=True),),
)
