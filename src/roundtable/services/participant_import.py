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
)
from roundtable.services.table_read import Table

if TYPE_CHECKING:  # the store is passed in; importing it here would tie services to SQLAlchemy
    from roundtable.store.facade import Store

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
    # More than one directory entry fits: the GUI offers these (``choose_match``).
    candidates: list[PersonSummary] = field(default_factory=list)
    participation_notes: str = ""

    @property
    def is_new(self) -> bool:
        return self.existing is None and not self.skip


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


def parse_role(text: str) -> ParticipantRole | None:
    """A role from its value, label or a common synonym ("Panellist", "Keynote"); None if
    unknown."""
    key = _key(text)
    for role in ParticipantRole:
        if key in {_key(role.value.replace("_", " ")), _key(role.label)}:
            return role
    return _ROLE_WORDS.get(key)


def parse_attendance(text: str) -> Attendance | None:
    """Attendance from its value or the words the tools use ("Attending", "Checked In",
    "Completed", pretalx's "True"); None if unknown."""
    key = _key(text)
    for member in Attendance:
        if key in {member.value, _key(member.label)}:
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


def _script_of(char: str) -> str:
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
    order: NameOrder = NameOrder.GIVEN_FIRST
    notes: list[str] = field(default_factory=list)


def _take_honorifics(words: list[str]) -> tuple[str, list[str]]:
    """Leading honorifics ("Prof. Dr.") off a list of words, leaving at least one word."""
    taken = []
    while len(words) > 1 and _is_honorific(words[0]):
        taken.append(words.pop(0))
    return " ".join(taken), words


def _split_east_asian(text: str, parts: NameParts) -> None:
    """Family name first. Without a space only some names split with confidence: Korean (one
    syllable, or a known two-syllable surname) and two Chinese characters. A longer Chinese or
    Japanese name written solid (上月豊久: 上月 + 豊久, but 岸信介: 岸 + 信介) is kept whole as
    the family name, and the user is told to split it."""
    parts.order = NameOrder.FAMILY_FIRST
    words = text.split()
    if len(words) > 1:
        parts.family, parts.given = words[0], " ".join(words[1:])
        return
    if _scripts(text) == {"hangul"} and 2 <= len(text) <= 4:
        cut = 2 if len(text) >= 3 and text[:2] in _KOREAN_TWO_SYLLABLE_SURNAMES else 1
        if len(text) == 4 and cut == 1:
            parts.family = text
            parts.notes.append(
                f"‘{text}’ was kept whole as the family name; split it into family and given name"
            )
            return
        parts.family, parts.given = text[:cut], text[cut:]
        return
    if _scripts(text) == {"han"} and len(text) == 2:  # 王毅, 林修: one character each
        parts.family, parts.given = text[0], text[1]
        return
    parts.family = text
    parts.notes.append(
        f"‘{text}’ has no space between family and given name, so it was kept "
        "whole as the family name; split it if you know where"
    )


