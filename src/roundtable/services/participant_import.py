"""Adding people to an event from a list: plan first, then apply all of it or nothing.

``plan_import`` turns a read table into one ``RowPlan`` per row without touching the database:
names are split, people are matched against the directory (so nobody is entered twice),
organisations and delegations are matched by name, and everything a person would have to fix is
listed per row. The CLI prints that report (and stops there on ``--dry-run``); the GUI shows it as
the wizard's preview. ``apply_import`` then saves the event once, so a list with one bad row, a
full disk or a clash changes nothing at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from roundtable.domain.edits.participants import AddParticipants
from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole
from roundtable.domain.name_match import email_key, name_key
from roundtable.domain.parts import Part
from roundtable.domain.records import (
    AffiliationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    PersonSummary,
)
from roundtable.domain.validation import check_text, validate_person
from roundtable.errors import UserError
from roundtable.services.column_mapping import (
    FIELDS,
    IGNORE,
    NAME_FIELDS,
    describe_mapping,
    field_label,
    ignored_columns,
    normalise_header,
)
from roundtable.services.name_likeness import Likeness, LikenessIndex
from roundtable.services.table_read import Table, encoding_label
from roundtable.wording import LANGUAGES, listing, speaking, tr

if TYPE_CHECKING:  # the store is passed in; importing it here would tie services to SQLAlchemy
    from roundtable.store.facade import Store

# -- choices ---------------------------------------------------------------------------------


class FullNameOrder(StrEnum):
    """How a single full-name column is written (``--full-name-order``). ``AUTO``: family
    name first for names in Chinese characters, kana or Hangul, and for a Russian ФИО
    ("Кортунов Андрей Вадимович", told by its patronymic or its "ФИО" header); given name
    first otherwise ("Kortunov, Andrey" with its comma is family-first in every mode)."""

    AUTO = "auto"
    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


class PossibleMatch(StrEnum):
    """What to do with a row whose person is not an exact match but possibly someone in the
    directory under another spelling (``--possible-match``). ``ASK``: it is a problem of the
    row, which the user settles (the wizard's Match column); nothing is ever merged silently."""

    ASK = "ask"
    EXISTING = "existing"
    NEW = "new"


# -- result types ----------------------------------------------------------------------------


@dataclass
class RowPlan:
    """What one row of the list will become. ``person`` is what the file says; ``existing`` is
    the directory entry it matched (that entry is used as it is, never overwritten)."""

    line: int
    person: PersonRecord
    existing: PersonSummary | None
    role: ParticipantRole
    delegation: str
    attendance: Attendance
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skip: bool = False
    # More than one directory entry fits, or one possibly does (``possible``): the GUI offers
    # these (``choose_match``).
    candidates: list[PersonSummary] = field(default_factory=list)
    participation_notes: str = ""
    card_name: str = ""  # what the name card prints instead of the name; "" for the name
    # The candidates are not exact matches but names alike across spellings (name_likeness).
    possible: bool = False
    # The problems and notes that matching added, which settling the match replaces.
    match_texts: list[str] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.existing is None and not self.skip

    @property
    def needs_choice(self) -> bool:
        """True while the user has to say who this row is (several fit, or one possibly)."""
        return bool(self.candidates) and any(p in self.match_texts for p in self.problems)


@dataclass
class ImportPlan:
    rows: list[RowPlan]
    mapping: dict[int, str]
    ignored_columns: list[str]
    notes: list[str]
    problems: list[str] = field(default_factory=list)  # about the whole list, not one row
    headers: list[str] = field(default_factory=list)
    source: str = ""
    event_id: int | None = None
    new_organisations: list[OrganisationRecord] = field(default_factory=list)
    new_delegations: list[str] = field(default_factory=list)
    event_person_ids: set[int] = field(default_factory=set)
    encoding: str = ""  # the CSV's, as read (``Table.encoding``); "" for a workbook

    @property
    def ok(self) -> bool:
        """True when nothing stands in the way: rows left out (``skip``) do not count."""
        return not self.problems and not any(r.problems for r in self.rows if not r.skip)

    def counts(self) -> dict[str, int]:
        active = [r for r in self.rows if not r.skip]
        return {
            "rows": len(self.rows),
            "new": sum(1 for r in active if r.existing is None),
            "existing": sum(1 for r in active if r.existing is not None),
            "skipped": sum(1 for r in self.rows if r.skip),
            "problems": sum(1 for r in active if r.problems) + len(self.problems),
            "new_organisations": len(self.new_organisations),
            "new_delegations": len(self.new_delegations),
        }


# -- vocabularies ----------------------------------------------------------------------------


def _key(text: str) -> str:
    """Case, accents, punctuation and underscores ignored: "Opening_Speaker" is "opening
    speaker", "Université" is "universite"."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("_", " "))
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", bare))


def _vocabulary(groups: Mapping[Any, str]) -> dict[str, Any]:
    """{member: "word | other word"} as {normal form of word: member}."""
    return {_key(word): member for member, words in groups.items() for word in words.split("|")}


_ROLE_WORDS = _vocabulary(
    {
        ParticipantRole.PARTICIPANT: (
            "speaker | speakers | panelist | panellist | panelists | panellists | panel member | "
            "presenter | participant | participant panelist | expert | invited speaker | author | "
            "contributor | talk | participant panellist"
        ),
        ParticipantRole.OPENING_SPEAKER: (
            "keynote | keynote speaker | keynoter | opening speaker | opening remarks | "
            "welcome remarks | opening | introductory remarks"
        ),
        ParticipantRole.CHAIR: (
            "chair | chairperson | chairman | chairwoman | co chair | cochair | session chair | "
            "panel chair"
        ),
        ParticipantRole.MODERATOR: "moderator | facilitator | co moderator",
        ParticipantRole.HOST: "host | co host | organiser | organizer | convener | convenor",
        ParticipantRole.DISCUSSANT: "discussant | commentator | respondent",
        ParticipantRole.RAPPORTEUR: "rapporteur | note taker | notetaker",
        ParticipantRole.OBSERVER: "observer | guest | attendee | audience | listener | visitor",
        ParticipantRole.STAFF: (
            "staff | support | secretariat | interpreter | translator | organising staff | "
            "volunteer"
        ),
        ParticipantRole.DELEGATION_MEMBER: (
            "delegate | delegation member | member of delegation | delegation"
        ),
    }
)

_ATTENDANCE_WORDS = _vocabulary(
    {
        Attendance.INVITED: (
            "invited | pending | awaiting payment | unpaid | unconfirmed | tentative | maybe | "
            "waitlisted | waiting list | to be confirmed | tbc | false | no reply"
        ),
        Attendance.CONFIRMED: (
            "confirmed | yes | attending | accepted | complete | completed | registered | going | "
            "true | will attend"
        ),
        Attendance.DECLINED: (
            "declined | no | not attending | cancelled | canceled | refunded | withdrawn | "
            "rejected | not going | regrets | deleted | transferred"
        ),
        Attendance.ATTENDED: "attended | checked in | present | came",
    }
)


@cache
def _label_keys(member: ParticipantRole | Attendance) -> frozenset[str]:
    """A role's or attendance's label in every interface language: a list exported from a
    Japanese Roundtable reads back on an English one, and the other way round."""
    keys = {_key(member.english_label)}
    for language in LANGUAGES:
        with speaking(language):
            keys.add(_key(member.label))
    return frozenset(keys)


def parse_role(text: str) -> ParticipantRole | None:
    """A role from its value, label or a common synonym ("Panellist", "Keynote"); None if
    unknown."""
    key = _key(text)
    for role in ParticipantRole:
        if key in {_key(role.value.replace("_", " ")), *_label_keys(role)}:
            return role
    return _ROLE_WORDS.get(key)


def parse_attendance(text: str) -> Attendance | None:
    """Attendance from its value or the words the tools use ("Attending", "Checked In",
    "Completed", pretalx's "True"); None if unknown."""
    key = _key(text)
    for member in Attendance:
        if key in {member.value, *_label_keys(member)}:
            return member
    return _ATTENDANCE_WORDS.get(key)


def _words(text: str) -> set[str]:
    return {word.strip() for word in text.split("|")}


# Only words that are never given names: "Dean", "He" (a Chinese surname) and "M" (an
# initial) are left out, and "H.E." must be written with its dots.
_HONORIFICS = _words(
    "mr | mrs | ms | mx | miss | dr | prof | professor | amb | ambassador | h e | hon | sir | "
    "dame | lord | rev | revd | gen | col | maj | capt | adm | admiral | senator | sen | "
    "minister | mag | ing | dipl | assoc | asst | herr | frau | mme | mlle | sra | srta | dott | "
    "dottssa | drs | г н | г жа | проф | д р | акад"
)
_PARTICLES = _words(
    "van | von | de | der | den | del | della | delle | di | da | das | do | dos | du | la | le | "
    "bin | binti | ibn | al | el | ter | ten | zu | af | av | st | saint"
)
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_POSTNOMINALS = _words(
    "phd | md | ma | ba | msc | bsc | mba | llm | obe | cbe | kbe | frs | esq | dphil | jd | mp | "
    "mep | ret"
)
_KOREAN_TWO_SYLLABLE_SURNAMES = {"남궁", "황보", "제갈", "사공", "선우", "독고", "서문", "동방"}


def _token_key(token: str) -> str:
    return _key(token.replace(".", " ")).strip()


def _is_honorific(token: str) -> bool:
    return _token_key(token) in _HONORIFICS


# -- scripts ---------------------------------------------------------------------------------


@cache
def _script_of(char: str) -> str:
    """ "han", "kana", "hangul", "latin" or "other" (cached: every letter of every row asks)."""
    if char.isascii():
        return "latin"
    name = unicodedata.name(char, "")
    if name.startswith("CJK ") or "IDEOGRAPH" in name:
        return "han"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "kana"
    if name.startswith("HANGUL"):
        return "hangul"
    if name.startswith("LATIN"):
        return "latin"
    return "other"


def _scripts(text: str) -> set[str]:
    return {_script_of(c) for c in text if c.isalpha()}


def _is_east_asian(text: str) -> bool:
    scripts = _scripts(text)
    return bool(scripts) and scripts <= {"han", "kana", "hangul"}


def _is_latin(text: str) -> bool:
    scripts = _scripts(text)
    return bool(scripts) and scripts == {"latin"}


# -- names -----------------------------------------------------------------------------------


@dataclass
class NameParts:
    """A name taken apart, with anything the user should check about how it was done."""

    given: str = ""
    family: str = ""
    honorific: str = ""
    native: str = ""
    patronymic: str = ""
    order: NameOrder = NameOrder.GIVEN_FIRST
    notes: list[str] = field(default_factory=list)


def _take_honorifics(words: list[str]) -> tuple[str, list[str]]:
    """Leading honorifics ("Prof. Dr.") off a list of words, leaving at least one word."""
    taken = []
    while len(words) > 1 and _is_honorific(words[0]):
        taken.append(words.pop(0))
    return " ".join(taken), words


def _split_east_asian(text: str, parts: NameParts, order: FullNameOrder) -> None:
    """Family name first (unless the user says the list is given-name first). Without a space
    (or a full-width one, "上月　豊久") only some names split with confidence: Korean (one
    syllable, or a known two-syllable surname) and two Chinese characters. A longer Chinese or
    Japanese name written solid (上月豊久: 上月 + 豊久, but 岸信介: 岸 + 信介) is kept whole as
    the family name (and as the native name, see ``_fill_person``), and the user is told to
    split it: a wrong split would print a wrong family name on a name card."""
    words = text.split()  # str.split() also splits at the full-width space U+3000
    if order is FullNameOrder.GIVEN_FIRST and len(words) > 1:
        parts.given, parts.family = " ".join(words[:-1]), words[-1]
        return
    parts.order = NameOrder.FAMILY_FIRST
    if len(words) > 1:
        parts.family, parts.given = words[0], " ".join(words[1:])
        return
    if _scripts(text) == {"hangul"} and 2 <= len(text) <= 4:
        cut = 2 if len(text) >= 3 and text[:2] in _KOREAN_TWO_SYLLABLE_SURNAMES else 1
        if len(text) == 4 and cut == 1:
            parts.family = text
            parts.notes.append(
                tr(
                    "‘{name}’ was kept whole as the family name; split it into family and "
                    "given name"
                ).format(name=text)
            )
            return
        parts.family, parts.given = text[:cut], text[cut:]
        return
    if _scripts(text) == {"han"} and len(text) == 2:  # 王毅, 林修: one character each
        parts.family, parts.given = text[0], text[1]
        return
    parts.family = text
    parts.notes.append(
        tr(
            "‘{name}’ has no space between family and given name, so it was kept "
            "whole as the family name; split it if you know where"
        ).format(name=text)
    )


_PATRONYMIC = re.compile(
    r"\w{2,}(?:ович|евич|овна|евна|ична|инична|ovich|evich|ovna|evna|ichna|inichna)",
    re.IGNORECASE,
)


def _is_patronymic(word: str) -> bool:
    """ "Вадимович", "Ивановна", "Vadimovich": the ending of a Russian patronymic."""
    return bool(_PATRONYMIC.fullmatch(word))


def _take_patronymic(words: list[str], parts: NameParts) -> bool:
    """Three words with a patronymic among them, as Russian lists write a name: "Андрей
    Вадимович Кортунов" (given, patronymic, family) or, in a ФИО column, "Кортунов Андрей
    Вадимович" (family, given, patronymic). No given name ends like a patronymic, so the
    middle word decides; a family name may ("Roman Arkadyevich Abramovich"). True when the
    name was taken apart so."""
    if len(words) != 3:
        return False
    if _is_patronymic(words[1]):
        parts.given, parts.patronymic, parts.family = words
        return True
    if _is_patronymic(words[2]):
        parts.family, parts.given, parts.patronymic = words
        return True
    return False


def split_full_name(text: str, order: FullNameOrder = FullNameOrder.AUTO) -> NameParts:
    """A name typed in one cell, split into honorific, given, family name and patronymic.

    "Kortunov, Andrey" is family, given; "Prof. Dr. Jane Doe" has the honorific "Prof. Dr.";
    "Ludwig van Beethoven" keeps "van" with the family name; "Toyohisa Kozuki (上月豊久)" gives
    the part in the other script as the native name; an East Asian name is family name first,
    and so is any name when ``order`` says so ("Kozuki Toyohisa"); "Кортунов Андрей Вадимович"
    has its patronymic taken out. ``FullNameOrder.FAMILY_FIRST`` on a name in Cyrillic (a ФИО)
    keeps the person's own order given-first: it is how the list is written, not the name.
    """
    parts = NameParts()
    text = " ".join(text.split())
    bracket = re.fullmatch(r"(.*?)\s*[(（]([^()（）]+)[)）]", text)
    if bracket:
        outer, inner = bracket.group(1).strip(), bracket.group(2).strip()
        if outer and _is_latin(outer) and not _is_latin(inner) and _scripts(inner):
            text, parts.native = outer, inner
        elif outer and _is_latin(inner) and not _is_latin(outer) and _scripts(outer):
            text, parts.native = inner, outer
        elif outer:
            parts.notes.append(tr("‘({text})’ was left out of the name").format(text=inner))
            text = outer
    if not text:
        return parts
    if _is_east_asian(text):
        _split_east_asian(text, parts, order)
        return parts
    if text.count(",") == 1:
        before, after = (p.strip() for p in text.split(","))
        after_words = after.replace(".", " ").split()
        if after_words and all(_key(w) in _POSTNOMINALS | _SUFFIXES for w in after_words):
            if all(_key(w) in _SUFFIXES for w in after_words):
                text = f"{before} {after}"
            else:
                parts.notes.append(tr("‘{text}’ after the name was left out").format(text=after))
                text = before
        elif before and after:
            honorific, given_words = _take_honorifics(after.split())
            if not honorific:
                honorific, family_words = _take_honorifics(before.split())
                before = " ".join(family_words)
            parts.honorific, parts.given, parts.family = honorific, " ".join(given_words), before
            if len(given_words) == 2 and _is_patronymic(given_words[1]):
                parts.given, parts.patronymic = given_words
            return parts
    words = text.replace(",", " ").split()
    parts.honorific, words = _take_honorifics(words)
    if len(words) == 1:
        parts.family = words[0]
        return parts
    if _take_patronymic(words, parts):
        return parts
    if order is FullNameOrder.FAMILY_FIRST:
        parts.family, parts.given = words[0], " ".join(words[1:])
        if not _scripts(text) & {"other"}:  # Latin: the person's own order is family-first
            parts.order = NameOrder.FAMILY_FIRST
        return parts
    end = len(words) - 1
    suffix: list[str] = []
    while end > 1 and _key(words[end]) in _SUFFIXES:
        suffix.insert(0, words[end])
        end -= 1
    start = end
    while start > 1 and words[start - 1].islower() and _key(words[start - 1]) in _PARTICLES:
        start -= 1
    parts.given = " ".join(words[:start])
    parts.family = " ".join(words[start : end + 1] + suffix)
    return parts


def match_keys(given: str, family: str, native: str) -> set[tuple[str, ...]]:
    """Keys a person can be recognised by: the name in any order, the native name, and East
    Asian names with their spaces removed ("上月 豊久" is "上月豊久")."""
    keys = {name_key(given, family), name_key(native, "")}
    for text in (f"{family}{given}", f"{given}{family}", native):
        if text and _is_east_asian(text):
            keys.add(name_key("".join(text.split()), ""))
    keys.discard(())
    return keys


def summary_keys(person: PersonSummary) -> set[tuple[str, ...]]:
    return match_keys(person.given_name, person.family_name, person.native_name)


def summary_name(person: PersonSummary) -> str:
    parts = [person.given_name, person.family_name]
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts.reverse()
    name = " ".join(p for p in parts if p.strip())
    return name or person.native_name or tr("person {id}").format(id=person.id)


# -- other cells -----------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]+")


def _email(text: str, row: RowPlan) -> str:
    value = text.strip()
    if not value:
        return ""
    if value.lower().startswith("mailto:"):
        value = value[7:].strip()
    angle = re.search(r"<([^<>]+)>", value)
    if angle:
        value = angle.group(1).strip()
    found = _EMAIL.findall(value)
    if len(found) > 1:
        row.problems.append(
            tr("‘{text}’ holds %n email addresses; keep one", "", len(found)).format(text=text)
        )
        return value
    if not (len(found) == 1 and found[0] == value):
        row.problems.append(tr("‘{text}’ is not an email address").format(text=text))
    return value


def split_list(text: str) -> list[str]:
    """ "A / B" or "A; B" as ["A", "B"]; "U.S./Japan" stays one. Empty entries are kept, so
    positions can be paired with affiliations by place ("Professor /" is two entries)."""
    if not text.strip():
        return []
    return [p.strip() for p in re.split(r"\s*;\s*|\s*(?:^|(?<=\s))/(?=\s|$)\s*", text)]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


class OrganisationMatcher:
    """Organisations by name (any case, spacing or accents), then short name; a name not known
    becomes one new record however many rows mention it."""

    def __init__(self, known: Iterable[OrganisationRecord]) -> None:
        self.by_name: dict[str, list[OrganisationRecord]] = {}
        self.by_short: dict[str, list[OrganisationRecord]] = {}
        for org in known:
            self.by_name.setdefault(_key(org.name), []).append(org)
            if org.short_name.strip():
                self.by_short.setdefault(_key(org.short_name), []).append(org)
        self.new: dict[str, OrganisationRecord] = {}

    def find(self, name: str) -> OrganisationRecord:
        key = _key(name)
        for table in (self.by_name, self.by_short):
            found = table.get(key)
            if found:
                return found[0]
        bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
        if bracket:  # "Russian International Affairs Council (RIAC)"
            for part, table in (
                (bracket.group(1), self.by_name),
                (bracket.group(2), self.by_short),
            ):
                found = table.get(_key(part))
                if found:
                    return found[0]
        if key not in self.new:
            self.new[key] = OrganisationRecord(name=name)
        return self.new[key]


# -- planning --------------------------------------------------------------------------------


def plan_import(
    table: Table,
    mapping: Mapping[int, str],
    event: EventRecord,
    people: Sequence[PersonSummary],
    organisations: Sequence[OrganisationRecord],
    default_role: ParticipantRole = ParticipantRole.PARTICIPANT,
    default_attendance: Attendance = Attendance.INVITED,
    *,
    full_name_order: FullNameOrder = FullNameOrder.AUTO,
    possible_match: PossibleMatch = PossibleMatch.ASK,
    in_preview: bool = False,
) -> ImportPlan:
    """Work out what importing ``table`` into ``event`` would do, without changing anything.

    ``full_name_order`` says how a full-name column is written; ``possible_match`` what to do
    with a person who is possibly someone in the directory under another spelling. The
    problem such a row has tells the user how to settle it: with ``--possible-match`` on the
    command line, or, ``in_preview``, in the import wizard's Match column."""
    mapping = _checked_mapping(table, mapping)
    plan = ImportPlan(
        rows=[],
        mapping=dict(sorted(mapping.items())),
        ignored_columns=ignored_columns(table.headers, mapping),
        notes=[n for n in table.notes if _note_concerns(n, mapping)],
        headers=list(table.headers),
        source=table.source,
        event_id=event.id,
        event_person_ids={p.person.id for p in event.participants if p.person.id is not None},
        encoding=table.encoding,
    )
    by_field: dict[str, list[int]] = {}
    for column, name in mapping.items():
        by_field.setdefault(name, []).append(column)
    has_names = any(name in by_field for name in NAME_FIELDS)
    plan.problems += _list_problems(table, by_field, has_names)

    planner = _RowPlanner(event, people, organisations, plan.event_person_ids, has_names)
    planner.order = _full_name_order(table, by_field, full_name_order)
    planner.possible_match = possible_match
    planner.in_preview = in_preview
    column_of = {name: columns[0] for name, columns in by_field.items()}
    for index, cells in enumerate(table.rows):
        row = RowPlan(table.line(index), PersonRecord(), None, default_role, "", default_attendance)
        planner.fill(row, _row_values(table, index, cells, column_of, row))
        if index in table.row_problems:  # the file's own shape is wrong here: that first,
            row.problems = list(table.row_problems[index])  # the rest follows from it
        plan.rows.append(row)
    plan.new_organisations = planner.organisations_to_create(plan.rows)
    plan.new_delegations = list(planner.new_delegations.values())
    return plan


_FAMILY_FIRST_HEADERS = {
    normalise_header(h) for h in ("ФИО", "Фамилия Имя Отчество", "Фамилия, имя", "Фамилия и имя")
}
"""Full-name headers that say the names under them are family name first."""


def _full_name_order(
    table: Table, by_field: dict[str, list[int]], order: FullNameOrder
) -> FullNameOrder:
    """``AUTO`` becomes ``FAMILY_FIRST`` under a header that says so ("ФИО")."""
    columns = by_field.get("full_name", [])
    said = bool(columns) and normalise_header(table.headers[columns[0]]) in _FAMILY_FIRST_HEADERS
    return FullNameOrder.FAMILY_FIRST if order is FullNameOrder.AUTO and said else order


def _checked_mapping(table: Table, mapping: Mapping[int, str]) -> dict[int, str]:
    """The columns to import and their fields; UserError for a field or column that is not there."""
    mapping = {c: f for c, f in mapping.items() if f != IGNORE}
    for column, name in mapping.items():
        if name not in FIELDS:
            raise UserError(
                tr("unknown field {field}; the fields are: {fields}").format(
                    field=repr(name), fields=", ".join(FIELDS)
                )
            )
        if not 0 <= column < len(table.headers):
            raise UserError(tr("there is no column {number}").format(number=column + 1))
    return mapping


def _list_problems(table: Table, by_field: dict[str, list[int]], has_names: bool) -> list[str]:
    """What is wrong with the list as a whole: two columns for one field, no names, no rows."""
    problems = []
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = ", ".join(f"‘{table.headers[c]}’" for c in columns)
            options = ", ".join(f"--map '{table.headers[c]}=ignore'" for c in columns)
            problems.append(
                tr(
                    "the columns {columns} all give the field ‘{field}’; keep one and ignore "
                    "the others ({options})"
                ).format(columns=listed, field=field_label(name), options=options)
            )
    if not has_names:
        problems.append(
            tr(
                "no column holds names: map one to full_name, given_name and "
                "family_name, or native_name (--map COLUMN=full_name)"
            )
        )
    problems += table.problems
    if not table.rows:
        problems.append(tr("the list has a header but no rows"))
    return problems


_FORMULA = "_formula"
"""In a row's values: set when a mapped cell is a formula without a result."""
_READING_HEADER = "_reading_header"
"""In a row's values: the header of the name-reading column ("フリガナ")."""


def _row_values(
    table: Table, index: int, cells: Sequence[str], column_of: dict[str, int], row: RowPlan
) -> dict[str, str]:
    """The row's text for each mapped field; a formula with no stored result is a problem."""
    values: dict[str, str] = {}
    for name, column in column_of.items():
        value = _nfc(cells[column] if column < len(cells) else "")  # readers drop guards
        if (index, column) in table.uncomputed:
            row.problems.append(
                tr(
                    "{column} is a formula the file stores no result for ({formula}); open the "
                    "file in Excel or LibreOffice, save it, and import it again"
                ).format(column=table.headers[column], formula=value[:40])
            )
            value = ""
            values[_FORMULA] = "yes"
        values[name] = value
    if "name_reading" in column_of:
        values[_READING_HEADER] = table.headers[column_of["name_reading"]]
    return values


class _RowPlanner:
    """Fills in one row after another, remembering across rows what the list has used so far:
    the organisations and delegations saving will create, and the emails, names and directory
    entries already taken (a repeat is a problem of the later row)."""

    def __init__(
        self,
        event: EventRecord,
        people: Sequence[PersonSummary],
        organisations: Sequence[OrganisationRecord],
        event_person_ids: set[int],
        has_names: bool,
    ) -> None:
        self.orgs = OrganisationMatcher(organisations)
        self.delegations = {_key(d.name): d.name for d in event.delegations if d.name.strip()}
        self.new_delegations: dict[str, str] = {}
        self.by_email: dict[str, list[PersonSummary]] = {}
        self.by_key: dict[tuple[str, ...], list[PersonSummary]] = {}
        for person in people:
            if email_key(person.email):
                self.by_email.setdefault(email_key(person.email), []).append(person)
            for key in summary_keys(person):
                self.by_key.setdefault(key, []).append(person)
        self.event_person_ids = event_person_ids
        self.has_names = has_names
        self.seen_emails: dict[str, int] = {}
        self.seen_keys: dict[tuple[str, ...], tuple[int, str]] = {}
        self.seen_existing: dict[int, int] = {}
        self.order = FullNameOrder.AUTO
        self.possible_match = PossibleMatch.ASK
        self.in_preview = False
        self._people = people
        self._likeness: LikenessIndex | None = None  # built when a row first needs it

    def fill(self, row: RowPlan, values: dict[str, str]) -> None:
        name_notes = _fill_person(row, values, self.orgs, self.has_names, self.order)
        _fill_participation(row, values, self.delegations, self.new_delegations)
        _match(row, self.by_email, self.by_key, self.event_person_ids)
        if row.existing is None and not row.candidates:
            self._match_possible(row)
        if row.existing is None:  # for someone already known, the directory's name counts
            row.notes[:0] = name_notes
        _check_repeats(row, self.seen_emails, self.seen_keys, self.seen_existing)
        _check_limits(row)

    def _match_possible(self, row: RowPlan) -> None:
        """A person no key matches may still be someone in the directory under another
        spelling ("Andrei" for "Andrey", "Юрий Иванов" for "Yuri Ivanov"): offered, or
        settled as ``possible_match`` says; never merged without the user's word."""
        person = row.person
        if not (person.given_name or person.family_name or person.native_name):
            return
        if self._likeness is None:
            self._likeness = LikenessIndex(self._people)
        found = self._likeness.find(person.given_name, person.family_name, person.native_name)
        if not found:
            return
        name = _row_name(person)
        if self.possible_match is PossibleMatch.NEW:
            row.notes.append(
                tr(
                    "‘{name}’ may be the existing {existing}, but is added as a new person "
                    "(--possible-match new)"
                ).format(name=name, existing=_described(found[0].person))
            )
            return
        row.possible = True
        row.candidates = [f.person for f in found]
        best = found[0].person
        if self.possible_match is PossibleMatch.EXISTING and (
            len(found) == 1 or found[0].score > found[1].score
        ):
            note = tr(
                "‘{name}’ is taken to be the existing {existing} (--possible-match existing)"
            ).format(name=name, existing=_described(best))
            _settle(row, best, self.event_person_ids, note)
            return
        problem = self._possible_problem(name, found)
        row.problems.append(problem)
        row.match_texts.append(problem)

    def _possible_problem(self, name: str, found: Sequence[Likeness]) -> str:
        people = "; ".join(_described(f.person) for f in found)
        if self.possible_match is PossibleMatch.EXISTING:
            return tr(
                "‘{name}’ may be any of the existing {people}, so --possible-match existing "
                "cannot choose; add an email address that tells them apart, or use "
                "--possible-match new"
            ).format(name=name, people=people)
        if self.in_preview:
            if len(found) == 1:
                return tr(
                    "‘{name}’ may be the existing {existing}; choose in the Match column "
                    "whether it is, or a new person"
                ).format(name=name, existing=people)
            return tr(
                "‘{name}’ may be one of the existing {people}; choose in the Match column "
                "which, or a new person"
            ).format(name=name, people=people)
        if len(found) == 1:
            return tr(
                "‘{name}’ may be the existing {existing}; use --possible-match existing or new"
            ).format(name=name, existing=people)
        return tr(
            "‘{name}’ may be one of the existing {people}; use --possible-match new, or "
            "add an email address that tells them apart"
        ).format(name=name, people=people)

    def organisations_to_create(self, rows: Sequence[RowPlan]) -> list[OrganisationRecord]:
        """Only organisations that saving will create: a row matched to someone already in the
        directory keeps that person's own affiliations."""
        created = {id(o) for o in self.orgs.new.values()}
        organisations = []
        for row in rows:
            for affiliation in row.person.affiliations if row.is_new else ():
                org = affiliation.organisation
                if id(org) in created:
                    created.discard(id(org))
                    organisations.append(org)
        return organisations


def _check_limits(row: RowPlan) -> None:
    """What the store could not keep (a 500-character name, say) is a problem of the row,
    not a failed import after the preview said all was well."""
    try:
        validate_person(row.person)
        check_text(row.delegation, "delegation", "name", "the delegation")
        check_text(row.participation_notes, "participation", "notes", "the notes")
        check_text(row.card_name, "participation", "card_name", tr("the name on the card"))
    except UserError as exc:
        row.problems.append(str(exc))


def _note_concerns(note: str, mapping: Mapping[int, str]) -> bool:
    """False for a reader's note about one cell ("E7: formula ...") in a column not imported."""
    cell = re.match(r"([A-Z]{1,3})\d+: ", note)
    if cell is None:
        return True
    index = 0
    for letter in cell.group(1):
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1 in mapping


def _fill_person(
    row: RowPlan,
    values: dict[str, str],
    orgs: OrganisationMatcher,
    has_names: bool,
    order: FullNameOrder = FullNameOrder.AUTO,
) -> list[str]:
    person = row.person
    given, family = values.get("given_name", ""), values.get("family_name", "")
    full, native = values.get("full_name", ""), values.get("native_name", "")
    honorific = values.get("honorific", "")
    if given or family:
        parts = NameParts(given=given, family=family)
        if not honorific and given:
            parts.honorific, words = _take_honorifics(given.split())
            parts.given = " ".join(words)
        if _is_east_asian(given + family):
            parts.order = NameOrder.FAMILY_FIRST
            parts.native = "".join(f"{family}{given}".split())
    elif full:
        parts = split_full_name(full, order)
        if not parts.native and _is_east_asian(full):  # in its script, family name first
            parts.native = "".join(f"{parts.family}{parts.given}".split())
    elif native:
        parts = split_full_name(native, order)
        parts.native = ""
        parts.notes.append(
            tr("there is no name in Latin script; the native name is used as the name too")
        )
    else:
        parts = NameParts()
        if has_names and not values.get(_FORMULA):  # a formula's problem says it already
            row.problems.append(tr("no name"))
    person.given_name = parts.given
    person.family_name = parts.family
    person.patronymic = values.get("patronymic", "") or parts.patronymic
    person.name_order = parts.order
    person.honorific = honorific or parts.honorific
    person.native_name = native or parts.native
    person.email = _email(values.get("email", ""), row)
    person.phone = values.get("phone", "")
    person.country = values.get("country", "")
    person.bio = values.get("bio", "")
    _fill_affiliations(row, values.get("affiliation", ""), values.get("position", ""), orgs)
    _add_reading(person, values.get("name_reading", ""), values.get(_READING_HEADER, ""))
    return parts.notes


def _add_reading(person: PersonRecord, reading: str, header: str) -> None:
    """The reading of a Japanese name (フリガナ), kept in the person's notes under the list's
    own header ("フリガナ: コウヅキ トヨヒサ"): the directory has no field for it, and it is what
    sorts and pronounces the name, so it must not be lost. Stored text, so not translated."""
    if not reading:
        return
    line = f"{header or 'Reading'}: {reading}"
    person.notes = f"{person.notes}\n{line}" if person.notes else line


def _fill_affiliations(
    row: RowPlan, affiliation: str, position: str, orgs: OrganisationMatcher
) -> None:
    names = [n for n in split_list(affiliation) if n]
    if not names:
        if position:
            row.person.notes = f"Position: {position}"  # stored text: not translated
            row.notes.append(
                tr(
                    "the position ‘{position}’ has no organisation; it was put in the person's "
                    "notes"
                ).format(position=position)
            )
        return
    positions = [position] if len(names) == 1 else split_list(position)
    if len(positions) not in (0, 1, len(names)):
        row.notes.append(
            tr(
                "{positions} positions for {organisations} organisations; the positions were "
                "all given to the first one"
            ).format(positions=len(positions), organisations=len(names))
        )
        positions = [position]
    row.person.affiliations = [
        AffiliationRecord(orgs.find(name), positions[i] if i < len(positions) else "")
        for i, name in enumerate(names)
    ]


def _fill_participation(
    row: RowPlan,
    values: dict[str, str],
    delegations: dict[str, str],
    new_delegations: dict[str, str],
) -> None:
    role_text = values.get("role", "")
    if role_text:
        role = parse_role(role_text)
        if role is None:
            choices = ", ".join(r.value for r in ParticipantRole)
            row.problems.append(
                tr("unknown role ‘{role}’ (use one of: {choices})").format(
                    role=role_text, choices=choices
                )
            )
        else:
            row.role = role
    attendance_text = values.get("attendance", "")
    if attendance_text:
        attendance = parse_attendance(attendance_text)
        if attendance is None:
            choices = ", ".join(a.value for a in Attendance)
            row.problems.append(
                tr("unknown attendance ‘{attendance}’ (use one of: {choices})").format(
                    attendance=attendance_text, choices=choices
                )
            )
        else:
            row.attendance = attendance
    delegation = " ".join(values.get("delegation", "").split())
    if delegation:
        key = _key(delegation)
        if key in delegations:
            delegation = delegations[key]
        elif key in new_delegations:
            delegation = new_delegations[key]
        else:
            new_delegations[key] = delegation
    row.delegation = delegation
    row.participation_notes = values.get("notes", "")
    row.card_name = " ".join(values.get("card_name", "").split())


def _match(
    row: RowPlan,
    by_email: dict[str, list[PersonSummary]],
    by_key: dict[tuple[str, ...], list[PersonSummary]],
    in_event: set[int],
) -> None:
    person = row.person
    email = email_key(person.email) if _EMAIL.fullmatch(person.email) else ""
    keys = match_keys(person.given_name, person.family_name, person.native_name)
    by_email_found = list(by_email.get(email, [])) if email else []
    found = list(by_email_found)
    if not found:
        for key in keys:
            found += [p for p in by_key.get(key, []) if p not in found]
    if not found:
        return
    if len(found) > 1:
        row.candidates = found
        listed = "; ".join(
            f"{summary_name(p)}"
            + (f" <{p.email}>" if p.email else "")
            + (f" ({p.affiliations})" if p.affiliations else "")
            + f" [id {p.id}]"  # the id, as the CLI's commands take it
            for p in found
        )
        if by_email_found:
            problem = tr(
                "matches %n people in the directory by email: {people}; pick one, or add an "
                "email address that tells them apart",
                "",
                len(found),
            ).format(people=listed)
        else:
            problem = tr(
                "matches %n people in the directory by name: {people}; pick one, or add an "
                "email address that tells them apart",
                "",
                len(found),
            ).format(people=listed)
        row.problems.append(problem)
        row.match_texts.append(problem)
        return
    existing = found[0]
    note = None
    if by_email_found and keys and not keys & summary_keys(existing):
        note = tr(
            "matches {name} by email (already in the directory, where the name is written "
            "differently)"
        ).format(name=summary_name(existing))
    elif not by_email_found and email and email_key(existing.email) not in {"", email}:
        # Same name, another address: most often a new address, sometimes a namesake. The
        # GUI offers the choice (``candidates``); the CLI user sees it here.
        row.candidates = [existing]
        note = tr(
            "matches {name} (already in the directory) by name, though the directory has "
            "another email address ({email}); the directory's entry is used"
        ).format(name=summary_name(existing), email=existing.email)
    _settle(row, existing, in_event, note)


def _settle(
    row: RowPlan, existing: PersonSummary, in_event: set[int], note: str | None = None
) -> None:
    """The row is ``existing``: skipped if they already take part in the event, else matched,
    with ``note`` (or the plain "matches …") saying so."""
    row.existing = existing
    if existing.id in in_event:
        row.skip = True
        text = tr("{name} already takes part in this event; skipped").format(
            name=summary_name(existing)
        )
        row.notes.append(text)
        row.match_texts.append(text)
        return
    text = note or tr("matches {name} (already in the directory)").format(
        name=summary_name(existing)
    )
    row.notes.append(text)
    row.match_texts.append(text)


def _row_name(person: PersonRecord) -> str:
    """The name a row gives, as the list writes it (for messages)."""
    parts = [person.given_name, person.family_name]
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts.reverse()
    return " ".join(p for p in parts if p.strip()) or person.native_name


def _described(person: PersonSummary) -> str:
    """ "‘Andrey Kortunov’ (IMEMO)": a directory entry as a possible match names it."""
    detail = person.affiliations or person.email
    name = tr("‘{name}’", "a person's name in quotes").format(name=summary_name(person))
    return f"{name} ({detail})" if detail else name


def _check_repeats(
    row: RowPlan,
    seen_emails: dict[str, int],
    seen_keys: dict[tuple[str, ...], tuple[int, str]],
    seen_existing: dict[int, int],
) -> None:
    """The same person twice in one list is a mistake to fix, not two participants."""
    person = row.person
    email = email_key(person.email)
    keys = match_keys(person.given_name, person.family_name, person.native_name)
    if row.existing is not None and not row.skip:
        earlier = seen_existing.get(row.existing.id)
        if earlier is not None:
            row.problems.append(
                tr("repeats line {line} (both are {name})").format(
                    line=earlier, name=summary_name(row.existing)
                )
            )
            return
        seen_existing[row.existing.id] = row.line
    if email and email in seen_emails:
        row.problems.append(
            tr("repeats line {line} (same email address)").format(line=seen_emails[email])
        )
        return
    same_name = next((seen_keys[key] for key in keys if key in seen_keys), None)
    if same_name is not None:
        earlier_line, earlier_email = same_name
        if email and earlier_email and email != earlier_email:
            row.notes.append(
                tr(
                    "has the same name as line {line} but another email address, so it is "
                    "imported as a different person"
                ).format(line=earlier_line)
            )
        elif row.existing is None:
            row.problems.append(tr("repeats line {line} (same name)").format(line=earlier_line))
            return
    if email:
        seen_emails[email] = row.line
    for key in keys:
        seen_keys.setdefault(key, (row.line, email))


def choose_match(plan: ImportPlan, line: int, person_id: int | None) -> RowPlan:
    """Settle who a row is: one of its ``candidates`` by id (several fit, or one possibly
    does), or None to enter the person as new. Used by the GUI's preview."""
    row = next((r for r in plan.rows if r.line == line), None)
    if row is None:
        raise UserError(tr("the list has no line {line}").format(line=line))
    chosen = None
    if person_id is not None:
        chosen = next((p for p in row.candidates if p.id == person_id), None)
        if chosen is None:
            raise UserError(
                tr("line {line} cannot be matched to person {id}").format(line=line, id=person_id)
            )
    row.problems = [p for p in row.problems if p not in row.match_texts]
    row.notes = [n for n in row.notes if n not in row.match_texts]
    row.match_texts = []
    row.skip = False
    if chosen is not None:
        _settle(row, chosen, plan.event_person_ids)
        return row
    row.existing = None
    if row.possible:
        text = tr("added as a new person, not the existing {existing}").format(
            existing=" / ".join(_described(p) for p in row.candidates)
        )
        row.notes.append(text)
        row.match_texts.append(text)
    return row


# -- reporting -------------------------------------------------------------------------------


def report_lines(plan: ImportPlan) -> list[str]:
    """The plan in words, one finding per line: for the CLI's output and the GUI's preview."""
    counts = plan.counts()
    lines = [
        tr(
            "{source}: %n rows: {new} new people, {existing} already in the directory, "
            "{skipped} skipped",
            "",
            counts["rows"],
        ).format(
            source=plan.source or tr("the list"),
            new=counts["new"],
            existing=counts["existing"],
            skipped=counts["skipped"],
        )
    ]
    if plan.encoding:
        lines.append(tr("encoding: {encoding}").format(encoding=encoding_label(plan.encoding)))
    mapped = describe_mapping(plan.headers, plan.mapping) if plan.headers else ""
    if mapped:
        lines.append(tr("columns: {columns}").format(columns=mapped))
    if plan.ignored_columns:
        lines.append(tr("ignored columns: {columns}").format(columns=listing(plan.ignored_columns)))
    if plan.new_organisations:
        names = listing(o.name for o in plan.new_organisations)
        lines.append(tr("new organisations: {names}").format(names=names))
    if plan.new_delegations:
        lines.append(tr("new delegations: {names}").format(names=listing(plan.new_delegations)))
    lines += [tr("note: {note}").format(note=note) for note in plan.notes]
    troubled = [r for r in plan.rows if r.problems and not r.skip]
    if plan.problems or troubled:
        lines.append(
            tr(
                "%n problems; nothing is imported until they are fixed:",
                "",
                len(troubled) + len(plan.problems),
            )
        )
        lines += problem_lines(plan)
    for row in plan.rows:
        lines += [_line_text(row.line, note) for note in row.notes]
    return lines


def _line_text(line: int, text: str) -> str:
    return tr("line {line}: {text}").format(line=line, text=text)


def problem_lines(plan: ImportPlan) -> list[str]:
    """Only what stands in the way, one line each: the text of a refused ``apply_import``."""
    lines = [tr("problem: {problem}").format(problem=p) for p in plan.problems]
    for row in plan.rows:
        if not row.skip:
            lines += [_line_text(row.line, p) for p in row.problems]
    return lines


# -- applying --------------------------------------------------------------------------------


def import_participants_edit(event: EventRecord, plan: ImportPlan) -> AddParticipants:
    """The plan's rows as one edit that adds them to the event: all of them, or (on any error)
    none. Refused, with the problems listed, unless ``plan.ok``. People added to the event since
    the list was checked are passed over; people new to the directory are created."""
    if not plan.ok:
        raise UserError(
            tr("nothing was imported; fix these first: {problems}").format(
                problems="; ".join(problem_lines(plan))
            )
        )
    if plan.event_id is not None and plan.event_id != event.id:
        raise UserError(tr("this list was checked for another event; check it again for this one"))
    assert event.id is not None
    delegations = {_key(d.name): d.name for d in event.delegations}
    entries = []
    for row in plan.rows:
        if row.skip:
            continue
        person = row.person if row.existing is None else _known_person(row.existing)
        delegation = row.delegation
        if delegation:
            delegation = delegations.setdefault(_key(delegation), delegation)
        entries.append(
            ParticipationRecord(
                person=person,
                role=row.role,
                delegation=delegation,
                attendance=row.attendance,
                notes=row.participation_notes,
                card_name=row.card_name,
            )
        )
    return AddParticipants(
        event_id=event.id,
        entries=tuple(entries),
        skip_present=True,
        text=tr("Import %n participants into “{title}”", "", len(entries)).format(
            title=event.title
        ),
    )


def _known_person(summary: PersonSummary) -> PersonRecord:
    """A person already in the directory, as an edit names them (by id)."""
    return PersonRecord(
        id=summary.id,
        uid=summary.uid,
        given_name=summary.given_name,
        family_name=summary.family_name,
        native_name=summary.native_name,
    )


def apply_import(store: Store, event_id: int, plan: ImportPlan) -> EventRecord:
    """Add the plan's rows to the event in one transaction (``import_participants_edit``)."""
    event = store.get_event(event_id, parts=(Part.EVENT,))
    store.apply(import_participants_edit(event, plan))
    return store.get_event(event_id)
