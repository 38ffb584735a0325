"""The store facade: schema on open, pragmas, one transaction per call, ids kept across undo."""

import hashlib
import sqlite3
from dataclasses import replace
from datetime import date, time

import pytest

from roundtable.domain.enums import OrganisationRole, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    AttachmentRecord,
    DelegationRecord,
    EventOrganisationRecord,
    EventRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
    SeriesRecord,
)
from roundtable.errors import ConflictError, DatabaseError, NotFoundError, UserError
from roundtable.store.facade import Store

pytestmark = pytest.mark.both_backends  # team mode: PostgreSQL as well


def sample_event(**overrides) -> EventRecord:
    org = OrganisationRecord(name="Kyushu University", short_name="Kyushu U.")
    person = PersonRecord(
        given_name="Edward", family_name="Boyle", affiliations=[AffiliationRecord(org, "")]
    )
    event = EventRecord(
        title="Sample roundtable",
        start_date=date(2018, 2, 26),
        end_date=date(2018, 2, 26),
        start_time=time(10, 30),
        end_time=time(12, 0),
        timezone="America/New_York",
        series=SeriesRecord(name="Sample series"),
        round_number=1,
        organisations=[EventOrganisationRecord(org, OrganisationRole.HOST)],
        delegations=[DelegationRecord("Japanese delegation", "Japan")],
        participants=[
            ParticipationRecord(person, ParticipantRole.MODERATOR, "Japanese delegation", 1)
        ],
        attachments=[AttachmentRecord("flyer.pdf", data=b"%PDF-1.4 sample")],
    )
    return replace(event, **overrides)


def test_open_creates_schema_with_pragmas(store, db_path):
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert db_path.exists()
    assert store.list_events() == []


def test_save_and_load_everything(store):
    saved = store.save_event(sample_event())
    loaded = store.get_event(saved.id, with_attachment_data=True)
    assert loaded.slug == "sample-roundtable-2018"
    assert loaded.series.name == "Sample series" and loaded.round_number == 1
    assert loaded.organisations[0].organisation.name == "Kyushu University"
    assert loaded.participants[0].person.affiliations[0].organisation.id == (
        loaded.organisations[0].organisation.id
    ), "the same organisation is stored once"
    assert loaded.participants[0].delegation == "Japanese delegation"
    assert loaded.attachments[0].data == b"%PDF-1.4 sample"
    assert loaded.attachments[0].size == 15
    assert store.get_event(saved.id).attachments[0].data is None, "data only when asked"


def test_slugs_are_unique(store):
    first = store.save_event(sample_event())
    second = store.save_event(sample_event())
    assert (first.slug, second.slug) == ("sample-roundtable-2018", "sample-roundtable-2018-2")
    with pytest.raises(ConflictError, match="sample-roundtable-2018"):
        store.save_event(replace(second, slug=first.slug))
    assert store.get_event(second.id).slug == "sample-roundtable-2018-2"


def test_resolve_event_by_id_slug_or_uid(store):
    saved = store.save_event(sample_event())
    assert store.resolve_event(str(saved.id)) == saved.id
    assert store.resolve_event(saved.slug) == saved.id
    assert store.resolve_event(saved.uid) == saved.id
    with pytest.raises(NotFoundError):
        store.resolve_event("nope")


def test_update_keeps_child_ids(store):
    saved = store.save_event(sample_event())
    saved.title = "Renamed"
    saved.participants[0].precedence = 5
    again = store.save_event(saved)
    assert again.participants[0].id == saved.participants[0].id
    assert again.title == "Renamed" and again.participants[0].precedence == 5


def test_delete_cascades_and_undo_restores_same_ids(store):
    saved = store.save_event(sample_event())
    snapshot = store.get_event(saved.id, with_attachment_data=True)
    store.delete_event(saved.id)
    with store.engine.connect() as c:
        for table in ("participation", "delegation", "event_organisation", "attachment"):
            assert c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
        assert c.exec_driver_sql("SELECT count(*) FROM person").scalar() == 1, "people stay"
    restored = store.save_event(snapshot)
    assert restored.id == saved.id
    assert restored.participants[0].id == saved.participants[0].id
    assert store.get_event(saved.id, with_attachment_data=True) == snapshot


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "title"),
        ({"end_date": date(2018, 2, 25)}, "before it starts"),
        ({"end_time": time(9, 0)}, "not after it starts"),
        ({"timezone": "Mars/Olympus"}, "time zone"),
        ({"slug": "Bad Slug"}, "short name"),
        ({"round_number": 0}, "round numbers"),
        ({"series": None}, "needs a series"),
    ],
)
def test_invalid_events_write_nothing(store, change, message):
    with pytest.raises(UserError, match=message):
        store.save_event(sample_event(**change))
    assert store.count_events() == 0
    assert store.count_people() == 0


def test_failed_save_rolls_back_everything(store):
    first = store.save_event(sample_event())
    clash = sample_event(slug="x-1")
    clash.participants.append(ParticipationRecord(first.participants[0].person))
    clash.participants.append(ParticipationRecord(first.participants[0].person))
    with pytest.raises(UserError):
        store.save_event(clash)
    assert store.count_events() == 1 and store.count_people() == 2 - 1


def test_newer_schema_is_refused_and_untouched(db_path):
    Store.open(str(db_path)).close()
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    c.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match="newer version of Roundtable"):
        Store.open(str(db_path))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_foreign_sqlite_file_is_refused(db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("CREATE TABLE recipes (id INTEGER)")
    c.close()
    with pytest.raises(DatabaseError, match="not a Roundtable database"):
        Store.open(str(db_path))


def test_non_database_file_is_refused(db_path):
    db_path.write_text("hello, I am a shopping list\n" * 100)
    with pytest.raises(DatabaseError, match="is not an SQLite database"):
        Store.open(str(db_path))
    assert db_path.read_text().startswith("hello")


def test_database_chosen_by_environment(tmp_path, monkeypatch):
    from roundtable.store.database import resolve_database

    monkeypatch.setenv("ROUNDTABLE_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database(None).endswith("env.sqlite3")
    assert resolve_database(str(tmp_path / "arg.sqlite3")).endswith("arg.sqlite3")
    assert resolve_database("postgresql://u:p@localhost/rt") == "postgresql://u:p@localhost/rt"
    with pytest.raises(DatabaseError):
        resolve_database(str(tmp_path))


def test_event_save_corrects_a_linked_organisation_and_undo_restores_it(store):
    saved = store.save_event(sample_event())
    before = store.get_event(saved.id)
    edited = store.get_event(saved.id)
    edited.organisations[0].organisation.name = "Kyushu University (Fukuoka)"
    edited.organisations[0].organisation.country = "Japan"
    after = store.save_event(edited)
    person_org = after.participants[0].person.affiliations[0].organisation
    assert person_org.id == after.organisations[0].organisation.id, "still one organisation"
    assert person_org.name == "Kyushu University (Fukuoka)"
    store.save_event(before)
    assert store.list_organisations()[0].name == "Kyushu University"


def test_bundle_import_never_overwrites_local_organisations(store):
    from roundtable.services.bundle import bundle_from_record, import_bundle

    saved = store.save_event(sample_event())
    bundle = bundle_from_record(store.get_event(saved.id, with_attachment_data=True))
    bundle["organisations"][0]["name"] = "Renamed elsewhere"
    bundle["event"]["uid"] = "another-event"
    bundle["event"]["slug"] = "another-event"
    import_bundle(store, bundle)
    assert [o.name for o in store.list_organisations()] == ["Kyushu University"]
