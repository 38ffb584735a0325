"""Which column of an imported list holds which participant field.

Organisers export their lists from Indico, Eventbrite, pretalx or a Google Form, or type them in
Excel with headers in their own words and languages. Recognising those headers means most lists
import with no mapping step at all; what is not recognised is shown (the GUI's mapping page, the
CLI's report) and can be set by hand with ``--map COLUMN=FIELD``.

Matching ignores case, accents, punctuation and spacing, so "E-Mail", "email address" and
"Email Address" are one header. Each synonym carries a score: when two columns claim one field the
more specific header wins ("Mobile Phone" over "Work Phone", "Full name" over "Name") and the other
column is ignored, because a field filled from two columns would silently drop one of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from roundtable.errors import UserError
from roundtable.wording import QT_TR_NOOP, tr

IGNORE = "ignore"

# English labels (what ``--map`` accepts besides the field names); shown through ``tr()``.
FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TR_NOOP("Full name"),
    "given_name": QT_TR_NOOP("Given name"),
    "family_name": QT_TR_NOOP("Family name"),
    "patronymic": QT_TR_NOOP("Patronymic"),
    "honorific": QT_TR_NOOP("Honorific"),
    "affiliation": QT_TR_NOOP("Affiliation"),
    "position": QT_TR_NOOP("Position"),
    "country": QT_TR_NOOP("Country"),
    "delegation": QT_TR_NOOP("Delegation"),
    "role": QT_TR_NOOP("Role"),
    "email": QT_TR_NOOP("Email"),
    "phone": QT_TR_NOOP("Phone"),
    "bio": QT_TR_NOOP("Bio"),
    "native_name": QT_TR_NOOP("Native name"),
    "name_reading": QT_TR_NOOP("Name reading (furigana)"),
    "attendance": QT_TR_NOOP("Attendance"),
    "notes": QT_TR_NOOP("Notes"),
    "card_name": QT_TR_NOOP("Name on card"),
}

FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)

NAME_FIELDS = ("full_name", "given_name", "family_name", "native_name")


def field_label(field: str) -> str:
    """The label shown for a field ("Given name"); "Ignore" for the ignore choice."""
    return tr("Ignore") if field == IGNORE else tr(FIELD_LABELS[field])


# Header synonyms, already in normal form (see ``normalise_header``), with how specific each is.
# The four tools' real headers are all here: Indico ("ID", "Name", "First Name", "Last Name",
# "Email Address", "Affiliation", "Title", "Position", "Country", "Phone Number", "Registration
# state"), Eventbrite ("First Name", "Last Name", "Prefix", "Email", "Job Title", "Company",
# "Home Country", "Cell Phone", "Attendee Status"), pretalx ("name"/"Name", "email"/"Email"/
# "E-Mail", "Biography", "confirmed") and Google Forms ("Email address", plus question titles).
# Russian and Japanese lists as their Excel users head them: "Фамилия;Имя;Отчество;
# Организация;Должность;Эл. почта;Телефон;Страна" and "姓,名,所属,役職,メールアドレス,
# 電話番号,国" (or "氏名" and "フリガナ", the reading of the name in kana).
# fmt: off
_SYNONYMS: dict[str, dict[str, int]] = {
    "full_name": {
        "full name": 100, "fullname": 100, "your full name": 95, "participant name": 90,
        "attendee name": 90, "speaker name": 90, "delegate name": 90, "name and surname": 85,
        "name surname": 85, "first and last name": 85, "first name last name": 85, "your name": 80,
        "display name": 70, "name": 60, "фио": 100, "имя и фамилия": 95, "полное имя": 95,
        "фамилия имя отчество": 100, "фамилия и имя": 95,
        "氏名": 100, "名前": 90, "お名前": 90, "氏名 漢字": 95, "성명": 100, "이름": 80,
        "姓名": 100,
        "ονοματεπωνυμο": 100,
    },
    "given_name": {
        "first name": 100, "firstname": 100, "given name": 100, "given names": 100,
        "forename": 100, "forenames": 100, "first names": 95, "prenom": 90, "vorname": 90,
        "first": 60, "имя": 90, "名": 80, "下の名前": 80, "όνομα": 80, "ονομα": 80,
    },
    "family_name": {
        "last name": 100, "lastname": 100, "family name": 100, "surname": 100, "surnames": 95,
        "nachname": 90, "apellido": 90, "apellidos": 90, "nom de famille": 95, "nom": 70,
        "last": 60, "фамилия": 100, "姓": 80, "苗字": 90, "名字": 90, "επωνυμο": 100, "성": 70,
    },
    "patronymic": {
        "patronymic": 100, "patronym": 95, "patronymic name": 100, "otchestvo": 90,
        "отчество": 100,
    },
    "honorific": {
        "honorific": 100, "salutation": 90, "form of address": 90, "academic title": 90,
        "courtesy title": 90, "title": 80, "prefix": 80, "anrede": 80, "titel": 80,
        "обращение": 90, "敬称": 90, "호칭": 90,
    },
    "affiliation": {
        "affiliation": 100, "affiliations": 100, "organisation": 95, "organization": 95,
        "organisations": 90, "organizations": 90, "institution": 90, "institutions": 90,
        "organisation institution": 90, "organization institution": 90,
        "institution organisation": 90, "institution organization": 90, "company organisation": 85,
        "company organization": 85, "institute": 80, "company": 80, "company name": 80,
        "organisation name": 90, "organization name": 90, "employer": 70, "university": 60,
        "организация": 90, "учреждение": 80, "место работы": 85, "компания": 80,
        "所属": 100, "所属機関": 100, "所属先": 95, "勤務先": 85, "会社名": 80, "組織": 85,
        "団体名": 85, "소속": 100,
        "소속 기관": 100,
        "单位": 90, "φορεας": 80,
    },
    "position": {
        "position": 100, "job title": 100, "jobtitle": 100, "position title": 100,
        "position job title": 95, "job title position": 95, "designation": 80, "occupation": 70,
        "function": 60, "job": 60, "должность": 100, "役職": 100, "役職名": 95, "肩書": 90,
        "肩書き": 90, "職位": 90, "직위": 100, "직책": 95,
        "职务": 100,
        "θεση": 80,
    },
    "country": {
        "country": 100, "country of residence": 90, "nationality": 80, "home country": 70,
        "citizenship": 70, "country region": 90, "страна": 100, "гражданство": 70, "国": 80,
        "国籍": 80, "国名": 80, "国 地域": 90,
        "국가": 90, "국적": 80, "国家": 90, "χωρα": 90,
    },
    "delegation": {
        "delegation": 100, "delegation name": 95, "делегация": 100, "代表団": 100, "대표단": 100,
        "代表团": 100,
    },
    "role": {
        "role": 100, "participant role": 100, "role in event": 95, "participation role": 95,
        "event role": 95, "роль": 100, "役割": 90, "역할": 90, "角色": 90,
    },
    "email": {
        "email": 100, "e mail": 100, "email address": 100, "e mail address": 100,
        "email adress": 90, "your email": 90, "your email address": 90, "mail": 60,
        "электронная почта": 90, "эл почта": 90, "адрес электронной почты": 95,
        "e mail адрес": 95, "email адрес": 95, "эл адрес": 80, "почта": 60,
        "メールアドレス": 100, "メール": 90, "eメール": 95, "eメールアドレス": 100,
        "電子メール": 90,
        "이메일": 100,
        "电子邮件": 100, "邮箱": 90,
    },
    "phone": {
        "phone": 100, "phone number": 100, "telephone": 95, "telephone number": 95,
        "mobile phone": 90, "cell phone": 90, "mobile number": 90, "mobile": 85, "tel": 80,
        "work phone": 80, "home phone": 70, "cell": 70, "телефон": 100, "тел": 80,
        "мобильный телефон": 90, "電話番号": 100, "電話": 90, "携帯電話": 90, "携帯番号": 90,
        "전화번호": 100, "电话": 100, "τηλεφωνο": 100,
    },
    "bio": {
        "bio": 100, "biography": 100, "short bio": 100, "biographical note": 100,
        "speaker bio": 95, "about you": 70, "about": 60, "cv": 50, "profile": 50, "биография": 100,
        "略歴": 100, "약력": 100, "简历": 90,
    },
    "native_name": {
        "native name": 100, "name in native script": 100, "native script name": 100,
        "name native script": 95, "name in original script": 95, "name native": 90,
        "original name": 80, "local name": 80, "name in local language": 90,
        "name in own script": 95, "native": 60,
    },
    "name_reading": {
        "name reading": 100, "reading": 70, "furigana": 100, "kana": 70, "kana name": 90,
        "ふりがな": 100, "フリガナ": 100, "よみがな": 95, "ヨミガナ": 95, "氏名 フリガナ": 100,
        "氏名 ふりがな": 100, "氏名 カナ": 95, "カナ": 70, "読み": 80, "読み仮名": 95,
    },
    "attendance": {
        "attendance": 100, "attendance status": 100, "rsvp": 90, "participation status": 90,
        "attendee status": 90, "registration state": 80, "registration status": 80,
        "confirmed": 70, "status": 50,
    },
    "notes": {
        "notes": 100, "note": 100, "remarks": 90, "comments": 80, "comment": 80,
        "internal notes": 90, "примечания": 100, "примечание": 100, "комментарий": 80,
        "備考": 100, "メモ": 80,
    },
    "card_name": {
        "name on card": 100, "card name": 100, "name on name card": 100, "name for card": 95,
        "name for the card": 95, "name card": 85, "tent card name": 95, "place card name": 95,
        "name on badge": 80, "badge name": 80,
        "名札表記": 100, "名札": 90, "名札用氏名": 95, "名札表示": 95,
        "имя на табличке": 100, "имя для таблички": 95, "табличка": 85, "на табличке": 85,
    },
}
# fmt: on

# Synonyms that also match inside a longer header ("Your e-mail address, please", "Country of
# residence (for the badge)") at half their score. Single generic words ("name", "title", "role")
# are left out: "Event Name" or "Proposal titles" must not become a person's name or honorific.
# fmt: off
_CONTAINED = {
    "affiliation", "attendance", "bio", "biography", "company", "country", "delegation", "e mail",
    "email", "family name", "first name", "full name", "given name", "honorific", "institution",
    "job title", "last name", "mobile", "nationality", "native name", "notes", "organisation",
    "organization", "phone", "position", "rsvp", "salutation", "surname", "telephone",
}
# fmt: on

# A header with one of these words is about someone or something else: the buyer of an
# Eventbrite order, an emergency contact, a billing address.
# fmt: off
_OTHER_PARTY = {
    "accompanying", "assistant", "billing", "buyer", "contact person", "emergency", "event",
    "guardian", "invoice", "manager", "order", "parent", "parents", "partner", "payment",
    "proposal", "referee", "secretary", "session", "shipping", "spouse", "submission",
    "supervisor", "talk", "ticket",
}
# fmt: on


def normalise_header(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: how headers are compared."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare)
    return " ".join(re.findall(r"\w+", bare))


# Compared in the same normal form as headers (this also folds "Prénom" and "prenom" together).
_SYNONYMS = {
    field: {normalise_header(name): score for name, score in names.items()}
    for field, names in _SYNONYMS.items()
}
_CONTAINED = {normalise_header(name) for name in _CONTAINED}


def _without_brackets(text: str) -> str:
    """The header without what is in brackets, full-width ones too: "姓（漢字）" is "姓"."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", unicodedata.normalize("NFKC", text))


