"""Every number and text has a range, kept at every door: a hostile bundle is refused by the CLI
in one line with exit 1 and the database unchanged; the store refuses the same values from any
edit; and whatever the store accepts, ``show`` and the exports can print."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_db
from sqlalchemy import String

from roundtable.domain import limits
from roundtable.domain.edits.agenda import SetItemFields
from roundtable.domain.edits.people import EditPerson
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES, load_demo
from roundtable.store import models as m


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_database) -> Path:
    return shutil.copyfile(demo_database, tmp_path_factory.mktemp("limits") / "demo.sqlite3")


def bundle_text(change) -> str:
    """Round 2's bundle as JSON, with ``change`` applied to the parsed document (or, given a
    pair of strings, to the text: for what Python's json would never write)."""
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    bundle["event"]["uid"] = "hostile-0001"
    bundle["event"]["slug"] = "hostile"
    if callable(change):
        change(bundle)
        return json.dumps(bundle, ensure_ascii=True)
    old, new = change
    if old == SENTINEL:
        item(bundle)["duration_minutes"] = SENTINEL
    text = json.dumps(bundle, ensure_ascii=True)
    assert text.count(str(old)) == 1
    return text.replace(str(old), new, 1)


def item(bundle) -> dict:
    return bundle["event"]["days"][0]["items"][0]


def setter(*path_and_value):
    *path, value = path_and_value

    def change(bundle):
        target = bundle
        for key in path[:-1]:
            target = target[key] if not callable(key) else key(target)
        target[path[-1]] = value

    return change


TITLE = '"title": "U.S.-Japan-Russia Trilateral: Second Round"'
SENTINEL = 7_654_321  # a duration written in place of what Python's json would never write
HOSTILE = {
    "duration of 10**12": (
        lambda bundle: item(bundle).update(duration_minutes=10**12),
        "event.days[0].items[0].duration_minutes: must be at most 1,440",
    ),
    "duration of a day and a minute": (
        lambda bundle: item(bundle).update(duration_minutes=1441),
        "duration_minutes: must be at most 1,440",
    ),
    "precedence of 2**70": (
        setter("event", "participants", 0, "precedence", 2**70),
        "holds a number with 22 digits",
    ),
    "precedence of 2**40": (
        setter("event", "participants", 0, "precedence", 2**40),
        "event.participants[0].precedence: must be at most 1,000,000",
    ),
    "negative precedence": (
        setter("event", "participants", 0, "precedence", -1),
        "precedence: must be at least 0",
    ),
    "round 10**9": (setter("event", "round_number", 10**9), "round_number: must be at most 999"),
    "a million seats": (
        lambda bundle: bundle["event"]["seating_plans"][0].update(seat_count=10**6),
        "seating_plans[0].seat_count: must be at most 2,000",
    ),
    "speaking for a week": (
        lambda bundle: item(bundle)["speakers"][0].update(speaking_minutes=7 * 1440),
        "speaking_minutes: must be at most 1,440",
    ),
    "a log entry's item far away": (
        lambda bundle: bundle["event"]["log"]["entries"][0].update(
            item={"day": "2017-03-15", "index": 10**9}
        ),
        "index: must be at most 499",
    ),
    "a day of 501 items": (
        lambda bundle: bundle["event"]["days"][0].update(items=[item(bundle)] * 501),
        "event.days[0].items: more than 500 entries",
    ),
    "NaN": ((SENTINEL, "NaN"), "holds NaN"),
    "Infinity": ((SENTINEL, "Infinity"), "holds Infinity"),
    "-Infinity": ((SENTINEL, "-Infinity"), "holds -Infinity"),
    "1e999": ((SENTINEL, "1e999"), "expected integer"),
    "a number of 5,000 digits": (
        (SENTINEL, "9" * 5000),
        "holds a number with 5,000 digits",
    ),
    "brackets 100,000 deep": (
        (SENTINEL, "[" * 100_000 + "]" * 100_000),
        "nested far deeper than a bundle's",
    ),
    "a lone surrogate": (
        (TITLE, '"title": "Round \\ud800"'),
        "event.title: holds a character that is not valid Unicode (a lone surrogate)",
    ),
    "a lone surrogate in a field name": (
        (TITLE, f'"\\udfff": 1, {TITLE}'),
        "event: a field name holds a character that is not valid Unicode",
    ),
    "a NUL character": ((TITLE, '"title": "Round\\u0000 2"'), "event.title: holds a NUL"),
    "the year 1": (setter("event", "start_date", "0001-01-01"), "is in the year 1; dates run"),
    "the year 9999 in the log": (
        lambda bundle: bundle["event"]["log"]["entries"][0].update(at="9999-12-31T23:59:59-05:00"),
        "event.log.entries[0].at: '9999-12-31T23:59:59-05:00' is in the year 9999",
    ),
    "a name of 201 letters": (
        setter("people", 0, "given_name", "A" * 201),
        "people[0].given_name: longer than 200 characters",
    ),
}