def split_full_name(text: str) -> NameParts:
    """A name typed in one cell, split into honorific, given and family name.

    "Kortunov, Andrey" is family, given; "Prof. Dr. Jane Doe" has the honorific "Prof. Dr.";
    "Ludwig van Beethoven" keeps "van" with the family name; "Toyohisa Kozuki (上月豊久)" gives
    the part in the other script as the native name; an East Asian name is family name first.
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
            parts.notes.append(f"‘({inner})’ was left out of the name")
            text = outer
    if not text:
        return parts
    if _is_east_asian(text):
        _split_east_asian(text, parts)
        return parts
    if text.count(",") == 1:
        before, after = (p.strip() for p in text.split(","))
        after_words = after.replace(".", " ").split()
        if after_words and all(_key(w) in _POSTNOMINALS | _SUFFIXES for w in after_words):
            if all(_key(w) in _SUFFIXES for w in after_words):
                text = f"{before} {after}"
            else:
                parts.notes.append(f"‘{after}’ after the name was left out")
                text = before
        elif before and after:
            honorific, given_words = _take_honorifics(after.split())
            if not honorific:
                honorific, family_words = _take_honorifics(before.split())
                before = " ".join(family_words)
            parts.honorific, parts.given, parts.family = honorific, " ".join(given_words), before
            return parts
    words = text.replace(",", " ").split()
    parts.honorific, words = _take_honorifics(words)
    if len(words) == 1:
        parts.family = words[0]
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


def _match_keys(given: str, family: str, native: str) -> set[tuple[str, ...]]:
    """Keys a person can be recognised by: the name in any order, the native name, and East
    Asian names with their spaces removed ("上月 豊久" is "上月豊久")."""
    keys = {name_key(given, family), name_key(native, "")}
    for text in (f"{family}{given}", f"{given}{family}", native):
        if text and _is_east_asian(text):
            keys.add(name_key("".join(text.split()), ""))
    keys.discard(())
    return keys


def _summary_keys(person: PersonSummary) -> set[tuple[str, ...]]:
    return _match_keys(person.given_name, person.family_name, person.native_name)


def summary_name(person: PersonSummary) -> str:
    parts = [person.given_name, person.family_name]
    if person.name_order is NameOrder.FAMILY_FIRST:
        parts.reverse()
    name = " ".join(p for p in parts if p.strip())
    return name or person.native_name or f"person {person.id}"


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
        row.problems.append(f"‘{text}’ holds {len(found)} email addresses; keep one")
        return value
    if not (len(found) == 1 and found[0] == value):
        row.problems.append(f"‘{text}’ is not an email address")
    return value


def split_list(text: str) -> list[str]:
    """ "A / B" or "A; B" as ["A", "B"]; "U.S./Japan" stays one. Empty entries are kept, so
    positions can be paired with affiliations by place ("Professor /" is two entries)."""
    if not text.strip():
        return []
    return [p.strip() for p in re.split(r"\s*;\s*|\s*(?:^|(?<=\s))/(?=\s|$)\s*", text)]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


class _Organisations:
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
) -> ImportPlan:
    """Work out what importing ``table`` into ``event`` would do, without changing anything."""
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
    )
    by_field: dict[str, list[int]] = {}
    for column, name in mapping.items():
        by_field.setdefault(name, []).append(column)
    has_names = any(name in by_field for name in NAME_FIELDS)
    plan.problems += _list_problems(table, by_field, has_names)

    planner = _RowPlanner(event, people, organisations, plan.event_person_ids, has_names)
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


def _checked_mapping(table: Table, mapping: Mapping[int, str]) -> dict[int, str]:
    """The columns to import and their fields; UserError for a field or column that is not there."""
    mapping = {c: f for c, f in mapping.items() if f != IGNORE}
    for column, name in mapping.items():
        if name not in FIELDS:
            raise UserError(f"unknown field {name!r}; the fields are: {', '.join(FIELDS)}")
        if not 0 <= column < len(table.headers):
            raise UserError(f"there is no column {column + 1}")
    return mapping


def _list_problems(table: Table, by_field: dict[str, list[int]], has_names: bool) -> list[str]:
    """What is wrong with the list as a whole: two columns for one field, no names, no rows."""
    problems = []
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = " and ".join(f"‘{table.headers[c]}’" for c in columns)
            options = " or ".join(f"--map '{table.headers[c]}=ignore'" for c in columns)
            problems.append(
                f"columns {listed} all give the {field_label(name).lower()}; keep one and "
                f"ignore the others ({options})"
            )
    if not has_names:
        problems.append(
            "no column holds names: map one to full_name, given_name and "
            "family_name, or native_name (--map COLUMN=full_name)"
        )
    problems += table.problems
    if not table.rows:
        problems.append("the list has a header but no rows")
    return problems


def _row_values(
    table: Table, index: int, cells: Sequence[str], column_of: dict[str, int], row: RowPlan
) -> dict[str, str]:
    """The row's text for each mapped field; a formula with no stored result is a problem."""
    values: dict[str, str] = {}
    for name, column in column_of.items():
        value = _nfc(cells[column] if column < len(cells) else "")  # readers drop guards
        if (index, column) in table.uncomputed:
            row.problems.append(
                f"{table.headers[column]} is a formula the file stores no result for "
                f"({value[:40]}); open the file in Excel or LibreOffice, save it, and "
                "import it again"
            )
            value = ""
        values[name] = value
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
        self.orgs = _Organisations(organisations)
        self.delegations = {_key(d.name): d.name for d in event.delegations if d.name.strip()}
        self.new_delegations: dict[str, str] = {}
        self.by_email: dict[str, list[PersonSummary]] = {}
        self.by_key: dict[tuple[str, ...], list[PersonSummary]] = {}
        for person in people:
            if email_key(person.email):
                self.by_email.setdefault(email_key(person.email), []).append(person)
            for key in _summary_keys(person):
                self.by_key.setdefault(key, []).append(person)
        self.event_person_ids = event_person_ids
        self.has_names = has_names
        self.seen_emails: dict[str, int] = {}
        self.seen_keys: dict[tuple[str, ...], tuple[int, str]] = {}
        self.seen_existing: dict[int, int] = {}

    def fill(self, row: RowPlan, values: dict[str, str]) -> None:
        name_notes = _fill_person(row, values, self.orgs, self.has_names)
        _fill_participation(row, values, self.delegations, self.new_delegations)
        _match(row, self.by_email, self.by_key, self.event_person_ids)
        if row.existing is None:  # for someone already known, the directory's name counts
            row.notes[:0] = name_notes
        _check_repeats(row, self.seen_emails, self.seen_keys, self.seen_existing)
        _check_limits(row)

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
    row: RowPlan, values: dict[str, str], orgs: _Organisations, has_names: bool
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
    elif full:
        parts = split_full_name(full)
    elif native:
        parts = split_full_name(native)
        parts.native = ""
        parts.notes.append(
            "there is no name in Latin script; the native name is used as the name too"
        )
    else:
        parts = NameParts()
        if has_names and not any("formula" in p for p in row.problems):
            row.problems.append("no name")
    person.given_name = parts.given
    person.family_name = parts.family
    person.name_order = parts.order
    person.honorific = honorific or parts.honorific
    person.native_name = native or parts.native
    person.email = _email(values.get("email", ""), row)
    person.phone = values.get("phone", "")
    person.country = values.get("country", "")
    person.bio = values.get("bio", "")
    _fill_affiliations(row, values.get("affiliation", ""), values.get("position", ""), orgs)
    return parts.notes


