"""The paper an event's documents start on, when nobody has chosen one: the one rule that both
the print dialog and the command line's ``--paper`` follow.

Handouts are printed where the event is held, so the venue's country decides: US Letter in the
United States and Canada, A4 everywhere else (and when the country is not filled in, A4, the
paper of most of the world). The print dialog puts a paper the user has picked before this
rule (``gui.paper_options``); the command line has no memory, so it uses the rule as it is.

Pure and free of Qt and reportlab, so ``roundtable export`` can ask it before loading either.
"""

from __future__ import annotations

import unicodedata

from roundtable.domain.records import EventRecord

A4 = "a4"
LETTER = "letter"

# The venue's country as people type it (English, codes, own script), folded by _fold.
LETTER_COUNTRIES = frozenset(
    {
        # United States
        "us", "usa", "unitedstates", "unitedstatesofamerica", "theunitedstates",
        "theunitedstatesofamerica", "america", "étatsunis", "etatsunis", "estadosunidos",
        "vereinigtestaaten", "сша", "соединенныештатыамерики", "соединённыештатыамерики",
        "アメリカ", "アメリカ合衆国", "米国", "美国", "美國", "미국", "미합중국",
        # Canada
        "ca", "can", "canada", "канада", "カナダ", "加拿大", "캐나다",
    }
)  # fmt: skip


def _fold(country: str) -> str:
    """ "U.S.A.", "United  States" and "united-states" alike: NFC, case-folded, and without
    spaces, dots, hyphens or commas."""
    text = unicodedata.normalize("NFC", country).casefold()
    return "".join(c for c in text if c.isalnum())


def paper_for_country(country: str | None) -> str:
    """ "letter" for the United States and Canada, however written; "a4" for anything else."""
    return LETTER if country and _fold(country) in LETTER_COUNTRIES else A4


def default_paper(event: EventRecord) -> str:
    """The paper ``event``'s documents start on when nobody has chosen one: its venue's."""
    return paper_for_country(event.venue.country)
