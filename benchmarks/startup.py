"""How long Roundtable takes to start with a realistically large database.

Not a test: start-up time depends on the machine, so it is measured here and the numbers are
recorded in benchmarks/README.md, not asserted. The script

1. builds (once, then reuses) a database of 200 events and 5,000 people: series with rounds,
   organisations, affiliations, about 25 participations per event, delegations, agenda days and
   names in Cyrillic, Greek, Chinese, Japanese and Korean. It goes through ``Store.open`` so the
   schema is created by the real migrations, then bulk-inserts with SQLAlchemy Core, which takes
   about a second where saving 200 events through the ORM would take minutes;
2. launches ``python -m roundtable --db PATH`` several times with ROUNDTABLE_QUIT_AFTER_START=1
   (the app quits as soon as its main window is shown and the event list is filled) and reports
   the wall-clock time from spawning the process to its exit, which is what a user waits for;
3. with ``--profile-imports``, runs once under ``python -X importtime`` and lists the most
   expensive imports, because on a cold start most of the time is usually spent importing.

Besides its table it prints two JSON lines, ``startup_ready`` and ``startup_exit``, each
``{"name": ..., "median_ms": ..., "runs": ..., "events": ..., "people": ...}``. ``--events`` and
``--people`` set the database's size (any size: tiny for a smoke test, 2,000 / 50,000 for ten
times a real office); ``--generate-only`` builds it and stops.

Usage::

    python benchmarks/startup.py                      # 5 timed runs, offscreen
    python benchmarks/startup.py --runs 10 --db /tmp/big.sqlite3
    xvfb-run -a python benchmarks/startup.py --platform xcb
    python benchmarks/startup.py --profile-imports
    python benchmarks/startup.py --events 2000 --people 50000 --db /tmp/large.sqlite3
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as dtime
from itertools import accumulate
from pathlib import Path
from typing import Any

DEFAULT_EVENTS = 200
DEFAULT_PEOPLE = 5000
DEFAULT_DB = Path(tempfile.gettempdir()) / "roundtable-startup-benchmark.sqlite3"

# -- names --------------------------------------------------------------------------------------
# (romanised, native) pairs. Native names are written in the culture's own order.


def _pairs(text: str) -> list[tuple[str, str]]:
    """ "Sato 佐藤, Suzuki 鈴木" -> [("Sato", "佐藤"), ("Suzuki", "鈴木")]: compact to maintain."""
    return [(roman, native) for roman, native in (item.split() for item in text.split(","))]


JA_FAMILY = _pairs(
    "Sato 佐藤, Suzuki 鈴木, Takahashi 高橋, Tanaka 田中, Watanabe 渡辺, Ito 伊藤, "
    "Yamamoto 山本, Nakamura 中村, Kobayashi 小林, Kato 加藤, Yoshida 吉田, Matsumoto 松本"
)
JA_GIVEN = _pairs(
    "Hiroshi 博, Yuki 由紀, Takeshi 健, Akiko 明子, Kenji 健二, Naoko 直子, Satoshi 聡, "
    "Emi 恵美, Haruto 陽翔, Mei 芽依, Toshiro 俊郎, Keiko 恵子"
)
KO_FAMILY = _pairs(
    "Kim 김, Lee 이, Park 박, Choi 최, Jung 정, Kang 강, Cho 조, Yoon 윤, Jang 장, Lim 임"
)
KO_GIVEN = _pairs(
    "Min-jun 민준, Seo-yeon 서연, Ji-hoon 지훈, Ha-eun 하은, Dong-hyun 동현, Soo-jin 수진, "
    "Jae-won 재원, Eun-ji 은지"
)
ZH_FAMILY = _pairs(
    "Wang 王, Li 李, Zhang 张, Liu 刘, Chen 陈, Yang 杨, Zhao 赵, Huang 黄, Zhou 周, Wu 吴"
)
ZH_GIVEN = _pairs(
    "Wei 伟, Fang 芳, Xiuying 秀英, Jun 军, Lei 磊, Yan 燕, Jing 静, Hao 浩, Mingyu 明宇, "
    "Xiaoling 晓玲"
)
RU_FAMILY = _pairs(
    "Ivanov Иванов, Smirnov Смирнов, Kuznetsov Кузнецов, Popov Попов, Sokolov Соколов, "
    "Volkov Волков, Morozov Морозов, Lebedev Лебедев"
)
RU_GIVEN_M = _pairs(
    "Alexei Алексей, Dmitry Дмитрий, Sergei Сергей, Andrei Андрей, Mikhail Михаил, Pavel Павел"
)
RU_GIVEN_F = _pairs(
    "Anna Анна, Olga Ольга, Tatiana Татьяна, Elena Елена, Natalia Наталья, Irina Ирина"
)
UK_FAMILY = _pairs(
    "Shevchenko Шевченко, Kovalenko Коваленко, Bondarenko Бондаренко, Tkachenko Ткаченко, "
    "Melnyk Мельник"
)
UK_GIVEN = _pairs(
    "Oleksandr Олександр, Iryna Ірина, Mykola Микола, Oksana Оксана, Taras Тарас, Yulia Юлія"
)
EL_FAMILY = _pairs(
    "Papadopoulos Παπαδόπουλος, Georgiou Γεωργίου, Nikolaidis Νικολαΐδης, "
    "Konstantinou Κωνσταντίνου, Dimitriou Δημητρίου, Alexiou Αλεξίου"
)
EL_GIVEN = _pairs(
    "Giorgos Γιώργος, Maria Μαρία, Eleni Ελένη, Nikos Νίκος, Dimitris Δημήτρης, Katerina Κατερίνα"
)

LATIN: dict[str, tuple[list[str], list[str]]] = {
    "United Kingdom": (
        ["Oliver", "Amelia", "Harry", "Isla", "James", "Sophie", "Edward"],
        ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Boyle"],
    ),
    "United States": (
        ["Michael", "Jennifer", "David", "Sarah", "Robert", "Emily", "Daniel"],
        ["Johnson", "Williams", "Miller", "Davis", "Garcia", "Rodriguez", "Clark"],
    ),
    "Germany": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Katharina", "Matthias"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner"],
    ),
    "France": (
        ["Louis", "Camille", "Hugo", "Chloé", "Jules", "Léa", "Étienne"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre", "Moreau"],
    ),
    "Poland": (
        ["Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Magdalena"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Zieliński"],
    ),
    "Spain": (
        ["Javier", "Lucía", "Alejandro", "María José", "Pablo", "Carmen"],
        ["García", "Fernández", "González", "Martínez", "López", "Sánchez"],
    ),
    "Sweden": (
        ["Erik", "Astrid", "Lars", "Ingrid", "Nils", "Karin"],
        ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist"],
    ),
    "Turkey": (
        ["Mehmet", "Ayşe", "Emre", "Zeynep", "Can", "Elif"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"],
    ),
}

# (culture, country, weight): a bit over a third of the people also have a native-script name.
CULTURES = [
    ("latin", None, 62),
    ("ja", "Japan", 9),
    ("ko", "South Korea", 6),
    ("zh", "China", 7),
    ("ru", "Russia", 6),
    ("uk", "Ukraine", 4),
    ("el", "Greece", 6),
]

# Gender-neutral only, so no "Ms" lands on a randomly chosen male given name.
HONORIFICS = ["", "", "", "", "", "Dr", "Dr", "Prof.", "Prof.", "Amb.", "H.E."]
POSITIONS = [
    "Professor",
    "Associate Professor",
    "Senior Fellow",
    "Research Fellow",
    "Director",
    "Deputy Director",
    "Ambassador",
    "Head of Programme",
    "PhD candidate",
    "Journalist",
    "Member of Parliament",
    "Advisor",
    "Lecturer",
    "President",
    "Programme Officer",
]

# -- organisations, places, series --------------------------------------------------------------

CITIES = [
    ("London", "United Kingdom", "Europe/London"),
    ("Berlin", "Germany", "Europe/Berlin"),
    ("Paris", "France", "Europe/Paris"),
    ("Warsaw", "Poland", "Europe/Warsaw"),
    ("Madrid", "Spain", "Europe/Madrid"),
    ("Stockholm", "Sweden", "Europe/Stockholm"),
    ("Athens", "Greece", "Europe/Athens"),
    ("Kyiv", "Ukraine", "Europe/Kyiv"),
    ("Tokyo", "Japan", "Asia/Tokyo"),
    ("Fukuoka", "Japan", "Asia/Tokyo"),
    ("Seoul", "South Korea", "Asia/Seoul"),
    ("Beijing", "China", "Asia/Shanghai"),
    ("Washington, D.C.", "United States", "America/New_York"),
    ("Istanbul", "Turkey", "Europe/Istanbul"),
    ("Geneva", "Switzerland", "Europe/Zurich"),
    ("Brussels", "Belgium", "Europe/Brussels"),
    ("Vienna", "Austria", "Europe/Vienna"),
]
VENUES = [
    "Conference Centre",
    "University Hall",
    "Institute Library",
    "Hotel Continental",
    "Embassy Residence",
    "Town Hall",
    "Press Club",
    "Foundation House",
]
ROOMS = ["Room A", "Room 2.14", "Board Room", "Main Hall", "Salon Vert", "Seminar Room 3", ""]
ORG_TEMPLATES = [
    ("university", "University of {city}"),
    ("university", "{city} State University"),
    ("think_tank", "{city} Institute of International Affairs"),
    ("think_tank", "Centre for {topic} Studies, {city}"),
    ("government", "Ministry of Foreign Affairs ({country})"),
    ("international", "{country} Mission to the United Nations"),
    ("foundation", "{city} Foundation for Dialogue"),
    ("ngo", "{topic} Network {city}"),
    ("media", "{city} Daily Review"),
    ("company", "{city} {topic} Consulting"),
]
TOPICS = [
    "Maritime Security",
    "Energy Transition",
    "Arctic",
    "Migration",
    "Digital Policy",
    "Nuclear Non-Proliferation",
    "Water",
    "Trade",
    "Public Health",
    "Climate Adaptation",
    "Cyber Security",
    "Memory and Reconciliation",
    "Space",
    "Food Security",
]
SERIES_FORMS = [
    "Trilateral Dialogue on {topic}",
    "{city} Roundtable on {topic}",
    "Young Leaders Forum: {topic}",
    "Track II Dialogue on {topic}",
    "{topic} Expert Workshop",
]
DAY_TITLES = [
    "Opening and framing",
    "Regional perspectives",
    "Scenarios and policy options",
    "Working groups",
    "Site visit",
    "Conclusions and next steps",
]
TITLE_ENDINGS = ["Challenges", "Perspectives", "The Next Decade", "Lessons Learned", "Options"]
# Weighted by repetition: roundtables and workshops are the common case.
KINDS = (
    ["roundtable"] * 5
    + ["workshop"] * 3
    + ["dialogue"] * 3
    + ["panel"] * 2
    + ["conference", "seminar", "briefing"]
)


def _uid(rng: random.Random) -> str:
    """A UUID4 drawn from the seeded generator, so the same seed gives the same database."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# Consecutive repeated draws of an organisation or series name before a repeat is numbered
