"""Event slugs made from titles in any script: "Круглый стол Россия и Япония 2017" gives
``kruglyi-stol-rossiia-i-iaponiia-2017``, where folding to ASCII alone left ``2017``.

Romanising needs tables (text-unidecode, with python-slugify for the clean-up), so this cannot
be in the domain, which keeps to the standard library (``domain.slugs`` holds the rules every
slug keeps: ``MAX_SLUG``, ``is_valid_slug``). It is in the store because the store is what
gives an event a slug when it has none (``event_writer.unique_slug``, and a cleared short name
in ``edits/events.py``), and the store may not use services; the GUI's preview of the automatic
slug uses this same function, so what it shows is what is saved.
"""

from __future__ import annotations

import unicodedata

from slugify import slugify as _clean
from text_unidecode import unidecode  # type: ignore[import-untyped]

from roundtable.domain.slugs import FALLBACK_SLUG, MAX_SLUG


def slugify(text: str) -> str:
    """ASCII, lower case, hyphenated, at most ``MAX_SLUG`` characters; ``FALLBACK_SLUG``
    ("event") when nothing typeable is left.

    Cyrillic is romanised letter by letter in Unidecode's scheme (я is "ia", й "i"), kana by
    sound ("ラウンドテーブル" gives "raundoteburu"), and kanji by their Chinese readings ("日露"
    gives "ri-lu"): a table without a dictionary knows no Japanese readings, but the slug is
    readable and typeable, which is all a slug must be. NFKC comes first so that full-width
    letters and digits become plain ones and a kana keeps its voicing mark (python-slugify's
    own NFKD would split ド into ト and a mark, and lose the mark).
    """
    romanised = unidecode(unicodedata.normalize("NFKC", text))
    return _clean(romanised, max_length=MAX_SLUG, word_boundary=False) or FALLBACK_SLUG


def event_slug(title: str, year: int) -> str:
    """The slug an event gets from its title and year, before any "-2" that keeps it unique."""
    return slugify(f"{title} {year}")
