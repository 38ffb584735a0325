"""Whether two names may belong to one person, across scripts and romanisations.

The exact keys (``domain.name_match``) tell "Kortunov, Andrey" and "andrey KORTUNOV" apart from
nobody; but a list from Moscow writes "Андрей Кортунов", one from Washington "Andrei Kortunov",
and the directory has "Andrey Kortunov": three spellings of one man, which exact keys keep as
three people. Here every name is brought to a Latin form and compared loosely:

* ``anyascii`` romanises any script the same way (Cyrillic, Greek, accents).
* A small table of common variants of Russian romanisation folds the rest together: -ei/-ey/-ej,
  Yu/Iu/You/Ju, Ya/Ia/Ja, -ii/-iy/-y, kh/h, ts/tz, zh/j, x/ks, w/v, doubled letters; so Iouri,
  Yuri, Yury, Yurii and Juri are one name. Japanese long vowels (Kouzuki, Kōzuki, Kozuki) too.
* Patronymics (-ovich, -ovna) are left out: one list has them, the other does not.
* Both name orders are tried: Japanese names come family-first or given-first.
* ``rapidfuzz`` scores what is left (0–100); at or above ``THRESHOLD`` the two are "possibly the
  same person". This is an offer to the user, never a merge.

Names in Chinese characters, kana or Hangul are not romanised: 王毅 and 王一 read alike and are two
people; such names are alike only when the characters are the same. Exact matches are not this
module's business (the import matches them first); it finds who an exact key misses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from roundtable.domain.records import PersonSummary

__all__ = ["THRESHOLD", "Likeness", "LikenessIndex", "latin_forms", "name_likeness"]

THRESHOLD = 88.0
"""Scores at or above this are offered as "possibly the same person". "Andrei"/"Andrey
Kortunov" and the Yuri spellings score 100 once folded; one letter off in a two-word name of
fifteen letters scores about 93; "Andrey Kortunov" and "Andrew Kuchins" about 60."""

# Rules on one lower-case Latin word, in order: (pattern, replacement).
# fmt: off
_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"tch", "ch"),                   # French: Tchaikovsky
        (r"iou|you|iu", "yu"),            # Iouri, Youri, Iurii -> Yu
        (r"^ju", "yu"),                   # German: Juri
        (r"iya|iia|ia", "ya"),            # Mariya, Mariia, Maria; Iakov
        (r"^ja", "ya"),                   # German: Jakow
        (r"dzh", "dj"),
        (r"zh", "j"),                     # Zhukov, Jukov
        (r"kh", "h"),                     # Khrushchev, Hrushchev
        (r"tz|tc", "ts"),                 # Tzygankov
        (r"x", "ks"),                     # Alexei, Aleksei
        (r"w", "v"),                      # Wladimir
        (r"ph", "f"),
        (r"ou", "o"),                     # Japanese: Kouzuki; Satou
        (r"oh(?=[^aeiouy]|$)", "o"),      # Japanese: Ohno
        (r"([aeiou])[ijy]$", r"\1y"),     # -ei/-ey/-ej, -ai/-ay, -oi/-oy
        (r"(?:ii|iy|ij|yi|iyi)$", "i"),   # -ii/-iy -> -i: Yurii, Yuriy
        (r"(?<=[^aeiouy])y$", "i"),       # Yury -> Yuri, Dmitry -> Dmitri
        (r"(.)\1+", r"\1"),               # doubled letters: Vassily, Anna
    )
)
# fmt: on
_LATIN_WORD = re.compile(r"[a-z]+")
_PATRONYMIC = re.compile(r".{2,}(?:ovich|evich|ovna|evna|ichna|inichna)$")
_CJK_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def _is_cjk(text: str) -> bool:
    """True when the letters of ``text`` are Chinese characters, kana or Hangul."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_is_cjk_letter(c) for c in letters)


@cache
def _is_cjk_letter(char: str) -> bool:
    if char.isascii():
        return False
    name = unicodedata.name(char, "")
    return name.startswith(_CJK_SCRIPTS) or "IDEOGRAPH" in name


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return word


def _latin_words(text: str) -> list[str]:
    """``text`` romanised, lower case, as folded words without a patronymic."""
    latin = text if text.isascii() else anyascii(text)
    return [_fold_word(w) for w in _without_patronymic(_LATIN_WORD.findall(latin.lower()))]