# instead: never reached while the pool of distinct names is far from used up, so the
# databases of the default sizes are the same as before numbering existed.
REPEATS_BEFORE_NUMBERING = 200


def _numbered(name: str, seen: set[str]) -> str:
    """``name`` with the smallest number from 2 that makes it new: "Water Network Kyiv 2"."""
    number = 2
    while f"{name} {number}" in seen:
        number += 1
    return f"{name} {number}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70].rstrip("-")


@dataclass
class Dataset:
    """Rows for every table, keyed by table name, ready for Core executemany."""

    rows: dict[str, list[dict[str, Any]]]

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _person(rng: random.Random, pid: int, org_countries: dict[int, str]) -> dict[str, Any]:
    culture, country, _ = rng.choices(CULTURES, weights=[c[2] for c in CULTURES])[0]
    native = ""
    order = "given_first"
    if culture == "latin":
        country = rng.choice(list(LATIN))
        givens, families = LATIN[country]
        given, family = rng.choice(givens), rng.choice(families)
    elif culture in ("ja", "ko", "zh"):
        fam_list, giv_list = {
            "ja": (JA_FAMILY, JA_GIVEN),
            "ko": (KO_FAMILY, KO_GIVEN),
            "zh": (ZH_FAMILY, ZH_GIVEN),
        }[culture]
        (family, fam_native), (given, giv_native) = rng.choice(fam_list), rng.choice(giv_list)
        native = fam_native + giv_native
        order = "family_first"
    elif culture == "ru":
        female = rng.random() < 0.45
        (given, giv_native) = rng.choice(RU_GIVEN_F if female else RU_GIVEN_M)
        (family, fam_native) = rng.choice(RU_FAMILY)
        if female:
            family, fam_native = family + "a", fam_native + "а"
        native = f"{giv_native} {fam_native}"
    else:
        fam_list, giv_list = {"uk": (UK_FAMILY, UK_GIVEN), "el": (EL_FAMILY, EL_GIVEN)}[culture]
        (family, fam_native), (given, giv_native) = rng.choice(fam_list), rng.choice(giv_list)
        native = f"{giv_native} {fam_native}"
    ascii_name = _slug(f"{given}.{family}").replace("-", ".") or f"person{pid}"
    return {
        "id": pid,
        "uid": _uid(rng),
        "honorific": rng.choice(HONORIFICS),
        "given_name": given,
        "family_name": family,
        "name_order": order,
        "native_name": native,
        "country": country or "",
        "email": f"{ascii_name}{pid}@example.org" if rng.random() < 0.7 else "",
        "phone": f"+00 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if rng.random() < 0.3
        else "",
        "website": "",
        "bio": "" if rng.random() < 0.6 else f"Works on {rng.choice(TOPICS).lower()}.",
        "notes": "",
    }


