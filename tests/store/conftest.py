"""A fresh, empty store on each backend: SQLite always, PostgreSQL when $QUOTEWIRE_TEST_PG is set.

Each PostgreSQL test gets its own schema (dropped afterwards), so tests never see each other's
rows and the database needs no cleaning between runs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from quotewire.store import Store

PG_URL = os.environ.get("QUOTEWIRE_TEST_PG")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A database address that nothing has used yet."""
    if request.param == "sqlite":
        yield str(tmp_path / "quotewire.db")
        return
    if not PG_URL:
        pytest.skip("QUOTEWIRE_TEST_PG is not set (scripts/postgres.sh prints a URL)")
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with Store.open(store_target) as opened:
        yield opened