def _contains(header: str, phrase: str) -> bool:
    return f" {phrase} " in f" {header} "


def header_field(header: str) -> tuple[str, int] | None:
    """The field a header most likely names, with a score (higher is more specific)."""
    full = normalise_header(header)
    candidates = [full, normalise_header(_without_brackets(header))]
    for attempt, penalty in zip(candidates, (0, 5), strict=True):
        if not attempt:
            continue
        best = max(
            (
                (field, score - penalty)
                for field, names in _SYNONYMS.items()
                for name, score in names.items()
                if name == attempt
            ),
            key=lambda pair: pair[1],
            default=None,
        )
        if best is not None:
            return best
    if not full or any(_contains(full, word) for word in _OTHER_PARTY):
        return None
    contained = [
        (field, score // 2)
        for field, names in _SYNONYMS.items()
        for name, score in names.items()
        if name in _CONTAINED and _contains(full, name)
    ]
    return max(contained, key=lambda pair: pair[1], default=None)


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field for every header we recognise; each field from one column only."""
    claims: dict[str, tuple[int, int]] = {}  # field -> (score, column)
    for column, header in enumerate(headers):
        found = header_field(header)
        if found is None:
            continue
        field, score = found
        held = claims.get(field)
        if held is None or score > held[0]:
            claims[field] = (score, column)
    # "Name" next to "Surname" (and no first-name column) is the given name, as in many European
    # forms ("Name, Surname"; "Nom, Prénom" is handled by "prenom" and "nom").
    if "family_name" in claims and "given_name" not in claims and "full_name" in claims:
        score, column = claims["full_name"]
        if normalise_header(headers[column]) in {"name", "имя", "名前", "이름"}:
            claims["given_name"] = claims.pop("full_name")
    return {
        column: field for field, (_score, column) in sorted(claims.items(), key=lambda i: i[1][1])
    }


def parse_field(text: str) -> str:
    """A field name typed by a user: the name, its label, any case; or "ignore"."""
    key = normalise_header(text).replace(" ", "_")
    if key in {IGNORE, "skip", "none", "ignored"}:
        return IGNORE
    if key in FIELD_LABELS:
        return key
    for field, label in FIELD_LABELS.items():
        if normalise_header(label).replace(" ", "_") == key:
            return field
    aliases = {
        "name": "full_name",
        "first_name": "given_name",
        "last_name": "family_name",
        "surname": "family_name",
        "title": "honorific",
        "organisation": "affiliation",
        "organization": "affiliation",
        "e_mail": "email",
        "biography": "bio",
        "otchestvo": "patronymic",
        "reading": "name_reading",
        "furigana": "name_reading",
        "card": "card_name",
    }
    if key in aliases:
        return aliases[key]
    raise UserError(
        tr("unknown field {field}; the fields are: {fields}, ignore").format(
            field=repr(text.strip()), fields=", ".join(FIELDS)
        )
    )


def find_column(column: str, headers: Sequence[str]) -> int:
    """A column named by its header text (exact, then ignoring case) or its 1-based number."""
    text = column.strip()
    exact = [i for i, h in enumerate(headers) if h == text]
    loose = exact or [
        i
        for i, h in enumerate(headers)
        if normalise_header(h) == normalise_header(text) and normalise_header(text)
    ]
    if len(loose) > 1:
        raise UserError(
            tr("two columns are called {column} (columns {numbers}); name it by its number").format(
                column=repr(text), numbers=", ".join(str(i + 1) for i in loose)
            )
        )
    if loose:
        return loose[0]
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(headers):
            return number - 1
        raise UserError(
            tr("there is no column {number}; the file has %n columns", "", len(headers)).format(
                number=number
            )
        )
    listed = ", ".join(repr(h) for h in headers)
    raise UserError(
        tr("there is no column {column}; the columns are: {columns}").format(
            column=repr(text), columns=listed
        )
    )


def parse_map_options(options: Sequence[str], headers: Sequence[str]) -> dict[int, str]:
    """``--map COLUMN=FIELD`` options as column index -> field (or "ignore")."""
    mapping: dict[int, str] = {}
    for option in options:
        column, sep, field = option.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UserError(
                tr("--map {option}: write it as COLUMN=FIELD, e.g. 'Wer=full_name'").format(
                    option=repr(option)
                )
            )
        try:
            index = find_column(column, headers)
            mapping[index] = parse_field(field)
        except UserError as exc:
            raise UserError(
                tr("--map {option}: {problem}").format(option=repr(option), problem=exc)
            ) from None
    fields = [f for f in mapping.values() if f != IGNORE]
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        raise UserError(
            tr("--map gives {fields} to more than one column").format(fields=", ".join(twice))
        )
    return mapping


def merge_mapping(guessed: Mapping[int, str], chosen: Mapping[int, str]) -> dict[int, str]:
    """The guessed mapping overridden by the user's choices, without "ignore" entries.

    A field the user gives to one column is taken away from the column it was guessed for, so
    ``--map "Work email=email"`` replaces the guessed "Email" column instead of clashing with it.
    """
    taken = {field for field in chosen.values() if field != IGNORE}
    merged = {c: f for c, f in guessed.items() if c not in chosen and f not in taken}
    merged.update({c: f for c, f in chosen.items() if f != IGNORE})
    return dict(sorted(merged.items()))


def ignored_columns(headers: Sequence[str], mapping: Mapping[int, str]) -> list[str]:
    """Headers of the columns that feed no field, in file order (reported to the user)."""
    return [h for i, h in enumerate(headers) if mapping.get(i, IGNORE) == IGNORE]


def describe_mapping(headers: Sequence[str], mapping: Mapping[int, str]) -> str:
    """ "Name → Full name, Email Address → Email": one line for reports."""
    return ", ".join(
        f"{headers[c]} → {field_label(f)}"
        for c, f in sorted(mapping.items())
        if f != IGNORE and c < len(headers)
    )