def build_dataset(n_events: int, n_people: int, seed: int = 2026) -> Dataset:
    """Rows with explicit ids so foreign keys can be filled in without round trips."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    # Organisations: every template in a spread of cities, ~8% of the people count. The
    # templates give about 830 distinct names; once draws keep repeating (the pool is nearly
    # used up, from about 10,000 people), a repeated name gets a branch number instead.
    org_countries: dict[int, str] = {}
    seen_names: set[str] = set()
    n_orgs = max(20, n_people // 12)
    misses = 0
    while len(rows["organisation"]) < n_orgs:
        city, country, _tz = rng.choice(CITIES)
        kind, template = rng.choice(ORG_TEMPLATES)
        name = template.format(city=city, country=country, topic=rng.choice(TOPICS))
        if name in seen_names:
            misses += 1
            if misses < REPEATS_BEFORE_NUMBERING:
                continue
            name = _numbered(name, seen_names)  # and so on: the pool is used up
        else:
            misses = 0
        seen_names.add(name)
        oid = len(rows["organisation"]) + 1
        org_countries[oid] = country
        words = [w for w in re.split(r"[\s,()]+", name) if w and w[0].isupper()]
        rows["organisation"].append(
            {
                "id": oid,
                "uid": _uid(rng),
                "name": name,
                "short_name": "".join(w[0] for w in words)[:10] if rng.random() < 0.5 else "",
                "kind": kind,
                "country": country,
                "website": "",
                "notes": "",
            }
        )

    # People, each with zero to two affiliations.
    for pid in range(1, n_people + 1):
        rows["person"].append(_person(rng, pid, org_countries))
        n_aff = rng.choices([0, 1, 2], weights=[4, 78, 18])[0]
        for sort_order, oid in enumerate(rng.sample(range(1, n_orgs + 1), n_aff)):
            rows["affiliation"].append(
                {
                    "id": len(rows["affiliation"]) + 1,
                    "person_id": pid,
                    "organisation_id": oid,
                    "position": rng.choice(POSITIONS) if rng.random() < 0.8 else "",
                    "sort_order": sort_order,
                }
            )

    # Series: about two thirds of the events belong to one, with a core pool of regulars.
    n_series = max(1, n_events // 8)
    series_names: set[str] = set()
    pools: dict[int, list[int]] = {}
    homes: dict[int, tuple[str, str, str]] = {}
    misses = 0
    while len(rows["series"]) < n_series:
        home = rng.choice(CITIES)
        city = home[0]
        name = rng.choice(SERIES_FORMS).format(city=city, topic=rng.choice(TOPICS))
        if name in series_names:  # about 290 distinct names: numbered beyond ~2,300 events
            misses += 1
            if misses < REPEATS_BEFORE_NUMBERING:
                continue
            name = _numbered(name, series_names)  # and so on: the pool is used up
        else:
            misses = 0
        series_names.add(name)
        sid = len(rows["series"]) + 1
        homes[sid] = home
        pools[sid] = rng.sample(range(1, n_people + 1), min(n_people, 60))
        short = "".join(w[0] for w in name.split() if w[0].isupper())
        rows["series"].append(
            {
                "id": sid,
                "uid": _uid(rng),
                "name": name,
                "short_name": short,
                "description": f"A recurring meeting on {name.lower()}.",
            }
        )

    # Popular people turn up at many events: a Zipf-like weight over everyone.
    everyone = list(range(1, n_people + 1))
    popularity = [1 / (rank**0.8) for rank in range(1, n_people + 1)]
    rng.shuffle(popularity)
    # Summed once: choices(weights=...) would sum all the weights on every draw, which at
    # 50,000 people is most of the build time. The draws are the same either way.
    cum_popularity = list(accumulate(popularity))
    rounds: dict[int, int] = defaultdict(int)
    today = date(2026, 11, 23)
    first_day = date(2014, 1, 1)
    span = (date(2027, 12, 31) - first_day).days
    slugs: set[str] = set()

    # In date order, so a series' rounds are numbered chronologically.
    starts = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(n_events))
    for eid, start in enumerate(starts, start=1):
        length = rng.choices([1, 1, 1, 2, 3, 4], k=1)[0]
        end = start + timedelta(days=length - 1)
        city, country, tz = rng.choice(CITIES)
        topic = rng.choice(TOPICS)
        sid: int | None = None
        round_number: int | None = None
        if rng.random() < 0.68:
            sid = rng.randint(1, n_series)
            if rng.random() < 0.7:
                city, country, tz = homes[sid]
            rounds[sid] += 1
            round_number = rounds[sid]
            series_name = rows["series"][sid - 1]["name"]
            title = f"{series_name}, Round {round_number}"
            kind = "dialogue" if series_name.startswith(("Trilateral", "Track")) else "roundtable"
        else:
            kind = rng.choice(KINDS)
            title = f"{topic}: {rng.choice(TITLE_ENDINGS)}"
        if end < today:
            status = "cancelled" if rng.random() < 0.05 else "held"
        else:
            status = rng.choice(["draft", "draft", "confirmed"])
        start_hour = rng.choice([9, 9, 10, 14])
        slug = _slug(f"{title} {start.year}") or "event"
        while slug in slugs:
            slug += f"-{eid}"
        slugs.add(slug)
        rows["event"].append(
            {
                "id": eid,
                "uid": _uid(rng),
                "slug": slug,
                "title": title,
                "subtitle": ""
                if rng.random() < 0.6
                else f"On {topic.lower()} in a changing region",
                "short_title": "",
                "programme": rng.choice(
                    ["", "", "Asia–Europe Programme", "Security Programme", "Youth Programme"]
                ),
                "kind": kind,
                "status": status,
                "description": f"Experts and officials discuss {topic.lower()} in {city}.",
                "summary": ""
                if status != "held"
                else "Participants agreed to meet again next year.",
                "notes": "",
                "series_id": sid,
                "round_number": round_number,
                "start_date": start,
                "end_date": end,
                "start_time": dtime(start_hour, rng.choice([0, 30])),
                "end_time": dtime(start_hour + rng.randint(2, 8), rng.choice([0, 30])),
                "timezone": tz,
                "venue_name": f"{city} {rng.choice(VENUES)}",
                "venue_room": rng.choice(ROOMS),
                "venue_street": f"{rng.randint(1, 120)} Example Street",
                "venue_city": city,
                "venue_region": "",
                "venue_postcode": f"{rng.randint(10000, 99999)}",
                "venue_country": country,
            }
        )

        for offset in range(length):
            rows["event_day"].append(
                {
                    "id": len(rows["event_day"]) + 1,
                    "event_id": eid,
                    "day_date": start + timedelta(days=offset),
                    "title": DAY_TITLES[min(offset * 2 + rng.randint(0, 1), len(DAY_TITLES) - 1)],
                    "slot_start": dtime(9, 0),
                    "slot_end": dtime(17, 30),
                    "notes": "",
                }
            )

        for sort_order, (oid, role) in enumerate(
            [(rng.randint(1, n_orgs), "host")]
            + [
                (rng.randint(1, n_orgs), rng.choice(["co_host", "partner", "sponsor", "venue"]))
                for _ in range(rng.randint(0, 3))
            ]
        ):
            key = (eid, oid, role)
            if any(
                (r["event_id"], r["organisation_id"], r["role"]) == key
                for r in rows["event_organisation"][-4:]
            ):
                continue
            rows["event_organisation"].append(
                {
                    "id": len(rows["event_organisation"]) + 1,
                    "event_id": eid,
                    "organisation_id": oid,
                    "role": role,
                    "sort_order": sort_order,
                }
            )

        delegation_ids: list[int] = []
        if kind == "dialogue":
            sides = rng.sample([c for c in CITIES if c[1] != country], k=rng.choice([2, 3]))
            for sort_order, (_c, side_country, _t) in enumerate(sides):
                if any(
                    r["event_id"] == eid and r["name"] == side_country
                    for r in rows["delegation"][-3:]
                ):
                    continue
                did = len(rows["delegation"]) + 1
                delegation_ids.append(did)
                rows["delegation"].append(
                    {
                        "id": did,
                        "event_id": eid,
                        "name": side_country,
                        "country": side_country,
                        "organisation_id": None,
                        "sort_order": sort_order,
                    }
                )

        # never more than there are people: a tiny --people must not loop for ever below
        size = min(len(everyone), max(6, min(45, int(rng.gauss(25, 7)))))
        chosen: list[int] = []
        taken: set[int] = set()
        if sid is not None:
            for pid in rng.sample(pools[sid], k=min(len(pools[sid]), size * 3 // 5)):
                chosen.append(pid)
                taken.add(pid)
        while len(chosen) < size:
            pid = rng.choices(everyone, cum_weights=cum_popularity)[0]
            if pid not in taken:
                chosen.append(pid)
                taken.add(pid)
        for precedence, pid in enumerate(chosen):
            if precedence == 0:
                role = "host"
            elif precedence == 1:
                role = rng.choice(["moderator", "chair"])
            elif precedence < 4:
                role = rng.choice(["opening_speaker", "participant"])
            else:
                role = rng.choices(
                    ["participant", "discussant", "rapporteur", "observer", "staff"],
                    weights=[70, 12, 4, 8, 6],
                )[0]
            if status == "held":
                attendance = rng.choices(["attended", "declined"], weights=[92, 8])[0]
            else:
                attendance = rng.choices(["invited", "confirmed", "declined"], weights=[5, 4, 1])[0]
            delegation = (
                delegation_ids[precedence % len(delegation_ids)] if delegation_ids else None
            )
            rows["participation"].append(
                {
                    "id": len(rows["participation"]) + 1,
                    "event_id": eid,
                    "person_id": pid,
                    "role": "delegation_member" if delegation and role == "participant" else role,
                    "delegation_id": delegation,
                    "precedence": precedence,
                    "attendance": attendance,
                    "notes": "",
                }
            )
    return Dataset(dict(rows))


# Parents before children, so foreign keys are satisfied as rows go in.
TABLE_ORDER = [
    "organisation",
    "person",
    "affiliation",
    "series",
    "event",
    "event_organisation",
    "delegation",
    "participation",
    "event_day",
]


def write_database(path: Path, dataset: Dataset) -> None:
    """Create the schema through the app's own migrations, then bulk-insert in one transaction."""
    from sqlalchemy import insert

    from roundtable.store import models
    from roundtable.store.facade import Store

    tables = models.Base.metadata.tables
    store = Store.open(str(path))
    try:
        with store.engine.begin() as conn:
            for name in TABLE_ORDER:
                if dataset.rows.get(name):
                    conn.execute(insert(tables[name]), dataset.rows[name])
    finally:
        store.close()