@pytest.mark.parametrize(("change", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_bundle_is_one_line_exit_1_and_changes_nothing(
    demo_db, tmp_path, change, message
):
    before = files_of(demo_db.parent)
    path = tmp_path / "hostile.json"
    path.write_text(bundle_text(change), encoding="utf-8")
    result = run_db(demo_db, "import", "bundle", str(path), "--as-new")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert files_of(demo_db.parent) == before  # not a byte of the database changed


def test_the_schema_carries_the_limits():
    defs = b.schema()["$defs"]
    item_props = defs["agenda_item"]["properties"]
    assert item_props["duration_minutes"]["maximum"] == limits.MAX_DURATION_MINUTES
    participant = defs["event"]["properties"]["participants"]["items"]["properties"]
    assert participant["precedence"]["maximum"] == limits.MAX_PRECEDENCE
    assert defs["seating_plan"]["properties"]["seat_count"]["maximum"] == limits.MAX_SEATS
    assert defs["person"]["properties"]["given_name"]["maxLength"] == 200


def test_text_lengths_are_the_database_columns():
    from roundtable.domain.seating_geometry import MAX_SEATS

    assert MAX_SEATS == limits.MAX_SEATS
    tables = m.Base.metadata.tables
    for table, columns in limits.TEXT_LENGTHS.items():
        for column, length in columns.items():
            kind = tables[table].c[column].type
            assert isinstance(kind, String) and kind.length == length, (table, column)


# -- the store refuses the same values from any edit -------------------------------------------


@pytest.fixture
def demo_store(store):
    load_demo(store)
    return store


def test_an_edit_past_a_limit_is_refused_and_writes_nothing(demo_store):
    first = demo_store.get_event(3).days[0].items[0]
    for minutes in (10**12, 1441):
        change = {"duration_minutes": (first.duration_minutes, minutes)}
        with pytest.raises(UserError, match="the duration of an agenda item must be between 0 "
                           "and 1,440 minutes"):  # fmt: skip
            demo_store.apply(SetItemFields(item_id=first.id, changes=change))
    assert demo_store.get_event(3).days[0].items[0].duration_minutes == first.duration_minutes


def test_text_the_database_cannot_hold_is_refused_from_an_edit(demo_store):
    person = demo_store.get_event(3).participants[0].person
    for bad, message in (("\ud800", "not valid Unicode"), ("a\x00b", "NUL"),
                         ("x" * 201, "longer than 200 characters")):  # fmt: skip
        edit = EditPerson(person_id=person.id, changes={"given_name": (person.given_name, bad)})
        with pytest.raises(UserError, match=message):
            demo_store.apply(edit)
    assert demo_store.get_event(3).participants[0].person.given_name == person.given_name


def test_a_whole_record_past_a_limit_is_refused(demo_store):
    record = EventRecord("Far", date(2020, 1, 1), date(2020, 1, 1))
    record.participants.append(ParticipationRecord(PersonRecord("Ann", "Lee"), precedence=2**70))
    with pytest.raises(UserError, match="precedence of Ann Lee must be between 0 and"):
        demo_store.save_event(record)
    record = EventRecord("Far", date(3020, 1, 1), date(3020, 1, 1))
    with pytest.raises(UserError, match="the event's start is in the year 3020"):
        demo_store.save_event(record)
    assert demo_store.count_events() == 3


# -- whatever is stored can be shown and printed ------------------------------------------------


def extreme(bundle) -> None:
    """Every value at the end of its range at once."""
    event = bundle["event"]
    event["start_date"] = event["end_date"] = "2999-12-31"
    event["start_time"], event["end_time"] = "23:59", None
    event["round_number"] = limits.MAX_ROUND_NUMBER
    day = event["days"][0]
    event["days"] = [day]
    day.update(date="2999-12-31", slot_start="23:59", slot_end=None)
    longest = dict(day["items"][0], duration_minutes=limits.MAX_DURATION_MINUTES, anchor=None)
    for speaker in longest["speakers"]:
        speaker["speaking_minutes"] = limits.MAX_DURATION_MINUTES
    day["items"] = [dict(longest, title=f"Item {i}") for i in range(limits.MAX_ITEMS_PER_DAY)]
    event["participants"][0]["precedence"] = limits.MAX_PRECEDENCE
    event["seating_plans"] = [
        {"name": "Hall", "shape": "classroom", "seat_count": limits.MAX_SEATS,
         "head_seat": limits.MAX_SEATS, "seats": [], "pair_rules": []}
    ]  # fmt: skip
    event["log"] = {
        "entries": [{"at": "2999-12-31T23:59:59Z", "ends_at": "2999-12-31T23:59:59Z",
                     "text": "Last", "item": {"day": "2999-12-31", "index": 499}}],
        "changes": [],
    }  # fmt: skip


@pytest.mark.slow  # the agenda of 500 items of the longest duration: seconds of PDF
def test_values_at_their_limits_show_and_print(tmp_path):
    db = tmp_path / "extreme.sqlite3"
    path = tmp_path / "extreme.json"
    path.write_text(bundle_text(extreme), encoding="utf-8")
    result = run_db(db, "import", "bundle", str(path))
    assert result.returncode == 0, result.stderr
    for command in (
        ("show", "hostile"),
        ("show", "hostile", "--json"),
        ("export", "agenda", "hostile", "-o", str(tmp_path / "agenda.pdf")),
        ("export", "ics", "hostile", "-o", str(tmp_path / "agenda.ics")),
        ("export", "log", "hostile", "-o", str(tmp_path / "log.csv")),
    ):
        result = run_db(db, *command)
        assert result.returncode == 0, (command, result.stderr)
