"""A fresh PostgreSQL schema per test (or session), for every test area that runs on both
databases: $QUOTEWIRE_TEST_PG names the server (``scripts/postgres.sh`` prints a URL); each
user gets its own schema, dropped afterwards, so tests never see each other's rows and the
database needs no cleaning between runs."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("QUOTEWIRE_TEST_PG")


@contextmanager
def postgres_schema(prefix: str = "test") -> Iterator[str]:
    """The URL of a new, empty schema; skips the test when no server is configured."""
    if not PG_URL:
        pytest.skip("QUOTEWIRE_TEST_PG is not set (scripts/postgres.sh prints a URL)")
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