def database_counts(path: Path) -> tuple[int, int]:
    """(events, people) in an existing database, read with sqlite3 to avoid a migration."""
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    return events, people


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def ensure_database(path: Path, n_events: int, n_people: int, regenerate: bool) -> None:
    """Reuse a database this script made earlier; never overwrite anything else silently."""
    if path.exists() and not regenerate:
        try:
            counts = database_counts(path)
        except Exception as exc:  # any failure means "not ours"
            raise SystemExit(
                f"{path} exists but is not a benchmark database ({exc}); "
                "pass --regenerate to replace it or choose another --db"
            ) from exc
        if counts == (n_events, n_people):
            print(f"reusing {path} ({counts[0]} events, {counts[1]} people)")
            return
        raise SystemExit(
            f"{path} has {counts[0]} events and {counts[1]} people, not "
            f"{n_events} and {n_people}; pass --regenerate to rebuild it"
        )
    if path.exists() and not _is_sqlite(path):
        raise SystemExit(f"{path} is not an SQLite database; not replacing it")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    dataset = build_dataset(n_events, n_people)
    built = time.perf_counter()
    write_database(path, dataset)
    done = time.perf_counter()
    summary = ", ".join(f"{dataset.count(t)} {t}" for t in TABLE_ORDER)
    print(f"generated {path}: {summary}")
    print(
        f"  rows built in {(built - started) * 1000:.0f} ms, "
        f"written in {(done - built) * 1000:.0f} ms"
    )


