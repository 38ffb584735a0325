"""Alphabetical order of people by family name, the way readers of each script expect it.

Python's ``sorted`` on plain strings puts "Éric" after "Zoe", "Ёлкин" after "Яковлев" and
sorts Japanese kanji by an encoding's accident. A sign-in sheet is searched by eye at the
door, so its order must be the one each reader knows. Standard library only (no ICU): the
rules are few and written down here.

Scripts are grouped, Latin first, then Cyrillic, Greek, Japanese, Korean and anything else.
The event's language does not reorder the groups: a sheet on a clipboard is read by guests of
every delegation, and Latin first is what the English-language documents of this app already
do (the agenda, the bios). Within a group:

- **Latin**: case and accents ignored first ("é" = "e", "ø" = "o", "ß" = "ss"), then accents
  break ties (Eric before Éric), then case.
- **Cyrillic**: the Russian alphabet. "ё" sorts as "е" with the diaeresis breaking ties, as
  Russian dictionaries (and CLDR) do: Ёлкин comes with the Е names, not after Я, where its
  code point would put it. Ukrainian, Belarusian and Serbian letters follow the letter they
  are a form of (і after и, ў after у).
- **Greek**: its alphabet, accents and the final sigma as the second level.
- **Japanese**: by reading, in gojūon order (あいうえお, かきくけこ …), katakana and
  hiragana folded together, voiced and small kana as a tie-breaker (か before が), a long
  vowel mark read as the vowel before it. A name in kana is its own reading; a name in kanji
  sorts by its reading when the person has one: ``PersonRecord.pronunciation`` when it is in
  kana, else a "フリガナ: …" line in the notes (the participant import keeps the list's
  reading column there, under the list's header). **A kanji name without a reading cannot
  be placed by sound: those come after the names with readings, by code point**, which
  groups names sharing a first character but is not a dictionary order.
- **Korean**: by Hangul syllable; Unicode encodes them in dictionary order.
- Anything else: by code point after the groups above.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from roundtable.domain.records import PersonRecord

LATIN, CYRILLIC, GREEK, JAPANESE, JAPANESE_UNREAD, KOREAN, OTHER = range(7)
"""The groups, in the order they are listed."""

_LATIN_SINGLE = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"}
_LATIN_DOUBLE = {"æ": "ae", "œ": "oe", "þ": "th", "ĳ": "ij"}

# Each letter's primary weight is its place here; the letters in _CYRILLIC_SAME weigh as
# the letter given and differ only at the second level.
_CYRILLIC_ORDER = "абвгґғдђѓеєжзѕиіїйјкќлљмнњоөпрстћуўүфхһцчџшщъыьэюя"
_CYRILLIC_SAME = {"ё": "е"}
_CYRILLIC_RANK = {letter: rank for rank, letter in enumerate(_CYRILLIC_ORDER)}

_GOJUON_ROWS = (
    "あいうえお",
    "かきくけこ",
    "さしすせそ",
    "たちつてと",
    "なにぬねの",
    "はひふへほ",
    "まみむめも",
    "や ゆ よ",
    "らりるれろ",
    "わゐ ゑを",
)
_VOWEL = {
    kana: "あいうえお"[i] for row in _GOJUON_ROWS for i, kana in enumerate(row) if kana != " "
}
_SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
_LONG_MARK = "ー"

_READING_LABELS = (
    "フリガナ",
    "ふりがな",
    "ヨミガナ",
    "よみがな",
    "カナ",
    "かな",
    "読み",
    "氏名 フリガナ",
    "reading",
    "furigana",
    "kana",
    "name reading",
)


def script_group(text: str) -> int:
    """The group of ``text``, by its first letter (LATIN for text without any)."""
    for char in text:
        if char.isalpha():
            return _char_group(char)
    return LATIN


def _char_group(char: str) -> int:
    point = ord(char)
    if point < 0x0250 or 0x1E00 <= point <= 0x1EFF:
        return LATIN
    if 0x0370 <= point <= 0x03FF or 0x1F00 <= point <= 0x1FFF:
        return GREEK
    if 0x0400 <= point <= 0x052F:
        return CYRILLIC
    if _is_kana(char) or 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF:
        return JAPANESE
    if 0xAC00 <= point <= 0xD7A3 or 0x1100 <= point <= 0x11FF or 0x3130 <= point <= 0x318F:
        return KOREAN
    return OTHER


def _is_kana(char: str) -> bool:
    point = ord(char)
    return 0x3041 <= point <= 0x3096 or 0x30A1 <= point <= 0x30FA or char == _LONG_MARK


def is_kana(text: str) -> bool:
    """Whether ``text`` is all kana (spaces and the middle dot allowed) and not empty."""
    letters = [c for c in text if not c.isspace() and c not in "・･"]
    return bool(letters) and all(_is_kana(c) for c in letters)


def reading(person: PersonRecord) -> str:
    """The kana reading of the person's name: the pronunciation when it is in kana, else a
    "フリガナ: コウヅキ トヨヒサ" line of the notes; "" when there is none."""
    if is_kana(person.pronunciation):
        return person.pronunciation.strip()
    for line in person.notes.splitlines():
        label, colon, value = line.replace("：", ":").partition(":")
        if colon and label.strip().casefold() in _READING_LABELS and is_kana(value):
            return value.strip()
    return ""


# -- one string at three levels ------------------------------------------------------------


def _latin_levels(text: str) -> tuple[str, str, str]:
    folded = text.casefold()
    primary: list[str] = []
    for char in unicodedata.normalize("NFKD", folded):
        if unicodedata.combining(char):
            continue
        primary.append(_LATIN_SINGLE.get(char) or _LATIN_DOUBLE.get(char) or char)
    # NFD keeps each accent after its letter: a plain letter's next character (a letter)
    # sorts before any combining mark, so "eric" comes before "éric".
    return "".join(primary), unicodedata.normalize("NFD", folded), _case_level(text)


def _case_level(text: str) -> str:
    """Lower case before upper case at the last level, as dictionaries list "de" before "De"."""
    return "".join("1" if c.isupper() else "0" for c in text)


def _cyrillic_levels(text: str) -> tuple[str, str, str]:
    folded = unicodedata.normalize("NFC", text.casefold())
    primary = []
    secondary = []
    for char in folded:
        base = _CYRILLIC_SAME.get(char, char)
        rank = _CYRILLIC_RANK.get(base)
        primary.append(chr(0x10000 + rank) if rank is not None else _after_letters(base))
        secondary.append("1" if base != char else "0")
    return "".join(primary), "".join(secondary), _case_level(text)


def _after_letters(char: str) -> str:
    """A character outside the alphabet: spaces and hyphens before every letter, anything
    else after them, by code point."""
    if not char.isalpha():
        return chr(0x20) if char.isspace() else chr(0x21)
    return chr(0x20000 + ord(char))


def _greek_levels(text: str) -> tuple[str, str, str]:
    folded = text.casefold().replace("ς", "σ")
    primary = "".join(
        c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
    )
    return primary, unicodedata.normalize("NFD", folded), _case_level(text)


def _kana_levels(text: str) -> tuple[str, str, str]:
    """Gojūon order: katakana read as hiragana; voiced marks and small kana only break ties;
    a long vowel mark is the vowel before it; spaces (between family and given name) come
    before any kana, so a shorter family name sorts first."""
    hiragana = "".join(
        chr(ord(c) - 0x60) if 0x30A1 <= ord(c) <= 0x30F6 else c
        for c in unicodedata.normalize("NFKC", text)
    )
    primary: list[str] = []
    for char in hiragana:
        if char.isspace() or char in "・":
            primary.append("\x01")
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        ).translate(_SMALL_KANA)
        if base == _LONG_MARK and primary:
            base = _VOWEL.get(primary[-1], base)
        primary.append(base)
    secondary = unicodedata.normalize("NFD", hiragana)
    return "".join(primary), secondary, text


def _levels(text: str, group: int) -> tuple[str, str, str]:
    text = " ".join(text.split())
    if group == CYRILLIC:
        return _cyrillic_levels(text)
    if group == GREEK:
        return _greek_levels(text)
    if group == LATIN:
        return _latin_levels(text)
    if group == JAPANESE and is_kana(text):
        return _kana_levels(text)
    return text, text, text


# -- people --------------------------------------------------------------------------------


def name_key(family: str, given: str = "", *more: str, reading_text: str = "") -> tuple[Any, ...]:
    """The sort key of a name: the family name first, then the given name and ``more``
    (a patronymic), compared a level at a time, so an accent in a given name never outweighs
    a letter of the family name. ``reading_text`` is a Japanese name's kana reading, family
    name first, which then decides the order in place of the written name."""
    family, given = family.strip(), given.strip()
    group = script_group(family or given)
    parts = [family, given, *more]
    if group == JAPANESE:
        if reading_text:
            parts = [reading_text, ""]
        elif not is_kana(family + given):
            group = JAPANESE_UNREAD
    levels = [_levels(part, group) for part in parts]
    return (group, *(tuple(level[i] for level in levels) for i in range(3)))


def person_key(person: PersonRecord) -> tuple[Any, ...]:
    """``person``'s place in an alphabetical list by family name: the family name as
    entered (a Latin "Kozuki" sorts as Latin), else the name in the person's own script
    ("上月豊久" by its reading)."""
    family, given = person.family_name.strip(), person.given_name.strip()
    if not family and not given:
        family = person.native_name.strip()
    return (
        *name_key(family, given, person.patronymic, reading_text=reading(person)),
        person.id or 0,
    )
