"""How edits name things: quoted titles, people by family name, days by date."""

from __future__ import annotations

from datetime import date

from roundtable.domain import local_dates
from roundtable.domain.names import full_name
from roundtable.domain.records import PersonRecord
from roundtable.wording import tr


def quoted(title: str, limit: int = 60) -> str:
    text = " ".join(title.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    # The quotation marks are the language's: 「…」 in Japanese, «…» in Russian.
    return tr("“{title}”").format(title=text)


def short_name(person: PersonRecord) -> str:
    """How a command names one person: "Kortunov" (the family name), else the whole name."""
    return (
        person.family_name.strip()
        or full_name(person)
        or person.native_name.strip()
        or tr("a participant")
    )


def date_label(day: date) -> str:
    """ "Monday 26 February 2018", "2018年2月26日（月）", "понедельник, 26 февраля 2018 г."."""
    return local_dates.day_heading(day)