# -- launching the app --------------------------------------------------------------------------


def add_database_options(parser: argparse.ArgumentParser, runs: int) -> None:
    """The options of the scripts that open the app on a generated database (people_view.py,
    events_view.py, memory.py): its file, its size, and how many runs."""
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="the database to use, built with startup.py's generator if missing (default: one "
        "per size in the temporary folder)",
    )
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument(
        "--regenerate", action="store_true", help="rebuild the database even if it exists"
    )
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")


def prepared_database(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Path:
    """The database ``add_database_options`` asked for, built if missing: ``--db``, else one
    cached per size in the temporary folder (the default size shares this script's file)."""
    if args.events < 1 or args.people < 1:
        parser.error("--events and --people must be at least 1")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    source = args.db
    if source is None:
        default_size = (args.events, args.people) == (DEFAULT_EVENTS, DEFAULT_PEOPLE)
        source = (
            DEFAULT_DB
            if default_size
            else Path(tempfile.gettempdir())
            / f"roundtable-benchmark-{args.events}-events-{args.people}-people.sqlite3"
        )
    ensure_database(source, args.events, args.people, args.regenerate)
    return source


def app_command(path: Path, extra_python_args: list[str] | None = None) -> list[str]:
    return [sys.executable, *(extra_python_args or []), "-m", "roundtable", "--db", str(path)]


def app_env(platform_name: str, config_home: Path) -> dict[str, str]:
    """The environment for a timed launch.

    XDG_CONFIG_HOME points at a scratch folder so the window layout the app saves on exit goes
    there and not into the user's real settings, and every run starts from the same settings.
    """
    env = dict(os.environ)
    # With it set, every launch would recompile the app instead of reading its .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["ROUNDTABLE_QUIT_AFTER_START"] = "1"
    env["QT_QPA_PLATFORM"] = platform_name
    env["XDG_CONFIG_HOME"] = str(config_home)
    return env


REFERENCE = Path(__file__).with_name("reference_window.py")
STAMP = re.compile(r"^roundtable-(first-paint|ready) (\d+\.\d+)$", re.MULTILINE)


@dataclass
class Launch:
    """Seconds from spawn: to the first painted window with the events list filled, to the
    main window ready (every action usable; the same moment when the app paints its main window
    first, and absent for the reference), and to exit."""

    first_paint: float
    ready: float | None
    exit: float
    stderr: str


def launch_once(cmd: list[str], env: dict[str, str], timeout: float) -> Launch:
    """Launch ``cmd`` once and read the wall-clock stamps it prints on stderr.

    The app prints ``roundtable-first-paint`` once a window with the events list is painted
    and ``roundtable-ready`` once the main window is up with every action usable
    (ROUNDTABLE_QUIT_AFTER_START=1); the exit figure adds interpreter shutdown, which a user
    never waits for.
    """
    spawned = time.time()
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(
            f"the app did not exit within {timeout:.0f} s; does this version honour "
            "ROUNDTABLE_QUIT_AFTER_START=1?"
        ) from exc
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"the app exited with {proc.returncode}:\n{proc.stderr[-4000:]}")
    stamps = {what: float(at) - spawned for what, at in STAMP.findall(proc.stderr)}
    if not stamps:
        raise SystemExit("the app did not report when its window was painted")
    first = stamps.get("first-paint", stamps.get("ready"))
    assert first is not None
    return Launch(first, stamps.get("ready"), elapsed, proc.stderr)


