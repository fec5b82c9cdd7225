"""Applying the named, ordered migrations in ``quotewire/store/migrations/``.

A migration is a pair of files ``NNNN_name.sqlite.sql`` / ``NNNN_name.postgresql.sql``. Its
name (``NNNN_name``) is recorded in ``schema_migrations`` in the same transaction that applies
it, so a migration is either fully applied and recorded, or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from quotewire.errors import StoreError
from quotewire.store.dialect import Dialect

_FILE = re.compile(r"^(\d{4}_[a-z0-9_]+)\.(sqlite|postgresql)\.sql$")

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    script: str


def available(dialect_name: str) -> list[Migration]:
    """Every migration shipped for this dialect, in order; both dialects must have each one."""
    names: dict[str, set[str]] = {}
    folder = resources.files("quotewire.store.migrations")
    for entry in folder.iterdir():
        match = _FILE.match(entry.name)
        if match:
            names.setdefault(match.group(1), set()).add(match.group(2))
    missing = sorted(name for name, dialects in names.items() if len(dialects) != 2)
    if missing:
        raise StoreError(f"migration without both SQLite and PostgreSQL files: {missing}")
    return [
        Migration(name, folder.joinpath(f"{name}.{dialect_name}.sql").read_text("utf-8"))
        for name in sorted(names)
    ]


def applied(dialect: Dialect) -> list[str]:
    """Names of the migrations recorded in the database, in order ([] for a new database)."""
    if not dialect.has_table("schema_migrations"):
        return []
    return [
        row["name"] for row in dialect.fetch("SELECT name FROM schema_migrations ORDER BY name")
    ]


def pending(dialect: Dialect) -> list[Migration]:
    done = set(applied(dialect))
    return [m for m in available(dialect.name) if m.name not in done]


def migrate(dialect: Dialect) -> list[str]:
    """Apply every pending migration, each in its own transaction; return the names applied.

    Safe when several processes open a new database at once: each migration re-checks the
    ledger after taking the write lock.
    """
    done: list[str] = []
    with dialect.transaction():
        dialect.lock_for_migration()
        dialect.execute(_LEDGER)
    for migration in available(dialect.name):
        with dialect.transaction():
            dialect.lock_for_migration()
            already = dialect.fetch(
                "SELECT 1 AS found FROM schema_migrations WHERE name = ?", (migration.name,)
            )
            if already:
                continue
            try:
                dialect.run_script(migration.script)
            except Exception as error:
                raise StoreError(f"migration {migration.name} failed: {error}") from error
            dialect.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            done.append(migration.name)
    return done
