"""What each migration adds, by name, so a file's tables can be checked against the revision it is
stamped with, without loading Alembic and without SQLAlchemy.

Roundtable now creates and updates its schema in one transaction, so a kill or a full disk leaves
the file as it was. Files written by earlier versions may not be so lucky: those committed each
CREATE TABLE on its own, and a kill part-way left tables with no schema version (a "half-made"
file) or the tables of the next revision under the old version number (a half-applied update,
which fails for ever with "table … already exists"). ``judge`` recognises both and says so in a
sentence instead.

A test (tests/test_migrations.py) builds a database at every revision and checks it has exactly
the names listed here, so a new migration cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roundtable.store.row_words import in_both
from roundtable.wording import tr

# "table" or "table.column", for each revision in order (migrate.KNOWN_REVISIONS).
ADDED: dict[str, frozenset[str]] = {
    "0001_initial": frozenset({
        "organisation", "person", "series", "affiliation", "event", "attachment", "delegation",
        "event_day", "event_organisation", "participation",
    }),
    "0002_person_photo": frozenset({"person.photo", "person.photo_mime"}),
    "0003_agenda": frozenset({"agenda_item", "agenda_speaker"}),
    "0004_seating": frozenset({"seating_plan", "seat", "seat_pair_rule"}),
    "0005_event_log": frozenset({"event_change", "log_entry", "log_entry_person", "log_revision"}),
    "0006_revisions": frozenset({"event.revision", "person.revision", "store_state",
                                 "change_feed"}),
    "0007_patronymic": frozenset({"person.patronymic"}),
    "0008_card_name_photo_crop": frozenset({"participation.card_name", "person.photo_crop"}),
    "0009_readiness_brief": frozenset({"person.pronunciation", "event.attribution",
                                       "event.house_rules", "readiness_dismissal",
                                       "printable_output"}),
    "0010_flyer": frozenset({"organisation.logo", "organisation.logo_mime", "event.rsvp"}),
}  # fmt: skip
ALL_NAMES: frozenset[str] = frozenset().union(*ADDED.values())
TRACKED_COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(n.split(".")[1] for n in ALL_NAMES if n.startswith(f"{table}."))
    for table in {n.split(".")[0] for n in ALL_NAMES if "." in n}
}
VERSION_TABLE = "alembic_version"
BATCH_COPY_PREFIX = "_alembic_tmp_"  # a table copy Alembic's batch mode had not finished
IGNORED_TABLES = frozenset({VERSION_TABLE, "sqlite_sequence", "sqlite_stat1"})


def expected_at(revision: str | None) -> frozenset[str]:
    """The names a database stamped ``revision`` has (None: an empty one)."""
    names: set[str] = set()
    for step, added in ADDED.items():
        if revision is None:
            break
        names |= added
        if step == revision:
            break
    return frozenset(names)


def shape(tables: Iterable[str], columns_of: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The names (as in ADDED) a database has, from its tables and a way to list a table's
    columns; tables that are no business of ours are kept as they are, to be told apart."""
    tables = {t for t in tables if t not in IGNORED_TABLES and not t.startswith("sqlite_")}
    names = set(tables)
    for table, tracked in TRACKED_COLUMNS.items():
        if table in tables:
            names |= {f"{table}.{c}" for c in columns_of(table) if c in tracked}
    return frozenset(names)


@dataclass(frozen=True)
class Verdict:
    """What a database's tables say about it. ``problem`` completes "<the file> ...", in the
    user's language; ``cause`` is the same in English, for code to recognise."""

    problem: str = ""
    cause: str = ""
    start_afresh: bool = False  # half-made and holding no rows at all: safe to make again
    leftovers: tuple[str, ...] = ()  # the tables to drop before making it again

    @property
    def ok(self) -> bool:
        return not self.problem


def judge(revision: str | None, names: frozenset[str], count_rows: Callable[[str], int]) -> Verdict:
    """Check ``names`` (from ``shape``) against ``revision``; ``count_rows`` is asked only about
    a half-made file, to tell one that holds nothing from one that holds data.

    A half-made file that holds no rows was left by an interrupted first start: nothing in it
    was ever the user's, so it is made afresh (its leftover tables dropped in the same
    transaction that creates the schema) rather than refused, which would leave the user with a
    file they can neither open nor need. One that holds rows is refused and never touched.
    """
    ours = {n for n in names if n in ALL_NAMES or n.startswith(BATCH_COPY_PREFIX)}
    foreign = names - ours
    if revision is None:
        if not names:
            return Verdict()
        if foreign:
            return Verdict(
                *in_both(lambda: tr("is not a Roundtable database (it has other tables)"))
            )
        tables = tuple(sorted(n for n in ours if "." not in n))
        if sum(count_rows(t) for t in tables) == 0:
            return Verdict(
                *in_both(
                    lambda: tr(
                        "has a half-made schema and no schema version (an earlier first start "
                        "was interrupted); it holds no data, so the next open makes it afresh"
                    )
                ),
                start_afresh=True,
                leftovers=tables,
            )
        return Verdict(
            *in_both(
                lambda: tr(
                    "has part of Roundtable's tables but no schema version (its creation was "
                    "interrupted); it holds data, so Roundtable leaves it alone"
                )
            )
        )
    if revision not in ADDED:
        return Verdict()  # a newer app's schema: not ours to judge
    expected = expected_at(revision)
    extra = sorted(ours - expected)
    if extra:
        return Verdict(
            *in_both(
                lambda: tr(
                    "was left half-way through an update from schema {revision} (it already "
                    "has {names}), so it cannot be updated"
                ).format(revision=revision, names=_some(extra))
            )
        )
    missing = sorted(expected - names)
    if missing:
        return Verdict(
            *in_both(
                lambda: tr("lacks part of its schema {revision} ({names})").format(
                    revision=revision, names=_some(missing)
                )
            )
        )
    return Verdict()


def _some(names: list[str]) -> str:
    shown = ", ".join(names[:3])
    if len(names) <= 3:
        return shown
    return tr("{names} and {count} more").format(names=shown, count=len(names) - 3)
