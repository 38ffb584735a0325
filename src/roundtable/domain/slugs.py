"""Slugs: the short, typeable names by which the CLI refers to events."""

import re
import unicodedata

MAX_SLUG = 80


def slugify(text: str) -> str:
    """ASCII, lower case, hyphenated; falls back to "event" for text with no Latin letters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "event"


def is_valid_slug(slug: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)) and len(slug) <= MAX_SLUG + 8