def _without_patronymic(words: list[str]) -> list[str]:
    """Three words or more with one like "vadimovich" or "ivanovna" after the first: that one
    is left out (in the middle first; "Dmitri Dmitrievich Shostakovich" keeps its family
    name). Two words are a given and a family name, whatever they end in (Roman Abramovich)."""
    if len(words) < 3:
        return words
    found = [i for i, word in enumerate(words) if i and _PATRONYMIC.fullmatch(word)]
    if not found:
        return words
    middle = [i for i in found if i < len(words) - 1]
    drop = middle[0] if middle else found[-1]
    return words[:drop] + words[drop + 1 :]


def latin_forms(given: str, family: str, native: str = "") -> set[str]:
    """The folded Latin forms a name is compared by, each as the words of the name written
    given-first ("andrey kortunov"); one for the Latin name, one for a native name that is not
    Chinese, Japanese or Korean. Forms of fewer than two words are left out: one word says
    too little to offer anyone."""
    forms = set()
    if not _is_cjk(f"{given}{family}"):
        words = _latin_words(f"{given} {family}")
        if len(words) >= 2:
            forms.add(" ".join(words))
    if native and not _is_cjk(native):
        words = _latin_words(native)
        if len(words) >= 2:
            forms.add(" ".join(words))
    return forms


def _orders(form: str) -> set[str]:
    """The form as written and with its first word moved to the end and back: "kozuki
    toyohisa" and "toyohisa kozuki" (family-first and given-first)."""
    words = form.split()
    return {form, " ".join(words[1:] + words[:1]), " ".join(words[-1:] + words[:-1])}


def _cjk_form(given: str, family: str, native: str) -> str:
    for text in (native, f"{family}{given}"):
        if text and _is_cjk(text):
            return "".join(unicodedata.normalize("NFKC", text).split())
    return ""


def name_likeness(a: tuple[str, str, str], b: tuple[str, str, str]) -> float:
    """How alike two names are (0–100), each (given, family, native name)."""
    cjk_a, cjk_b = _cjk_form(*a), _cjk_form(*b)
    best = 100.0 if cjk_a and cjk_a == cjk_b else 0.0
    for form in latin_forms(*b):
        for query in latin_forms(*a):
            for ordered in _orders(query):
                best = max(best, fuzz.ratio(ordered, form))
    return best


@dataclass(frozen=True)
class Likeness:
    """A directory entry that may be the person looked for, and how alike the names are."""

    person: PersonSummary
    score: float


class LikenessIndex:
    """The directory's names, folded once, to look many names up in (an import's rows)."""

    def __init__(self, people: Iterable[PersonSummary], threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._forms: list[str] = []
        self._owners: list[PersonSummary] = []
        self._cjk: dict[str, list[PersonSummary]] = {}
        for person in people:
            for form in latin_forms(person.given_name, person.family_name, person.native_name):
                self._forms.append(form)
                self._owners.append(person)
            cjk = _cjk_form(person.given_name, person.family_name, person.native_name)
            if cjk:
                self._cjk.setdefault(cjk, []).append(person)

    def find(
        self, given: str, family: str, native: str = "", exclude: Sequence[int] = ()
    ) -> list[Likeness]:
        """Who in the directory may be this person, the likeliest first (ids in ``exclude``
        left out)."""
        scores: dict[int, float] = {}
        people: dict[int, PersonSummary] = {}
        if not self._forms and not self._cjk:  # an empty directory: nobody to be alike
            return []
        cjk = _cjk_form(given, family, native)
        for person in self._cjk.get(cjk, []) if cjk else []:
            scores[person.id], people[person.id] = 100.0, person
        queries = {o for form in latin_forms(given, family, native) for o in _orders(form)}
        for query in queries:
            found = process.extract(
                query, self._forms, scorer=fuzz.ratio, score_cutoff=self.threshold, limit=None
            )
            for _form, score, index in found:
                person = self._owners[index]
                if score > scores.get(person.id, -1.0):
                    scores[person.id], people[person.id] = float(score), person
        return sorted(
            (Likeness(people[i], s) for i, s in scores.items() if i not in exclude),
            key=lambda found: (-found.score, found.person.id),
        )
