"""Slugs: the short, typeable names by which the CLI refers to events.

The rules every slug keeps are here. Making one from a title is ``store.slugs.slugify``: it
romanises Cyrillic and Japanese titles, which needs tables the standard library lacks.
"""

import re

MAX_SLUG = 80
FALLBACK_SLUG = "event"
"""The slug of a title with nothing that can be written in a-z and 0-9."""


def is_valid_slug(slug: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)) and len(slug) <= MAX_SLUG + 8
