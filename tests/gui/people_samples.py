"""People for the GUI tests: names in several scripts, accents, photos; and the store state a
command must put back exactly."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtGui import QColor, QImage

from roundtable.domain.enums import NameOrder
from roundtable.domain.records import (
    AffiliationRecord,
    OrganisationRecord,
    PersonRecord,
    PersonSummary,
)


def person(given: str, family: str, **changes: Any) -> PersonRecord:
    values: dict[str, Any] = {"given_name": given, "family_name": family}
    values.update(changes)
    return PersonRecord(**values)


def jpeg_bytes(width: int = 40, height: int = 50, colour: str = "#3366aa") -> bytes:
    from roundtable.gui.common.images import encode_photo

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return encode_photo(image)[0]


def directory(store) -> dict[str, int]:
    """A small directory; returns ids by family name."""
    riac = OrganisationRecord(name="Russian International Affairs Council", short_name="RIAC")
    people = [
        person("José", "Álvarez", email="jose@example.org", country="Spain"),
        person(
            "Andrey",
            "Kortunov",
            native_name="Андрей Кортунов",
            country="Russia",
            affiliations=[AffiliationRecord(riac, "Director General")],
        ),  # fmt: skip
        person("Eleni", "Papadaki", native_name="Ελένη Παπαδάκη", country="Greece"),
        person(
            "Toyohisa", "Kozuki", native_name="上月豊久", honorific="Ambassador", country="Japan"
        ),  # fmt: skip
        person("Yong-Chool", "Ha", native_name="하용출", name_order=NameOrder.FAMILY_FIRST),
        person("Xiaomei", "Lin", native_name="林晓梅", name_order=NameOrder.FAMILY_FIRST),
    ]
    return {p.family_name: store.save_person(p).id for p in people}


def summaries(count: int, seed: int = 5) -> list[PersonSummary]:
    """``count`` directory rows without a database (for the 5,000-row model test)."""
    rng = random.Random(seed)
    given = ["Andrey", "José", "Eleni", "Haruka", "Min-jun", "Wei", "Anna", "Jürgen"]
    family = ["Kortunov", "Álvarez", "Papadaki", "Morita", "Kim", "Wang", "Smith", "Müller"]
    native = ["Андрей", "", "Ελένη", "森田", "김민준", "王伟", "", ""]
    rows = []
    for i in range(count):
        k = rng.randrange(len(given))
        rows.append(
            PersonSummary(
                id=i + 1,
                uid=f"u{i}",
                honorific="",
                given_name=given[k],
                family_name=f"{family[rng.randrange(len(family))]}{i}",
                name_order=NameOrder.GIVEN_FIRST,
                native_name=native[k],
                country="",
                email=f"p{i}@example.org",
                affiliations="Some University",
                event_count=rng.randrange(5),
                has_photo=False,
            )  # fmt: skip
        )
    return rows


def state(store) -> tuple:
    """Everything a people command may change: people (with photos), their participations,
    and every event."""
    people = {p.id: store.person_snapshot(p.id) for p in store.list_people()}
    events = {e.id: store.get_event(e.id) for e in store.list_events()}
    organisations = sorted((o.id, o.name) for o in store.list_organisations())
    return people, events, organisations
