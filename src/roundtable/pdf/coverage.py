"""Which names a PDF cannot print: said before printing, on the command line and in the
print dialog.

A character no shipped font has (an emoji, a rare script) is left out of the PDF rather than
drawn as a box (``pdf.fonts``); the user is told which names lose something, so they can fix
the record or accept it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from roundtable.pdf.fonts import normalize, uncovered
from roundtable.wording import tr

if TYPE_CHECKING:
    from roundtable.domain.records import EventRecord

SHOWN = 5  # names listed in the warning; the rest are counted


def unprintable(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each distinct text with characters no font can print, with those characters, in the
    order met."""
    found: dict[str, str] = {}
    for text in texts:
        text = normalize(text or "").strip()
        if not text or text in found:
            continue
        missing = uncovered(text)
        if missing:
            found[text] = "".join(sorted(missing))
    return list(found.items())


def event_texts(event: EventRecord) -> list[str]:
    """The participants' names as the documents print them: given and family name, name in
    own script, name on card, and their organisations."""
    texts: list[str] = []
    for participation in event.participants:
        person = participation.person
        texts.append(" ".join(
            part for part in (person.honorific, person.given_name, person.patronymic,
                              person.family_name) if part
        ))  # fmt: skip
        texts.extend((person.native_name, participation.card_name))
        texts.extend(affiliation.organisation.name for affiliation in person.affiliations)
    return [text for text in texts if text]


def warning(texts: Iterable[str]) -> str:
    """ "3 names contain characters no font can print: …", or "" when every name prints."""
    bad = unprintable(texts)
    if not bad:
        return ""
    listed = "; ".join(
        tr("{name} ({characters})").format(name=text, characters=" ".join(chars))
        for text, chars in bad[:SHOWN]
    )
    if len(bad) > SHOWN:
        listed += "; " + tr("%n more", "", len(bad) - SHOWN)
    return tr("%n names contain characters no font can print: {names}", "", len(bad)).format(
        names=listed
    )


def event_warning(event: EventRecord) -> str:
    return warning(event_texts(event))
