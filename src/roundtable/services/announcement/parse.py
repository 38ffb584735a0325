"""Read an event announcement into a draft event, field by field, offline and by rule.

The words come from ``tables.py``; the few patterns here are built from those tables. Every
value keeps the span of text it was read from, so a reviewer can see why it was proposed, and
a field with nothing found says so in its note rather than being silently empty.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

import roundtable.services.announcement.tables as t
from roundtable.domain.enums import OrganisationRole, ParticipantRole
from roundtable.services.announcement.model import (
    FIELD_KEYS,
    Draft,
    DraftDay,
    DraftPerson,
    Found,
    Span,
)
from roundtable.wording import tr


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alternation(t.MONTHS)
_WEEKDAY = _alternation(t.WEEKDAYS)
_RANGE = r"\s*(?:" + _alternation(t.RANGE_WORDS) + r")\s*"
_ORD = r"(?:st|nd|rd|th)?"
_WD = rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
_DATE_MD = re.compile(
    rf"\b{_WD}(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD}(?!\d)"
    rf"(?:{_RANGE}(?:(?P<m2>{_MONTH})\.?\s+)?(?P<d2>\d{{1,2}}){_ORD}(?!\d))?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
_DATE_DM = re.compile(
    rf"\b{_WD}(?P<d1>\d{{1,2}}){_ORD}(?:{_RANGE}(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
    rf"(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
_AMPM = _alternation(t.AM_PM)
_CLOCK = rf"(?<![\d:])(\d{{1,2}})(?::(\d{{2}}))?\s*({_AMPM})?(?![\d:])"
_TIME_RANGE = re.compile(_CLOCK + _RANGE + _CLOCK, re.IGNORECASE)
_TIME_ONE = re.compile(_CLOCK, re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_STREET = re.compile(
    rf"\b\d+[A-Za-z]?\s+(?:[\w.'’-]+\s+){{0,4}}(?:{_alternation(t.STREET_WORDS)})(?=[\s,]|$)"
    r"|\b\d+(?:-\d+){1,2}\s+[A-Z][a-z]+(?=[\s,]|$)",  # a Japanese block address: 3-2-1 Kasumigaseki
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b\d{3}-\d{4}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
_ROUND = re.compile(
    rf"^(?P<series>.+?)[:,–-]\s*(?:the\s+)?(?P<ord>{_alternation(t.ORDINALS)})\s+round\b"
    r"|^(?P<series2>.+?)[:,–-]?\s+round\s+(?P<num>\d+)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"](?P<inner>[^“”\"]{12,})[”\"]")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|[a-z]{1,3}|[\u3040-\u30ff\u4e00-\u9fff]+)$")


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def _paragraphs(text: str) -> list[_Line]:
    out = []
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        out.append(_Line(m.start(), m.start() + len(m.group().rstrip()), m.group().rstrip()))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return _flat(text).casefold().rstrip(":").strip()


def _nothing(what: str) -> Found:
    return Found("", None, tr("nothing found: the page does not state {what}").format(what=what))


def _is_boilerplate(text: str) -> bool:
    """A line of page furniture; a long phrase marks the paragraph it starts."""
    key = _key(text).rstrip(".")
    return any(key == b or (len(b.split()) >= 3 and key.startswith(b)) for b in t.BOILERPLATE)


def _is_prose(text: str) -> bool:
    flat = _flat(text)
    return len(flat) >= 80 and len(flat.split()) >= 12 and flat[-1] in '.!?”"'


# -- dates and times ---------------------------------------------------------------------------


@dataclass
class _Dates:
    start: date
    end: date
    span: Span


def _find_dates(text: str) -> list[_Dates]:
    years = [int(m.group()) for m in _YEAR.finditer(text)]
    found = []
    for pattern in (_DATE_MD, _DATE_DM):
        for m in pattern.finditer(text):
            if not m.group("m1")[0].isupper():
                continue  # "may" the verb
            year = int(m.group("y")) if m.group("y") else (years[0] if years else None)
            if year is None:
                continue
            month1 = t.MONTHS[m.group("m1").casefold()]
            month2 = t.MONTHS[m.group("m2").casefold()] if m.groupdict().get("m2") else month1
            try:
                start = date(year, month1, int(m.group("d1")))
                end = date(year, month2, int(m.group("d2") or m.group("d1")))
            except ValueError:
                continue
            if end < start:
                continue
            found.append(_Dates(start, end, (m.start(), m.end())))
    found.sort(key=lambda d: d.span[0])
    return found


def _clock(hour: str, minute: str | None, ampm: str | None) -> time | None:
    h, mi = int(hour), int(minute or 0)
    if ampm:
        h = h % 12 + t.AM_PM[ampm.casefold()]
    if h > 23 or mi > 59:
        return None
    return time(h, mi)


def _find_times(text: str, near: int) -> tuple[time | None, time | None, Span | None]:
    """The event's times: a range (or one time) on the line of the date if there is one, else
    the first anywhere. A bare number is no time: it needs a colon or am/pm."""
    line_start = text.rfind("\n", 0, near) + 1
    line_end = text.find("\n", near)
    line_end = len(text) if line_end < 0 else line_end
    for lo, hi in ((line_start, line_end), (0, len(text))):
        for m in _TIME_RANGE.finditer(text, lo, hi):
            h1, m1, a1, h2, m2, a2 = m.groups()
            if not ((m1 or a1) and (m2 or a2)):
                continue
            if a2 and not a1:  # "10:30–12:00pm": the first end takes the second's half of day
                a1 = a2 if int(h1) % 12 <= int(h2) % 12 or int(h2) == 12 else None
                if a1 is None:
                    a1 = "am"
            first, second = _clock(h1, m1, a1), _clock(h2, m2, a2)
            if first and second:
                return first, second, (m.start(), m.end())
        for m in _TIME_ONE.finditer(text, lo, hi):
            h1, m1, a1 = m.groups()
            if m1 or a1:
                first = _clock(h1, m1, a1)
                if first:
                    return first, None, (m.start(), m.end())
    return None, None, None


def _find_zone(text: str, near: int) -> tuple[str, Span] | None:
    best = None
    for word, zone in t.TIME_ZONES.items():
        flags = 0 if len(word) <= 4 else re.IGNORECASE
        shown = word.upper() if len(word) <= 4 else word
        for m in re.finditer(rf"(?<![\w.]){re.escape(shown)}(?![\w])", text, flags):
            distance = abs(m.start() - near)
            if best is None or distance < best[0]:
                best = (distance, zone, (m.start(), m.end()))
    return (best[1], best[2]) if best else None


# -- places ------------------------------------------------------------------------------------


def _city_in(text: str, offset: int) -> tuple[tuple[str, str, str, str], Span] | None:
    folded = text.casefold()
    for key in sorted(t.CITIES, key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded)
        if m:
            return t.CITIES[key], (offset + m.start(), offset + m.end())
    return None


def _split_name_room(text: str) -> tuple[str, str]:
    words = text.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].casefold().strip(",") in t.VENUE_NAME_ENDINGS and i < len(words) - 1:
            rest = words[i + 1 :]
            if any(w.casefold() in t.ROOM_WORDS for w in rest) or rest[0][0].isdigit():
                return " ".join(words[: i + 1]), " ".join(rest)
    return text, ""


def _venue(text: str, lines: list[_Line], fields: dict[str, Found]) -> None:
    chosen: list[_Line] = []
    for i, line in enumerate(lines):
        label, _, rest = line.text.partition(":")
        if t.FIELD_LABELS.get(_key(label)) == "venue" and rest.strip():
            skip = len(line.text) - len(rest.lstrip())
            chosen = [_Line(line.start + skip, line.end, rest.strip())]
            if (
                not _STREET.search(rest)
                and i + 1 < len(lines)
                and _STREET.search(lines[i + 1].text)
            ):
                chosen += lines[i + 1 : i + 3]
            break
    if not chosen:
        for i, line in enumerate(lines):
            if _STREET.search(line.text) and len(line.text) < 160:
                chosen = [line]
                if _STREET.match(line.text):  # the street alone: name above, city below
                    above = lines[i - 1] if i else None
                    if above and len(above.text) < 80 and not re.search(r"\d", above.text):
                        chosen.insert(0, above)
                    if i + 1 < len(lines):
                        chosen.append(lines[i + 1])
                break
    parts: list[tuple[str, Span]] = []
    for line in chosen:
        for m in re.finditer(r"[^,·|]+", line.text):
            part = m.group().strip()
            if part:
                at = line.start + m.start() + m.group().index(part)
                parts.append((part, (at, at + len(part))))
    street_at = next((i for i, (p, _) in enumerate(parts) if _STREET.match(p)), None)
    if street_at is not None:
        street, span = parts[street_at]
        fields["venue_street"] = Found(street, span)
        before = parts[:street_at]
        if before:
            (first, (start, stop)), *others = before
            name, room = _split_name_room(first)
            if room or not any(w in first.casefold().split() for w in t.ROOM_WORDS):
                fields["venue_name"] = Found(name, (start, start + len(name)))
            else:
                room = first
            if room:
                fields["venue_room"] = Found(room, (stop - len(room), stop))
            elif others:
                fields["venue_room"] = Found(others[0][0], others[0][1])
        after = parts[street_at + 1 :]
        if after:
            joined_start = after[0][1][0]
            joined = text[joined_start : after[-1][1][1]]
            _place(joined, joined_start, fields)
    if "venue_city" not in fields:
        for phrase in t.CITY_PHRASES:
            held = re.search(rf"\b{re.escape(phrase)}\s+", text, re.IGNORECASE)
            if held:
                city = _city_in(text[held.end() : held.end() + 40], held.end())
                if city and city[1][0] == held.end():
                    (name, region, country, _), span = city
                    fields["venue_city"] = Found(name, span)
                    fields.setdefault("venue_country", Found(country, span))
                    break


def _place(text: str, offset: int, fields: dict[str, Found]) -> None:
    """City, region, postcode and country from the end of an address."""
    city = _city_in(text, offset)
    if city:
        (name, region, country, _), span = city
        fields["venue_city"] = Found(name, span)
        if region:
            fields["venue_region"] = Found(region, span)
        fields["venue_country"] = Found(country, span)
    postcode = _POSTCODE.search(text)
    if postcode:
        fields["venue_postcode"] = Found(
            postcode.group(), (offset + postcode.start(), offset + postcode.end())
        )
    state = re.search(rf"\b({'|'.join(t.REGIONS)})\b", text)
    if state and "venue_region" not in fields:
        fields["venue_region"] = Found(
            state.group(), (offset + state.start(), offset + state.end())
        )
    if not city:
        first = re.match(r"[^,\d]+", text)
        if first and first.group().strip():
            name = first.group().strip()
            if state:
                name = name.replace(state.group(), "").strip()
            fields["venue_city"] = Found(name, (offset, offset + len(name)))
    folded = text.casefold()
    for key, country in t.COUNTRIES.items():
        m = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded)
        if m:
            fields["venue_country"] = Found(country, (offset + m.start(), offset + m.end()))
            break


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:at])]
    return ends[-1] if ends else 0


def _pieces(chunk: str, separator: str) -> list[tuple[int, str]]:
    """The parts of ``chunk`` between separators, each with its offset in ``chunk``."""
    out, at = [], 0
    for m in re.finditer(separator, chunk):
        out.append((at, chunk[at : m.start()]))
        at = m.end()
    out.append((at, chunk[at:]))
    return out


# -- people ------------------------------------------------------------------------------------


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 6
        and len(text) <= 60
        and not re.search(r"\d", text)
        and all(_NAME_WORD.match(w) for w in words)
        and words[0][0].isupper()
    )


def _position_and_org(text: str) -> tuple[str, str]:
    """ "Director General of RIAC" is position and organisation; "Kyushu University" is an
    organisation; "Professor" a position."""
    m = re.match(r"(.+?)\s+(?:of|at)\s+(?:the\s+)?(.+)$", text)
    if m and m.group(1).casefold() in t.POSITION_WORDS:
        return m.group(1), m.group(2)
    if text.casefold() in t.POSITION_WORDS:
        return text, ""
    return "", text


def _person(text: str, start: int, role: ParticipantRole) -> DraftPerson | None:
    """ "Name (Affiliation / Affiliation)", "Name, Title, Affiliation", "Name, Affiliation"."""
    text = text.strip().rstrip(".;")
    end = start + len(text)
    m = re.fullmatch(
        r"(?P<name>[^(),]+?)\s*[(（](?P<aff>[^()（）]+)[)）](?:\s*,\s*(?P<rest>.+))?", text
    )
    if m and _is_name(m.group("name")):
        position = ""
        affiliations = []
        for part in re.split(r"\s*[/;]\s*", m.group("aff")):
            if ", " in part:
                title, org = part.split(", ", 1)
                position = position or title
                affiliations.append(org)
            elif part:
                pos, org = _position_and_org(part)
                position = position or pos
                if org:
                    affiliations.append(org)
        return DraftPerson(m.group("name").strip(), affiliations, role, (start, end), position)
    parts = [p.strip() for p in text.split(",")]
    if not _is_name(parts[0]):
        return None
    name, rest = parts[0], [p for p in parts[1:] if p]
    position, affiliations = "", []
    if len(rest) >= 2:
        position, affiliations = rest[0], [", ".join(rest[1:])]
    elif rest:
        position, org = _position_and_org(rest[0])
        affiliations = [org] if org else []
    affiliations = [a for part in affiliations for a in re.split(r"\s*/\s*", part) if a]
    return DraftPerson(name, affiliations, role, (start, end), position)


def _label(text: str) -> tuple[ParticipantRole, str] | None:
    """The role a label line gives, and whatever follows the label on the line."""
    head, colon, rest = text.replace("：", ":").partition(":")
    role = t.ROLE_LABELS.get(_key(head.split(" / ")[0]))  # "Speakers / 登壇者:"
    if role is not None and (colon or _key(text) in t.ROLE_LABELS):
        return role, rest
    for word in sorted(t.ROLE_LABELS, key=len, reverse=True):
        if word.endswith(" by") and _key(text).startswith(word + " "):
            return t.ROLE_LABELS[word], text[len(word) + 1 :]
    return None


def _people_from_labels(lines: list[_Line]) -> list[DraftPerson]:
    people: list[DraftPerson] = []
    role: ParticipantRole | None = None
    for line in lines:
        label = _label(line.text)
        if label is not None:
            role, rest = label
            at = line.end - len(rest)
            for m in re.finditer(r"[^;]+", rest):
                if m.group().strip():
                    lead = len(m.group()) - len(m.group().lstrip())
                    person = _person(m.group(), at + m.start() + lead, role)
                    if person:
                        people.append(person)
            if rest.strip():
                role = None  # "Moderator: Jane Doe" names its people on its own line
            continue
        if role is None:
            continue
        person = _person(line.text, line.start, role)
        if person is None or _is_prose(line.text):
            role = None
            continue
        people.append(person)
    return people


def _titled_name(text: str) -> tuple[str, str, str]:
    """ "Japanese Ambassador to Russia Toyohisa Kozuki": the name at the end, the title before;
    an ambassador's affiliation is the embassy of the nationality's country."""
    words = text.split()
    i = len(words)
    while i > 0 and _NAME_WORD.match(words[i - 1]) and words[i - 1][0].isupper():
        i -= 1
        if len(words) - i == 3:
            break
    if i == 0 or len(words) - i < 2:
        return text, "", ""
    # the title ends at the last lower-case joining word: "... to Russia | Toyohisa Kozuki"
    joins = [j for j in range(len(words) - 2) if words[j] in ("to", "of", "at", "for")]
    cut = joins[-1] + 2 if joins else i
    cut = max(cut, len(words) - 3)
    title, name = " ".join(words[:cut]), " ".join(words[cut:])
    m = re.match(r"(?P<nat>\w+)\s+Ambassador\s+to\s+(?:the\s+)?(?P<country>.+)$", title)
    if m and m.group("nat").casefold() in t.NATIONALITIES:
        home = t.NATIONALITIES[m.group("nat").casefold()]
        return name, title, f"Embassy of {home} in {m.group('country')}"
    return name, title, ""


def _people_from_prose(text: str) -> list[DraftPerson]:
    people = []
    for phrase, role in t.ROLE_PHRASES_AFTER.items():
        for m in re.finditer(re.escape(phrase), text, re.IGNORECASE):
            sentence_start = _sentence_start(text, m.start())
            chunk = text[sentence_start : m.start()].rstrip().rstrip(",")
            offset = sentence_start
            for part_at, part in _pieces(chunk, r"\s+and\s+"):
                piece = part.strip()
                if not piece:
                    continue
                start = offset + part_at + part.index(piece)
                person = _person(piece, start, role)
                if person is None or not person.affiliations and not person.position:
                    name, title, org = _titled_name(piece.split(",")[0])
                    if not _is_name(name):
                        continue
                    person = DraftPerson(
                        name,
                        [org] if org else [],
                        role,
                        (start, start + len(piece)),
                        title,
                        "Ambassador" if "Ambassador" in title else "",
                    )
                people.append(person)
    return people


# -- organisations -----------------------------------------------------------------------------


def _org_names(chunk: str, offset: int) -> list[tuple[str, Span]]:
    out = []
    for part_at, part in _pieces(chunk, r",\s+(?:and\s+)?|\s+and\s+"):
        name = re.sub(r"^(?:the\s+)", "", part.strip(), flags=re.IGNORECASE)
        if name and name[0].isupper():
            at = offset + part_at + part.index(name)
            out.append((name, (at, at + len(name))))
    return out


def _organisations(text: str) -> list[tuple[str, OrganisationRole, Span]]:
    found: list[tuple[str, OrganisationRole, Span]] = []
    for phrase, (before_role, after_role) in t.ORGANISATION_PHRASES.items():
        for m in re.finditer(rf"\b{re.escape(phrase)}\s+", text, re.IGNORECASE):
            if before_role is not None:
                start = _sentence_start(text, m.start())
                found += [
                    (n, before_role, s) for n, s in _org_names(text[start : m.start()], start)
                ]
            others = _alternation(t.ORGANISATION_PHRASES)
            stop = re.search(
                rf"\s+(?:for|to|on|in)\s+(?:a|an|the)\b|[.;:\n]\s|\s+(?:{others})\b",
                text[m.end() :],
            )
            end = m.end() + (stop.start() if stop else len(text) - m.end())
            found += [(n, after_role, s) for n, s in _org_names(text[m.end() : end], m.end())]
    seen: set[str] = set()
    unique = []
    for name, role, span in found:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append((name, role, span))
    return unique


# -- the whole page ----------------------------------------------------------------------------


def _titles(text: str, lines: list[_Line], fields: dict[str, Found]) -> None:
    labelled: dict[str, Found] = {}
    for line in lines:
        label, colon, rest = line.text.partition(":")
        kind = t.FIELD_LABELS.get(_key(label))
        if colon and kind in ("title", "subtitle", "programme", "series", "rsvp") and rest.strip():
            value = rest.strip()
            at = line.end - len(value)
            labelled.setdefault(kind, Found(_flat(value), (at, line.end)))
    head = [
        line for line in lines[:12] if not _is_boilerplate(line.text) and not _is_prose(line.text)
    ]
    title_line = None
    for line in lines[:8]:
        q = _QUOTED.search(line.text)
        if q:
            title_line = line
            inner = q.group("inner").strip()
            fields["title"] = Found(_flat(inner), (line.start + q.start(1), line.start + q.end(1)))
            break
    if title_line is None and len(head) > 1 and not _DATE_MD.search(head[1].text):
        first = _key(head[0].text)
        if first.endswith(t.PROGRAMME_WORDS) and " on " not in first:
            fields["programme"] = Found(_flat(head[0].text), (head[0].start, head[0].end))
            head = head[1:]
        elif any(w in first.split() for w in t.ORGANISER_WORDS) and " on " not in first:
            head = head[1:]  # the organiser's name above the title
    if "title" in labelled:
        fields["title"] = labelled["title"]
    elif title_line is None and head:
        title_line = head[0]
        fields["title"] = Found(_flat(head[0].text), (head[0].start, head[0].end))
    if title_line is not None and head and head[0] is not title_line and "title" not in labelled:
        fields["short_title"] = Found(_flat(head[0].text), (head[0].start, head[0].end))
    for key in ("subtitle", "programme", "series", "rsvp"):
        if key in labelled:
            fields[key] = labelled[key]
    named = fields.get("short_title") or fields.get("title")
    if named is not None and "programme" not in fields and named.span:
        words = _alternation(t.PROGRAMME_WORDS)
        m = re.match(
            rf"^(?:\w+:\s*)?(.*?\b(?:{words}))\s+(?:on|about)\b", str(named.value), re.IGNORECASE
        )
        if m:
            s = named.span[0] + m.start(1)
            fields["programme"] = Found(m.group(1), (s, s + len(m.group(1))))
    title = fields.get("title")
    if title is not None and title.span:
        m = _ROUND.match(str(title.value))
        if m:
            series = m.group("series") or m.group("series2")
            number = (
                t.ORDINALS[m.group("ord").casefold()] if m.group("ord") else int(m.group("num"))
            )
            s = title.span[0]
            fields.setdefault("series", Found(series.strip(), (s, s + len(series.strip()))))
            fields["round"] = Found(
                number, (s + m.end() - len(m.group(0).split()[-1]) - 1, s + m.end())
            )
    if "subtitle" not in fields and title_line is not None:
        i = lines.index(title_line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        between = nxt is not None and "\n\n" not in text[title_line.end : nxt.start]
        if (
            nxt
            and between
            and len(nxt.text) < 140
            and not _is_prose(nxt.text)
            and not _label(nxt.text)
        ):
            fields["subtitle"] = Found(_flat(nxt.text), (nxt.start, nxt.end))


def _prose_fields(text: str, fields: dict[str, Found], people: list[DraftPerson]) -> None:
    paragraphs = [p for p in _paragraphs(text) if not _is_boilerplate(p.text)]
    taken = {p.span for p in people}
    heading = next(
        (i for i, p in enumerate(paragraphs) if _key(p.text) in t.SUMMARY_HEADINGS), None
    )
    before = paragraphs if heading is None else paragraphs[:heading]
    prose = [p for p in before if _is_prose(p.text) and (p.start, p.end) not in taken]
    if prose:
        fields["description"] = Found(
            "\n\n".join(_flat(p.text) for p in prose), (prose[0].start, prose[-1].end)
        )
    if heading is not None:
        after = paragraphs[heading + 1 :]
        last = max((i for i, p in enumerate(after) if _is_prose(p.text)), default=None)
        if last is not None:
            kept = after[: last + 1]
            fields["summary"] = Found(
                "\n\n".join(_flat(p.text) for p in kept), (kept[0].start, kept[-1].end)
            )


def _days(text: str, dates: _Dates | None) -> list[DraftDay]:
    if dates is None or dates.start == dates.end:
        return []
    count = (dates.end - dates.start).days + 1
    days = [DraftDay(date.fromordinal(dates.start.toordinal() + i), "", None) for i in range(count)]
    for line in _lines(text):
        m = re.match(
            rf"^(?:the\s+)?(?P<ord>{_alternation(t.ORDINALS)})\s+day\b|^day\s+(?P<num>\d+)\b",
            line.text,
            re.IGNORECASE,
        )
        if m and len(line.text) < 120 and not _is_prose(line.text):
            n = t.ORDINALS[m.group("ord").casefold()] if m.group("ord") else int(m.group("num"))
            if 1 <= n <= count and not days[n - 1].topic:
                days[n - 1] = DraftDay(days[n - 1].date, line.text, (line.start, line.end))
    return days


def _kind(text: str, lines: list[_Line], fields: dict[str, Found]) -> None:
    """The kind of event, from the surest place a kind word stands: right after the series or
    programme's name ("the U.S.-Japan-Russia Trilateral Dialogue"), in the title, in a label
    line ("Roundtable Participants:"); a kind word merely somewhere in the prose ("this
    workshop will…") is not taken, as pages use them loosely."""
    words = _alternation(sorted(t.KIND_WORDS, key=len, reverse=True))

    def kind_at(m: re.Match[str], group: int) -> Found:
        return Found(t.KIND_WORDS[m.group(group).casefold()], (m.start(group), m.end(group)))

    for key in ("series", "programme"):
        named = fields.get(key)
        if named is not None and named.value:
            after = re.compile(rf"{re.escape(str(named.value))}\s+({words})\b", re.IGNORECASE)
            m = after.search(text)
            if m:
                fields["kind"] = kind_at(m, 1)
                return
    for key in ("series", "programme"):  # "Tokyo Dialogue Series", "Cascadia Asia Seminar"
        named = fields.get(key)
        if named is not None and named.span is not None:
            m = re.search(rf"\b({words})\b", text[slice(*named.span)], re.IGNORECASE)
            if m:
                start = named.span[0]
                value = t.KIND_WORDS[m.group(1).casefold()]
                fields["kind"] = Found(value, (start + m.start(1), start + m.end(1)))
                return
    title = fields.get("title")
    if title is not None and title.span is not None:
        m = re.search(rf"\b({words})\b", text[slice(*title.span)], re.IGNORECASE)
        if m:
            start = title.span[0]
            value = t.KIND_WORDS[m.group(1).casefold()]
            fields["kind"] = Found(value, (start + m.start(1), start + m.end(1)))
            return
    for line in lines:
        if _label(line.text) is None:
            continue
        m = re.match(rf"\s*({words})\b", line.text, re.IGNORECASE)
        if m:
            value = t.KIND_WORDS[m.group(1).casefold()]
            fields["kind"] = Found(value, (line.start + m.start(1), line.start + m.end(1)))
            return


def parse_announcement(text: str) -> Draft:
    """The draft event an announcement describes; every field has a value and span, or a note
    that the page did not state it."""
    text = unicodedata.normalize("NFC", text)
    lines = _lines(text)
    fields: dict[str, Found] = {}
    _titles(text, lines, fields)
    all_dates = _find_dates(text)
    dates = all_dates[0] if all_dates else None
    near = dates.span[0] if dates else 0
    if dates:
        fields["start_date"] = Found(dates.start, dates.span)
        fields["end_date"] = Found(dates.end, dates.span)
    start, end, span = _find_times(text, near)
    if start:
        fields["start_time"] = Found(start, span)
    if end:
        fields["end_time"] = Found(end, span)
    _venue(text, lines, fields)
    if "venue_city" not in fields and dates:
        line = next((ln for ln in lines if ln.start <= dates.span[0] < ln.end), None)
        city = _city_in(line.text, line.start) if line else None
        if city:
            (name, region, country, _), where = city
            fields["venue_city"] = Found(name, where)
            if region:
                fields["venue_region"] = Found(region, where)
            fields["venue_country"] = Found(country, where)
    zone = _find_zone(text, span[0] if span else near)
    if zone:
        fields["timezone"] = Found(zone[0], zone[1])
    else:
        stated = fields.get("venue_city")
        known = _city_in(text[slice(*stated.span)], 0) if stated and stated.span else None
        if stated and known:
            fields["timezone"] = Found(known[0][3], stated.span, tr("from the city"))
    if "rsvp" not in fields:
        m = re.search(r"[^\n]*\bRSVP\b[^\n]*", text)
        if m:
            fields["rsvp"] = Found(m.group().strip(), (m.start(), m.end()))
    people = _people_from_labels(lines) + _people_from_prose(text)
    organisations = _organisations(text)
    venue = fields.get("venue_name")
    if venue and venue.span:
        m = re.match(r"([A-Z]{2,})\s+(?:Office|Headquarters|HQ)\b", str(venue.value))
        if m and all(m.group(1) != o[0] for o in organisations):
            s = venue.span[0]
            organisations.append((m.group(1), OrganisationRole.VENUE, (s, s + len(m.group(1)))))
    _prose_fields(text, fields, people)
    _kind(text, lines, fields)
    what = {
        "programme": tr("a programme"), "series": tr("a series"), "round": tr("a round"),
        "kind": tr("what kind of event it is"),
        "title": tr("a title"), "short_title": tr("a short title"), "subtitle": tr("a subtitle"),
        "start_date": tr("a date"), "end_date": tr("a date"), "start_time": tr("a time"),
        "end_time": tr("an end time"), "timezone": tr("a time zone"),
        "venue_name": tr("a venue"), "venue_room": tr("a room"), "venue_street": tr("a street"),
        "venue_city": tr("a city"), "venue_region": tr("a region"),
        "venue_postcode": tr("a postcode"), "venue_country": tr("a country"),
        "description": tr("a description"), "summary": tr("a summary"), "rsvp": tr("an RSVP"),
    }  # fmt: skip
    ordered = {key: fields.get(key) or _nothing(what[key]) for key in FIELD_KEYS}
    if ordered["round"].span is None:
        ordered["round"] = Found(None, None, ordered["round"].note)
    return Draft(
        text=text,
        fields=ordered,
        people=people,
        organisations=organisations,
        days=_days(text, dates),
    )