def _fill_affiliations(row: RowPlan, affiliation: str, position: str, orgs: _Organisations) -> None:
    names = [n for n in split_list(affiliation) if n]
    if not names:
        if position:
            row.person.notes = f"Position: {position}"
            row.notes.append(
                f"the position ‘{position}’ has no organisation; it was put in the person's notes"
            )
        return
    positions = [position] if len(names) == 1 else split_list(position)
    if len(positions) not in (0, 1, len(names)):
        row.notes.append(
            f"{len(positions)} positions for {len(names)} organisations; the "
            "positions were all given to the first one"
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
            row.problems.append(f"unknown role ‘{role_text}’ (use one of: {choices})")
        else:
            row.role = role
    attendance_text = values.get("attendance", "")
    if attendance_text:
        attendance = parse_attendance(attendance_text)
        if attendance is None:
            choices = ", ".join(a.value for a in Attendance)
            row.problems.append(f"unknown attendance ‘{attendance_text}’ (use one of: {choices})")
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


def _match(
    row: RowPlan,
    by_email: dict[str, list[PersonSummary]],
    by_key: dict[tuple[str, ...], list[PersonSummary]],
    in_event: set[int],
) -> None:
    person = row.person
    email = email_key(person.email) if _EMAIL.fullmatch(person.email) else ""
    keys = _match_keys(person.given_name, person.family_name, person.native_name)
    how = "email"
    found = list(by_email.get(email, [])) if email else []
    if not found:
        how = "name"
        found = []
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
            + f" [id {p.id}]"
            for p in found
        )
        row.problems.append(
            f"matches {len(found)} people in the directory by {how}: {listed}; "
            "pick one, or add an email address that tells them apart"
        )
        return
    existing = found[0]
    row.existing = existing
    if existing.id in in_event:
        row.skip = True
        row.notes.append(f"{summary_name(existing)} already takes part in this event; skipped")
        return
    if how == "email" and keys and not keys & _summary_keys(existing):
        row.notes.append(
            f"matches {summary_name(existing)} by email (already in the "
            "directory, where the name is written differently)"
        )
    elif how == "name" and email and email_key(existing.email) not in {"", email}:
        # Same name, another address: most often a new address, sometimes a namesake. The
        # GUI offers the choice (``candidates``); the CLI user sees it here.
        row.candidates = [existing]
        row.notes.append(
            f"matches {summary_name(existing)} (already in the directory) by name, though the "
            f"directory has another email address ({existing.email}); the directory's entry "
            "is used"
        )
    else:
        row.notes.append(f"matches {summary_name(existing)} (already in the directory)")


