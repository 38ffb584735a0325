"""The event bundle: byte-identical round trip, schema agreement, and bad bundles rejected."""

import copy
import json

import jsonschema
import pytest

from roundtable.errors import ConflictError, UserError
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES, load_demo
from roundtable.store.facade import Store

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well


@pytest.fixture
def demo_store(store):
    load_demo(store)
    return store


def test_round_trip_is_identical(demo_store, tmp_path):
    for summary in demo_store.list_events():
        first = tmp_path / f"{summary.slug}.json"
        b.write_bundle_file(demo_store, summary.id, first)
        other = Store.open(str(tmp_path / f"other-{summary.id}.sqlite3"))
        new_id = b.import_bundle(other, b.read_bundle_file(first))
        second = tmp_path / f"{summary.slug}-again.json"
        b.write_bundle_file(other, new_id, second)
        assert first.read_bytes() == second.read_bytes()
        other.close()


def test_attachments_travel(store, tmp_path):
    bundle = copy.deepcopy(DEMO_BUNDLES[0])
    bundle["event"]["attachments"] = [
        {"filename": "flyer.pdf", "kind": "flyer", "mime_type": "application/pdf",
         "caption": "Flyer", "data_base64": "JVBERi0xLjQ="}
    ]  # fmt: skip
    event_id = b.import_bundle(store, bundle)
    assert store.attachment_data(store.get_event(event_id).attachments[0].id) == b"%PDF-1.4"


def test_exports_validate_against_the_published_schema(demo_store):
    schema = b.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for summary in demo_store.list_events():
        jsonschema.validate(b.export_bundle(demo_store, summary.id), schema)


def test_docs_schema_is_the_shipped_schema():
    from pathlib import Path

    docs = Path(__file__).parents[1] / "docs" / "bundle.schema.json"
    assert json.loads(docs.read_text()) == b.schema()


def _set(doc, path, value):
    *parents, last = path
    for key in parents:
        doc = doc[key]
    if value is DELETE:
        del doc[last]
    else:
        doc[last] = value


DELETE = object()
BAD = [
    (("format",), "something-else", "format"),
    (("version",), 99, "newer Roundtable"),
    (("event", "title"), "", "event.title"),
    (("event", "title"), DELETE, "event: missing 'title'"),
    (("event", "start_date"), "2017-02-30", "event.start_date"),
    (("event", "start_date"), "tomorrow", "event.start_date"),
    (("event", "end_date"), "2017-03-01", "before it starts"),
    (("event", "start_time"), "25:99", "event.start_time"),
    (("event", "kind"), "party", "event.kind"),
    (("event", "participants", 0, "role"), "speaker", "event.participants[0].role"),
    (("event", "participants", 0, "person"), "nobody", "event.participants[0].person"),
    (("event", "organisations", 0, "organisation"), "x", "event.organisations[0].organisation"),
    (("event", "surprise"), 1, "event.surprise: unknown field"),
    (("event", "round_number"), "two", "event.round_number"),
    (("people", 0, "affiliations", 0, "organisation"), "x", "people[0].affiliations[0]"),
    (("event", "timezone"), "Moon/Base", "time zone"),
    (("event", "participants", 0, "precedence"), True, "event.participants[0].precedence"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD)
def test_bad_bundles_name_the_field_and_write_nothing(store, tmp_path, path, value, message):
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    _set(bundle, path, value)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(bundle))
    with pytest.raises(UserError, match=message.replace("[", r"\[").replace("]", r"\]")):
        b.import_bundle(store, b.read_bundle_file(file))
    assert store.count_events() == 0 and store.count_people() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not valid JSON"), (b"[1, 2]", "not a Roundtable event bundle"),
     (b"\xff\xfe\x00garbage", "not a text file"), (b'{"a": 1}', "no 'format' field")],
)  # fmt: skip
def test_unreadable_files(tmp_path, content, message):
    file = tmp_path / "x.json"
    file.write_bytes(content)
    with pytest.raises(UserError, match=message):
        b.read_bundle_file(file)


def test_existing_event_needs_a_choice(demo_store):
    bundle = b.export_bundle(demo_store, 3)
    with pytest.raises(ConflictError, match="--replace"):
        b.import_bundle(demo_store, bundle)
    bundle["event"]["title"] = "Replaced title"
    assert b.import_bundle(demo_store, bundle, b.ImportMode.REPLACE) == 3
    assert demo_store.get_event(3).title == "Replaced title"
    copy_id = b.import_bundle(demo_store, bundle, b.ImportMode.AS_NEW)
    copy_event = demo_store.get_event(copy_id)
    assert copy_id != 3 and copy_event.uid != bundle["event"]["uid"]
    assert copy_event.slug != demo_store.get_event(3).slug
    assert demo_store.count_events() == 4
    people_ids = {p.person.id for p in copy_event.participants}
    assert people_ids == {p.person.id for p in demo_store.get_event(3).participants}


def test_write_into_missing_folder_leaves_nothing(demo_store, tmp_path):
    target = tmp_path / "missing" / "x.json"
    with pytest.raises(UserError, match="does not exist"):
        b.write_bundle_file(demo_store, 1, target)
    assert not target.parent.exists()
