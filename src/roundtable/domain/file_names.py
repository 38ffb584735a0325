"""The name an attached file is kept and offered under: a plain base name, safe on any system.

An attachment's name comes from wherever the file came from, a bundle included, and is later
suggested by the Save dialog, joined to the folder the user picked. A bundle naming its flyer
``../../../../etc/cron.d/evil`` or ``/etc/passwd`` must not steer that save out of the folder,
nor hide the file (a leading dot), nor name a Windows device (``CON``, ``NUL``), nor disguise
its type with a right-to-left override (``evil\\u202efdp.exe`` shows as ``evilexe.pdf``). So
only the last part of the name is kept, cleaned of what a file system or a reader would take
for something else; letters of every script stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

FALLBACK = "attachment"
MAX_BYTES = 255
"""Most file systems' limit for one name, in UTF-8 bytes."""

_SEPARATORS = re.compile(r"[/\\]")
_DRIVE = re.compile(r"^[A-Za-z]:")
# Characters Windows refuses in a name (the separators are gone by then).
_FORBIDDEN = re.compile(r'[<>:"|?*]')
# Direction controls that reorder how a name is shown (U+061C, U+200E/F, U+202A-E, U+2066-9).
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9¹²³])", re.IGNORECASE)


def safe_file_name(name: str) -> str:
    """The base name of ``name`` with nothing in it that names another place or thing."""
    base = _SEPARATORS.split(unicodedata.normalize("NFC", name))[-1]
    base = _DRIVE.sub("", base)
    base = "".join(c for c in base if unicodedata.category(c) != "Cc")
    base = _FORBIDDEN.sub("_", _BIDI.sub("", base))
    base = base.lstrip(". ").rstrip(". ")  # hidden, "..", and what Windows drops anyway
    if _RESERVED.fullmatch(base.split(".", 1)[0].rstrip(" ")):
        base = f"_{base}"
    return _shortened(base) or FALLBACK


def suggested_path(folder: str | Path, name: str) -> str:
    """Where a Save dialog proposes to write the file ``name``: in ``folder``, always."""
    return str(Path(folder) / safe_file_name(name))


def _shortened(name: str) -> str:
    """At most ``MAX_BYTES`` in UTF-8, keeping a short extension ("…report.pdf")."""
    if len(name.encode("utf-8", "surrogatepass")) <= MAX_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > 16:
        stem, suffix = name, ""
    ending = f".{suffix}" if suffix else ""
    room = MAX_BYTES - len(ending.encode("utf-8", "surrogatepass"))
    kept = stem.encode("utf-8", "surrogatepass")[:room].decode("utf-8", "ignore")
    return kept.rstrip(". ") + ending