def _check_repeats(
    row: RowPlan,
    seen_emails: dict[str, int],
    seen_keys: dict[tuple[str, ...], tuple[int, str]],
    seen_existing: dict[int, int],
) -> None:
    """The same person twice in one list is a mistake to fix, not two participants."""
    person = row.person
    email = email_key(person.email)
    keys = _match_keys(person.given_name, person.family_name, person.native_name)
    if row.existing is not None and not row.skip:
        earlier = seen_existing.get(row.existing.id)
        if earlier is not None:
            row.problems.append(f"repeats line {earlier} (both are {summary_name(row.existing)})")
            return
        seen_existing[row.existing.id] = row.line
    if email and email in seen_emails:
        row.problems.append(f"repeats line {seen_emails[email]} (same email address)")
        return
    same_name = next((seen_keys[key] for key in keys if key in seen_keys), None)
    if same_name is not None:
        earlier_line, earlier_email = same_name
        if email and earlier_email and email != earlier_email:
            row.notes.append(
                f"has the same name as line {earlier_line} but another email "
                "address, so it is imported as a different person"
            )
        elif row.existing is None:
            row.problems.append(f"repeats line {earlier_line} (same name)")
            return
    if email:
        seen_emails[email] = row.line
    for key in keys:
        seen_keys.setdefault(key, (row.line, email))


def choose_match(plan: ImportPlan, line: int, person_id: int | None) -> RowPlan:
    """Settle a row that fits several directory entries: one of its ``candidates`` by id, or
    None to enter the person as new. Used by the GUI's preview."""
    row = next((r for r in plan.rows if r.line == line), None)
    if row is None:
        raise UserError(f"the list has no line {line}")
    row.problems = [p for p in row.problems if not p.startswith("matches ")]
    row.notes = [n for n in row.notes if not n.startswith("matches ")]
    if person_id is None:
        row.existing = None
        return row
    chosen = next((p for p in row.candidates if p.id == person_id), None)
    if chosen is None:
        raise UserError(f"line {line} cannot be matched to person {person_id}")
    row.existing = chosen
    if chosen.id in plan.event_person_ids:
        row.skip = True
        row.notes.append(f"{summary_name(chosen)} already takes part in this event; skipped")
    else:
        row.notes.append(f"matches {summary_name(chosen)} (already in the directory)")
    return row


# -- reporting -------------------------------------------------------------------------------


def report_lines(plan: ImportPlan) -> list[str]:
    """The plan in words, one finding per line: for the CLI's output and the GUI's preview."""
    counts = plan.counts()
    lines = [
        f"{plan.source or 'the list'}: {counts['rows']} rows: {counts['new']} new people, "
        f"{counts['existing']} already in the directory, {counts['skipped']} skipped"
    ]
    mapped = describe_mapping(plan.headers, plan.mapping) if plan.headers else ""
    if mapped:
        lines.append(f"columns: {mapped}")
    if plan.ignored_columns:
        lines.append(f"ignored columns: {', '.join(plan.ignored_columns)}")
    if plan.new_organisations:
        names = ", ".join(o.name for o in plan.new_organisations)
        lines.append(f"new organisations: {names}")
    if plan.new_delegations:
        lines.append(f"new delegations: {', '.join(plan.new_delegations)}")
    lines += [f"note: {note}" for note in plan.notes]
    troubled = [r for r in plan.rows if r.problems and not r.skip]
    if plan.problems or troubled:
        lines.append(
            f"{len(troubled) + len(plan.problems)} problem(s); nothing is imported "
            "until they are fixed:"
        )
        lines += [f"problem: {problem}" for problem in plan.problems]
        for row in troubled:
            lines += [f"line {row.line}: {problem}" for problem in row.problems]
    for row in plan.rows:
        lines += [f"line {row.line}: {note}" for note in row.notes]
    return lines


def problem_lines(plan: ImportPlan) -> list[str]:
    """Only what stands in the way, one line each: the text of a refused ``apply_import``."""
    lines = [f"problem: {p}" for p in plan.problems]
    for row in plan.rows:
        if not row.skip:
            lines += [f"line {row.line}: {p}" for p in row.problems]
    return lines


# -- applying --------------------------------------------------------------------------------


def import_participants_edit(event: EventRecord, plan: ImportPlan) -> AddParticipants:
    """The plan's rows as one edit that adds them to the event: all of them, or (on any error)
    none. Refused, with the problems listed, unless ``plan.ok``. People added to the event since
    the list was checked are passed over; people new to the directory are created."""
    if not plan.ok:
        raise UserError("nothing was imported; fix these first: " + "; ".join(problem_lines(plan)))
    if plan.event_id is not None and plan.event_id != event.id:
        raise UserError("this list was checked for another event; check it again for this one")
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
            )
        )
    noun = "participant" if len(entries) == 1 else "participants"
    return AddParticipants(
        event_id=event.id,
        entries=tuple(entries),
        skip_present=True,
        text=f"Import {len(entries)} {noun} into “{event.title}”",
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
