"""The shipped Alembic scripts and the models agree, and the fast path knows every revision."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from roundtable.store.migrate import HEAD, KNOWN_REVISIONS, MIGRATIONS_DIR
from roundtable.store.models import Base


def test_known_revisions_match_the_scripts():
    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    assert scripts.get_heads() == [HEAD]
    chain = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == HEAD


def test_migrations_ship_inside_the_package():
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert any((MIGRATIONS_DIR / "versions").glob("0001_*.py"))


def test_an_older_database_is_migrated_with_its_data_and_backed_up_first(db_path):
    from sqlalchemy import text

    from roundtable.store.backups import list_backups
    from roundtable.store.database import create_configured_engine
    from roundtable.store.facade import Store
    from roundtable.store.migrate import upgrade

    engine = create_configured_engine(f"sqlite:///{db_path}")
    upgrade(engine, KNOWN_REVISIONS[0])
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO person (uid, honorific, given_name, family_name, name_order, "
            "native_name, country, email, phone, website, bio, notes) VALUES "
            "('u1', '', 'Андрей', 'Кортунов', 'given_first', '', '', '', '', '', '', '')"
        ))  # fmt: skip
    engine.dispose()
    store = Store.open(str(db_path), daily_backup=False)
    assert [p.family_name for p in store.list_people()] == ["Кортунов"]
    assert [b.reason for b in list_backups(db_path)] == ["pre-migration"]
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD


def test_the_names_each_step_adds_are_what_the_scripts_make(tmp_path):
    """``schema_steps`` (which tells a half-made or half-updated file from a good one) must list
    exactly what each migration creates, so a new migration cannot be forgotten there."""
    import sqlite3
    from contextlib import closing

    from schema_helpers import database_at

    from roundtable.store import schema_steps

    assert tuple(schema_steps.ADDED) == KNOWN_REVISIONS
    for revision in KNOWN_REVISIONS:
        path = database_at(tmp_path / f"{revision}.sqlite3", revision, rows=False)
        with closing(sqlite3.connect(path)) as connection:
            tables = [
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            names = schema_steps.shape(
                tables, lambda t: [r[1] for r in connection.execute(f'PRAGMA table_info("{t}")')]
            )
        assert names == schema_steps.expected_at(revision), revision
        assert schema_steps.judge(revision, names, lambda _t: 0).ok