IMPORTTIME = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


@dataclass
class ImportTiming:
    module: str
    self_us: int
    cumulative_us: int
    depth: int


def parse_importtime(stderr: str) -> list[ImportTiming]:
    timings = []
    for line in stderr.splitlines():
        match = IMPORTTIME.match(line)
        if match:
            self_us, cumulative_us, indent, module = match.groups()
            timings.append(
                ImportTiming(module, int(self_us), int(cumulative_us), (len(indent) - 1) // 2)
            )
    return timings


def profile_imports(path: Path, env: dict[str, str], timeout: float, top: int = 15) -> None:
    """Print the imports with the largest cumulative time, self time per top-level package,
    and the outermost imports.

    Cumulative time includes what an import pulls in, so it points at the import statement to
    make lazy; the per-package totals show which dependency the time really goes to; the
    outermost imports are the statements in our code (or site.py) that started each chain.
    """
    run = launch_once(app_command(path, ["-X", "importtime"]), env, timeout)
    elapsed, stderr = run.exit, run.stderr
    timings = parse_importtime(stderr)
    if not timings:
        raise SystemExit("no -X importtime output; did the app start?")
    total_us = sum(t.self_us for t in timings)
    print(
        f"\none run with -X importtime: {elapsed * 1000:.0f} ms wall-clock, "
        f"{total_us / 1000:.0f} ms importing {len(timings)} modules "
        f"(importtime itself adds overhead)"
    )
    print(f"\n{top} most expensive imports (cumulative):")
    print(f"  {'cumulative':>10}  {'self':>8}  depth  module")
    for t in sorted(timings, key=lambda t: t.cumulative_us, reverse=True)[:top]:
        print(
            f"  {t.cumulative_us / 1000:8.1f}ms  {t.self_us / 1000:6.1f}ms  {t.depth:5d}  "
            f"{t.module}"
        )
    per_package: dict[str, int] = defaultdict(int)
    for t in timings:
        per_package[t.module.split(".")[0]] += t.self_us
    print("\nself time by top-level package:")
    for package, us in sorted(per_package.items(), key=lambda kv: kv[1], reverse=True)[:top]:
        print(f"  {us / 1000:8.1f}ms  {us / total_us:5.1%}  {package}")
    outermost = [t for t in timings if t.depth == 0]
    print("\noutermost imports (the import statements that pulled the rest in):")
    for t in sorted(outermost, key=lambda t: t.cumulative_us, reverse=True)[:top]:
        print(f"  {t.cumulative_us / 1000:8.1f}ms  {t.module}")


def describe_machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"python   {platform.python_version()} ({platform.python_implementation()}) "
        f"{sys.executable}",
        f"system   {platform.platform()}",
        f"cpu      {cpu}",
        f"cpus     {os.cpu_count()} (usable {usable})",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=DEFAULT_DB,
        help=f"benchmark database, built if missing (default {DEFAULT_DB})",
    )
    parser.add_argument(
        "--regenerate", action="store_true", help="rebuild the database even if it exists"
    )
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--runs", type=int, default=5, help="timed launches (default 5)")
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        help="untimed launches first, so .pyc files and the disk cache are warm",
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="QT_QPA_PLATFORM: offscreen (default) or xcb for a real X/Xvfb",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per launch")
    parser.add_argument("--generate-only", action="store_true", help="build the database and stop")
    parser.add_argument(
        "--no-reference",
        dest="reference",
        action="store_false",
        help="skip the bare PySide6 window launched before each run",
    )
    parser.add_argument(
        "--profile-imports",
        action="store_true",
        help="also run once with -X importtime and list the slowest imports",
    )
    args = parser.parse_args(argv)
    if args.events < 1 or args.people < 1:
        parser.error("--events and --people must be at least 1")
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs an X server: set DISPLAY or use xvfb-run -a")
    ensure_database(args.db, args.events, args.people, args.regenerate)
    if args.generate_only:
        return 0

    with tempfile.TemporaryDirectory(prefix="roundtable-bench-config-") as config_home:
        env = app_env(args.platform, Path(config_home))
        time_launches(args, env)
        if args.profile_imports:
            profile_imports(args.db, env, args.timeout)
    return 0


