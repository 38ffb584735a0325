"""Which encoding a text file (a participant list) was saved in, and what to call it.

Lists come from Excel on machines set to Russian (Windows-1251, KOI8-R from older Unix mail),
Japanese (Shift_JIS as Windows writes it, cp932; EUC-JP from older Unix systems) and Western
European (Windows-1252), from Google Sheets and registration tools (UTF-8, with or without a
BOM) and from Excel's "Unicode text" (UTF-16). The order of the guess:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE).
2. UTF-16 without a mark shows itself by the zero bytes of its ASCII characters.
3. Text that reads as strict UTF-8 is UTF-8: legacy text almost never does.
4. Otherwise ``charset-normalizer`` chooses among the encodings above only; any byte sequence
   reads as some exotic code page, and a wrong guess there turns every name to garbage.
5. A sanity rule checks its choice, because on a short file (a header and two names) its
   statistics have little to go on: each candidate's text is judged by how words look in it
   (a word in one script, cased as words are; no box-drawing signs or half-width katakana;
   not a Latin word made mostly of accented letters), and a candidate that reads clearly
   better wins over the detector's choice.

The user can always override the guess (the import wizard's encoding choice, the CLI's
``--encoding``); ``check_encoding`` validates such a name.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Sequence

from roundtable.errors import UserError
from roundtable.wording import QT_TR_NOOP, tr

__all__ = [
    "CHOICES",
    "LEGACY_CANDIDATES",
    "check_encoding",
    "detect_legacy",
    "encoding_label",
    "sniff_utf16",
]

_LABELS: dict[str, str] = {
    "utf-8": QT_TR_NOOP("UTF-8"),
    "utf-8-sig": QT_TR_NOOP("UTF-8 with BOM"),
    "utf-16": QT_TR_NOOP("UTF-16 (Excel's “Unicode text”)"),
    "utf-16-le": QT_TR_NOOP("UTF-16 LE"),
    "utf-16-be": QT_TR_NOOP("UTF-16 BE"),
    "cp1251": QT_TR_NOOP("Windows-1251 (Cyrillic)"),
    "koi8-r": QT_TR_NOOP("KOI8-R (Cyrillic)"),
    "cp932": QT_TR_NOOP("Shift_JIS (Windows-932, Japanese)"),
    "euc-jp": QT_TR_NOOP("EUC-JP (Japanese)"),
    "cp1252": QT_TR_NOOP("Windows-1252 (Western European)"),
    "latin-1": QT_TR_NOOP("Latin-1 (ISO-8859-1)"),
}

CHOICES: tuple[str, ...] = (
    "utf-8", "utf-16", "cp1251", "koi8-r", "cp932", "euc-jp", "cp1252", "latin-1",
)  # fmt: skip
"""The encodings a user is offered to read a list in (the wizard's choice), most common first."""

LEGACY_CANDIDATES: tuple[str, ...] = ("cp1251", "cp932", "cp1252", "koi8-r", "euc-jp")
"""What a list that is not UTF-8 may be in, in the order ties are settled."""

# charset-normalizer's names for them (it reports Python's codec names).
_DETECTOR_NAMES = {"cp1251": "cp1251", "cp932": "cp932", "cp1252": "cp1252",
                   "koi8-r": "koi8_r", "euc-jp": "euc_jp"}  # fmt: skip
_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "ms932": "cp932",
            "windows-31j": "cp932", "latin1": "latin-1", "iso-8859-1": "latin-1",
            "utf8": "utf-8", "utf-8-bom": "utf-8-sig", "utf8-sig": "utf-8-sig",
            "windows-1251": "cp1251", "windows-1252": "cp1252", "koi8r": "koi8-r",
            "eucjp": "euc-jp", "utf16": "utf-16"}  # fmt: skip
_SURE_MARGIN = 0.05
"""How much better (in badness per non-ASCII character) a candidate must read than the
detector's choice to win over it."""


def canonical(name: str) -> str:
    """The one name used here for an encoding ("Shift_JIS", "sjis" and "cp932" are cp932)."""
    key = name.strip().lower().replace("_", "-")
    key = _ALIASES.get(key, _ALIASES.get(name.strip().lower(), key))
    try:
        python_name = codecs.lookup(key).name
    except LookupError:
        return key
    by_python = {codecs.lookup(k).name: k for k in _LABELS}
    return by_python.get(python_name, key)


