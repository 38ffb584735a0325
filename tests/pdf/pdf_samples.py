"""A synthetic event whose participants write their names in many scripts, for the PDF tests
and for ``tools/render_pdf_pages.py --bios-demo``.

It is built in memory (records with ids filled in by hand), so tests that only need a PDF do
not pay for a database.
"""

from __future__ import annotations

import io
from datetime import date, time

from roundtable.domain.enums import (
    Attendance,
    NameOrder,
    OrganisationKind,
    OrganisationRole,
    ParticipantRole,
)
from roundtable.domain.records import (
    AffiliationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
    VenueRecord,
)

# Text in every script the fonts must cover, with the language hint a caller would pass.
CORPUS: list[tuple[str, str | None]] = [
    ("Andrey Kortunov", None),
    ("Андрей Кортунов", None),
    ("Сергей Голунов", "ja"),
    ("Παπαδόπουλος", None),
    ("Νίκος Παπαδόπουλος", None),
    ("上月豊久", "ja"),
    ("岩下明裕", None),
    ("岩下明裕", "ja"),
    ("こうづき とよひさ", None),
    ("习近平", None),
    ("习近平", "ja"),
    ("王毅", "zh"),
    ("李晓曦", None),
    ("하용출", None),
    ("河龍出 하용출", "ko"),
    ("José Müller-Lüdenscheidt", None),
    ("Łukasz Żółkiewski", None),
    ("Nguyễn Thị Minh Khai", None),
    ("İstanbul Çağdaş Şahin", None),
    ("Yong-Chool Ha (하용출)", None),
    ("Toyohisa Kozuki — 上月豊久 (こうづき とよひさ)", None),
    ("“Quotes” – dashes — №5 € £ ¥ © ®", None),
    ("AT&T <b>Corp", None),
    ('<img src="/etc/passwd"/>', None),
]

LONG_BIO_PARAGRAPH = (
    "Dr Aleksandrova-Rimskaya has written widely on the politics of the Russian Far East, "
    "on borders and cross-border cooperation in North-East Asia, and on the place of Russia "
    "in the security arrangements of the Asia-Pacific. Before joining the council she served "
    "for a decade in the regional administration of Primorsky Krai, where she was responsible "
    "for relations with Japan, the Republic of Korea and the People's Republic of China, and "
    "she has held visiting fellowships in Sapporo, Seoul, Harbin and Washington."
)


def _org(key: int, name: str, short: str = "", country: str = "") -> OrganisationRecord:
    return OrganisationRecord(
        name=name, short_name=short, kind=OrganisationKind.THINK_TANK, country=country, id=key
    )


RIAC = _org(1, "Russian International Affairs Council", "RIAC", "Russia")
EMBASSY = _org(2, "Embassy of Japan in Russia", "", "Japan")
HOKKAIDO = _org(3, "Hokkaido University", "Hokkaido U.", "Japan")
UW = _org(4, "University of Washington", "UW", "United States")
ATT = _org(5, "AT&T <b>Corp", "", "United States")
ATHENS = _org(6, "Πανεπιστήμιο Αθηνών", "", "Greece")
PKU = _org(7, "北京大学", "PKU", "China")
KU = _org(8, "고려대학교", "", "Republic of Korea")


def _person(pid: int, given: str, family: str, **kw) -> PersonRecord:
    return PersonRecord(given_name=given, family_name=family, id=pid, **kw)


