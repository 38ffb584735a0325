"""A write that fails at the database (disk full, read-only) explains itself, changes nothing,
and leaves everything committed before it intact."""

import pytest
from safety_helpers import digest, event
from sqlalchemy import event as sa_event

from roundtable.errors import DatabaseError, ReadOnlyError
from roundtable.store.facade import Store


def _on_every_connection(store, pragma: str) -> None:
    store.engine.dispose()

    @sa_event.listens_for(store.engine, "connect")
    def _apply(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        if pragma == "disk-full":
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count={pages + 2}")
        else:
            cursor.execute(pragma)
        cursor.close()


def _assert_intact(store):
    assert [e.title for e in store.list_events()] == ["committed before"]
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_disk_full(store):
    store.save_event(event("committed before"))
    _on_every_connection(store, "disk-full")
    with pytest.raises(DatabaseError, match="the disk is full") as caught:
        store.save_event(event("too big", attachment=b"x" * 200_000))
    assert "everything saved before it is safe" in str(caught.value)
    _assert_intact(store)


def test_read_only_file_during_an_edit(store):
    store.save_event(event("committed before"))
    _on_every_connection(store, "PRAGMA query_only=ON")  # how SQLite reports a read-only file
    with pytest.raises(DatabaseError, match="read-only"):
        store.save_event(event("new"))
    _assert_intact(store)


def test_a_read_only_store_never_writes(db_path):
    first = Store.open(str(db_path), daily_backup=False)
    first.save_event(event("committed before"))
    first.close()
    before = digest(db_path)
    viewer = Store.open(str(db_path), read_only=True)
    assert viewer.read_only
    with pytest.raises(ReadOnlyError, match="read-only"):
        viewer.save_event(event("new"))
    with pytest.raises(ReadOnlyError):
        viewer.delete_event(1)
    _assert_intact(viewer)
    viewer.close()
    assert digest(db_path) == before
    from roundtable.store.backups import list_backups

    assert list_backups(db_path) == [], "read-only opening makes no backup either"