def check_encoding(name: str) -> str:
    """A user's encoding name (``--encoding``), as its canonical name; UserError if Python has
    no text encoding of that name."""
    text = name.strip()
    try:
        info = codecs.lookup(_ALIASES.get(text.lower(), text))
    except (LookupError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        known = ", ".join(CHOICES)
        raise UserError(
            tr("unknown encoding ‘{name}’; use one of {known} (or another Python codec)").format(
                name=text, known=known
            )
        )
    return canonical(text)


def encoding_label(name: str) -> str:
    """ "Windows-1251 (Cyrillic)": an encoding as a user knows it; its own name if unusual."""
    label = _LABELS.get(canonical(name))
    return tr(label) if label else name


# -- UTF-16 without a mark -------------------------------------------------------------------


def sniff_utf16(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text without a BOM: its ASCII characters (the
    commas, line ends and digits of any list) put a zero byte on one side of every pair, and
    text in any other encoding has no zero bytes at all."""
    sample = head[: 4096 - 4096 % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    for zeros, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs * 0.2 and others <= pairs * 0.01:
            try:
                text = sample.decode(name)
            except UnicodeDecodeError:
                continue
            if "\n" in text or "\r" in text or len(sample) < 4096:
                return name
    return None


# -- legacy code pages -----------------------------------------------------------------------


def detect_legacy(data: bytes, candidates: Sequence[str] = LEGACY_CANDIDATES) -> list[str]:
    """The ``candidates`` that read ``data`` without error, the likeliest first: the
    detector's choice unless another reads clearly better (see the module's notes). [] when
    ``data`` is plain ASCII or no candidate reads it."""
    if data.isascii():
        return []
    readings = {name: _decoded(data, name) for name in candidates}
    readable = {name: text for name, text in readings.items() if text is not None}
    if not readable:
        return []
    badness = {name: _badness(text) for name, text in readable.items()}
    order = {name: i for i, name in enumerate(candidates)}
    ranked = sorted(readable, key=lambda n: (round(badness[n], 3), order[n]))
    detected = _detector_choice(data, [n for n in candidates if n in readable])
    if detected is not None and badness[detected] <= badness[ranked[0]] + _SURE_MARGIN:
        ranked.remove(detected)
        ranked.insert(0, detected)
    return ranked


def _decoded(data: bytes, name: str) -> str | None:
    """``data`` in ``name``; a multi-byte character cut off at the end of a sample is dropped."""
    decoder = codecs.getincrementaldecoder(name)(errors="strict")
    try:
        return decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _detector_choice(data: bytes, candidates: Sequence[str]) -> str | None:
    """charset-normalizer's pick among ``candidates`` only."""
    if not candidates:
        return None
    from charset_normalizer import from_bytes  # imported on use: only lists need it

    names = [_DETECTOR_NAMES.get(n, n) for n in candidates]
    try:
        best = from_bytes(data, cp_isolation=names).best()
    except Exception:  # the detector is a guess; it must never stop a file being read
        return None
    if best is None:
        return None
    found = canonical(best.encoding)
    return found if found in candidates else None


_RARE_LETTERS = frozenset("ЂЃЉЊЌЋЏђѓљњќћџЎўЈ")
"""Serbian and Macedonian letters: where Windows-1251 has them, Windows-1252 has € ‚ „ … †
and the curly quotes, so in a tie they tell a Western list from a Russian one."""


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "HIRAGANA", "KATAKANA", "HANGUL"):
        if name.startswith(script):
            return "kana" if script in {"HIRAGANA", "KATAKANA"} else script.lower()
    if name.startswith("CJK") or "IDEOGRAPH" in name:
        return "han"
    return "other"


def _badness(text: str) -> float:
    """How unlike real text ``text`` reads, per non-ASCII character (0 is perfect): signs no
    list holds, half-width katakana, words mixing scripts, words cased as no word is, and Latin
    words made mostly of accented letters (Cyrillic read as Windows-1252: "Ôàìèëèÿ")."""
    foreign = [c for c in text if ord(c) > 127]
    if not foreign:
        return 0.0
    bad = 0.0
    for char in foreign:
        if _odd_sign(char):
            bad += 1
        elif char in _RARE_LETTERS:
            bad += 0.5
    for word in _words(text):
        if word.isascii():
            continue
        scripts = {_script(c) for c in word}
        if len(scripts) > 1 and not scripts <= {"han", "kana"}:
            bad += len(word) / 2
        elif scripts <= {"latin"} and len(word) >= 3:
            accented = sum(1 for c in word if not c.isascii())
            if accented * 2 > len(word):
                bad += accented
        if not _well_cased(word):
            bad += len(word) / 2
    return bad / len(foreign)


_USUAL_SIGNS = frozenset("€£¥©®°±×÷№«»“”„‘’–—…•·〒～")


def _odd_sign(char: str) -> bool:
    """A sign no list of names holds: box drawing, controls, unassigned or private code
    points, and half-width katakana (what cp932 makes of other encodings' bytes)."""
    if "\uff61" <= char <= "\uff9f":
        return True
    return unicodedata.category(char)[0] in "CS" and char not in _USUAL_SIGNS


def _words(text: str) -> list[str]:
    words, current = [], []
    for char in text:
        if char.isalpha():
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _well_cased(word: str) -> bool:
    """All lower, all upper, capitalised, or a capital after a lower one at most once ("McLean",
    "DeVries"); cased-less scripts (Japanese) always are."""
    cased = [c for c in word if c.isupper() or c.islower()]
    if len(cased) < 2:
        return True
    rises = sum(1 for a, b in zip(cased, cased[1:], strict=False) if a.islower() and b.isupper())
    return rises == 0 or (rises == 1 and cased[0].isupper() and len(cased) > 4)