def mixed_script_people() -> list[tuple[PersonRecord, ParticipantRole, str, Attendance]]:
    long_bio = "\n\n".join([LONG_BIO_PARAGRAPH] * 14)
    return [
        (
            _person(
                1,
                "Andrey",
                "Kortunov",
                native_name="Андрей Кортунов",
                country="Russia",
                affiliations=[AffiliationRecord(RIAC, "Director General")],
                bio="A sample biography: its first paragraph, long enough to wrap across the "
                "width of the page.\n\nAnd its second paragraph.",
            ),
            ParticipantRole.HOST,
            "Russian delegation",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                2,
                "Toyohisa",
                "Kozuki",
                native_name="上月豊久",
                honorific="Ambassador",
                country="Japan",
                affiliations=[AffiliationRecord(EMBASSY, "Japanese Ambassador to Russia")],
                bio="これはテスト用の経歴の段落です。\n\n"
                "A second paragraph of the sample biography, in English.",
            ),
            ParticipantRole.OPENING_SPEAKER,
            "Japanese delegation",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                3,
                "Akihiro",
                "Iwashita",
                native_name="岩下明裕",
                affiliations=[
                    AffiliationRecord(HOKKAIDO, "Professor, Slavic-Eurasian Research Center")
                ],
            ),
            ParticipantRole.PARTICIPANT,
            "",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                4,
                "Wei",
                "Li",
                name_order=NameOrder.FAMILY_FIRST,
                native_name="李伟",
                country="China",
                affiliations=[AffiliationRecord(PKU, "Visiting Scholar")],
                bio="这是一段用于测试的简介，没有任何真实的信息。",
            ),
            ParticipantRole.PARTICIPANT,
            "",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                5,
                "Yong-Chool",
                "Ha",
                native_name="하용출",
                affiliations=[AffiliationRecord(UW, "")],
                bio="A one-sentence sample biography.",
            ),
            ParticipantRole.PARTICIPANT,
            "",
            Attendance.ATTENDED,
        ),
        (
            _person(
                6,
                "Nikos",
                "Papadopoulos",
                native_name="Νίκος Παπαδόπουλος",
                honorific="Prof.",
                affiliations=[
                    AffiliationRecord(ATHENS, "Professor of International Relations"),
                    AffiliationRecord(KU, "Visiting Professor"),
                ],
                bio="Writes on Greek–Russian relations.",
            ),
            ParticipantRole.PARTICIPANT,
            "",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                7,
                # "José" with a decomposed é: the PDF must carry the composed form.
                "Jose\u0301",
                "Müller-Lüdenscheidt",
                affiliations=[AffiliationRecord(ATT, 'Head of <img src="/etc/passwd"/> Policy')],
                bio='Joined AT&T <b>Corp in 2001. Says: <img src="/etc/passwd"/> & "hi" \'there\'.',
            ),
            ParticipantRole.DISCUSSANT,
            "",
            Attendance.CONFIRMED,
        ),
        (
            _person(
                8,
                "Maria Konstantinovna",
                "Aleksandrova-Rimskaya-Korsakova",
                native_name="Мария Константиновна Александрова-Римская-Корсакова",
                honorific="Dr",
                affiliations=[AffiliationRecord(RIAC, "Senior Fellow, Far East Programme")],
                bio=long_bio,
            ),
            ParticipantRole.PARTICIPANT,
            "Russian delegation",
            Attendance.CONFIRMED,
        ),
        (
            _person(9, "Łukasz", "Żółkiewski", affiliations=[]),
            ParticipantRole.RAPPORTEUR,
            "",
            Attendance.INVITED,
        ),
        (
            _person(10, "Declined", "Person", bio="Should not appear."),
            ParticipantRole.PARTICIPANT,
            "",
            Attendance.DECLINED,
        ),
    ]


def mixed_script_event() -> EventRecord:
    participants = [
        ParticipationRecord(
            person=person,
            role=role,
            delegation=delegation,
            precedence=index,
            attendance=attendance,
            id=index,
        )
        for index, (person, role, delegation, attendance) in enumerate(mixed_script_people(), 1)
    ]
    return EventRecord(
        title="Neighbours Across Scripts: A Roundtable on North-East Asia",
        subtitle="Россия, 日本, 中国, 한국 and Ελλάδα in one room",
        short_title="Neighbours Across Scripts",
        programme="Mixed-Script Test Programme",
        start_date=date(2024, 3, 12),
        end_date=date(2024, 3, 14),
        start_time=time(9, 30),
        end_time=time(17, 0),
        series=SeriesRecord(name="Script Dialogue", id=1),
        round_number=3,
        venue=VenueRecord(
            name="Hotel Metropol",
            room="Salon Vrubel",
            street="Teatralny proezd 2",
            city="Moscow",
            postcode="109012",
            country="Russia",
        ),
        organisations=[
            EventOrganisationRecord(RIAC, OrganisationRole.HOST, id=1),
            EventOrganisationRecord(HOKKAIDO, OrganisationRole.PARTNER, id=2),
            EventOrganisationRecord(ATT, OrganisationRole.SPONSOR, id=3),
        ],
        participants=participants,
        id=1,
    )


def _png_portrait(width: int, height: int, hue: tuple[int, int, int], fmt: str) -> bytes:
    """A plain silhouette: enough to see placement and aspect ratio in the rendered pages."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (width, height), hue)
    draw = ImageDraw.Draw(picture)
    cx = width // 2
    r = min(width, height) // 5
    draw.ellipse((cx - r, height // 4 - r // 2, cx + r, height // 4 + 2 * r - r // 2), fill="white")
    draw.ellipse((cx - 2 * r, height // 2 + r // 2, cx + 2 * r, height + 2 * r), fill="white")
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()


def sample_photos(event: EventRecord) -> dict[int, bytes]:
    """Photos for some participants: portrait JPEG, landscape PNG, square; one left without."""
    ids = [p.person.id for p in event.participants]
    return {
        ids[0]: _png_portrait(600, 800, (70, 100, 140), "JPEG"),
        ids[1]: _png_portrait(900, 600, (120, 80, 60), "PNG"),
        ids[4]: _png_portrait(500, 500, (60, 120, 90), "JPEG"),
        ids[7]: _png_portrait(1200, 1600, (100, 70, 120), "JPEG"),
    }
