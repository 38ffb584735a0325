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
