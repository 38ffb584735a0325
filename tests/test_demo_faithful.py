"""The example events say everything the two seed pages say.

Every line of each page in ../shared/seeds must be found in what Roundtable holds for the
events (the text of ``show``, its JSON, and the names as the pages write them), apart from the
page chrome listed below. A fact dropped from the demo fails this test.
"""

import json
import re
from pathlib import Path

import pytest

from roundtable.domain.names import name_with_affiliation
from roundtable.services.demo import load_demo
from roundtable.services.event_text import event_json, event_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Lines that are website furniture or headings, not facts; each says where the fact went.
CHROME = {
    "Close": "site navigation",
    "Please enter your username or email address. You will receive a link to create a new "
    "password via email.": "site login form",
    "Hosted by:": "heading: the host is a participant with role host",
    "Roundtable Participants:": "heading: role participant",
    "Moderated by:": "heading: role moderator",
    "Summary": "heading: the event's summary field",
    "U.S.-Japan- Russia Trilateral": "the series name, with a stray space on the page",
    "See the flyer HERE.": "recorded in the event notes (the flyer file was not supplied)",
    "26 February 2018 (10:30-12:00)": "checked as fields in test_dc_roundtable_facts",
    "USJI Office Seminar Room, 2000 M Street, Washington DC 20006": "checked as fields",
}


def _norm(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').strip().strip('"')
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from roundtable.store.facade import Store

    store = Store.open(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    load_demo(store)
    events = [store.get_event(e.id) for e in store.list_events()]
    texts = []
    for event in events:
        texts.append(event_text(event))
        texts.append(json.dumps(event_json(event), ensure_ascii=False))
        texts += [name_with_affiliation(p.person) for p in event.participants]
        texts += [d.notes for d in event.days]
    store.close()
    return _norm(" \n ".join(texts)), {e.slug: e for e in events}


@pytest.mark.parametrize(
    "page", ["dc-policy-forum-roundtable.txt", "us-japan-russia-trilateral.txt"]
)
def test_every_line_of_the_page_is_held(corpus, page):
    path = SEEDS / page
    if not path.exists():
        pytest.skip(f"seed page {path} not present")
    text, _ = corpus
    missing = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = _norm(line)
        if not line or line in CHROME:
            continue
        if line not in text:
            missing.append(line)
    assert not missing, f"facts of {page} not in the demo:\n" + "\n".join(missing)


def test_dc_roundtable_facts(corpus):
    from datetime import date, time

    _, events = corpus
    dc = events["dc-policy-forum-russia-us-japan-alliance-2018"]
    assert dc.programme == "DC Policy Forum"
    assert (dc.start_date, dc.end_date) == (date(2018, 2, 26), date(2018, 2, 26))
    assert (dc.start_time, dc.end_time) == (time(10, 30), time(12, 0))
    assert dc.timezone == "America/New_York"
    v = dc.venue
    assert (v.name, v.room, v.street, v.city, v.region, v.postcode) == (
        "USJI Office", "Seminar Room", "2000 M Street", "Washington", "DC", "20006",
    )  # fmt: skip
    roles = {name_with_affiliation(p.person): p.role.value for p in dc.participants}
    assert roles == {
        "Guadalupe Correa Cabrera (George Mason University)": "host",
        "Yong-Chool Ha (University of Washington)": "participant",
        "Matthew Rojansky (Woodrow Wilson Center)": "participant",
        "Paul J. Saunders (Center for the National Interest)": "participant",
        "Akihiro Iwashita (Kyushu University / Hokkaido University)": "participant",
        "Serghei Golunov (Kyushu University)": "participant",
        "Edward Boyle (Kyushu University)": "moderator",
    }
    assert [len(p.person.affiliations) for p in dc.participants if p.person.family_name
            == "Iwashita"] == [2]  # fmt: skip
    natives = {p.person.family_name: p.person.native_name for p in dc.participants}
    assert natives["Ha"] == "하용출"
    assert (dc.days[0].slot_start, dc.days[0].slot_end) == (time(10, 30), time(12, 0))


def test_trilateral_facts(corpus):
    from datetime import date

    _, events = corpus
    r1 = events["us-japan-russia-trilateral-round-1-2016"]
    r2 = events["us-japan-russia-trilateral-round-2-2017"]
    assert r1.series.name == r2.series.name == "U.S.-Japan-Russia Trilateral"
    assert (r1.round_number, r2.round_number) == (1, 2)
    assert (r1.start_date, r1.end_date) == (date(2016, 3, 10), date(2016, 3, 11))
    assert (r1.venue.name, r1.venue.city) == ("NCAFP Headquarters", "New York City")
    assert (r2.start_date, r2.end_date) == (date(2017, 3, 15), date(2017, 3, 16))
    assert r2.venue.city == "Moscow" and r2.timezone == "Europe/Moscow"
    orgs = {(o.organisation.short_name or o.organisation.name, o.role.value)
            for o in r2.organisations}  # fmt: skip
    assert orgs == {("NCAFP", "host"), ("RIAC", "partner"), ("Tokyo Foundation", "partner")}
    assert [d.name for d in r2.delegations] == [
        "NCAFP delegation", "Russian delegation", "Japanese delegation",
    ]  # fmt: skip
    speakers = {p.person.native_name: (p.role.value, p.delegation) for p in r2.participants}
    assert speakers == {
        "上月豊久": ("opening_speaker", "Japanese delegation"),
        "Андрей Кортунов": ("opening_speaker", "Russian delegation"),
    }
    kozuki = next(p.person for p in r2.participants if p.person.family_name == "Kozuki")
    assert kozuki.honorific == "Ambassador"
    assert [d.day_date for d in r2.days] == [date(2017, 3, 15), date(2017, 3, 16)]
    assert "Putin’s visit to Tokyo" in r2.days[0].title
    assert "Korean Peninsula" in r2.days[1].title
    assert r2.summary.startswith("Participants from the three countries")