def time_launches(args: argparse.Namespace, env: dict[str, str]) -> list[float]:
    """Launch the app ``args.runs`` times after ``args.warmup`` untimed launches, each after a
    launch of the bare PySide6 reference (unless ``--no-reference``); first-paint ms per run."""
    cmd = app_command(args.db)
    reference = [sys.executable, str(REFERENCE)]
    print("\nRoundtable start-up benchmark")
    for line in describe_machine():
        print(f"  {line}")
    print(f"  platform {args.platform}")
    print(f"  command  {' '.join(cmd)}")
    if args.reference:
        print(f"  reference {' '.join(reference)} (launched before each run)")
    print(f"  runs     {args.runs} timed after {args.warmup} warm-up")
    for _ in range(args.warmup):
        launch_once(cmd, env, args.timeout)
        if args.reference:
            launch_once(reference, env, args.timeout)
    figures: dict[str, list[float]] = defaultdict(list)
    for i in range(args.runs):
        line = f"  run {i + 1}:"
        if args.reference:
            bare = launch_once(reference, env, args.timeout)
            figures["reference_first_paint"].append(bare.first_paint * 1000)
            line += f" reference {bare.first_paint * 1000:.0f} ms,"
        run = launch_once(cmd, env, args.timeout)
        figures["startup_first_paint"].append(run.first_paint * 1000)
        figures["startup_ready"].append((run.ready or run.first_paint) * 1000)
        figures["startup_exit"].append(run.exit * 1000)
        print(
            f"{line} first paint {run.first_paint * 1000:.0f} ms, window ready "
            f"{(run.ready or run.first_paint) * 1000:.0f} ms, exit {run.exit * 1000:.0f} ms"
        )
    labels = {
        "reference_first_paint": "bare PySide6 window with a 200-row tree, painted",
        "startup_first_paint": "spawn to first painted window, events listed",
        "startup_ready": "spawn to main window ready",
        "startup_exit": "spawn to exit",
    }
    for name, values in figures.items():
        print(
            f"\n{labels[name]}: min {min(values):.0f} ms, "
            f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms"
        )
    ratio = None
    if args.reference:
        ratio = statistics.median(figures["startup_first_paint"]) / statistics.median(
            figures["reference_first_paint"]
        )
        print(f"\nfirst paint / reference (medians): {ratio:.2f}x")
    events, people = database_counts(args.db)
    for name, values in figures.items():
        record: dict[str, Any] = {
            "name": name,
            "median_ms": round(statistics.median(values), 2),
            "runs": len(values),
            "min_ms": round(min(values), 2),
            "max_ms": round(max(values), 2),
            "events": events,
            "people": people,
            "platform": args.platform,
        }
        if name == "startup_first_paint" and ratio is not None:
            record["ratio_to_reference"] = round(ratio, 2)
        print(json.dumps(record), flush=True)
    return figures["startup_first_paint"]


if __name__ == "__main__":
    sys.exit(main())
