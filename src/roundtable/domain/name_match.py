"""Recognising the same person written differently: case, accents and name order ignored.

"Kortunov, Andrey", "andrey KORTUNOV" and "Andrey Kortunov" are one key; so are "José" and
"Jose". Used to warn about duplicates in the directory and to match imported rows.
"""

from __future__ import annotations

import re
import unicodedata


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(given: str, family: str) -> tuple[str, ...]:
    """Order-insensitive key of a name; () when there is no name at all."""
    words = re.findall(r"\w+", _fold(f"{given} {family}"))
    return tuple(sorted(words))


def email_key(email: str) -> str:
    return email.strip().casefold()
