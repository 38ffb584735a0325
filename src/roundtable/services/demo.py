"""The example events: the two real event pages in ``shared/seeds``, fact for fact.

They are written as event bundles and loaded through the ordinary import, so the demo also
exercises the path users take to move events between machines. Uids are fixed, which makes
loading twice a no-op and lets the same person or organisation be shared between events.
"""

from __future__ import annotations

import uuid
from typing import Any

from roundtable.domain.edits import Batch
from roundtable.services.bundle import FORMAT, VERSION, existing_event_for, import_edit

_NAMESPACE = uuid.UUID("5f0c7f43-9d51-4c59-9a0e-7d1a1bc3a001")


def _uid(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


def _org(key: str, name: str, short: str, kind: str, country: str) -> dict[str, Any]:
    return {
        "uid": _uid("org:" + key),
        "name": name,
        "short_name": short,
        "kind": kind,
        "country": country,
        "website": "",
        "notes": "",
    }


ORGS = {
    o["short_name"] or o["name"]: o
    for o in [
        _org("usji", "U.S.-Japan Research Institute", "USJI", "think_tank", "United States"),
        _org("gmu", "George Mason University", "GMU", "university", "United States"),
        _org("uw", "University of Washington", "UW", "university", "United States"),
        _org("wilson", "Woodrow Wilson Center", "Wilson Center", "think_tank", "United States"),
        _org("cfni", "Center for the National Interest", "CFTNI", "think_tank", "United States"),
        _org("kyushu", "Kyushu University", "Kyushu U.", "university", "Japan"),
        _org("hokkaido", "Hokkaido University", "Hokkaido U.", "university", "Japan"),
        _org(
            "ncafp",
            "National Committee on American Foreign Policy",
            "NCAFP",
            "think_tank",
            "United States",
        ),  # fmt: skip
        _org("riac", "Russian International Affairs Council", "RIAC", "think_tank", "Russia"),
        _org("tokyo-foundation", "Tokyo Foundation", "", "think_tank", "Japan"),
        _org("embassy-japan-russia", "Embassy of Japan in Russia", "", "government", "Japan"),
    ]
}


def _person(
    key: str,
    given: str,
    family: str,
    affiliations: list[tuple[str, str]],
    *,
    native: str = "",
    honorific: str = "",
    country: str = "",
) -> dict[str, Any]:
    return {
        "uid": _uid("person:" + key),
        "honorific": honorific,
        "given_name": given,
        "family_name": family,
        "name_order": "given_first",
        "native_name": native,
        "country": country,
        "email": "",
        "phone": "",
        "website": "",
        "bio": "",
        "notes": "",
        "affiliations": [
            {"organisation": ORGS[org]["uid"], "position": position}
            for org, position in affiliations
        ],
    }


def _bundle(series, people, event) -> dict[str, Any]:
    used = {a["organisation"] for p in people for a in p["affiliations"]}
    used |= {o["organisation"] for o in event["organisations"]}
    used |= {d["organisation"] for d in event["delegations"] if d["organisation"]}
    return {
        "format": FORMAT,
        "version": VERSION,
        "series": series,
        "organisations": [o for o in ORGS.values() if o["uid"] in used],
        "people": people,
        "event": event,
    }


def _event(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "subtitle": "",
        "short_title": "",
        "programme": "",
        "status": "held",
        "summary": "",
        "notes": "",
        "round_number": None,
        "start_time": None,
        "end_time": None,
        "organisations": [],
        "delegations": [],
        "participants": [],
        "days": [],
        "attachments": [],
        "seating_plans": [],
    }
    venue = {k: "" for k in ("name", "room", "street", "city", "region", "postcode", "country")}
    venue.update(fields.pop("venue"))
    base.update(fields, venue=venue)
    return base


def _item(
    kind: str, title: str, minutes: int, *, chair=None, speakers=(), description="", turns=None
):
    """An agenda item; ``turns`` gives each speaker's speaking minutes (default: none set)."""
    turns = turns or [None] * len(speakers)
    return {
        "kind": kind,
        "title": title,
        "description": description,
        "duration_minutes": minutes,
        "anchor": None,
        "room": "",
        "chair": chair["uid"] if chair else None,
        "speakers": [
            {"person": s["uid"], "speaking_minutes": m}
            for s, m in zip(speakers, turns, strict=True)
        ],
    }


def _participants(entries: list[tuple[dict[str, Any], str, str]]) -> list[dict[str, Any]]:
    return [
        {
            "person": person["uid"],
            "role": role,
            "delegation": delegation,
            "precedence": index,
            "attendance": "attended",
            "notes": "",
        }
        for index, (person, role, delegation) in enumerate(entries, start=1)
    ]


def _plan(name: str, seats: int, *, day=None, notes="", taken=()) -> dict[str, Any]:
    """A round-table plan; ``taken`` lists (seat, person or None, label) for the used seats."""
    return {
        "name": name,
        "shape": "round",
        "seat_count": seats,
        "seats_per_side": None,
        "head_seat": 1,
        "rows": None,
        "day": day,
        "notes": notes,
        "seats": [
            {
                "number": number,
                "person": person["uid"] if person else None,
                "locked": False,
                "label": label,
            }
            for number, person, label in taken
        ],
        "pair_rules": [],
    }


# -- DC Policy Forum roundtable, 26 February 2018 -------------------------------------------

DC_DESCRIPTION = """\
US relations with Russia have become a major focus in Washington following the election of \
President Trump. US-Russian relations had been on ice since the crisis in Ukraine, and while it \
was widely believed that the election of Trump would offer the possibility for a reset, this has \
not been forthcoming. Suspicions over Russia’s interference in the election have further \
undermined an already fragile relationship.

By contrast, Japan under PM Abe has consistently sought better relations with Russia. Although \
officially signed up to the international sanctions over Ukraine, Japan ignored the advice of \
the Obama administration and seductively dangled prospects of economic cooperation in front of \
President Putin. However, this made no impression on the latter, who demolished Japan’s hopes \
of a Northern Territories resolution (with the return of two islands) in the December 2016 \
Leaders’ Summit, while also succeeding in dividing Japan from the rest of the G7. Despite the \
presence of the US-Japan Security Alliance, therefore, the two countries are out of step when \
it comes to relations with Russia. This workshop will focus on how we should think about \
US-Japan relations with the Russian bear in the room.

Additionally, the session will consider how this affects relations with an increasingly \
prominent China and the possible response to the threat of North Korea, which with its nuclear \
development and missiles appears the principle threat looming over the region. Understandings \
regarding these challenges also have an influence on the place of Russia within the US-Japan \
Security Alliance.

Drawing upon the panelists combined expertise in US-Russia, Russia-Korea, Russia China and \
Russia-Japan relations, this session will demonstrate the value of triangulating these issues \
when thinking about the role of Russia in US-Japan relations, and look to how these various \
challenges are potentially able to be overcome through the Alliance."""

CORREA = _person("correa-cabrera", "Guadalupe", "Correa Cabrera", [("GMU", "")])
HA = _person("ha-yong-chool", "Yong-Chool", "Ha", [("UW", "")], native="하용출")
ROJANSKY = _person("rojansky", "Matthew", "Rojansky", [("Wilson Center", "")])
SAUNDERS = _person("saunders", "Paul J.", "Saunders", [("CFTNI", "")])
IWASHITA = _person(
    "iwashita", "Akihiro", "Iwashita", [("Kyushu U.", ""), ("Hokkaido U.", "")], native="岩下明裕"
)
GOLUNOV = _person("golunov", "Serghei", "Golunov", [("Kyushu U.", "")], native="Сергей Голунов")
BOYLE = _person("boyle", "Edward", "Boyle", [("Kyushu U.", "")])

DC_ROUNDTABLE = _bundle(
    None,
    [CORREA, HA, ROJANSKY, SAUNDERS, IWASHITA, GOLUNOV, BOYLE],
    _event(
        uid=_uid("event:dc-policy-forum-2018-02-26"),
        slug="dc-policy-forum-russia-us-japan-alliance-2018",
        title="Russia in the US-Japan Alliance? Beyond Chinese and North Korean Challenges",
        short_title="DC Policy Forum on Russia in the US-Japan Alliance",
        programme="DC Policy Forum",
        kind="roundtable",
        description=DC_DESCRIPTION,
        notes="The event page links to a flyer (“See the flyer HERE.”); the flyer file itself "
        "was not supplied with the page, so it is not attached. The agenda’s split of the "
        "90-minute slot (10 minutes’ opening remarks, 60 minutes’ discussion, 20 minutes’ Q&A) "
        "is illustrative: the page gives only the slot, the host, the panel and the moderator.",
        start_date="2018-02-26",
        end_date="2018-02-26",
        start_time="10:30",
        end_time="12:00",
        timezone="America/New_York",
        venue={
            "name": "USJI Office",
            "room": "Seminar Room",
            "street": "2000 M Street",
            "city": "Washington",
            "region": "DC",
            "postcode": "20006",
            "country": "United States",
        },
        organisations=[{"organisation": ORGS["USJI"]["uid"], "role": "venue"}],
        participants=_participants(
            [
                (CORREA, "host", ""),
                (HA, "participant", ""),
                (ROJANSKY, "participant", ""),
                (SAUNDERS, "participant", ""),
                (IWASHITA, "participant", ""),
                (GOLUNOV, "participant", ""),
                (BOYLE, "moderator", ""),
            ]
        ),
        days=[
            {
                "date": "2018-02-26",
                "title": "",
                "slot_start": "10:30",
                "slot_end": "12:00",
                "notes": "",
                # The page gives the 90-minute slot, the host, the panel and the moderator.
                "items": [
                    _item("opening_remarks", "Opening remarks", 10, speakers=[CORREA]),
                    _item(
                        "roundtable_discussion",
                        "Russia in the US-Japan Alliance? Beyond Chinese and North Korean "
                        "Challenges",
                        60,
                        chair=BOYLE,
                        speakers=[HA, ROJANSKY, SAUNDERS, IWASHITA, GOLUNOV],
                    ),
                    _item("qa", "Q&A", 20, chair=BOYLE),
                ],
            }
        ],
        # The page gives no seating. These are the seats auto seating gives seven people at a
        # round table (tests/test_demo_seating.py checks it): the moderator at the head, the
        # host at his right, the panel by precedence alternating right and left.
        seating_plans=[
            _plan(
                "Round table, Seminar Room",
                7,
                day="2018-02-26",
                notes="Moderator at the head, host at his right, the panel in the page’s "
                "order, alternating right and left of the head.",
                taken=[
                    (1, BOYLE, ""),
                    (2, CORREA, ""),
                    (3, ROJANSKY, ""),
                    (4, IWASHITA, ""),
                    (5, GOLUNOV, ""),
                    (6, SAUNDERS, ""),
                    (7, HA, ""),
                ],
            )
        ],
    ),
)

# -- U.S.-Japan-Russia Trilateral, rounds 1 (New York 2016) and 2 (Moscow 2017) -------------

TRILATERAL = {
    "uid": _uid("series:us-japan-russia-trilateral"),
    "name": "U.S.-Japan-Russia Trilateral",
    "short_name": "Trilateral",
    "description": "The U.S.-Japan-Russia Trilateral Dialogue, in which participants from the "
    "three countries discuss current aspects of trilateral relations.",
}

ROUND_1 = _bundle(
    TRILATERAL,
    [],
    _event(
        uid=_uid("event:trilateral-round-1"),
        slug="us-japan-russia-trilateral-round-1-2016",
        title="U.S.-Japan-Russia Trilateral: First Round",
        kind="dialogue",
        round_number=1,
        description="The first round of the U.S.-Japan-Russia Trilateral was held at NCAFP "
        "Headquarters in New York City on March 10-11, 2016.",
        notes="Known from the second round’s page, which names the venue and dates only.",
        start_date="2016-03-10",
        end_date="2016-03-11",
        timezone="America/New_York",
        venue={
            "name": "NCAFP Headquarters",
            "city": "New York City",
            "region": "NY",
            "country": "United States",
        },
        organisations=[{"organisation": ORGS["NCAFP"]["uid"], "role": "host"}],
        days=[
            {"date": d, "title": "", "slot_start": None, "slot_end": None, "notes": ""}
            for d in ("2016-03-10", "2016-03-11")
        ],
    ),
)

ROUND_2_DESCRIPTION = """\
The second round of a U.S.-Japan-Russia Trilateral was held in Moscow on March 15-16, 2017. \
The first round was held at NCAFP Headquarters in New York City on March 10-11, 2016.

The NCAFP partnered with the Russian International Affairs Council (RIAC) and the Tokyo \
Foundation for a discussion of current aspects of trilateral relations. Japanese Ambassador to \
Russia Toyohisa Kozuki and Andrey Kortunov, Director General of RIAC, opened the event."""

ROUND_2_SUMMARY = """\
Participants from the three countries discussed Russia-Japan relations after President Putin’s \
visit to Tokyo, U.S.-Russia relations over Ukraine and Syria under the new U.S. Administration, \
U.S.-China relations under the new Administration and implications for Russia and Japan, and \
turmoil on the Korean Peninsula and potential for cooperation between the United States, Japan \
and Russia on this issue.

The first day of meetings in Moscow

Participants noted that the President Putin-Prime Minister Abe meeting marked progress in \
Moscow-Tokyo relations yet obstacles to rapprochement remain. The sovereignty of the Northern \
Territories/Kirill Islands is still in question, although Russia and Japan have agreed to \
explore joint economic development initiatives in the area. Japanese participants confirmed \
Japan’s commitment to adhering to sanctions imposed by G-7 countries in response to Russian \
actions in Ukraine, limiting prospects for Japanese investment in Russia.

The second day of meetings in Moscow

Regarding U.S.-Russia relations, some participants emphasized that serious differences between \
Russia and the West remained regarding Russian actions in Ukraine and Syria. Certain basic \
principles of the international order were at stake. Further, alleged Russian interference in \
U.S. elections cast a damper on efforts to improve the relationship. That said, participants \
agreed that there was a need for dialogue and that there are areas where U.S.-Russian \
cooperation is essential. Most notably regarding global challenges such as proliferation and \
terrorism. Several participants lamented the lack of political dialogue and an apparent \
resumption of the arms race.

U.S. relations with China going forward would impact both Japan and Russia, noted Russian and \
Japanese participants. Experts discussed whether Russia had an interest in improving relations \
with the United States as a way to gain leverage in its bilateral relations with China, which \
still remain critical to Russia’s security and economic development.

The Trilateral concluded with a discussion of the Korean Peninsula and opportunities for the \
United States, Japan and Russia to cooperate on this issue. Participants agreed on the urgency \
of dealing with a nuclear-armed North Korea, which threatened not only regional but also global \
security. They stressed the need to transform DPRK from a rogue state into a legitimate actor \
internationally.

Finally, participants expressed their support to continue the U.S.-Japan-Russia Trilateral \
Dialogue on a regular basis."""

KOZUKI = _person(
    "kozuki",
    "Toyohisa",
    "Kozuki",
    [("Embassy of Japan in Russia", "Japanese Ambassador to Russia")],
    native="上月豊久",
    honorific="Ambassador",
    country="Japan",
)
KORTUNOV = _person(
    "kortunov",
    "Andrey",
    "Kortunov",
    [("RIAC", "Director General")],
    native="Андрей Кортунов",
    country="Russia",
)

ROUND_2 = _bundle(
    TRILATERAL,
    [KOZUKI, KORTUNOV],
    _event(
        uid=_uid("event:trilateral-round-2"),
        slug="us-japan-russia-trilateral-round-2-2017",
        title="U.S.-Japan-Russia Trilateral: Second Round",
        kind="dialogue",
        round_number=2,
        description=ROUND_2_DESCRIPTION,
        summary=ROUND_2_SUMMARY,
        notes="Photo caption on the event page: “Members of the NCAFP delegation sit beside "
        "their Russian and Japanese counterparts.” The agenda follows the page’s opening "
        "speakers and day topics; its times and durations are illustrative, as the page "
        "gives none. The log is illustrative too: its points come from the page’s summary, "
        "while its times, timings and the action item are plausible, not reported.",
        start_date="2017-03-15",
        end_date="2017-03-16",
        timezone="Europe/Moscow",
        venue={"city": "Moscow", "country": "Russia"},
        organisations=[
            {"organisation": ORGS["NCAFP"]["uid"], "role": "host"},
            {"organisation": ORGS["RIAC"]["uid"], "role": "partner"},
            {"organisation": ORGS["Tokyo Foundation"]["uid"], "role": "partner"},
        ],
        delegations=[
            {
                "name": "NCAFP delegation",
                "country": "United States",
                "organisation": ORGS["NCAFP"]["uid"],
            },
            {
                "name": "Russian delegation",
                "country": "Russia",
                "organisation": ORGS["RIAC"]["uid"],
            },
            {
                "name": "Japanese delegation",
                "country": "Japan",
                "organisation": ORGS["Tokyo Foundation"]["uid"],
            },
        ],  # fmt: skip
        participants=_participants(
            [
                (KOZUKI, "opening_speaker", "Japanese delegation"),
                (KORTUNOV, "opening_speaker", "Russian delegation"),
            ]
        ),
        days=[
            {
                "date": "2017-03-15",
                "title": "Russia-Japan relations after President Putin’s visit to Tokyo",
                "slot_start": None,
                "slot_end": None,
                "notes": "The first day of meetings in Moscow",
                "items": [
                    _item(
                        "opening_remarks",
                        "Opening remarks",
                        30,
                        speakers=[KOZUKI, KORTUNOV],
                        turns=[15, 15],
                    ),  # fmt: skip
                    _item(
                        "session",
                        "Russia-Japan relations after President Putin’s visit to Tokyo",
                        150,
                    ),
                ],
            },
            {
                "date": "2017-03-16",
                "title": "U.S.-Russia relations over Ukraine and Syria under the new U.S. "
                "Administration; U.S.-China relations under the new Administration and "
                "implications for Russia and Japan; the Korean Peninsula and potential for "
                "cooperation between the United States, Japan and Russia",
                "slot_start": None,
                "slot_end": None,
                "notes": "The second day of meetings in Moscow",
                "items": [
                    _item(
                        "session",
                        "U.S.-Russia relations over Ukraine and Syria under the new U.S. "
                        "Administration",
                        90,
                    ),
                    _item(
                        "session",
                        "U.S.-China relations under the new Administration and implications "
                        "for Russia and Japan",
                        90,
                    ),
                    _item(
                        "closing",
                        "The Korean Peninsula and opportunities for the United States, Japan "
                        "and Russia to cooperate",
                        90,
                    ),
                ],
            },
        ],
        # The photo caption: members of each delegation sit beside counterparts from the other
        # two. The page names only the two opening speakers, so the other seats are reserved
        # for the delegations by label, never filled with invented people; the table's size is
        # illustrative (three per delegation).
        seating_plans=[
            _plan(
                "Round table, Moscow",
                9,
                notes="Delegations alternate round the table, so each member sits beside "
                "counterparts from the other two delegations (the event page’s photo "
                "caption). The page names only the two opening speakers; the other seats are "
                "reserved for the delegations’ members, and three seats per delegation is an "
                "assumption.",
                taken=[
                    (1, KOZUKI, ""),
                    (2, KORTUNOV, ""),
                    (3, None, "NCAFP delegation"),
                    (4, None, "Japanese delegation"),
                    (5, None, "Russian delegation"),
                    (6, None, "NCAFP delegation"),
                    (7, None, "Japanese delegation"),
                    (8, None, "Russian delegation"),
                    (9, None, "NCAFP delegation"),
                ],
            )
        ],
    ),
)


def _entry(at: str, text: str, category: str = "note", *, day: str | None = None,
           index: int | None = None, people=(), ends: str | None = None, span: str = "none",
           revisions=()) -> dict[str, Any]:  # fmt: skip
    """A log entry; times are UTC (Moscow was UTC+3), written by the round's rapporteur."""
    return {
        "uid": _uid(f"log:round-2:{at}:{text[:20]}"),
        "at": at,
        "ends_at": ends,
        "category": category,
        "span": span,
        "text": text,
        "author": "NCAFP rapporteur",
        "created_at": ends or at,
        "item": {"day": day, "index": index} if day else None,
        "people": [p["uid"] for p in people],
        "revisions": [
            {"text": t, "replaced_at": when, "replaced_by": "NCAFP rapporteur"}
            for t, when in revisions
        ],
    }


def _timing(start: str, end: str, text: str, day: str, index: int, person=None):
    return _entry(start, text, "timing", day=day, index=index, ends=end,
                  span="speaker" if person else "item",
                  people=[person] if person else [])  # fmt: skip


D1, D2 = "2017-03-15", "2017-03-16"
ROUND_2["event"]["log"] = {
    "entries": [
        _timing("2017-03-15T06:04:00Z", "2017-03-15T06:36:00Z",
                "“Opening remarks” ran 32:00 (planned 30:00)", D1, 0),
        _timing("2017-03-15T06:04:00Z", "2017-03-15T06:19:30Z",
                "Toyohisa Kozuki spoke 15:30 on “Opening remarks” (allowed 15:00)", D1, 0, KOZUKI),
        _entry("2017-03-15T06:05:00Z", "Japanese Ambassador to Russia Toyohisa Kozuki and "
               "Andrey Kortunov, Director General of RIAC, opened the event.",
               day=D1, index=0, people=[KOZUKI, KORTUNOV]),
        _timing("2017-03-15T06:20:00Z", "2017-03-15T06:36:00Z",
                "Andrey Kortunov spoke 16:00 on “Opening remarks” (allowed 15:00)", D1, 0,
                KORTUNOV),
        _timing("2017-03-15T06:50:00Z", "2017-03-15T09:25:00Z",
                "“Russia-Japan relations after President Putin’s visit to Tokyo” ran 2:35:00 "
                "(planned 2:30:00)", D1, 1),
        _entry("2017-03-15T07:30:00Z", "Participants noted that the President Putin-Prime "
               "Minister Abe meeting marked progress in Moscow-Tokyo relations, yet obstacles "
               "to rapprochement remain.", day=D1, index=1,
               revisions=[("Putin-Abe meeting: progress, obstacles remain.",
                           "2017-03-15T09:40:00Z")]),
        _entry("2017-03-15T08:40:00Z", "Japanese participants confirmed Japan’s commitment "
               "to adhering to sanctions imposed by G-7 countries in response to Russian "
               "actions in Ukraine.", day=D1, index=1),
        _entry("2017-03-15T09:30:00Z", "First day closed; the delegations reconvene at 09:00.",
               "logistics"),
        _timing("2017-03-16T06:00:00Z", "2017-03-16T07:38:00Z",
                "“U.S.-Russia relations over Ukraine and Syria under the new U.S. "
                "Administration” ran 1:38:00 (planned 1:30:00)", D2, 0),
        _entry("2017-03-16T07:20:00Z", "Participants agreed that there was a need for dialogue "
               "and that U.S.-Russian cooperation is essential on global challenges such as "
               "proliferation and terrorism.", day=D2, index=0),
        _timing("2017-03-16T07:55:00Z", "2017-03-16T09:22:00Z",
                "“U.S.-China relations under the new Administration and implications for "
                "Russia and Japan” ran 1:27:00 (planned 1:30:00)", D2, 1),
        _timing("2017-03-16T09:35:00Z", "2017-03-16T11:10:00Z",
                "“The Korean Peninsula and opportunities for the United States, Japan and "
                "Russia to cooperate” ran 1:35:00 (planned 1:30:00)", D2, 2),
        _entry("2017-03-16T11:00:00Z", "Participants expressed their support to continue the "
               "U.S.-Japan-Russia Trilateral Dialogue on a regular basis.", "decision",
               day=D2, index=2),
        _entry("2017-03-16T11:12:00Z", "Circulate the summary of the discussion to the three "
               "delegations.", "action_item"),
    ],
    "changes": [],
}  # fmt: skip

DEMO_BUNDLES = (DC_ROUNDTABLE, ROUND_1, ROUND_2)


def demo_edit(store) -> Batch | None:
    """The example events that are not there yet, as one edit; None when all are there."""
    edits = tuple(
        import_edit(store, bundle)
        for bundle in DEMO_BUNDLES
        if existing_event_for(store, bundle) is None
    )
    return Batch(edits=edits, text="Load example events") if edits else None


def load_demo(store) -> list[int]:
    """Load the example events that are not there yet; return the ids of those created."""
    edit = demo_edit(store)
    return list(store.apply(edit).result) if edit is not None else []
